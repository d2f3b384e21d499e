#include "iep/ScaleValueEdit.h"
#include "common/ListText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <cmath>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString numberText(double v) { return QString::number(v, 'g', 6); }

QString rangeHint(MeasurementScale scale)
{
    const ScaleRange range = scaleRange(scale);
    if (std::isinf(range.maximum))
        return ScaleValueEdit::tr("%1 or more").arg(numberText(range.minimum));
    return ScaleValueEdit::tr("%1 to %2").arg(numberText(range.minimum), numberText(range.maximum));
}

} // namespace

ScaleValueEdit::ScaleValueEdit(bool allowEmpty, QWidget *parent) : QWidget(parent), m_allowEmpty(allowEmpty)
{
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"scaleValueNumber"_s);
    m_prompt = new QComboBox(this);
    m_prompt->setObjectName(u"scaleValuePrompt"_s);
    if (allowEmpty)
        m_prompt->addItem(u"—"_s, -1);
    // Least help first: the order teachers think in.
    for (int level = int(PromptLevel::Independent); level >= int(PromptLevel::FullAssist); --level)
        m_prompt->addItem(promptLevelLabel(static_cast<PromptLevel>(level)), level);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_number);
    m_stack->addWidget(m_prompt);
    m_stack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_number, &QLineEdit::textEdited, this, &ScaleValueEdit::changed);
    connect(m_prompt, &QComboBox::activated, this, &ScaleValueEdit::changed);
    setScale(MeasurementScale::Accuracy);
}

void ScaleValueEdit::setScale(MeasurementScale scale)
{
    m_scale = scale;
    const bool prompt = scale == MeasurementScale::PromptLevel;
    m_stack->setCurrentWidget(prompt ? static_cast<QWidget *>(m_prompt) : m_number);
    m_stack->setFixedHeight(m_stack->currentWidget()->sizeHint().height());
    m_number->setPlaceholderText(rangeHint(scale));
    m_number->setToolTip(scaleLabel(scale) + labelSeparator() + rangeHint(scale));
}

Result<std::optional<double>> ScaleValueEdit::value() const
{
    if (m_scale == MeasurementScale::PromptLevel) {
        const int level = m_prompt->currentData().toInt();
        if (level < 0)
            return std::optional<double>();
        return std::optional<double>(double(level));
    }
    const QString text = m_number->text().trimmed();
    if (text.isEmpty()) {
        if (m_allowEmpty)
            return std::optional<double>();
        return makeError(ErrorCode::InvalidInput, tr("Enter a value (%1: %2).").arg(scaleLabel(m_scale), rangeHint(m_scale)));
    }
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok);   // "62.5" typed on a locale with a decimal comma
    if (!ok)
        return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not a number.").arg(text));
    auto checked = checkValue(m_scale, v);
    if (!checked)
        return checked.error();
    return std::optional<double>(*checked);
}

void ScaleValueEdit::setValue(std::optional<double> value)
{
    if (m_scale == MeasurementScale::PromptLevel) {
        const int index = m_prompt->findData(value ? int(std::lround(*value)) : -1);
        m_prompt->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_number->setText(value ? numberText(*value) : QString());
}

void ScaleValueEdit::clear()
{
    m_number->clear();
    m_prompt->setCurrentIndex(0);
}

void ScaleValueEdit::setReadOnly(bool readOnly)
{
    m_number->setReadOnly(readOnly);
    m_prompt->setEnabled(!readOnly);
}

} // namespace rr
