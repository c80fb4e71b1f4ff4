#include "SoakWindowSupport.h"

#include "domain/ItemIdentifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QThread>
#include <string>

namespace pc::soak {

namespace {
acceptance::Address person(const char* name, const char* postcode, const char* place, const char* street,
                           const char* phone)
{
    acceptance::Address a;
    a.name = QString::fromUtf8(name);
    a.postcode = QString::fromLatin1(postcode);
    a.place = QString::fromUtf8(place);
    a.street = QString::fromUtf8(street);
    a.house = QStringLiteral("10");
    a.room = QStringLiteral("5");
    a.phone = QString::fromLatin1(phone);
    return a;
}
} // namespace

QString operatorOf(int window)
{
    return QStringLiteral("op%1").arg(window);
}

services::AppConfig windowConfig(const QString& db, int window)
{
    services::AppConfig cfg;
    cfg.databasePath = db;
    cfg.officePostcode = kOffice;
    cfg.officeName = QStringLiteral("Москва 101000");
    cfg.officeRegion = QStringLiteral("Москва");
    cfg.utcOffsetMin = kUtcOffsetMin;
    cfg.counterId = QString::number(window);
    cfg.counterName = QStringLiteral("Окно %1").arg(window);
    cfg.operatorId = operatorOf(window);
    cfg.operatorName = QStringLiteral("Clerk %1").arg(window);
    return cfg;
}

Result<WindowPlan> parsePlan(const QStringList& a)
{
    if (a.size() != 10 || a[2] != QStringLiteral("window"))
        return Error{
            QStringLiteral("soak.usage"),
            QStringLiteral("usage: pc_soak_window DB window W WINDOWS DAYS OPS START_UTC ENDPOINT DIR")};
    WindowPlan p;
    p.db = a[1];
    p.window = a[3].toInt();
    p.windows = a[4].toInt();
    p.days = a[5].toInt();
    p.ops = a[6].toInt();
    p.startUtc = QDateTime::fromString(a[7], Qt::ISODate);
    p.endpoint = a[8];
    p.dir = a[9];
    if (p.window < 1 || p.window > p.windows || p.days < 1 || p.ops < 1 || !p.startUtc.isValid())
        return Error{QStringLiteral("soak.usage"), QStringLiteral("bad window plan: %1").arg(a.join(u' '))};
    // A day's operations (sales, about as many arrivals and hand-overs) fit in ten hours.
    p.tickSecs = std::clamp(10 * 3600 / (3 * p.ops + 30), 1, 40);
    // The slowest window's day, generously: a loaded machine runs a few sales a second per window.
    p.barrierMs = 60000 + 2000 * p.ops;
    return p;
}

SoakSale soakSale(int window, int day, int i)
{
    SoakSale s;
    const int spread = (window * 7 + day * 3 + i) % 40;
    s.card = i % 4 == 1;
    s.forThisOffice = i % 3 == 0;
    acceptance::Shipment& sh = s.shipment;
    sh.sender = person("Орлов Павел Сергеевич", "101000", "Москва", "ул. Мясницкая", "+79161234567");
    sh.recipient = s.forThisOffice
                       ? person("Петров Иван Сергеевич", "101000", "Москва", "ул. Покровка", "+79161112233")
                       : person("Кузнецов Андрей Игоревич", "190000", "Санкт-Петербург",
                                "ул. Большая Морская", "+79219998877");
    if (i % 6 == 3) { // a parcel with declared value and cash on delivery
        sh.object = 4040;
        sh.weightG = 800 + 25 * spread;
        sh.declaredValueKop = 300000;
        sh.codKop = 250000 + 100 * spread;
    } else if (i % 2 == 0) {
        sh.object = 2010; // registered letter
        sh.weightG = 20 + spread;
    } else {
        sh.object = 4030; // ordinary parcel
        sh.weightG = 500 + 37 * spread;
    }
    return s;
}

services::ArrivalRequest importedArrival(int window, int windows, int day, int k)
{
    // 14-digit identifiers of another office (190000, month counter 26), unique per window, day and k.
    const int serial = ((day * windows) + (window - 1)) * 2 + k;
    const std::string first13 =
        QStringLiteral("19000026%1").arg(serial, 5, 10, QLatin1Char('0')).toStdString();
    services::ArrivalRequest r;
    r.barcode = QString::fromStdString(first13) + QString::number(rpoCheckDigit(first13));
    r.weightG = 300 + 50 * k;
    r.objectCode = k == 0 ? 2010 : 4030;
    r.recipientName = QStringLiteral("Соколова Анна Игоревна");
    r.recipientPhone = QStringLiteral("+7903555%1").arg(serial % 10000, 4, 10, QLatin1Char('0'));
    if (k == 1)
        r.codKop = 120000;
    return r;
}

QString shiftLine(const ShiftTally& t, const services::ShiftReport& z)
{
    QStringList f;
    auto add = [&](const char* key, qint64 v) {
        f << QStringLiteral("%1=%2").arg(QLatin1StringView(key)).arg(v);
    };
    add("day", t.day);
    add("id", t.shiftId);
    add("float", t.floatKop);
    add("in", t.cashInKop);
    add("out", t.cashOutKop);
    add("sales_cash", t.salesCashKop);
    add("sales_card", t.salesCardKop);
    add("hand_cash", t.handCashKop);
    add("cod", t.codKop);
    add("accepted", t.accepted);
    add("issued", t.issued);
    add("refused", t.refused);
    add("z_ops", z.operationCount);
    add("z_revenue", z.revenueKop);
    add("z_cod", z.codCollectedKop);
    add("z_cash", z.cashPaymentsKop);
    add("z_card", z.cardPaymentsKop);
    add("z_contract", z.contractPaymentsKop);
    add("z_float", z.floatKop);
    add("z_in", z.cashInKop);
    add("z_out", z.cashOutKop);
    add("z_expected", z.expectedCashKop);
    add("z_counted", z.countedCashKop.value_or(-1));
    add("z_accepted", z.itemsAccepted);
    add("z_issued", z.itemsIssued);
    add("z_returned", z.itemsReturned);
    return QStringLiteral("shift ") + f.join(u' ');
}

QMap<QString, QString> fieldsOf(const QString& line)
{
    QMap<QString, QString> out;
    for (const QString& token : line.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = token.indexOf(u'=');
        if (eq > 0)
            out.insert(token.left(eq), token.mid(eq + 1));
    }
    return out;
}

QString markerPath(const QString& dir, const QString& kind, int day, int window)
{
    return QStringLiteral("%1/%2-d%3-w%4").arg(dir, kind).arg(day).arg(window);
}

Status writeLines(const QString& path, const QStringList& lines)
{
    QSaveFile f(path); // the reader sees the whole file or none of it
    if (!f.open(QIODevice::WriteOnly) || f.write(lines.join(u'\n').toUtf8()) < 0 || !f.commit())
        return Error{QStringLiteral("soak.file"), QStringLiteral("cannot write %1").arg(path)};
    return {};
}

QStringList readLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

bool waitFor(const QString& dir, const std::function<bool()>& ready, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!ready()) {
        if (QFile::exists(dir + QStringLiteral("/failed")) || t.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
}

} // namespace pc::soak
