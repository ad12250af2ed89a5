vlmwb_add_test(tst_image_loader
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_image_loader.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_cost_model
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cost_model.cpp"
  LIBRARIES vlmwb_core)
