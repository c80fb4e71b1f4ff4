#pragma once
// The counter's card payment terminal, from the [payment] section of the configuration:
//   [payment]
//   terminal=tcp://10.0.0.15:8900   ; the terminal host software (docs/payment-terminal.md)
//   terminal=sim                    ; the built-in simulator (demo mode default)
//   terminal=none                   ; no card payments (default outside demo mode)
//   timeout_s=90                    ; how long a sale may wait for the customer's card and PIN
// A "sim" terminal runs the simulator server on its own thread and talks to it over TCP like a real one.
#include "domain/Result.h"

#include <QString>
#include <QThread>
#include <memory>

namespace pc::drivers {
class PaymentTerminal;
class SimulatedPaymentTerminal;
} // namespace pc::drivers

namespace pc::services {

struct PaymentTerminalConfig {
    QString kind = QStringLiteral("none"); // none | sim | tcp
    QString host;
    quint16 port = 0;
    int timeoutSecs = 90;
};

// A missing section gives "none" (or "sim" in demo mode); a malformed value is an error naming the key.
Result<PaymentTerminalConfig> loadPaymentTerminalConfig(const QString& iniPath, bool demo);

class CardTerminal {
public:
    static Result<std::unique_ptr<CardTerminal>> start(const PaymentTerminalConfig& config);
    ~CardTerminal();
    drivers::PaymentTerminal* terminal() const { return m_client.get(); }
    drivers::SimulatedPaymentTerminal* simulator() const { return m_sim; } // null unless "sim"
    int timeoutMs() const { return m_timeoutMs; }

private:
    CardTerminal() = default;
    std::unique_ptr<drivers::PaymentTerminal> m_client;
    drivers::SimulatedPaymentTerminal* m_sim = nullptr; // lives on m_simThread
    QThread m_simThread;
    int m_timeoutMs = 90000;
};

} // namespace pc::services
