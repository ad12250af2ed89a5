vlmwb_add_test(tst_main_window OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_main_window.cpp"
  LIBRARIES vlmwb_widgets)
target_link_libraries(tst_main_window PRIVATE vlmwb_test_random_model)
vlmwb_add_test(tst_verification_panel OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_verification_panel.cpp"
  LIBRARIES vlmwb_widgets)
vlmwb_add_test(tst_cost_panel OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cost_panel.cpp"
  LIBRARIES vlmwb_widgets)
