#include "shell/FileLostBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rr {

using namespace Qt::Literals::StringLiterals;

FileLostBar::FileLostBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"fileLostBar"_s);
    setStyleSheet(u"QFrame#fileLostBar { background: #fdecea; border-bottom: 1px solid #f3c1bc; }"
                  "QFrame#fileLostBar QLabel { color: #8c1d18; }"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    m_text = new QLabel(this);
    m_text->setObjectName(u"fileLostText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text, 1);
    auto *saveAs = new QPushButton(tr("Save as a new file…"), this);
    saveAs->setObjectName(u"fileLostSaveAs"_s);
    auto *reopen = new QPushButton(tr("Open the data file again"), this);
    reopen->setObjectName(u"fileLostReopen"_s);
    layout->addWidget(saveAs);
    layout->addWidget(reopen);
    connect(saveAs, &QPushButton::clicked, this, &FileLostBar::saveAsRequested);
    connect(reopen, &QPushButton::clicked, this, &FileLostBar::reopenRequested);
}

void FileLostBar::setMessage(const QString &message)
{
    m_text->setText(message);
}

} // namespace rr
