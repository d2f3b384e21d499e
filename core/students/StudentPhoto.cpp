#include "students/StudentPhoto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <algorithm>

namespace rr {

namespace {

// Decodes `encoded` at no more than kMaxSide pixels on its longest side. The
// JPEG reader then decodes at a fraction of the size (scaled IDCT), so a
// 40-megapixel photo never becomes a 160 MB bitmap.
QImage decodeBounded(const QByteArray &encoded, QSize *original = nullptr, QByteArray *format = nullptr)
{
    if (encoded.isEmpty() || encoded.size() > StudentPhoto::kMaxBytes)
        return {};
    QBuffer buffer;
    buffer.setData(encoded);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);   // a phone's portrait photo stays upright
    const QSize size = reader.size();
    if (original)
        *original = size;
    if (format)
        *format = reader.format();
    if (!size.isValid() || size.isEmpty())
        return {};
    if (std::max(size.width(), size.height()) > StudentPhoto::kMaxSide)
        reader.setScaledSize(size.scaled(StudentPhoto::kMaxSide, StudentPhoto::kMaxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (std::max(image.width(), image.height()) > StudentPhoto::kMaxSide)   // readers that ignore setScaledSize
        image = image.scaled(StudentPhoto::kMaxSide, StudentPhoto::kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

Result<void> checkPhotoSize(const QByteArray &encoded)
{
    if (encoded.size() <= StudentPhoto::kMaxBytes)
        return {};
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Students", "The photo may not be larger than %1 MB.")
                                                  .arg(StudentPhoto::kMaxBytes / 1024 / 1024));
}

Result<QByteArray> photoForStorage(const QByteArray &encoded)
{
    if (encoded.isEmpty())
        return QByteArray();
    if (auto size = checkPhotoSize(encoded); !size)
        return size.error();
    QSize original;
    QByteArray format;
    const QImage image = decodeBounded(encoded, &original, &format);
    if (image.isNull())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Students", "The photo is not a picture that can be read (JPEG or PNG)."));
    // Already what would be stored: kept as it is, so saving a record again
    // never recompresses its photo.
    if (format == "jpeg" && std::max(original.width(), original.height()) <= StudentPhoto::kMaxSide)
        return encoded;
    // JPEG has no transparency: a transparent PNG gets a white background.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(88);
    if (!writer.write(flat))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Students", "The photo is not a picture that can be read (JPEG or PNG)."));
    return out;
}

QImage photoForPrint(const QByteArray &encoded)
{
    return decodeBounded(encoded);
}

} // namespace rr
