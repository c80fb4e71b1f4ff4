#include "TcpPaymentTerminal.h"

#include "PaymentMessages.h"
#include "PaymentProtocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPayment, "pc.drivers.payment", QtInfoMsg)

namespace pc::drivers {

struct TcpPaymentTerminal::Connection {
    QTcpSocket socket;
    QByteArray buffer; // bytes received after the last complete line
};

namespace {

PaymentTerminalError failure(PaymentFailure kind, QString message)
{
    PaymentTerminalError e;
    e.failure = kind;
    switch (kind) {
    case PaymentFailure::Declined:
        e.code = QStringLiteral("payment.declined");
        break;
    case PaymentFailure::Timeout:
        e.code = QStringLiteral("payment.timeout");
        break;
    case PaymentFailure::Unavailable:
        e.code = QStringLiteral("payment.unavailable");
        break;
    case PaymentFailure::ProtocolError:
        e.code = QStringLiteral("payment.protocol");
        break;
    }
    e.message = std::move(message);
    return e;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

enum class Read { Line, Timeout, Dropped };

Read readLine(QTcpSocket& s, QByteArray& buffer, const QDeadlineTimer& deadline, QByteArray* line)
{
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n');
        if (nl >= 0) {
            *line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (line->endsWith('\r'))
                line->chop(1);
            if (line->trimmed().isEmpty())
                continue; // blank keep-alive lines are allowed
            return Read::Line;
        }
        if (buffer.size() > 4096) { // no newline in sight: let the parser reject it
            *line = std::exchange(buffer, {});
            return Read::Line;
        }
        if (s.state() != QAbstractSocket::ConnectedState)
            return Read::Dropped;
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return Read::Timeout;
        if (!s.waitForReadyRead(static_cast<int>(left))) {
            buffer += s.readAll();
            if (buffer.contains('\n'))
                continue;
            if (s.state() != QAbstractSocket::ConnectedState)
                return Read::Dropped;
            if (deadline.hasExpired())
                return Read::Timeout;
            continue;
        }
        buffer += s.readAll();
    }
}

} // namespace

TcpPaymentTerminal::TcpPaymentTerminal(QString host, quint16 port, Options options)
    : m_host(std::move(host)), m_port(port), m_opt(options)
{}

QString TcpPaymentTerminal::address() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

PaymentTerminalStatus TcpPaymentTerminal::connect(Connection& c, int timeoutMs) const
{
    c.socket.connectToHost(m_host, m_port);
    if (c.socket.waitForConnected(timeoutMs))
        return {};
    const QString why =
        c.socket.error() == QAbstractSocket::SocketTimeoutError
            ? QCoreApplication::translate("PaymentTerminal", "no answer in %1 ms").arg(timeoutMs)
            : c.socket.errorString();
    c.socket.abort();
    return failure(PaymentFailure::Unavailable,
                   QCoreApplication::translate(
                       "PaymentTerminal",
                       "Cannot reach the payment terminal at %1 (%2). Check that the terminal and its host "
                       "software are switched on and that the address in Settings → Devices is right; "
                       "meanwhile take cash.")
                       .arg(address(), why));
}

PaymentTerminalResult<TerminalMessage> TcpPaymentTerminal::exchange(Connection& c, const QByteArray& request,
                                                                    const QString& id, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    c.socket.write(request);
    if (!c.socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime())))
        qCDebug(lcPayment) << "request to" << address() << "still being written:" << c.socket.errorString();
    for (;;) {
        QByteArray bytes;
        switch (readLine(c.socket, c.buffer, deadline, &bytes)) {
        case Read::Timeout:
            return failure(PaymentFailure::Timeout,
                           QCoreApplication::translate("PaymentTerminal",
                                                       "The payment terminal at %1 did not answer in %2 s.")
                               .arg(address())
                               .arg(timeoutMs / 1000.0, 0, 'f', 1));
        case Read::Dropped:
            return failure(
                PaymentFailure::Unavailable,
                QCoreApplication::translate(
                    "PaymentTerminal", "The payment terminal at %1 closed the connection before answering.")
                    .arg(address()));
        case Read::Line:
            break;
        }
        auto parsed = parseTerminalLine(bytes);
        if (!parsed) {
            qCWarning(lcPayment) << "malformed line from" << address() << bytes.left(200)
                                 << parsed.error().message;
            return failure(PaymentFailure::ProtocolError,
                           QCoreApplication::translate(
                               "PaymentTerminal",
                               "The payment terminal at %1 sent an answer that is not understood (%2). Check "
                               "that its host software speaks the PostCounter terminal protocol.")
                               .arg(address(), parsed.error().message));
        }
        const TerminalMessage& m = *parsed;
        if (!m.id.isEmpty() && m.id != id) {
            qCDebug(lcPayment) << "ignoring a line for another request" << m.id;
            continue; // a late answer to an earlier request on a reused session
        }
        if (m.type == TerminalMessage::Type::Progress) {
            qCDebug(lcPayment) << address() << "progress" << m.status;
            continue;
        }
        return parsed;
    }
}

bool TcpPaymentTerminal::cancelUnknownSale(Connection& c, const QString& saleId) const
{
    Connection fresh;
    Connection* use = &c;
    if (c.socket.state() != QAbstractSocket::ConnectedState) {
        if (!connect(fresh, m_opt.connectTimeoutMs)) {
            qCWarning(lcPayment) << "could not reconnect to" << address() << "to cancel sale" << saleId;
            return false;
        }
        use = &fresh;
    }
    const QString id = newId();
    const auto answer = exchange(*use, cancelSaleByIdRequest(id, saleId), id, m_opt.cancelTimeoutMs);
    const bool ok = answer && answer->type == TerminalMessage::Type::Cancelled;
    if (!ok)
        qCWarning(lcPayment) << "the cancel of sale" << saleId << "at" << address() << "was not confirmed";
    return ok;
}

PaymentTerminalResult<SaleApproval> TcpPaymentTerminal::sale(qint64 amountKop, const QString& reference,
                                                             int timeoutMs)
{
    if (amountKop <= 0)
        return failure(
            PaymentFailure::ProtocolError,
            QCoreApplication::translate("PaymentTerminal",
                                        "A card payment needs a positive amount; this one is %1 kopecks.")
                .arg(amountKop));
    Connection c;
    if (auto st = connect(c, qMin(timeoutMs, m_opt.connectTimeoutMs)); !st)
        return st.error();
    const QString saleId = newId();
    qCInfo(lcPayment) << "sale" << saleId << amountKop << "kop at" << address();
    auto answer = exchange(c, saleRequest(saleId, amountKop, reference), saleId, timeoutMs);

    if (answer && answer->type == TerminalMessage::Type::Approved) {
        if (answer->amountKop == amountKop)
            return SaleApproval{answer->authCode, answer->rrn, answer->card, answer->amountKop};
        // Approved for another amount: never accept it, reverse it at once.
        const bool cancelled = cancel(answer->rrn, answer->amountKop).ok();
        auto e =
            failure(PaymentFailure::ProtocolError,
                    QCoreApplication::translate(
                        "PaymentTerminal",
                        "The payment terminal at %1 approved %2 kopecks instead of %3. The payment was %4; "
                        "check the terminal's last transactions before trying again.")
                        .arg(address())
                        .arg(answer->amountKop)
                        .arg(amountKop)
                        .arg(cancelled ? QCoreApplication::translate("PaymentTerminal", "cancelled")
                                       : QCoreApplication::translate("PaymentTerminal", "NOT cancelled")));
        e.cancelConfirmed = cancelled;
        return e;
    }
    if (answer && answer->type == TerminalMessage::Type::Declined) {
        auto e = failure(PaymentFailure::Declined, declineMessage(answer->code, answer->message));
        e.bankCode = answer->code;
        e.bankMessage = answer->message;
        return e;
    }
    if (answer && answer->type == TerminalMessage::Type::Error)
        return failure(PaymentFailure::Unavailable,
                       QCoreApplication::translate(
                           "PaymentTerminal",
                           "The payment terminal at %1 refused the payment: %2. Wait until it shows its idle "
                           "screen and try again, or take cash.")
                           .arg(address(), answer->message));

    // No usable answer: the outcome is unknown, so cancel by id before telling the clerk.
    const PaymentFailure kind = answer ? PaymentFailure::ProtocolError : answer.error().failure;
    const bool cancelled = cancelUnknownSale(c, saleId);
    const QString after =
        cancelled
            ? QCoreApplication::translate(
                  "PaymentTerminal",
                  "The terminal confirmed the payment is cancelled; the customer is not charged. Try "
                  "again or take cash.")
            : QCoreApplication::translate(
                  "PaymentTerminal",
                  "The payment could not be cancelled automatically: check the terminal's screen and its "
                  "last transactions before trying again, so the customer is not charged twice.");
    QString what;
    switch (kind) {
    case PaymentFailure::Timeout:
        what = QCoreApplication::translate(
                   "PaymentTerminal", "The payment terminal at %1 did not finish the payment within %2 s.")
                   .arg(address())
                   .arg(timeoutMs / 1000.0, 0, 'f', 1);
        break;
    case PaymentFailure::Unavailable:
        what = QCoreApplication::translate(
                   "PaymentTerminal",
                   "The connection to the payment terminal at %1 was lost during the payment.")
                   .arg(address());
        break;
    default:
        what = answer ? QCoreApplication::translate(
                            "PaymentTerminal",
                            "The payment terminal at %1 gave an unexpected answer to a payment.")
                            .arg(address())
                      : answer.error().message;
        break;
    }
    auto e = failure(kind, what + u' ' + after);
    e.cancelConfirmed = cancelled;
    return e;
}

PaymentTerminalStatus TcpPaymentTerminal::cancel(const QString& rrn, qint64 amountKop)
{
    Connection c;
    if (auto st = connect(c, m_opt.connectTimeoutMs); !st)
        return st;
    const QString id = newId();
    qCInfo(lcPayment) << "cancel rrn" << rrn << amountKop << "kop at" << address();
    auto answer = exchange(c, cancelRequest(id, rrn, amountKop), id, m_opt.cancelTimeoutMs);
    if (!answer) {
        auto e = answer.error();
        e.message += u' ' + QCoreApplication::translate(
                                "PaymentTerminal",
                                "The payment with RRN %1 may still be charged: cancel it on the terminal "
                                "itself.")
                                .arg(rrn);
        return e;
    }
    switch (answer->type) {
    case TerminalMessage::Type::Cancelled:
        return {};
    case TerminalMessage::Type::Declined:
    case TerminalMessage::Type::Error: {
        auto e =
            failure(PaymentFailure::Declined,
                    QCoreApplication::translate(
                        "PaymentTerminal",
                        "The payment terminal at %1 refused to cancel the payment with RRN %2: %3. Cancel "
                        "it on the terminal itself or call the bank's support line.")
                        .arg(address(), rrn, answer->message));
        e.bankCode = answer->code;
        e.bankMessage = answer->message;
        return e;
    }
    default:
        return failure(
            PaymentFailure::ProtocolError,
            QCoreApplication::translate("PaymentTerminal",
                                        "The payment terminal at %1 gave an unexpected answer to a cancel.")
                .arg(address()));
    }
}

PaymentTerminalStatus TcpPaymentTerminal::status()
{
    Connection c;
    if (auto st = connect(c, m_opt.connectTimeoutMs); !st)
        return st;
    const QString id = newId();
    auto answer = exchange(c, statusRequest(id), id, m_opt.connectTimeoutMs);
    if (!answer)
        return answer.error();
    if (answer->type == TerminalMessage::Type::Ready)
        return {};
    if (answer->type == TerminalMessage::Type::Busy)
        return failure(PaymentFailure::Unavailable,
                       QCoreApplication::translate(
                           "PaymentTerminal", "The payment terminal at %1 is busy with another operation.")
                           .arg(address()));
    return failure(
        PaymentFailure::ProtocolError,
        QCoreApplication::translate(
            "PaymentTerminal", "The payment terminal at %1 gave an unexpected answer to a status request.")
            .arg(address()));
}

} // namespace pc::drivers
