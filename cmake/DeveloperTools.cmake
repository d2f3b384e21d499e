# Optional developer targets; they exist only when their tool is installed,
# and nothing in the normal build or in CI depends on them.
#
#   format   clang-format -i over core/ ui/ app/ tests/ (style: .clang-format).
#            It rewrites every file it touches: run it on a tree you own.

find_program(RR_CLANG_FORMAT NAMES clang-format clang-format-14 DOC "clang-format for the format target")
if(RR_CLANG_FORMAT)
  add_custom_target(format
    COMMAND "${CMAKE_COMMAND}" -DCLANG_FORMAT=${RR_CLANG_FORMAT} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
            -P "${PROJECT_SOURCE_DIR}/cmake/RunClangFormat.cmake"
    COMMENT "Formatting core/ ui/ app/ tests/ with ${RR_CLANG_FORMAT}"
    VERBATIM)
endif()
