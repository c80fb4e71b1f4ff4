#pragma once
// Protocol decoders are pure functions over bytes; what they return when a frame is not a weight or
// a scan. pc_drivers cannot see pc::Result (domain), so the driver layer has its own small value type.
#include <QString>
#include <cstdint>
#include <span>
#include <variant>

namespace pc::drivers {

using Bytes = std::span<const std::uint8_t>;

enum class DecodeErrc {
    Truncated,   // fewer bytes than the frame needs or declares
    BadHeader,   // wrong sync bytes / report id / frame start
    BadLength,   // a declared length outside what the protocol allows
    BadChecksum, // CRC / BCC mismatch
    BadValue,    // a field holds a value the protocol does not define (unit, exponent, digits)
    DeviceError, // the device answered with an error (busy, syntax error, not supported)
    NotAWeight,  // a well-formed frame that carries no weight (ack, status report)
};

struct DecodeError {
    DecodeErrc code = DecodeErrc::BadValue;
    const char* detail = ""; // static English text for logs and `devices decode`

    QString message() const;
    const char* codeName() const; // "truncated", "bad_checksum", …
};

// A decoded value or the reason it is not one. Small and allocation-free so decoders stay fast.
template <typename T> class [[nodiscard]] Decoded {
public:
    Decoded(T value) : m_v(std::move(value)) {}
    Decoded(DecodeError e) : m_v(e) {}
    static Decoded fail(DecodeErrc c, const char* detail) { return Decoded(DecodeError{c, detail}); }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(m_v); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const DecodeError& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, DecodeError> m_v;
};

} // namespace pc::drivers
