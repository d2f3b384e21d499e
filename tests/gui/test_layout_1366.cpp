// Nothing clipped at 1366×768, the usual school screen: on every page of the
// main window (each tab), on the demo school and on an empty school, no
// label, button, check box or tab shows less than its text needs — unless it
// elides its text on purpose (the property rrElided, with the full text in its
// tool tip) or wraps it. `test_layout_1366 "[.screenshots]"` saves a PNG of
// every page state and dialog into $RR_SCREENSHOT_DIR to look at.
#include "UiWalk.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "demo/DemoSchool.h"
#include "i18n/Language.h"
#include "school/SettingsRepository.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

using namespace rr;
using namespace rr::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

bool onPurpose(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p->property("rrElided").toBool())
            return true;
    return false;
}

QStringList clippedIn(QWidget *root, const QString &where)
{
    QStringList clipped;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || onPurpose(w) || w->width() <= 0)
            continue;
        QString text;
        int need = 0;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            text = label->text();
            need = label->sizeHint().width();
        } else if (auto *button = qobject_cast<QPushButton *>(w)) {
            text = button->text();
            need = button->sizeHint().width();
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // The choice shown must fit beside the arrow ("家长申i").
            text = combo->currentText();
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            // A combo as wide as its size hint fits its longest choice; the
            // field's rectangle is the style's estimate, give or take a few pixels.
            const int over = combo->fontMetrics().horizontalAdvance(text) - field.width();
            if (over > 6 && combo->width() < combo->sizeHint().width())
                need = w->width() + over;
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            text = check->text();
            need = check->sizeHint().width();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (QToolButton *scroll : tabs->findChildren<QToolButton *>())
                if (scroll->isVisible())
                    clipped << where + u": tabs "_s + nameOf(tabs->parentWidget()) + u" scroll (too many to show)"_s;
            for (int i = 0; i < tabs->count(); ++i) {
                const int textWidth = tabs->fontMetrics().horizontalAdvance(QString(tabs->tabText(i)).remove(u'&'));
                if (tabs->tabRect(i).width() < textWidth + 8)
                    clipped << where + u": tab \""_s + tabs->tabText(i) + u"\" "_s
                                   + QString::number(tabs->tabRect(i).width()) + u" < "_s + QString::number(textWidth);
            }
            continue;
        } else {
            continue;
        }
        if (text.isEmpty() || need <= w->width())
            continue;
        clipped << where + u": "_s + nameOf(w) + u" \""_s + text.left(60) + u"\" needs "_s + QString::number(need)
                       + u" has "_s + QString::number(w->width());
    }
    return clipped;
}

void checkPages(MainWindow &window)
{
    window.showNormal();
    window.resize(1366, 768);
    QApplication::setActiveWindow(&window);
    QStringList clipped;
    for (Area area : allAreas()) {
        window.showArea(area);
        QCoreApplication::processEvents();
        QWidget *page = window.page(area);
        // A page whose layout needs more than the screen makes the window grow past it.
        if (window.width() > 1366 || window.height() > 768)
            clipped << page->objectName() + u": the window needs "_s + QString::number(window.width()) + u"×"_s
                           + QString::number(window.height());
        clipped << clippedIn(&window, page->objectName());
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int first = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                clipped << clippedIn(&window, page->objectName() + u" › "_s + tabs->tabText(i));
            }
            tabs->setCurrentIndex(first);
        }
    }
    clipped.removeDuplicates();
    INFO(clipped.join(u"\n"_s).toStdString());
    CHECK(clipped.isEmpty());
}

} // namespace

TEST_CASE("nothing is clipped on the pages of the demo school at 1366x768", "[gui][layout]")
{
    REQUIRE(installTranslations(u"zh_CN"_s));
    AppController::applyAppearance();   // the program's font, as users see it
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 11, 23));
    MainWindow window(Session{openDemoCopy(*clock), clock});
    checkPages(window);
}

TEST_CASE("nothing is clipped on the pages of an empty school at 1366x768", "[gui][layout]")
{
    REQUIRE(installTranslations(u"zh_CN"_s));
    AppController::applyAppearance();
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 9, 7));
    auto temp = makeTempDatabase();
    REQUIRE(temp->db);
    MainWindow window(Session{temp->db, clock});
    checkPages(window);
}

TEST_CASE("screenshots of every page state and dialog at 1366x768", "[.screenshots]")
{
    REQUIRE(installTranslations(qEnvironmentVariable("RR_SCREENSHOT_LANGUAGE", u"zh_CN"_s)));
    AppController::applyAppearance();
    const QString folder = qEnvironmentVariable("RR_SCREENSHOT_DIR", u"."_s);
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 11, 23));
    MainWindow window(Session{openDemoCopy(*clock), clock});
    window.showNormal();
    window.resize(1366, 768);
    int n = 0;
    walkInterface(&window, [&](QWidget *root, const QString &where) {
        QString name = where;
        name.replace(QRegularExpression(u"[^\\w\\x{4e00}-\\x{9fff}]+"_s), u"_"_s);
        root->grab().save(u"%1/%2-%3.png"_s.arg(folder).arg(++n, 3, 10, QChar(u'0')).arg(name.left(80)));
    });
}
