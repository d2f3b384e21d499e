#include "roster/TableFile.h"
#include "roster/TextEncoding.h"

#include <QCoreApplication>

namespace rr {

// RFC 4180: quoted fields may hold separators, quotes ("") and line breaks.
Result<TableData> parseCsv(const QByteArray &bytes)
{
    const DecodedText decoded = decodeChineseText(bytes);
    if (!decoded.ok)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate(
                                                      "rr::Roster", "The file is neither UTF-8 nor GB18030 text."));
    const QString &text = decoded.text;
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = firstLine.count(QLatin1Char('\t')) > firstLine.count(QLatin1Char(','))
        ? QLatin1Char('\t')
        : QLatin1Char(',');

    TableData table;
    table.encoding = decoded.encoding;
    QStringList row;
    QString field;
    bool quoted = false;
    auto endRow = [&] {
        row.append(field);
        field.clear();
        const bool blank = std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
        if (!blank)
            table.rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            endRow();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        endRow();
    return table;
}

} // namespace rr
