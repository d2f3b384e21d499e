#pragma once
// Something about a student's record that should be checked by a person
// (待核对): raised by the roster import when a row was imported despite a
// doubt (certificate against category or grade, sex against the ID number,
// an implausible phone number), kept until someone marks it as checked.
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class ReviewKind { Certificate, GenderId, Phone, Other };

QString reviewKindKey(ReviewKind kind);            // stored: certificate, gender_id, phone, other
ReviewKind reviewKindFromKey(const QString &key);
QString reviewKindLabel(ReviewKind kind);          // translated

struct ReviewFlag {
    qint64 id = 0;
    qint64 studentId = 0;
    ReviewKind kind = ReviewKind::Other;
    QString message;        // in the language of the day it was raised
    QString source;         // e.g. "花名册导入：roster.xlsx 第3行"
    QDate createdOn;
    QDate resolvedOn;       // invalid while open
    QString resolvedBy;
    bool isOpen() const { return !resolvedOn.isValid(); }
    bool operator==(const ReviewFlag &) const = default;
};

// A flag with the student it belongs to, for the 待核对 list.
struct PendingReview {
    ReviewFlag flag;
    QString studentName;
    int grade = 0;
    QString className;
    bool operator==(const PendingReview &) const = default;
};

} // namespace rr
