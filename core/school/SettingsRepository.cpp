#include "school/SettingsRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    return value(*m_db, key, fallback);
}

Result<QString> SettingsRepository::value(const SqlExecutor &sql, const QString &key, const QString &fallback)
{
    auto stored = readValue(sql, u"SELECT value FROM settings WHERE key = :key"_s, {{":key", key}});
    if (!stored)
        return stored.error();
    return stored->isNull() ? fallback : stored->toString();
}

Result<void> SettingsRepository::setValue(Transaction &tx, const QString &key, const QString &value)
{
    auto done = tx.exec(u"INSERT INTO settings(key, value) VALUES (:key, :value) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                        {{":key", key}, {":value", value}});
    if (!done)
        return done.error();
    return {};
}

Result<void> SettingsRepository::setValue(const QString &key, const QString &value)
{
    return m_db->write({u"settings.set"_s, key},
                       [&](Transaction &tx) { return setValue(tx, key, value); });
}

Result<SchoolProfile> SettingsRepository::profile() const
{
    auto rows = readList(*m_db, u"SELECT key, value FROM settings WHERE key IN "
                                "('school.name', 'school.teacher', 'school.district', 'semester.current')"_s,
                         {}, [](const SqlRows &q) { return std::pair{q.value(0).toString(), q.value(1).toString()}; });
    if (!rows)
        return rows.error();
    SchoolProfile profile;
    for (const auto &[key, text] : std::as_const(*rows)) {
        if (key == u"school.name"_s)
            profile.schoolName = text;
        else if (key == u"school.teacher"_s)
            profile.teacherName = text;
        else if (key == u"school.district"_s)
            profile.district = text;
        else
            profile.currentSemesterId = text.toLongLong();
    }
    return profile;
}

Result<void> SettingsRepository::saveProfile(Transaction &tx, const SchoolProfile &profile)
{
    if (profile.schoolName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Settings", "The school's name is required."));
    // Once a current user is chosen, the profile's teacher is her (CurrentUser).
    QString teacher = profile.teacherName.trimmed();
    auto current = readValue(tx, u"SELECT s.name FROM settings k JOIN staff s ON s.id = CAST(k.value AS INTEGER) "
                                 "WHERE k.key = 'user.current'"_s);
    if (!current)
        return current.error();
    if (!current->isNull())
        teacher = current->toString();
    const std::pair<QString, QString> entries[] = {
        {u"school.name"_s, profile.schoolName.trimmed()},
        {u"school.teacher"_s, teacher},
        {u"school.district"_s, profile.district.trimmed()},
        {u"semester.current"_s, QString::number(profile.currentSemesterId)},
    };
    for (const auto &[key, value] : entries)
        if (auto done = setValue(tx, key, value); !done)
            return done;
    return {};
}

Result<void> SettingsRepository::saveProfile(const SchoolProfile &profile)
{
    return m_db->write({u"school.profile"_s, u"school profile"_s},
                       [&](Transaction &tx) { return saveProfile(tx, profile); });
}

} // namespace rr
