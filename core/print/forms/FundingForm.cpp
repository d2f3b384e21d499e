#include "print/forms/FundingForm.h"

#include "print/forms/FormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"
#include "schoolwork/FundingRepository.h"
#include "common/Money.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<FormDocument> buildFundingForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, true);
    if (!basics)
        return basics.error();
    const FundingRepository funding(context.db);
    const auto entries = funding.inSemester(basics->semester);
    if (!entries)
        return entries.error();
    const auto total = funding.totalFen(basics->semester);
    if (!total)
        return total.error();

    FormTable table;
    table.headers = {u"序号"_s, u"日期"_s, u"经费来源"_s, u"用途"_s, u"金额（元）"_s, u"审批（批复）"_s, u"备注"_s};
    table.columnWeights = {11, 30, 30, 34, 22, 32, 11};
    int number = 0;
    for (const FundingEntry &e : *entries)
        table.rows.append({QString::number(++number), formDate(e.date), e.source, e.purpose, formatYuan(e.amountFen, true), e.approval, e.note});
    // Without entries, lines to fill in by hand above the total.
    for (int blank = 0; entries->isEmpty() && blank < 6; ++blank)
        table.rows.append(QStringList(table.headers.size()));
    table.rows.append({QString(), u"合计"_s, QString(), QString(), formatYuan(*total, true), QString(), QString()});

    FormDocument doc;
    doc.title = u"经费投入登记表"_s;
    doc.header = {{u"学校"_s, basics->schoolName}, {u"学期"_s, basics->semester.name}, {u"本学期合计"_s, formatYuan(*total, true) + u"元"_s}};
    doc.add(table, 4);
    QStringList years;
    for (int year = basics->semester.start.year(); year <= basics->semester.end.year(); ++year) {
        const auto yearTotal = funding.totalFenOfYear(year);
        if (!yearTotal)
            return yearTotal.error();
        years << u"%1年全年合计%2元"_s.arg(year).arg(formatYuan(*yearTotal, true));
    }
    doc.add(Paragraph{u"说明：金额单位为元；"_s + years.join(u"；"_s) + u"。"_s, Paragraph::Style::Note}, 3);
    doc.add(SignatureBlock{{u"经办人"_s, u"学校负责人"_s}, formDate(formToday(context)), u"填报日期"_s, true}, 6);
    return doc;
}

} // namespace rr
