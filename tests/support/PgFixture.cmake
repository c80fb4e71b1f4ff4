# One private PostgreSQL server for the whole CTest run (tests/support/pg-fixture.sh), and a helper
# that registers a test binary a second time against it.
#
#   pc_add_pg_variant(test_name)   → CTest test "<test_name>_pg", label "pg" added, same binary,
#                                   PC_TEST_DATABASE pointing at the fixture's server.
include_guard(GLOBAL)

set(PC_PG_BIN "/usr/lib/postgresql/15/bin" CACHE PATH "PostgreSQL server binaries for the test fixture")
option(PC_TEST_POSTGRES "Run the db tests a second time against a private PostgreSQL" ON)
if(PC_TEST_POSTGRES AND NOT EXISTS ${PC_PG_BIN}/initdb)
  message(STATUS "PostgreSQL tests disabled: no initdb in ${PC_PG_BIN}")
  set(PC_TEST_POSTGRES OFF)
endif()

set(PC_PG_STATE ${CMAKE_BINARY_DIR}/pg-fixture)
set(PC_PG_SCRIPT ${PROJECT_SOURCE_DIR}/tests/support/pg-fixture.sh)
if(PC_TEST_POSTGRES)
  add_test(NAME pg_fixture_start COMMAND ${PC_PG_SCRIPT} start ${PC_PG_STATE})
  add_test(NAME pg_fixture_stop COMMAND ${PC_PG_SCRIPT} stop ${PC_PG_STATE})
  set_tests_properties(pg_fixture_start PROPERTIES FIXTURES_SETUP pg LABELS "pg"
                       TIMEOUT 120 ENVIRONMENT "PC_PG_BIN=${PC_PG_BIN}")
  set_tests_properties(pg_fixture_stop PROPERTIES FIXTURES_CLEANUP pg LABELS "pg"
                       TIMEOUT 60 ENVIRONMENT "PC_PG_BIN=${PC_PG_BIN}")
endif()

# Variables set above live in the directory that included this file first; the function relies only
# on cache entries and CMAKE_BINARY_DIR so it works from every directory.
function(pc_add_pg_variant name)
  if(NOT PC_TEST_POSTGRES OR NOT EXISTS ${PC_PG_BIN}/initdb)
    return()
  endif()
  get_test_property(${name} LABELS _labels)
  get_test_property(${name} ENVIRONMENT _env)
  get_test_property(${name} TIMEOUT _timeout)
  add_test(NAME ${name}_pg COMMAND ${name})
  list(APPEND _labels pg)
  list(APPEND _env "PC_TEST_DATABASE=@${CMAKE_BINARY_DIR}/pg-fixture/url")
  set_tests_properties(${name}_pg PROPERTIES
    LABELS "${_labels}" ENVIRONMENT "${_env}" TIMEOUT ${_timeout} FIXTURES_REQUIRED pg)
endfunction()
