#pragma once
// A card payment terminal's host software for the demo, the tests and an admin without hardware: a
// real TCP server speaking docs/payment-terminal.md. Each sale goes through waiting_card, pin and
// processing with short delays, then ends as chosen by setNextOutcome() or, by default, by a rule:
// amounts whose kopecks are 51, 54 or 55 are declined with that code, everything else is approved.
// It keeps a log of every operation, so tests can assert that a timed-out sale was cancelled.
// Lives in one thread (its own, when a blocking client runs in the test's thread); the setters and
// log() may be called from any thread.
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace pc::drivers {

class SimulatedPaymentTerminal : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Auto, // the kopecks rule above
        Approve,
        Decline,    // with Options::declineCode / declineMessage
        Timeout,    // progress, then silence until the client cancels
        Disconnect, // waiting_card, then the connection is closed
        Malformed,  // progress, then a line that is not JSON (the sale itself went through)
    };
    struct Options {
        int stepDelayMs = 300; // between progress lines
        QString declineCode = QStringLiteral("51");
        QString declineMessage = QStringLiteral("Insufficient funds");
    };
    struct Operation {
        QString op; // sale, cancel, status, or "invalid" for a request that could not be read
        QString id;
        qint64 amountKop = 0;
        QString reference;
        QString rrn;    // sale: the RRN it was approved with; cancel: the RRN asked for
        QString saleId; // cancel: the sale it cancelled
        // sale: approved, declined, no_answer, disconnected, malformed; cancel: cancelled, error;
        // status: ready, busy; invalid: error
        QString result;
    };

    explicit SimulatedPaymentTerminal(QObject* parent = nullptr) : SimulatedPaymentTerminal(Options{}, parent)
    {}
    explicit SimulatedPaymentTerminal(Options options, QObject* parent = nullptr);
    ~SimulatedPaymentTerminal() override;

    // Port 0 picks a free port; port() tells which.
    bool listen(quint16 port = 0, const QHostAddress& address = QHostAddress::LocalHost);
    quint16 port() const;
    QString errorString() const;

    void setNextOutcome(Outcome outcome);    // for the next sale only
    void setDefaultOutcome(Outcome outcome); // for every sale without a next outcome
    void setStepDelayMs(int ms);
    QList<Operation> operations() const;
    // Whether the sale with this request id was cancelled (by its id or its RRN).
    bool wasCancelled(const QString& saleId) const;

signals:
    void operationLogged(const pc::drivers::SimulatedPaymentTerminal::Operation& operation);

private:
    struct Sale {
        qint64 amountKop = 0;
        QString rrn;
        bool approved = false;
        bool pending = true;
        bool cancelled = false;
    };
    void onConnection();
    void onLine(QTcpSocket* socket, const QByteArray& line);
    void startSale(QTcpSocket* socket, const QString& id, qint64 amountKop, const QString& reference);
    void finishSale(QTcpSocket* socket, const QString& id, Outcome outcome);
    void cancel(QTcpSocket* socket, const QString& id, const QString& rrn, const QString& saleId);
    Outcome takeOutcome(qint64 amountKop);
    void log(Operation op);

    QTcpServer* m_server;
    QHash<QString, Sale> m_sales; // by request id; server thread only
    int m_serial = 0;             // server thread only

    mutable QMutex m_mutex; // guards the members below
    Options m_opt;
    Outcome m_default = Outcome::Auto;
    QList<Outcome> m_next;
    QList<Operation> m_log;
};

} // namespace pc::drivers
