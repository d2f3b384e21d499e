#include "pages/ReminderList.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QIcon urgencyIcon(ReminderUrgency urgency)
{
    const QColor color = urgency == ReminderUrgency::Overdue ? QColor(0xc6, 0x28, 0x28)
        : urgency == ReminderUrgency::Soon                  ? QColor(0xe0, 0x8a, 0x00)
                                                            : QColor(0x2f, 0x6f, 0xb5);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}
} // namespace

ReminderList::ReminderList(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"reminderList"_s);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(u"QListWidget#reminderList { background: transparent; }"_s);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"reminderPlaceholder"_s);
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    setReminders({});
}

void ReminderList::setReminders(QList<Reminder> reminders, const QString &unread)
{
    std::stable_sort(reminders.begin(), reminders.end(), [](const Reminder &a, const Reminder &b) {
        if (a.urgency != b.urgency)
            return int(a.urgency) > int(b.urgency);
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    m_list->clear();
    for (const Reminder &reminder : std::as_const(reminders))
        m_list->addItem(new QListWidgetItem(urgencyIcon(reminder.urgency), reminder.text));
    m_list->setVisible(!reminders.isEmpty());
    m_empty->setText(unread.isEmpty() ? (m_emptyText.isEmpty() ? tr("Nothing to remind you of.") : m_emptyText) : unread);
    m_empty->setForegroundRole(unread.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    m_empty->setVisible(reminders.isEmpty() || !unread.isEmpty());
}

int ReminderList::count() const
{
    return m_list->count();
}

void ReminderList::setEmptyText(const QString &text)
{
    m_emptyText = text;
    if (m_list->count() == 0 && m_empty->foregroundRole() == QPalette::PlaceholderText)
        m_empty->setText(text);
}

QString ReminderList::emptyText() const
{
    return m_empty->text();
}

bool ReminderList::showsEmptyText() const
{
    return !m_empty->isHidden() && m_list->isHidden();
}

} // namespace rr
