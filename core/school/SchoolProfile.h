#pragma once
#include <QString>

namespace rr {

// Who the program works for; asked on the first run, shown on every form.
struct SchoolProfile {
    QString schoolName;
    QString teacherName;          // the resource teacher at the keyboard
    QString district;             // 所属区县, printed in form headers
    qint64 currentSemesterId = 0;
    bool operator==(const SchoolProfile &) const = default;

    bool isComplete() const { return !schoolName.trimmed().isEmpty() && currentSemesterId > 0; }
};

} // namespace rr
