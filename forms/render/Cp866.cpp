#include "Cp866.h"

namespace pc::forms::render {

QByteArray toCp866(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x80)
            out += static_cast<char>(c);
        else if (c >= 0x410 && c <= 0x43F) // А..Я а..п
            out += static_cast<char>(0x80 + (c - 0x410));
        else if (c >= 0x440 && c <= 0x44F) // р..я
            out += static_cast<char>(0xE0 + (c - 0x440));
        else if (c == 0x401)
            out += static_cast<char>(0xF0);
        else if (c == 0x451)
            out += static_cast<char>(0xF1);
        else if (c == 0x2116) // №
            out += static_cast<char>(0xFC);
        else if (c == 0x00B0) // °
            out += static_cast<char>(0xF8);
        else if (c == 0x00A0 || c == 0x202F)
            out += ' ';
        else if (c == 0x20BD) // ₽ is not in CP866
            out += QByteArray("\xE0.", 2);
        else if (c == 0x2014 || c == 0x2013)
            out += '-';
        else if (c == 0x00D7)
            out += 'x';
        else
            out += '?';
    }
    return out;
}

QString fromCp866(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            out += QChar(char16_t(b));
        else if (b <= 0xAF)
            out += QChar(0x410 + (b - 0x80));
        else if (b >= 0xE0 && b <= 0xEF)
            out += QChar(0x440 + (b - 0xE0));
        else if (b == 0xF0)
            out += QChar(0x401);
        else if (b == 0xF1)
            out += QChar(0x451);
        else if (b == 0xFC)
            out += QChar(0x2116);
        else if (b == 0xF8)
            out += QChar(0xB0);
        else
            out += u'?';
    }
    return out;
}

} // namespace pc::forms::render
