#include "ledger/LedgerPage.h"

#include "common/PageHeader.h"
#include "ledger/CategoriesPanel.h"
#include "ledger/ItemsPanel.h"
#include "ledger/LedgerUsageView.h"
#include "ledger/LoansPanel.h"
#include "ledger/StocktakePanel.h"
#include "shell/Area.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

LedgerPage::LedgerPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_header = new PageHeader(areaTitle(Area::Equipment), {}, this);
    m_items = new ItemsPanel(m_session, this);
    m_items->setObjectName(u"ledgerItemsPanel"_s);
    m_loans = new LoansPanel(m_session, this);
    m_loans->setObjectName(u"ledgerLoansPanel"_s);
    m_stocktakes = new StocktakePanel(m_session, this);
    m_stocktakes->setObjectName(u"ledgerStocktakePanel"_s);
    m_categories = new CategoriesPanel(m_session, this);
    m_categories->setObjectName(u"ledgerCategoriesPanel"_s);
    m_usage = new LedgerUsageView(m_session, this);
    m_usage->setObjectName(u"ledgerUsageView"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"ledgerTabs"_s);
    m_tabs->addTab(m_items, tr("Items"));
    m_tabs->addTab(m_loans, tr("Loans"));
    m_tabs->addTab(m_usage, tr("Usage"));
    m_tabs->addTab(m_stocktakes, tr("Stocktakes"));
    m_tabs->addTab(m_categories, tr("Categories"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
}

} // namespace rr
