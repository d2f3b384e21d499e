#pragma once
// CSV files from Chinese Excel are GB18030/GBK; others are UTF-8 with or
// without a BOM. Decoding tries UTF-8 strictly first, then GB18030 (ICU).
#include <QByteArray>
#include <QString>

namespace rr {

struct DecodedText {
    QString text;
    QString encoding;    // "UTF-8" or "GB18030"
    bool ok = false;
};

DecodedText decodeChineseText(const QByteArray &bytes);

} // namespace rr
