#pragma once
// Runs a function on a QObject's thread through Qt's event queue, and tells ThreadSanitizer about
// the hand-over. Qt orders a queued call with futex-based locks inside libQt6Core, which TSan cannot
// see (Debian's Qt is not instrumented): without these marks every queued lambda is reported as a
// race between the poster's copy of its captures and the receiver's reads, and a blocking call as a
// race on what the function wrote for the caller (docs/security-testing.md, "TSan").
// Every cross-thread call of the device, print, payment and sync threads goes through here.
#include <QMetaObject>
#include <QObject>
#include <utility>

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void* addr);
extern "C" void __tsan_release(void* addr);
#define PC_TSAN_ACQUIRE(addr) __tsan_acquire(static_cast<void*>(addr))
#define PC_TSAN_RELEASE(addr) __tsan_release(static_cast<void*>(addr))
#else
#define PC_TSAN_ACQUIRE(addr) static_cast<void>(addr)
#define PC_TSAN_RELEASE(addr) static_cast<void>(addr)
#endif

namespace pc::threads {

namespace detail {

// The last member of the functor Qt stores: members are built in declaration order, so this one's
// release follows every write of the stored copy (Qt moves the functor into its slot object).
struct HandOffMark {
    HandOffMark() { PC_TSAN_RELEASE(this); }
    HandOffMark(HandOffMark&&) noexcept { PC_TSAN_RELEASE(this); }
    HandOffMark(const HandOffMark&) { PC_TSAN_RELEASE(this); }
    HandOffMark& operator=(const HandOffMark&) = delete;
    void received() { PC_TSAN_ACQUIRE(this); }
};

template <typename F> struct HandOff {
    F fn;
    QObject* receiver;
    bool reportBack;
    HandOffMark mark;
    void operator()()
    {
        mark.received();
        fn();
        if (reportBack) // a blocking caller reads what fn wrote once invokeMethod returns
            PC_TSAN_RELEASE(receiver);
    }
};

} // namespace detail

// type: Qt::QueuedConnection or Qt::BlockingQueuedConnection (never from the receiver's own thread).
template <typename F>
bool callOnThreadOf(QObject* receiver, F fn, Qt::ConnectionType type = Qt::QueuedConnection)
{
    const bool blocking = type == Qt::BlockingQueuedConnection;
    const bool posted =
        QMetaObject::invokeMethod(receiver, detail::HandOff<F>{std::move(fn), receiver, blocking, {}}, type);
    if (blocking)
        PC_TSAN_ACQUIRE(receiver);
    return posted;
}

} // namespace pc::threads
