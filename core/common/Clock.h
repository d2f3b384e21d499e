#pragma once
// "Today" always comes from a Clock so that deadline and compliance rules can
// be tested on any day: production code gets SystemClock, tests FixedClock.
#include <QDate>
#include <QDateTime>
#include <memory>

namespace rr {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    explicit FixedClock(QDate day) : m_at(day.startOfDay().addSecs(9 * 3600)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

std::shared_ptr<const Clock> systemClock();

} // namespace rr
