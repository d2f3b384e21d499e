#include "print/FormFonts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPaintDevice>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString sansFamily = u"Noto Sans CJK SC"_s;
const QString serifFamily = u"Noto Serif CJK SC"_s;

QFont makeFont(const QString &family, double points, QFont::Weight weight)
{
    QFont font(family);
    font.setFamilies({family});
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setKerning(false);
    // Without shaping every glyph is the one the font's cmap gives for the
    // character. With shaping, HarfBuzz swaps digits inside Latin runs (an ID
    // number ending in X) for alternate glyphs that Qt's PDF writer cannot map
    // back to text, and they vanish from copy, search and pdftotext.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

QList<QRawFont> FormFonts::rawFonts() const
{
    return {QRawFont::fromFont(body), QRawFont::fromFont(bold), QRawFont::fromFont(title), QRawFont::fromFont(subtitle)};
}

Result<void> checkFormFonts()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Print", "Printing needs the graphical font system, "
                                                                  "which was not started."));
    const QStringList families = QFontDatabase::families();
    for (const QString &family : {sansFamily, serifFamily})
        if (!families.contains(family))
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("rr::Print", "The font \"%1\" is not installed, so forms "
                                                                      "cannot be printed. Install the Noto CJK fonts "
                                                                      "(package fonts-noto-cjk).")
                                 .arg(family));
    return {};
}

Result<FormFonts> formFonts(QPaintDevice *device)
{
    if (auto ok = checkFormFonts(); !ok)
        return ok.error();
    FormFonts fonts{makeFont(serifFamily, 18, QFont::Bold), makeFont(serifFamily, 12, QFont::Normal),
                    makeFont(sansFamily, 10.5, QFont::Normal), makeFont(sansFamily, 10.5, QFont::Bold),
                    makeFont(sansFamily, 9, QFont::Normal)};
    if (device) {
        for (QFont *font : {&fonts.title, &fonts.subtitle, &fonts.body, &fonts.bold, &fonts.small})
            *font = QFont(*font, device);
    }
    return fonts;
}

} // namespace rr
