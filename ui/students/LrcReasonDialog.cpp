#include "students/LrcReasonDialog.h"

#include "common/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

LrcReasonDialog::LrcReasonDialog(const QString &title, const QString &question, const QString &confirmText,
                                 const QString &who, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(u"lrcReasonDialog"_s);
    m_question = new QLabel(question, this);
    m_question->setObjectName(u"lrcReasonQuestion"_s);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    auto *trace = new QLabel(tr("The decision stays in the student's history with its reason and who handled it. "
                                "It cannot be edited; a mistake is corrected by a correction entry."),
                             this);
    trace->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"lrcReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_who = new QLineEdit(who, this);
    m_who->setObjectName(u"lrcReasonWho"_s);
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(confirmText);
    // Nothing is preselected: Enter does not decide for the teacher.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Handled by"), m_who);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(trace);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LrcReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LrcReasonDialog::reject);
}

QString LrcReasonDialog::reason() const { return m_reason->toPlainText().trimmed(); }

QString LrcReasonDialog::who() const { return m_who->text().trimmed(); }

void LrcReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_message->showError(tr("Give the reason."));
        m_reason->setFocus();
        return;
    }
    if (who().isEmpty()) {
        m_message->showError(tr("Say who handled it."));
        m_who->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rr
