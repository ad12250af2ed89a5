# The fuzzing corpora and crashers (tests/fuzz/) through the fuzz targets' own feed functions
# (fuzz/fuzz_*.cpp, built here without libFuzzer or sanitizers). Torch-free: the inference targets
# use only vlmwb_inference's public parsers.
file(GLOB VLMWB_FUZZ_FEEDS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/fuzz/fuzz_*.cpp")
vlmwb_add_test(tst_fuzz_regressions OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_fuzz_regressions.cpp" ${VLMWB_FUZZ_FEEDS}
  LIBRARIES vlmwb_core)
