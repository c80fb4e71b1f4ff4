#include "JournalIntegrityCheck.h"

#include "PrivateFiles.h"
#include "services/AppConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecurity, "pc.security")

namespace pc::services::security {

JournalIntegrityCheck::JournalIntegrityCheck(const db::Connection& connection, QString alertLogPath,
                                             QString counterId)
    : m_c(connection), m_alertLog(std::move(alertLogPath)), m_counterId(std::move(counterId))
{}

QString JournalIntegrityCheck::defaultAlertLogPath(const QString& databasePath)
{
    if (databasePath.isEmpty())
        return {};
    return QDir(AppConfig::localDataDir(databasePath)).filePath(QStringLiteral("security-alerts.log"));
}

QString JournalIntegrityCheck::alertTextFor(const db::JournalBreak& b)
{
    return QCoreApplication::translate(
               "Security",
               "The operation journal was changed outside PostCounter: %1 Sales can continue. Tell the "
               "administrator: run \"postcounter-cli journal verify\", keep a copy of the database as "
               "evidence and restore it from the last backup.")
        .arg(b.message);
}

Result<IntegrityReport> JournalIntegrityCheck::run() const
{
    auto v =
        db::JournalRepository(m_c).verify(m_c.dialect() == db::Dialect::Postgres ? m_counterId : QString());
    if (!v)
        return v.error();
    IntegrityReport r;
    r.rowsChecked = v->rowsChecked;
    r.firstBreak = v->firstBreak;
    if (r.ok()) {
        qCInfo(lcSecurity) << "journal intact:" << v->rowsChecked << "rows on" << v->counters << "counter(s)";
        return r;
    }
    r.alertText = alertTextFor(*r.firstBreak);
    qCCritical(lcSecurity).noquote() << "journal chain BROKEN at operation" << r.firstBreak->operationId
                                     << QStringLiteral("(%1):").arg(r.firstBreak->kind)
                                     << r.firstBreak->message;
    recordAlert(*r.firstBreak);
    return r;
}

void JournalIntegrityCheck::recordAlert(const db::JournalBreak& b) const
{
    if (m_alertLog.isEmpty())
        return;
    // One record per distinct break: every start-up finds the same one again.
    const QString key = QStringLiteral("journal_break counter=%1 operation=%2 kind=%3")
                            .arg(b.counterId)
                            .arg(b.operationId)
                            .arg(b.kind);
    QFile existing(m_alertLog);
    if (existing.open(QIODevice::ReadOnly | QIODevice::Text) &&
        QString::fromUtf8(existing.readAll()).contains(key + u' '))
        return;
    existing.close();
    const QString line =
        QStringLiteral("%1 %2 %3").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), key, b.message);
    if (!appendPrivateLine(m_alertLog, line))
        qCCritical(lcSecurity) << "cannot write the security alert log" << m_alertLog;
}

} // namespace pc::services::security
