#pragma once
// The timetable tab (排课) of the current semester: the week grid — the
// weekly pattern, or a teaching week's dated meetings with holidays and
// one-off changes applied — with add/edit/remove of slots and the change of
// one date; beside it the semester's conflicts and each student's coverage
// (scheduled minutes against the IEP), from where a student's protected
// class periods are edited. Dialogs open window-modal and non-blocking.
#include "calendar/Semester.h"
#include "shell/Session.h"
#include "timetable/TimetableNames.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rr {

class ConflictListModel;
class CoverageTableModel;
class MessageLabel;
class ProtectedPeriodDialog;
class SlotChangeDialog;
class SlotDialog;
class WeekGridModel;
struct WeekGridItem;

class TimetablePanel final : public QWidget {
    Q_OBJECT
public:
    explicit TimetablePanel(Session session, QWidget *parent = nullptr);

    void reload();
    qint64 semesterId() const { return m_semester ? m_semester->id : 0; }
    int shownWeek() const;                 // 0: the weekly pattern
    void showWeek(int week);
    bool selectSlot(qint64 slotId, const QDate &date = {});
    const WeekGridItem *selectedItem() const;
    void selectCoverageStudent(qint64 studentId);
    qint64 selectedCoverageStudent() const;

    // The buttons' actions.
    void addSlot();
    void editSlot();
    bool removeSlot(bool confirm = true);
    // Ends the selected slot after `lastDay`; without a day, asks for it.
    bool endSlot(const QDate &lastDay = {});
    void changeDate();
    void editProtectedPeriods();

    WeekGridModel *gridModel() const { return m_grid; }
    ConflictListModel *conflictModel() const { return m_conflicts; }
    CoverageTableModel *coverageModel() const { return m_coverage; }
    QTableView *gridView() const { return m_gridView; }
    QTableView *conflictView() const { return m_conflictView; }
    QTableView *coverageView() const { return m_coverageView; }
    QComboBox *weekCombo() const { return m_week; }
    QTabWidget *sideTabs() const { return m_side; }
    MessageLabel *message() const { return m_message; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *coverageNote() const { return m_coverageNote; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *endButton() const { return m_end; }
    QPushButton *protectedButton() const { return m_protected; }
    SlotDialog *slotDialog() const;
    SlotChangeDialog *changeDialog() const;
    ProtectedPeriodDialog *protectedDialog() const;

private:
    void fillWeekCombo();
    void showGrid();
    void showCoverage();
    void updateButtons();
    void openSlotDialog(SlotDialog *dialog);
    void showWarnings(const QString &intro, const QStringList &messages);
    Result<QList<WeekGridItem>> patternItems() const;
    Result<QList<WeekGridItem>> weekItems(int week) const;

    Session m_session;
    std::optional<Semester> m_semester;
    TimetableNames m_names;
    std::optional<Error> m_namesUnread;   // why m_names is not what the file holds
    bool namesRead();                     // false after telling why
    WeekGridModel *m_grid = nullptr;
    ConflictListModel *m_conflicts = nullptr;
    CoverageTableModel *m_coverage = nullptr;
    QComboBox *m_week = nullptr;
    QTableView *m_gridView = nullptr;
    QTableView *m_conflictView = nullptr;
    QTableView *m_coverageView = nullptr;
    QLabel *m_coverageNote = nullptr;
    QTabWidget *m_side = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_legend = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_protected = nullptr;
    QPointer<SlotDialog> m_slotDialog;
    QPointer<SlotChangeDialog> m_changeDialog;
    QPointer<ProtectedPeriodDialog> m_protectedDialog;
};

} // namespace rr
