#include "family/CounsellingDialog.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/TimeEdit.h"
#include "family/CounsellingRepository.h"
#include "family/StaffChoice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

CounsellingDialog::CounsellingDialog(Session session, const CounsellingSession &counselling, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_original(counselling)
{
    setObjectName(u"counsellingDialog"_s);
    setWindowTitle(counselling.id > 0 ? tr("Edit counselling session (confidential)") : tr("Record a counselling session (confidential)"));
    const QDateTime now = m_session.clock->now();
    m_date = new QDateEdit(counselling.date.isValid() ? counselling.date : now.date(), this);
    m_date->setObjectName(u"counsellingDate"_s);
    m_date->setCalendarPopup(true);
    m_time = new TimeEdit(counselling.time.isValid() ? counselling.time : QTime(now.time().hour(), 0), this);
    m_time->setObjectName(u"counsellingTime"_s);
    m_counsellor = new QComboBox(this);
    m_counsellor->setObjectName(u"counsellingCounsellor"_s);
    m_topic = new QLineEdit(counselling.topic, this);
    m_topic->setObjectName(u"counsellingTopic"_s);
    m_topic->setMaxLength(200);
    auto text = [this](const QString &name, const QString &value) {
        auto *edit = new QPlainTextEdit(value, this);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(70);
        return edit;
    };
    m_observations = text(u"counsellingObservations"_s, counselling.observations);
    m_followUp = text(u"counsellingFollowUp"_s, counselling.followUp);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"counsellingMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CounsellingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CounsellingDialog::reject);

    auto *form = new QFormLayout;
    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 1);
    when->addWidget(m_time);
    form->addRow(tr("Date and time"), when);
    form->addRow(tr("Counsellor"), m_counsellor);
    form->addRow(tr("Topic"), m_topic);
    form->addRow(tr("Observations"), m_observations);
    form->addRow(tr("Follow-up"), m_followUp);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    if (auto filled = fillStaffCombo(m_counsellor, m_session, counselling.counsellorId); !filled) {
        reportReadFailure(parent, filled.error());
        return;
    }
    m_loaded = true;
}

CounsellingSession CounsellingDialog::counselling() const
{
    CounsellingSession s = m_original;
    s.date = m_date->date();
    s.time = m_time->time();
    s.counsellorId = m_counsellor->currentData().toLongLong();
    s.topic = m_topic->text().trimmed();
    s.observations = m_observations->toPlainText().trimmed();
    s.followUp = m_followUp->toPlainText().trimmed();
    return s;
}

void CounsellingDialog::accept()
{
    const CounsellingSession edited = counselling();
    CounsellingRepository repository(m_session.db);
    if (edited.id > 0) {
        if (auto done = repository.save(edited); !done) {
            m_message->showError(done.error().message);
            return;
        }
        m_savedId = edited.id;
    } else {
        auto id = repository.add(edited);
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
    }
    QDialog::accept();
}

} // namespace rr
