#pragma once
// The training record (个别化训练记录) of one session: when, where, who led
// it; each student's attendance, arrival and handover, the IEP objectives
// worked on with their data, performance and results; the session's
// content, method, equipment, problems and next steps.
//
// A draft is saved and signed here. A signed record opens read-only; "Amend…"
// makes it editable again, and saving asks for the reason, so the correction
// is kept as an amendment beside the signed version (History…).
// Dialogs open window-modal and non-blocking.
#include "print/FormDocument.h"
#include "shell/Session.h"
#include "timetable/TimetableNames.h"
#include "training/LedgerEquipment.h"
#include "training/TrainingSession.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimeEdit;

namespace rr {

class AmendmentDialog;
class EquipmentPickerDialog;
class MessageLabel;
class RecordHistoryDialog;
class StudentRecordForm;

class RecordEditorDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Draft, ReadOnly, Amending };

    RecordEditorDialog(Session session, qint64 sessionId, QWidget *parent = nullptr);

    bool isLoaded() const { return m_stored.id > 0; }
    qint64 sessionId() const { return m_stored.id; }
    Mode mode() const { return m_mode; }
    const TrainingSession &stored() const { return m_stored; }
    // The record as the inputs hold it; values off their scale are refused.
    Result<TrainingSession> record() const;
    bool isDirty() const;

    // The buttons' actions; each writes through one repository call.
    bool saveDraft();
    // What an inspection will find empty, one line per student ("李小红: Results").
    Result<QStringList> missingFields() const;
    bool sign(bool confirmMissing = true);
    void startAmendment();
    void cancelAmendment();
    bool saveAmendment();       // opens the reason dialog; the amendment is written when it is accepted
    void showHistory();
    bool removeDraft(bool confirm = true);
    void sameAsLastTime(qint64 studentId);
    // Opens the ledger picker (window-modal); the ticked items are added to the equipment.
    void pickEquipment();
    EquipmentPickerDialog *equipmentPicker() const;
    // Adds items picked from the ledger to the equipment line, linked to them.
    void addPickedEquipment(const QList<EquipmentChoice> &choices);
    // The record's equipment as it will be saved: names with their ledger items.
    QList<EquipmentUse> equipment() const;
    // The record as printed (个别化训练记录表), corrections listed.
    Result<FormDocument> printDocument() const;
    void print();

    // Every input the record has, for tests and the read-only switch.
    QList<QWidget *> inputs() const;
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QComboBox *roomCombo() const { return m_room; }
    QComboBox *instructorCombo() const { return m_instructor; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *serviceCombo() const { return m_service; }
    QLineEdit *topicEdit() const { return m_topic; }
    QPlainTextEdit *contentEdit() const { return m_content; }
    QPlainTextEdit *methodEdit() const { return m_method; }
    QLineEdit *equipmentEdit() const { return m_equipment; }
    QPushButton *equipmentFromLedgerButton() const { return m_fromLedger; }
    QPlainTextEdit *problemsEdit() const { return m_problems; }
    QPlainTextEdit *nextStepsEdit() const { return m_nextSteps; }
    QTabWidget *studentTabs() const { return m_studentTabs; }
    StudentRecordForm *studentForm(qint64 studentId) const;
    QList<StudentRecordForm *> studentForms() const { return m_forms; }
    QLabel *stateLabel() const { return m_state; }
    MessageLabel *message() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *amendButton() const { return m_amend; }
    QPushButton *cancelAmendButton() const { return m_cancelAmend; }
    QPushButton *historyButton() const { return m_history; }
    QPushButton *auditTrailButton() const { return m_auditTrail; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *printButton() const { return m_print; }
    AmendmentDialog *amendmentDialog() const;
    RecordHistoryDialog *historyDialog() const;

    void reject() override;

signals:
    void recordChanged(qint64 sessionId);

private:
    void buildHeader();
    void buildSessionFields();
    void buildButtons();
    bool load(qint64 sessionId);
    // The record cannot be shown (gone, or not readable): said, and nothing to edit.
    void showUnavailable(const Error &error);
    bool display(const TrainingSession &record);   // false: a read failed (said in the dialog)
    void setMode(Mode mode);
    void updateState();
    void updateTabTitles();
    void writeAmendment(const QString &reason, const QString &author, const QDate &date);
    Result<qint64> signerId() const;

    Session m_session;
    TimetableNames m_names;
    TrainingSession m_stored;
    Mode m_mode = Mode::Draft;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_room = nullptr;
    QComboBox *m_instructor = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_topic = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QPlainTextEdit *m_method = nullptr;
    QLineEdit *m_equipment = nullptr;
    QPushButton *m_fromLedger = nullptr;
    QPointer<EquipmentPickerDialog> m_picker;
    // Equipment names → ledger item: as stored (0 for free text) and as picked.
    QHash<QString, qint64> m_picked;
    QList<EquipmentChoice> m_choices;   // the ledger's items, the record's room first
    QPlainTextEdit *m_problems = nullptr;
    QPlainTextEdit *m_nextSteps = nullptr;
    QTabWidget *m_studentTabs = nullptr;
    QList<StudentRecordForm *> m_forms;
    MessageLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_amend = nullptr;
    QPushButton *m_cancelAmend = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_auditTrail = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<AmendmentDialog> m_amendmentDialog;
    QPointer<RecordHistoryDialog> m_historyDialog;
};

} // namespace rr
