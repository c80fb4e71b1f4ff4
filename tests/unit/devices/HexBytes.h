#pragma once
// Test helper: "03 04 02 00 E8 03" → bytes, and a span over them for the decoders.
#include "drivers/core/DecodeError.h"

#include <QByteArray>

inline QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

inline pc::drivers::Bytes bytesOf(const QByteArray& a)
{
    return {reinterpret_cast<const std::uint8_t*>(a.constData()), static_cast<std::size_t>(a.size())};
}
