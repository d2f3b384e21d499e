#include "iep/ActivationProblemsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ActivationProblemsDialog::ActivationProblemsDialog(const QString &planName, const QStringList &problems, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The IEP cannot take effect yet"));
    setObjectName(u"activationProblemsDialog"_s);
    auto *intro = new QLabel(tr("%1 cannot take effect until these %2 items are filled in:").arg(planName).arg(problems.size()),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(u"activationProblemsIntro"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"activationProblems"_s);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    for (const QString &problem : problems)
        m_list->addItem(u"• "_s + problem);
    auto *hint = new QLabel(tr("Fill them in on the tabs of the plan, save, and put it into effect again."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    const int rows = qMin(int(problems.size()), 12);
    resize(560, 160 + rows * (m_list->fontMetrics().lineSpacing() + 8));
}

} // namespace rr
