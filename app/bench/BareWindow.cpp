// resourceroom-bare-window: an empty QMainWindow, the yardstick the benchmark
// holds the program's start-up against. Same toolkit, same platform plugin,
// nothing of ours but the first-show report.
#include "shell/FirstShowReport.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    rr::FirstShowReport::installIfAsked(app);
    QMainWindow window;
    window.resize(1280, 720);
    window.show();
    return app.exec();
}
