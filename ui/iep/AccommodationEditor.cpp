#include "iep/AccommodationEditor.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

AccommodationEditor::AccommodationEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("One accommodation per line."), this);
    layout->addWidget(hint);
    for (AccommodationKind kind : {AccommodationKind::Classroom, AccommodationKind::Homework, AccommodationKind::Exam}) {
        auto *box = new QGroupBox(accommodationKindLabel(kind), this);
        auto *edit = new QPlainTextEdit(box);
        edit->setObjectName(u"accommodation_"_s + accommodationKindKey(kind));
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(edit);
        layout->addWidget(box, 1);
        m_edits.append({kind, edit});
        connect(edit, &QPlainTextEdit::textChanged, this, &AccommodationEditor::changed);
    }
}

QPlainTextEdit *AccommodationEditor::editFor(AccommodationKind kind) const
{
    for (const auto &[k, edit] : m_edits)
        if (k == kind)
            return edit;
    return nullptr;
}

void AccommodationEditor::setAccommodations(const QList<IepAccommodation> &accommodations)
{
    const QSignalBlocker blocker(this);
    for (const auto &[kind, edit] : m_edits) {
        QStringList lines;
        for (const IepAccommodation &a : accommodations)
            if (a.kind == kind)
                lines << QString(a.text).replace(u'\n', u' ');
        edit->setPlainText(lines.join(u'\n'));
    }
}

QList<IepAccommodation> AccommodationEditor::accommodations() const
{
    QList<IepAccommodation> list;
    for (const auto &[kind, edit] : m_edits)
        for (const QString &line : edit->toPlainText().split(u'\n'))
            if (!line.trimmed().isEmpty())
                list.append({kind, line.trimmed()});
    return list;
}

void AccommodationEditor::setEditable(bool editable)
{
    for (const auto &[kind, edit] : m_edits)
        edit->setReadOnly(!editable);
}

} // namespace rr
