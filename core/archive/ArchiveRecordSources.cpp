// Records kept in the program that satisfy an archive item. Each capability
// that keeps such records adds its source here.
#include "archive/ArchiveCompleteness.h"
#include "assessment/Instrument.h"
#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QHash<qint64, QString> lrcConfirmations(const Database &db, int)
{
    QHash<qint64, QString> found;
    auto q = db.exec(u"SELECT student_id, max(event_date) FROM lrc_events e WHERE step = 'confirmed' "
                      "AND NOT EXISTS (SELECT 1 FROM lrc_corrections c WHERE c.event_id = e.id) GROUP BY student_id"_s);
    while (q && q->next())
        found.insert(q->value(0).toLongLong(), u"中心确认 "_s + q->value(1).toString());
    return found;
}

QHash<qint64, QString> familyHistories(const Database &db, int)
{
    QHash<qint64, QString> found;
    auto q = db.exec(u"SELECT id FROM students WHERE trim(coalesce(family_situation, '')) <> '' "
                      "AND trim(coalesce(growth_history, '')) <> '' AND trim(coalesce(treatment_history, '')) <> ''"_s);
    while (q && q->next())
        found.insert(q->value(0).toLongLong(), u"已在系统中填写"_s);
    return found;
}

// IEPs that took effect in a semester of the school year (drafts do not count).
QHash<qint64, QString> iepRecords(const Database &db, int schoolYear)
{
    QHash<qint64, QString> found;
    auto q = db.exec(u"SELECT i.student_id, s.name FROM ieps i JOIN semesters s ON s.id = i.semester_id "
                      "WHERE s.school_year = :y AND i.status IN ('active', 'evaluation', 'archived') ORDER BY s.start_date"_s,
                      {{":y", schoolYear}});
    while (q && q->next()) {
        const qint64 student = q->value(0).toLongLong();
        const QString semester = q->value(1).toString();
        found.insert(student, found.contains(student) ? QString(found.value(student) + u"、"_s + semester)
                                                      : QString(u"个别化教育计划 "_s + semester));
    }
    return found;
}

// Assessments of the given instruments dated in the school year: the semester
// holding the date decides, or else the usual September start.
QHash<qint64, QString> assessmentsOf(const Database &db, int schoolYear, bool (*kind)(Instrument))
{
    QString instruments = u","_s;
    for (Instrument i : allInstruments())
        if (kind(i))
            instruments += instrumentKey(i) + u","_s;
    QHash<qint64, QString> found;
    auto q = db.exec(u"SELECT a.student_id, max(a.assessed_on) FROM assessments a "
                      "LEFT JOIN semesters s ON a.assessed_on BETWEEN s.start_date AND s.end_date "
                      "WHERE instr(:list, ',' || a.instrument || ',') > 0 AND coalesce(s.school_year, "
                      "CAST(strftime('%Y', a.assessed_on) AS INTEGER) - (CAST(strftime('%m', a.assessed_on) AS INTEGER) < 8)) = :y "
                      "GROUP BY a.student_id"_s,
                      {{":list", instruments}, {":y", schoolYear}});
    while (q && q->next())
        found.insert(q->value(0).toLongLong(), u"评估 "_s + q->value(1).toString());
    return found;
}

QHash<qint64, QString> intelligenceAssessments(const Database &db, int schoolYear)
{
    return assessmentsOf(db, schoolYear, isIntelligenceInstrument);
}

QHash<qint64, QString> adaptiveAssessments(const Database &db, int schoolYear)
{
    return assessmentsOf(db, schoolYear, isAdaptiveInstrument);
}

} // namespace

const QList<ArchiveRecordSourceEntry> &archiveRecordSources()
{
    static const QList<ArchiveRecordSourceEntry> sources{
        {ArchiveItem::LrcApplication, lrcConfirmations},
        {ArchiveItem::FamilyHistory, familyHistories},
        {ArchiveItem::IepRecords, iepRecords},
        {ArchiveItem::AssessmentReports, intelligenceAssessments},
        {ArchiveItem::AdaptiveAssessment, adaptiveAssessments},
    };
    return sources;
}

} // namespace rr
