#!/usr/bin/env bash
# The sanitizer build of CI: the whole program and every test (core and GUI)
# built once with clang-14 under AddressSanitizer (leaks included) and
# UndefinedBehaviorSanitizer, into build-sanitize; any report fails the run.
# The same build holds the libFuzzer targets of tests/fuzz (RR_FUZZ: every
# object is instrumented for coverage, only the fuzzers link libFuzzer), which
# installer/ci-fuzz.sh then runs. Called by .ci/run after ./test.sh (which
# installed the packages).
#   installer/ci-sanitize.sh [BUILD_DIR]     extra ctest arguments in RR_CTEST_ARGS
#   RR_SANITIZE_BUILD_ONLY=1                 build, do not run the tests
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-sanitize}
start=$SECONDS
# -O1 without debug info but line tables (-gline-tables-only): the reports
# still name file:line, and the build is much faster than -O2 -g; asserts stay
# on. No ccache and Unix Makefiles, like the rest of CI. CMAKE_LINKER: the ld
# clang runs; CMake would record ld.lld, which nothing uses (and the package
# check would count).
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_LINKER="$(clang++-14 -print-prog-name=ld)" \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DRR_SANITIZE=ON -DRR_FUZZ=ON -DRR_BUILD_GUI=ON -DRR_BUILD_TESTS=ON -DRR_WARNINGS_AS_ERRORS=ON >/dev/null
# RR_BUILD_LOCK: a machine shared by several builds serialises them on a lock file.
lock=()
[[ -n "${RR_BUILD_LOCK:-}" ]] && lock=(flock "$RR_BUILD_LOCK")
"${lock[@]}" cmake --build "$build" -j"$(nproc)"
built=$SECONDS
[[ "${RR_SANITIZE_BUILD_ONLY:-0}" == 1 ]] && { echo "sanitizer build: $((built - start)) s build"; exit 0; }
source installer/sanitizer-env.sh
cd "$build"
# The tests run the sanitized CLI as a child process; the options reach it.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 900 ${RR_CTEST_ARGS:-}
echo "sanitizer build: $((built - start)) s build, $((SECONDS - built)) s tests"
