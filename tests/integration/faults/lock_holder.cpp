// Another program holding the counter's database: opens the SQLite file with the plain C API, takes
// an EXCLUSIVE transaction, prints "LOCKED" and keeps it until its standard input closes, then rolls
// back and prints "RELEASED". Used by test_database_locked.
#include <cstdio>
#include <sqlite3.h>

int main(int argc, char** argv)
{
    if (argc < 2)
        return 2;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "open: %s\n", sqlite3_errmsg(db));
        return 3;
    }
    if (sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "lock: %s\n", sqlite3_errmsg(db));
        return 4;
    }
    std::printf("LOCKED\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    std::printf("RELEASED\n");
    std::fflush(stdout);
    return 0;
}
