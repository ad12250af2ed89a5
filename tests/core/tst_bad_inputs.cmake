# The bad-input corpus (tests/bad-inputs/MANIFEST.tsv) through the real loaders; poppler for the
# check that the encrypted PDF really opens with its password.
vlmwb_add_test(tst_bad_inputs
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_bad_inputs.cpp"
  LIBRARIES vlmwb_core vlmwb_test_random_model PkgConfig::POPPLER_QT6
  TIMEOUT 600)
