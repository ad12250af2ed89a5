vlmwb_add_test(tst_model_average TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_model_average.cpp" "${CMAKE_CURRENT_LIST_DIR}/model_fixtures.h"
  LIBRARIES vlmwb_inference_internal nlohmann_json::nlohmann_json)
