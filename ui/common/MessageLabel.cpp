#include "common/MessageLabel.h"

#include <QApplication>
#include <QHideEvent>
#include <QKeyEvent>
#include <QTimer>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
// A long file path has no space to wrap at: allow a break after each folder
// separator (a zero-width space), so the message wraps instead of widening
// or clipping its dialog.
QString breakablePaths(QString message)
{
    message.replace(u'/', u"/\u200B"_s);
    message.replace(u'\\', u"\\\u200B"_s);
    return message;
}
} // namespace

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
    setText(breakablePaths(message));
    show();
    arm();
}

void MessageLabel::showInfo(const QString &message)
{
    m_isError = false;
    setStyleSheet(u"QLabel { color: #1e6b3a; background: #e8f5ec; border: 1px solid #bfe3cb; "
                  "border-radius: 4px; padding: 6px 8px; }"_s);
    setText(breakablePaths(message));
    show();
    arm();
}

void MessageLabel::clearMessage()
{
    disarm();
    m_isError = false;
    clear();
    hide();
}

void MessageLabel::arm()
{
    // Deferred: the click or key press that led to this message may still be
    // travelling up to the parents, and must not clear it.
    const quint64 generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation || m_armed || text().isEmpty())
            return;
        m_armed = true;
        qApp->installEventFilter(this);
    });
}

void MessageLabel::disarm()
{
    ++m_generation;
    if (m_armed) {
        m_armed = false;
        qApp->removeEventFilter(this);
    }
}

bool MessageLabel::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::KeyPress)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget == this || widget->window() != window())
        return false;
    if (type == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Shift: case Qt::Key_Control: case Qt::Key_Alt: case Qt::Key_Meta:
        case Qt::Key_Tab: case Qt::Key_Backtab:   // moving on is not an action yet
            return false;
        default:
            break;
        }
    }
    clearMessage();
    return false;
}

void MessageLabel::hideEvent(QHideEvent *event)
{
    QLabel::hideEvent(event);
    // Hidden with its page (not by clearMessage(), not by minimising the window).
    if (!event->spontaneous() && !isHidden() && !text().isEmpty())
        clearMessage();
}

} // namespace rr
