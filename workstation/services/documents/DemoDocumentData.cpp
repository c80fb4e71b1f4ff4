// Sample data for the demo documents: who sends, who receives, what is inside. Only the item's own
// figures (identifier, weight, amounts, destination) come from the shift.
#include "DemoDocuments.h"
#include "services/acceptance/AcceptanceDocuments.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

namespace pc::services::demo_documents {

namespace {

constexpr double kRub = 100.0;

int mailtype(const DemoDocumentItem& i)
{
    return i.object / 1000;
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString product(const DemoDocumentItem& i)
{
    return printedProductName(i.object);
}

QJsonObject sender()
{
    return {{QStringLiteral("name"), QStringLiteral("Орлова Мария Сергеевна")},
            {QStringLiteral("address"), QStringLiteral("ул. Мясницкая, д. 24, кв. 7")},
            {QStringLiteral("city"), QStringLiteral("Москва")},
            {QStringLiteral("postcode"), QStringLiteral("101000")},
            {QStringLiteral("phone"), QStringLiteral("+7 916 204-17-33")}};
}

QJsonObject recipient(const DemoDocumentItem& i)
{
    struct Sample {
        const char* key;
        const char* name;
        const char* address;
        const char* city;
        const char* postcode;
        const char* phone;
    };
    static const Sample samples[] = {
        {"630099", "Ковалёв Дмитрий Андреевич", "ул. Советская, д. 18, кв. 42", "Новосибирск", "630099",
         "+7 913 377-40-12"},
        {"190000", "Кузнецов Андрей Игоревич", "ул. Большая Морская, д. 8, кв. 3", "Санкт-Петербург",
         "190000", "+7 921 640-55-08"},
        {"690000", "Ли Светлана Викторовна", "ул. Светланская, д. 31, кв. 15", "Владивосток", "690000",
         "+7 924 118-72-90"},
        {"620000", "Смирнова Екатерина Павловна", "пр-т Ленина, д. 45, кв. 118", "Екатеринбург", "620000",
         "+7 912 555-01-23"},
        {"DE", "Anna Schneider", "Lindenstraße 12", "Berlin", "10969", "+49 30 1234567"},
        {"KZ", "Нурланова Айгерим", "пр. Абая, д. 150, кв. 12", "Алматы", "050000", "+7 701 555-44-11"},
    };
    const bool abroad = isInternational(i);
    QJsonObject r{{QStringLiteral("name"),
                   abroad ? QStringLiteral("John Smith") : QStringLiteral("Петров Иван Петрович")},
                  {QStringLiteral("address"),
                   abroad ? QStringLiteral("1 Main Street") : QStringLiteral("ул. Центральная, д. 1")},
                  {QStringLiteral("city"), abroad ? QStringLiteral("Capital") : QStringLiteral("Город")},
                  {QStringLiteral("postcode"), abroad ? QStringLiteral("00000") : i.destination},
                  {QStringLiteral("phone"), QStringLiteral("+7 900 000-00-00")}};
    for (const Sample& s : samples)
        if (i.destination == QLatin1StringView(s.key)) {
            r = {{QStringLiteral("name"), QString::fromUtf8(s.name)},
                 {QStringLiteral("address"), QString::fromUtf8(s.address)},
                 {QStringLiteral("city"), QString::fromUtf8(s.city)},
                 {QStringLiteral("postcode"), abroad ? QString::fromUtf8(s.postcode) : i.destination},
                 {QStringLiteral("phone"), QString::fromUtf8(s.phone)}};
        }
    if (abroad)
        r.insert(QStringLiteral("country"), i.destination);
    return r;
}

const char* const kOffice = "101000 Москва, ОПС 101000";

} // namespace

bool isInternational(const DemoDocumentItem& i)
{
    return i.destination.size() == 2;
}

bool isParcel(const DemoDocumentItem& i)
{
    const int m = mailtype(i);
    return m == 4 || m == 7 || m == 23 || m == 27 || m == 47;
}

QJsonObject labelData(const DemoDocumentItem& i)
{
    QJsonObject o{{QStringLiteral("id"), i.id},
                  {QStringLiteral("product"), product(i)},
                  {QStringLiteral("recipient"), recipient(i)},
                  {QStringLiteral("weight_g"), static_cast<double>(std::max<qint64>(1, i.weightG))},
                  {QStringLiteral("date"), today()}};
    if (isParcel(i)) {
        o.insert(QStringLiteral("sender"), sender());
        o.insert(QStringLiteral("declared_value"), i.declaredValueKop / kRub);
        o.insert(QStringLiteral("cod_amount"), i.codKop / kRub);
        o.insert(QStringLiteral("office"), QString::fromUtf8(kOffice));
    }
    return o;
}

QJsonObject receiptData(const DemoDocumentItem& i)
{
    const double total = i.totalKop / kRub;
    return {
        {QStringLiteral("width_mm"), 80},
        {QStringLiteral("office"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("АО «Почта России» ОПС 101000")},
                     {QStringLiteral("address"), QStringLiteral("101000, г. Москва, Мясницкая ул., д. 26А")},
                     {QStringLiteral("inn"), QStringLiteral("7724490000")}}},
        {QStringLiteral("counter"), 1},
        {QStringLiteral("operator"), QStringLiteral("Иванова А. С.")},
        {QStringLiteral("shift"), 1},
        {QStringLiteral("number"), 1},
        {QStringLiteral("datetime"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("name"), product(i)},
                                                         {QStringLiteral("qty"), 1},
                                                         {QStringLiteral("price"), total},
                                                         {QStringLiteral("vat"), QStringLiteral("20%")},
                                                         {QStringLiteral("item_id"), i.id}}}},
        {QStringLiteral("total"), total},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("card")}, {QStringLiteral("paid"), total}}},
        {QStringLiteral("fiscal"),
         QJsonObject{{QStringLiteral("fn"), QStringLiteral("9960440301234567")},
                     {QStringLiteral("fd"), QStringLiteral("35741")},
                     {QStringLiteral("fpd"), QStringLiteral("2794561830")},
                     {QStringLiteral("kkt_reg"), QStringLiteral("0001234567012345")},
                     {QStringLiteral("sno"), QStringLiteral("ОСН")},
                     {QStringLiteral("calc_type"), QStringLiteral("Приход")}}}};
}

QJsonObject customsData(const DemoDocumentItem& i, bool cn23)
{
    // Two sample lines sharing 80 % of the weight (the rest is packaging).
    const qint64 net = std::max<qint64>(2, i.weightG * 8 / 10);
    const QString weightKey = cn23 ? QStringLiteral("net_weight_g") : QStringLiteral("weight_g");
    const QJsonArray items{
        QJsonObject{{QStringLiteral("description"), QStringLiteral("Книги / Books")},
                    {QStringLiteral("quantity"), 2},
                    {weightKey, static_cast<double>(net - net / 4)},
                    {QStringLiteral("value"), 30},
                    {QStringLiteral("hs_code"), QStringLiteral("490199")},
                    {QStringLiteral("origin"), QStringLiteral("RU")}},
        QJsonObject{{QStringLiteral("description"), QStringLiteral("Шерстяной шарф / Wool scarf")},
                    {QStringLiteral("quantity"), 1},
                    {weightKey, static_cast<double>(std::max<qint64>(1, net / 4))},
                    {QStringLiteral("value"), 25.5},
                    {QStringLiteral("hs_code"), QStringLiteral("611720")},
                    {QStringLiteral("origin"), QStringLiteral("RU")}}};
    QJsonObject o{{QStringLiteral("id"), i.id},
                  {QStringLiteral("category"), QStringLiteral("gift")},
                  {QStringLiteral("currency"), QStringLiteral("EUR")},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("date"), today()},
                  {QStringLiteral("signature"), QStringLiteral("Орлова М. С.")}};
    if (cn23) {
        o.insert(QStringLiteral("sender"), sender());
        o.insert(QStringLiteral("recipient"), recipient(i));
        o.insert(QStringLiteral("gross_weight_g"), static_cast<double>(std::max<qint64>(net, i.weightG)));
        o.insert(QStringLiteral("postal_charges"), i.totalKop / kRub);
        o.insert(QStringLiteral("comments"), QStringLiteral("Личные подарки / Personal gifts"));
        o.insert(QStringLiteral("office"), QString::fromUtf8(kOffice));
    }
    return o;
}

QJsonObject f107Data(const DemoDocumentItem& i)
{
    // The declared value split over three sample lines, adding up exactly.
    const qint64 a = i.declaredValueKop / 2;
    const qint64 b = i.declaredValueKop * 3 / 10;
    const qint64 c = i.declaredValueKop - a - b;
    QJsonArray items;
    const std::pair<const char*, qint64> lines[] = {
        {"Смартфон в упаковке", a}, {"Наушники беспроводные", b}, {"Чехол для смартфона", c}};
    for (const auto& [name, kop] : lines)
        items.append(QJsonObject{{QStringLiteral("description"), QString::fromUtf8(name)},
                                 {QStringLiteral("quantity"), 1},
                                 {QStringLiteral("value"), kop / kRub}});
    QJsonObject to = recipient(i);
    to.remove(QStringLiteral("phone"));
    QJsonObject from = sender();
    from.remove(QStringLiteral("phone"));
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("product"), product(i)},
            {QStringLiteral("sender"), from},
            {QStringLiteral("recipient"), to},
            {QStringLiteral("items"), items},
            {QStringLiteral("declared_value"), i.declaredValueKop / kRub},
            {QStringLiteral("operator"), QStringLiteral("Иванова А. С.")},
            {QStringLiteral("office"), QString::fromUtf8(kOffice)},
            {QStringLiteral("date"), today()}};
}

QJsonObject f112Data(const DemoDocumentItem& i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("amount"), i.codKop / kRub},
            {QStringLiteral("payee"), sender()},
            {QStringLiteral("payer"), recipient(i)},
            {QStringLiteral("message"), QStringLiteral("Наложенный платёж за отправление %1").arg(i.id)},
            {QStringLiteral("office"), QString::fromUtf8(kOffice)},
            {QStringLiteral("date"), today()}};
}

QJsonObject f116Data(const DemoDocumentItem& i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("product"), product(i)},
            {QStringLiteral("sender"), sender()},
            {QStringLiteral("recipient"), recipient(i)},
            {QStringLiteral("weight_g"), static_cast<double>(std::max<qint64>(1, i.weightG))},
            {QStringLiteral("declared_value"), i.declaredValueKop / kRub},
            {QStringLiteral("cod_amount"), i.codKop / kRub},
            {QStringLiteral("fee"), i.totalKop / kRub},
            {QStringLiteral("office"), QString::fromUtf8(kOffice)},
            {QStringLiteral("date"), today()}};
}

QJsonObject f22Data(const DemoDocumentItem& i)
{
    // Arrival in three days; stored 15 days for parcels, 30 for letters (DOMAIN.md §6), counted from
    // the day after arrival.
    const QDate arrival = QDate::currentDate().addDays(3);
    const int storage = isParcel(i) ? 15 : 30;
    QJsonObject to = recipient(i);
    to.remove(QStringLiteral("phone"));
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("product"), product(i)},
            {QStringLiteral("recipient"), to},
            {QStringLiteral("sender"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Орлова М. С.")},
                                                   {QStringLiteral("city"), QStringLiteral("Москва")}}},
            {QStringLiteral("weight_g"), static_cast<double>(std::max<qint64>(1, i.weightG))},
            {QStringLiteral("declared_value"), i.declaredValueKop / kRub},
            {QStringLiteral("cod_amount"), i.codKop / kRub},
            {QStringLiteral("office"), QStringLiteral("ОПС %1").arg(i.destination)},
            {QStringLiteral("office_address"), QStringLiteral("ул. Почтовая, д. 1")},
            {QStringLiteral("office_hours"), QStringLiteral("пн–пт 8:00–20:00, сб 9:00–18:00")},
            {QStringLiteral("date"), arrival.toString(Qt::ISODate)},
            {QStringLiteral("storage_until"), arrival.addDays(storage + 1).toString(Qt::ISODate)}};
}

} // namespace pc::services::demo_documents
