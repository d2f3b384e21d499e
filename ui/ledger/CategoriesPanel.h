#pragma once
// The 类别 tab: the school's own list of ledger categories with how many
// items each holds; add, edit, delete (refused by core while in use).
#include "ledger/LedgerCategory.h"
#include "shell/Session.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace rr {

class MessageLabel;

class CategoriesPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CategoriesPanel(Session session, QWidget *parent = nullptr);
    void reload();
    void addCategory();
    void editCategory();
    bool deleteCategory(bool confirm = true);
    void selectCategory(qint64 id);

    QTableWidget *table() const { return m_table; }
    const QList<LedgerCategory> &categories() const { return m_categories; }
    MessageLabel *message() const { return m_message; }
    QDialog *dialog() const { return m_dialog; }

private:
    int selectedRow() const;
    void updateButtons();
    void openDialog(QDialog *dialog);

    Session m_session;
    QList<LedgerCategory> m_categories;
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace rr
