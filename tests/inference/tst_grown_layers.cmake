vlmwb_add_test(tst_grown_layers TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_grown_layers.cpp" "${CMAKE_CURRENT_LIST_DIR}/model_fixtures.h" "${CMAKE_CURRENT_LIST_DIR}/model_probes.h"
  LIBRARIES vlmwb_inference_internal)
