#include "training/StudentRecordForm.h"
#include "common/TimeEdit.h"

#include "iep/IepContentText.h"
#include "iep/ScaleValueEdit.h"
#include "training/ObjectiveWorkRow.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QTimeEdit *makeOptionalTimeEdit(QWidget *parent)
{
    auto *edit = new TimeEdit(parent);
    edit->setDisplayFormat(u"HH:mm"_s);
    edit->setMinimumTime(QTime(0, 0));
    edit->setSpecialValueText(u"—"_s);
    edit->setTime(QTime(0, 0));
    return edit;
}

QTime optionalTime(const QTimeEdit *edit)
{
    const QTime t = edit->time();
    return t == edit->minimumTime() ? QTime() : QTime(t.hour(), t.minute());
}

void setOptionalTime(QTimeEdit *edit, const QTime &time)
{
    edit->setTime(time.isValid() ? time : edit->minimumTime());
}

namespace {

QPlainTextEdit *makeTextEdit(const QString &placeholder, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

StudentRecordForm::StudentRecordForm(qint64 studentId, const QString &name, StudentObjectives objectives,
                                     QWidget *parent)
    : QWidget(parent), m_studentId(studentId), m_name(name), m_objectives(std::move(objectives))
{
    setObjectName(u"studentRecord-%1"_s.arg(studentId));

    m_attendance = new QComboBox(this);
    m_attendance->setObjectName(u"attendance"_s);
    for (Attendance a : allAttendances())
        m_attendance->addItem(attendanceLabel(a), int(a));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"absenceReason"_s);
    m_reason->setPlaceholderText(tr("Why absent or on leave, e.g. 病假"));
    m_arrival = makeOptionalTimeEdit(this);
    m_arrival->setObjectName(u"arrival"_s);
    m_departure = makeOptionalTimeEdit(this);
    m_departure->setObjectName(u"departure"_s);
    m_handover = new QLineEdit(this);
    m_handover->setObjectName(u"handedOverTo"_s);
    m_handover->setPlaceholderText(tr("Who took the student, e.g. 班主任李老师"));
    m_rating = new QComboBox(this);
    m_rating->setObjectName(u"rating"_s);
    m_rating->addItem(u"—"_s, 0);
    for (int stars = 1; stars <= 5; ++stars)
        m_rating->addItem(QString(stars, QChar(0x2605)), stars);
    m_prompt = new QComboBox(this);
    m_prompt->setObjectName(u"promptLevel"_s);
    m_prompt->addItem(u"—"_s, -1);
    for (int level = int(PromptLevel::Independent); level >= int(PromptLevel::FullAssist); --level)
        m_prompt->addItem(promptLevelLabel(static_cast<PromptLevel>(level)), level);
    m_prompt->setToolTip(tr("The least help with which the student succeeded"));

    auto *top = new QGridLayout;
    top->setHorizontalSpacing(8);
    top->addWidget(new QLabel(tr("Attendance"), this), 0, 0);
    top->addWidget(m_attendance, 0, 1);
    top->addWidget(new QLabel(tr("Reason"), this), 0, 2);
    top->addWidget(m_reason, 0, 3);
    top->addWidget(new QLabel(tr("Arrived"), this), 1, 0);
    top->addWidget(m_arrival, 1, 1);
    top->addWidget(new QLabel(tr("Left"), this), 1, 2);
    top->addWidget(m_departure, 1, 3, Qt::AlignLeft);
    top->addWidget(new QLabel(tr("Handed over to"), this), 2, 0);
    top->addWidget(m_handover, 2, 1, 1, 3);
    top->addWidget(new QLabel(tr("Rating"), this), 3, 0);
    top->addWidget(m_rating, 3, 1);
    top->addWidget(new QLabel(tr("Prompt level"), this), 3, 2);
    top->addWidget(m_prompt, 3, 3, Qt::AlignLeft);
    top->setColumnStretch(3, 1);

    auto *objectiveBox = new QGroupBox(tr("IEP objectives worked on (their data go to the progress charts)"), this);
    objectiveBox->setObjectName(u"objectivesWorkedOn"_s);
    m_rowLayout = new QVBoxLayout;
    m_rowLayout->setSpacing(4);
    m_noObjectives = new QLabel(objectiveBox);
    m_noObjectives->setObjectName(u"noObjectives"_s);
    m_noObjectives->setWordWrap(true);
    m_noObjectives->setStyleSheet(u"color: #52606d;"_s);
    m_objectiveChoice = new QComboBox(objectiveBox);
    m_objectiveChoice->setObjectName(u"objectiveChoice"_s);
    m_objectiveChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_objectiveChoice->setMinimumContentsLength(16);
    m_addObjective = new QPushButton(tr("Add objective"), objectiveBox);
    m_addObjective->setObjectName(u"addObjective"_s);
    m_sameAsLastTime = new QPushButton(tr("Same as last time"), objectiveBox);
    m_sameAsLastTime->setObjectName(u"sameAsLastTime"_s);
    m_sameAsLastTime->setToolTip(tr("The objectives of the previous record (without values), and its content, method "
                                    "and equipment where this record has none yet"));
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_objectiveChoice, 1);
    chooser->addWidget(m_addObjective);
    chooser->addWidget(m_sameAsLastTime);
    auto *objectiveLayout = new QVBoxLayout(objectiveBox);
    objectiveLayout->addLayout(m_rowLayout);
    objectiveLayout->addWidget(m_noObjectives);
    objectiveLayout->addLayout(chooser);

    m_performance = makeTextEdit(tr("How the student took part, e.g. 注意力集中，主动回答"), 3, this);
    m_performance->setObjectName(u"performance"_s);
    m_results = makeTextEdit(tr("What the session achieved, e.g. 能独立完成5以内加法"), 3, this);
    m_results->setObjectName(u"results"_s);
    auto *texts = new QGridLayout;
    texts->addWidget(new QLabel(tr("Performance"), this), 0, 0, Qt::AlignTop);
    texts->addWidget(m_performance, 0, 1);
    texts->addWidget(new QLabel(tr("Results"), this), 1, 0, Qt::AlignTop);
    texts->addWidget(m_results, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(objectiveBox);
    layout->addLayout(texts);
    layout->addStretch(1);

    connect(m_attendance, &QComboBox::currentIndexChanged, this, [this] {
        updateAttendance();
        emit changed();
    });
    for (QLineEdit *edit : {m_reason, m_handover})
        connect(edit, &QLineEdit::textEdited, this, &StudentRecordForm::changed);
    for (QTimeEdit *edit : {m_arrival, m_departure})
        connect(edit, &QTimeEdit::timeChanged, this, &StudentRecordForm::changed);
    for (QComboBox *combo : {m_rating, m_prompt})
        connect(combo, &QComboBox::currentIndexChanged, this, &StudentRecordForm::changed);
    for (QPlainTextEdit *edit : {m_performance, m_results})
        connect(edit, &QPlainTextEdit::textChanged, this, &StudentRecordForm::changed);
    connect(m_addObjective, &QPushButton::clicked, this, [this] {
        addObjective(m_objectiveChoice->currentData().toLongLong());
    });
    connect(m_sameAsLastTime, &QPushButton::clicked, this, [this] { emit sameAsLastTimeRequested(m_studentId); });

    fillObjectiveChoice();
    updateAttendance();
}

void StudentRecordForm::setStudent(const SessionStudent &student)
{
    m_loaded = student;
    m_attendance->setCurrentIndex(m_attendance->findData(int(student.attendance)));
    m_reason->setText(student.absenceReason);
    setOptionalTime(m_arrival, student.arrival);
    setOptionalTime(m_departure, student.departure);
    m_handover->setText(student.handedOverTo);
    m_rating->setCurrentIndex(qMax(0, m_rating->findData(student.rating)));
    m_prompt->setCurrentIndex(qMax(0, m_prompt->findData(student.prompt ? int(*student.prompt) : -1)));
    m_performance->setPlainText(student.performance);
    m_results->setPlainText(student.results);
    setObjectives(student.objectives);
    updateAttendance();
}

Result<SessionStudent> StudentRecordForm::student() const
{
    SessionStudent st = m_loaded;
    st.studentId = m_studentId;
    st.attendance = static_cast<Attendance>(m_attendance->currentData().toInt());
    st.absenceReason = st.present() ? QString() : m_reason->text().trimmed();
    st.arrival = optionalTime(m_arrival);
    st.departure = optionalTime(m_departure);
    st.handedOverTo = m_handover->text().trimmed();
    st.rating = m_rating->currentData().toInt();
    const int prompt = m_prompt->currentData().toInt();
    st.prompt = prompt < 0 ? std::nullopt : std::optional<PromptLevel>(static_cast<PromptLevel>(prompt));
    st.performance = m_performance->toPlainText().trimmed();
    st.results = m_results->toPlainText().trimmed();
    st.objectives.clear();
    for (const ObjectiveWorkRow *row : m_rows) {
        auto work = row->work();
        if (!work)
            return makeError(work.error().code, tr("%1 — %2").arg(m_name, work.error().message));
        st.objectives.append(*work);
    }
    return st;
}

void StudentRecordForm::setEditable(bool editable)
{
    m_editable = editable;
    for (QWidget *w : std::initializer_list<QWidget *>{m_attendance, m_arrival, m_departure, m_handover, m_rating,
                                                       m_prompt, m_performance, m_results})
        w->setEnabled(editable);
    for (ObjectiveWorkRow *row : std::as_const(m_rows))
        row->setEditable(editable);
    m_objectiveChoice->setVisible(editable);
    m_addObjective->setVisible(editable);
    m_sameAsLastTime->setVisible(editable);
    updateAttendance();
    fillObjectiveChoice();
}

ObjectiveWorkRow *StudentRecordForm::objectiveRow(qint64 objectiveId) const
{
    for (ObjectiveWorkRow *row : m_rows)
        if (row->objectiveId() == objectiveId)
            return row;
    return nullptr;
}

void StudentRecordForm::setObjectives(const QList<ObjectiveWork> &objectives)
{
    clearObjectives();
    for (const ObjectiveWork &work : objectives)
        appendRow(work);
    fillObjectiveChoice();
}

bool StudentRecordForm::addObjective(qint64 objectiveId)
{
    if (objectiveId <= 0 || objectiveRow(objectiveId) || !m_objectives.inEffect.contains(objectiveId))
        return false;
    ObjectiveWork work;
    work.objectiveId = objectiveId;
    appendRow(work);
    fillObjectiveChoice();
    if (ObjectiveWorkRow *row = objectiveRow(objectiveId))
        row->valueEdit()->setFocus();
    emit changed();
    return true;
}

void StudentRecordForm::removeObjective(qint64 objectiveId)
{
    ObjectiveWorkRow *row = objectiveRow(objectiveId);
    if (!row)
        return;
    m_rows.removeOne(row);
    row->hide();
    row->deleteLater();
    fillObjectiveChoice();
    emit changed();
}

void StudentRecordForm::clearObjectives()
{
    for (ObjectiveWorkRow *row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
}

void StudentRecordForm::appendRow(const ObjectiveWork &work)
{
    const IepObjective *objective = m_objectives.find(work.objectiveId);
    // The record keeps the words it was written with, even after the IEP was revised.
    const QString text = !work.objectiveText.isEmpty() ? work.objectiveText
                         : objective                   ? objectiveText(*objective)
                                                       : QString();
    const MeasurementScale scale = objective ? objective->scale : MeasurementScale::Accuracy;
    auto *row = new ObjectiveWorkRow(work, text, scale, this);
    row->setEditable(m_editable);
    m_rowLayout->addWidget(row);
    m_rows.append(row);
    connect(row, &ObjectiveWorkRow::changed, this, &StudentRecordForm::changed);
    connect(row, &ObjectiveWorkRow::removeRequested, this, &StudentRecordForm::removeObjective);
}

void StudentRecordForm::fillObjectiveChoice()
{
    m_objectiveChoice->clear();
    for (qint64 id : std::as_const(m_objectives.inEffect)) {
        if (objectiveRow(id))
            continue;
        const QString text = objectiveText(m_objectives.known.value(id));
        m_objectiveChoice->addItem(text, id);
        m_objectiveChoice->setItemData(m_objectiveChoice->count() - 1, text, Qt::ToolTipRole);
    }
    const bool any = m_objectiveChoice->count() > 0;
    m_objectiveChoice->setEnabled(m_editable && any);
    m_addObjective->setEnabled(m_editable && any);
    m_objectiveChoice->setVisible(m_editable && m_objectives.hasPlanInEffect);
    m_addObjective->setVisible(m_editable && m_objectives.hasPlanInEffect);
    if (!m_objectives.hasPlanInEffect)
        m_noObjectives->setText(tr("%1 has no IEP in effect on this date: no objectives to record.").arg(m_name));
    else if (m_rows.isEmpty())
        m_noObjectives->setText(tr("No objective chosen yet: add the ones worked on, with the value measured."));
    m_noObjectives->setVisible(m_rows.isEmpty());
}

void StudentRecordForm::updateAttendance()
{
    const bool present = m_attendance->currentData().toInt() == int(Attendance::Present);
    m_reason->setEnabled(m_editable && !present);
}

} // namespace rr
