#pragma once
// The payment terminal's host software reached over TCP (docs/payment-terminal.md). One connection
// per operation. Blocking (QTcpSocket::waitFor*): call it from a worker thread or the CLI, never the
// GUI thread, since a sale waits for the customer for up to its timeout.
#include "PaymentTerminal.h"

#include <utility>

class QTcpSocket;

namespace pc::drivers {

struct TerminalMessage;

class TcpPaymentTerminal : public PaymentTerminal {
public:
    struct Options {
        int connectTimeoutMs = 3000;
        int cancelTimeoutMs = 3000; // how long a cancel (explicit or best-effort) may take
    };
    TcpPaymentTerminal(QString host, quint16 port) : TcpPaymentTerminal(std::move(host), port, Options{}) {}
    TcpPaymentTerminal(QString host, quint16 port, Options options);

    PaymentTerminalResult<SaleApproval> sale(qint64 amountKop, const QString& reference,
                                             int timeoutMs) override;
    PaymentTerminalStatus cancel(const QString& rrn, qint64 amountKop) override;
    PaymentTerminalStatus status() override;
    QString address() const override;

private:
    struct Connection;
    PaymentTerminalStatus connect(Connection& c, int timeoutMs) const;
    // Sends request and waits for the final answer to it, skipping progress lines.
    PaymentTerminalResult<TerminalMessage> exchange(Connection& c, const QByteArray& request,
                                                    const QString& id, int timeoutMs) const;
    // After a timeout or a lost connection: cancel the sale by its id so the customer is not charged
    // twice. Reuses c when it is still connected. True when the terminal confirmed.
    bool cancelUnknownSale(Connection& c, const QString& saleId) const;

    QString m_host;
    quint16 m_port;
    Options m_opt;
};

} // namespace pc::drivers
