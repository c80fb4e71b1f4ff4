#pragma once
// A printer for demo mode and tests: every job's bytes land in a file in a directory
// (NNNNNN.<language>, numbered in arrival order). It can be told to be out of paper, offline, or to
// take a while per job. Thread-safe: tests change its state while a worker prints.
#include "Printer.h"

#include <QMutex>

namespace pc::drivers {

class SimulatedPrinter : public Printer {
public:
    SimulatedPrinter(QString name, QString directory);

    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("sim"); }
    PrinterResult<PrinterState> status() override;
    PrinterStatus print(const PrintJob& job) override;

    void setState(const PrinterState& state);
    void setDelayMs(int ms);
    QString directory() const { return m_dir; }
    int printedCount() const;
    // The files written so far, oldest first.
    QStringList printedFiles() const;

private:
    const QString m_name;
    const QString m_dir;
    mutable QMutex m_mutex;
    PrinterState m_state;
    int m_delayMs = 0;
    int m_count = 0;
};

} // namespace pc::drivers
