#include "storage/SqlErrors.h"

#include <QCoreApplication>

namespace rr {

namespace {

// SQLite primary result codes (the low byte of an extended code).
enum SqliteCode { Busy = 5, Locked = 6, NoMem = 7, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13,
                  CantOpen = 14, Constraint = 19, NotADb = 26 };
constexpr int kConstraintTrigger = 1811;   // RAISE(ABORT) in one of our triggers

QString sentenceFor(int code, int extended, bool raisedByTrigger)
{
    switch (code) {
    case Busy:
    case Locked:
        return busyMessage();
    case NoMem:
        return QCoreApplication::translate("rr::Database", "The computer ran out of memory.");
    case ReadOnly:
        return QCoreApplication::translate("rr::Database", "The data file cannot be written to (it is read-only).");
    case IoErr:
        return QCoreApplication::translate("rr::Database", "The data file could not be read or written (a disk or USB drive problem?).");
    case Corrupt:
    case NotADb:
        return QCoreApplication::translate("rr::Database", "The data file is damaged. Restore it from a backup.");
    case Full:
        return QCoreApplication::translate("rr::Database", "The disk is full; free some space and try again.");
    case CantOpen:
        return QCoreApplication::translate("rr::Database", "The data file could not be opened.");
    case Constraint:
        if (extended == kConstraintTrigger || raisedByTrigger)
            return QCoreApplication::translate("rr::Database", "This record is protected (signed, issued or part of the history) and cannot be changed directly.");
        return QCoreApplication::translate("rr::Database", "The change clashes with data already saved or leaves a required item empty.");
    default:
        return QCoreApplication::translate("rr::Database", "The data file reported an error.");
    }
}

} // namespace

QString busyMessage()
{
    return QCoreApplication::translate("rr::Database", "Another window or program is saving data; please try again in a moment.");
}

Error storageError(const QSqlError &error, const QString &doing)
{
    bool ok = false;
    const int extended = error.nativeErrorCode().toInt(&ok);
    const int code = ok ? (extended & 0xff) : -1;
    // Without extended codes a trigger's RAISE is told apart by its text: SQLite's
    // own constraint messages all say "constraint failed".
    const QString text = error.databaseText();
    const bool raisedByTrigger = code == Constraint && !text.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive);
    Error result;
    result.code = code == Constraint ? ErrorCode::Conflict : ErrorCode::Storage;
    // A busy file is no failure of the action itself: the sentence alone says what to do.
    result.message = (code == Busy || code == Locked)
        ? busyMessage()
        : QCoreApplication::translate("rr::Database", "%1 failed: %2").arg(doing, sentenceFor(code, extended, raisedByTrigger));
    result.detail = QStringLiteral("SQLite %1: %2").arg(error.nativeErrorCode(), text.isEmpty() ? error.text() : text);
    return result;
}

} // namespace rr
