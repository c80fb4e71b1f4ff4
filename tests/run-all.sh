#!/usr/bin/env bash
# Builds and runs the whole test suite, as CI does (.ci/run calls exactly this):
#   1. the Debian packages (installer/deps.sh, a no-op when all are present),
#   2. the shipped program and its layer libraries, release with debug info, warnings as errors
#      (the ci preset; the package in step 6 is made from it),
#   3. the ThreadSanitizer build of the threaded parts' tests (label tsan), everything instrumented,
#   4. the ASan+UBSan build of everything, warnings as errors, and every CTest test run under the
#      sanitizers (unit, integration, gui, PostgreSQL, soak, fuzz corpus replays),
#   5. every libFuzzer target built with clang, run for a bounded time (PC_FUZZ_SECONDS, default 6),
#   6. the Debian package built from the ci build, checked with lintian, installed, used and purged (root).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -eq 0 ]; then
  bash installer/deps.sh
else
  bash installer/deps.sh || { echo "run as root once to install the packages" >&2; exit 1; }
fi

jobs=$(nproc)
export CTEST_OUTPUT_ON_FAILURE=1

echo "== build (ci preset: RelWithDebInfo, -Werror; the shipped program) $(date -u +%T)"
# The three programs bring their layer libraries; the tests are built and run once, under the
# sanitizers (step 4), and the benchmarks by `cmake --preset default` (docs/PERFORMANCE.md).
cmake --preset ci -DPC_BUILD_BENCH=OFF >/dev/null
cmake --build --preset ci -j "$jobs" --target postcounter postcounter-cli postcounter-sim-terminal

echo "== thread sanitizer (tsan preset, tests labelled tsan; docs/security-testing.md) $(date -u +%T)"
# Everything those tests link is instrumented: the layer libraries and the threads' owners alike.
cmake --preset tsan >/dev/null
tsan_targets=$(ctest --test-dir build/tsan -L tsan -N 2>/dev/null | sed -n 's/^ *Test *#[0-9]*: \([^ ]*\).*/\1/p')
cmake --build build/tsan -j "$jobs" --target $tsan_targets
ctest --test-dir build/tsan -L tsan -j "$jobs" --timeout 300

echo "== sanitizer build and the whole suite (asan preset: ASan+UBSan, -Werror) $(date -u +%T)"
# Line tables only (-g1): a report still names every frame's file and line, and the build is lighter;
# the preset itself keeps full debug information for a developer's debugger.
cmake --preset asan -DCMAKE_CXX_FLAGS_DEBUG=-g1 >/dev/null
cmake --build --preset asan -j "$jobs"
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
  ctest --test-dir build/asan -j "$jobs" --timeout 600

echo "== fuzzing (clang libFuzzer with ASan+UBSan, ${PC_FUZZ_SECONDS:-6} s per target) $(date -u +%T)"
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DPC_FUZZ=ON -DPC_BUILD_BENCH=OFF -DPC_FUZZ_SECONDS="${PC_FUZZ_SECONDS:-6}" >/dev/null
fuzz_targets=$(ctest --test-dir build/fuzz -L fuzzing -N 2>/dev/null | sed -n 's/^ *Test *#[0-9]*: \(.*\)_fuzz$/\1/p')
cmake --build build/fuzz -j "$jobs" --target $fuzz_targets
ctest --test-dir build/fuzz -L fuzzing -j "$jobs"

echo "== Debian package (cpack, lintian, dpkg -i, an ordinary user in the postcounter group, purge) $(date -u +%T)"
if [ "$(id -u)" -eq 0 ]; then
  bash tests/package/check-package.sh build
else
  echo "skipped: installing the package needs root (sudo bash tests/package/check-package.sh build)"
fi
echo "== done $(date -u +%T)"
