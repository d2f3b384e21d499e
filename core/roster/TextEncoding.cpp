#include "roster/TextEncoding.h"

#include <QByteArray>
#include <unicode/ucnv.h>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

UConverter *openGb18030()
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB18030", &status);
    if (U_FAILURE(status))
        return nullptr;
    // A byte sequence that is not GB18030 is an error, not a replacement character.
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        ucnv_close(converter);
        return nullptr;
    }
    return converter;
}

// Converts the whole of `bytes` into a small buffer used over and over: the
// answer is only whether every byte belongs.
bool isGb18030(QByteArrayView bytes)
{
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(openGb18030(), ucnv_close);
    if (!converter)
        return false;
    UChar buffer[16 * 1024];
    const char *source = bytes.data();
    const char *const sourceEnd = source + bytes.size();
    UErrorCode status = U_ZERO_ERROR;
    do {
        status = U_ZERO_ERROR;
        UChar *target = buffer;
        ucnv_toUnicode(converter.get(), &target, buffer + std::size(buffer), &source, sourceEnd, nullptr, true, &status);
    } while (status == U_BUFFER_OVERFLOW_ERROR);
    return U_SUCCESS(status);
}

} // namespace

QString detectChineseEncoding(QByteArrayView bytes)
{
    if (bytes.isValidUtf8())
        return u"UTF-8"_s;
    if (isGb18030(bytes))
        return u"GB18030"_s;
    return {};
}

ChineseTextDecoder::ChineseTextDecoder(const QString &encoding)
    : m_utf8(encoding != u"GB18030"_s), m_gb18030(m_utf8 ? nullptr : openGb18030())
{
}

ChineseTextDecoder::~ChineseTextDecoder()
{
    if (m_gb18030)
        ucnv_close(m_gb18030);
}

QString ChineseTextDecoder::decode(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return QString();
    if (m_utf8 || !m_gb18030)
        return QString::fromUtf8(bytes);
    // GB18030 never gives more UTF-16 units than it has bytes.
    QString text(bytes.size(), Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(m_gb18030, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                                         bytes.data(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return QString::fromUtf8(bytes);   // not reached: the whole file was checked
    text.truncate(length);
    return text;
}

} // namespace rr
