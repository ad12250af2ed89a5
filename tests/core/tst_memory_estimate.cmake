vlmwb_add_test(tst_memory_estimate
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_memory_estimate.cpp"
  LIBRARIES vlmwb_core)
