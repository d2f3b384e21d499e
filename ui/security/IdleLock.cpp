#include "security/IdleLock.h"

#include "security/IdleLockSetting.h"
#include "security/LockScreen.h"
#include "storage/Database.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>

namespace rr {

IdleLock::IdleLock(std::shared_ptr<Database> db, QWidget *window) : QObject(window), m_db(std::move(db)), m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    connect(m_db.get(), &Database::written, this, [this] { readMinutes(); });
    readMinutes();
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    delete m_screen.data();
}

bool IdleLock::isLocked() const
{
    return !m_screen.isNull();
}

LockScreen *IdleLock::screen() const
{
    return m_screen.data();
}

void IdleLock::readMinutes()
{
    // A failed read keeps the default: the lock must not go away because of it.
    const auto minutes = idleLockMinutes(m_db);
    setIntervalMs((minutes ? *minutes : kDefaultLockMinutes) * 60 * 1000);
}

void IdleLock::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
    if (!isLocked())
        m_timer.start();
}

void IdleLock::lockNow()
{
    if (isLocked())
        return;
    m_timer.stop();
    m_screen = new LockScreen(m_db, m_window);
    m_screen->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_screen.data(), &QDialog::accepted, this, [this] {
        m_screen->close();
        m_screen = nullptr;
        m_timer.start();
        emit unlocked();
    });
    m_screen->show();
    m_screen->raise();
    m_screen->activateWindow();
    m_screen->passwordEdit()->setFocus();
    emit locked();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!isLocked())
            m_timer.start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rr
