vlmwb_add_test(tst_ctc_prefix_scorer TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_ctc_prefix_scorer.cpp"
  LIBRARIES vlmwb_inference_internal)
