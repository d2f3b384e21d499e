#include "assessment/AssessmentDialog.h"

#include "archive/AttachmentRepository.h"
#include "assessment/AssessmentRepository.h"
#include "assessment/Interpretation.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "school/SettingsRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QString number(double v) { return QString::number(v, 'g', 6); }
QString valueText(const QVariant &v)
{
    const int type = v.typeId();
    return type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int ? number(v.toDouble())
                                                                                               : v.toString();
}
} // namespace

AssessmentDialog::AssessmentDialog(Session session, qint64 studentId, std::optional<Assessment> existing, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_studentId(studentId)
{
    setWindowTitle(existing ? tr("Edit assessment") : tr("Add assessment"));
    m_instrument = new QComboBox(this);
    m_instrument->setObjectName(u"assessmentInstrument"_s);
    for (Instrument i : allInstruments())
        m_instrument->addItem(instrumentLabel(i), int(i));
    m_date = new QDateEdit(m_session.clock->today(), this);
    m_date->setObjectName(u"assessmentDate"_s);
    m_date->setCalendarPopup(true);
    const auto profile = SettingsRepository(m_session.db).profile();
    m_assessor = new QLineEdit(profile ? profile->teacherName : QString(), this);
    m_assessor->setObjectName(u"assessmentAssessor"_s);

    auto *resultsBox = new QGroupBox(tr("Results"), this);
    m_fieldBox = new QWidget(resultsBox);
    m_fieldForm = new QFormLayout(m_fieldBox);
    m_fieldForm->setContentsMargins(0, 0, 0, 0);
    m_customBox = new QWidget(resultsBox);
    m_custom = new QTableWidget(0, 2, m_customBox);
    m_custom->setObjectName(u"customResults"_s);
    m_custom->setHorizontalHeaderLabels({tr("Result"), tr("Value")});
    m_custom->verticalHeader()->hide();
    m_custom->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_custom->setMinimumHeight(120);
    auto *addRow = new QPushButton(tr("Add result"), m_customBox);
    auto *customLayout = new QVBoxLayout(m_customBox);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(m_custom);
    customLayout->addWidget(addRow, 0, Qt::AlignLeft);
    m_interpretation = new QLabel(resultsBox);
    m_interpretation->setObjectName(u"assessmentInterpretation"_s);
    m_interpretation->setWordWrap(true);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->addWidget(m_fieldBox);
    resultsLayout->addWidget(m_customBox);
    resultsLayout->addWidget(m_interpretation);

    m_conclusion = new QPlainTextEdit(this);
    m_conclusion->setObjectName(u"assessmentConclusion"_s);
    m_conclusion->setPlaceholderText(tr("Left empty: the interpretation of the results."));
    m_conclusion->setFixedHeight(m_conclusion->fontMetrics().lineSpacing() * 4 + 12);
    m_attachment = new QComboBox(this);
    m_attachment->setObjectName(u"assessmentAttachment"_s);
    m_attachment->addItem(tr("No scanned report"), 0);
    const auto attachments = AttachmentRepository(m_session.db).forStudent(studentId);
    for (const Attachment &a : attachments ? *attachments : QList<Attachment>{})
        m_attachment->addItem(a.fileName, a.id);

    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (!profile || !attachments) {   // saving would lose the linked report
        reportReadFailure(this, !attachments ? attachments.error() : profile.error(), m_message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Instrument"), m_instrument);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Assessor"), m_assessor);
    auto *bottom = new QFormLayout;
    bottom->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bottom->addRow(tr("Conclusion"), m_conclusion);
    bottom->addRow(tr("Report"), m_attachment);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(resultsBox);
    layout->addLayout(bottom);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(620, 600);

    connect(m_instrument, &QComboBox::currentIndexChanged, this, [this] { rebuildFields(); });
    connect(addRow, &QPushButton::clicked, this, [this] {
        m_custom->insertRow(m_custom->rowCount());
        m_custom->setItem(m_custom->rowCount() - 1, 0, new QTableWidgetItem);
        m_custom->setItem(m_custom->rowCount() - 1, 1, new QTableWidgetItem);
    });
    connect(m_custom, &QTableWidget::itemChanged, this, [this] { updateInterpretation(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssessmentDialog::reject);

    if (existing) {
        m_id = existing->id;
        setInstrument(existing->instrument);
        m_date->setDate(existing->date);
        m_assessor->setText(existing->assessor);
        for (const auto &[key, edit] : m_fields)
            if (existing->results.contains(key))
                edit->setText(valueText(existing->results.value(key)));
        if (existing->instrument == Instrument::Custom) {
            for (auto it = existing->results.cbegin(); it != existing->results.cend(); ++it) {
                const int row = m_custom->rowCount();
                m_custom->insertRow(row);
                m_custom->setItem(row, 0, new QTableWidgetItem(it.key()));
                m_custom->setItem(row, 1, new QTableWidgetItem(valueText(it.value())));
            }
        }
        m_conclusion->setPlainText(existing->conclusion);
        m_attachment->setCurrentIndex(std::max(0, m_attachment->findData(existing->attachmentId)));
    } else {
        setInstrument(Instrument::Crt);
    }
    updateInterpretation();
}

void AssessmentDialog::setInstrument(Instrument instrument)
{
    const int index = m_instrument->findData(int(instrument));
    if (index == m_instrument->currentIndex())
        rebuildFields();
    else
        m_instrument->setCurrentIndex(index);
}

void AssessmentDialog::rebuildFields()
{
    while (m_fieldForm->rowCount() > 0)
        m_fieldForm->removeRow(0);
    m_fields.clear();
    const auto instrument = static_cast<Instrument>(m_instrument->currentData().toInt());
    for (const AssessmentField &f : instrumentFields(instrument)) {
        auto *edit = new QLineEdit(m_fieldBox);
        edit->setObjectName(u"field_"_s + f.key);
        if (f.numeric)
            edit->setPlaceholderText(tr("%1 to %2").arg(number(f.minimum), number(f.maximum)));
        connect(edit, &QLineEdit::textChanged, this, [this] { updateInterpretation(); });
        m_fieldForm->addRow(f.required ? f.chinese + u" *"_s : f.chinese, edit);
        m_fields.append({f.key, edit});
    }
    const bool custom = instrument == Instrument::Custom;
    m_fieldBox->setVisible(!custom);
    m_customBox->setVisible(custom);
    updateInterpretation();
}

QLineEdit *AssessmentDialog::fieldEdit(const QString &key) const
{
    for (const auto &[k, edit] : m_fields)
        if (k == key)
            return edit;
    return nullptr;
}

QVariantMap AssessmentDialog::results() const
{
    QVariantMap map;
    if (static_cast<Instrument>(m_instrument->currentData().toInt()) == Instrument::Custom) {
        for (int row = 0; row < m_custom->rowCount(); ++row) {
            const QTableWidgetItem *name = m_custom->item(row, 0);
            const QTableWidgetItem *value = m_custom->item(row, 1);
            if (name && !name->text().trimmed().isEmpty())
                map.insert(name->text().trimmed(), value ? value->text().trimmed() : QString());
        }
        return map;
    }
    for (const auto &[key, edit] : m_fields)
        if (!edit->text().trimmed().isEmpty())
            map.insert(key, edit->text().trimmed());
    return map;
}

Assessment AssessmentDialog::assessment() const
{
    Assessment a;
    a.id = m_id;
    a.studentId = m_studentId;
    a.instrument = static_cast<Instrument>(m_instrument->currentData().toInt());
    a.date = m_date->date();
    a.assessor = m_assessor->text().trimmed();
    a.results = results();
    a.conclusion = m_conclusion->toPlainText().trimmed();
    a.attachmentId = m_attachment->currentData().toLongLong();
    return a;
}

void AssessmentDialog::updateInterpretation()
{
    if (m_message->isError())   // it spoke of the results before this change
        m_message->clearMessage();
    const auto instrument = static_cast<Instrument>(m_instrument->currentData().toInt());
    const auto checked = checkResults(instrument, results());
    if (!checked) {
        m_interpretation->setStyleSheet(u"color: #666666;"_s);
        m_interpretation->setText(checked.error().message);
        return;
    }
    m_interpretation->setStyleSheet(QString());
    const QString band = resultBand(instrument, *checked);
    m_interpretation->setText(band.isEmpty() ? tr("Interpretation: %1").arg(interpretResults(instrument, *checked))
                                             : tr("Band: %1 — %2").arg(band, interpretResults(instrument, *checked)));
}

void AssessmentDialog::accept()
{
    const Assessment a = assessment();
    AssessmentRepository repository(m_session.db);
    if (m_id > 0) {
        const auto updated = repository.update(a);
        if (!updated) {
            m_message->showError(updated.error().message);
            return;
        }
        m_savedId = m_id;
    } else {
        const auto added = repository.add(a);
        if (!added) {
            m_message->showError(added.error().message);
            return;
        }
        m_savedId = *added;
    }
    QDialog::accept();
}

} // namespace rr
