#pragma once
// The time field of every screen. Teachers type times as they write them:
// "0900", "9:00", "9.00", "9：00" — a stock QTimeEdit, editing section by
// section, turns a typed "0900" into 08:09. This one reads the whole text with
// parseLenientTime() (core/common/LenientTime.h) and shows HH:mm; the arrow
// keys and the wheel still step hours and minutes. Focus selects everything,
// so typing replaces the old time; the typed time counts on Enter, Tab or
// leaving the field, and Tab goes on to the next field.
#include <QTimeEdit>

namespace rr {

class TimeEdit : public QTimeEdit {
    Q_OBJECT
public:
    explicit TimeEdit(QWidget *parent = nullptr);
    explicit TimeEdit(const QTime &time, QWidget *parent = nullptr);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    bool isSpecial(const QString &text) const;
    void commitTyped();    // the typed text becomes the time (or goes back to it)
    void showValue();      // the text shows the time again: HH:mm or the special text
    bool m_selectOnClick = false;
};

} // namespace rr
