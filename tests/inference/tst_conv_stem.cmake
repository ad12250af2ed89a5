vlmwb_add_test(tst_conv_stem TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_conv_stem.cpp" "${CMAKE_CURRENT_LIST_DIR}/model_fixtures.h"
  LIBRARIES vlmwb_inference_internal)
