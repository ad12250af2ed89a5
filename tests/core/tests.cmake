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
vlmwb_add_test(tst_review_database
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_review_database.cpp" "${CMAKE_CURRENT_LIST_DIR}/review_test_data.h"
  LIBRARIES vlmwb_core)

# The writer is built from the review-database sources alone: linking vlmwb_core would bring in
# LibTorch, whose start-up (~2 s here) would leave few moments to kill the writer while it writes.
set(VLMWB_REVIEW_STORE_SOURCES review_database.h review_database.cpp review_database_reads.cpp
    review_database_writes.cpp review_records.cpp review_schema.cpp sql_dialect.cpp finding_key.cpp finding.cpp)
list(TRANSFORM VLMWB_REVIEW_STORE_SOURCES PREPEND "${CMAKE_SOURCE_DIR}/core/")
add_executable(tst_review_database_crash_writer "${CMAKE_CURRENT_LIST_DIR}/tst_review_database_crash_writer.cpp"
               ${VLMWB_REVIEW_STORE_SOURCES})
target_include_directories(tst_review_database_crash_writer PRIVATE "${CMAKE_SOURCE_DIR}")
target_link_libraries(tst_review_database_crash_writer PRIVATE Qt6::Core Qt6::Gui Qt6::Sql)
set_target_properties(tst_review_database_crash_writer PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
vlmwb_set_warnings(tst_review_database_crash_writer)
vlmwb_add_test(tst_review_database_crash TIMEOUT 120
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_review_database_crash.cpp" "${CMAKE_CURRENT_LIST_DIR}/review_test_data.h"
  LIBRARIES vlmwb_core)
target_compile_definitions(tst_review_database_crash PRIVATE
  VLMWB_CRASH_WRITER_PATH="$<TARGET_FILE:tst_review_database_crash_writer>")
add_dependencies(tst_review_database_crash tst_review_database_crash_writer)
vlmwb_add_test(tst_review_commands
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_review_commands.cpp" "${CMAKE_CURRENT_LIST_DIR}/review_test_data.h"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_correction_export
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_correction_export.cpp" "${CMAKE_CURRENT_LIST_DIR}/review_test_data.h"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_drug_lexicon
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_drug_lexicon.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_ocr_metrics
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_ocr_metrics.cpp"
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
vlmwb_add_test(tst_review_database_postgres
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_review_database_postgres.cpp" "${CMAKE_CURRENT_LIST_DIR}/review_test_data.h"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_cost_model
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cost_model.cpp"
  LIBRARIES vlmwb_core)
vlmwb_add_test(tst_synth_corpus
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_synth_corpus.cpp"
  LIBRARIES vlmwb_core
  OFFSCREEN)
target_compile_definitions(tst_synth_corpus PRIVATE VLMWB_CLI_PATH="$<TARGET_FILE:vlmwb-cli>")
add_dependencies(tst_synth_corpus vlmwb-cli)
# Estimated MACs against the engine's counted MACs on tiny model folders written by a tool.
vlmwb_add_test(tst_cost_engine_macs
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cost_engine_macs.cpp"
  LIBRARIES vlmwb_core)
target_compile_definitions(tst_cost_engine_macs PRIVATE VLMWB_WRITE_TEST_MODELS="$<TARGET_FILE:write_test_models>")
add_dependencies(tst_cost_engine_macs write_test_models)

vlmwb_add_test(tst_ocr_pipeline OFFSCREEN
  SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_ocr_pipeline.cpp"
          "${CMAKE_CURRENT_LIST_DIR}/rendered_page.cpp" "${CMAKE_CURRENT_LIST_DIR}/rendered_page.h"
  LIBRARIES vlmwb_core)
target_link_libraries(tst_ocr_pipeline PRIVATE vlmwb_test_random_model)
