#include "common/FieldLimits.h"

#include <QCoreApplication>

namespace rr {

int maxFieldLength(FieldKind kind)
{
    switch (kind) {
    case FieldKind::PersonName: return 50;
    case FieldKind::ClassName: return 30;
    case FieldKind::ShortText: return 50;
    case FieldKind::Phone: return 50;
    case FieldKind::IdNumber: return 18;
    case FieldKind::CertificateNumber: return 22;
    case FieldKind::Address: return 200;
    case FieldKind::LongText: return 10000;
    }
    return 0;
}

qsizetype fieldTextLength(const QString &text)
{
    // A character outside the BMP (rare Han characters in names) is one
    // character, not two UTF-16 units.
    qsizetype length = 0;
    for (const QChar c : text)
        length += c.isLowSurrogate() ? 0 : 1;
    return length;
}

QString fieldTooLongMessage(const char *label, FieldKind kind)
{
    return fieldTooLongMessage(QCoreApplication::translate("rr::Fields", label), kind);
}

QString fieldTooLongMessage(const QString &translatedLabel, FieldKind kind)
{
    return QCoreApplication::translate("rr::Fields", "%1 may not be longer than %n character(s).", nullptr, maxFieldLength(kind))
        .arg(translatedLabel);
}

QStringList fieldLengthProblems(std::initializer_list<FieldText> fields)
{
    QStringList problems;
    for (const FieldText &field : fields)
        if (field.text.size() > maxFieldLength(field.kind) && fieldTextLength(field.text) > maxFieldLength(field.kind))
            problems.append(fieldTooLongMessage(field.label, field.kind));
    return problems;
}

Result<void> checkFieldLengths(std::initializer_list<FieldText> fields)
{
    const QStringList problems = fieldLengthProblems(fields);
    if (problems.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidInput, problems.constFirst());
}

} // namespace rr
