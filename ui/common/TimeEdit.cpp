#include "common/TimeEdit.h"

#include "common/LenientTime.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
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

void TimeEdit::showValue()
{
    const QSignalBlocker blocker(lineEdit());
    const bool special = !specialValueText().isEmpty() && dateTime() == minimumDateTime();
    lineEdit()->setText(special ? specialValueText() : textFromDateTime(dateTime()));
}

void TimeEdit::commitTyped()
{
    const QString text = lineEdit()->text();
    if (isSpecial(text)) {
        setDateTime(minimumDateTime());
    } else if (const QTime t = parseLenientTime(text); t.isValid() && t >= minimumTime() && t <= maximumTime()) {
        setTime(t);
    }
    showValue();   // also when the value did not change, or the text was unfinished
}

void TimeEdit::focusOutEvent(QFocusEvent *event)
{
    commitTyped();
    QTimeEdit::focusOutEvent(event);
}

bool TimeEdit::focusNextPrevChild(bool next)
{
    // Tab leaves the field (the stock field moves from the hour to the minute).
    commitTyped();
    return QAbstractSpinBox::focusNextPrevChild(next);
}

void TimeEdit::keyPressEvent(QKeyEvent *event)
{
    // Typed characters edit the text as a whole, checked by validate(); the
    // stock handling would jump between sections and reorder the digits. The
    // line edit's signals are blocked so that the stock section logic never
    // sees the half-typed text.
    const QString typed = event->text();
    const bool typing = !typed.isEmpty() && typed.at(0).isPrint()
                        && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    const bool erasing = event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete;
    if (!typing && !erasing) {
        commitTyped();   // Enter, the arrow keys, Page Up/Down act on the typed time
        QTimeEdit::keyPressEvent(event);
        return;
    }
    QLineEdit *line = lineEdit();
    QString text = line->text();
    int pos = line->cursorPosition();
    if (isSpecial(text)) {
        text.clear();
        pos = 0;
    } else if (line->hasSelectedText()) {
        pos = line->selectionStart();
        text.remove(pos, line->selectedText().size());
    } else if (event->key() == Qt::Key_Backspace && pos > 0) {
        text.remove(--pos, 1);
    } else if (event->key() == Qt::Key_Delete) {
        text.remove(pos, 1);
    }
    if (typing) {
        text.insert(pos, typed);
        pos += int(typed.size());
    }
    int check = pos;
    event->accept();
    if (validate(text, check) == QValidator::Invalid)
        return;   // not a time and never going to be one: the key is refused
    const QSignalBlocker blocker(line);
    line->setText(text);
    line->setCursorPosition(pos);
}

} // namespace rr
