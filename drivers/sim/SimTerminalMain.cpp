// postcounter-sim-terminal: the simulated card payment terminal as a standalone server, so an admin
// can check the terminal settings of a workstation without a PIN pad (docs/payment-terminal.md).
#include "SimulatedPaymentTerminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using pc::drivers::SimulatedPaymentTerminal;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postcounter-sim-terminal"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Simulated card payment terminal (PostCounter terminal protocol over TCP). Amounts ending in 51, 54 "
        "or 55 kopecks are declined with that code; everything else is approved."));
    p.addHelpOption();
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("TCP port (0: any free port)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption listenOpt(QStringLiteral("listen"),
                                       QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                       QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption delayOpt(QStringLiteral("delay-ms"),
                                      QStringLiteral("Delay between progress messages (default 300)."),
                                      QStringLiteral("ms"), QStringLiteral("300"));
    const QCommandLineOption declineAll(QStringLiteral("decline-all"),
                                        QStringLiteral("Decline every sale (code 51)."));
    const QCommandLineOption timeoutAll(QStringLiteral("timeout-all"),
                                        QStringLiteral("Never answer a sale (until it is cancelled)."));
    p.addOptions({portOpt, listenOpt, delayOpt, declineAll, timeoutAll});
    p.process(app);

    QTextStream err(stderr);
    bool portOk = false, delayOk = false;
    const uint port = p.value(portOpt).toUInt(&portOk);
    const int delay = p.value(delayOpt).toInt(&delayOk);
    const QHostAddress address(p.value(listenOpt));
    if (!portOk || port > 65535 || !delayOk || delay < 0 || address.isNull()) {
        err << "postcounter-sim-terminal: --port must be 0-65535, --delay-ms >= 0, --listen an IP address\n";
        return 2;
    }
    if (p.isSet(declineAll) && p.isSet(timeoutAll)) {
        err << "postcounter-sim-terminal: --decline-all and --timeout-all exclude each other\n";
        return 2;
    }
    SimulatedPaymentTerminal::Options opt;
    opt.stepDelayMs = delay;
    SimulatedPaymentTerminal terminal(opt);
    if (p.isSet(declineAll))
        terminal.setDefaultOutcome(SimulatedPaymentTerminal::Outcome::Decline);
    if (p.isSet(timeoutAll))
        terminal.setDefaultOutcome(SimulatedPaymentTerminal::Outcome::Timeout);
    if (!terminal.listen(static_cast<quint16>(port), address)) {
        err << "postcounter-sim-terminal: cannot listen on " << address.toString() << ':' << port << ": "
            << terminal.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << address.toString() << ':' << terminal.port() << Qt::endl;
    QObject::connect(&terminal, &SimulatedPaymentTerminal::operationLogged, &app,
                     [&out](const SimulatedPaymentTerminal::Operation& op) {
                         out << op.op << ' ' << op.id << ' ' << op.amountKop << " kop " << op.result
                             << (op.rrn.isEmpty() ? QString() : QStringLiteral(" rrn ") + op.rrn) << Qt::endl;
                     });
    return QCoreApplication::exec();
}
