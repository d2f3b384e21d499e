#!/usr/bin/env bash
# The sanitizer build of CI: core, the CLI and the core tests with AddressSanitizer
# (leaks included) and UndefinedBehaviorSanitizer, into build-sanitize; any report
# fails the run. Called by .ci/run after ./test.sh (which installed the packages).
#   installer/ci-sanitize.sh [BUILD_DIR]     extra ctest arguments in RR_CTEST_ARGS
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-sanitize}
start=$SECONDS
# -O1 -g1: line tables are enough for the reports' file:line, and compile much
# faster than -O2 -g; asserts stay on.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DRR_SANITIZE=ON -DRR_BUILD_GUI=OFF -DRR_BUILD_TESTS=ON -DRR_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
built=$SECONDS
# halt_on_error: the first report ends the program with a non-zero status, so its
# test fails; UBSan's checks are recoverable by default, so it needs saying.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1:detect_invalid_pointer_pairs=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
export LSAN_OPTIONS="suppressions=$PWD/installer/lsan.supp:print_suppressions=0"
cd "$build"
# The tests run the sanitized CLI as a child process; the options above reach it.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 900 ${RR_CTEST_ARGS:-}
echo "sanitizer build: $((built - start)) s build, $((SECONDS - built)) s tests"
