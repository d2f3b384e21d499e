#pragma once
// Asked once, while the data file has no complete school profile: the school,
// the resource teacher, the district and the current semester. Everything is
// saved in one write; problems are shown inside the dialog.
#include "shell/Session.h"

#include <QDialog>

class QDialogButtonBox;

namespace rr {

class MessageLabel;
class ProfileEditor;
class SemesterEditor;

class FirstRunDialog final : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(Session session, QWidget *parent = nullptr);

    void accept() override;   // saves, and closes only when the save worked

    ProfileEditor *profileEditor() const { return m_profile; }
    SemesterEditor *semesterEditor() const { return m_semester; }
    MessageLabel *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    Result<void> save();

    Session m_session;
    ProfileEditor *m_profile = nullptr;
    SemesterEditor *m_semester = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
