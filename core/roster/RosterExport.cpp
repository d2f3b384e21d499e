#include "roster/RosterExport.h"

#include "calendar/ChineseDate.h"
#include "lrc/LrcRepository.h"
#include "roster/RosterColumns.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// A cell that starts with = + - @ (or a tab or CR) is a formula to Excel and
// WPS: a name such as "=HYPERLINK(…)" would run when the file is opened. The
// leading apostrophe makes it text, as Excel itself does.
QString neutralised(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return u'\'' + value;
    return value;
}

QString csvField(const QString &raw)
{
    const QString value = neutralised(raw);
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

Result<void> writeCsv(const RosterTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // UTF-8 with a BOM: Excel then opens the Chinese text correctly.
    QByteArray out("\xEF\xBB\xBF");
    QList<QStringList> all{table.headers};
    all += table.rows;
    for (const QStringList &row : std::as_const(all)) {
        QStringList fields;
        for (const QString &value : row)
            fields << csvField(value);
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (file.write(out) != out.size() || !file.commit())
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<void> writeXlsx(const RosterTable &table, const QString &path)
{
    // libxlsxwriter writes in place; write beside the target, then rename.
    QTemporaryDir temp(QFileInfo(path).absolutePath() + u"/.rr-export-XXXXXX"_s);
    if (!temp.isValid())
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "Could not write %1: the folder is not writable.").arg(QDir::toNativeSeparators(path)));
    const QString staging = temp.filePath(u"roster.xlsx"_s);
    lxw_workbook *workbook = workbook_new(QFile::encodeName(staging).constData());
    if (!workbook)
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "Could not write %1.").arg(QDir::toNativeSeparators(path)));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "花名册");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");   // ID numbers stay text, never 4.2E+17
    for (int c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 6 : 14, text);
    }
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows.at(r).size(); ++c)
            worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), table.rows.at(r).at(c).toUtf8().constData(), text);
    worksheet_freeze_panes(sheet, 1, 0);
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "Could not write %1.").arg(QDir::toNativeSeparators(path)));
    QFile::remove(path);
    if (!QFile::rename(staging, path))
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "Could not write %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace

Result<RosterTable> rosterTable(const std::shared_ptr<Database> &db, bool withSensitive)
{
    QList<RosterField> fields{RosterField::Name, RosterField::Gender, RosterField::BirthDate, RosterField::Ethnicity};
    if (withSensitive)
        fields << RosterField::IdNumber;
    fields << RosterField::Grade << RosterField::ClassName << RosterField::Category;
    if (withSensitive)
        fields << RosterField::CertificateNumber;
    fields << RosterField::Placement << RosterField::HeadTeacher << RosterField::GuardianName
           << RosterField::GuardianRelation << RosterField::Phone << RosterField::Address;
    // Family details go with the sensitive columns only.
    if (withSensitive)
        fields << RosterField::GuardianEducation << RosterField::GuardianOccupation << RosterField::MedicalHistory;

    RosterTable table;
    table.headers << u"序号"_s;
    for (RosterField f : fields)
        table.headers << (f == RosterField::Category ? u"残疾类别及等级"_s : rosterFieldChinese(f));
    table.headers << u"认定状态"_s;

    StudentRepository students(db);
    const auto states = LrcRepository(db).allStates();
    if (!states)
        return states.error();
    const auto summaries = students.summaries();
    if (!summaries)
        return summaries.error();
    int number = 0;
    for (const StudentSummary &summary : *summaries) {
        const auto student = students.byId(summary.id);
        if (!student)
            return student.error();
        const Student &s = *student;
        Guardian contact;
        for (const Guardian &g : s.guardians)
            if (g.isContact || contact.name.isEmpty())
                contact = g;
        QStringList needs;
        for (const Need &n : s.needs)
            needs << needTextChinese(n);
        QStringList row{QString::number(++number)};
        for (RosterField f : fields) {
            switch (f) {
            case RosterField::Name: row << s.name; break;
            case RosterField::Gender: row << genderChinese(s.gender); break;
            case RosterField::BirthDate: row << s.birthDate.toString(Qt::ISODate); break;
            case RosterField::Ethnicity: row << s.ethnicity; break;
            case RosterField::IdNumber: row << s.idNumber; break;
            case RosterField::Grade: row << chineseGrade(s.grade); break;
            case RosterField::ClassName: row << s.className; break;
            case RosterField::Category: row << needs.join(u'、'); break;
            case RosterField::CertificateNumber: row << s.certificateNumber; break;
            case RosterField::Placement: row << placementChinese(s.placement); break;
            case RosterField::HeadTeacher: row << s.headTeacherName; break;
            case RosterField::GuardianName: row << contact.name; break;
            case RosterField::GuardianRelation: row << contact.relation; break;
            case RosterField::Phone: row << contact.phone; break;
            case RosterField::Address: row << contact.address; break;
            case RosterField::GuardianEducation: row << contact.education; break;
            case RosterField::GuardianOccupation: row << contact.occupation; break;
            case RosterField::MedicalHistory: row << s.medicalHistory; break;
            default: row << QString(); break;
            }
        }
        row << lrcStateChinese(states->value(s.id, LrcState::None));
        // Without the sensitive columns no ID number leaves, not even one
        // that a misread file put into a name, a class or an address.
        if (!withSensitive)
            for (QString &cell : row)
                cell = maskIdNumbersInText(cell);
        table.rows.append(row);
    }
    return table;
}

Result<void> writeRosterTable(const RosterTable &table, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx"_s && suffix != u"csv"_s)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Roster", "The roster can be saved as .xlsx or .csv."));
    return suffix == u"xlsx"_s ? writeXlsx(table, path) : writeCsv(table, path);
}

Result<int> exportRoster(const std::shared_ptr<Database> &db, const QString &path, bool withSensitive)
{
    const auto table = rosterTable(db, withSensitive);
    if (!table)
        return table.error();
    if (auto written = writeRosterTable(*table, path); !written)
        return written.error();
    return int(table->rows.size());
}

} // namespace rr
