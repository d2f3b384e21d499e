#include "training/ObjectiveWorkRow.h"

#include "iep/ScaleValueEdit.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ObjectiveWorkRow::ObjectiveWorkRow(const ObjectiveWork &work, const QString &text, MeasurementScale scale,
                                   QWidget *parent)
    : QWidget(parent), m_work(work)
{
    setObjectName(u"objectiveWork-%1"_s.arg(work.objectiveId));
    if (m_work.objectiveText.isEmpty())
        m_work.objectiveText = text;
    m_text = new QLabel(text, this);
    m_text->setObjectName(u"objectiveText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_value = new ScaleValueEdit(true, this);
    m_value->setObjectName(u"objectiveValue"_s);
    m_value->setScale(scale);
    m_value->setValue(work.value);
    m_value->setMinimumWidth(150);
    m_note = new QLineEdit(work.note, this);
    m_note->setObjectName(u"objectiveNote"_s);
    m_note->setPlaceholderText(tr("Note, e.g. with picture cards"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(u"removeObjective"_s);
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_remove->setToolTip(tr("Not worked on after all: remove"));
    m_remove->setAutoRaise(true);

    auto *unit = new QLabel(scaleLabel(scale), this);
    unit->setObjectName(u"objectiveScale"_s);
    unit->setStyleSheet(u"color: #52606d;"_s);
    unit->setMinimumWidth(unit->fontMetrics().horizontalAdvance(u"提示等级（级）"_s));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_text, 0, 0, 1, 3);
    layout->addWidget(m_remove, 0, 3, Qt::AlignTop);
    layout->addWidget(unit, 1, 0);
    layout->addWidget(m_value, 1, 1);
    layout->addWidget(m_note, 1, 2);
    layout->setColumnStretch(2, 1);

    connect(m_value, &ScaleValueEdit::changed, this, &ObjectiveWorkRow::changed);
    connect(m_note, &QLineEdit::textEdited, this, &ObjectiveWorkRow::changed);
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_work.objectiveId); });
}

Result<ObjectiveWork> ObjectiveWorkRow::work() const
{
    auto value = m_value->value();
    if (!value)
        return makeError(value.error().code, tr("%1: %2").arg(m_work.objectiveText, value.error().message));
    ObjectiveWork w = m_work;
    w.value = *value;
    w.note = m_note->text().trimmed();
    return w;
}

void ObjectiveWorkRow::setWork(const ObjectiveWork &work)
{
    m_value->setValue(work.value);
    m_note->setText(work.note);
}

void ObjectiveWorkRow::setEditable(bool editable)
{
    m_value->setEnabled(editable);
    m_note->setEnabled(editable);
    m_remove->setVisible(editable);
}

} // namespace rr
