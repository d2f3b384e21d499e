#!/usr/bin/env bash
# Sets up (Debian packages, build with warnings as errors) and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")"
installer/ensure-packages.sh
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRR_BUILD_TESTS=ON -DRR_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build build-test -j"$(nproc)"
cd build-test
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 600
