#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace rr::test {

std::unique_ptr<TempDatabase> makeTempDatabase()
{
    auto temp = std::make_unique<TempDatabase>();
    auto opened = Database::open(temp->path(), OpenMode::CreateIfMissing);
    if (opened)
        temp->db = *opened;
    return temp;
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            const bool done = q.exec(sql);
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(done);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

QString testDataPath(const QString &name)
{
    return QStringLiteral(RR_TEST_DATA_DIR "/") + name;
}

namespace {

// Whether the data file named by --db is protected by accounts, read the way
// that changes nothing: immutable, so SQLite neither locks nor checkpoints.
bool namesProtectedFile(const QStringList &arguments)
{
    QString path;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--db") && i + 1 < arguments.size())
            path = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QStringLiteral("--db=")))
            path = arguments.at(i).mid(5);
    }
    if (path.isEmpty() || !QFile::exists(path))
        return false;
    bool isProtected = false;
    const QString connection = QStringLiteral("protection-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(QStringLiteral("file:") + QString::fromUtf8(QUrl::toPercentEncoding(path, "/")) + QStringLiteral("?immutable=1"));
        if (db.open()) {
            QSqlQuery q(db);
            isProtected = q.exec(QStringLiteral("SELECT protected FROM protection WHERE id = 1")) && q.next() && q.value(0).toInt() == 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return isProtected;
}

} // namespace

CliRun runCli(const QStringList &arguments)
{
    if (!arguments.contains(QStringLiteral("--user")) && namesProtectedFile(arguments))
        return runCliWithInput(QStringList{QStringLiteral("--user"), QStringLiteral("resource")} + arguments, "demo\n");
    return runCliWithInput(arguments, {});
}

CliRun runCliWithInput(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(RR_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace rr::test
