#include "students/Student.h"

#include "calendar/ChineseDate.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString genderKey(Gender g)
{
    return g == Gender::Male ? u"male"_s : g == Gender::Female ? u"female"_s : QString();
}

Gender genderFromKey(const QString &key)
{
    return key == u"male"_s ? Gender::Male : key == u"female"_s ? Gender::Female : Gender::Unknown;
}

QString genderChinese(Gender g)
{
    return g == Gender::Male ? u"男"_s : g == Gender::Female ? u"女"_s : QString();
}

QString genderLabel(Gender g)
{
    return g == Gender::Male     ? QCoreApplication::translate("rr::Students", "Male")
        : g == Gender::Female ? QCoreApplication::translate("rr::Students", "Female")
                              : QString();
}

QString placementKey(Placement p)
{
    switch (p) {
    case Placement::SpecialClass: return u"special_class"_s;
    case Placement::HomeDelivery: return u"home_delivery"_s;
    case Placement::RegularClass: break;
    }
    return u"regular_class"_s;
}

Placement placementFromKey(const QString &key)
{
    if (key == u"special_class"_s)
        return Placement::SpecialClass;
    if (key == u"home_delivery"_s)
        return Placement::HomeDelivery;
    return Placement::RegularClass;
}

QString placementChinese(Placement p)
{
    switch (p) {
    case Placement::SpecialClass: return u"特教班"_s;
    case Placement::HomeDelivery: return u"送教上门"_s;
    case Placement::RegularClass: break;
    }
    return u"随班就读"_s;
}

QString placementLabel(Placement p)
{
    switch (p) {
    case Placement::SpecialClass: return QCoreApplication::translate("rr::Students", "Special class");
    case Placement::HomeDelivery: return QCoreApplication::translate("rr::Students", "Home-delivered teaching");
    case Placement::RegularClass: break;
    }
    return QCoreApplication::translate("rr::Students", "Regular class (LRC)");
}

QString classText(int grade, const QString &className)
{
    return chineseGrade(grade) + className;
}

} // namespace rr
