# Helpers shared by tests of several layers.
# vlmwb_test_random_model: tiny random-weight models (createModel + saveModel) behind a torch-free
# header, for tests above the inference layer.
add_library(vlmwb_test_random_model STATIC "${CMAKE_CURRENT_LIST_DIR}/random_model.cpp"
            "${CMAKE_CURRENT_LIST_DIR}/random_model.h")
target_include_directories(vlmwb_test_random_model PUBLIC "${CMAKE_CURRENT_LIST_DIR}")
target_link_libraries(vlmwb_test_random_model PRIVATE vlmwb_inference_internal)
# Same code model as vlmwb_inference, whose precompiled header it reuses; no Qt, so no moc.
set_target_properties(vlmwb_test_random_model PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOMOC OFF)
target_precompile_headers(vlmwb_test_random_model REUSE_FROM vlmwb_inference)
target_compile_options(vlmwb_test_random_model PRIVATE ${TORCH_CXX_FLAGS})
vlmwb_set_warnings(vlmwb_test_random_model)
