#include "students/ReviewFlagRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"f.id, f.student_id, f.kind, f.message, f.source, f.created_on, f.resolved_on, f.resolved_by"_s;

ReviewFlag flagFrom(const SqlRows &q)
{
    return ReviewFlag{q.value(0).toLongLong(), q.value(1).toLongLong(), reviewKindFromKey(q.value(2).toString()),
                      q.value(3).toString(),   q.value(4).toString(),   dateFromSql(q.value(5)),
                      dateFromSql(q.value(6)), q.value(7).toString()};
}

} // namespace

Result<qint64> ReviewFlagRepository::add(Transaction &tx, const ReviewFlag &flag)
{
    if (flag.studentId <= 0 || flag.message.trimmed().isEmpty() || !flag.createdOn.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Students", "A review flag needs a student, a message and a date."));
    return tx.insert(u"INSERT INTO student_review_flags(student_id, kind, message, source, created_on) "
                     "VALUES (:s, :k, :m, :src, :on)"_s,
                     {{":s", flag.studentId}, {":k", reviewKindKey(flag.kind)}, {":m", flag.message.trimmed()},
                      {":src", flag.source}, {":on", isoDate(flag.createdOn)}});
}

Result<QList<ReviewFlag>> ReviewFlagRepository::forStudent(qint64 studentId) const
{
    return readList(*m_db, u"SELECT "_s + kColumns + u" FROM student_review_flags f WHERE f.student_id = :s "
                                                     "ORDER BY f.resolved_on IS NOT NULL, f.created_on DESC, f.id DESC"_s,
                    {{":s", studentId}}, flagFrom);
}

Result<QList<PendingReview>> ReviewFlagRepository::pending() const
{
    return readList(*m_db, u"SELECT "_s + kColumns + u", s.name, s.grade, s.class_name FROM student_review_flags f "
                                                     "JOIN students s ON s.id = f.student_id WHERE f.resolved_on IS NULL "
                                                     "ORDER BY f.created_on DESC, s.grade, s.class_name, s.name, f.id"_s,
                    {}, [](const SqlRows &q) {
                        return PendingReview{flagFrom(q), q.value(8).toString(), q.value(9).toInt(), q.value(10).toString()};
                    });
}

Result<QSet<qint64>> ReviewFlagRepository::studentsWithOpenFlags() const
{
    auto ids = readIds(*m_db, u"SELECT DISTINCT student_id FROM student_review_flags WHERE resolved_on IS NULL"_s);
    if (!ids)
        return ids.error();
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

Result<void> ReviewFlagRepository::resolve(qint64 flagId, const QString &checkedBy, const QDate &on)
{
    if (checkedBy.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Students", "Say who checked the record."));
    if (!on.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Students", "The date of the check is missing."));
    return m_db->write({u"student.review.resolve"_s, u"review flag %1 checked"_s.arg(flagId)}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"UPDATE student_review_flags SET resolved_on = :on, resolved_by = :by "
                            "WHERE id = :id AND resolved_on IS NULL"_s,
                            {{":on", isoDate(on)}, {":by", checkedBy.trimmed()}, {":id", flagId}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Students", "This item was checked already or no longer exists."));
        return {};
    });
}

} // namespace rr
