# One INTERFACE target that every target of the project links: language level,
# warnings and the Qt strictness defines live in exactly one place.
add_library(rr_options INTERFACE)
target_compile_features(rr_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(rr_options INTERFACE -Wall -Wextra -Wpedantic
  $<$<BOOL:${RR_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(rr_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  RR_VERSION="${PROJECT_VERSION}")
if(RR_SANITIZE)
  target_compile_options(rr_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(rr_options INTERFACE -fsanitize=address,undefined)
endif()
if(RR_FUZZ)
  # Coverage instrumentation for libFuzzer everywhere; only the fuzz targets
  # link libFuzzer's main (-fsanitize=fuzzer, tests/fuzz/CMakeLists.txt).
  target_compile_options(rr_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
