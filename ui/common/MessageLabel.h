#pragma once
// An inline message under a form: a problem (red) or a confirmation (green).
// Hidden while there is nothing to say. Error messages come from core's
// Result, already in the user's language.
//
// A message answers the last action, so it goes when the next one starts: a
// click or a key press anywhere else in the label's window (dialogs opened
// from it are other windows and do not count), or leaving the page (the label
// is hidden with it). It is armed once the event that showed it is handled.
#include <QLabel>

namespace rr {

class MessageLabel final : public QLabel {
    Q_OBJECT
public:
    explicit MessageLabel(QWidget *parent = nullptr);
    void showError(const QString &message);
    void showInfo(const QString &message);
    void clearMessage();
    bool isError() const { return m_isError; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void arm();
    void disarm();
    bool m_isError = false;
    bool m_armed = false;
    quint64 m_generation = 0;   // which message a deferred arm() belongs to
};

} // namespace rr
