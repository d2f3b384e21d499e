#pragma once
// "Add semester": a new semester, optionally made the current one, in one write.
#include "shell/Session.h"

#include <QDialog>

class QCheckBox;

namespace rr {

class MessageLabel;
class SemesterEditor;

class SemesterDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SemesterDialog(Session session, QWidget *parent = nullptr);
    void accept() override;
    qint64 addedId() const { return m_addedId; }

    SemesterEditor *editor() const { return m_editor; }
    QCheckBox *makeCurrent() const { return m_makeCurrent; }

private:
    Session m_session;
    SemesterEditor *m_editor = nullptr;
    QCheckBox *m_makeCurrent = nullptr;
    MessageLabel *m_message = nullptr;
    qint64 m_addedId = 0;
};

} // namespace rr
