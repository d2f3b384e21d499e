#include "training/RecordEditorDialog.h"
#include "audit/AuditHistoryDialog.h"
#include "calendar/ScreenDate.h"
#include "common/TimeEdit.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "iep/EnumCombo.h"
#include "school/CurrentUser.h"
#include "training/AmendmentDialog.h"
#include "training/EquipmentPickerDialog.h"
#include "training/FormPreview.h"
#include "training/NameList.h"
#include "training/RecordHistoryDialog.h"
#include "training/RecordState.h"
#include "training/SessionRepository.h"
#include "training/StudentObjectives.h"
#include "training/StudentRecordForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QPlainTextEdit *makeTextEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 2 + 14);
    return edit;
}

// A read-only record shows what was written: examples in empty fields would read as content.
void showPlaceholders(QWidget *root, bool shown)
{
    const char *stash = "rrPlaceholder";
    auto apply = [&](QWidget *edit, const QString &current, auto setter) {
        if (!edit->property(stash).isValid())
            edit->setProperty(stash, current);
        setter(shown ? edit->property(stash).toString() : QString());
    };
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        apply(edit, edit->placeholderText(), [edit](const QString &t) { edit->setPlaceholderText(t); });
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        apply(edit, edit->placeholderText(), [edit](const QString &t) { edit->setPlaceholderText(t); });
}

SessionNames sessionNamesOf(const TimetableNames &names)
{
    SessionNames result;
    for (const Room &r : names.rooms)
        result.rooms.insert(r.id, r.name);
    for (const StaffMember &m : names.staff)
        result.staff.insert(m.id, m.name);
    for (const StudentSummary &s : names.students)
        result.students.insert(s.id, s.name);
    return result;
}

} // namespace

RecordEditorDialog::RecordEditorDialog(Session session, qint64 sessionId, QWidget *parent)
    : QDialog(parent), m_session(std::move(session))
{
    const auto names = TimetableNames::load(m_session.db);
    if (names)
        m_names = *names;
    setObjectName(u"recordEditor"_s);
    // A signed record is read: its disabled inputs keep dark text instead of the faint disabled grey.
    setStyleSheet(u"QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled "
                  "{ color: #323f4b; }"_s);
    setWindowTitle(tr("Training record"));
    buildHeader();
    buildSessionFields();
    buildButtons();
    if (names)
        load(sessionId);
    else
        showUnavailable(names.error());

    QSize size(1240, 720);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
}

void RecordEditorDialog::buildHeader()
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"recordTitle"_s);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(u"recordState"_s);
    m_state->setWordWrap(false);
    m_state->setMargin(4);

    m_date = new QDateEdit(this);
    m_date->setObjectName(u"recordDate"_s);
    m_date->setCalendarPopup(true);
    m_start = new TimeEdit(this);
    m_start->setObjectName(u"recordStart"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end = new TimeEdit(this);
    m_end->setObjectName(u"recordEnd"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_room = new QComboBox(this);
    m_room->setObjectName(u"recordRoom"_s);
    for (const Room &room : std::as_const(m_names.rooms))
        m_room->addItem(room.name, room.id);
    m_instructor = new QComboBox(this);
    m_instructor->setObjectName(u"recordInstructor"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"recordKind"_s);
    for (SessionKind kind : {SessionKind::Individual, SessionKind::Group})
        m_kind->addItem(sessionKindLabel(kind), int(kind));
    m_service = new QComboBox(this);
    m_service->setObjectName(u"recordService"_s);
    fillEnumCombo(m_service, allServiceTypes(), serviceTypeLabel);
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(u"recordTopic"_s);
    m_topic->setPlaceholderText(tr("e.g. 数学个训"));
}

void RecordEditorDialog::buildSessionFields()
{
    m_content = makeTextEdit(u"recordContent"_s, tr("What was trained, e.g. 10以内加法（实物操作）"), this);
    m_method = makeTextEdit(u"recordMethod"_s, tr("How, e.g. 示范—练习—强化"), this);
    m_equipment = new QLineEdit(this);
    m_equipment->setObjectName(u"recordEquipment"_s);
    m_equipment->setPlaceholderText(tr("Separate with 、 or commas, e.g. 计数棒、数字卡片"));
    m_fromLedger = new QPushButton(tr("From the ledger…"), this);
    m_fromLedger->setObjectName(u"recordEquipmentFromLedger"_s);
    m_fromLedger->setToolTip(tr("Pick the equipment from the ledger, so that its use is counted"));
    connect(m_fromLedger, &QPushButton::clicked, this, &RecordEditorDialog::pickEquipment);
    m_problems = makeTextEdit(u"recordProblems"_s, tr("Problems noticed"), this);
    m_nextSteps = makeTextEdit(u"recordNextSteps"_s, tr("What to change next time"), this);
    m_studentTabs = new QTabWidget(this);
    m_studentTabs->setObjectName(u"recordStudents"_s);
    m_studentTabs->setDocumentMode(true);
}

void RecordEditorDialog::buildButtons()
{
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"recordMessage"_s);
    m_save = new QPushButton(tr("Save draft"), this);
    m_save->setObjectName(u"saveRecord"_s);
    m_sign = new QPushButton(tr("Sign"), this);
    m_sign->setObjectName(u"signRecord"_s);
    m_sign->setToolTip(tr("A signed record is read-only; corrections are kept as amendments"));
    m_amend = new QPushButton(tr("Amend…"), this);
    m_amend->setObjectName(u"amendRecord"_s);
    m_cancelAmend = new QPushButton(tr("Cancel amendment"), this);
    m_cancelAmend->setObjectName(u"cancelAmendment"_s);
    m_history = new QPushButton(tr("History…"), this);
    m_history->setObjectName(u"recordHistory"_s);
    m_auditTrail = new QPushButton(tr("Change log…"), this);
    m_auditTrail->setObjectName(u"recordAuditTrail"_s);
    m_auditTrail->setToolTip(tr("Who created, changed or signed this record, field by field"));
    connect(m_auditTrail, &QPushButton::clicked, this, [this] {
        AuditHistoryDialog::show(m_session, u"training_sessions"_s, this->sessionId(), windowTitle(), this);
    });
    m_remove = new QPushButton(tr("Delete draft"), this);
    m_remove->setObjectName(u"removeRecord"_s);
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(u"printRecord"_s);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(u"closeRecord"_s);

    // Header: two rows of labelled fields.
    auto *header = new QGridLayout;
    header->setHorizontalSpacing(8);
    auto *time = new QHBoxLayout;
    time->addWidget(m_start);
    time->addWidget(new QLabel(u"–"_s, this));
    time->addWidget(m_end);
    header->addWidget(new QLabel(tr("Date"), this), 0, 0);
    header->addWidget(m_date, 0, 1);
    header->addWidget(new QLabel(tr("Time"), this), 0, 2);
    header->addLayout(time, 0, 3);
    header->addWidget(new QLabel(tr("Room"), this), 0, 4);
    header->addWidget(m_room, 0, 5);
    header->addWidget(new QLabel(tr("Instructor"), this), 0, 6);
    header->addWidget(m_instructor, 0, 7);
    header->addWidget(new QLabel(tr("Kind"), this), 1, 0);
    header->addWidget(m_kind, 1, 1);
    header->addWidget(new QLabel(tr("Service"), this), 1, 2);
    header->addWidget(m_service, 1, 3);
    header->addWidget(new QLabel(tr("Training"), this), 1, 4);
    header->addWidget(m_topic, 1, 5, 1, 4);
    header->setColumnStretch(8, 1);

    auto *sessionBox = new QGroupBox(tr("The session"), this);
    auto *sessionForm = new QFormLayout(sessionBox);
    sessionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    sessionForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    sessionForm->addRow(tr("Content"), m_content);
    sessionForm->addRow(tr("Method"), m_method);
    auto *equipmentRow = new QHBoxLayout;
    equipmentRow->addWidget(m_equipment, 1);
    equipmentRow->addWidget(m_fromLedger);
    sessionForm->addRow(tr("Equipment and teaching aids"), equipmentRow);
    sessionForm->addRow(tr("Problems"), m_problems);
    sessionForm->addRow(tr("Next steps"), m_nextSteps);

    auto *studentBox = new QGroupBox(tr("The students"), this);
    auto *studentLayout = new QVBoxLayout(studentBox);
    studentLayout->setContentsMargins(4, 4, 4, 4);
    studentLayout->addWidget(m_studentTabs);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(sessionBox);
    splitter->addWidget(studentBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 740});

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_state);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_history);
    buttons->addWidget(m_auditTrail);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelAmend);
    buttons->addWidget(m_amend);
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::Amending)
            saveAmendment();
        else
            saveDraft();
    });
    connect(m_sign, &QPushButton::clicked, this, [this] { sign(); });
    connect(m_amend, &QPushButton::clicked, this, &RecordEditorDialog::startAmendment);
    connect(m_cancelAmend, &QPushButton::clicked, this, &RecordEditorDialog::cancelAmendment);
    connect(m_history, &QPushButton::clicked, this, &RecordEditorDialog::showHistory);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeDraft(); });
    connect(m_print, &QPushButton::clicked, this, &RecordEditorDialog::print);
    connect(m_close, &QPushButton::clicked, this, &RecordEditorDialog::reject);
}

bool RecordEditorDialog::load(qint64 sessionId)
{
    const auto record = SessionRepository(m_session.db, m_session.clock).byId(sessionId);
    if (!record) {
        showUnavailable(record.error().code == ErrorCode::NotFound
                            ? makeError(ErrorCode::NotFound, tr("This training record no longer exists."))
                            : record.error());
        return false;
    }
    m_stored = *record;
    if (display(m_stored)) {
        setMode(m_stored.isSigned() ? Mode::ReadOnly : Mode::Draft);
        return true;
    }
    // Nothing is edited or signed that is not on screen as stored.
    for (QWidget *input : inputs())
        input->setEnabled(false);
    for (StudentRecordForm *form : std::as_const(m_forms))
        form->setEditable(false);
    for (QPushButton *b : {m_save, m_sign, m_amend, m_cancelAmend, m_history, m_remove, m_print})
        b->hide();
    return false;
}

void RecordEditorDialog::showUnavailable(const Error &error)
{
    m_stored = {};
    m_title->setText(tr("Training record"));
    reportReadFailure(this, error, m_message);
    for (QWidget *input : inputs())
        input->setEnabled(false);
    for (QPushButton *b : {m_save, m_sign, m_amend, m_cancelAmend, m_history, m_remove, m_print})
        b->hide();
}

bool RecordEditorDialog::display(const TrainingSession &s)
{
    m_title->setText(tr("Training record of %1, %2")
                         .arg(screenDate(s.date), timeRange(s.start, s.end)));
    setWindowTitle(tr("Training record — %1").arg(screenDate(s.date)));
    m_date->setDate(s.date);
    m_start->setTime(s.start);
    m_end->setTime(s.end);
    m_room->setCurrentIndex(m_room->findData(s.roomId));
    m_instructor->clear();
    m_instructor->addItem(tr("(no instructor)"), qint64(0));
    for (const StaffMember &member : std::as_const(m_names.staff))
        if (member.isActive() || member.id == s.instructorId)
            m_instructor->addItem(member.name, member.id);
    m_instructor->setCurrentIndex(qMax(0, m_instructor->findData(s.instructorId)));
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    setEnumComboValue(m_service, s.service);
    m_topic->setText(s.topic);
    m_content->setPlainText(s.content);
    m_method->setPlainText(s.method);
    // The ledger's items link the equipment typed by name; the record can
    // still be read and saved with free text when the ledger cannot be read.
    if (auto choices = equipmentChoices(m_session.db, s.roomId))
        m_choices = *choices;
    else
        reportReadFailure(this, choices.error(), m_message);
    QStringList equipment;
    m_picked.clear();
    for (const EquipmentUse &e : s.equipment) {
        equipment << e.name;
        m_picked.insert(e.name, e.itemId);
    }
    m_equipment->setText(joinNameList(equipment));
    m_problems->setPlainText(s.problems);
    m_nextSteps->setPlainText(s.nextSteps);

    QList<qint64> shownIds;
    for (const StudentRecordForm *form : std::as_const(m_forms))
        shownIds.append(form->studentId());
    if (shownIds != s.studentIds()) {
        while (m_studentTabs->count() > 0) {
            QWidget *page = m_studentTabs->widget(0);
            m_studentTabs->removeTab(0);
            page->deleteLater();
        }
        m_forms.clear();
        for (const SessionStudent &st : s.students) {
            const QString name = m_names.student(st.studentId);
            const auto objectives = StudentObjectives::load(m_session.db, st.studentId, s.date);
            if (!objectives) {
                reportReadFailure(this, objectives.error(), m_message);
                return false;
            }
            auto *form = new StudentRecordForm(st.studentId, name, *objectives);
            auto *scroll = new QScrollArea;
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(form);
            m_studentTabs->addTab(scroll, name);
            m_forms.append(form);
            connect(form, &StudentRecordForm::sameAsLastTimeRequested, this, &RecordEditorDialog::sameAsLastTime);
            connect(form, &StudentRecordForm::changed, this, &RecordEditorDialog::updateTabTitles);
        }
    }
    for (int i = 0; i < m_forms.size(); ++i)
        m_forms.at(i)->setStudent(s.students.at(i));
    updateTabTitles();
    return true;
}

void RecordEditorDialog::updateTabTitles()
{
    for (int i = 0; i < m_forms.size(); ++i) {
        const StudentRecordForm *form = m_forms.at(i);
        const Attendance attendance = static_cast<Attendance>(form->attendanceCombo()->currentData().toInt());
        m_studentTabs->setTabText(i, attendance == Attendance::Present
                                         ? form->name()
                                         : tr("%1 (%2)").arg(form->name(), attendanceLabel(attendance)));
    }
}

void RecordEditorDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool editable = mode != Mode::ReadOnly;
    for (QWidget *input : inputs())
        input->setEnabled(editable);
    for (StudentRecordForm *form : std::as_const(m_forms))
        form->setEditable(editable);
    showPlaceholders(this, editable);
    m_save->setVisible(editable);
    m_save->setEnabled(editable);
    m_save->setText(mode == Mode::Amending ? tr("Save amendment…") : tr("Save draft"));
    m_sign->setVisible(mode == Mode::Draft);
    m_remove->setVisible(mode == Mode::Draft);
    m_amend->setVisible(mode == Mode::ReadOnly);
    m_cancelAmend->setVisible(mode == Mode::Amending);
    m_history->setEnabled(m_stored.isSigned());
    updateState();
}

void RecordEditorDialog::updateState()
{
    QString text;
    QString style;
    if (m_mode == Mode::Draft) {
        text = tr("Draft — sign it once the record is complete");
        style = u"background: #fff4d6; color: #7a4b00; border-radius: 4px;"_s;
    } else {
        const QString signer = m_names.staffName(m_stored.signedBy);
        text = tr("Signed by %1 on %2").arg(signer, screenDate(m_stored.signedAt.date()));
        if (m_stored.version > 0)
            text += u" · "_s + tr("amended %n time(s)", "", m_stored.version);
        text += u" · "_s + (m_mode == Mode::Amending ? tr("amending: save asks for the reason") : tr("read-only"));
        style = m_mode == Mode::Amending ? u"background: #fde2e1; color: #8a1c13; border-radius: 4px;"_s
                                         : u"background: #dcefe3; color: #1d5b34; border-radius: 4px;"_s;
    }
    m_state->setText(text);
    m_state->setStyleSheet(style);
}

QList<QWidget *> RecordEditorDialog::inputs() const
{
    QList<QWidget *> list{m_date, m_start, m_end, m_room, m_instructor, m_kind, m_service, m_topic,
                          m_content, m_method, m_equipment, m_fromLedger, m_problems, m_nextSteps};
    for (StudentRecordForm *form : m_forms) {
        list << form->attendanceCombo() << form->reasonEdit() << form->arrivalEdit() << form->departureEdit()
             << form->handoverEdit() << form->ratingCombo() << form->promptCombo() << form->performanceEdit()
             << form->resultsEdit() << form->objectiveCombo() << form->addObjectiveButton()
             << form->sameAsLastTimeButton();
    }
    return list;
}

StudentRecordForm *RecordEditorDialog::studentForm(qint64 studentId) const
{
    for (StudentRecordForm *form : m_forms)
        if (form->studentId() == studentId)
            return form;
    return nullptr;
}

QList<EquipmentUse> RecordEditorDialog::equipment() const
{
    // A ledger item keeps its link while its name is kept; a name typed that
    // is exactly a ledger item's links to it (the training room's first).
    return linkEquipment(splitNameList(m_equipment->text()), m_picked, m_choices);
}

void RecordEditorDialog::pickEquipment()
{
    const qint64 roomId = m_room->currentData().toLongLong();
    auto choices = equipmentChoices(m_session.db, roomId);
    if (!choices) {
        reportReadFailure(this, choices.error(), m_message);
        return;
    }
    m_choices = *choices;
    if (m_picker)
        m_picker->deleteLater();
    m_picker = new EquipmentPickerDialog(m_choices, m_room->currentText(), this);
    m_picker->setWindowModality(Qt::WindowModal);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_picker, &QDialog::accepted, this, [this, picker = m_picker] {
        if (picker)
            addPickedEquipment(picker->selectedChoices());
    });
    m_picker->open();
}

EquipmentPickerDialog *RecordEditorDialog::equipmentPicker() const
{
    return m_picker;
}

void RecordEditorDialog::addPickedEquipment(const QList<EquipmentChoice> &choices)
{
    QStringList names = splitNameList(m_equipment->text());
    for (const EquipmentChoice &choice : choices) {
        // Two items of one name (沙盘 in two rooms) stay apart by their number.
        QString name = choice.name;
        if (m_picked.contains(name) && m_picked.value(name) != choice.itemId)
            name = u"%1（%2）"_s.arg(choice.name, choice.ledgerNo);
        m_picked.insert(name, choice.itemId);
        if (!names.contains(name))
            names.append(name);
    }
    m_equipment->setText(joinNameList(names));
}

Result<TrainingSession> RecordEditorDialog::record() const
{
    TrainingSession s = m_stored;
    s.date = m_date->date();
    s.start = m_start->time();
    s.end = m_end->time();
    s.roomId = m_room->currentData().toLongLong();
    s.instructorId = m_instructor->currentData().toLongLong();
    s.kind = static_cast<SessionKind>(m_kind->currentData().toInt());
    s.service = enumComboValue<ServiceType>(m_service);
    s.topic = m_topic->text().trimmed();
    s.content = m_content->toPlainText().trimmed();
    s.method = m_method->toPlainText().trimmed();
    s.equipment = equipment();
    s.problems = m_problems->toPlainText().trimmed();
    s.nextSteps = m_nextSteps->toPlainText().trimmed();
    s.students.clear();
    for (const StudentRecordForm *form : m_forms) {
        auto student = form->student();
        if (!student)
            return student.error();
        s.students.append(*student);
    }
    return s;
}

bool RecordEditorDialog::isDirty() const
{
    if (!isLoaded() || m_mode == Mode::ReadOnly)
        return false;
    const auto current = record();
    return !current || !(*current == m_stored);
}

bool RecordEditorDialog::saveDraft()
{
    m_message->clearMessage();
    if (m_mode != Mode::Draft) {
        m_message->showError(tr("The record is signed and read-only: use Amend… to correct it."));
        return false;
    }
    const auto current = record();
    if (!current) {
        m_message->showError(current.error().message);
        return false;
    }
    if (auto saved = SessionRepository(m_session.db, m_session.clock).saveDraft(*current); !saved) {
        m_message->showError(saved.error().message);
        return false;
    }
    load(m_stored.id);
    m_message->showInfo(tr("The draft was saved."));
    emit recordChanged(m_stored.id);
    return true;
}

Result<qint64> RecordEditorDialog::signerId() const
{
    // The current user signs what she signs; a file without one falls back on the instructor.
    const auto user = CurrentUser(m_session.db).id();
    if (!user || *user > 0)
        return user;
    return m_stored.instructorId;
}

Result<QStringList> RecordEditorDialog::missingFields() const
{
    const auto current = record();
    return SessionRepository(m_session.db, m_session.clock).signOffWarnings(current ? *current : m_stored);
}

bool RecordEditorDialog::sign(bool confirmMissing)
{
    m_message->clearMessage();
    if (m_mode != Mode::Draft) {
        m_message->showError(tr("The record is already signed."));
        return false;
    }
    const auto current = record();
    if (!current) {
        m_message->showError(current.error().message);
        return false;
    }
    SessionRepository sessions(m_session.db, m_session.clock);
    // What the room's rules require refuses the signature before anything is asked.
    const auto check = sessions.signOffCheck(*current);
    if (!check) {
        m_message->showError(check.error().message);
        return false;
    }
    if (!check->isEmpty() && confirmMissing) {
        const auto answer = QMessageBox::question(
            this, tr("Sign an incomplete record?"),
            tr("These are still empty:\n%1\n\nSign the record anyway? It cannot be changed "
               "afterwards except by an amendment.")
                .arg(check->join(u'\n')),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const auto signer = signerId();
    if (!signer) {
        m_message->showError(signer.error().message);
        return false;
    }
    // Unsaved changes are saved with the signature, in one action: a refusal keeps neither.
    const auto signedOff = *current == m_stored ? sessions.sign(m_stored.id, *signer)
                                                : sessions.saveAndSign(*current, *signer);
    if (!signedOff) {
        m_message->showError(signedOff.error().message);
        return false;
    }
    load(m_stored.id);
    m_message->showInfo(tr("The record was signed; it is now read-only."));
    emit recordChanged(m_stored.id);
    return true;
}

void RecordEditorDialog::startAmendment()
{
    if (m_mode != Mode::ReadOnly)
        return;
    m_message->showInfo(tr("Correct the record, then save: you will be asked for the reason."));
    setMode(Mode::Amending);
}

void RecordEditorDialog::cancelAmendment()
{
    if (m_mode != Mode::Amending)
        return;
    const bool shown = display(m_stored);
    setMode(Mode::ReadOnly);
    if (shown)
        m_message->clearMessage();
}

bool RecordEditorDialog::saveAmendment()
{
    m_message->clearMessage();
    if (m_mode != Mode::Amending)
        return false;
    const auto current = record();
    if (!current) {
        m_message->showError(current.error().message);
        return false;
    }
    const QList<FieldChange> changes = sessionChanges(m_stored, *current, sessionNamesOf(m_names));
    if (changes.isEmpty()) {
        m_message->showError(tr("Nothing was changed yet."));
        return false;
    }
    QStringList lines;
    for (const FieldChange &c : changes) {
        const QString field = c.studentId > 0 ? tr("%1 — %2").arg(m_names.student(c.studentId), sessionFieldLabel(c.field))
                                              : sessionFieldLabel(c.field);
        lines << tr("%1: %2 → %3").arg(field, c.before.isEmpty() ? tr("(empty)") : c.before,
                                        c.after.isEmpty() ? tr("(empty)") : c.after);
    }
    if (m_amendmentDialog)
        m_amendmentDialog->close();
    const auto author = CurrentUser(m_session.db).name();
    if (!author) {
        m_message->showError(author.error().message);
        return false;
    }
    m_amendmentDialog = new AmendmentDialog(*author,
                                            m_session.clock->today(), lines, this);
    m_amendmentDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_amendmentDialog, &QDialog::accepted, this, [this, dialog = m_amendmentDialog] {
        if (dialog)
            writeAmendment(dialog->reason(), dialog->author(), dialog->date());
    });
    m_amendmentDialog->open();
    return true;
}

void RecordEditorDialog::writeAmendment(const QString &reason, const QString &author, const QDate &date)
{
    const auto current = record();
    if (!current) {
        m_message->showError(current.error().message);
        return;
    }
    auto amended = SessionRepository(m_session.db, m_session.clock).amend(*current, reason, author, date);
    if (!amended) {
        m_message->showError(amended.error().message);
        return;
    }
    load(m_stored.id);
    m_message->showInfo(tr("Amendment %1 was saved; the signed version is kept in the history.").arg(*amended));
    emit recordChanged(m_stored.id);
}

void RecordEditorDialog::showHistory()
{
    if (!m_stored.isSigned())
        return;
    if (m_historyDialog)
        m_historyDialog->close();
    m_historyDialog = new RecordHistoryDialog(m_session, m_stored.id, this);
    m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog->open();
}

bool RecordEditorDialog::removeDraft(bool confirm)
{
    if (m_mode != Mode::Draft)
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Delete the draft?"),
                                 tr("Delete this draft record and the data points it wrote? The timetable session "
                                    "will show as not recorded."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return false;
    const qint64 id = m_stored.id;
    if (auto removed = SessionRepository(m_session.db, m_session.clock).removeDraft(id); !removed) {
        m_message->showError(removed.error().message);
        return false;
    }
    m_stored = {};
    emit recordChanged(id);
    QDialog::reject();
    return true;
}

void RecordEditorDialog::sameAsLastTime(qint64 studentId)
{
    StudentRecordForm *form = studentForm(studentId);
    if (!form || m_mode == Mode::ReadOnly)
        return;
    const auto current = record();
    if (!current) {
        m_message->showError(current.error().message);
        return;
    }
    const SessionRepository sessions(m_session.db, m_session.clock);
    const auto previous = sessions.previousRecord(studentId, current->date);
    if (!previous) {
        reportReadFailure(this, previous.error(), m_message);
        return;
    }
    if (!*previous) {
        m_message->showInfo(tr("%1 has no earlier record to copy from.").arg(form->name()));
        return;
    }
    const auto copied = sessions.sameAsLastTime(*current, studentId);
    if (!copied) {
        reportReadFailure(this, copied.error(), m_message);
        return;
    }
    const TrainingSession &filled = *copied;
    if (const SessionStudent *st = filled.student(studentId))
        form->setObjectives(st->objectives);
    if (m_content->toPlainText().trimmed().isEmpty())
        m_content->setPlainText(filled.content);
    if (m_method->toPlainText().trimmed().isEmpty())
        m_method->setPlainText(filled.method);
    if (m_equipment->text().trimmed().isEmpty()) {
        QStringList names;
        for (const EquipmentUse &e : filled.equipment)
            names << e.name;
        m_equipment->setText(joinNameList(names));
    }
    m_message->showInfo(tr("Filled in from %1's record of %2: enter today's values.")
                            .arg(form->name(), screenDate((*previous)->date)));
}

Result<FormDocument> RecordEditorDialog::printDocument() const
{
    FormRequest request;
    request.sessionId = m_stored.id;
    return buildRegisteredForm(u"training-record"_s, m_session, request);
}

void RecordEditorDialog::print()
{
    // The paper shows what is stored: unsaved changes are not on it.
    if (isDirty()) {
        m_message->showError(tr("Save the record before printing it."));
        return;
    }
    auto document = printDocument();
    if (!document) {
        m_message->showError(document.error().message);
        return;
    }
    if (auto problem = previewForm(*document, this))
        m_message->showError(problem->message);
}

void RecordEditorDialog::reject()
{
    if (isDirty()
        && QMessageBox::question(this, tr("Discard the changes?"),
                                 tr("The record has changes that are not saved. Close it without saving them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    QDialog::reject();
}

AmendmentDialog *RecordEditorDialog::amendmentDialog() const
{
    return m_amendmentDialog;
}

RecordHistoryDialog *RecordEditorDialog::historyDialog() const
{
    return m_historyDialog;
}

} // namespace rr
