#include "schoolwork/FundingRepository.h"

#include "calendar/Semester.h"
#include "common/FieldLimits.h"
#include "common/Money.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, entry_date, amount_fen, source, purpose, approval, note FROM funding_entries "_s;

FundingEntry readEntry(const SqlRows &q)
{
    return FundingEntry{q.value(0).toLongLong(), dateFromSql(q.value(1)), q.value(2).toLongLong(), q.value(3).toString(),
                        q.value(4).toString(),   q.value(5).toString(),    q.value(6).toString()};
}

Error gone()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The funding entry no longer exists."));
}

SqlParams paramsOf(const FundingEntry &e)
{
    return {{":d", isoDate(e.date)}, {":a", e.amountFen}, {":s", e.source.trimmed()}, {":p", e.purpose.trimmed()},
            {":ap", e.approval.trimmed()}, {":n", e.note.trimmed()}};
}

} // namespace

Result<QList<FundingEntry>> FundingRepository::all() const
{
    return readList(*m_db, kSelect + u"ORDER BY entry_date, id"_s, {}, readEntry);
}

Result<QList<FundingEntry>> FundingRepository::between(const QDate &first, const QDate &last) const
{
    return readList(*m_db, kSelect + u"WHERE entry_date BETWEEN :a AND :b ORDER BY entry_date, id"_s,
                    {{":a", isoDate(first)}, {":b", isoDate(last)}}, readEntry);
}

Result<QList<FundingEntry>> FundingRepository::inSemester(const Semester &semester) const
{
    return between(semester.start, semester.end);
}

Result<FundingEntry> FundingRepository::byId(qint64 id) const
{
    auto found = readOne(*m_db, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readEntry);
    if (!found)
        return found.error();
    if (!*found)
        return gone();
    return **found;
}

Result<qint64> FundingRepository::totalBetween(const QDate &first, const QDate &last) const
{
    auto sum = readValue(*m_db, u"SELECT coalesce(sum(amount_fen), 0) FROM funding_entries WHERE entry_date BETWEEN :a AND :b"_s,
                         {{":a", isoDate(first)}, {":b", isoDate(last)}});
    if (!sum)
        return sum.error();
    return sum->toLongLong();
}

Result<qint64> FundingRepository::totalFen(const Semester &semester) const
{
    return totalBetween(semester.start, semester.end);
}

Result<qint64> FundingRepository::totalFenOfYear(int year) const
{
    return totalBetween(QDate(year, 1, 1), QDate(year, 12, 31));
}

Result<void> FundingRepository::validate(const FundingEntry &e)
{
    if (!e.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The funding entry needs a date."));
    if (e.amountFen <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The amount must be more than zero."));
    if (e.amountFen > kMaxAmountFen)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The amount is larger than %1 yuan.")
                                                      .arg(formatYuan(kMaxAmountFen, true)));
    if (e.source.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "Where does the money come from? The source is missing."));
    if (e.purpose.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "What is the money for? The purpose is missing."));
    return checkFieldLengths({
        {QT_TRANSLATE_NOOP("rr::Fields", "Source"), e.source, FieldKind::Address},
        {QT_TRANSLATE_NOOP("rr::Fields", "Purpose"), e.purpose, FieldKind::Address},
        {QT_TRANSLATE_NOOP("rr::Fields", "Approval"), e.approval, FieldKind::Address},
        {QT_TRANSLATE_NOOP("rr::Fields", "Note"), e.note, FieldKind::LongText},
    });
}

Result<qint64> FundingRepository::add(const FundingEntry &entry)
{
    if (auto valid = validate(entry); !valid)
        return valid.error();
    return m_db->writeReturningId({u"funding.add"_s, isoDate(entry.date).toString()}, [&](Transaction &tx) { return add(tx, entry); });
}

Result<qint64> FundingRepository::add(Transaction &tx, const FundingEntry &entry)
{
    if (auto valid = validate(entry); !valid)
        return valid.error();
    SqlParams p = paramsOf(entry);
    p.push_back({":now", sqlDateTime(tx.now())});
    return tx.insert(u"INSERT INTO funding_entries(entry_date, amount_fen, source, purpose, approval, note, created_at) "
                     "VALUES (:d, :a, :s, :p, :ap, :n, :now)"_s,
                     p);
}

Result<void> FundingRepository::update(const FundingEntry &entry)
{
    if (auto valid = validate(entry); !valid)
        return valid;
    return m_db->write({u"funding.update"_s, QString::number(entry.id)}, [&](Transaction &tx) -> Result<void> {
        SqlParams p = paramsOf(entry);
        p.push_back({":id", entry.id});
        auto done = tx.exec(u"UPDATE funding_entries SET entry_date = :d, amount_fen = :a, source = :s, purpose = :p, "
                            "approval = :ap, note = :n WHERE id = :id"_s,
                            p);
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return gone();
        return {};
    });
}

Result<void> FundingRepository::remove(qint64 id)
{
    return m_db->write({u"funding.remove"_s, QString::number(id)}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM funding_entries WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return gone();
        return {};
    });
}

} // namespace rr
