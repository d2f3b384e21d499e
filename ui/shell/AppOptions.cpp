#include "shell/AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
struct OptionsText {
    Q_DECLARE_TR_FUNCTIONS(rr::AppOptions)
};
} // namespace

AppOptions parseAppOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OptionsText::tr("ResourceRoom: resource room management for inclusive schools."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, OptionsText::tr("Open a fresh copy of the demo school."));
    const QCommandLineOption db(u"db"_s, OptionsText::tr("Open the data file <path>."), OptionsText::tr("path"));
    parser.addOption(demo);
    parser.addOption(db);
    parser.process(app);

    AppOptions options;
    options.demo = parser.isSet(demo);
    options.dataFile = parser.value(db);
    return options;
}

QString defaultDataFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"resourceroom.sqlite"_s);
}

} // namespace rr
