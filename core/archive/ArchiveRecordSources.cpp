// Records kept in the program that satisfy an archive item. Each capability
// that keeps such records adds its source here.
#include "archive/ArchiveCompleteness.h"
#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QHash<qint64, QString> lrcConfirmations(const Database &db, int)
{
    QHash<qint64, QString> found;
    auto q = db.query(u"SELECT student_id, max(event_date) FROM lrc_events WHERE step = 'confirmed' GROUP BY student_id"_s);
    while (q && q->next())
        found.insert(q->value(0).toLongLong(), u"中心确认 "_s + q->value(1).toString());
    return found;
}

QHash<qint64, QString> familyHistories(const Database &db, int)
{
    QHash<qint64, QString> found;
    auto q = db.query(u"SELECT id FROM students WHERE trim(coalesce(family_situation, '')) <> '' "
                      "AND trim(coalesce(growth_history, '')) <> '' AND trim(coalesce(treatment_history, '')) <> ''"_s);
    while (q && q->next())
        found.insert(q->value(0).toLongLong(), u"已在系统中填写"_s);
    return found;
}

} // namespace

const QList<ArchiveRecordSourceEntry> &archiveRecordSources()
{
    static const QList<ArchiveRecordSourceEntry> sources{
        {ArchiveItem::LrcApplication, lrcConfirmations},
        {ArchiveItem::FamilyHistory, familyHistories},
    };
    return sources;
}

} // namespace rr
