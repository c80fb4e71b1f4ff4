#pragma once
// The journal hash chain checked when a workstation opens (GUI main window, CLI counter session).
// A broken chain means someone changed the database outside the program: the check logs it at
// critical level (category pc.security), appends an admin-visible record to the security alert log
// next to the database, and gives the clerk a text saying what broke and what to do. Sales continue:
// refusing them would stop the office without undoing the tampering; the administrator investigates
// with "postcounter-cli journal verify" and restores the database from the backup.
#include "db/Connection.h"
#include "db/journal/JournalRepository.h"

#include <QString>
#include <optional>

namespace pc::services::security {

struct IntegrityReport {
    qint64 rowsChecked = 0;
    std::optional<db::JournalBreak> firstBreak;
    QString alertText; // for the clerk and the administrator; empty when the journal is intact
    bool ok() const { return !firstBreak.has_value(); }
};

class JournalIntegrityCheck {
public:
    // alertLogPath empty: no alert record is written (only the log line). counterId: this
    // workstation's counter; on an office server (PostgreSQL) only its chain is checked, the other
    // windows check theirs, so start-up does not grow with the office's whole journal. A local
    // SQLite file is checked whole.
    JournalIntegrityCheck(const db::Connection& connection, QString alertLogPath, QString counterId = {});

    Result<IntegrityReport> run() const;

    // "security-alerts.log" in the workstation's data folder (beside the SQLite file); empty for "".
    static QString defaultAlertLogPath(const QString& databasePath);
    // The text the banner and the CLI show for a break.
    static QString alertTextFor(const db::JournalBreak& b);

private:
    void recordAlert(const db::JournalBreak& b) const;

    const db::Connection& m_c;
    QString m_alertLog;
    QString m_counterId;
};

} // namespace pc::services::security
