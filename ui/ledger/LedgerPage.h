#pragma once
// The equipment ledger area (物资台账): the items with their actions and
// history, the loans, how often each item is used (使用情况, with the unused
// equipment), the stocktakes and the school's categories, one tab each.
#include "shell/Session.h"

#include <QWidget>

class QTabWidget;

namespace rr {

class CategoriesPanel;
class ItemsPanel;
class LedgerUsageView;
class LoansPanel;
class PageHeader;
class StocktakePanel;

class LedgerPage final : public QWidget {
    Q_OBJECT
public:
    explicit LedgerPage(Session session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ItemsPanel *items() const { return m_items; }
    LoansPanel *loans() const { return m_loans; }
    LedgerUsageView *usage() const { return m_usage; }
    StocktakePanel *stocktakes() const { return m_stocktakes; }
    CategoriesPanel *categories() const { return m_categories; }

private:
    Session m_session;
    PageHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    ItemsPanel *m_items = nullptr;
    LoansPanel *m_loans = nullptr;
    LedgerUsageView *m_usage = nullptr;
    StocktakePanel *m_stocktakes = nullptr;
    CategoriesPanel *m_categories = nullptr;
};

} // namespace rr
