// Records kept in the program that satisfy an archive item. Each capability
// that keeps such records adds its source here.
#include "archive/ArchiveCompleteness.h"
#include "assessment/Instrument.h"
#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

using Evidence = Result<QHash<qint64, QString>>;

// Rows of (student id, text).
Result<QList<std::pair<qint64, QString>>> studentTexts(const Database &db, const QString &sql, const SqlParams &params)
{
    return readList(db, sql, params, [](const SqlRows &q) { return std::pair{q.value(0).toLongLong(), q.value(1).toString()}; });
}

// Each student's text as the evidence; a student with several rows keeps the last.
Evidence evidenceOf(const Database &db, const QString &sql, const SqlParams &params, const QString &prefix)
{
    auto rows = studentTexts(db, sql, params);
    if (!rows)
        return rows.error();
    QHash<qint64, QString> found;
    for (const auto &[student, text] : std::as_const(*rows))
        found.insert(student, prefix + text);
    return found;
}

Evidence lrcConfirmations(const Database &db, int)
{
    return evidenceOf(db, u"SELECT student_id, max(event_date) FROM lrc_events e WHERE step = 'confirmed' "
                          "AND NOT EXISTS (SELECT 1 FROM lrc_corrections c WHERE c.event_id = e.id) GROUP BY student_id"_s,
                      {}, u"中心确认 "_s);
}

Evidence familyHistories(const Database &db, int)
{
    return evidenceOf(db, u"SELECT id, '已在系统中填写' FROM students WHERE trim(coalesce(family_situation, '')) <> '' "
                          "AND trim(coalesce(growth_history, '')) <> '' AND trim(coalesce(treatment_history, '')) <> ''"_s,
                      {}, QString());
}

// IEPs that took effect in a semester of the school year (drafts do not count).
Evidence iepRecords(const Database &db, int schoolYear)
{
    auto rows = studentTexts(db, u"SELECT i.student_id, s.name FROM ieps i JOIN semesters s ON s.id = i.semester_id "
                                 "WHERE s.school_year = :y AND i.status IN ('active', 'evaluation', 'archived') ORDER BY s.start_date"_s,
                             {{":y", schoolYear}});
    if (!rows)
        return rows.error();
    QHash<qint64, QString> found;
    for (const auto &[student, semester] : std::as_const(*rows))
        found.insert(student, found.contains(student) ? QString(found.value(student) + u"、"_s + semester)
                                                      : QString(u"个别化教育计划 "_s + semester));
    return found;
}

// Assessments of the given instruments dated in the school year: the semester
// holding the date decides, or else the usual September start.
Evidence assessmentsOf(const Database &db, int schoolYear, bool (*kind)(Instrument))
{
    QString instruments = u","_s;
    for (Instrument i : allInstruments())
        if (kind(i))
            instruments += instrumentKey(i) + u","_s;
    return evidenceOf(db, u"SELECT a.student_id, max(a.assessed_on) FROM assessments a "
                      "LEFT JOIN semesters s ON a.assessed_on BETWEEN s.start_date AND s.end_date "
                      "WHERE instr(:list, ',' || a.instrument || ',') > 0 AND coalesce(s.school_year, "
                      "CAST(strftime('%Y', a.assessed_on) AS INTEGER) - (CAST(strftime('%m', a.assessed_on) AS INTEGER) < 8)) = :y "
                      "GROUP BY a.student_id"_s,
                      {{":list", instruments}, {":y", schoolYear}}, u"评估 "_s);
}

Evidence intelligenceAssessments(const Database &db, int schoolYear)
{
    return assessmentsOf(db, schoolYear, isIntelligenceInstrument);
}

Evidence adaptiveAssessments(const Database &db, int schoolYear)
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
