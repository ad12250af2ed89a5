vlmwb_add_test(tst_blank_batch TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_blank_batch.cpp" "${CMAKE_CURRENT_LIST_DIR}/model_fixtures.h"
  LIBRARIES vlmwb_inference_internal)
