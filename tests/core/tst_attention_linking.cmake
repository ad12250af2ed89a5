vlmwb_add_test(tst_attention_linking
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_attention_linking.cpp"
  LIBRARIES vlmwb_core)
