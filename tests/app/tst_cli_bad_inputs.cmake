vlmwb_add_test(tst_cli_bad_inputs
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cli_bad_inputs.cpp"
  LIBRARIES Qt6::Core vlmwb_test_random_model)
target_compile_definitions(tst_cli_bad_inputs PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_cli_bad_inputs vlmwb-cli)
