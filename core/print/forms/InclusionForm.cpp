#include "print/forms/InclusionForm.h"

#include "print/forms/ActivityFormSupport.h"
#include "print/forms/FormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"
#include "schoolwork/SchoolActivityRepository.h"
#include "schoolwork/SchoolFileStore.h"
#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString photoList(const QList<SchoolFile> &photos)
{
    if (photos.isEmpty())
        return QString();
    QStringList names;
    for (const SchoolFile &f : photos)
        names << f.fileName;
    return u"共%1张（存档）：%2"_s.arg(photos.size()).arg(names.join(u"、"_s));
}

} // namespace

Result<FormDocument> buildInclusionForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, true);
    if (!basics)
        return basics.error();
    const SchoolActivityRepository repository(context.db);
    auto inclusion = repository.inSemester(basics->semester.id, ActivityKind::Inclusion);
    if (!inclusion)
        return inclusion.error();
    const auto themed = repository.inSemester(basics->semester.id, ActivityKind::Themed);
    if (!themed)
        return themed.error();
    QList<SchoolActivity> list = *inclusion + *themed;
    std::stable_sort(list.begin(), list.end(), [](const SchoolActivity &a, const SchoolActivity &b) { return a.date < b.date; });

    FormDocument doc;
    doc.title = u"普特融合活动记录"_s;
    doc.header = {{u"学校"_s, basics->schoolName},
                  {u"学期"_s, basics->semester.name},
                  {u"活动次数"_s, u"融合%1次、专题%2次"_s.arg(inclusion->size()).arg(themed->size())}};
    if (list.isEmpty())
        list << SchoolActivity{};
    bool first = true;
    for (const SchoolActivity &a : std::as_const(list)) {
        addActivityRecord(doc, a, u"活动名称"_s,
                          {{u"活动方案"_s, a.plan, 3}, {u"活动小结"_s, a.outcome, 4}, {u"照片存档"_s, photoList(a.photos), 1}},
                          first);
        first = false;
        // The first two pictures printed under the record; the rest stay in the archive.
        QList<GridCell> pictures;
        for (const SchoolFile &f : a.photos) {
            if (pictures.size() == 2 || !f.mimeType.startsWith(u"image/"_s))
                continue;
            auto bytes = SchoolFileStore::contents(*context.db, f.id);
            if (!bytes)
                return bytes.error();
            pictures << GridCell::photo(*bytes, 1);
        }
        if (!pictures.isEmpty()) {
            FieldGrid grid;
            grid.columnWeights = {1, 2.1, 2.1};
            grid.minRowHeightMm = 50;
            grid.rows = {{GridCell::label(u"活动照片"_s)}};
            grid.rows.first() += pictures;
            if (pictures.size() == 1)
                grid.rows.first() << GridCell::value(QString());
            doc.add(grid, 0);
        }
    }
    doc.add(SignatureBlock{{u"记录人"_s, u"学校负责人"_s}, QString(), QString(), true}, 6);
    return doc;
}

} // namespace rr
