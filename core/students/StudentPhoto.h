#pragma once
// The student's photo (the one-inch photo of the registration forms). What is
// stored is small: at most kMaxSide pixels on the longest side, JPEG — forms
// print it 25 × 35 mm, and every backup carries it. A larger file is refused
// before it is decoded.
#include "common/Result.h"

#include <QByteArray>
#include <QImage>

namespace rr {

struct StudentPhoto {
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;   // what may be handed in
    static constexpr int kMaxSide = 600;                      // what is kept, in pixels
};

// An error over kMaxBytes, naming the limit; checked before anything is decoded.
Result<void> checkPhotoSize(const QByteArray &encoded);

// The photo as it is stored: empty stays empty; a JPEG already within
// kMaxSide is kept byte for byte; anything else readable is scaled down and
// written as JPEG. Over kMaxBytes, or not an image: an error.
Result<QByteArray> photoForStorage(const QByteArray &encoded);

// The photo decoded for a form, never larger than kMaxSide on its longest
// side whatever the stored file holds; a null image when unreadable.
QImage photoForPrint(const QByteArray &encoded);

} // namespace rr
