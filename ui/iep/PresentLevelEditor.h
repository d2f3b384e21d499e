#pragma once
// The present levels tab (现有能力): one row per domain with the team's
// description, and a button that turns the student's latest assessments
// into suggested rows (core/assessment/PresentLevelSuggestion) to edit.
#include "iep/Iep.h"
#include "shell/Session.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace rr {

class MessageLabel;

class PresentLevelEditor final : public QWidget {
    Q_OBJECT
public:
    enum Column { Domain, Text, ColumnCount };

    PresentLevelEditor(Session session, qint64 studentId, QWidget *parent = nullptr);

    void setLevels(const QList<PresentLevel> &levels);
    QList<PresentLevel> levels() const;   // rows without text are left out
    void setEditable(bool editable);
    void addLevel(const PresentLevel &level = {});
    int suggestFromAssessments();         // rows added

    QTableWidget *table() const { return m_table; }
    QPushButton *suggestButton() const { return m_suggest; }
    MessageLabel *message() const { return m_message; }

signals:
    void changed();

private:
    Session m_session;
    qint64 m_studentId = 0;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_suggest = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
