#pragma once
// How the trail's stored keys read on screens and in exports: the kind of
// an action ("student.update" → 学生 · 修改), a table and a field. Unknown
// keys read as themselves (a kind added later still shows).
#include <QString>
#include <QStringList>

namespace rr {

QString auditAreaLabel(const QString &area);    // the kind's first part: student, iep …
QString auditKindLabel(const QString &kind);
QString auditTableLabel(const QString &table);
QString auditFieldLabel(const QString &field);
// Whether the field has a label of its own: those whose stored values read
// as text, numbers or dates. Others (stored keys, row numbers) are counted
// on screens, shown in full in the CLI's export.
bool hasAuditFieldLabel(const QString &field);
// The areas offered by the kind filter, as stored (first parts of kinds).
QStringList auditAreas();

} // namespace rr
