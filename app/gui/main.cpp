// The desktop program: the application object, translations, and the
// controller that opens the data file and shows the main window.
#include "common/Clock.h"
#include "common/PrivateFiles.h"
#include "i18n/Language.h"
#include "shell/AppController.h"
#include "shell/AppOptions.h"
#include "shell/FirstShowReport.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    rr::makeNewFilesPrivate();
    QApplication app(argc, argv);
    rr::FirstShowReport::installIfAsked(app);
    QCoreApplication::setOrganizationName(QStringLiteral("ResourceRoom"));
    QCoreApplication::setApplicationName(QStringLiteral("resourceroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RR_VERSION));
    rr::installTranslations(rr::savedLanguage());
    rr::AppController::applyAppearance();

    const rr::AppOptions options = rr::parseAppOptions(app);
    rr::AppController controller(rr::systemClock());
    if (!controller.start(options))
        return 1;
    return app.exec();
}
