vlmwb_add_test(tst_image_loader
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_image_loader.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_drug_lexicon
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_drug_lexicon.cpp"
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
