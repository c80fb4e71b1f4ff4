#pragma once
// A SQLite VFS shim for fault injection: registered as the default VFS of this process, it wraps the
// built-in one and, once armed, lets N more writes through (xWrite, xSync, xTruncate on any file the
// database uses) and then fails every further one with SQLITE_FULL or SQLITE_IOERR_WRITE until it is
// disarmed, the way a disk that filled up or went bad behaves. Qt's QSQLITE driver links the system
// libsqlite3 (Debian: /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlite.so → libsqlite3.so.0),
// so connections opened through db::openSqlite go through it too.
namespace pc::testing {

enum class DiskFault { Full, IoError };

class FaultyVfs {
public:
    // Registers the shim as the default VFS once per process; false when SQLite refused it.
    static bool install();
    // After `passWrites` more successful writes, fail every write with `fault`.
    static void arm(DiskFault fault, int passWrites);
    static void disarm();
    // Writes failed since the last arm(): 0 means the fault was never reached.
    static int failures();
    // Writes seen since install() (armed or not), to size the injection points of a test.
    static long long writes();
};

} // namespace pc::testing
