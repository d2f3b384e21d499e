#include "audit/AuditLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Label {
    const char *key;
    const char *text;
};

QString lookUp(const QList<Label> &labels, const QString &key)
{
    for (const Label &label : labels)
        if (key == QLatin1String(label.key))
            return QCoreApplication::translate("rr::Audit", label.text);
    return key;
}

const QList<Label> &areas()
{
    static const QList<Label> list{
        {"student", QT_TRANSLATE_NOOP("rr::Audit", "Student")},
        {"roster", QT_TRANSLATE_NOOP("rr::Audit", "Roster")},
        {"attachment", QT_TRANSLATE_NOOP("rr::Audit", "Archive file")},
        {"lrc", QT_TRANSLATE_NOOP("rr::Audit", "LRC status")},
        {"iep", QT_TRANSLATE_NOOP("rr::Audit", "IEP")},
        {"assessment", QT_TRANSLATE_NOOP("rr::Audit", "Assessment")},
        {"plan", QT_TRANSLATE_NOOP("rr::Audit", "Training plan")},
        {"training", QT_TRANSLATE_NOOP("rr::Audit", "Training record")},
        {"timetable", QT_TRANSLATE_NOOP("rr::Audit", "Timetable")},
        {"usage", QT_TRANSLATE_NOOP("rr::Audit", "Room usage")},
        {"inspection", QT_TRANSLATE_NOOP("rr::Audit", "Record inspection")},
        {"family", QT_TRANSLATE_NOOP("rr::Audit", "Family and counselling")},
        {"ledger", QT_TRANSLATE_NOOP("rr::Audit", "Ledger")},
        {"staff", QT_TRANSLATE_NOOP("rr::Audit", "Staff")},
        {"room", QT_TRANSLATE_NOOP("rr::Audit", "Room")},
        {"semester", QT_TRANSLATE_NOOP("rr::Audit", "Semester")},
        {"calendar", QT_TRANSLATE_NOOP("rr::Audit", "School calendar")},
        {"school", QT_TRANSLATE_NOOP("rr::Audit", "School")},
        {"guidance", QT_TRANSLATE_NOOP("rr::Audit", "Guidance visit")},
        {"group", QT_TRANSLATE_NOOP("rr::Audit", "Working group")},
        {"contact", QT_TRANSLATE_NOOP("rr::Audit", "Contact")},
        {"activity", QT_TRANSLATE_NOOP("rr::Audit", "Activity")},
        {"funding", QT_TRANSLATE_NOOP("rr::Audit", "Funding")},
        {"goalbank", QT_TRANSLATE_NOOP("rr::Audit", "Goal bank")},
        {"settings", QT_TRANSLATE_NOOP("rr::Audit", "Settings")},
        {"user", QT_TRANSLATE_NOOP("rr::Audit", "Current user")},
        {"backup", QT_TRANSLATE_NOOP("rr::Audit", "Backup")},
        {"demo", QT_TRANSLATE_NOOP("rr::Audit", "Demo school")},
        {"bench", QT_TRANSLATE_NOOP("rr::Audit", "Benchmark school")},
        {"retention", QT_TRANSLATE_NOOP("rr::Audit", "Retention")},
        {"access", QT_TRANSLATE_NOOP("rr::Audit", "Read")},
        {"account", QT_TRANSLATE_NOOP("rr::Audit", "Account")},
    };
    return list;
}

const QList<Label> &verbs()
{
    static const QList<Label> list{
        {"add", QT_TRANSLATE_NOOP("rr::Audit", "added")},       {"create", QT_TRANSLATE_NOOP("rr::Audit", "added")},
        {"update", QT_TRANSLATE_NOOP("rr::Audit", "changed")},  {"save", QT_TRANSLATE_NOOP("rr::Audit", "changed")},
        {"set", QT_TRANSLATE_NOOP("rr::Audit", "changed")},     {"remove", QT_TRANSLATE_NOOP("rr::Audit", "deleted")},
        {"delete", QT_TRANSLATE_NOOP("rr::Audit", "deleted")},  {"import", QT_TRANSLATE_NOOP("rr::Audit", "imported")},
        {"sign", QT_TRANSLATE_NOOP("rr::Audit", "signed")},     {"amend", QT_TRANSLATE_NOOP("rr::Audit", "amended")},
        {"correct", QT_TRANSLATE_NOOP("rr::Audit", "corrected")}, {"step", QT_TRANSLATE_NOOP("rr::Audit", "step recorded")},
        {"student", QT_TRANSLATE_NOOP("rr::Audit", "student page opened")},
        {"counselling", QT_TRANSLATE_NOOP("rr::Audit", "counselling notes shown")},
    };
    return list;
}

const QList<Label> &fields()
{
    static const QList<Label> list{
        {"name", QT_TRANSLATE_NOOP("rr::Audit", "Name")},
        {"gender", QT_TRANSLATE_NOOP("rr::Audit", "Gender")},
        {"birth_date", QT_TRANSLATE_NOOP("rr::Audit", "Date of birth")},
        {"ethnicity", QT_TRANSLATE_NOOP("rr::Audit", "Ethnicity")},
        {"id_number", QT_TRANSLATE_NOOP("rr::Audit", "ID number")},
        {"grade", QT_TRANSLATE_NOOP("rr::Audit", "Grade")},
        {"class_name", QT_TRANSLATE_NOOP("rr::Audit", "Class")},
        {"head_teacher_id", QT_TRANSLATE_NOOP("rr::Audit", "Head teacher")},
        {"enrolment_date", QT_TRANSLATE_NOOP("rr::Audit", "Enrolment date")},
        {"placement", QT_TRANSLATE_NOOP("rr::Audit", "Placement")},
        {"certificate_number", QT_TRANSLATE_NOOP("rr::Audit", "Certificate number")},
        {"family_situation", QT_TRANSLATE_NOOP("rr::Audit", "Family situation")},
        {"growth_history", QT_TRANSLATE_NOOP("rr::Audit", "Growth history")},
        {"treatment_history", QT_TRANSLATE_NOOP("rr::Audit", "Treatment history")},
        {"medical_history", QT_TRANSLATE_NOOP("rr::Audit", "Medical history")},
        {"notes", QT_TRANSLATE_NOOP("rr::Audit", "Notes")},
        {"note", QT_TRANSLATE_NOOP("rr::Audit", "Note")},
        {"photo", QT_TRANSLATE_NOOP("rr::Audit", "Photo")},
        {"created_at", QT_TRANSLATE_NOOP("rr::Audit", "Created")},
        {"updated_at", QT_TRANSLATE_NOOP("rr::Audit", "Updated")},
        {"recorded_at", QT_TRANSLATE_NOOP("rr::Audit", "Recorded")},
        {"relation", QT_TRANSLATE_NOOP("rr::Audit", "Relation")},
        {"phone", QT_TRANSLATE_NOOP("rr::Audit", "Phone")},
        {"address", QT_TRANSLATE_NOOP("rr::Audit", "Address")},
        {"content", QT_TRANSLATE_NOOP("rr::Audit", "Content")},
        {"topic", QT_TRANSLATE_NOOP("rr::Audit", "Topic")},
        {"text", QT_TRANSLATE_NOOP("rr::Audit", "Text")},
        {"long_term", QT_TRANSLATE_NOOP("rr::Audit", "Long-term goal")},
        {"meeting_date", QT_TRANSLATE_NOOP("rr::Audit", "Meeting date")},
        {"session_date", QT_TRANSLATE_NOOP("rr::Audit", "Date")},
        {"start_time", QT_TRANSLATE_NOOP("rr::Audit", "Start")},
        {"end_time", QT_TRANSLATE_NOOP("rr::Audit", "End")},
        {"signed_at", QT_TRANSLATE_NOOP("rr::Audit", "Signed at")},
        {"signed_by", QT_TRANSLATE_NOOP("rr::Audit", "Signed by")},
        {"position", QT_TRANSLATE_NOOP("rr::Audit", "Order")},
        {"value", QT_TRANSLATE_NOOP("rr::Audit", "Value")},
        {"education", QT_TRANSLATE_NOOP("rr::Audit", "Education")},
        {"occupation", QT_TRANSLATE_NOOP("rr::Audit", "Employer and occupation")},
        {"observations", QT_TRANSLATE_NOOP("rr::Audit", "Observations")},
        {"follow_up", QT_TRANSLATE_NOOP("rr::Audit", "Follow-up")},
        {"family_present", QT_TRANSLATE_NOOP("rr::Audit", "Family present")},
        {"family_views", QT_TRANSLATE_NOOP("rr::Audit", "Family's views")},
        {"results", QT_TRANSLATE_NOOP("rr::Audit", "Results")},
        {"conclusion", QT_TRANSLATE_NOOP("rr::Audit", "Conclusion")},
        {"message", QT_TRANSLATE_NOOP("rr::Audit", "Message")},
        {"data", QT_TRANSLATE_NOOP("rr::Audit", "File contents")},
    };
    return list;
}

} // namespace

QString auditAreaLabel(const QString &area)
{
    return lookUp(areas(), area);
}

QString auditKindLabel(const QString &kind)
{
    const QString area = kind.section(u'.', 0, 0);
    const QString verb = kind.section(u'.', -1);
    const QString areaText = auditAreaLabel(area);
    const QString verbText = lookUp(verbs(), verb);
    if (verbText == verb)
        return areaText;   // a verb without a label: the area says enough
    return QCoreApplication::translate("rr::Audit", "%1: %2").arg(areaText, verbText);
}

QString auditTableLabel(const QString &table)
{
    static const QList<Label> tables{
        {"students", QT_TRANSLATE_NOOP("rr::Audit", "Student")},
        {"student_needs", QT_TRANSLATE_NOOP("rr::Audit", "Need")},
        {"guardians", QT_TRANSLATE_NOOP("rr::Audit", "Guardian")},
        {"ieps", QT_TRANSLATE_NOOP("rr::Audit", "IEP")},
        {"iep_goals", QT_TRANSLATE_NOOP("rr::Audit", "IEP goal")},
        {"training_sessions", QT_TRANSLATE_NOOP("rr::Audit", "Training record")},
        {"session_students", QT_TRANSLATE_NOOP("rr::Audit", "Training record student")},
        {"counselling_sessions", QT_TRANSLATE_NOOP("rr::Audit", "Counselling record")},
        {"family_contacts", QT_TRANSLATE_NOOP("rr::Audit", "Family contact")},
        {"attachments", QT_TRANSLATE_NOOP("rr::Audit", "Archive file")},
        {"settings", QT_TRANSLATE_NOOP("rr::Audit", "Setting")},
        {"staff", QT_TRANSLATE_NOOP("rr::Audit", "Staff")},
    };
    return lookUp(tables, table);
}

QString auditFieldLabel(const QString &field)
{
    // A need's category is only ever shown masked; other tables' categories
    // are stored keys, so it is not among the labelled fields.
    if (field == QLatin1String("category"))
        return QCoreApplication::translate("rr::Audit", "Category");
    return lookUp(fields(), field);
}

bool hasAuditFieldLabel(const QString &field)
{
    for (const Label &label : fields())
        if (field == QLatin1String(label.key))
            return true;
    return false;
}

QStringList auditAreas()
{
    QStringList keys;
    for (const Label &label : areas())
        keys << QLatin1String(label.key);
    return keys;
}

} // namespace rr
