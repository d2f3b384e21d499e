#include "WarningRecorder.h"

#include <QGuiApplication>

namespace rr::test {

namespace {

QStringList g_problems;
QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform plugin says this for every top-level window it
// shows: a limitation of the test platform, not a problem of the program.
bool isOffscreenNoise(const QString &message)
{
    return QGuiApplication::platformName() == QLatin1String("offscreen")
        && message == QLatin1String("This plugin does not support propagateSizeHints()");
}

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isOffscreenNoise(message))
        return;
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        g_problems.append(message);
    if (type == QtFatalMsg && g_previousHandler)
        g_previousHandler(type, context, message);   // say why before aborting
}

} // namespace

WarningRecorder::WarningRecorder()
{
    g_problems.clear();
    g_previousHandler = qInstallMessageHandler(recordMessage);
}

WarningRecorder::~WarningRecorder()
{
    qInstallMessageHandler(g_previousHandler);
}

QStringList WarningRecorder::problems() const
{
    return g_problems;
}

} // namespace rr::test
