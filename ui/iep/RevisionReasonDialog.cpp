#include "iep/RevisionReasonDialog.h"
#include "calendar/ScreenDate.h"

#include "common/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

RevisionReasonDialog::RevisionReasonDialog(const QString &author, const QDate &date, const QStringList &changes,
                                           QWidget *parent)
    : QDialog(parent), m_date(date)
{
    setWindowTitle(tr("Revise the IEP"));
    auto *intro = new QLabel(tr("The plan is in effect: the change is kept as a dated revision with its reason, and "
                                "the previous content stays in the history."),
                             this);
    intro->setWordWrap(true);
    auto *changeList = new QLabel(this);
    changeList->setObjectName(u"revisionChanges"_s);
    changeList->setWordWrap(true);
    changeList->setTextFormat(Qt::PlainText);
    changeList->setText(changes.isEmpty() ? tr("No changes.") : u"• "_s + changes.join(u"\n• "_s));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"revisionReason"_s);
    m_reason->setPlaceholderText(tr("e.g. 期中评估：目标已提前达成，提高标准"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_author = new QLineEdit(author, this);
    m_author->setObjectName(u"revisionAuthor"_s);
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save revision"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Changes"), changeList);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Revised by"), m_author);
    form->addRow(tr("Date"), new QLabel(screenDate(date), this));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RevisionReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RevisionReasonDialog::reject);
}

QString RevisionReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString RevisionReasonDialog::author() const
{
    return m_author->text().trimmed();
}

void RevisionReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_message->showError(tr("Give the reason for the revision."));
        return;
    }
    if (author().isEmpty()) {
        m_message->showError(tr("Say who made the revision."));
        return;
    }
    QDialog::accept();
}

} // namespace rr
