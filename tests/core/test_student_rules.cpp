#include <catch2/catch.hpp>

#include "common/LenientDate.h"
#include "demo/DemoPeople.h"
#include "students/CertificateCheck.h"
#include "students/PinyinIndex.h"

#include <limits>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {
Student hearingStudent()
{
    Student s;
    s.name = u"陈佳怡"_s;
    s.idNumber = makeCitizenId(u"654002"_s, QDate(2015, 9, 18), 92);
    s.needs = {{NeedCategory::Hearing, 3, {}}};
    return s;
}
} // namespace

TEST_CASE("dates as teachers type them")
{
    const QDate expected(2015, 3, 12);
    CHECK(parseLenientDate(u"2015-03-12"_s) == expected);
    CHECK(parseLenientDate(u"2015-3-12"_s) == expected);
    CHECK(parseLenientDate(u"2015.3.12"_s) == expected);
    CHECK(parseLenientDate(u"2015/3/12"_s) == expected);
    CHECK(parseLenientDate(u"2015年3月12日"_s) == expected);
    CHECK(parseLenientDate(u"2015年3月12号"_s) == expected);
    CHECK(parseLenientDate(u"20150312"_s) == expected);
    CHECK(parseLenientDate(u"２０１５－０３－１２"_s) == expected);
    CHECK(parseLenientDate(u"２０１５年３月１２日"_s) == expected);
    CHECK(parseLenientDate(u" 2015-03-12 00:00:00"_s) == expected);
    CHECK_FALSE(parseLenientDate(u"2015-02-30"_s).isValid());
    CHECK_FALSE(parseLenientDate(u"2015-13-01"_s).isValid());
    CHECK_FALSE(parseLenientDate(u"三月十二日"_s).isValid());
    CHECK_FALSE(parseLenientDate(QString()).isValid());
    CHECK(dateFromExcelSerial(42806) == QDate(2017, 3, 12));
    CHECK(dateFromExcelSerial(1) == QDate(1900, 1, 1));
    CHECK_FALSE(dateFromExcelSerial(0).isValid());
}

TEST_CASE("an Excel day number that is no number is no date")
{
    // Found by fuzzing: NaN passed the range check and was converted to an
    // integer, which is undefined behaviour (UBSan: float-cast-overflow).
    CHECK_FALSE(dateFromExcelSerial(std::numeric_limits<double>::quiet_NaN()).isValid());
    CHECK_FALSE(dateFromExcelSerial(std::numeric_limits<double>::infinity()).isValid());
    CHECK_FALSE(dateFromExcelSerial(-std::numeric_limits<double>::infinity()).isValid());
    CHECK(dateFromExcelSerial(2958465) == QDate(9999, 12, 31));
    CHECK_FALSE(dateFromExcelSerial(2958466).isValid());
}

TEST_CASE("certificate numbers are checked against the ID and the recorded need")
{
    Student s = hearingStudent();
    CertificateNumber cert;
    REQUIRE(parseCertificateNumber(s.idNumber + u"23"_s, &cert));
    CHECK(cert.category == NeedCategory::Hearing);
    CHECK(cert.grade == 3);
    REQUIRE(parseCertificateNumber(s.idNumber + u"23B1"_s, &cert));
    CHECK(cert.reissue == 1);
    CHECK_FALSE(parseCertificateNumber(s.idNumber + u"83"_s, &cert));   // no category 8
    CHECK_FALSE(parseCertificateNumber(s.idNumber + u"25"_s, &cert));   // no grade 5

    s.certificateNumber.clear();
    CHECK(certificateProblems(s).isEmpty());
    s.certificateNumber = s.idNumber + u"23"_s;
    CHECK(certificateProblems(s).isEmpty());
    s.certificateNumber = s.idNumber + u"23b2"_s;   // lower-case reissue suffix
    CHECK(certificateProblems(s).isEmpty());
    s.certificateNumber = s.idNumber + u"24"_s;      // grade disagrees
    CHECK(certificateProblems(s).size() == 1);
    s.certificateNumber = s.idNumber + u"13"_s;      // 视力 instead of 听力
    CHECK(certificateProblems(s).size() == 1);
    s.certificateNumber = makeCitizenId(u"654002"_s, QDate(2015, 9, 18), 94) + u"23"_s;  // someone else's ID
    CHECK(certificateProblems(s).size() == 1);
    s.certificateNumber = u"12345"_s;
    CHECK(certificateProblems(s).size() == 1);
}

TEST_CASE("names are found by pinyin initials and full pinyin")
{
    const PinyinKeys keys = pinyinKeys(u"张小明"_s);
    CHECK(keys.full == u"zhangxiaoming"_s);
    CHECK(keys.initials == u"zxm"_s);
    CHECK(matchesNameQuery(u"张小明"_s, keys, u"zxm"_s));
    CHECK(matchesNameQuery(u"张小明"_s, keys, u"ZX"_s));
    CHECK(matchesNameQuery(u"张小明"_s, keys, u"xiaoming"_s));
    CHECK(matchesNameQuery(u"张小明"_s, keys, u"小明"_s));
    CHECK(matchesNameQuery(u"张小明"_s, keys, QString()));
    CHECK_FALSE(matchesNameQuery(u"张小明"_s, keys, u"lsy"_s));
    CHECK(pinyinKeys(u"重庆"_s).full == u"chongqing"_s);
    const PinyinKeys uyghur = pinyinKeys(u"买买提·艾力"_s);
    CHECK(uyghur.initials == u"mmtal"_s);
    CHECK(matchesNameQuery(u"买买提·艾力"_s, uyghur, u"mmt"_s));
}
