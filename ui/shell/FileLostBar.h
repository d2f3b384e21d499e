#pragma once
// Shown across the top of the main window once the data file was replaced or
// deleted under the program. Nothing more is saved to it (core refuses every
// write); what the window shows still comes from the file it opened, so the
// user can save that as a new file, or open the data file again. Dialogs
// with unsaved input stay open with the same message, their input kept.
#include <QFrame>

class QLabel;

namespace rr {

class FileLostBar final : public QFrame {
    Q_OBJECT
public:
    explicit FileLostBar(QWidget *parent = nullptr);
    void setMessage(const QString &message);

signals:
    void saveAsRequested();
    void reopenRequested();

private:
    QLabel *m_text = nullptr;
};

} // namespace rr
