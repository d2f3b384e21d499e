#pragma once
// CSV files from Chinese Excel are GB18030/GBK; others are UTF-8 with or
// without a BOM. The encoding is decided for the whole file by reading it
// through once without keeping a decoded copy (UTF-8 strictly first, then
// GB18030 with ICU); the cells are then decoded one by one.
#include <QByteArrayView>
#include <QString>
#include <memory>

struct UConverter;

namespace rr {

// "UTF-8" or "GB18030"; empty when the bytes are neither.
QString detectChineseEncoding(QByteArrayView bytes);

// Decodes pieces (cells) of a text in an encoding detectChineseEncoding gave.
class ChineseTextDecoder {
public:
    explicit ChineseTextDecoder(const QString &encoding);
    ~ChineseTextDecoder();
    QString decode(QByteArrayView bytes);

private:
    bool m_utf8 = true;
    UConverter *m_gb18030 = nullptr;
};

} // namespace rr
