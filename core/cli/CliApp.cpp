#include "cli/CliApp.h"
#include <QTextStream>
namespace rr {
int runCli(const QStringList &) { QTextStream(stdout) << "todo\n"; return 0; }
}
