#include "training/AmendmentDialog.h"
#include "calendar/ScreenDate.h"

#include "common/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

AmendmentDialog::AmendmentDialog(const QString &author, const QDate &date, const QStringList &changes, QWidget *parent)
    : QDialog(parent), m_date(date)
{
    setObjectName(u"amendmentDialog"_s);
    setWindowTitle(tr("Amend a signed record"));
    auto *intro = new QLabel(tr("The record was signed: the correction is kept as a dated amendment with its reason, "
                                "and the signed version stays in the record's history."),
                             this);
    intro->setWordWrap(true);
    auto *changeList = new QLabel(this);
    changeList->setObjectName(u"amendmentChanges"_s);
    changeList->setWordWrap(true);
    changeList->setTextFormat(Qt::PlainText);
    changeList->setText(u"• "_s + changes.join(u"\n• "_s));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(changeList);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(160);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"amendmentReason"_s);
    m_reason->setPlaceholderText(tr("e.g. 离开时间记录有误"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_author = new QLineEdit(author, this);
    m_author->setObjectName(u"amendmentAuthor"_s);
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save amendment"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Changes"), scroll);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Amended by"), m_author);
    form->addRow(tr("Date"), new QLabel(screenDate(date), this));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AmendmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AmendmentDialog::reject);
}

QString AmendmentDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString AmendmentDialog::author() const
{
    return m_author->text().trimmed();
}

void AmendmentDialog::accept()
{
    if (reason().isEmpty()) {
        m_message->showError(tr("Give the reason for the amendment."));
        return;
    }
    if (author().isEmpty()) {
        m_message->showError(tr("Say who amends the record."));
        return;
    }
    QDialog::accept();
}

} // namespace rr
