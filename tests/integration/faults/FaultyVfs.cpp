#include "FaultyVfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace pc::testing {

namespace {

sqlite3_vfs* g_root = nullptr;
sqlite3_vfs g_vfs;
std::atomic<bool> g_armed{false};
std::atomic<int> g_pass{0};
std::atomic<int> g_failures{0};
std::atomic<long long> g_writes{0};
std::atomic<int> g_code{SQLITE_FULL};

// Our file: the methods table first (what SQLite sees), the real file of the wrapped VFS behind it.
struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<FaultFile*>(f)->real;
}

// One write-like call: counted, and failed once the armed budget is used up.
int injected()
{
    g_writes.fetch_add(1);
    if (!g_armed.load())
        return SQLITE_OK;
    if (g_pass.fetch_sub(1) > 0)
        return SQLITE_OK;
    g_failures.fetch_add(1);
    return g_code.load();
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* r = realOf(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
int xRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off)
{
    return realOf(f)->pMethods->xRead(realOf(f), buf, n, off);
}
int xWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off)
{
    if (const int rc = injected(); rc != SQLITE_OK)
        return rc == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return realOf(f)->pMethods->xWrite(realOf(f), buf, n, off);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (const int rc = injected(); rc != SQLITE_OK)
        return rc == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_TRUNCATE;
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (const int rc = injected(); rc != SQLITE_OK)
        return rc == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file* f, int l)
{
    return realOf(f)->pMethods->xLock(realOf(f), l);
}
int xUnlock(sqlite3_file* f, int l)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), l);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** p)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, p);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 off, int n, void** pp)
{
    return realOf(f)->pMethods->xFetch(realOf(f), off, n, pp);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), off, p);
}

// Version 3 (WAL shared memory and memory-mapped I/O), like the unix VFS's own files.
const sqlite3_io_methods kMethods = {3,
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     xFetch,
                                     xUnfetch};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
    std::memset(ff->real, 0, static_cast<size_t>(g_root->szOsFile));
    const int rc = g_root->xOpen(g_root, name, ff->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set: leave it null when the real open failed.
    f->pMethods = (rc == SQLITE_OK && ff->real->pMethods) ? &kMethods : nullptr;
    return rc;
}
int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_root->xDelete(g_root, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_root->xAccess(g_root, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_root->xFullPathname(g_root, name, n, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return g_root->xDlOpen(g_root, name);
}
void xDlError(sqlite3_vfs*, int n, char* msg)
{
    g_root->xDlError(g_root, n, msg);
}
void (*xDlSym(sqlite3_vfs*, void* h, const char* sym))()
{
    return g_root->xDlSym(g_root, h, sym);
}
void xDlClose(sqlite3_vfs*, void* h)
{
    g_root->xDlClose(g_root, h);
}
int xRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_root->xRandomness(g_root, n, out);
}
int xSleep(sqlite3_vfs*, int us)
{
    return g_root->xSleep(g_root, us);
}
int xCurrentTime(sqlite3_vfs*, double* t)
{
    return g_root->xCurrentTime(g_root, t);
}
int xGetLastError(sqlite3_vfs*, int n, char* msg)
{
    return g_root->xGetLastError(g_root, n, msg);
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* t)
{
    return g_root->xCurrentTimeInt64(g_root, t);
}

} // namespace

bool FaultyVfs::install()
{
    if (g_root)
        return true;
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    sqlite3_vfs* root = sqlite3_vfs_find(nullptr);
    if (!root || root->iVersion < 2)
        return false;
    g_root = root;
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + root->szOsFile;
    g_vfs.mxPathname = root->mxPathname;
    g_vfs.zName = "pc-faulty";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK) {
        g_root = nullptr;
        return false;
    }
    return true;
}

void FaultyVfs::arm(DiskFault fault, int passWrites)
{
    g_code = fault == DiskFault::Full ? SQLITE_FULL : SQLITE_IOERR;
    g_pass = passWrites;
    g_failures = 0;
    g_armed = true;
}

void FaultyVfs::disarm()
{
    g_armed = false;
}

int FaultyVfs::failures()
{
    return g_failures.load();
}

long long FaultyVfs::writes()
{
    return g_writes.load();
}

} // namespace pc::testing
