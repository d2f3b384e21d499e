#pragma once
// IEP content as readable text for the screen: the whole plan as HTML (the
// page's summary, a revision's previous content) and the list of what one
// version changed against another (the revision history).
#include "iep/Iep.h"

#include <QHash>
#include <QStringList>

namespace rr {

// Condition, behaviour and criterion, each part once.
QString objectiveText(const IepObjective &objective);

struct IepHtmlParts {
    bool team = true;
    bool presentLevels = true;
    bool goals = true;
    bool services = true;
    bool accommodations = true;
};

QString iepContentHtml(const IepContent &content, const QHash<qint64, QString> &roomNames = {},
                       IepHtmlParts parts = {});

// One translated line per change from `before` to `after`; empty when equal.
QStringList iepContentChanges(const IepContent &before, const IepContent &after);

} // namespace rr
