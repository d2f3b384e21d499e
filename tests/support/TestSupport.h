#pragma once
// Helpers shared by the tests: throwaway databases, file hashes, running the CLI.
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// Readable QString values in Catch's failure messages.
#include <catch2/catch.hpp>
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace rr::test {

// A fresh, migrated database in its own temporary folder.
struct TempDatabase {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
};
std::unique_ptr<TempDatabase> makeTempDatabase();

QByteArray sha256OfFile(const QString &path);
// Runs statements on a data file outside Database, as another program would
// (also while the program has the file open): a dropped table, a foreign trigger.
void tamper(const QString &path, const QStringList &statements);
QString testDataPath(const QString &name);

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
// On a data file protected by accounts (the demo school) without --user,
// signs in as the demo's resource teacher (`--user resource`, password
// `demo` on standard input), so the tests of other capabilities run on the
// demo as she would. runCliWithInput runs exactly what it is given.
CliRun runCli(const QStringList &arguments);
CliRun runCliWithInput(const QStringList &arguments, const QByteArray &input);

} // namespace rr::test
