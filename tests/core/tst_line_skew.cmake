vlmwb_add_test(tst_line_skew OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_line_skew.cpp"
  LIBRARIES vlmwb_core)
