vlmwb_add_test(tst_line_ink_box OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_line_ink_box.cpp"
  LIBRARIES vlmwb_core)
