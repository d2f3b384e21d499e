#pragma once
// What the backup tests share: a demo school with a large attachment of
// known bytes, every table's rows as text (blobs by SHA-256 and size), and
// a file's bytes for byte-for-byte comparisons.
#include "common/Clock.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace rr::test {

inline const QDate kBackupToday(2026, 11, 17);

// The demo school at `path`, plus one attachment of `extraBytes` bytes
// (deterministic, incompressible) so that copies take several steps.
void writeDemoWithAttachment(const QString &path, qint64 extraBytes = 3 * 1024 * 1024);

// Every row of every table, "table|v1|v2…", tables by name, rows by rowid.
QStringList tableRows(const QString &path);

QByteArray fileBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

// Changes a SQLite file by hand, outside the program (another program, a
// newer version), through a connection of its own.
void changeFile(const QString &path, const std::function<void(QSqlDatabase &)> &change);

// The files in `folder`, by name.
QStringList filesIn(const QString &folder);

} // namespace rr::test
