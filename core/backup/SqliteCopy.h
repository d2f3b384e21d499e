#pragma once
// A SQLite file that is not the open data file: a plain backup, a backup
// just written, or the candidate file of a restore. Opened read-only on a
// connection of its own (the calling thread's), so looking at a backup on a
// USB drive writes nothing there; the data file's guarded open (lock,
// upgrade, WAL) does not apply to it.
#include "backup/BackupContents.h"
#include "common/Result.h"
#include "storage/SqlExecutor.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace rr {

class SqliteCopy final : public SqlExecutor {
public:
    // Refuses, from the header bytes before SQLite opens it, a file that is
    // not SQLite, is another program's, or comes from a newer version.
    static Result<std::unique_ptr<SqliteCopy>> open(const QString &path);
    // The same checks on a SQLite file held in memory (the inside of an
    // encrypted backup, or bytes under test): deserialized read-only into a
    // private in-memory connection, so nothing on disk is touched. `label`
    // names it in messages.
    static Result<std::unique_ptr<SqliteCopy>> openBytes(QByteArrayView bytes, const QString &label);
    ~SqliteCopy() override;
    SqliteCopy(const SqliteCopy &) = delete;
    SqliteCopy &operator=(const SqliteCopy &) = delete;

    Result<SqlRows> exec(const QString &sql, const SqlParams &params = {}) const override;   // reads only
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int dataVersion() const { return m_version; }

    // SQLite's integrity_check and the schema compared with what our
    // migrations make at the file's version. ErrorCode::FileUnusable with the
    // first problems when it fails.
    Result<void> verify() const;
    // The schema part of verify() alone (milliseconds): done before anything
    // is read from a file, so a foreign view or trigger never runs.
    Result<void> verifySchema() const;
    // Counts and school name (no date: the caller knows when it was made).
    Result<BackupContents> contents() const;

private:
    SqliteCopy(QString path, QString connectionName) : m_path(std::move(path)), m_connectionName(std::move(connectionName)) {}
    QString m_path;
    QString m_connectionName;
    int m_version = 0;
};

// The refusal of a backup from a newer program.
QString tooNewBackupMessage(int dataVersion);

} // namespace rr
