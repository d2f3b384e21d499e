#pragma once
#include "students/CitizenId.h"
#include "students/Need.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class Placement { RegularClass, SpecialClass, HomeDelivery };  // 随班就读 / 特教班 / 送教上门

struct Guardian {
    QString name;
    QString relation;   // 父亲, 母亲, 祖母 …
    QString phone;
    QString address;
    bool isContact = false;
    QString education;  // 文化程度: 初中, 高中, 大专 …
    QString occupation; // 工作单位及职业: 县医院 护士
    bool operator==(const Guardian &) const = default;
};

// The whole student record. Fields from idNumber down are sensitive: lists
// show StudentSummary instead, with the ID masked.
struct Student {
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString ethnicity;
    QString idNumber;
    int grade = 0;                 // 1–9 (七年级 = 7), 0 unknown
    QString className;             // 3班
    qint64 headTeacherId = 0;
    QString headTeacherName;       // read-only, joined from staff
    QDate enrolmentDate;
    Placement placement = Placement::RegularClass;
    QString certificateNumber;
    QList<Need> needs;
    QList<Guardian> guardians;
    QString familySituation;
    QString growthHistory;
    QString treatmentHistory;
    QString medicalHistory;
    QString notes;
    QByteArray photo;
    bool operator==(const Student &) const = default;
};

// What a list row needs; never carries the unmasked ID.
struct StudentSummary {
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    int grade = 0;
    QString className;
    Placement placement = Placement::RegularClass;
    QString maskedIdNumber;
    QList<Need> needs;
    bool operator==(const StudentSummary &) const = default;
};

QString genderKey(Gender gender);
Gender genderFromKey(const QString &key);
QString genderChinese(Gender gender);
QString genderLabel(Gender gender);
QString placementKey(Placement placement);
Placement placementFromKey(const QString &key);
QString placementChinese(Placement placement);
QString placementLabel(Placement placement);
QString classText(int grade, const QString &className);   // 三年级3班

} // namespace rr
