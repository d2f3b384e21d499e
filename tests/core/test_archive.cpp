#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "archive/ArchiveCompleteness.h"
#include "archive/AttachmentRepository.h"
#include "lrc/LrcRepository.h"
#include "students/StudentRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 addStudent(const std::shared_ptr<Database> &db, const QString &name, bool withHistory)
{
    Student s;
    s.name = name;
    if (withHistory) {
        s.familySituation = u"三口之家"_s;
        s.growthHistory = u"足月顺产"_s;
        s.treatmentHistory = u"康复训练两年"_s;
    }
    auto id = StudentRepository(db).add(s);
    REQUIRE(id);
    return *id;
}

Attachment meta(qint64 student, ArchiveItem item, int schoolYear)
{
    Attachment a;
    a.studentId = student;
    a.archiveItem = int(item);
    a.schoolYear = schoolYear;
    return a;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return path;
}
} // namespace

TEST_CASE("attachments are stored inside the data file and come back byte for byte")
{
    auto temp = test::makeTempDatabase();
    AttachmentRepository files(temp->db);
    const qint64 student = addStudent(temp->db, u"张小明"_s, false);
    QTemporaryDir dir;
    static constexpr char kScan[] = "%PDF-1.4 fake scan \x00\x01\x02";   // with its zero bytes
    const QByteArray scan(kScan, sizeof kScan - 1);
    const QString source = writeFile(dir, u"医学检查报告.pdf"_s, scan);
    auto id = files.addFile(meta(student, ArchiveItem::MedicalReports, 2026), source);
    REQUIRE(id);
    QFile::remove(source);   // the archive no longer depends on the original

    const auto list = files.forStudent(student);
    REQUIRE(list->size() == 1);
    CHECK(list->first().fileName == u"医学检查报告.pdf"_s);
    CHECK(list->first().size == scan.size());
    CHECK(list->first().mimeType == u"application/pdf"_s);
    CHECK(*files.contents(*id) == scan);
    const QString copy = dir.filePath(u"copy.pdf"_s);
    REQUIRE(files.saveTo(*id, copy));
    QFile out(copy);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readAll() == scan);

    REQUIRE(files.remove(*id));
    CHECK(files.forStudent(student)->isEmpty());
    CHECK_FALSE(files.contents(*id));
    CHECK_FALSE(files.addFile(meta(student, ArchiveItem::MedicalReports, 2026), dir.filePath(u"missing.pdf"_s)));
}

TEST_CASE("completeness: files of this school year, once-only items and records all count")
{
    auto temp = test::makeTempDatabase();
    AttachmentRepository files(temp->db);
    const qint64 full = addStudent(temp->db, u"甲"_s, true);
    const qint64 bare = addStudent(temp->db, u"乙"_s, false);
    QTemporaryDir dir;
    const QString scan = writeFile(dir, u"scan.jpg"_s, "jpeg");
    // Enrolment form years ago: still counts. An old medical report: does not.
    REQUIRE(files.addFile(meta(full, ArchiveItem::EnrolmentForm, 2021), scan));
    REQUIRE(files.addFile(meta(full, ArchiveItem::MedicalReports, 2025), scan));
    REQUIRE(files.addFile(meta(full, ArchiveItem::GrowthPortfolio, 2026), scan));
    REQUIRE(files.addFile(meta(full, ArchiveItem::GrowthPortfolio, 2026), scan));
    LrcRepository lrc(temp->db);
    for (LrcStep s : {LrcStep::Applied, LrcStep::SchoolOpinion, LrcStep::Reported, LrcStep::Confirmed})
        REQUIRE(lrc.addStep({0, full, s, QDate(2026, 9, 20), {}, {}, 0, {}, {}}));

    const auto all = archiveCompleteness(temp->db, 2026);
    REQUIRE(all->size() == 2);
    const StudentArchiveStatus a = *archiveStatusOf(temp->db, full, 2026);
    CHECK(a.items.value(ArchiveItem::EnrolmentForm).satisfied);
    CHECK_FALSE(a.items.value(ArchiveItem::MedicalReports).satisfied);
    CHECK(a.items.value(ArchiveItem::GrowthPortfolio).files == 2);
    CHECK(a.items.value(ArchiveItem::LrcApplication).recordEvidence.contains(u"中心确认"_s));
    CHECK(a.items.value(ArchiveItem::FamilyHistory).satisfied);
    CHECK(a.satisfiedCount() == 4);
    CHECK(a.missing().size() == 6);

    const StudentArchiveStatus b = *archiveStatusOf(temp->db, bare, 2026);
    CHECK(b.satisfiedCount() == 0);
    CHECK(b.missing().size() == 10);

    // The same data a year later: yearly items lapse, once-only ones stay.
    const StudentArchiveStatus later = *archiveStatusOf(temp->db, full, 2027);
    CHECK(later.items.value(ArchiveItem::EnrolmentForm).satisfied);
    CHECK_FALSE(later.items.value(ArchiveItem::GrowthPortfolio).satisfied);
}
