#include "iep/TeamMeetingEditor.h"
#include "calendar/ScreenDate.h"

#include "iep/EnumCombo.h"
#include "students/OptionalDate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

TeamMeetingEditor::TeamMeetingEditor(QWidget *parent) : QWidget(parent)
{
    auto *teamBox = new QGroupBox(tr("Team"), this);
    m_team = new QTableWidget(0, ColumnCount, teamBox);
    m_team->setObjectName(u"teamTable"_s);
    m_team->setHorizontalHeaderLabels({tr("Role"), tr("Name")});
    m_team->verticalHeader()->hide();
    m_team->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_team->setColumnWidth(Role, 180);
    m_team->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addMember = new QPushButton(tr("Add member"), teamBox);
    m_addMember->setObjectName(u"addMember"_s);
    m_removeMember = new QPushButton(tr("Remove member"), teamBox);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_addMember);
    teamButtons->addWidget(m_removeMember);
    teamButtons->addStretch(1);
    auto *teamLayout = new QVBoxLayout(teamBox);
    teamLayout->addWidget(m_team);
    teamLayout->addLayout(teamButtons);

    auto *meetingBox = new QGroupBox(tr("Meeting"), this);
    m_meetingDate = makeOptionalDateEdit(meetingBox);
    m_meetingDate->setObjectName(u"meetingDate"_s);
    m_minutes = new QPlainTextEdit(meetingBox);
    m_minutes->setObjectName(u"meetingMinutes"_s);
    m_minutes->setPlaceholderText(tr("地点：… / 主持：… / 记录：… on the first lines, then the discussion, then 决定：and "
                                     "the decisions."));
    auto *meetingLayout = new QFormLayout(meetingBox);
    meetingLayout->addRow(tr("Date"), m_meetingDate);
    meetingLayout->addRow(tr("Minutes"), m_minutes);

    auto *reviewBox = new QGroupBox(tr("Review dates"), this);
    m_reviews = new QListWidget(reviewBox);
    m_reviews->setObjectName(u"reviewList"_s);
    m_reviews->setMaximumHeight(90);
    m_reviewDate = new QDateEdit(reviewBox);   // the dialog sets it to the clock's today
    m_reviewDate->setObjectName(u"reviewDate"_s);
    m_reviewDate->setCalendarPopup(true);
    m_addReview = new QPushButton(tr("Add review date"), reviewBox);
    m_addReview->setObjectName(u"addReview"_s);
    m_removeReview = new QPushButton(tr("Remove"), reviewBox);
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(m_reviewDate);
    reviewButtons->addWidget(m_addReview);
    reviewButtons->addWidget(m_removeReview);
    reviewButtons->addStretch(1);
    auto *reviewLayout = new QVBoxLayout(reviewBox);
    reviewLayout->addWidget(m_reviews);
    reviewLayout->addLayout(reviewButtons);

    auto *left = new QVBoxLayout;
    left->addWidget(teamBox, 1);
    left->addWidget(reviewBox);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(meetingBox, 1);

    connect(m_addMember, &QPushButton::clicked, this, [this] {
        addMember();
        m_team->setCurrentCell(m_team->rowCount() - 1, Name);
        m_team->editItem(m_team->item(m_team->rowCount() - 1, Name));
    });
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        if (m_team->currentRow() >= 0) {
            m_team->removeRow(m_team->currentRow());
            emit changed();
        }
    });
    connect(m_team, &QTableWidget::itemChanged, this, &TeamMeetingEditor::changed);
    connect(m_meetingDate, &QDateEdit::dateChanged, this, &TeamMeetingEditor::changed);
    connect(m_minutes, &QPlainTextEdit::textChanged, this, &TeamMeetingEditor::changed);
    connect(m_addReview, &QPushButton::clicked, this, [this] { addReviewDate(m_reviewDate->date()); });
    connect(m_removeReview, &QPushButton::clicked, this, [this] {
        delete m_reviews->takeItem(m_reviews->currentRow());
        emit changed();
    });
}

void TeamMeetingEditor::addMember(const IepTeamMember &member)
{
    const int row = m_team->rowCount();
    m_team->insertRow(row);
    auto *role = new QComboBox(m_team);
    fillEnumCombo(role, allTeamRoles(), teamRoleLabel);
    setEnumComboValue(role, member.role);
    connect(role, &QComboBox::currentIndexChanged, this, &TeamMeetingEditor::changed);
    m_team->setCellWidget(row, Role, role);
    m_team->setItem(row, Name, new QTableWidgetItem(member.name));
    emit changed();
}

void TeamMeetingEditor::addReviewDate(const QDate &date)
{
    if (!date.isValid())
        return;
    for (int i = 0; i < m_reviews->count(); ++i)
        if (m_reviews->item(i)->data(Qt::UserRole).toDate() == date)
            return;
    auto *item = new QListWidgetItem(screenDate(date));
    item->setData(Qt::UserRole, date);
    m_reviews->addItem(item);
    m_reviews->sortItems();
    emit changed();
}

void TeamMeetingEditor::setContent(const IepContent &content)
{
    const QSignalBlocker blocker(this);
    m_team->setRowCount(0);
    for (const IepTeamMember &m : content.team)
        addMember(m);
    setOptionalDate(m_meetingDate, content.meetingDate);
    m_minutes->setPlainText(content.meetingMinutes);
    m_reviews->clear();
    for (const QDate &d : content.reviewDates)
        addReviewDate(d);
}

void TeamMeetingEditor::apply(IepContent &content) const
{
    content.team.clear();
    for (int row = 0; row < m_team->rowCount(); ++row) {
        const QTableWidgetItem *name = m_team->item(row, Name);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        const auto *role = qobject_cast<const QComboBox *>(m_team->cellWidget(row, Role));
        content.team.append({role ? enumComboValue<TeamRole>(role) : TeamRole::Other, name->text().trimmed()});
    }
    content.meetingDate = optionalDate(m_meetingDate);
    content.meetingMinutes = m_minutes->toPlainText().trimmed();
    content.reviewDates.clear();
    for (int i = 0; i < m_reviews->count(); ++i)
        content.reviewDates.append(m_reviews->item(i)->data(Qt::UserRole).toDate());
    std::sort(content.reviewDates.begin(), content.reviewDates.end());
}

void TeamMeetingEditor::setEditable(bool editable)
{
    m_team->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_team->rowCount(); ++row)
        if (QWidget *w = m_team->cellWidget(row, Role))
            w->setEnabled(editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_addMember, m_removeMember, m_meetingDate, m_reviewDate,
                                                       m_addReview, m_removeReview})
        w->setEnabled(editable);
    m_minutes->setReadOnly(!editable);
}

} // namespace rr
