vlmwb_add_test(tst_cli
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cli.cpp"
  LIBRARIES Qt6::Core)
target_compile_definitions(tst_cli PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_cli vlmwb-cli)

vlmwb_add_test(tst_translations
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp"
  LIBRARIES vlmwb_core)
target_compile_definitions(tst_translations PRIVATE VLMWB_LUPDATE_PATH="$<TARGET_FILE:Qt6::lupdate>")

vlmwb_add_test(tst_cli_export
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cli_export.cpp"
  LIBRARIES vlmwb_core)
target_compile_definitions(tst_cli_export PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_cli_export vlmwb-cli)

vlmwb_add_test(tst_cli_ocr
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cli_ocr.cpp"
  LIBRARIES vlmwb_core)
target_compile_definitions(tst_cli_ocr PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_cli_ocr vlmwb-cli)
target_link_libraries(tst_cli_ocr PRIVATE vlmwb_test_random_model)

vlmwb_add_test(tst_estimate_cli
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_estimate_cli.cpp"
  LIBRARIES Qt6::Core)
target_compile_definitions(tst_estimate_cli PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_estimate_cli vlmwb-cli)
vlmwb_add_test(tst_training
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_training.cpp"
  LIBRARIES vlmwb_core
  OFFSCREEN TIMEOUT 240)

vlmwb_add_test(tst_cli_eval OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cli_eval.cpp"
  LIBRARIES Qt6::Core)
target_compile_definitions(tst_cli_eval PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_cli_eval vlmwb-cli)
target_link_libraries(tst_cli_eval PRIVATE vlmwb_test_random_model)
