#include "SimulatedPaymentTerminal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace pc::drivers {

namespace {

void send(QTcpSocket* socket, const QJsonObject& o)
{
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

QJsonObject answer(const QString& id, const QString& result)
{
    QJsonObject o{{QStringLiteral("result"), result}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    return o;
}

QJsonObject errorAnswer(const QString& id, const QString& message)
{
    QJsonObject o = answer(id, QStringLiteral("error"));
    o.insert(QStringLiteral("message"), message);
    return o;
}

} // namespace

SimulatedPaymentTerminal::SimulatedPaymentTerminal(Options options, QObject* parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_opt(std::move(options))
{
    connect(m_server, &QTcpServer::newConnection, this, &SimulatedPaymentTerminal::onConnection);
}

SimulatedPaymentTerminal::~SimulatedPaymentTerminal() = default;

bool SimulatedPaymentTerminal::listen(quint16 port, const QHostAddress& address)
{
    return m_server->listen(address, port);
}

quint16 SimulatedPaymentTerminal::port() const
{
    return m_server->serverPort();
}

QString SimulatedPaymentTerminal::errorString() const
{
    return m_server->errorString();
}

void SimulatedPaymentTerminal::setNextOutcome(Outcome outcome)
{
    QMutexLocker lock(&m_mutex);
    m_next.append(outcome);
}

void SimulatedPaymentTerminal::setDefaultOutcome(Outcome outcome)
{
    QMutexLocker lock(&m_mutex);
    m_default = outcome;
}

void SimulatedPaymentTerminal::setStepDelayMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_opt.stepDelayMs = ms;
}

QList<SimulatedPaymentTerminal::Operation> SimulatedPaymentTerminal::operations() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

bool SimulatedPaymentTerminal::wasCancelled(const QString& saleId) const
{
    QMutexLocker lock(&m_mutex);
    for (const Operation& op : m_log)
        if (op.op == QLatin1StringView("cancel") && op.saleId == saleId &&
            op.result == QLatin1StringView("cancelled"))
            return true;
    return false;
}

void SimulatedPaymentTerminal::log(Operation op)
{
    {
        QMutexLocker lock(&m_mutex);
        m_log.append(op);
    }
    emit operationLogged(op);
}

SimulatedPaymentTerminal::Outcome SimulatedPaymentTerminal::takeOutcome(qint64 amountKop)
{
    Outcome o;
    {
        QMutexLocker lock(&m_mutex);
        o = m_next.isEmpty() ? m_default : m_next.takeFirst();
    }
    if (o != Outcome::Auto)
        return o;
    const qint64 kop = amountKop % 100;
    return kop == 51 || kop == 54 || kop == 55 ? Outcome::Decline : Outcome::Approve;
}

void SimulatedPaymentTerminal::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine())
                onLine(socket, socket->readLine().trimmed());
            if (socket->bytesAvailable() > 4096) { // a client that never sends a newline
                send(socket, errorAnswer({}, QStringLiteral("request line too long")));
                socket->disconnectFromHost();
            }
        });
    }
}

void SimulatedPaymentTerminal::onLine(QTcpSocket* socket, const QByteArray& line)
{
    if (line.isEmpty())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    const QJsonObject o = doc.object();
    const QString op = o.value(QLatin1StringView("op")).toString();
    const QString id = o.value(QLatin1StringView("id")).toString();
    if (op == QLatin1StringView("sale")) {
        const double amount = o.value(QLatin1StringView("amount_kop")).toDouble();
        const auto kop = static_cast<qint64>(amount);
        if (id.isEmpty() || kop <= 0 || amount != static_cast<double>(kop) ||
            o.value(QLatin1StringView("currency")).toString(QStringLiteral("RUB")) !=
                QLatin1StringView("RUB")) {
            send(socket,
                 errorAnswer(id, QStringLiteral("a sale needs an id, a positive amount_kop and RUB")));
            log({QStringLiteral("invalid"), id, kop, {}, {}, {}, QStringLiteral("error")});
            return;
        }
        startSale(socket, id, kop, o.value(QLatin1StringView("ref")).toString());
    } else if (op == QLatin1StringView("cancel")) {
        cancel(socket, id, o.value(QLatin1StringView("rrn")).toString(),
               o.value(QLatin1StringView("sale_id")).toString());
    } else if (op == QLatin1StringView("status")) {
        bool busy = false;
        for (const Sale& s : std::as_const(m_sales))
            busy = busy || s.pending;
        const QString result = busy ? QStringLiteral("busy") : QStringLiteral("ready");
        send(socket, answer(id, result));
        log({QStringLiteral("status"), id, 0, {}, {}, {}, result});
    } else {
        send(socket, errorAnswer(id, QStringLiteral("unknown or missing \"op\"")));
        log({QStringLiteral("invalid"), id, 0, {}, {}, {}, QStringLiteral("error")});
    }
}

void SimulatedPaymentTerminal::startSale(QTcpSocket* socket, const QString& id, qint64 amountKop,
                                         const QString& reference)
{
    if (m_sales.contains(id)) {
        send(socket, errorAnswer(id, QStringLiteral("duplicate sale id")));
        return;
    }
    m_sales.insert(id, Sale{amountKop, {}, false, true, false});
    const Outcome outcome = takeOutcome(amountKop);
    int delay;
    {
        QMutexLocker lock(&m_mutex);
        delay = m_opt.stepDelayMs;
    }
    // Log the request at once (the final result is logged by finishSale), so a test sees it even if
    // the client gives up.
    log({QStringLiteral("sale"), id, amountKop, reference, {}, {}, QStringLiteral("started")});
    const QStringList steps = outcome == Outcome::Disconnect
                                  ? QStringList{QStringLiteral("waiting_card")}
                                  : QStringList{QStringLiteral("waiting_card"), QStringLiteral("pin"),
                                                QStringLiteral("processing")};
    const QPointer<QTcpSocket> guard(socket);
    for (int i = 0; i < steps.size(); ++i)
        QTimer::singleShot(delay * i, socket, [this, guard, id, step = steps[i]] {
            if (guard && m_sales.value(id).pending)
                send(guard, {{QStringLiteral("id"), id}, {QStringLiteral("status"), step}});
        });
    QTimer::singleShot(delay * static_cast<int>(steps.size()), socket, [this, guard, id, outcome] {
        if (guard)
            finishSale(guard, id, outcome);
    });
}

void SimulatedPaymentTerminal::finishSale(QTcpSocket* socket, const QString& id, Outcome outcome)
{
    Sale& sale = m_sales[id];
    if (!sale.pending)
        return; // cancelled while the customer was at the PIN pad
    Operation op{QStringLiteral("sale"), id, sale.amountKop, {}, {}, {}, {}};
    auto approve = [&] {
        ++m_serial;
        sale.approved = true;
        sale.rrn = QStringLiteral("%1").arg(531000000000LL + m_serial, 12, 10, QLatin1Char('0'));
        op.rrn = sale.rrn;
    };
    switch (outcome) {
    case Outcome::Auto: // resolved by takeOutcome()
    case Outcome::Approve: {
        approve();
        const QString auth =
            QStringLiteral("%1").arg((m_serial * 7919 + 100003) % 1000000, 6, 10, QLatin1Char('0'));
        send(socket, {{QStringLiteral("id"), id},
                      {QStringLiteral("result"), QStringLiteral("approved")},
                      {QStringLiteral("auth_code"), auth},
                      {QStringLiteral("rrn"), sale.rrn},
                      {QStringLiteral("card"), QStringLiteral("**** 4276")},
                      {QStringLiteral("amount_kop"), sale.amountKop}});
        op.result = QStringLiteral("approved");
        break;
    }
    case Outcome::Decline: {
        // The kopecks rule declines with the code in the amount; an explicit Decline uses the options.
        QString code, message;
        {
            QMutexLocker lock(&m_mutex);
            code = m_opt.declineCode;
            message = m_opt.declineMessage;
        }
        const qint64 kop = sale.amountKop % 100;
        if (kop == 54) {
            code = QStringLiteral("54");
            message = QStringLiteral("Expired card");
        } else if (kop == 55) {
            code = QStringLiteral("55");
            message = QStringLiteral("Incorrect PIN");
        }
        send(socket, {{QStringLiteral("id"), id},
                      {QStringLiteral("result"), QStringLiteral("declined")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("message"), message}});
        op.result = QStringLiteral("declined");
        break;
    }
    case Outcome::Timeout:
        op.result = QStringLiteral("no_answer");
        log(op);
        return; // still pending: only a cancel ends it
    case Outcome::Disconnect:
        op.result = QStringLiteral("disconnected");
        socket->abort();
        break;
    case Outcome::Malformed:
        approve(); // the bank approved; the host software garbled the answer
        socket->write("APPROVED " + sale.rrn.toLatin1() + " ***\n");
        op.result = QStringLiteral("malformed");
        break;
    }
    sale.pending = false;
    log(op);
}

void SimulatedPaymentTerminal::cancel(QTcpSocket* socket, const QString& id, const QString& rrn,
                                      const QString& saleId)
{
    Operation op{QStringLiteral("cancel"), id, 0, {}, rrn, saleId, {}};
    QString target = saleId;
    if (target.isEmpty() && !rrn.isEmpty()) {
        for (auto it = m_sales.cbegin(); it != m_sales.cend(); ++it)
            if (it->approved && it->rrn == rrn)
                target = it.key();
    }
    if (target.isEmpty()) {
        send(socket,
             errorAnswer(id, rrn.isEmpty() ? QStringLiteral("a cancel needs \"rrn\" or \"sale_id\"")
                                           : QStringLiteral("no approved sale with RRN %1").arg(rrn)));
        op.result = QStringLiteral("error");
        log(op);
        return;
    }
    // Cancelling a sale the terminal never completed is not an error: nothing was charged.
    Sale& sale = m_sales[target];
    sale.pending = false;
    sale.cancelled = true;
    op.saleId = target;
    op.amountKop = sale.amountKop;
    op.rrn = sale.rrn;
    op.result = QStringLiteral("cancelled");
    send(socket, answer(id, QStringLiteral("cancelled")));
    log(op);
}

} // namespace pc::drivers
