#pragma once
// The command line of the GUI program.
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rr {

struct AppOptions {
    bool demo = false;     // --demo: a fresh demo school in a temporary folder
    QString dataFile;      // --db PATH: an existing data file
};

// Handles --help and --version itself (printing and exiting), like QCommandLineParser::process.
AppOptions parseAppOptions(const QCoreApplication &app);

// Where the data file lives when none is given.
QString defaultDataFile();

} // namespace rr
