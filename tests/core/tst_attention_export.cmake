vlmwb_add_test(tst_attention_export
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_attention_export.cpp" "${CMAKE_CURRENT_LIST_DIR}/attention_test_traces.h"
  LIBRARIES vlmwb_core vlmwb_test_random_model)
