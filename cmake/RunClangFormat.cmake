# cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P RunClangFormat.cmake
# The file list is taken when the target runs, so new files are included.
file(GLOB_RECURSE files LIST_DIRECTORIES false
     "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(SORT files)
list(LENGTH files count)
execute_process(COMMAND "${CLANG_FORMAT}" -i --style=file ${files} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "clang-format failed (${result})")
endif()
message(STATUS "clang-format: ${count} files")
