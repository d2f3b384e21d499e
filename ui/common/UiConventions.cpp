#include "common/UiConventions.h"

#include "calendar/ScreenDate.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <algorithm>
#include <QEvent>

namespace rr {

namespace {

class ConventionFilter final : public QObject {
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Polish)
            return false;
        if (auto *calendar = qobject_cast<QCalendarWidget *>(watched)) {
            calendar->setFirstDayOfWeek(Qt::Monday);
        } else if (auto *edit = qobject_cast<QDateEdit *>(watched)) {
            // Only pure date fields: a field that also shows a time keeps its format.
            if (!(edit->displayedSections() & QDateTimeEdit::TimeSections_Mask))
                edit->setDisplayFormat(screenDateFormat());
            // 2026年11月23日 is wider than an ISO date: a layout must never
            // squeeze the field below the width of its longest date.
            // (The arrow button, frame and margins take about 48 px in every style we ship.)
            const QString widest = QDate(2026, 12, 28).toString(edit->displayFormat());
            edit->setMinimumWidth(std::max(edit->minimumWidth(), edit->fontMetrics().horizontalAdvance(widest) + 48));
            if (edit->calendarPopup() && edit->calendarWidget())
                edit->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
        }
        return false;
    }
};

} // namespace

void installUiConventions()
{
    static QObject *installed = nullptr;
    if (installed || !qApp)
        return;
    installed = new ConventionFilter(qApp);
    qApp->installEventFilter(installed);
}

} // namespace rr
