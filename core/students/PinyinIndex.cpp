#include "students/PinyinIndex.h"

#include "students/PersonName.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace rr {

namespace {

QString transliterate(const QString &text)
{
    static QMutex mutex;
    static std::unique_ptr<icu::Transliterator> transliterator;
    static bool tried = false;
    const QMutexLocker lock(&mutex);
    if (!tried) {
        tried = true;
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance(icu::UnicodeString("Han-Latin; Latin-ASCII"),
                                                                 UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    }
    if (!transliterator)
        return {};
    icu::UnicodeString value(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(value);
    return QString(reinterpret_cast<const QChar *>(value.getBuffer()), value.length());
}

} // namespace

PinyinKeys pinyinKeys(const QString &name)
{
    PinyinKeys keys;
    // Han-Latin separates the syllables of Han characters with spaces; the
    // middle dot of transliterated names (买买提·艾力) separates too.
    static const QRegularExpression separators(QStringLiteral("[^a-z]+"));
    const QStringList syllables = transliterate(name).toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &syllable : syllables) {
        keys.full += syllable;
        keys.initials += syllable.at(0);
    }
    return keys;
}

bool matchesNameQuery(const QString &name, const PinyinKeys &keys, const QString &rawQuery)
{
    // The name rule applies to what is typed too: "买买提•艾力" finds 买买提·艾力.
    const QString query = normalisePersonName(rawQuery).toLower().remove(QLatin1Char(' '));
    if (query.isEmpty())
        return true;
    if (normalisePersonName(name).remove(QLatin1Char(' ')).contains(query, Qt::CaseInsensitive))
        return true;
    return keys.initials.startsWith(query) || keys.full.contains(query);
}

} // namespace rr
