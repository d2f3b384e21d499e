#pragma once
// The equipment ledger area (物资台账): the items with their actions and
// history, the loans, the stocktakes and the school's categories, one tab
// each. The usage view (使用情况, ui/ledger/LedgerUsageView) is set in its own
// tab after the loans with setUsageView().
#include "shell/Session.h"

#include <QWidget>

class QTabWidget;

namespace rr {

class CategoriesPanel;
class ItemsPanel;
class LoansPanel;
class PageHeader;
class StocktakePanel;

class LedgerPage final : public QWidget {
    Q_OBJECT
public:
    explicit LedgerPage(Session session, QWidget *parent = nullptr);

    // Puts the usage view in the 使用情况 tab (after 借用); the page owns it.
    void setUsageView(QWidget *view);

    QTabWidget *tabs() const { return m_tabs; }
    ItemsPanel *items() const { return m_items; }
    LoansPanel *loans() const { return m_loans; }
    StocktakePanel *stocktakes() const { return m_stocktakes; }
    CategoriesPanel *categories() const { return m_categories; }

private:
    Session m_session;
    PageHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    ItemsPanel *m_items = nullptr;
    LoansPanel *m_loans = nullptr;
    StocktakePanel *m_stocktakes = nullptr;
    CategoriesPanel *m_categories = nullptr;
};

} // namespace rr
