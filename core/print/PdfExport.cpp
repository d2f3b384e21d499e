#include "print/PdfExport.h"

#include "print/FormFonts.h"
#include "print/FormRenderer.h"
#include "print/PdfTextMapFix.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace rr {

using namespace Qt::Literals::StringLiterals;


Result<QByteArray> formPdf(const FormDocument &document, int *pageCount)
{
    auto fonts = formFonts(nullptr);
    if (!fonts)
        return fonts.error();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(document.title);
        writer.setCreator(u"资源教室管理系统 ResourceRoom "_s + QLatin1String(RR_VERSION));
        auto painted = paintForm(document, writer);
        if (!painted)
            return painted.error();
        pages = *painted;
    }
    if (pageCount)
        *pageCount = pages;
    const TextMapResolver resolver(fonts->rawFonts(), formCharacters(document));
    return fixPdfTextMaps(buffer.data(), [&](char16_t code) { return resolver.resolve(code); });
}

Result<int> writeFormPdf(const FormDocument &document, const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    // Opened first, so that an unusable place is reported before the work.
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Print", "Cannot write the PDF file %1: %2").arg(shownPath, file.errorString()));
    int pages = 0;
    auto pdf = formPdf(document, &pages);
    if (!pdf) {
        file.cancelWriting();
        return pdf.error();
    }
    if (file.write(*pdf) != pdf->size() || !file.commit())
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Print", "Cannot write the PDF file %1: %2").arg(shownPath, file.errorString()));
    return pages;
}

} // namespace rr
