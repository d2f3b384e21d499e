#include "students/StudentListModel.h"

#include "calendar/SchoolCalendar.h"

namespace rr {

namespace {
// "12班" → 12, so that class 10 sorts after class 9.
int leadingNumber(const QString &text)
{
    int value = 0;
    for (const QChar c : text) {
        if (!c.isDigit())
            break;
        value = value * 10 + c.digitValue();
    }
    return value;
}
} // namespace

StudentListModel::StudentListModel(std::shared_ptr<const Clock> clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(std::move(clock))
{
}

void StudentListModel::setRoster(QList<RosterEntry> roster)
{
    beginResetModel();
    m_roster = std::move(roster);
    endResetModel();
}

void StudentListModel::setStudents(const QList<StudentSummary> &students)
{
    QList<RosterEntry> roster;
    roster.reserve(students.size());
    for (const StudentSummary &s : students)
        roster.append(RosterEntry{s, LrcState::None, {}, pinyinKeys(s.name)});
    setRoster(std::move(roster));
}

int StudentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roster.size());
}

int StudentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StudentListModel::needsText(const StudentSummary &student)
{
    QStringList labels;
    for (const Need &need : student.needs)
        labels.append(needLabel(need.category));
    //: Separates the needs of one student in the roster
    return labels.join(tr(", "));
}

QVariant StudentListModel::display(const RosterEntry &entry, int column) const
{
    const StudentSummary &s = entry.student;
    switch (column) {
    case Name: return maskIdNumbersInText(s.name);   // a list: an ID number inside a name is masked too
    case Gender: return genderLabel(s.gender);
    case Age: return s.birthDate.isValid() ? ageText(ageAt(s.birthDate, m_clock->today())) : QString();
    case Class: return maskIdNumbersInText(classText(s.grade, s.className));
    case Needs: return needsText(s);
    case Placement: return placementLabel(s.placement);
    case LrcStatus: return lrcStateLabel(entry.lrcState);
    case HeadTeacher: return entry.headTeacher;
    case IdNumber: return s.maskedIdNumber;
    default: return {};
    }
}

QVariant StudentListModel::sortValue(const RosterEntry &entry, int column) const
{
    const StudentSummary &s = entry.student;
    switch (column) {
    case Age: {
        if (!s.birthDate.isValid())
            return -1;
        const rr::Age age = ageAt(s.birthDate, m_clock->today());
        return age.years * 12 + age.months;
    }
    case Class: return s.grade * 1000 + leadingNumber(s.className);
    case LrcStatus: return int(entry.lrcState);
    default: return display(entry, column);
    }
}

QVariant StudentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterEntry &entry = m_roster.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return display(entry, index.column());
    case RecordRole: return QVariant::fromValue(entry.student);
    case EntryRole: return QVariant::fromValue(entry);
    case SortRole: return sortValue(entry, index.column());
    default: return {};
    }
}

QVariant StudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Gender: return tr("Gender");
    case Age: return tr("Age");
    case Class: return tr("Class");
    case Needs: return tr("Needs");
    case Placement: return tr("Placement");
    case LrcStatus: return tr("LRC status");
    case HeadTeacher: return tr("Head teacher");
    case IdNumber: return tr("ID number");
    default: return {};
    }
}

} // namespace rr
