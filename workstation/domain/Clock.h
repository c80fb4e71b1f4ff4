#pragma once
// Time is injected: shifts, storage periods and reports depend on it and tests must set it.
#include <QDateTime>

namespace pc {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until a test moves it.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime t) : m_t(std::move(t)) {}
    QDateTime nowUtc() const override { return m_t; }
    void set(QDateTime t) { m_t = std::move(t); }
    void advanceSecs(qint64 s) { m_t = m_t.addSecs(s); }

private:
    QDateTime m_t;
};

} // namespace pc
