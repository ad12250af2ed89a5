vlmwb_add_test(tst_model_precision TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_model_precision.cpp" "${CMAKE_CURRENT_LIST_DIR}/model_fixtures.h" "${CMAKE_CURRENT_LIST_DIR}/model_probes.h"
  LIBRARIES vlmwb_inference_internal)
