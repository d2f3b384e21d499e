#!/usr/bin/env bash
# A test of the package closure check: with the full package list it passes;
# with a copy that lacks one needed package it fails and names that package.
#   installer/test-check-packages.sh [FILES] [BUILD_DIR]
# FILES is the list saved by `check-packages.sh --save-files FILES` (CI passes the
# one its real check just made); without it the files are collected first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
files=${1:-} build=${2:-$here/../build-test}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -z "$files" ]]; then
  files="$work/files"
  "$here/check-packages.sh" --build-dir "$build" --save-files "$files" >/dev/null
fi

failures=0
expect() { # STATUS PACKAGE-LIST [NAME]: run the check on the saved files
  local want=$1 packages=$2 name=${3:-} out status=0
  out=$("$here/check-packages.sh" --build-dir "$build" --files "$files" --packages "$packages" 2>&1) || status=$?
  if [[ $want == pass && $status -ne 0 ]]; then
    echo "FAIL: the check fails with the full package list:"; echo "$out"; failures=$((failures + 1))
  elif [[ $want == fail && $status -ne 1 ]]; then
    echo "FAIL: without $name the check exits $status, not 1"; failures=$((failures + 1))
  elif [[ $want == fail ]] && ! grep -q "outside the closure.* $name\b\|add to the package list:.* $name\b" <<<"$out"; then
    echo "FAIL: without $name the check does not name it:"; echo "$out" | tail -5; failures=$((failures + 1))
  else
    echo "ok: ${name:-full list} -> $want ($(grep -c '^FAIL' <<<"$out" || true) files reported)"
  fi
}

expect pass "$here/debian-packages.txt"
# Each of these is needed for a different reason, and nothing else in the list
# depends on it: CMake package files only (libqt6opengl6-dev, the package issue 11
# found missing), headers and CMake files (qt6-charts-dev), a pkg-config module,
# its headers and a library loaded at run time (libxlsxwriter-dev), programs the
# tests run and what they load (poppler-utils), and the two packages this check
# found missing (zlib1g-dev: minizip's headers include zlib.h; pkgconf:
# pkg_check_modules). libqt6sql6-sqlite is not among them: it is listed for
# clarity, but qt6-tools-dev brings it too (through qt6-documentation-tools).
needed=(libqt6opengl6-dev qt6-charts-dev libxlsxwriter-dev poppler-utils zlib1g-dev pkgconf)
# The clang build of the sanitizers and fuzzers (installer/ci-sanitize.sh) also
# needs the compiler, and clang's run-time libraries, which nothing else in the
# list brings and which no build rule names: the check asks the driver.
if grep -q 'libclang_rt' "$files"; then needed+=(clang-14 libclang-rt-14-dev llvm-14); fi
for pkg in "${needed[@]}"; do
  grep -vx "$pkg" "$here/debian-packages.txt" > "$work/without-$pkg.txt"
  expect fail "$work/without-$pkg.txt" "$pkg"
done
((failures == 0)) || { echo "test-check-packages: $failures failed"; exit 1; }
echo "test-check-packages: passed"
