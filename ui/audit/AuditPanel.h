#pragma once
// The administrator's view of the whole audit trail: filter by person, date
// range and kind, the actions with the fields each changed, and export to
// .xlsx/.csv. (A tab of Settings for now; the policy keeps it to admins.)
#include "shell/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace rr {

class AuditTrailView;
class MessageLabel;
struct AuditFilter;

class AuditPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AuditPanel(Session session, QWidget *parent = nullptr);

    void reload();
    AuditFilter filter() const;
    // Writes the filtered trail to `path` (.xlsx or .csv); the export button asks for it.
    bool exportTo(const QString &path);

    QComboBox *personCombo() const { return m_person; }
    QComboBox *kindCombo() const { return m_kind; }
    QCheckBox *sinceCheck() const { return m_useSince; }
    QDateEdit *sinceEdit() const { return m_since; }
    QCheckBox *untilCheck() const { return m_useUntil; }
    QDateEdit *untilEdit() const { return m_until; }
    AuditTrailView *trail() const { return m_trail; }
    QLabel *countLabel() const { return m_count; }
    MessageLabel *message() const { return m_message; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPeople();
    void chooseExport();

    Session m_session;
    QComboBox *m_person = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_useSince = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_useUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    MessageLabel *m_message = nullptr;
    AuditTrailView *m_trail = nullptr;
};

} // namespace rr
