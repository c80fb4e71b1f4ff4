#pragma once
// Errors as values inside the driver layer, which cannot see pc::Result (domain). Same shape as
// PrinterResult, plus what a payment failure needs: which kind of failure it was (the service reacts
// differently to a decline than to a lost connection) and, for a decline, the bank's response code.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace pc::drivers {

enum class PaymentFailure {
    Declined,      // the bank or the terminal refused the card; the customer was not charged
    Timeout,       // no final answer in time; a cancel was sent so the customer is not charged twice
    Unavailable,   // cannot connect, or the connection dropped mid-transaction
    ProtocolError, // the terminal sent something that is not the protocol (docs/payment-terminal.md)
};

struct PaymentTerminalError {
    PaymentFailure failure = PaymentFailure::Unavailable;
    QString code;        // stable: payment.declined, payment.timeout, payment.unavailable, payment.protocol
    QString message;     // for the clerk, translated, says what to do next
    QString bankCode;    // Declined: the response code from the host ("51")
    QString bankMessage; // Declined: the terminal's own text ("Insufficient funds")
    bool cancelConfirmed = false; // Timeout / dropped: the terminal confirmed the best-effort cancel
};

template <typename T> class [[nodiscard]] PaymentTerminalResult {
public:
    PaymentTerminalResult(T value) : m_v(std::move(value)) {}
    PaymentTerminalResult(PaymentTerminalError error) : m_v(std::move(error)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_v); }
    T& value() & { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const PaymentTerminalError& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, PaymentTerminalError> m_v;
};

template <> class [[nodiscard]] PaymentTerminalResult<void> {
public:
    PaymentTerminalResult() = default;
    PaymentTerminalResult(PaymentTerminalError error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const PaymentTerminalError& error() const { return *m_error; }

private:
    std::optional<PaymentTerminalError> m_error;
};

using PaymentTerminalStatus = PaymentTerminalResult<void>;

} // namespace pc::drivers
