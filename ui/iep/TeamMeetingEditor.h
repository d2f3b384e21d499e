#pragma once
// The first tab of the IEP editor (团队与会议): the team with their roles,
// the meeting's date and minutes, and the review dates (定期评估).
#include "iep/Iep.h"

#include <QWidget>

class QDateEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace rr {

class TeamMeetingEditor final : public QWidget {
    Q_OBJECT
public:
    enum Column { Role, Name, ColumnCount };

    explicit TeamMeetingEditor(QWidget *parent = nullptr);

    void setContent(const IepContent &content);
    void apply(IepContent &content) const;   // team, meeting, reviews; rows without a name are left out
    void setEditable(bool editable);

    void addMember(const IepTeamMember &member = {});
    void addReviewDate(const QDate &date);
    QTableWidget *teamTable() const { return m_team; }
    QPushButton *addMemberButton() const { return m_addMember; }
    QDateEdit *meetingDateEdit() const { return m_meetingDate; }
    QPlainTextEdit *minutesEdit() const { return m_minutes; }
    QListWidget *reviewList() const { return m_reviews; }
    QDateEdit *reviewDateEdit() const { return m_reviewDate; }
    QPushButton *addReviewButton() const { return m_addReview; }

signals:
    void changed();

private:
    QTableWidget *m_team = nullptr;
    QPushButton *m_addMember = nullptr;
    QPushButton *m_removeMember = nullptr;
    QDateEdit *m_meetingDate = nullptr;
    QPlainTextEdit *m_minutes = nullptr;
    QListWidget *m_reviews = nullptr;
    QDateEdit *m_reviewDate = nullptr;
    QPushButton *m_addReview = nullptr;
    QPushButton *m_removeReview = nullptr;
};

} // namespace rr
