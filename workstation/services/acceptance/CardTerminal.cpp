#include "CardTerminal.h"

#include "drivers/core/QueuedCall.h"
#include "drivers/payment/TcpPaymentTerminal.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace pc::services {

Result<PaymentTerminalConfig> loadPaymentTerminalConfig(const QString& iniPath, bool demo)
{
    PaymentTerminalConfig c;
    c.kind = demo ? QStringLiteral("sim") : QStringLiteral("none");
    if (iniPath.isEmpty() || !QFileInfo::exists(iniPath))
        return c;
    QSettings s(iniPath, QSettings::IniFormat);
    const QString terminal = s.value(QStringLiteral("payment/terminal"), c.kind).toString().trimmed();
    bool ok = true;
    c.timeoutSecs = s.value(QStringLiteral("payment/timeout_s"), 90).toInt(&ok);
    if (!ok || c.timeoutSecs < 10 || c.timeoutSecs > 600)
        return Error{QStringLiteral("config.payment"),
                     QCoreApplication::translate("Payment", "%1: payment/timeout_s must be 10–600 seconds.")
                         .arg(iniPath)};
    if (terminal == u"none" || terminal == u"sim") {
        c.kind = terminal;
        return c;
    }
    const QUrl url(terminal);
    if (url.scheme() != u"tcp" || url.host().isEmpty() || url.port() <= 0)
        return Error{QStringLiteral("config.payment"),
                     QCoreApplication::translate("Payment", "%1: payment/terminal \"%2\" is not none, sim or "
                                                            "tcp://HOST:PORT.")
                         .arg(iniPath, terminal)};
    c.kind = QStringLiteral("tcp");
    c.host = url.host();
    c.port = quint16(url.port());
    return c;
}

Result<std::unique_ptr<CardTerminal>> CardTerminal::start(const PaymentTerminalConfig& config)
{
    std::unique_ptr<CardTerminal> t(new CardTerminal);
    t->m_timeoutMs = config.timeoutSecs * 1000;
    if (config.kind == u"none")
        return t;
    QString host = config.host;
    quint16 port = config.port;
    if (config.kind == u"sim") {
        t->m_simThread.setObjectName(QStringLiteral("pc-sim-terminal"));
        t->m_sim = new drivers::SimulatedPaymentTerminal;
        t->m_sim->moveToThread(&t->m_simThread);
        QObject::connect(&t->m_simThread, &QThread::finished, t->m_sim, &QObject::deleteLater);
        t->m_simThread.start();
        quint16 listening = 0;
        threads::callOnThreadOf(
            t->m_sim, [&] { listening = t->m_sim->listen() ? t->m_sim->port() : 0; },
            Qt::BlockingQueuedConnection);
        if (listening == 0)
            return Error{
                QStringLiteral("payment.sim"),
                QCoreApplication::translate("Payment", "The simulated card terminal could not start.")};
        host = QStringLiteral("127.0.0.1");
        port = listening;
    }
    t->m_client = std::make_unique<drivers::TcpPaymentTerminal>(host, port);
    return t;
}

CardTerminal::~CardTerminal()
{
    m_simThread.quit();
    m_simThread.wait();
}

} // namespace pc::services
