#pragma once
// Shown when a draft IEP cannot take effect: everything still missing, one
// line each, as core lists it (IepRepository::activationProblems), so the
// team fixes all of it at once instead of one refusal after another.
#include <QDialog>

class QListWidget;

namespace rr {

class ActivationProblemsDialog final : public QDialog {
    Q_OBJECT
public:
    ActivationProblemsDialog(const QString &planName, const QStringList &problems, QWidget *parent = nullptr);
    QListWidget *problemList() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
};

} // namespace rr
