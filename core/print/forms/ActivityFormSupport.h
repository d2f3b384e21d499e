#pragma once
// One activity record on a form: a grid with date, topic and participants,
// then the boxes of its texts. Shared by the 教研 and 融合 forms.
#include "print/FormDocument.h"
#include "schoolwork/SchoolWork.h"

namespace rr {

struct ActivitySection {
    QString heading;
    QString text;
    int minLines = 3;
};

void addActivityRecord(FormDocument &doc, const SchoolActivity &activity, const QString &topicLabel,
                       const QList<ActivitySection> &sections, bool first);

} // namespace rr
