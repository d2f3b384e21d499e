#include "audit/AuditPanel.h"

#include "audit/AuditEntry.h"
#include "audit/AuditExport.h"
#include "audit/AuditLabels.h"
#include "audit/AuditRepository.h"
#include "audit/AuditTrailView.h"
#include "common/FileDialogs.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// The trail can be long; the screen shows the most recent actions and says so.
constexpr int kShownActions = 2000;

} // namespace

AuditPanel::AuditPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    setObjectName(u"auditPanel"_s);
    m_person = new QComboBox(this);
    m_person->setObjectName(u"auditPerson"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"auditKind"_s);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &area : auditAreas())
        m_kind->addItem(auditAreaLabel(area), area);
    const QDate today = m_session.clock->today();
    m_useSince = new QCheckBox(tr("From"), this);
    m_useSince->setObjectName(u"auditUseSince"_s);
    m_since = new QDateEdit(today.addMonths(-1), this);
    m_since->setObjectName(u"auditSince"_s);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_useUntil = new QCheckBox(tr("To"), this);
    m_useUntil->setObjectName(u"auditUseUntil"_s);
    m_until = new QDateEdit(today, this);
    m_until->setObjectName(u"auditUntil"_s);
    m_until->setCalendarPopup(true);
    m_until->setEnabled(false);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(u"auditExport"_s);
    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCount"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"auditMessage"_s);
    m_trail = new AuditTrailView(m_session, this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Person"), this));
    filters->addWidget(m_person, 1);
    filters->addWidget(new QLabel(tr("Kind"), this));
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(m_useUntil);
    filters->addWidget(m_until);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_message);
    layout->addWidget(m_trail, 1);

    const auto refresh = [this] { reload(); };
    connect(m_person, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_useSince, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        reload();
    });
    connect(m_useUntil, &QCheckBox::toggled, this, [this](bool on) {
        m_until->setEnabled(on);
        reload();
    });
    connect(m_since, &QDateEdit::dateChanged, this, refresh);
    connect(m_until, &QDateEdit::dateChanged, this, refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditPanel::chooseExport);
    connect(m_session.db.get(), &Database::written, this, [this] {
        if (isVisible())
            reload();
    });
    fillPeople();
    reload();
}

void AuditPanel::fillPeople()
{
    const QString chosen = m_person->currentData().toString();
    const QSignalBlocker block(m_person);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    const auto people = AuditRepository(m_session.db).actors();
    if (!people) {
        reportReadFailure(this, people.error(), m_message);
        return;
    }
    for (const QString &name : *people)
        m_person->addItem(name, name);
    m_person->setCurrentIndex(qMax(0, m_person->findData(chosen)));
}

AuditFilter AuditPanel::filter() const
{
    AuditFilter filter;
    filter.actor = m_person->currentData().toString();
    filter.kind = m_kind->currentData().toString();
    if (m_useSince->isChecked())
        filter.since = m_since->date();
    if (m_useUntil->isChecked())
        filter.until = m_until->date();
    return filter;
}

void AuditPanel::reload()
{
    fillPeople();
    AuditFilter shown = filter();
    shown.limit = kShownActions + 1;
    const auto entries = AuditRepository(m_session.db).search(shown);
    if (!entries) {
        m_count->clear();
        m_trail->setEntries({});
        reportReadFailure(this, entries.error(), m_message);
        return;
    }
    QList<AuditEntry> list = *entries;
    if (list.size() > kShownActions) {
        list.resize(kShownActions);
        m_count->setText(tr("The most recent %1 actions are shown; narrow the filter or export to see all.").arg(kShownActions));
    } else {
        m_count->setText(tr("%n action(s)", nullptr, int(list.size())));
    }
    m_trail->setEntries(std::move(list));
}

void AuditPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();   // actions made while another tab was shown
}

bool AuditPanel::exportTo(const QString &path)
{
    const auto written = exportAuditTrail(m_session.db, filter(), path);
    if (!written) {
        m_message->showError(written.error().message);
        return false;
    }
    m_message->showInfo(tr("%n action(s) written to %1.", nullptr, *written).arg(path));
    return true;
}

void AuditPanel::chooseExport()
{
    const QString path = chooseFileToSave(this, tr("Export the audit trail"), tr("audit-trail.xlsx"),
                                          tr("Spreadsheets (*.xlsx *.csv)"), u"export"_s);
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace rr
