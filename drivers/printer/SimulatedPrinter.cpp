#include "SimulatedPrinter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QThread>

namespace pc::drivers {

SimulatedPrinter::SimulatedPrinter(QString name, QString directory)
    : m_name(std::move(name)), m_dir(std::move(directory))
{
    QDir().mkpath(m_dir);
    // Continue numbering after files left by an earlier run (demo mode keeps its folder).
    m_count = int(QDir(m_dir).entryList(QDir::Files).size());
}

PrinterResult<PrinterState> SimulatedPrinter::status()
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

PrinterStatus SimulatedPrinter::print(const PrintJob& job)
{
    int delay = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_state.canPrint())
            return notReadyError(m_name, m_state);
        delay = m_delayMs;
    }
    if (delay > 0)
        QThread::msleep(static_cast<unsigned long>(delay));
    QMutexLocker lock(&m_mutex);
    const QString path = QDir(m_dir).filePath(QStringLiteral("%1.%2")
                                                  .arg(m_count + 1, 6, 10, QLatin1Char('0'))
                                                  .arg(printLanguageName(job.language)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return PrinterStatus::fail(
            QStringLiteral("printer.io"),
            QStringLiteral("simulated printer %1 cannot write %2: %3").arg(m_name, path, f.errorString()));
    for (int i = 0; i < std::max(1, job.copies); ++i)
        f.write(job.bytes);
    if (!f.commit())
        return PrinterStatus::fail(
            QStringLiteral("printer.io"),
            QStringLiteral("simulated printer %1 cannot write %2: %3").arg(m_name, path, f.errorString()));
    ++m_count;
    return {};
}

void SimulatedPrinter::setState(const PrinterState& state)
{
    QMutexLocker lock(&m_mutex);
    m_state = state;
}

void SimulatedPrinter::setDelayMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_delayMs = ms;
}

int SimulatedPrinter::printedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_count;
}

QStringList SimulatedPrinter::printedFiles() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    const QDir d(m_dir);
    for (const QString& f : d.entryList(QDir::Files, QDir::Name))
        out << d.filePath(f);
    return out;
}

} // namespace pc::drivers
