#include "iep/IepPage.h"

#include "calendar/SemesterRepository.h"
#include "common/PageHeader.h"
#include "goalbank/GoalDomain.h"
#include "iep/IepRepository.h"
#include "iep/IepStudentListModel.h"
#include "iep/ObjectiveTableModel.h"
#include "iep/ProgressChartWidget.h"
#include "school/SettingsRepository.h"
#include "shell/Area.h"
#include "students/StudentRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

qint64 selectedId(const QTableView *table, int role)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(role).toLongLong();
}

} // namespace

IepPage::IepPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_header = new PageHeader(areaTitle(Area::Ieps), {}, this);

    m_students = new IepStudentListModel(this);
    m_studentTable = makeTable(m_students, u"iepStudentTable"_s, this);
    m_studentTable->setWordWrap(false);
    m_studentTable->horizontalHeader()->setStretchLastSection(true);

    m_studentTitle = new QLabel(this);
    m_studentTitle->setObjectName(u"iepStudentTitle"_s);
    QFont titleFont = m_studentTitle->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_studentTitle->setFont(titleFont);

    m_noIep = new QLabel(this);
    m_noIep->setObjectName(u"noIepLabel"_s);
    m_noIep->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_noIep->setWordWrap(true);

    m_iepPanel = new QWidget(this);
    m_summary = new QTextBrowser(m_iepPanel);
    m_summary->setObjectName(u"iepSummary"_s);
    m_summary->setOpenLinks(false);
    m_objectives = new ObjectiveTableModel(this);
    m_objectiveTable = makeTable(m_objectives, u"objectiveTable"_s, m_iepPanel);
    m_objectiveTable->setWordWrap(true);
    m_objectiveTable->horizontalHeader()->setStretchLastSection(false);
    m_chart = new ProgressChartWidget(m_iepPanel);
    m_chart->setObjectName(u"progressChart"_s);

    auto *iepSplitter = new QSplitter(Qt::Vertical, m_iepPanel);
    iepSplitter->setObjectName(u"iepSplitter"_s);
    iepSplitter->setChildrenCollapsible(false);
    iepSplitter->addWidget(m_summary);
    iepSplitter->addWidget(m_objectiveTable);
    iepSplitter->addWidget(m_chart);
    iepSplitter->setStretchFactor(0, 2);
    iepSplitter->setStretchFactor(1, 3);
    iepSplitter->setStretchFactor(2, 4);
    auto *iepLayout = new QVBoxLayout(m_iepPanel);
    iepLayout->setContentsMargins(0, 0, 0, 0);
    iepLayout->addWidget(iepSplitter);

    m_detail = new QStackedWidget(this);
    m_detail->setObjectName(u"iepDetail"_s);
    m_detail->addWidget(m_noIep);
    m_detail->addWidget(m_iepPanel);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_studentTitle);
    rightLayout->addWidget(m_detail, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"iepPageSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_studentTable);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 800});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(m_studentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showStudent(selectedStudentId()); });
    connect(m_objectiveTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showObjective(); });
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

void IepPage::reload()
{
    const qint64 student = m_shownStudentId;
    const qint64 objective = selectedObjectiveId();

    m_semesterId = SettingsRepository(m_session.db).profile().currentSemesterId;
    const auto semester = SemesterRepository(m_session.db).byId(m_semesterId);
    const IepRepository ieps(m_session.db);
    QList<IepStudentRow> rows;
    for (const StudentSummary &s : StudentRepository(m_session.db).summaries()) {
        IepStudentRow row;
        row.studentId = s.id;
        row.name = s.name;
        row.classText = classText(s.grade, s.className);
        if (semester) {
            if (const auto iep = ieps.forStudentSemester(s.id, semester->id))
                row.status = iep->status;
        }
        rows.append(std::move(row));
    }
    int withIep = 0;
    for (const IepStudentRow &row : rows)
        withIep += row.status ? 1 : 0;
    m_header->setSubtitle(semester ? tr("%1: %2 of %n student(s) have an IEP", "", int(rows.size()))
                                         .arg(semester->name)
                                         .arg(withIep)
                                   : tr("No current semester: set it under Settings."));

    m_shownStudentId = -1;   // force the detail to be rebuilt
    m_students->setRows(std::move(rows));
    m_studentTable->resizeColumnsToContents();
    const int row = m_students->rowOfStudent(student);
    if (row >= 0)
        m_studentTable->selectRow(row);
    else
        showStudent(0);
    if (objective > 0)
        selectObjective(objective);
}

void IepPage::selectStudent(qint64 studentId)
{
    const int row = m_students->rowOfStudent(studentId);
    if (row >= 0)
        m_studentTable->selectRow(row);
}

void IepPage::selectObjective(qint64 objectiveId)
{
    for (int row = 0; row < m_objectives->rowCount(); ++row) {
        if (m_objectives->rows().at(row).objective.id == objectiveId) {
            m_objectiveTable->selectRow(row);
            return;
        }
    }
}

qint64 IepPage::selectedStudentId() const
{
    return selectedId(m_studentTable, IepStudentListModel::StudentIdRole);
}

qint64 IepPage::selectedObjectiveId() const
{
    return selectedId(m_objectiveTable, ObjectiveTableModel::ObjectiveIdRole);
}

bool IepPage::showsIep() const
{
    return m_detail->currentWidget() == m_iepPanel;
}

void IepPage::showStudent(qint64 studentId)
{
    if (studentId == m_shownStudentId)
        return;
    m_shownStudentId = studentId;
    const int row = m_students->rowOfStudent(studentId);
    std::optional<Iep> iep;
    if (row >= 0 && m_semesterId > 0)
        iep = IepRepository(m_session.db).forStudentSemester(studentId, m_semesterId);

    if (row < 0) {
        m_studentTitle->setText(QString());
        m_noIep->setText(tr("Choose a student on the left to see their IEP."));
    } else {
        const IepStudentRow &s = m_students->rows().at(row);
        m_studentTitle->setText(iep ? tr("%1 · %2 — IEP: %3").arg(s.name, s.classText, iepStatusLabel(iep->status))
                                    : tr("%1 · %2").arg(s.name, s.classText));
        m_noIep->setText(tr("No IEP for this semester yet."));
    }
    if (!iep) {
        m_objectives->setRows({});
        m_chart->clear();
        m_summary->clear();
        m_detail->setCurrentWidget(m_noIep);
        return;
    }

    const IepContent &c = iep->content;
    QString html;
    html += u"<p><b>"_s + tr("Team").toHtmlEscaped() + u"</b><br>"_s;
    QStringList members;
    for (const IepTeamMember &m : c.team)
        members.append(QString(teamRoleLabel(m.role) + u": "_s + m.name).toHtmlEscaped());
    html += members.isEmpty() ? tr("Not recorded").toHtmlEscaped() : members.join(u"; "_s);
    html += u"</p><p><b>"_s + tr("Present levels").toHtmlEscaped() + u"</b></p>"_s;
    if (c.presentLevels.isEmpty())
        html += u"<p>"_s + tr("Not recorded").toHtmlEscaped() + u"</p>"_s;
    for (const PresentLevel &level : c.presentLevels)
        html += u"<p><i>"_s + goalDomainLabel(level.domain).toHtmlEscaped() + u"</i> — "_s +
                level.text.toHtmlEscaped() + u"</p>"_s;
    m_summary->setHtml(html);

    m_objectives->setRows(loadObjectiveRows(m_session.db, *iep));
    m_objectiveTable->resizeColumnsToContents();
    QHeaderView *header = m_objectiveTable->horizontalHeader();
    header->setSectionResizeMode(ObjectiveTableModel::Objective, QHeaderView::Stretch);
    m_objectiveTable->resizeRowsToContents();
    m_detail->setCurrentWidget(m_iepPanel);
    if (m_objectives->rowCount() > 0)
        m_objectiveTable->selectRow(0);
    else
        m_chart->clear(tr("This IEP has no short-term objectives yet."));
}

void IepPage::showObjective()
{
    const QModelIndexList rows = m_objectiveTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_chart->clear(tr("Choose an objective to see its progress chart."));
        return;
    }
    const ObjectiveRow &row = m_objectives->rows().at(rows.constFirst().row());
    if (row.points.isEmpty()) {
        m_chart->clear(tr("No data recorded for this objective yet."));
        return;
    }
    m_chart->setChart(row.chart);
}

} // namespace rr
