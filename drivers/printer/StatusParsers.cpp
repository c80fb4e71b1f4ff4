#include "StatusParsers.h"

#include <QList>

namespace pc::drivers {

namespace {
constexpr char kStx = 0x02;
constexpr char kEtx = 0x03;

PrinterError malformed(const QString& what)
{
    return PrinterError{QStringLiteral("printer.status_malformed"), what};
}

// Splits "STX … ETX [CR] [LF]" frames; anything outside a frame other than CR/LF is malformed.
PrinterResult<QList<QByteArray>> zplFrames(const QByteArray& a)
{
    QList<QByteArray> frames;
    qsizetype i = 0;
    while (i < a.size()) {
        const char c = a.at(i);
        if (c == '\r' || c == '\n') {
            ++i;
            continue;
        }
        if (c != kStx)
            return malformed(QStringLiteral("ZPL status: byte 0x%1 outside an STX…ETX line")
                                 .arg(quint8(c), 2, 16, QLatin1Char('0')));
        const qsizetype end = a.indexOf(kEtx, i + 1);
        if (end < 0)
            return malformed(QStringLiteral("ZPL status: a line has no ETX (answer cut short)"));
        const QByteArray body = a.mid(i + 1, end - i - 1);
        if (body.contains(kStx))
            return malformed(QStringLiteral("ZPL status: STX inside a line"));
        frames << body;
        i = end + 1;
    }
    return frames;
}

// A ZPL flag field is the single digit 0 or 1.
std::optional<bool> flag(const QList<QByteArray>& fields, int index)
{
    if (index >= fields.size())
        return std::nullopt;
    const QByteArray f = fields.at(index).trimmed();
    if (f == "0")
        return false;
    if (f == "1")
        return true;
    return std::nullopt;
}
} // namespace

PrinterState noAnswerState()
{
    return PrinterState::with(PrinterCondition::Offline, QStringLiteral("no answer to the status query"));
}

QByteArray zplHostStatusQuery()
{
    return QByteArrayLiteral("~HS");
}

QByteArray tsplStatusQuery()
{
    return QByteArrayLiteral("\x1b!?");
}

QByteArray escPosStatusQuery(int n)
{
    return QByteArray("\x10\x04", 2) + char(n);
}

PrinterResult<PrinterState> parseZplHostStatus(const QByteArray& answer)
{
    if (answer.isEmpty())
        return malformed(QStringLiteral("ZPL status: empty answer"));
    auto frames = zplFrames(answer);
    if (!frames)
        return frames.error();
    if (frames->size() < 2)
        return malformed(QStringLiteral("ZPL status: %1 line(s), expected 3").arg(frames->size()));
    const QList<QByteArray> s1 = frames->at(0).split(',');
    const QList<QByteArray> s2 = frames->at(1).split(',');
    if (s1.size() < 3 || s2.size() < 4)
        return malformed(
            QStringLiteral("ZPL status: too few fields (%1 and %2)").arg(s1.size()).arg(s2.size()));

    const auto paperOut = flag(s1, 1), paused = flag(s1, 2), headUp = flag(s2, 2), ribbonOut = flag(s2, 3);
    if (!paperOut || !paused || !headUp || !ribbonOut)
        return malformed(QStringLiteral("ZPL status: a flag is not 0 or 1"));
    PrinterState st;
    if (*paperOut)
        st.set(PrinterCondition::PaperOut);
    if (*paused)
        st.set(PrinterCondition::Paused);
    if (*headUp)
        st.set(PrinterCondition::HeadOpen);
    if (*ribbonOut)
        st.set(PrinterCondition::RibbonOut);
    // Optional trailing fields of string 1: corrupt RAM (9), under temperature (10), over (11).
    const struct {
        int index;
        const char* why;
    } errors[] = {
        {5, "receive buffer full"}, {9, "corrupt RAM"}, {10, "head too cold"}, {11, "head too hot"}};
    for (const auto& e : errors) {
        if (flag(s1, e.index).value_or(false)) {
            st.set(PrinterCondition::Error);
            st.addReason(QString::fromLatin1(e.why));
        }
    }
    return st;
}

PrinterResult<PrinterState> parseTsplStatus(const QByteArray& answer)
{
    if (answer.size() != 1)
        return malformed(QStringLiteral("TSPL status: %1 bytes, expected exactly 1").arg(answer.size()));
    const auto b = quint8(answer.at(0));
    PrinterState st;
    if (b & 0x01)
        st.set(PrinterCondition::HeadOpen);
    if (b & 0x02) {
        st.set(PrinterCondition::Error);
        st.addReason(QStringLiteral("paper jam"));
    }
    if (b & 0x04)
        st.set(PrinterCondition::PaperOut);
    if (b & 0x08)
        st.set(PrinterCondition::RibbonOut);
    if (b & 0x10)
        st.set(PrinterCondition::Paused);
    // b5 = printing: busy, not a problem.
    if (b & 0x40)
        st.set(PrinterCondition::CoverOpen);
    if (b & 0x80) {
        st.set(PrinterCondition::Error);
        st.addReason(QStringLiteral("head temperature or other error"));
    }
    return st;
}

PrinterResult<PrinterState> parseEscPosStatus(int n, quint8 b)
{
    if (n < 1 || n > 4)
        return malformed(QStringLiteral("ESC/POS status: DLE EOT %1 is not a status query").arg(n));
    if ((b & 0x93) != 0x12)
        return malformed(QStringLiteral("ESC/POS status: byte 0x%1 lacks the fixed bits of a DLE EOT answer")
                             .arg(b, 2, 16, QLatin1Char('0')));
    PrinterState st;
    switch (n) {
    case 1:
        if (b & 0x08)
            st.set(PrinterCondition::Offline);
        break;
    case 2:
        if (b & 0x04)
            st.set(PrinterCondition::CoverOpen);
        if (b & 0x20)
            st.set(PrinterCondition::PaperOut);
        if (b & 0x40) {
            st.set(PrinterCondition::Error);
            st.addReason(QStringLiteral("error reported by the printer"));
        }
        break;
    case 3:
        if (b & 0x08) {
            st.set(PrinterCondition::Error);
            st.addReason(QStringLiteral("cutter error"));
        }
        if (b & 0x20) {
            st.set(PrinterCondition::Error);
            st.addReason(QStringLiteral("unrecoverable error"));
        }
        if (b & 0x40) {
            st.set(PrinterCondition::Error);
            st.addReason(QStringLiteral("auto-recoverable error (head temperature)"));
        }
        break;
    case 4:
        if (b & 0x0C)
            st.set(PrinterCondition::PaperNearEnd);
        if (b & 0x60)
            st.set(PrinterCondition::PaperOut);
        break;
    }
    return st;
}

PrinterResult<PrinterState> parseEscPosStatusSet(const QByteArray& fourBytes)
{
    if (fourBytes.size() != 4)
        return malformed(
            QStringLiteral("ESC/POS status: %1 answers, expected 4 (DLE EOT 1–4)").arg(fourBytes.size()));
    PrinterState merged;
    for (int n = 1; n <= 4; ++n) {
        auto st = parseEscPosStatus(n, quint8(fourBytes.at(n - 1)));
        if (!st)
            return st.error();
        merged.conditions |= st->conditions;
        merged.addReason(st->reason);
    }
    // Paper out implies the near-end sensor too; report only the stronger condition.
    if (merged.has(PrinterCondition::PaperOut))
        merged.conditions &= ~static_cast<unsigned>(PrinterCondition::PaperNearEnd);
    return merged;
}

} // namespace pc::drivers
