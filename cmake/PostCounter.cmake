# Helpers shared by every layer: one way to declare a layer library and one way to declare a test.

# Precompiled headers: parsing Qt's headers is half or more of a file's compile time here, so each
# layer library precompiles the Qt modules it may use (PRECOMPILE below) and the tests share one
# (pc_test_pch). Off in the fuzz build, whose clang compile of the libraries then also proves that
# every file includes what it uses.
option(PC_PCH "Precompile Qt's headers (layer libraries and tests)" ON)
if(PC_FUZZ)
  set(PC_PCH OFF)
endif()
set(PC_PCH_STD <functional> <memory> <optional> <string> <utility> <variant> <vector>)

# pc_add_library(NAME SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...] [PRECOMPILE <QtModule> ...])
# PRECOMPILE names only modules the layer may use (a service never sees <QtWidgets>).
function(pc_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS;PRECOMPILE" ${ARGN})
  qt_add_library(${name} STATIC ${ARG_SOURCES})
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE pc_build_flags ${ARG_PRIVATE_LIBS})
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  if(PC_PCH AND ARG_PRECOMPILE)
    target_precompile_headers(${name} PRIVATE ${ARG_PRECOMPILE} ${PC_PCH_STD})
  endif()
endfunction()

# ThreadSanitizer for the threaded parts (label "tsan", tests/run-all.sh). Like PC_SANITIZE it travels
# through pc_build_flags; it cannot be combined with ASan or libFuzzer in one build.
option(PC_SANITIZE_THREAD "Build with ThreadSanitizer (clang or gcc)" OFF)
if(PC_SANITIZE_THREAD)
  if(PC_SANITIZE)
    message(FATAL_ERROR "PC_SANITIZE_THREAD and PC_SANITIZE (ASan) cannot be combined in one build")
  endif()
  target_compile_options(pc_build_flags INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(pc_build_flags INTERFACE -fsanitize=thread)
  # Qt and GLib are not instrumented: their own locking (futex QMutex/QWaitCondition behind posted
  # events, the GLib loop) is invisible to TSan, so accesses the interceptors see from inside them are
  # ignored (ignore_noninstrumented_modules); our code's accesses are all checked. die_after_fork=0:
  # QProcess forks and execs helper servers. Halt so CTest sees a report as a failure.
  set(PC_TSAN_ENV "TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:die_after_fork=0:suppressions=${PROJECT_SOURCE_DIR}/tests/tsan.supp")
endif()

# The tests' compile settings: every test sees the same Qt modules and definitions, so that one
# precompiled header serves them all (below).
add_library(pc_test_qt INTERFACE)
target_link_libraries(pc_test_qt INTERFACE Qt6::Core Qt6::Gui Qt6::Widgets Qt6::Sql Qt6::Network
                                           Qt6::SerialPort Qt6::PrintSupport)
target_compile_definitions(pc_test_qt INTERFACE PC_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                                PC_BIN_DIR="${CMAKE_BINARY_DIR}/bin")

# One precompiled header of Qt's modules for every test. GCC uses a PCH only where each macro it saw
# is defined alike, hence pc_test_qt, and no QtTest in it (QT_TESTCASE_SOURCEDIR differs per folder).
# CMake adds -Winvalid-pch, so with -Werror a PCH that cannot be used fails the build, not the speed.
# Not in the TSan build: it compiles six tests, fewer than the header would pay for.
if(PC_PCH AND PC_BUILD_TESTS AND NOT PC_SANITIZE_THREAD)
  add_library(pc_test_pch OBJECT ${PROJECT_SOURCE_DIR}/tests/support/TestPch.cpp)
  target_link_libraries(pc_test_pch PRIVATE pc_build_flags pc_test_qt)
  set_target_properties(pc_test_pch PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
  target_precompile_headers(pc_test_pch PRIVATE <QtCore> <QtGui> <QtWidgets> <QtSql> <QtNetwork>
                            ${PC_PCH_STD})
endif()

# pc_add_test(NAME SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s] [ENV k=v ...])
# Builds a Qt Test executable, registers it with CTest, runs it offscreen in a fixed locale.
# A source compiled with its own definitions (QT_NO_KEYWORDS beside GLib) sets
# SKIP_PRECOMPILE_HEADERS on itself.
function(pc_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  qt_add_executable(${name} ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  target_link_libraries(${name} PRIVATE pc_build_flags pc_test_qt Qt6::Test ${ARG_LIBS})
  if(TARGET pc_test_pch)
    target_precompile_headers(${name} REUSE_FROM pc_test_pch)
  endif()
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${ARG_TIMEOUT}
    LABELS "${ARG_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;ASAN_OPTIONS=detect_leaks=0;${PC_TSAN_ENV};${ARG_ENV}")
endfunction()

# pc_add_fuzz_target(name SOURCES ... LIBS ... CORPUS dir)
# A libFuzzer target (extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t)).
# With clang and PC_FUZZ=ON it links libFuzzer; otherwise a small driver (tests/fuzz/StandaloneFuzzMain.cpp)
# replays every file of the seed corpus, registered with CTest (label "fuzz") so a crash found once
# stays a regression test.
option(PC_FUZZ "Build fuzz targets with libFuzzer (clang only)" OFF)
set(PC_FUZZ_SECONDS 10 CACHE STRING "How long CTest runs each libFuzzer target (PC_FUZZ=ON)")
function(pc_add_fuzz_target name)
  cmake_parse_arguments(ARG "" "CORPUS" "SOURCES;LIBS" ${ARGN})
  if(PC_FUZZ)
    add_executable(${name} ${ARG_SOURCES})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  else()
    add_executable(${name} ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/fuzz/StandaloneFuzzMain.cpp)
  endif()
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
  target_link_libraries(${name} PRIVATE pc_build_flags ${ARG_LIBS})
  if(PC_FUZZ)
    # A bounded run: new inputs go to a work corpus, the seed corpus in the tree is only read.
    set(_work ${CMAKE_BINARY_DIR}/fuzz-work/${name})
    file(MAKE_DIRECTORY ${_work}/corpus ${_work}/artifacts)
    add_test(NAME ${name}_fuzz
             COMMAND ${name} -max_total_time=${PC_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048
                     -print_final_stats=1 -artifact_prefix=${_work}/artifacts/ ${_work}/corpus ${ARG_CORPUS})
    math(EXPR _limit "${PC_FUZZ_SECONDS} * 3 + 60")
    # UBSan findings are crashes too: the fuzz build's UBSan only reports unless told to halt.
    set_tests_properties(${name}_fuzz PROPERTIES LABELS "fuzzing" TIMEOUT ${_limit}
      ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ASAN_OPTIONS=detect_leaks=0;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
  else()
    add_test(NAME ${name}_corpus COMMAND ${name} ${ARG_CORPUS})
    set_tests_properties(${name}_corpus PROPERTIES LABELS "fuzz;unit" TIMEOUT 120
      ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ASAN_OPTIONS=detect_leaks=0")
  endif()
endfunction()

# pc_add_parts(): add_subdirectory every folder below the current one that has a CMakeLists.txt,
# so an area (a domain sub-area, a test family) joins its layer without editing shared lists.
function(pc_add_parts)
  file(GLOB _parts LIST_DIRECTORIES true CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*)
  foreach(_part IN LISTS _parts)
    if(IS_DIRECTORY ${_part} AND EXISTS ${_part}/CMakeLists.txt)
      add_subdirectory(${_part})
    endif()
  endforeach()
endfunction()
