#pragma once
// Reading a file that may be larger than it claims (a device, a file still
// growing) without ever holding more than a limit: what import and the
// archive read from outside goes through here.
#include <QByteArray>
#include <QIODevice>
#include <optional>

namespace rr {

// The whole of `device` from where it is; nullopt when it holds more than
// `maxBytes` (then at most `maxBytes` + one chunk was read) or a read fails.
std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes);

} // namespace rr
