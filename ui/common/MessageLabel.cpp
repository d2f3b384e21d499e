#include "common/MessageLabel.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLabel::showError(const QString &message)
{
    m_isError = true;
    setStyleSheet(u"QLabel { color: #b3261e; background: #fdecea; border: 1px solid #f3c1bc; "
                  "border-radius: 4px; padding: 6px 8px; }"_s);
    setText(message);
    show();
}

void MessageLabel::showInfo(const QString &message)
{
    m_isError = false;
    setStyleSheet(u"QLabel { color: #1e6b3a; background: #e8f5ec; border: 1px solid #bfe3cb; "
                  "border-radius: 4px; padding: 6px 8px; }"_s);
    setText(message);
    show();
}

void MessageLabel::clearMessage()
{
    m_isError = false;
    clear();
    hide();
}

} // namespace rr
