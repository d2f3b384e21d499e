#include "timetable/ProtectedPeriodDialog.h"
#include "common/SortProxy.h"
#include "common/TimeEdit.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "students/StudentRepository.h"
#include "timetable/ProtectedPeriodRepository.h"
#include "timetable/ProtectedPeriodTableModel.h"
#include "timetable/Weekday.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ProtectedPeriodDialog::ProtectedPeriodDialog(Session session, qint64 studentId, QList<ProtectedPeriod> periods,
                                             qint64 semesterId, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_studentId(studentId), m_semesterId(semesterId)
{
    setObjectName(u"protectedPeriodDialog"_s);
    const auto student = StudentRepository(m_session.db).byId(studentId);
    const QString name = student ? student->name : QString();
    setWindowTitle(tr("Class periods %1 must not miss").arg(name));

    auto *intro = new QLabel(tr("Lessons agreed with the head teacher that training may not take. A slot over one "
                                "of them is shown as a conflict."),
                             this);
    intro->setWordWrap(true);

    m_model = new ProtectedPeriodTableModel(this);
    m_model->setCurrentSemester(semesterId);
    m_model->setPeriods(std::move(periods));
    m_table = new QTableView(this);
    m_table->setObjectName(u"protectedPeriodTable"_s);
    makeSortable(m_table, m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(u"periodWeekday"_s);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(weekdayLabel(day), day);
    m_start = new TimeEdit(QTime(8, 0), this);
    m_start->setObjectName(u"periodStart"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end = new TimeEdit(QTime(8, 40), this);
    m_end->setObjectName(u"periodEnd"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_lesson = new QLineEdit(this);
    m_lesson->setObjectName(u"periodLesson"_s);
    m_lesson->setPlaceholderText(tr("Lesson, e.g. Chinese"));
    m_everySemester = new QCheckBox(tr("Every semester"), this);
    m_everySemester->setObjectName(u"periodEverySemester"_s);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(u"addPeriod"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removePeriod"_s);
    m_message = new MessageLabel(this);
    if (!student)   // only the title's name is missing
        reportReadFailure(this, student.error(), m_message);
    m_message->setObjectName(u"protectedPeriodMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProtectedPeriodDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProtectedPeriodDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addFromForm(); });
    connect(m_remove, &QPushButton::clicked, this, &ProtectedPeriodDialog::removeSelected);
    connect(m_start, &QTimeEdit::timeChanged, this, [this](const QTime &start) {
        if (m_end->time() <= start)
            m_end->setTime(start.addSecs(40 * 60));
    });

    auto *form = new QHBoxLayout;
    form->addWidget(m_weekday);
    form->addWidget(m_start);
    form->addWidget(new QLabel(tr("to"), this));
    form->addWidget(m_end);
    form->addWidget(m_lesson, 1);
    form->addWidget(m_everySemester);
    form->addWidget(m_add);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(listButtons);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(640, 420);
}

bool ProtectedPeriodDialog::addFromForm()
{
    ProtectedPeriod period;
    period.studentId = m_studentId;
    period.semesterId = m_everySemester->isChecked() ? 0 : m_semesterId;
    period.weekday = m_weekday->currentData().toInt();
    period.start = m_start->time();
    period.end = m_end->time();
    period.label = m_lesson->text().trimmed();
    if (const auto valid = ProtectedPeriodRepository::validate(period); !valid) {
        m_message->showError(valid.error().message);
        return false;
    }
    m_message->clearMessage();
    m_table->selectRow(viewRow(m_table, m_model->addPeriod(period)));
    m_lesson->clear();
    return true;
}

void ProtectedPeriodDialog::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_model->removePeriod(sourceRow(rows.constFirst()));
}

void ProtectedPeriodDialog::accept()
{
    const auto done = ProtectedPeriodRepository(m_session.db).replaceForStudent(m_studentId, m_model->periods());
    if (!done) {
        m_message->showError(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace rr
