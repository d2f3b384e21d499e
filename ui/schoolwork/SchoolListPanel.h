#pragma once
// One list of the school-work page: a sortable table, a summary line, a
// message line and a row of buttons. The page says what the buttons do.
#include <QWidget>

class QAbstractTableModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace rr {

class MessageLabel;

class SchoolListPanel final : public QWidget {
    Q_OBJECT
public:
    SchoolListPanel(const QString &name, QAbstractTableModel *model, QWidget *parent = nullptr);

    // A button at the end of the row; `needsSelection` disables it while no row is chosen.
    QPushButton *addButton(const QString &text, const QString &name, bool needsSelection);
    // The id (IdRole) of the chosen row; 0 when none.
    qint64 selectedId() const;
    void selectId(qint64 id);
    void afterReload(qint64 keepId);   // restores the choice and the buttons

    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    MessageLabel *message() const { return m_message; }

signals:
    void activated();   // a double click: edit

private:
    void updateButtons();

    QAbstractTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    MessageLabel *m_message = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QList<QPushButton *> m_selectionButtons;
};

} // namespace rr
