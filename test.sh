#!/usr/bin/env bash
# Sets up (Debian packages, build with warnings as errors) and runs every test through ctest.
#   ./test.sh                      gcc build in build-test, the whole suite
#   RR_TEST_SANITIZE=1 ./test.sh   the same suite built once with clang under
#                                  AddressSanitizer and UBSan, in build-sanitize
#                                  (installer/ci-sanitize.sh; what CI runs)
set -euo pipefail
cd "$(dirname "$0")"
installer/ensure-packages.sh
if [[ "${RR_TEST_SANITIZE:-0}" == 1 ]]; then
  exec installer/ci-sanitize.sh build-sanitize
fi
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRR_BUILD_TESTS=ON -DRR_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build build-test -j"$(nproc)"
cd build-test
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 600
