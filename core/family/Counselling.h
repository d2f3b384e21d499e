#pragma once
// One-to-one counselling (心理辅导, seed 003: 每月一次"一对一"心理咨询).
// Its text is the most sensitive in the program: lists get a
// CounsellingSummary, which holds no text at all (only that a note exists),
// so no list, log line or Action summary can show it by mistake. The whole
// session is read one at a time, to edit it or print it under 保密.
#include <QDate>
#include <QString>
#include <QTime>

namespace rr {

struct CounsellingSession {
    qint64 id = 0;
    qint64 studentId = 0;
    QDate date;
    QTime time;                    // invalid when not noted
    qint64 counsellorId = 0;       // staff, 0 for nobody on the staff list
    QString counsellorName;        // read-only, joined from staff
    QString topic;                 // 辅导主题
    QString observations;          // 观察与记录
    QString followUp;              // 后续跟进
    // The texts above were left out: security/Policy shows them to the
    // resource teacher and to the counsellor who held the session only.
    bool notesWithheld = false;
    bool operator==(const CounsellingSession &) const = default;
};

struct CounsellingSummary {
    qint64 id = 0;
    qint64 studentId = 0;
    QDate date;
    QTime time;
    qint64 counsellorId = 0;
    QString counsellorName;
    bool hasNotes = false;         // topic, observations or follow-up written
    bool operator==(const CounsellingSummary &) const = default;
};

} // namespace rr
