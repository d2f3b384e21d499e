#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QStringList availableLanguages() { return {u"zh_CN"_s, u"en"_s}; }

QString languageName(const QString &code)
{
    return code == u"en"_s ? u"English"_s : u"简体中文"_s;
}

QString savedLanguage()
{
    const QString code = QSettings().value(u"ui/language"_s, u"zh_CN"_s).toString();
    return availableLanguages().contains(code) ? code : u"zh_CN"_s;
}

void saveLanguage(const QString &code)
{
    QSettings().setValue(u"ui/language"_s, code);
}

bool installTranslations(const QString &code)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (auto &translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();

    QLocale::setDefault(QLocale(code == u"en"_s ? u"en_GB"_s : u"zh_CN"_s));
    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(u":/i18n/resourceroom_%1.qm"_s.arg(code));
    if (loaded) {
        QCoreApplication::installTranslator(own.get());
        installed.push_back(std::move(own));
    }
    if (code != u"en"_s) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            installed.push_back(std::move(qt));
        }
    }
    return loaded;
}

} // namespace rr
