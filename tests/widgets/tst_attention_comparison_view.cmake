vlmwb_add_test(tst_attention_comparison_view OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_attention_comparison_view.cpp" "${CMAKE_SOURCE_DIR}/tests/core/attention_test_traces.h"
  LIBRARIES vlmwb_widgets vlmwb_test_random_model)
