#pragma once
// The print_job table. States move queued → sending → printed | failed; failed → queued (retry);
// sending → queued (recovery after a crash: we cannot know whether the printer got it). Any other
// move is refused, so two callers cannot both send one job.
#include "db/Connection.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct PrintQueueEntry {
    qint64 id = 0;
    QString documentRef;
    QString documentKind = QStringLiteral("other"); // label | receipt | form | other
    std::optional<qint64> operationId;
    QString printer;
    QString language; // pdf | zpl | tspl | escpos | raster
    QString title;
    QString media;
    int copies = 1;
    QByteArray bytes; // empty when read without bytes or stored in dataPath
    QString dataPath;
    // A job recorded as a form and its data (bytes empty): rendered by the print thread for the printer
    // it goes to, again at each reprint.
    QString form;
    QByteArray formData;                      // JSON
    QString state = QStringLiteral("queued"); // queued | sending | printed | failed
    QString reasonCode;
    QString reason;
    int attempts = 0;
    std::optional<qint64> reprintOf;
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;
    std::optional<QDateTime> printedAtUtc;
};

class PrintQueueRepository {
public:
    explicit PrintQueueRepository(const Connection& c) : m_c(c) {}

    // Records a queued job (may run inside the caller's Transaction, e.g. the acceptance). Its id.
    Result<qint64> insert(const PrintQueueEntry& entry);
    Result<PrintQueueEntry> get(qint64 id, bool withBytes = true) const;
    // Newest first, without bytes.
    Result<QList<PrintQueueEntry>> recent(int limit) const;
    // Jobs still to send (queued or sending), oldest first.
    Result<QList<qint64>> unfinished() const;
    Result<std::optional<qint64>> lastOfKind(const QString& kind) const;
    Result<QList<qint64>> forOperation(qint64 operationId) const;

    Status markSending(qint64 id); // queued → sending, attempts+1
    Status markPrinted(qint64 id); // sending → printed
    Status markFailed(qint64 id, const QString& code, const QString& reason); // queued|sending → failed
    Status requeue(qint64 id, const QString& printer = {});                   // failed|sending → queued
    // A queued job recorded while no printer had its role ("?") gets the one that has it now.
    Status assignPrinter(qint64 id, const QString& printer);

private:
    Status transition(qint64 id, const QString& to, const QStringList& from, const QString& setSql,
                      const QVariantList& values);
    const Connection& m_c;
};

} // namespace pc::db
