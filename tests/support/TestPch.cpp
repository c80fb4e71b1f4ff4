// The object the tests' precompiled header belongs to (pc_test_pch, cmake/PostCounter.cmake).
