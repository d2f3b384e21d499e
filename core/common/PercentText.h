#pragma once
// A share as the forms print it: one decimal place, "66.7%" for 120 of 180.
// Archive forms are compared with the school's own tallies, where a rounded
// 66% and 67% would both be wrong.
#include <QString>

namespace rr {

// part / whole × 100 with one decimal and the sign; empty when whole is not positive.
QString percentText(double part, double whole);

} // namespace rr
