#pragma once
// Which file a path names right now: device and inode (volume serial and file
// index on Windows). A sync tool or a hand "restore" replaces the data file
// under an open program; the open connection keeps the old file while a new
// connection by path would get the new one. Comparing identities catches that
// before anything is written.
#include <QString>
#include <optional>

namespace rr {

struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileIdentity &) const = default;
};

// nullopt when nothing is at the path (deleted or moved away).
std::optional<FileIdentity> fileIdentity(const QString &path);

} // namespace rr
