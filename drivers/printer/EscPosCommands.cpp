#include "EscPosCommands.h"

namespace pc::drivers::escpos {

QByteArray initialize()
{
    return QByteArrayLiteral("\x1b\x40");
}

QByteArray fullCut()
{
    return QByteArray("\x1d\x56\x00", 3);
}

QByteArray partialCut()
{
    return QByteArrayLiteral("\x1d\x56\x01");
}

QByteArray feedAndCut(quint8 lines, bool partial)
{
    QByteArray b("\x1d\x56", 2);
    b.append(char(partial ? 66 : 65));
    b.append(char(lines));
    return b;
}

QByteArray drawerKick(int pin, quint8 onTime, quint8 offTime)
{
    QByteArray b("\x1b\x70", 2);
    b.append(char(pin == 5 ? 1 : 0));
    b.append(char(onTime));
    b.append(char(offTime));
    return b;
}

QByteArray selectCodeTable(quint8 table)
{
    QByteArray b("\x1b\x74", 2);
    b.append(char(table));
    return b;
}

namespace {
// Cyrillic letters only; the rest of both pages is ASCII below 0x80.
int cyrillic(char16_t u, CodePage page)
{
    const bool upper = u >= 0x0410 && u <= 0x042F;
    const bool lower = u >= 0x0430 && u <= 0x044F;
    if (page == CodePage::Cp1251) {
        if (upper || lower)
            return 0xC0 + (u - 0x0410);
        if (u == 0x0401)
            return 0xA8; // Ё
        if (u == 0x0451)
            return 0xB8; // ё
        if (u == 0x2116)
            return 0xB9; // №
        return -1;
    }
    if (upper)
        return 0x80 + (u - 0x0410);
    if (u >= 0x0430 && u <= 0x043F)
        return 0xA0 + (u - 0x0430);
    if (u >= 0x0440 && u <= 0x044F)
        return 0xE0 + (u - 0x0440);
    if (u == 0x0401)
        return 0xF0;
    if (u == 0x0451)
        return 0xF1;
    if (u == 0x2116)
        return 0xFC;
    return -1;
}
} // namespace

QByteArray encode(const QString& text, CodePage page)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(char(u));
            continue;
        }
        const int b = cyrillic(u, page);
        out.append(b < 0 ? '?' : char(b));
    }
    return out;
}

} // namespace pc::drivers::escpos
