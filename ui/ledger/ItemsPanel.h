#pragma once
// The 物品 tab of the ledger: the items with their filters, the count and
// 合计 below, the alerts marked on their rows; add, edit, photo and delete;
// the actions on the selected item (入库, 领用, 借出, 归还, 检查, 保养/维修,
// 损坏, 报废, 调拨), each a small dialog and one write; the selected item's
// history and schedules; import, export and the printed ledger forms.
#include "ledger/LedgerItem.h"
#include "shell/Session.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rr {

class ItemHistoryView;
class LedgerItemFilter;
class LedgerItemModel;
class MessageLabel;

class ItemsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ItemsPanel(Session session, QWidget *parent = nullptr);

    void reload();
    void selectItem(qint64 itemId);
    qint64 selectedItemId() const;

    // Each opens its dialog (window-modal, not blocking); dialog() is the one open.
    void addItem();
    void editItem();
    void receive();
    void issue();
    void lend();
    void giveBack();
    void inspect();
    void service();
    void damage();
    void requestScrap();
    void transfer();
    void choosePhoto();
    void deleteItem(bool confirm = true);
    void importLedger();
    void exportLedger(const QString &path = {});
    void print(const QString &formId);

    LedgerItemModel *itemModel() const { return m_model; }
    LedgerItemFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    ItemHistoryView *history() const { return m_history; }
    QLabel *footer() const { return m_footer; }
    QLabel *emptyHint() const { return m_empty; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *roomFilter() const { return m_roomFilter; }
    QComboBox *categoryFilter() const { return m_categoryFilter; }
    QComboBox *conditionFilter() const { return m_conditionFilter; }
    QCheckBox *onLoanFilter() const { return m_onLoan; }
    QCheckBox *alertFilter() const { return m_alertsOnly; }
    QPushButton *button(const QString &objectName) const;
    MessageLabel *message() const { return m_message; }
    QDialog *dialog() const { return m_dialog; }

private:
    QWidget *buildFilters();
    QWidget *buildActions();
    void fillFilterChoices();
    void applyFilters();
    void updateFooter();
    void updateButtons();
    void selectionChanged();
    int selectedRow() const;
    void openDialog(QDialog *dialog, const std::function<QString()> &done);

    Session m_session;
    bool m_loaded = false;
    LedgerItemModel *m_model = nullptr;
    LedgerItemFilter *m_filter = nullptr;
    QTableView *m_table = nullptr;
    ItemHistoryView *m_history = nullptr;
    QLabel *m_footer = nullptr;
    QLabel *m_empty = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_roomFilter = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QComboBox *m_conditionFilter = nullptr;
    QCheckBox *m_onLoan = nullptr;
    QCheckBox *m_alertsOnly = nullptr;
    QList<QPushButton *> m_itemButtons;   // enabled with a selected item
    MessageLabel *m_message = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace rr
