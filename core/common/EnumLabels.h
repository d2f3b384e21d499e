#pragma once
// A fixed vocabulary (need categories, staff roles, room types …): for each
// value a stable key stored in the data file, the Chinese printed on forms,
// and an English source string translated for the screens.
#include <QCoreApplication>
#include <QString>
#include <array>
#include <cstddef>

namespace rr {

template <typename E>
struct EnumLabel {
    E value;
    const char *key;
    const char16_t *chinese;
    const char *label;      // wrapped in QT_TRANSLATE_NOOP(context, …) where listed
};

template <typename E, std::size_t N>
class EnumLabels {
public:
    // The last entry is the fallback for unknown values and keys.
    constexpr EnumLabels(const char *context, std::array<EnumLabel<E>, N> entries)
        : m_context(context), m_entries(entries)
    {
    }

    const EnumLabel<E> &of(E value) const
    {
        for (const EnumLabel<E> &entry : m_entries)
            if (entry.value == value)
                return entry;
        return m_entries.back();
    }

    bool fromKey(const QString &key, E *value) const
    {
        for (const EnumLabel<E> &entry : m_entries)
            if (key == QLatin1String(entry.key)) {
                *value = entry.value;
                return true;
            }
        return false;
    }

    E fromKey(const QString &key) const
    {
        E value = m_entries.back().value;
        fromKey(key, &value);
        return value;
    }

    QString key(E value) const { return QString::fromLatin1(of(value).key); }
    QString chinese(E value) const { return QString::fromUtf16(of(value).chinese); }
    QString label(E value) const { return QCoreApplication::translate(m_context, of(value).label); }
    const std::array<EnumLabel<E>, N> &entries() const { return m_entries; }

private:
    const char *m_context;
    std::array<EnumLabel<E>, N> m_entries;
};

} // namespace rr
