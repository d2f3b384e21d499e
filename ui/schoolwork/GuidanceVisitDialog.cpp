#include "schoolwork/GuidanceVisitDialog.h"

#include "common/MessageLabel.h"
#include "schoolwork/GuidanceVisitRepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QPlainTextEdit *textBox(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(60);
    return edit;
}

} // namespace

GuidanceVisitDialog::GuidanceVisitDialog(Session session, std::optional<GuidanceVisit> existing, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit guidance visit") : tr("Record a guidance visit"));
    const GuidanceVisit v = m_existing.value_or(GuidanceVisit{});
    m_date = new QDateEdit(v.date.isValid() ? v.date : m_session.clock->today(), this);
    m_date->setObjectName(u"visitDate"_s);
    m_date->setCalendarPopup(true);
    m_visitor = new QLineEdit(v.visitor, this);
    m_visitor->setObjectName(u"visitVisitor"_s);
    m_centre = new QLineEdit(v.centre, this);
    m_centre->setObjectName(u"visitCentre"_s);
    auto *topics = new QHBoxLayout;
    for (GuidanceTopic t : allGuidanceTopics()) {
        auto *box = new QCheckBox(guidanceTopicLabel(t), this);
        box->setObjectName(u"visitTopic_"_s + guidanceTopicKey(t));
        box->setChecked(v.topics.contains(t));
        topics->addWidget(box);
        m_topics << box;
    }
    topics->addStretch(1);
    m_problems = textBox(this, u"visitProblems"_s);
    m_problems->setPlainText(v.problems);
    m_suggestions = textBox(this, u"visitSuggestions"_s);
    m_suggestions->setPlainText(v.suggestions);
    m_followUp = textBox(this, u"visitFollowUp"_s);
    m_followUp->setPlainText(v.followUp);
    m_result = textBox(this, u"visitResult"_s);
    m_result->setPlainText(v.followUpResult);
    m_message = new MessageLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Visiting teacher"), m_visitor);
    form->addRow(tr("Centre"), m_centre);
    form->addRow(tr("Guided"), topics);
    form->addRow(tr("Problems found"), m_problems);
    form->addRow(tr("Suggestions"), m_suggestions);
    form->addRow(tr("Follow-up"), m_followUp);
    form->addRow(tr("Result of the follow-up"), m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GuidanceVisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GuidanceVisitDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

GuidanceVisit GuidanceVisitDialog::visit() const
{
    GuidanceVisit v = m_existing.value_or(GuidanceVisit{});
    v.date = m_date->date();
    v.visitor = m_visitor->text();
    v.centre = m_centre->text();
    v.topics.clear();
    const QList<GuidanceTopic> all = allGuidanceTopics();
    for (int i = 0; i < all.size(); ++i)
        if (m_topics.at(i)->isChecked())
            v.topics << all.at(i);
    v.problems = m_problems->toPlainText();
    v.suggestions = m_suggestions->toPlainText();
    v.followUp = m_followUp->toPlainText();
    v.followUpResult = m_result->toPlainText();
    return v;
}

void GuidanceVisitDialog::accept()
{
    GuidanceVisitRepository visits(m_session.db);
    const GuidanceVisit v = visit();
    if (m_existing) {
        if (auto done = visits.update(v); !done)
            return m_message->showError(done.error().message);
        m_savedId = v.id;
    } else {
        const auto id = visits.add(v);
        if (!id)
            return m_message->showError(id.error().message);
        m_savedId = *id;
    }
    QDialog::accept();
}

} // namespace rr
