#pragma once
// Locks a protected file's session after the idle minutes of the school's
// setting (security/IdleLockSetting.h): any key, click or wheel in any
// window of the program starts the count again. The lock (LockScreen) is
// shown without blocking, over everything, and leaves all windows as they
// are, so unsaved input survives it.
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace rr {

class Database;
class LockScreen;

class IdleLock final : public QObject {
    Q_OBJECT
public:
    // Lives as long as `window`; reads the minutes now and after every write.
    IdleLock(std::shared_ptr<Database> db, QWidget *window);
    ~IdleLock() override;

    void lockNow();
    bool isLocked() const;
    LockScreen *screen() const;
    int intervalMs() const { return m_timer.interval(); }
    // Tests shorten the wait.
    void setIntervalMs(int ms);

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readMinutes();

    std::shared_ptr<Database> m_db;
    QWidget *m_window = nullptr;
    QTimer m_timer;
    QPointer<LockScreen> m_screen;
};

} // namespace rr
