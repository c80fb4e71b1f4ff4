#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace pc::db {

namespace {
// libpq options a configuration may set; anything else is refused so a typo is not silently ignored.
const QStringList kAllowedOptions = {
    QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives_idle"),  QStringLiteral("passfile")};
} // namespace

bool isPostgresUrl(const QString& location)
{
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<PostgresTarget> parsePostgresUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    auto bad = [&](const QString& why) {
        return Error{QStringLiteral("db.bad_url"),
                     QCoreApplication::translate("Database",
                                                 "The database address is not usable (%1). "
                                                 "Write it as postgresql://user@host:port/dbname.")
                         .arg(why)};
    };
    if (!url.isValid() || !isPostgresUrl(text))
        return bad(url.errorString().isEmpty() ? QStringLiteral("not a postgresql:// URL")
                                               : url.errorString());
    PostgresTarget t;
    t.host = url.host();
    t.port = url.port(5432);
    t.user = url.userName();
    t.password = url.password();
    t.database = url.path().mid(1);
    if (t.database.isEmpty() || t.database.contains(u'/'))
        return bad(QStringLiteral("no database name after the host"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("host")) {
            t.host = value;
        } else if (key == QStringLiteral("port")) {
            bool ok = false;
            t.port = value.toInt(&ok);
            if (!ok)
                return bad(QStringLiteral("port %1").arg(value));
        } else if (key == QStringLiteral("user")) {
            t.user = value;
        } else if (key == QStringLiteral("password")) {
            t.password = value;
        } else if (kAllowedOptions.contains(key)) {
            if (value.contains(u';'))
                return bad(QStringLiteral("%1 contains ';'").arg(key));
            t.options << QStringLiteral("%1=%2").arg(key, value);
        } else {
            return bad(QStringLiteral("unknown option %1").arg(key));
        }
    }
    return t;
}

QString PostgresTarget::display() const
{
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + u'@';
    s += host.startsWith(u'/') ? QString() : host;
    s += QStringLiteral(":%1/%2").arg(port).arg(database);
    if (host.startsWith(u'/'))
        s += QStringLiteral("?host=") + host;
    return s;
}

} // namespace pc::db
