#include "rooms/RoomRuleEditor.h"
#include "common/SortProxy.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "iep/EnumCombo.h"
#include "print/FormRegistry.h"
#include "print/FormRenderer.h"
#include "rooms/RoomRuleRepository.h"
#include "rooms/RoomRuleTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kDefaultRecordDays = 1;
const QString kPosterForm = u"room-rules"_s;
} // namespace

RoomRuleEditor::RoomRuleEditor(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"roomRulesTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_model = new RoomRuleTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"roomRuleTable"_s);
    makeSortable(m_table, m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(RoomRuleTableModel::Text, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoomRuleTableModel::Kind, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(RoomRuleTableModel::Parameter, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(RoomRuleTableModel::Kind, 190);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"roomRuleText"_s);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The rule's words, as they appear on the poster"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 14);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"roomRuleKind"_s);
    fillEnumCombo(m_kind, allRuleKinds(), ruleKindLabel);
    m_kind->setToolTip(tr("Where the program can hold a rule to account, it stops or warns when the rule is "
                          "broken and quotes the rule's words."));
    m_parameter = new QSpinBox(this);
    m_parameter->setObjectName(u"roomRuleParameter"_s);
    m_parameter->setMinimumWidth(130);

    m_add = new QPushButton(tr("Add rule"), this);
    m_add->setObjectName(u"addRoomRule"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeRoomRule"_s);
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setObjectName(u"moveRoomRuleUp"_s);
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setObjectName(u"moveRoomRuleDown"_s);
    m_save = new QPushButton(tr("Save rules"), this);
    m_save->setObjectName(u"saveRoomRules"_s);
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(u"revertRoomRules"_s);
    m_reset = new QPushButton(tr("Reset to the defaults of this room type"), this);
    m_reset->setObjectName(u"resetRoomRules"_s);
    m_poster = new QPushButton(tr("Print poster…"), this);
    m_poster->setObjectName(u"printRoomRules"_s);
    m_poster->setToolTip(tr("The rules as a poster for the room's wall; save your changes first."));
    m_poster->setVisible(findForm(kPosterForm) != nullptr);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"roomRulesMessage"_s);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Rule"), m_text);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(new QLabel(tr("Limit"), this));
    kindRow->addWidget(m_parameter);
    form->addRow(tr("Checked as"), kindRow);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    listButtons->addStretch(1);

    auto *saveButtons = new QHBoxLayout;
    saveButtons->addWidget(m_reset);
    saveButtons->addWidget(m_poster);
    saveButtons->addStretch(1);
    saveButtons->addWidget(m_revert);
    saveButtons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(listButtons);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(saveButtons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelectedRule();
        updateButtons();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { applyForm(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loadingForm)
            return;
        const RuleKind kind = enumComboValue<RuleKind>(m_kind);
        const QSignalBlocker blocker(m_parameter);
        configureParameter(kind);
        if (kind == RuleKind::MaxStudents) {
            m_parameter->setValue(m_room ? m_room->capacity : 1);
            if (m_text->toPlainText().trimmed().isEmpty()) {
                const QSignalBlocker textBlocker(m_text);
                m_text->setPlainText(maxStudentsRuleText(m_parameter->value()));
            }
        } else if (kind == RuleKind::RecordDue) {
            m_parameter->setValue(kDefaultRecordDays);
        }
        applyForm();
    });
    connect(m_parameter, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_loadingForm)
            return;
        // A limit printed in the rule's own words follows the number.
        const int row = selectedRow();
        if (row >= 0 && enumComboValue<RuleKind>(m_kind) == RuleKind::MaxStudents) {
            const RoomRule old = m_model->rules().at(row);
            if (m_text->toPlainText() == maxStudentsRuleText(old.parameter)) {
                const QSignalBlocker textBlocker(m_text);
                m_text->setPlainText(maxStudentsRuleText(value));
            }
        }
        applyForm();
    });
    connect(m_add, &QPushButton::clicked, this, &RoomRuleEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &RoomRuleEditor::removeRule);
    connect(m_up, &QPushButton::clicked, this, &RoomRuleEditor::moveUp);
    connect(m_down, &QPushButton::clicked, this, &RoomRuleEditor::moveDown);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &RoomRuleEditor::revert);
    connect(m_reset, &QPushButton::clicked, this, [this] { resetToDefaults(); });
    connect(m_poster, &QPushButton::clicked, this, &RoomRuleEditor::printPoster);

    setRoom(std::nullopt);
}

void RoomRuleEditor::setRoom(const std::optional<Room> &room)
{
    const int keepRow = selectedRow();
    QList<RoomRule> rules;
    if (room) {
        auto stored = RoomRuleRepository(m_session.db).forRoom(room->id);
        if (!stored) {
            // No room shown rather than a room that seems to have no rules.
            reportReadFailure(this, stored.error(), m_message);
            m_room.reset();
            m_model->setRules({});
            m_title->setText(tr("The rules of %1 could not be read.").arg(room->name));
            setDirty(false);
            showSelectedRule();
            updateButtons();
            return;
        }
        rules = *stored;
    }
    m_room = room;
    m_model->setRules(rules);
    m_title->setText(m_room ? tr("Rules of %1").arg(m_room->name) : tr("Select a room to see its rules."));
    setDirty(false);
    if (m_model->rowCount() > 0)
        selectRule(qBound(0, keepRow, m_model->rowCount() - 1));
    showSelectedRule();
    updateButtons();
}

void RoomRuleEditor::selectRule(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(viewRow(m_table, row));
    else
        m_table->clearSelection();
}

int RoomRuleEditor::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : sourceRow(rows.constFirst());
}

void RoomRuleEditor::configureParameter(RuleKind kind)
{
    const bool has = ruleKindHasParameter(kind);
    m_parameter->setEnabled(has && m_room.has_value());
    if (!has) {
        m_parameter->setRange(0, 0);
        m_parameter->setSpecialValueText(tr("none"));
        m_parameter->setSuffix({});
        return;
    }
    m_parameter->setSpecialValueText({});
    if (kind == RuleKind::RecordDue) {
        m_parameter->setRange(1, 30);
        m_parameter->setSuffix(tr(" day(s) after use"));
    } else {
        m_parameter->setRange(1, 200);
        m_parameter->setSuffix(tr(" students at once"));
    }
}

void RoomRuleEditor::showSelectedRule()
{
    const int row = selectedRow();
    m_loadingForm = true;
    const bool has = row >= 0;
    const RoomRule rule = has ? m_model->rules().at(row) : RoomRule{};
    m_text->setPlainText(rule.text);
    setEnumComboValue(m_kind, rule.kind);
    configureParameter(rule.kind);
    m_parameter->setValue(rule.parameter);
    m_text->setEnabled(has);
    m_kind->setEnabled(has);
    if (!has)
        m_parameter->setEnabled(false);
    m_loadingForm = false;
}

void RoomRuleEditor::applyForm()
{
    if (m_loadingForm)
        return;
    const int row = selectedRow();
    if (row < 0)
        return;
    RoomRule rule = m_model->rules().at(row);
    rule.text = m_text->toPlainText();
    rule.kind = enumComboValue<RuleKind>(m_kind);
    rule.parameter = ruleKindHasParameter(rule.kind) ? m_parameter->value() : 0;
    if (rule == m_model->rules().at(row))
        return;
    m_model->setRule(row, rule);
    setDirty(true);
}

void RoomRuleEditor::addRule()
{
    if (!m_room)
        return;
    const int row = selectedRow() >= 0 ? selectedRow() + 1 : m_model->rowCount();
    RoomRule rule;
    rule.roomId = m_room->id;
    m_model->insertRule(row, rule);
    setDirty(true);
    selectRule(row);
    m_text->setFocus();
}

void RoomRuleEditor::removeRule()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_model->removeRule(row);
    setDirty(true);
    if (m_model->rowCount() > 0)
        selectRule(qMin(row, m_model->rowCount() - 1));
    showSelectedRule();
    updateButtons();
}

void RoomRuleEditor::moveUp()
{
    const int row = selectedRow();
    if (m_model->moveRule(row, -1)) {
        setDirty(true);
        selectRule(row - 1);
    }
}

void RoomRuleEditor::moveDown()
{
    const int row = selectedRow();
    if (m_model->moveRule(row, +1)) {
        setDirty(true);
        selectRule(row + 1);
    }
}

bool RoomRuleEditor::save()
{
    if (!m_room)
        return false;
    const auto done = RoomRuleRepository(m_session.db).replace(m_room->id, m_model->rules());
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    setDirty(false);
    // The write reloads the page, which reloads the stored rules here.
    setRoom(m_room);
    m_message->showInfo(tr("The rules of %1 were saved.").arg(m_room->name));
    return true;
}

void RoomRuleEditor::revert()
{
    m_message->clearMessage();
    setRoom(m_room);
}

bool RoomRuleEditor::resetToDefaults(bool confirm)
{
    if (!m_room)
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Reset rules"),
                                 tr("Replace all rules of %1 with the shipped rules of a %2? Your own wording is lost.")
                                     .arg(m_room->name, roomTypeLabel(m_room->type)))
               != QMessageBox::Yes)
        return false;
    const auto done = RoomRuleRepository(m_session.db).resetToDefaults(m_room->id);
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    setRoom(m_room);
    m_message->showInfo(tr("%1 has the default rules of its type again.").arg(m_room->name));
    return true;
}

Result<FormDocument> RoomRuleEditor::posterDocument() const
{
    const FormSpec *form = findForm(kPosterForm);
    if (!m_room || !form)
        return makeError(ErrorCode::NotFound, tr("There is no rules poster to print."));
    FormContext context{m_session.db, m_session.clock, {}};
    context.request.roomId = m_room->id;
    return form->build(context);
}

void RoomRuleEditor::printPoster()
{
    auto document = posterDocument();
    if (!document) {
        m_message->showError(document.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document->title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview: %1").arg(document->title));
    std::optional<Error> problem;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (auto painted = paintForm(*document, *target); !painted)
            problem = painted.error();
    });
    dialog.resize(1000, 720);
    dialog.exec();
    if (problem)
        m_message->showError(problem->message);
}

void RoomRuleEditor::setDirty(bool dirty)
{
    if (dirty)
        m_message->clearMessage();
    if (m_dirty == dirty) {
        updateButtons();
        return;
    }
    m_dirty = dirty;
    updateButtons();
    emit dirtyChanged(dirty);
}

void RoomRuleEditor::updateButtons()
{
    const bool room = m_room.has_value();
    const int row = selectedRow();
    m_table->setEnabled(room);
    m_add->setEnabled(room);
    m_remove->setEnabled(room && row >= 0);
    m_up->setEnabled(room && row > 0);
    m_down->setEnabled(room && row >= 0 && row + 1 < m_model->rowCount());
    m_save->setEnabled(room && m_dirty);
    m_revert->setEnabled(room && m_dirty);
    m_reset->setEnabled(room);
    // The poster prints what is stored.
    m_poster->setEnabled(room && !m_dirty);
}

} // namespace rr
