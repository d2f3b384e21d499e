#pragma once
// One probe of one objective: what the teacher wrote down after a session.
// The series of these is all the progress math works on; it never touches
// the database, so the chart, the printed page and the tests share it.
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

struct DataPoint {
    QDate date;
    double value = 0.0;
    QString note;
    qint64 sessionId = 0;   // the training session it came from; 0 = entered by hand
    bool operator==(const DataPoint &) const = default;
};

// Which way is "better". A skill (正确率, 坐定时间) must increase; a problem
// behaviour such as 离座次数 must decrease, which flips the four-point rule.
enum class Direction { Increase, Decrease };

QString directionKey(Direction direction);
bool directionFromKey(const QString &key, Direction *direction);
QString directionChinese(Direction direction);
QString directionLabel(Direction direction);

// The points in date order. Teachers enter late probes afterwards, so every
// function sorts first; the sort is stable so same-day probes keep their order.
QList<DataPoint> sortedByDate(QList<DataPoint> points);

} // namespace rr
