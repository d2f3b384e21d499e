// A child process for the crash and two-writer tests: it writes students
// through the real write path, one transaction each, and reports every
// commit on stdout only after write() returned — so everything it reported
// must be in the file, whenever it is killed.
//
//   rr_test_writer FILE PREFIX COUNT [lock]
//
// Each student has two guardians and a need, so a torn transaction would
// show as a student without them. Exit 0 done, 3 a write failed (the
// message on stdout as "failed <message>"), 4 the file did not open.
#include "common/PrivateFiles.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <cstdio>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    makeNewFilesPrivate();
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    const bool takeLock = args.size() > 4 && args.at(4) == u"lock"_s;
    auto db = Database::open(args.at(1), OpenMode::OpenExisting, takeLock ? Access::Exclusive : Access::ReadWrite);
    if (!db) {
        std::printf("unopened %s\n", qPrintable(db.error().detail.isEmpty() ? db.error().message : db.error().detail));
        return 4;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    StudentRepository students(*db);
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        Student s;
        s.name = args.at(2) + QString::number(i);
        s.gender = i % 2 ? Gender::Female : Gender::Male;
        s.birthDate = QDate(2015, 1 + i % 12, 1 + i % 28);
        s.grade = 1 + i % 6;
        s.className = u"%1班"_s.arg(1 + i % 4);
        s.needs = {Need{NeedCategory::Intellectual, 4, QString()}};
        s.guardians = {Guardian{u"家长甲"_s, u"父亲"_s, u"13800000000"_s, QString(), true, {}, {}},
                       Guardian{u"家长乙"_s, u"母亲"_s, u"13900000000"_s, QString(), false, {}, {}}};
        auto added = students.add(s);
        if (!added) {
            std::printf("failed %s\n", qPrintable(added.error().message));
            std::fflush(stdout);
            return 3;
        }
        std::printf("committed %s\n", qPrintable(s.name));
        std::fflush(stdout);
    }
    return 0;
}
