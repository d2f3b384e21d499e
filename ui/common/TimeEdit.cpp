#include "common/TimeEdit.h"

#include "common/LenientTime.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace rr {

using namespace Qt::Literals::StringLiterals;

TimeEdit::TimeEdit(QWidget *parent) : TimeEdit(QTime(0, 0), parent) {}

TimeEdit::TimeEdit(const QTime &time, QWidget *parent) : QTimeEdit(time, parent)
{
    setDisplayFormat(u"HH:mm"_s);
    // The time counts when the teacher has finished typing (Enter, Tab, leaving
    // the field): "1" then "10" then "103" are no times anyone meant.
    setKeyboardTracking(false);
    setToolTip(tr("Type the time as 0900, 9:00 or 9.00"));
}

bool TimeEdit::isSpecial(const QString &text) const
{
    return !specialValueText().isEmpty() && (text == specialValueText() || text.trimmed().isEmpty());
}

QValidator::State TimeEdit::validate(QString &input, int &) const
{
    if (isSpecial(input))
        return QValidator::Acceptable;
    const QTime t = parseLenientTime(input);
    if (t.isValid())
        return (t >= minimumTime() && t <= maximumTime()) ? QValidator::Acceptable : QValidator::Intermediate;
    return isTimePrefix(input) ? QValidator::Intermediate : QValidator::Invalid;
}

void TimeEdit::fixup(QString &input) const
{
    // Unfinished text ("9:3") goes back to the time the field holds.
    if (!isSpecial(input) && !parseLenientTime(input).isValid())
        input = textFromDateTime(dateTime());
}

QDateTime TimeEdit::dateTimeFromText(const QString &text) const
{
    if (isSpecial(text))
        return minimumDateTime();
    const QTime t = parseLenientTime(text);
    if (!t.isValid())
        return QTimeEdit::dateTimeFromText(text);
    return QDateTime(date(), t);
}

void TimeEdit::focusInEvent(QFocusEvent *event)
{
    QTimeEdit::focusInEvent(event);
    // The stock field selects only the hour; typing "0900" must replace it all.
    if (event->reason() != Qt::PopupFocusReason)
        QTimer::singleShot(0, this, [this] { selectAll(); });
    m_selectOnClick = event->reason() == Qt::MouseFocusReason;
}

void TimeEdit::mousePressEvent(QMouseEvent *event)
{
    QTimeEdit::mousePressEvent(event);
    if (m_selectOnClick) {
        m_selectOnClick = false;
        selectAll();
    }
}

void TimeEdit::keyPressEvent(QKeyEvent *event)
{
    // Typed characters go straight to the text (validated as a whole above):
    // the stock handling would jump between sections and reorder the digits.
    const QString text = event->text();
    const bool typing = !text.isEmpty() && text.at(0).isPrint()
                        && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    if (typing || event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete) {
        QAbstractSpinBox::keyPressEvent(event);
        return;
    }
    QTimeEdit::keyPressEvent(event);
}

} // namespace rr
