#pragma once
// The interface language. Chinese is the default; English is selectable and
// remembered per user (QSettings), since several teachers may share one PC.
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rr {

QStringList availableLanguages();             // "zh_CN", "en"
QString languageName(const QString &code);     // 简体中文 / English, in its own language
QString savedLanguage();                       // zh_CN unless the user chose otherwise
void saveLanguage(const QString &code);

// Loads the program's and Qt's own translations for `code`; replaces any
// translators installed by an earlier call.
bool installTranslations(const QString &code);

} // namespace rr
