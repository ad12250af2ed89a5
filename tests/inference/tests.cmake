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

# A tool, not a test: tiny model folders for tests outside inference/ (tst_cost_engine_macs).
add_executable(write_test_models "${CMAKE_CURRENT_LIST_DIR}/write_test_models.cpp")
target_link_libraries(write_test_models PRIVATE vlmwb_inference_internal)
target_include_directories(write_test_models PRIVATE "${CMAKE_CURRENT_LIST_DIR}")
target_precompile_headers(write_test_models REUSE_FROM vlmwb_inference)
target_compile_options(write_test_models PRIVATE ${TORCH_CXX_FLAGS})
# Compiled with -fPIC (not -fPIE) like vlmwb_inference and the Qt-linked tests, so the precompiled
# header can be reused.
set_target_properties(write_test_models PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests"
                      POSITION_INDEPENDENT_CODE OFF)
target_compile_options(write_test_models PRIVATE -fPIC)
vlmwb_set_warnings(write_test_models)
