vlmwb_add_test(tst_early_fusion_ctc TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_early_fusion_ctc.cpp" "${CMAKE_CURRENT_LIST_DIR}/model_fixtures.h" "${CMAKE_CURRENT_LIST_DIR}/model_probes.h"
  LIBRARIES vlmwb_inference_internal)
