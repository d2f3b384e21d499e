#pragma once
// Contact with a student's family (家校联系): home visits, calls, parent
// meetings, guidance for training at home, parent training, and messages
// (微信/短信 — recorded here, never sent by the program). Family details are
// sensitive: never in a log line or an Action summary.
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace rr {

enum class ContactKind { HomeVisit, Phone, ParentMeeting, TrainingGuidance, ParentTraining, Message };
QList<ContactKind> allContactKinds();
QString contactKindKey(ContactKind kind);            // home_visit …, as stored
bool contactKindFromKey(const QString &key, ContactKind *kind);
QString contactKindChinese(ContactKind kind);        // 家访 …, as printed
QString contactKindLabel(ContactKind kind);          // translated, for screens

struct FamilyContact {
    qint64 id = 0;
    qint64 studentId = 0;
    ContactKind kind = ContactKind::HomeVisit;
    QDate date;
    QTime time;                    // invalid when not noted
    qint64 staffId = 0;            // who made the contact, 0 for nobody on the staff list
    QString staffName;             // read-only, joined from staff
    QString familyPresent;         // 参与家庭成员, e.g. 母亲、祖母
    QString content;               // 联系内容
    QString familyViews;           // 家庭情况及家长意见
    QString followUp;              // 商定的后续措施
    QDate followUpDue;             // invalid when none agreed
    bool operator==(const FamilyContact &) const = default;
};

// What the monthly checks need of a record (a contact or a counselling session).
struct DatedRecord {
    qint64 studentId = 0;
    QDate date;
    bool operator==(const DatedRecord &) const = default;
};

// A student as the monthly checks see them.
struct FamilyCheckStudent {
    qint64 id = 0;
    QString name;
    QDate enrolmentDate;       // a month due before it is not held against the school
    bool operator==(const FamilyCheckStudent &) const = default;
};

} // namespace rr
