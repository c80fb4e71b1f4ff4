#pragma once
// Several counter windows as separate processes at the same time (the multi-counter and soak tests):
// start them all, then wait for each, so they really overlap; and read the "tag value" lines they
// print.
#include <QEventLoop>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace pc::testing {

struct WindowRun {
    QStringList lines;
    int exitCode = -1;
    QString errors;
    bool stopped = false; // still running at the time limit or after another window failed: killed
};

// stopOnFailure: when one window fails, stop the others too (they may be waiting for it at a barrier);
// they then report exit code -1 and only the failed window's error says what went wrong.
inline QList<WindowRun> runWindows(const QString& program, const QList<QStringList>& argsPerWindow,
                                   int timeoutMs = 240000, bool stopOnFailure = false)
{
    // An event loop reads every window's output while they run: a window that prints a lot must never
    // block on a full pipe while the others wait for it at a barrier.
    QList<QProcess*> procs;
    QEventLoop loop;
    int running = 0;
    for (const QStringList& args : argsPerWindow) {
        auto* p = new QProcess;
        QObject::connect(p, &QProcess::finished, &loop, [&](int code, QProcess::ExitStatus status) {
            if (--running == 0 || (stopOnFailure && (code != 0 || status != QProcess::NormalExit)))
                loop.quit();
        });
        QObject::connect(p, &QProcess::errorOccurred, &loop, [&, p](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart && p->state() == QProcess::NotRunning && --running == 0)
                loop.quit();
        });
        ++running;
        p->start(program, args);
        procs << p;
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (running > 0)
        loop.exec();
    QList<WindowRun> out;
    for (QProcess* p : procs) {
        WindowRun r;
        if (p->state() != QProcess::NotRunning) {
            r.stopped = true;
            p->kill();
            p->waitForFinished(5000);
        }
        const bool started = p->error() != QProcess::FailedToStart;
        r.exitCode = started && p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.lines = QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        r.errors = QString::fromUtf8(p->readAllStandardError());
        out << r;
        p->disconnect();
        delete p;
    }
    return out;
}

// The values of every line "<tag> <value>" of every window, in window order.
inline QStringList valuesOf(const QList<WindowRun>& runs, const QString& tag)
{
    QStringList v;
    for (const auto& r : runs)
        for (const QString& l : r.lines)
            if (l.startsWith(tag + u' '))
                v << l.mid(tag.size() + 1);
    return v;
}

} // namespace pc::testing
