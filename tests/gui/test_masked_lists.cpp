// The roster list and the import preview show ID numbers masked, also one
// that a misread file put into a name or another column; the preview's
// editor still starts from the cell as read.
#include "TestSupport.h"

#include "roster/Roster.h"
#include "roster/RosterImport.h"
#include "students/ImportPreviewModel.h"
#include "students/StudentListModel.h"
#include "students/StudentRepository.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kId = u"110105201503120017"_s;
const QString kMasked = u"110105********0017"_s;
} // namespace

TEST_CASE("the roster list masks an ID number inside a name or a class")
{
    auto temp = test::makeTempDatabase();
    Student s;
    s.name = u"张三"_s + kId;
    s.grade = 3;
    s.className = kId;
    s.idNumber = kId;
    REQUIRE(StudentRepository(temp->db).add(s));
    StudentListModel model(std::make_shared<FixedClock>(QDate(2026, 9, 7)));
    QAbstractItemModelTester tester(&model);
    model.setRoster(loadRoster(temp->db).value());
    REQUIRE(model.rowCount() == 1);
    for (int column = 0; column < model.columnCount(); ++column) {
        INFO(column);
        CHECK_FALSE(model.index(0, column).data().toString().contains(kId));
        CHECK_FALSE(model.index(0, column).data(Qt::ToolTipRole).toString().contains(kId));
    }
    CHECK(model.index(0, StudentListModel::Name).data().toString() == u"张三"_s + kMasked);
    CHECK(model.index(0, StudentListModel::Class).data().toString().contains(kMasked));
}

TEST_CASE("the import preview shows ID numbers masked and edits the cell as read")
{
    auto temp = test::makeTempDatabase();
    TableData table;
    table.rows = {{u"姓名"_s, u"身份证号"_s, u"备注"_s}, {u"王五"_s + kId, kId, u"证件"_s + kId}};
    auto preview = buildImportPreview(temp->db, table);
    REQUIRE(preview);
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model);
    model.setPreview(preview->headers, preview->rows);
    REQUIRE(model.rowCount() == 1);
    for (int column = 0; column < model.columnCount(); ++column) {
        INFO(column);
        CHECK_FALSE(model.index(0, column).data().toString().contains(kId));
    }
    CHECK(model.index(0, ImportPreviewModel::Name).data().toString() == u"王五"_s + kMasked);
    CHECK(model.index(0, ImportPreviewModel::FirstCell + 1).data().toString() == kMasked);
    CHECK(model.index(0, ImportPreviewModel::FirstCell + 1).data(Qt::EditRole).toString() == kId);
}
