vlmwb_add_test(tst_attention_linking_table OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_attention_linking_table.cpp"
  LIBRARIES vlmwb_widgets)
