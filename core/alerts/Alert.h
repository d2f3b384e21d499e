#pragma once
// Something the resource teacher should act on soon, from any part of the
// program (IEP reviews, equipment, family contact …), for the Today page and
// `resourceroom-cli alerts`. Each part supplies its alerts through one
// AlertSource, registered once in AlertSources.cpp.
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace rr {

class Clock;
class Database;

enum class AlertUrgency { Upcoming, Due, Overdue };

struct Alert {
    QString area;         // stable key of the source, e.g. "iep", "ledger"
    QString kind;         // stable key inside the area, e.g. "loan-overdue"
    AlertUrgency urgency = AlertUrgency::Due;
    QDate date;           // when it is or was due
    QString subject;      // what it is about: a student, an item (never an ID number or a need)
    QString text;         // translated, one line
    bool operator==(const Alert &) const = default;
};

class AlertSource {
public:
    virtual ~AlertSource() = default;
    virtual QString area() const = 0;
    // The alerts as of the clock's today. A failed read is an error, never "no alerts".
    virtual Result<QList<Alert>> alerts(const std::shared_ptr<Database> &db, const Clock &clock) const = 0;
};

// Overdue first, then due, then upcoming; within each by date, then subject.
void sortAlerts(QList<Alert> &alerts);

} // namespace rr
