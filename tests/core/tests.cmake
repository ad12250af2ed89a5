vlmwb_add_test(tst_image_loader
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_image_loader.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_synth_corpus
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_synth_corpus.cpp"
  LIBRARIES vlmwb_core
  OFFSCREEN)
target_compile_definitions(tst_synth_corpus PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_synth_corpus vlmwb-cli)
vlmwb_add_test(tst_drug_lexicon
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_drug_lexicon.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_ocr_metrics
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_ocr_metrics.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_drug_matcher
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_drug_matcher.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_dose_parser
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_dose_parser.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_finding
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_finding.cpp"
  LIBRARIES vlmwb_core)
