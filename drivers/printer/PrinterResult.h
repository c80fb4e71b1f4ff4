#pragma once
// Errors as values inside the driver layer, which cannot see pc::Result (domain). Same shape:
// a stable code ("printer.paper_out", "usb.unplugged") and a message an admin can act on. Services
// turn it into pc::Error one-to-one.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace pc::drivers {

struct PrinterError {
    QString code;
    QString message;
};

template <typename T> class [[nodiscard]] PrinterResult {
public:
    PrinterResult(T value) : m_v(std::move(value)) {}
    PrinterResult(PrinterError error) : m_v(std::move(error)) {}
    static PrinterResult fail(QString code, QString message)
    {
        return PrinterResult(PrinterError{std::move(code), std::move(message)});
    }
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_v); }
    T& value() & { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const PrinterError& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, PrinterError> m_v;
};

template <> class [[nodiscard]] PrinterResult<void> {
public:
    PrinterResult() = default;
    PrinterResult(PrinterError error) : m_error(std::move(error)) {}
    static PrinterResult fail(QString code, QString message)
    {
        return PrinterResult(PrinterError{std::move(code), std::move(message)});
    }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const PrinterError& error() const { return *m_error; }

private:
    std::optional<PrinterError> m_error;
};

using PrinterStatus = PrinterResult<void>;

} // namespace pc::drivers
