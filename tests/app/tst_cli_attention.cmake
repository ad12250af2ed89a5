vlmwb_add_test(tst_cli_attention
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cli_attention.cpp"
  LIBRARIES vlmwb_core vlmwb_test_random_model)
target_compile_definitions(tst_cli_attention PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_cli_attention vlmwb-cli)
