vlmwb_add_test(tst_cli_model_folders OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cli_model_folders.cpp"
  LIBRARIES Qt6::Core)
target_compile_definitions(tst_cli_model_folders PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_cli_model_folders vlmwb-cli)
