#pragma once
// Search by name or pinyin: "zxm" and "zhangxiaoming" both find 张小明.
// The transliteration is ICU's Han-Latin, the data of which ships with Qt's ICU.
#include <QString>

namespace rr {

struct PinyinKeys {
    QString full;       // zhangxiaoming
    QString initials;   // zxm
};

PinyinKeys pinyinKeys(const QString &name);

// True when `query` (as typed, any case) matches the name itself, its full
// pinyin or its initials. An empty query matches everything.
bool matchesNameQuery(const QString &name, const PinyinKeys &keys, const QString &query);

} // namespace rr
