// Field lengths, photos and attachments: every write path refuses what is
// too long or too large, naming the limit, and what a file changed by hand
// holds beyond the limits is never loaded whole.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "archive/AttachmentRepository.h"
#include "common/FieldLimits.h"
#include "print/FormRegistry.h"
#include "roster/RosterExport.h"
#include "roster/RosterImport.h"
#include "students/StudentPhoto.h"
#include "students/StudentRepository.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

Student named(const QString &name)
{
    Student s;
    s.name = name;
    return s;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(QImageWriter(&buffer, format).write(image));
    return bytes;
}

QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    for (int y = 0; y < height; y += 7)
        for (int x = 0; x < width; x += 5)
            image.setPixelColor(x, y, QColor((x * 13) % 256, (y * 7) % 256, 90));
    return image;
}

QSize storedPhotoSize(const QByteArray &photo, QByteArray *format)
{
    QBuffer buffer;
    buffer.setData(photo);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    *format = reader.format();
    return reader.size();
}

int studentCount(const std::shared_ptr<Database> &db)
{
    return StudentRepository(db).count().value();
}

} // namespace

TEST_CASE("field limits are counted in characters and named in the refusal")
{
    CHECK(maxFieldLength(FieldKind::PersonName) == 50);
    CHECK(fieldTextLength(u"张三"_s) == 2);
    CHECK(fieldTextLength(QString::fromUcs4(U"𠀀𠀁")) == 2);   // outside the BMP: one character each
    const QString fifty(50, u'张');
    CHECK(fieldLengthProblems({{QT_TRANSLATE_NOOP("rr::Fields", "Name"), fifty, FieldKind::PersonName}}).isEmpty());
    const QString rare = QString::fromUcs4(U"𠀀").repeated(50);   // 100 UTF-16 units, 50 characters
    CHECK(checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Name"), rare, FieldKind::PersonName}}));
    auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Name"), fifty + u'x', FieldKind::PersonName}});
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message == u"姓名不能超过 50 个字"_s);
}

TEST_CASE("a 1 MB name, and any field over its limit, is refused by the student write path")
{
    auto temp = test::makeTempDatabase();
    StudentRepository students(temp->db);
    // The reproduction: a 1 MB name was stored and printed 1,064 pages.
    auto huge = students.add(named(QString(1024 * 1024, u'名')));
    REQUIRE_FALSE(huge);
    CHECK(huge.error().code == ErrorCode::InvalidInput);
    CHECK(huge.error().message == u"姓名不能超过 50 个字"_s);
    CHECK(studentCount(temp->db) == 0);

    struct Case {
        const char *what;
        std::function<void(Student &)> set;
        QString message;
    };
    const QList<Case> cases{
        {"class", [](Student &s) { s.className = QString(31, u'班'); }, u"班级不能超过 30 个字"_s},
        {"ethnicity", [](Student &s) { s.ethnicity = QString(51, u'族'); }, u"民族不能超过 50 个字"_s},
        {"notes", [](Student &s) { s.notes = QString(10001, u'记'); }, u"备注不能超过 10000 个字"_s},
        {"medical", [](Student &s) { s.medicalHistory = QString(10001, u'病'); }, u"医疗史不能超过 10000 个字"_s},
        {"family", [](Student &s) { s.familySituation = QString(10001, u'家'); }, u"家庭情况不能超过 10000 个字"_s},
        {"guardian", [](Student &s) { s.guardians = {Guardian{QString(51, u'李'), u"母亲"_s, {}, {}, true, {}, {}}}; },
         u"家长姓名不能超过 50 个字"_s},
        {"phone", [](Student &s) { s.guardians = {Guardian{u"李红"_s, u"母亲"_s, QString(51, u'1'), {}, true, {}, {}}}; },
         u"联系电话不能超过 50 个字"_s},
        {"address", [](Student &s) { s.guardians = {Guardian{u"李红"_s, u"母亲"_s, {}, QString(201, u'路'), true, {}, {}}}; },
         u"家庭住址不能超过 200 个字"_s},
        {"certificate", [](Student &s) { s.certificateNumber = QString(23, u'1'); }, u"残疾人证号不能超过 22 个字"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        Student s = named(u"张三"_s);
        c.set(s);
        auto added = students.add(s);
        REQUIRE_FALSE(added);
        CHECK(added.error().message == c.message);
    }
    CHECK(studentCount(temp->db) == 0);

    // At the limits everything is stored; an update over one is refused.
    Student full = named(QString(50, u'满'));
    full.className = QString(30, u'班');
    full.notes = QString(10000, u'记');
    full.guardians = {Guardian{QString(50, u'李'), QString(50, u'亲'), QString(50, u'1'), QString(200, u'路'), true, {}, {}}};
    auto id = students.add(full);
    REQUIRE(id);
    Student changed = *students.byId(*id);
    CHECK(changed.notes == full.notes);
    changed.name += u'多';
    CHECK_FALSE(students.update(changed));
    CHECK(students.byId(*id)->name == full.name);
}

TEST_CASE("an import row with a cell over its column's limit is refused, naming the limit")
{
    auto temp = test::makeTempDatabase();
    TableData table;
    table.rows = {{u"姓名"_s, u"性别"_s, u"班级"_s, u"备注"_s},
                  {QString(51, u'名'), u"男"_s, u"2班"_s, {}},
                  {u"李四"_s, u"女"_s, QString(31, u'班'), {}},
                  {u"王五"_s, u"男"_s, u"3班"_s, QString(3000, u'注')},
                  {u"赵六"_s, u"女"_s, u"4班"_s, u"正常"_s}};
    auto preview = buildImportPreview(temp->db, table);
    REQUIRE(preview);
    REQUIRE(preview->rows.size() == 4);
    CHECK(preview->rows.at(0).status == ImportRowStatus::Invalid);
    CHECK(preview->rows.at(0).problems == QStringList{u"姓名不能超过 50 个字"_s});   // not also "the name is missing"
    CHECK(preview->rows.at(1).problems == QStringList{u"班级不能超过 30 个字"_s});
    CHECK(preview->rows.at(2).status == ImportRowStatus::Ready);                     // 3,000 characters of notes fit
    CHECK(preview->rows.at(3).status == ImportRowStatus::Ready);
    // A problem quoting a cell never repeats a long one whole.
    table.rows.append({u"孙七"_s, QString(45, u'男'), u"5班"_s, {}});
    auto again = buildImportPreview(temp->db, table);
    REQUIRE(again);
    CHECK(again->rows.at(4).problems.join(u' ').size() < 80);
}

TEST_CASE("photos are capped at 20 MB and stored at most 600 pixels on the longest side, as JPEG")
{
    auto temp = test::makeTempDatabase();
    StudentRepository students(temp->db);

    Student big = named(u"张三"_s);
    big.photo = encoded(picture(2000, 1500), "png");
    auto id = students.add(big);
    REQUIRE(id);
    QByteArray format;
    CHECK(storedPhotoSize(students.byId(*id)->photo, &format) == QSize(600, 450));
    CHECK(format == "jpeg");

    // A photo that already fits is kept byte for byte (no recompression on every save).
    Student small = named(u"李四"_s);
    small.photo = encoded(picture(300, 400), "jpeg");
    auto smallId = students.add(small);
    REQUIRE(smallId);
    CHECK(students.byId(*smallId)->photo == small.photo);

    Student huge = named(u"王五"_s);
    huge.photo = QByteArray(21 * 1024 * 1024, '\xff');
    auto refused = students.add(huge);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"20 MB"_s));
    Student junk = named(u"赵六"_s);
    junk.photo = QByteArray("not a picture at all");
    CHECK_FALSE(students.add(junk));
    CHECK(studentCount(temp->db) == 2);

    // Printing decodes at a bounded size whatever is stored.
    const QImage printed = photoForPrint(encoded(picture(3000, 2000), "jpeg"));
    CHECK(std::max(printed.width(), printed.height()) <= 600);
}

TEST_CASE("a photo over the limit in a file changed by hand is not loaded by the export or the form")
{
    auto temp = test::makeTempDatabase();
    auto id = StudentRepository(temp->db).add(named(u"张三"_s));
    REQUIRE(id);
    // The reproduction put 800 MB there; 25 MB shows the same path in a test.
    REQUIRE(temp->db->write({u"test.photo"_s, u"photo by hand"_s}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"UPDATE students SET photo = zeroblob(25 * 1024 * 1024) WHERE id = :id"_s, {{":id", *id}});
        return done ? Result<void>() : Result<void>(done.error());
    }));
    CHECK(StudentRepository(temp->db).byId(*id)->photo.isEmpty());
    QTemporaryDir dir;
    auto exported = exportRoster(temp->db, dir.filePath(u"roster.xlsx"_s), false);
    REQUIRE(exported);
    CHECK(*exported == 1);
    const FormSpec *spec = findForm(u"student-info"_s);
    REQUIRE(spec);
    CHECK(spec->build({temp->db, systemClock(), {*id, std::nullopt}}));
}

TEST_CASE("attachments over 20 MB are refused; an oversized one put in by hand is never loaded")
{
    auto temp = test::makeTempDatabase();
    auto student = StudentRepository(temp->db).add(named(u"张三"_s));
    REQUIRE(student);
    AttachmentRepository files(temp->db);
    Attachment meta;
    meta.studentId = *student;
    meta.archiveItem = 4;
    meta.schoolYear = 2026;

    QTemporaryDir dir;
    const QString large = dir.filePath(u"扫描件.pdf"_s);
    {
        QFile file(large);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(21 * 1024 * 1024));
    }
    auto refused = files.addFile(meta, large);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"20"_s));
    auto direct = temp->db->write({u"test.attachment"_s, u"attachment"_s}, [&](Transaction &tx) -> Result<void> {
        auto id = AttachmentRepository::add(tx, meta, QByteArray(21 * 1024 * 1024, 'x'));
        return id ? Result<void>() : Result<void>(id.error());
    });
    REQUIRE_FALSE(direct);
    CHECK(files.forStudent(*student)->isEmpty());

    const QString fits = dir.filePath(u"报告.pdf"_s);
    {
        QFile file(fits);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 small");
    }
    auto id = files.addFile(meta, fits);
    REQUIRE(id);
    REQUIRE(temp->db->write({u"test.blob"_s, u"blob by hand"_s}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"UPDATE attachment_data SET data = zeroblob(70 * 1024 * 1024) WHERE attachment_id = :id"_s, {{":id", *id}});
        return done ? Result<void>() : Result<void>(done.error());
    }));
    auto contents = files.contents(*id);
    REQUIRE_FALSE(contents);
    CHECK(contents.error().message.contains(u"70"_s));
    CHECK_FALSE(files.saveTo(*id, dir.filePath(u"out.pdf"_s)));
    CHECK_FALSE(QFile::exists(dir.filePath(u"out.pdf"_s)));
}
