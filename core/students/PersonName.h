#pragma once
// The one rule for a person's name, applied wherever a name is stored,
// searched or compared (import, the student forms, search, duplicates):
// Excel users pad two-character names ("李 思"), and transliterated names
// arrive with whatever middle dot the keyboard gave (•‧・･·); both would
// otherwise make one child look like two.
#include <QString>

namespace rr {

// Trims, collapses white space, removes white space between Han characters
// and around a middle dot, and turns every middle-dot variant into U+00B7.
// "李 思" → "李思", "买买提 • 艾力" → "买买提·艾力"; "Anna Li" stays as it is.
QString normalisePersonName(const QString &name);

} // namespace rr
