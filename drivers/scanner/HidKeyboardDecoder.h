#pragma once
// USB HID boot-keyboard reports (8 bytes: modifiers, reserved, key1..key6) from a keyboard-mode
// scanner claimed through libusb, decoded to text with a fixed US layout: the OS keyboard layout and
// shortcuts never see the scan. Ctrl+letter becomes the control character the symbol carried
// (Ctrl+D → 0x04); the validation layer decides what to do with it.
#include "drivers/core/DecodeError.h"

#include <QString>
#include <array>

namespace pc::drivers {

inline constexpr std::size_t kBootReportSize = 8;

// The character for one key usage with the given modifiers; 0 if it has none (F-keys, arrows).
// Enter (0x28, keypad 0x58) → '\r', Tab (0x2B) → '\t'.
char16_t bootKeyChar(std::uint8_t usage, std::uint8_t modifiers);

// Follows the key state across reports: a key produces its character when it first appears.
class BootKeyboardAssembler {
public:
    struct Step {
        QString typed;           // characters added by this report (terminator excluded)
        bool terminated = false; // Enter (or Tab when tabTerminates) was pressed
    };
    explicit BootKeyboardAssembler(bool tabTerminates = true) : m_tabTerminates(tabTerminates) {}
    Decoded<Step> feed(Bytes report);
    void reset() { m_held.fill(0); }

private:
    std::array<std::uint8_t, 6> m_held{};
    bool m_tabTerminates;
};

// A capture of consecutive reports (n × 8 bytes) → the text up to the first terminator (or all).
Decoded<QString> decodeBootKeyboardReports(Bytes reports);

} // namespace pc::drivers
