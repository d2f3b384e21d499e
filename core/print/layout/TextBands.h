#pragma once
#include "print/FormDocument.h"
#include "print/layout/LayoutContext.h"

#include <QList>

namespace rr::printing {

// Title, subtitle and the header line (学校：…  填表日期：…).
QList<Band> titleBands(const FormDocument &document, const LayoutContext &context);
// The heading row and the text box; the box breaks between lines.
QList<Band> sectionBands(const TextSection &section, const LayoutContext &context);
QList<Band> signatureBands(const SignatureBlock &block, const LayoutContext &context);
QList<Band> paragraphBands(const Paragraph &paragraph, const LayoutContext &context);

// The fixed wording of a signature line, also needed to know every printed character.
QString signatureLabel(const QString &role);   // 填表人签名：
QString signatureLine();
QString signatureDateText();
QString signatureDateText(const SignatureBlock &block);   // with the block's date and label
QString continuedHeading(const QString &heading);

} // namespace rr::printing
