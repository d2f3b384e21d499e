#include "training/AdHocSessionDialog.h"
#include "common/TimeEdit.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "iep/EnumCombo.h"
#include "school/CurrentUser.h"
#include "training/SessionRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kStudentIdRole = Qt::UserRole + 1;
}

AdHocSessionDialog::AdHocSessionDialog(Session session, TimetableNames names, const QDate &date, qint64 studentId,
                                       QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_names(std::move(names))
{
    setObjectName(u"adHocSessionDialog"_s);
    setWindowTitle(tr("Ad hoc session"));
    auto *intro = new QLabel(tr("A session that is not on the timetable. Its draft record is made at once; fill it in "
                                "afterwards."),
                             this);
    intro->setWordWrap(true);

    m_date = new QDateEdit(date, this);
    m_date->setObjectName(u"adHocDate"_s);
    m_date->setCalendarPopup(true);
    m_start = new TimeEdit(QTime(9, 0), this);
    m_start->setObjectName(u"adHocStart"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end = new TimeEdit(QTime(9, 40), this);
    m_end->setObjectName(u"adHocEnd"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    connect(m_start, &QTimeEdit::timeChanged, this, [this](QTime start) {
        if (m_end->time() <= start)
            m_end->setTime(start.addSecs(40 * 60));
    });
    m_room = new QComboBox(this);
    m_room->setObjectName(u"adHocRoom"_s);
    for (const Room &room : std::as_const(m_names.rooms))
        m_room->addItem(room.name, room.id);
    m_instructor = new QComboBox(this);
    m_instructor->setObjectName(u"adHocInstructor"_s);
    m_instructor->addItem(tr("(no instructor)"), qint64(0));
    for (const StaffMember &member : std::as_const(m_names.staff))
        if (member.isActive())
            m_instructor->addItem(member.name, member.id);
    // Preselects the current user (unknown when unread: reported with the names below).
    const auto user = CurrentUser(m_session.db).id();
    if (const int index = m_instructor->findData(user ? *user : 0); index > 0)
        m_instructor->setCurrentIndex(index);
    m_service = new QComboBox(this);
    m_service->setObjectName(u"adHocService"_s);
    fillEnumCombo(m_service, allServiceTypes(), serviceTypeLabel);
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(u"adHocTopic"_s);
    m_topic->setPlaceholderText(tr("e.g. 数学补课"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"adHocStudentFilter"_s);
    m_filter->setPlaceholderText(tr("Find a student by name"));
    m_filter->setClearButtonEnabled(true);
    m_students = new QListWidget(this);
    m_students->setObjectName(u"adHocStudents"_s);
    m_students->setMinimumHeight(150);
    for (const StudentSummary &s : std::as_const(m_names.students)) {
        auto *item = new QListWidgetItem(s.name, m_students);
        item->setData(kStudentIdRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(s.id == studentId ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_students->count(); ++row)
            m_students->item(row)->setHidden(!m_students->item(row)->text().contains(text.trimmed()));
    });

    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create record"));
    if (!user) {   // nobody to record as the author: nothing to save
        reportReadFailure(this, user.error(), m_message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdHocSessionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AdHocSessionDialog::reject);

    auto *time = new QHBoxLayout;
    time->addWidget(m_start);
    time->addWidget(new QLabel(u"–"_s, this));
    time->addWidget(m_end);
    time->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Time"), time);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("Instructor"), m_instructor);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Training"), m_topic);
    form->addRow(tr("Students"), m_filter);
    form->addRow(QString(), m_students);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 560);
}

void AdHocSessionDialog::setStudentChecked(qint64 studentId, bool checked)
{
    for (int row = 0; row < m_students->count(); ++row)
        if (m_students->item(row)->data(kStudentIdRole).toLongLong() == studentId)
            m_students->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QList<qint64> AdHocSessionDialog::checkedStudents() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_students->count(); ++row)
        if (m_students->item(row)->checkState() == Qt::Checked)
            ids.append(m_students->item(row)->data(kStudentIdRole).toLongLong());
    return ids;
}

void AdHocSessionDialog::accept()
{
    TrainingSession s;
    s.date = m_date->date();
    s.start = m_start->time();
    s.end = m_end->time();
    s.roomId = m_room->currentData().toLongLong();
    s.instructorId = m_instructor->currentData().toLongLong();
    s.service = enumComboValue<ServiceType>(m_service);
    s.topic = m_topic->text().trimmed();
    const QList<qint64> students = checkedStudents();
    s.kind = students.size() > 1 ? SessionKind::Group : SessionKind::Individual;
    for (qint64 id : students) {
        SessionStudent st;
        st.studentId = id;
        s.students.append(st);
    }
    auto id = SessionRepository(m_session.db, m_session.clock).create(s);
    if (!id) {
        m_message->showError(id.error().message);
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

} // namespace rr
