#!/usr/bin/env bash
# Sets up (Debian packages, build) and starts ResourceRoom on the demo school.
# Extra arguments go to the program, e.g. ./run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")"
installer/ensure-packages.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRR_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target resourceroom resourceroom-cli
exec build/app/resourceroom --demo "$@"
