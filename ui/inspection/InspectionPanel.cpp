#include "inspection/InspectionPanel.h"
#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"

#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "inspection/InspectionListModel.h"
#include "inspection/InspectionProblemModel.h"
#include "inspection/InspectionReport.h"
#include "inspection/InspectionRepository.h"
#include "inspection/InspectionRulesEditor.h"
#include "inspection/Inspector.h"
#include "print/forms/InspectionForm.h"
#include "school/SettingsRepository.h"
#include "training/FormPreview.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QDateEdit *makeDateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    return edit;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel *makeText(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    makeSortable(table, model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

InspectionPanel::InspectionPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    const QDate today = m_session.clock->today();
    // Defaults of the form; a read that failed is reported once the message line exists.
    const auto semester = SemesterRepository(m_session.db).containing(today);
    m_from = makeDateEdit(u"inspectionFrom"_s, this);
    m_from->setDate(semester && *semester ? (*semester)->start : today.addDays(-30));
    m_to = makeDateEdit(u"inspectionTo"_s, this);
    m_to->setDate(today);
    const auto profile = SettingsRepository(m_session.db).profile();
    m_inspector = new QLineEdit(profile ? profile->teacherName : QString(), this);
    m_inspector->setObjectName(u"inspector"_s);
    m_rules = new InspectionRulesEditor(this);
    m_saveRules = new QPushButton(tr("Save these rules"), this);
    m_saveRules->setObjectName(u"saveInspectionRules"_s);
    m_saveRules->setToolTip(tr("Kept in the data file: the next inspection uses them too"));
    m_run = new QPushButton(tr("Run inspection"), this);
    m_run->setObjectName(u"runInspection"_s);
    m_run->setDefault(true);

    m_saved = new InspectionListModel(this);
    m_savedView = makeTable(m_saved, u"savedInspections"_s, this);
    QHeaderView *savedHeader = m_savedView->horizontalHeader();
    savedHeader->setSectionResizeMode(InspectionListModel::Range, QHeaderView::Stretch);
    savedHeader->setStretchLastSection(false);
    for (int column : {int(InspectionListModel::InspectedOn), int(InspectionListModel::Inspector)})
        savedHeader->resizeSection(column, 85);
    for (int column : {int(InspectionListModel::Problems), int(InspectionListModel::Resolved)})
        savedHeader->resizeSection(column, 60);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(u"openInspection"_s);

    m_title = new QLabel(this);
    m_title->setObjectName(u"inspectionTitle"_s);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_situation = makeText(u"inspectionSituation"_s, this);
    m_problems = new InspectionProblemModel(this);
    m_problemView = makeTable(m_problems, u"inspectionProblems"_s, this);
    QHeaderView *header = m_problemView->horizontalHeader();
    header->setSectionResizeMode(InspectionProblemModel::Message, QHeaderView::Stretch);
    header->resizeSection(InspectionProblemModel::Kind, 150);
    header->resizeSection(InspectionProblemModel::Student, 80);
    header->resizeSection(InspectionProblemModel::Instructor, 80);
    header->resizeSection(InspectionProblemModel::Date, 90);
    header->resizeSection(InspectionProblemModel::Status, 80);
    header->setStretchLastSection(false);
    m_requirements = makeText(u"inspectionRequirements"_s, this);
    m_followUpHeading = makeHeading(u"四、上次检查问题整改情况"_s, this);
    m_followUp = makeText(u"inspectionFollowUp"_s, this);
    m_save = new QPushButton(tr("Save inspection"), this);
    m_save->setObjectName(u"saveInspection"_s);
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(u"printInspection"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"inspectionMessage"_s);

    // Left: what to inspect, and the inspections already saved.
    auto *rangeBox = new QGroupBox(tr("Records to inspect"), this);
    auto *rangeForm = new QFormLayout(rangeBox);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), rangeBox));
    range->addWidget(m_to);
    range->addStretch(1);
    rangeForm->addRow(tr("Dates"), range);
    rangeForm->addRow(tr("Inspector"), m_inspector);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_saveRules);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_run);
    auto *savedBox = new QGroupBox(tr("Saved inspections"), this);
    auto *savedLayout = new QVBoxLayout(savedBox);
    savedLayout->addWidget(m_savedView, 1);
    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_open);
    savedLayout->addLayout(openRow);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(rangeBox);
    leftLayout->addWidget(m_rules);
    leftLayout->addLayout(ruleButtons);
    leftLayout->addWidget(savedBox, 1);

    // Right: the report, in the order it is printed; it scrolls, its buttons stay.
    auto *report = new QWidget;
    auto *reportLayout = new QVBoxLayout(report);
    reportLayout->setContentsMargins(0, 0, 8, 0);
    reportLayout->addWidget(m_title);
    reportLayout->addWidget(makeHeading(u"一、检查情况"_s, report));
    reportLayout->addWidget(m_situation);
    reportLayout->addWidget(makeHeading(u"二、存在问题"_s, report));
    m_problemView->setMinimumHeight(240);
    reportLayout->addWidget(m_problemView, 1);
    reportLayout->addWidget(makeHeading(u"三、整改要求"_s, report));
    reportLayout->addWidget(m_requirements);
    reportLayout->addWidget(m_followUpHeading);
    reportLayout->addWidget(m_followUp);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(report);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *reportButtons = new QHBoxLayout;
    reportButtons->addWidget(m_message, 1);
    reportButtons->addWidget(m_print);
    reportButtons->addWidget(m_save);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addLayout(reportButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter, 1);

    connect(m_saveRules, &QPushButton::clicked, this, &InspectionPanel::saveRules);
    connect(m_run, &QPushButton::clicked, this, &InspectionPanel::run);
    connect(m_save, &QPushButton::clicked, this, &InspectionPanel::save);
    connect(m_print, &QPushButton::clicked, this, &InspectionPanel::print);
    connect(m_open, &QPushButton::clicked, this, [this] {
        openSaved(m_savedView->currentIndex().data(InspectionListModel::InspectionIdRole).toLongLong());
    });
    connect(m_savedView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openSaved(index.data(InspectionListModel::InspectionIdRole).toLongLong());
    });
    connect(m_problemView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(InspectionProblemModel::SessionIdRole).toLongLong(); id > 0)
            emit openRecordRequested(id);
    });
    connect(m_session.db.get(), &Database::written, this, [this](const QString &kind) {
        if (kind.startsWith(u"inspection"_s))
            reload();
    });
    for (const Error *failed : {!semester ? &semester.error() : nullptr, !profile ? &profile.error() : nullptr})
        if (failed) {
            reportReadFailure(this, *failed, m_message);
            break;
        }
    reload();
    showResult();
    if (const auto rules = loadInspectionRules(m_session.db)) {
        m_rules->setRules(*rules);
    } else {
        // The defaults on screen are not the school's rules: neither saved over them nor run.
        m_saveRules->setEnabled(false);
        m_run->setEnabled(false);
        reportReadFailure(this, rules.error(), m_message);
    }
}

void InspectionPanel::reload()
{
    const qint64 selected = m_savedView->currentIndex().data(InspectionListModel::InspectionIdRole).toLongLong();
    const auto saved = InspectionRepository(m_session.db).list();
    if (!saved) {
        reportReadFailure(this, saved.error(), m_message);
        return;
    }
    m_saved->setInspections(*saved);
    if (const int row = m_saved->rowOfInspection(selected); row >= 0)
        m_savedView->selectRow(viewRow(m_savedView, row));
    m_open->setEnabled(m_saved->rowCount() > 0);
}

void InspectionPanel::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

bool InspectionPanel::saveRules()
{
    m_message->clearMessage();
    if (auto saved = saveInspectionRules(m_session.db, m_rules->rules()); !saved) {
        m_message->showError(saved.error().message);
        return false;
    }
    m_message->showInfo(tr("The inspection rules were saved."));
    return true;
}

bool InspectionPanel::run()
{
    m_message->clearMessage();
    auto result = Inspector(m_session.db, m_session.clock)
                      .run(m_from->date(), m_to->date(), m_rules->rules(), m_inspector->text());
    if (!result) {
        m_message->showError(result.error().message);
        return false;
    }
    m_result = *result;
    showResult();
    m_message->showInfo(tr("Inspection done: %n problem(s). Save it to keep the report.", "",
                           int(m_result->problems.size())));
    return true;
}

bool InspectionPanel::save()
{
    m_message->clearMessage();
    if (!m_result)
        return false;
    auto id = InspectionRepository(m_session.db).save(*m_result);
    if (!id) {
        m_message->showError(id.error().message);
        return false;
    }
    m_result->id = *id;
    reload();
    if (const int row = m_saved->rowOfInspection(*id); row >= 0)
        m_savedView->selectRow(viewRow(m_savedView, row));
    showResult();
    m_message->showInfo(tr("The inspection was saved; the next one will show what has been fixed."));
    return true;
}

bool InspectionPanel::openSaved(qint64 inspectionId)
{
    m_message->clearMessage();
    const auto saved = InspectionRepository(m_session.db).byId(inspectionId);
    if (!saved) {
        reportReadFailure(this, saved.error(), m_message);
        return false;
    }
    m_result = *saved;
    showResult();
    return true;
}

void InspectionPanel::showResult()
{
    const bool any = m_result.has_value();
    m_save->setEnabled(any && m_result->id == 0);
    m_print->setEnabled(any);
    if (!any) {
        m_title->setText(tr("No inspection shown: choose the dates and run one, or open a saved one."));
        m_situation->clear();
        m_problems->setResult({});
        m_requirements->clear();
        m_followUpHeading->hide();
        m_followUp->hide();
        return;
    }
    const InspectionReport report = inspectionReport(*m_result);
    const QString state = m_result->id > 0
                              ? tr("saved inspection of %1").arg(screenDate(m_result->inspectedOn))
                              : tr("not saved yet");
    m_title->setText(u"%1（%2）"_s.arg(report.title, state));
    m_situation->setText(report.situation);
    m_problems->setResult(*m_result);
    m_problemView->resizeRowsToContents();
    m_requirements->setText(report.requirements.isEmpty() ? u"无。"_s : report.requirements.join(u'\n'));
    m_followUpHeading->setVisible(!report.followUp.isEmpty());
    m_followUp->setVisible(!report.followUp.isEmpty());
    m_followUp->setText(report.followUp.join(u'\n'));
}

Result<FormDocument> InspectionPanel::printDocument() const
{
    if (!m_result)
        return makeError(ErrorCode::InvalidInput, tr("Run an inspection or open a saved one first."));
    return inspectionFeedbackDocument(m_session.db, *m_result);
}

void InspectionPanel::print()
{
    m_message->clearMessage();
    auto document = printDocument();
    if (!document) {
        m_message->showError(document.error().message);
        return;
    }
    if (auto problem = previewForm(*document, this))
        m_message->showError(problem->message);
}

} // namespace rr
