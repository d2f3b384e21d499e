#include "UiWalk.h"

#include "demo/DemoSchool.h"
#include "shell/Area.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

#include <catch2/catch.hpp>
#include <memory>

namespace rr::test {

using namespace Qt::Literals::StringLiterals;

std::shared_ptr<Database> openDemoCopy(const Clock &clock)
{
    auto path = temporaryDemoSchool(clock);
    REQUIRE(path);
    auto db = Database::open(*path, OpenMode::OpenExisting);
    REQUIRE(db);
    return *db;
}

namespace {

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

void add(QList<ShownText> &out, const QString &where, const QString &text)
{
    const QString t = plain(text).trimmed();
    if (!t.isEmpty())
        out.append({where, t});
}

// Widgets of Qt's own composite widgets (a calendar's navigation, a spin
// box's line edit) are looked at through their owner.
bool insideQtComposite(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<const QCalendarWidget *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QComboBox *>(p))
            return true;
    return false;
}

void modelTexts(QList<ShownText> &out, const QString &where, const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (const auto *table = qobject_cast<const QTableView *>(view); table && table->isColumnHidden(c))
            continue;
        add(out, where + u" header"_s, model->headerData(c, Qt::Horizontal).toString());
    }
    for (int r = 0; r < qMin(model->rowCount(), 40); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            if (const auto *table = qobject_cast<const QTableView *>(view); table && table->isColumnHidden(c))
                continue;
            add(out, where + u" cell"_s, model->index(r, c).data().toString());
        }
}

} // namespace

QList<ShownText> visibleTexts(QWidget *root, const QString &where)
{
    QList<ShownText> out;
    if (root->isWindow())
        add(out, where + u" title"_s, root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root->window()) || !w->isVisible() || insideQtComposite(w, root))
            continue;
        const QString at = where + u" › "_s + (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                                          : w->objectName());
        add(out, at + u" tooltip"_s, w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(out, at, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(out, at, QString(button->text()).remove(u'&'));
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(out, at, box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(out, at, tabs->tabText(i));
                add(out, at + u" tooltip"_s, tabs->tabToolTip(i));
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(out, at, combo->itemText(i));
            if (combo->lineEdit())
                add(out, at, combo->lineEdit()->placeholderText());
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            add(out, at, line->placeholderText());
            if (line->isReadOnly())
                add(out, at, line->text());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            add(out, at, text->placeholderText());
            if (text->isReadOnly())
                add(out, at, text->toPlainText());
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            add(out, at, rich->placeholderText());
            if (rich->isReadOnly())
                add(out, at, rich->toPlainText());
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            add(out, at, spin->text());
            add(out, at, spin->specialValueText());
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(out, at, list->item(i)->text());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (!qobject_cast<QHeaderView *>(w))
                modelTexts(out, at, view);
        }
    }
    if (auto *menuBar = root->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (QAction *menu : menuBar->actions()) {
            add(out, where + u" menu"_s, menu->text().remove(u'&'));
            if (menu->menu())
                for (QAction *action : menu->menu()->actions())
                    add(out, where + u" menu"_s, action->text().remove(u'&'));
        }
    }
    return out;
}

namespace {

// Every state of the tab widgets under `root`: each tab of each tab widget
// (nested ones inside the tab shown), then back to the tab first shown.
void eachTabState(QWidget *root, const std::function<void(const QString &)> &visit, const QString &where)
{
    visit(where);
    // The visit may rebuild parts of the page (a click reloads a panel): a
    // tab widget that has gone is skipped.
    QList<QPointer<QTabWidget>> tabs;
    for (QTabWidget *tab : root->findChildren<QTabWidget *>())
        tabs.append(tab);
    for (const QPointer<QTabWidget> &tab : std::as_const(tabs)) {
        if (!tab || !tab->isVisible())
            continue;
        const int first = tab->currentIndex();
        for (int i = 0; tab && i < tab->count(); ++i) {
            if (i == first || !tab->isTabEnabled(i))
                continue;
            tab->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QString title = tab->tabText(i).remove(u'&');
            visit(where + u" › "_s + title);
        }
        if (tab)
            tab->setCurrentIndex(first);
    }
}

// Closes whatever the click opened, after looking at it: popups, modal
// dialogs (also nested ones), and windows shown without exec().
class DialogCloser : public QObject {
public:
    DialogCloser(QWidget *mainWindow, std::function<void(QWidget *, const QString &)> look, QString where)
        : m_main(mainWindow), m_look(std::move(look)), m_where(std::move(where))
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer.start();
    }
    int seen() const { return m_seen; }
    void closeOthers(const QSet<QWidget *> &before)
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && w != m_main && !before.contains(w) && !qobject_cast<QMenu *>(w))
                lookAndClose(w);
    }

private:
    void tick()
    {
        if (m_busy)
            return;
        if (QWidget *popup = QApplication::activePopupWidget()) {
            popup->close();
            return;
        }
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != m_main)
            lookAndClose(modal);
    }
    void lookAndClose(QWidget *w)
    {
        m_busy = true;
        QPointer<QWidget> guard(w);
        ++m_seen;
        QCoreApplication::processEvents();   // laid out
        if (guard)
            eachTabState(w, [this, w](const QString &at) { m_look(w, at); },
                         m_where + u" › "_s + (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                                          : w->objectName()));
        m_busy = false;
        if (!guard)
            return;
        if (auto *dialog = qobject_cast<QDialog *>(w))
            dialog->reject();
        else
            w->close();
    }

    QWidget *m_main;
    std::function<void(QWidget *, const QString &)> m_look;
    QString m_where;
    QTimer m_timer;
    bool m_busy = false;
    int m_seen = 0;
};

} // namespace

int walkInterface(MainWindow *window, const std::function<void(QWidget *, const QString &)> &look)
{
    int dialogs = 0;
    for (Area area : allAreas()) {
        window->showArea(area);
        QCoreApplication::processEvents();
        QWidget *page = window->page(area);
        const QString where = page->objectName();
        eachTabState(page, [&](const QString &at) { look(window, at); }, where);

        // The buttons of the page in each tab state, each clicked once.
        QSet<QString> clicked;
        eachTabState(page, [&](const QString &at) {
            QList<QPointer<QPushButton>> buttons;
            for (QPushButton *b : page->findChildren<QPushButton *>())
                buttons.append(b);
            for (const QPointer<QPushButton> &button : std::as_const(buttons)) {
                if (!button || !button->isVisible() || !button->isEnabled() || button->text().isEmpty())
                    continue;
                const QString key = button->objectName() + u'|' + button->text();
                if (clicked.contains(key))
                    continue;
                clicked.insert(key);
                const QWidgetList topLevels = QApplication::topLevelWidgets();
                const QSet<QWidget *> before(topLevels.cbegin(), topLevels.cend());
                DialogCloser closer(window, look, at + u" › "_s + QString(button->text()).remove(u'&'));
                button->click();
                QCoreApplication::processEvents();
                closer.closeOthers(before);
                dialogs += closer.seen();
                if (window->currentArea() != area) {
                    window->showArea(area);
                    QCoreApplication::processEvents();
                }
            }
        }, where);
    }
    return dialogs;
}

} // namespace rr::test
