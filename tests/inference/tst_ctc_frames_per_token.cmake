vlmwb_add_test(tst_ctc_frames_per_token TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_ctc_frames_per_token.cpp" "${CMAKE_CURRENT_LIST_DIR}/model_fixtures.h" "${CMAKE_CURRENT_LIST_DIR}/model_probes.h"
  LIBRARIES vlmwb_inference_internal)
