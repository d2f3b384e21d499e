# Sourced: the run-time options of the sanitizer build (installer/ci-sanitize.sh,
# installer/ci-fuzz.sh, and by hand before running a test of build-sanitize).
_rr_installer=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# halt_on_error: the first report ends the program with a non-zero status, so
# its test fails; UBSan's checks are recoverable by default, so it needs saying.
# intercept_tls_get_addr=0: clang-14's LeakSanitizer misreads glibc 2.36's
# dynamic TLS ("DTLS 9 at 0x…d69") once a program has loaded a library with
# thread-local storage and run threads, and its tracer dies with SIGSEGV at
# exit ("Tracer caught signal 11"), failing a sound program. Leak checking
# stays on; only the dynamic-TLS bookkeeping is skipped.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1:detect_invalid_pointer_pairs=0:intercept_tls_get_addr=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1:suppressions=$_rr_installer/ubsan.supp"
export LSAN_OPTIONS="suppressions=$_rr_installer/lsan.supp:print_suppressions=0"
# The reports' stacks with function names and lines (llvm-14).
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export UBSAN_SYMBOLIZER_PATH=$ASAN_SYMBOLIZER_PATH
unset _rr_installer
