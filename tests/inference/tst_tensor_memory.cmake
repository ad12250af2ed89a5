vlmwb_add_test(tst_tensor_memory TORCH
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_tensor_memory.cpp"
  LIBRARIES vlmwb_inference_internal)
