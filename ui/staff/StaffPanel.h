#pragma once
// The staff tab of the settings: who the current user is, the list of staff
// (filter by role, serving or retired, name or pinyin initials), and add,
// edit, retire and delete. Dialogs open window-modal and non-blocking.
#include "shell/Session.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QDialog;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rr {

class MessageLabel;
class StaffListModel;
class StaffProxyModel;

class StaffPanel final : public QWidget {
    Q_OBJECT
public:
    explicit StaffPanel(Session session, QWidget *parent = nullptr);

    void reload();
    void selectStaff(qint64 staffId);
    qint64 selectedStaffId() const;

    void addStaff();
    void editStaff();
    void retireStaff();
    bool deleteStaff(bool confirm = true);

    StaffListModel *staffModel() const { return m_model; }
    StaffProxyModel *proxyModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *currentUserCombo() const { return m_currentUser; }
    QComboBox *roleFilter() const { return m_roleFilter; }
    QComboBox *serviceFilter() const { return m_serviceFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QDialog *dialog() const { return m_dialog; }
    MessageLabel *message() const { return m_message; }

private:
    QWidget *buildFilters();
    void fillCurrentUser();
    void chooseCurrentUser(int index);
    void applyFilters();
    void updateButtons();
    // `done` words the confirmation once the dialog has saved.
    void openDialog(QDialog *dialog, const std::function<QString()> &done);

    Session m_session;
    StaffListModel *m_model = nullptr;
    StaffProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_currentUser = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QComboBox *m_serviceFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_delete = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace rr
