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

vlmwb_add_test(tst_safetensors TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_safetensors.cpp"
  LIBRARIES vlmwb_inference_internal)

# Fixtures: tests/fixtures/seed-golden, or the folder in VLMWB_GOLDEN_DIR (e.g. a set written by
# make_golden.py with another seed and width).
vlmwb_add_test(tst_golden_modules TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_golden_modules.cpp"
  LIBRARIES vlmwb_inference_internal)

vlmwb_add_test(tst_module_arithmetic TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_module_arithmetic.cpp"
  LIBRARIES vlmwb_inference_internal)
foreach(subject vlm_models attention_trace mac_counts model_loading engine)
  vlmwb_add_test(tst_${subject} TORCH
    SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_${subject}.cpp" "${CMAKE_CURRENT_LIST_DIR}/model_fixtures.h"
    LIBRARIES vlmwb_inference_internal)
endforeach()
