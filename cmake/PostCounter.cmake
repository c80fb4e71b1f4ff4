# Helpers shared by every layer: one way to declare a layer library and one way to declare a test.

# pc_add_library(NAME SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
function(pc_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  qt_add_library(${name} STATIC ${ARG_SOURCES})
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE pc_build_flags ${ARG_PRIVATE_LIBS})
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
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
include(${CMAKE_CURRENT_LIST_DIR}/TsanPrebuilt.cmake)

# pc_add_test(NAME SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s] [ENV k=v ...])
# Builds a Qt Test executable, registers it with CTest, runs it offscreen in a fixed locale.
function(pc_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  qt_add_executable(${name} ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  if(TARGET pc_tsan_prebuilt AND "tsan" IN_LIST ARG_LABELS)
    # TSan CI stage (cmake/TsanPrebuilt.cmake): the layer libraries come prebuilt, uninstrumented.
    list(FILTER ARG_LIBS EXCLUDE REGEX "^pc_(services|forms|drivers|db|domain)$")
    list(APPEND ARG_LIBS pc_tsan_prebuilt)
  endif()
  target_link_libraries(${name} PRIVATE pc_build_flags Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE PC_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                             PC_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
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
