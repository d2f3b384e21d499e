// One main for every test program: a Qt application object (a QApplication
// for GUI tests, since widgets need one), Chinese translations loaded like the
// real programs, and settings kept away from the user's own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#ifdef RR_GUI_TEST
#include "common/UiConventions.h"
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    // Qt warns when XDG_RUNTIME_DIR is unset (CI, containers); GUI tests fail on warnings.
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid()) {
        QFile::setPermissions(runtimeDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ResourceRoomTests"));
    QCoreApplication::setApplicationName(QStringLiteral("resourceroom-tests"));
    TestApplication app(argc, argv);
    rr::installTranslations(QStringLiteral("zh_CN"));
#ifdef RR_GUI_TEST
    rr::installUiConventions();   // as AppController::applyAppearance() does
#endif
    return Catch::Session().run(argc, argv);
}
