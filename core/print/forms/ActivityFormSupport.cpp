#include "print/forms/ActivityFormSupport.h"

#include "print/forms/FormSupport.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

void addActivityRecord(FormDocument &doc, const SchoolActivity &a, const QString &topicLabel,
                       const QList<ActivitySection> &sections, bool first)
{
    FieldGrid grid;
    grid.columnWeights = {1, 1.6, 1, 1.6};
    grid.rows = {
        {GridCell::label(u"活动时间"_s), GridCell::value(formDate(a.date)), GridCell::label(u"活动类别"_s),
         GridCell::value(a.id > 0 ? activityKindChinese(a.kind) : QString())},
        {GridCell::label(topicLabel), GridCell::value(a.topic, 3)},
        {GridCell::label(u"参加人员"_s), GridCell::value(a.participants, 3)},
    };
    doc.add(grid, first ? 4 : 6, true);
    // The heading column lines up with the grid's label column (170 mm of A4 portrait).
    const double labelWidth = 170.0 / 5.2;
    for (const ActivitySection &s : sections)
        doc.add(TextSection{s.heading, s.text, s.minLines, labelWidth}, 0);
}

} // namespace rr
