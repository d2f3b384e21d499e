// resourceroom-cli: core only. All logic lives in core/cli; this is the door.
#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return rr::runCli(app.arguments());
}
