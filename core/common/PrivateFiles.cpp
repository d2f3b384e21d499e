#include "common/PrivateFiles.h"

#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace rr {

void makeNewFilesPrivate()
{
#ifdef Q_OS_UNIX
    // One process-wide mask covers SQLite's own files and every QFile,
    // QSaveFile and QPdfWriter, which would otherwise be 0644.
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

} // namespace rr
