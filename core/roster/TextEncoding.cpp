#include "roster/TextEncoding.h"

#include <QStringDecoder>
#include <memory>
#include <unicode/ucnv.h>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static bool decodeGb18030(const QByteArray &bytes, QString *out)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("GB18030", &status), ucnv_close);
    if (U_FAILURE(status))
        return false;
    // A byte sequence that is not GB18030 is an error, not a replacement character.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString text(bytes.size() + 1, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()),
                                         int32_t(text.size()), bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return false;
    text.truncate(length);
    *out = text;
    return true;
}

DecodedText decodeChineseText(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.text = QString::fromUtf8(bytes.mid(3));
        result.encoding = u"UTF-8"_s;
        result.ok = true;
        return result;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(bytes);
    if (!utf8.hasError()) {
        result.text = asUtf8;
        result.encoding = u"UTF-8"_s;
        result.ok = true;
        return result;
    }
    result.ok = decodeGb18030(bytes, &result.text);
    result.encoding = u"GB18030"_s;
    return result;
}

} // namespace rr
