vlmwb_add_test(tst_run_cost_comparison OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_run_cost_comparison.cpp"
          "${CMAKE_CURRENT_LIST_DIR}/rendered_page.cpp" "${CMAKE_CURRENT_LIST_DIR}/rendered_page.h"
  LIBRARIES vlmwb_core)
target_compile_definitions(tst_run_cost_comparison PRIVATE VLMWB_WRITE_TEST_MODELS="$<TARGET_FILE:write_test_models>")
add_dependencies(tst_run_cost_comparison write_test_models)
