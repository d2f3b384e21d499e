#pragma once
// An inline message under a form: a problem (red) or a confirmation (green).
// Hidden while there is nothing to say. Error messages come from core's
// Result, already in the user's language.
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

private:
    bool m_isError = false;
};

} // namespace rr
