vlmwb_add_test(tst_document_loading OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_document_loading.cpp"
  LIBRARIES vlmwb_core)
# libjpeg writes the CMYK JPEG that Qt 6.4 cannot; without it that one case is skipped.
find_package(JPEG QUIET)
if(JPEG_FOUND)
  target_link_libraries(tst_document_loading PRIVATE JPEG::JPEG)
  target_compile_definitions(tst_document_loading PRIVATE VLMWB_TEST_HAVE_LIBJPEG)
endif()

vlmwb_add_test(tst_preprocess OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_preprocess.cpp"
          "${CMAKE_CURRENT_LIST_DIR}/rendered_page.cpp" "${CMAKE_CURRENT_LIST_DIR}/rendered_page.h"
  LIBRARIES vlmwb_core)

vlmwb_add_test(tst_line_layout OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_line_layout.cpp"
          "${CMAKE_CURRENT_LIST_DIR}/rendered_page.cpp" "${CMAKE_CURRENT_LIST_DIR}/rendered_page.h"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_drug_lexicon
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_drug_lexicon.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_drug_matcher
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_drug_matcher.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_dose_parser
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_dose_parser.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_finding
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_finding.cpp"
  LIBRARIES vlmwb_core)
