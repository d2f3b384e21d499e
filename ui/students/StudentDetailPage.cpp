#include "students/StudentDetailPage.h"
#include "calendar/ScreenDate.h"

#include "audit/AccessLog.h"
#include "audit/AuditHistoryDialog.h"
#include "calendar/SchoolCalendar.h"
#include "common/ReadFailure.h"
#include "family/FamilyPanel.h"
#include "security/Policy.h"
#include "students/ArchivePanel.h"
#include "students/CertificateCheck.h"
#include "students/LrcPanel.h"
#include "students/ReviewPanel.h"
#include "students/StudentRepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StudentDetailPage::StudentDetailPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    setObjectName(u"studentDetail"_s);
    m_back = new QPushButton(tr("← Back to the roster"), this);
    m_back->setObjectName(u"studentBack"_s);
    auto *edit = new QPushButton(tr("Edit…"), this);
    edit->setObjectName(u"studentEdit"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"studentTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    connect(m_back, &QPushButton::clicked, this, &StudentDetailPage::backRequested);
    connect(edit, &QPushButton::clicked, this, [this] { emit editRequested(m_studentId); });
    m_history = new QPushButton(tr("History"), this);
    m_history->setObjectName(u"studentHistory"_s);
    m_history->setToolTip(tr("Who changed or opened this student's records, and what changed"));
    connect(m_history, &QPushButton::clicked, this, [this] {
        AuditHistoryDialog::show(m_session, u"students"_s, m_studentId, m_title->text(), this);
    });
    m_remove = new QPushButton(tr("Delete…"), this);
    m_remove->setObjectName(u"studentDelete"_s);
    connect(m_remove, &QPushButton::clicked, this, &StudentDetailPage::confirmRemove);

    auto *detailsWidget = new QWidget;
    m_details = new QFormLayout(detailsWidget);
    m_details->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_details->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(detailsWidget);

    m_lrc = new LrcPanel(m_session, this);
    m_archive = new ArchivePanel(m_session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(m_lrc, tr("LRC status"));
    m_tabs->addTab(m_archive, tr("Archive"));
    m_family = new FamilyPanel(m_session, this);
    m_tabs->addTab(m_family, tr("Family and counselling"));
    m_review = new ReviewPanel(m_session, this);
    m_tabs->addTab(m_review, QString());
    auto showReviewCount = [this](int open) {
        const int tab = m_tabs->indexOf(m_review);
        m_tabs->setTabText(tab, open > 0 ? tr("To check (%1)").arg(open) : tr("To check"));
        m_tabs->setTabIcon(tab, open > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    };
    connect(m_review, &ReviewPanel::openCountChanged, this, showReviewCount);
    showReviewCount(0);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_title, 1);
    top->addWidget(edit);
    top->addWidget(m_history);
    top->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

void StudentDetailPage::showStudent(qint64 studentId)
{
    m_studentId = studentId;
    m_lrc->setStudent(studentId);
    m_archive->setStudent(studentId);
    m_family->setStudent(studentId);
    m_review->setStudent(studentId);
    reload();
    // Opening a student's page reads sensitive data: it goes into the audit
    // trail. A read-only copy cannot record it (nothing can be written there).
    if (m_studentId > 0) {
        const auto logged = AccessLog::record(m_session.db, AccessKind::StudentPage, m_studentId, m_studentId);
        if (!logged && logged.error().code != ErrorCode::ReadOnly && logged.error().code != ErrorCode::FileChanged)
            QMessageBox::warning(this, tr("Audit trail"), logged.error().message);
    }
}

// Deleting is for a student entered by mistake; one who leaves the school
// keeps the archive (placement changes instead), hence the blunt warning.
void StudentDetailPage::confirmRemove()
{
    const auto student = StudentRepository(m_session.db).byId(m_studentId);
    if (!student) {
        reportReadFailure(this, student.error());
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Delete student"),
        tr("Delete %1 with the whole archive: files, LRC steps, IEPs, assessments and progress data? "
           "This cannot be undone. A student who leaves the school should keep the archive: change the "
           "placement instead.")
            .arg(student->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto removed = StudentRepository(m_session.db).remove(m_studentId);
    if (!removed) {
        QMessageBox::warning(this, tr("Delete student"), removed.error().message);
        return;
    }
    m_studentId = 0;
    emit backRequested();
}

void StudentDetailPage::reload()
{
    if (m_studentId == 0)
        return;
    const Policy policy(m_session.db->principal());
    findChild<QPushButton *>(u"studentEdit"_s)->setEnabled(policy.mayWriteAction(u"student.update"_s));
    m_remove->setEnabled(policy.mayWriteAction(u"student.remove"_s));
    const auto student = StudentRepository(m_session.db).byId(m_studentId);
    if (!student) {
        if (student.error().code != ErrorCode::NotFound)   // else removed meanwhile
            reportReadFailure(this, student.error());
        emit backRequested();
        return;
    }
    fillDetails(*student);
    m_lrc->reload();
    m_archive->reload();
    m_family->reload();
}

void StudentDetailPage::fillDetails(const Student &s)
{
    m_title->setText(s.name + u"  ·  "_s + classText(s.grade, s.className));
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    auto row = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? u"—"_s : value);
        field->setWordWrap(true);
        field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->addRow(label, field);
        return field;
    };
    row(tr("Name"), s.name);
    row(tr("Gender"), s.gender == Gender::Unknown ? QString() : genderLabel(s.gender));
    row(tr("Birth date"), s.birthDate.isValid() ? screenDate(s.birthDate) + u"（"_s
                                                       + ageText(ageAt(s.birthDate, m_session.clock->today())) + u"）"_s
                                                 : QString());
    row(tr("Ethnicity"), s.ethnicity);
    row(tr("ID number"), s.idNumber)->setObjectName(u"detailIdNumber"_s);
    row(tr("Class"), classText(s.grade, s.className));
    row(tr("Head teacher"), s.headTeacherName);
    row(tr("Enrolment date"), s.enrolmentDate.isValid() ? screenDate(s.enrolmentDate) : QString());
    row(tr("Placement"), placementLabel(s.placement));
    QStringList needs;
    for (const Need &need : s.needs) {
        QString text = needLabel(need.category);
        if (need.grade > 0)
            text += u' ' + gradeChinese(need.grade);
        if (!need.note.isEmpty())
            text += u"（"_s + need.note + u"）"_s;
        needs.append(text);
    }
    row(tr("Needs"), needs.join(u'\n'));
    QString certificate = s.certificateNumber;
    const QStringList problems = certificateProblems(s);
    if (!problems.isEmpty())
        certificate += u"\n⚠ "_s + problems.join(u"\n⚠ "_s);
    row(tr("Disability certificate"), certificate);
    QStringList guardians;
    for (const Guardian &g : s.guardians) {
        QStringList parts{g.name};
        if (!g.relation.isEmpty())
            parts.append(g.relation);
        if (!g.phone.isEmpty())
            parts.append(g.phone);
        if (!g.education.isEmpty())
            parts.append(g.education);
        if (!g.occupation.isEmpty())
            parts.append(g.occupation);
        if (!g.address.isEmpty())
            parts.append(g.address);
        guardians.append(parts.join(u"，"_s) + (g.isContact ? tr(" (contact)") : QString()));
    }
    row(tr("Guardians"), guardians.join(u'\n'));
    row(tr("Family situation"), s.familySituation);
    row(tr("Growth history"), s.growthHistory);
    row(tr("Treatment and education history"), s.treatmentHistory);
    row(tr("Medical history"), s.medicalHistory);
    row(tr("Notes"), s.notes);
}

} // namespace rr
