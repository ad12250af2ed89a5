# Inference tests link Qt Test (Qt Core) but never Qt Widgets or Gui.
vlmwb_add_test(tst_inference_runtime TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_inference_runtime.cpp"
  LIBRARIES vlmwb_inference_internal)

vlmwb_add_test(tst_tokenizer
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_tokenizer.cpp"
  LIBRARIES vlmwb_inference)

vlmwb_add_test(tst_model_config
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_model_config.cpp"
  LIBRARIES vlmwb_inference nlohmann_json::nlohmann_json)
