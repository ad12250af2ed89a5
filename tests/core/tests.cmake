vlmwb_add_test(tst_image_loader
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_image_loader.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_cost_model
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cost_model.cpp"
  LIBRARIES vlmwb_core)
# Estimated MACs against the engine's counted MACs on tiny model folders written by a tool.
vlmwb_add_test(tst_cost_engine_macs
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cost_engine_macs.cpp"
  LIBRARIES vlmwb_core)
target_compile_definitions(tst_cost_engine_macs PRIVATE VLMWB_WRITE_TEST_MODELS="$<TARGET_FILE:write_test_models>")
add_dependencies(tst_cost_engine_macs write_test_models)
