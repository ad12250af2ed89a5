# Runs vlmwb-cli under strace (skipped when strace is missing) and in a throw-away HOME.
vlmwb_add_test(tst_privacy
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_privacy.cpp"
  LIBRARIES Qt6::Core)
target_compile_definitions(tst_privacy PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_privacy vlmwb-cli)
