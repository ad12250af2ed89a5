vlmwb_add_test(tst_bundled_models
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_bundled_models.cpp")
