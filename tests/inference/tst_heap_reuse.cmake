vlmwb_add_test(tst_heap_reuse
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_heap_reuse.cpp"
  LIBRARIES vlmwb_inference)
