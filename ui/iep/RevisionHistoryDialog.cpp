#include "iep/RevisionHistoryDialog.h"
#include "calendar/ScreenDate.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"

#include "iep/IepContentText.h"
#include "iep/IepRepository.h"
#include "iep/RevisionListModel.h"
#include "rooms/RoomRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

RevisionHistoryDialog::RevisionHistoryDialog(Session session, qint64 iepId, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_iepId(iepId)
{
    setWindowTitle(tr("Revision history"));
    m_model = new RevisionListModel(this);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"revisionHistoryMessage"_s);
    const auto revisions = IepRepository(m_session.db).revisions(iepId);
    if (revisions)
        m_model->setRevisions(*revisions);
    m_table = new QTableView(this);
    m_table->setObjectName(u"revisionTable"_s);
    makeSortable(m_table, m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"revisionDetails"_s);

    auto *empty = new QLabel(tr("This IEP has not been revised since it took effect."), this);
    empty->setVisible(revisions && m_model->rowCount() == 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(820, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!revisions)
        reportReadFailure(this, revisions.error(), m_message);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { showSelected(); });
    if (m_model->rowCount() > 0)
        selectRevision(m_model->rowCount() - 1);   // the latest first
}

void RevisionHistoryDialog::selectRevision(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(viewRow(m_table, row));
}

void RevisionHistoryDialog::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    const int row = sourceRow(rows.constFirst());
    const IepRevision &revision = m_model->revisions().at(row);
    // What came after this revision: the next one's snapshot, or the plan now.
    IepContent after;
    if (row + 1 < m_model->rowCount()) {
        after = m_model->revisions().at(row + 1).previous;
    } else if (const auto iep = IepRepository(m_session.db).byId(m_iepId)) {
        after = iep->content;
    } else {
        // Without the plan as it is now, what changed cannot be told.
        reportReadFailure(this, iep.error(), m_message);
        m_details->clear();
        return;
    }
    const auto rooms = RoomRepository(m_session.db).names();
    if (!rooms) {
        m_details->clear();
        reportReadFailure(this, rooms.error(), m_message);
        return;
    }

    QString html = u"<p><b>"_s + tr("Revised on %1 by %2").arg(screenDate(revision.date), revision.author).toHtmlEscaped() +
                   u"</b><br>"_s + tr("Reason: %1").arg(revision.reason).toHtmlEscaped() + u"</p>"_s;
    const QStringList changes = iepContentChanges(revision.previous, after);
    html += u"<h4>"_s + tr("What changed").toHtmlEscaped() + u"</h4>"_s;
    if (changes.isEmpty())
        html += u"<p><i>"_s + tr("No difference in content.").toHtmlEscaped() + u"</i></p>"_s;
    else {
        html += u"<ul>"_s;
        for (const QString &c : changes)
            html += u"<li>"_s + c.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    html += u"<hr><h3>"_s + tr("The content before this revision").toHtmlEscaped() + u"</h3>"_s;
    html += iepContentHtml(revision.previous, *rooms);
    m_details->setHtml(html);
}

} // namespace rr
