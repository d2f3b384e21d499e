#include "print/forms/RoomUsageForm.h"

#include "calendar/ChineseDate.h"
#include "calendar/SemesterRepository.h"
#include "print/forms/FormPeriods.h"
#include "print/forms/FormSupport.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "training/SessionRepository.h"
#include "usage/RoomUsageRepository.h"

#include <QCoreApplication>
#include <QMap>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString shortDate(const QDate &d)
{
    static const QStringList days{u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s, u"日"_s};
    return u"%1月%2日（%3）"_s.arg(d.month()).arg(d.day()).arg(days.at(d.dayOfWeek() - 1));
}

QString timeRange(const QTime &start, const QTime &end)
{
    return start.toString(u"HH:mm"_s) + u"—"_s + end.toString(u"HH:mm"_s);
}

QString aidsText(const QList<EquipmentUse> &aids)
{
    QStringList names;
    for (const EquipmentUse &aid : aids)
        names << aid.name;
    return names.join(u"、"_s);
}

} // namespace

Result<Room> requestedRoom(const FormContext &context)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "No data file is open."));
    if (!context.request.roomId)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "Choose the room whose form is to be printed."));
    auto room = RoomRepository(context.db).byId(*context.request.roomId);
    if (!room && room.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Print", "There is no room with number %1.").arg(*context.request.roomId));
    return room;
}

Result<std::pair<QDate, QDate>> requestedPeriod(const FormContext &context, const QDate &defaultFrom, const QDate &defaultTo)
{
    const FormRequest &r = context.request;
    if (!r.from && !r.to)
        return std::pair{defaultFrom, defaultTo};
    if (!r.from || !r.to || !r.from->isValid() || !r.to->isValid())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Print", "Give both the first and the last day of the period."));
    if (*r.from > *r.to)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Print", "The period starts on %1, after its last day %2.")
                             .arg(r.from->toString(Qt::ISODate), r.to->toString(Qt::ISODate)));
    return std::pair{*r.from, *r.to};
}

QString periodChinese(const QDate &from, const QDate &to)
{
    if (from.day() == 1 && to == QDate(from.year(), from.month(), from.daysInMonth()))
        return chineseMonth(from);
    return chineseDate(from) + u"至"_s + chineseDate(to);
}

Result<std::pair<QDate, QDate>> semesterSoFar(const FormContext &context)
{
    const QDate today = formToday(context);
    const auto semester = SemesterRepository(context.db).current(*(context.clock ? context.clock : systemClock()));
    if (!semester)
        return semester.error();
    if (*semester && (*semester)->start <= today)
        return std::pair{(*semester)->start, std::min(today, (*semester)->end)};
    return std::pair{today.addDays(-29), today};
}

Result<FormDocument> buildRoomUsageForm(const FormContext &context)
{
    auto room = requestedRoom(context);
    if (!room)
        return room.error();
    const auto latest = defaultFormPeriod(context, FormScope::RoomPeriod);
    if (!latest)
        return latest.error();
    auto period = requestedPeriod(context, latest->first, latest->second);
    if (!period)
        return period.error();
    const auto [from, to] = *period;
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();

    // Whether each session's record is signed, for the remarks column.
    const auto sessions = SessionRepository(context.db, context.clock).between(from, to, room->id);
    if (!sessions)
        return sessions.error();
    QHash<qint64, bool> signedRecords;
    for (const TrainingSession &s : *sessions)
        signedRecords.insert(s.id, s.isSigned());

    FormTable table;
    table.headers = {u"序号"_s, u"日期"_s, u"时间"_s, u"使用人"_s, u"类别"_s, u"用途（训练项目）"_s, u"学生人数"_s,
                     u"学生姓名／参加人员"_s, u"使用教具"_s, u"备注"_s};
    // Millimetres of the 257 mm landscape column at 9 pt: a date with its
    // weekday and a time range on one line, purposes and names wrap.
    table.columnWeights = {9, 28, 22, 17, 20, 44, 12, 34, 42, 29};
    table.compact = true;
    QMap<QString, int> byKind;   // by the printed category: 小组训练 apart from 个别化训练
    int studentVisits = 0;
    const auto used = RoomUsageRepository(context.db).entries(from, to, room->id);
    if (!used)
        return used.error();
    const QList<RoomUsageEntry> &entries = *used;
    for (const RoomUsageEntry &e : entries) {
        QStringList people = e.studentNames;
        if (!e.otherNames.trimmed().isEmpty())
            people << e.otherNames.trimmed();
        QString note = e.note.trimmed();
        if (e.isSession()) {
            const QString signOff = signedRecords.value(e.sessionId) ? u"训练记录已签字"_s : u"训练记录未签字"_s;
            note = note.isEmpty() ? signOff : note + u"；"_s + signOff;
        }
        table.rows.append({QString::number(table.rows.size() + 1), shortDate(e.date), timeRange(e.start, e.end), e.who,
                           usageCategoryChinese(e), e.purpose, e.studentCount > 0 ? QString::number(e.studentCount) : QString(),
                           people.join(u"、"_s), aidsText(e.teachingAids), note});
        byKind[usageCategoryChinese(e)] += 1;
        studentVisits += e.studentCount;
    }
    table.minRows = 8;

    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = room->type == RoomType::ResourceRoom ? u"资源教室使用登记表"_s : room->name + u"使用登记表"_s;
    doc.runningHead = doc.title + u"（"_s + periodChinese(from, to) + u"）"_s;
    doc.header = {{u"学校"_s, profile->schoolName},
                  {u"功能室"_s, room->location.trimmed().isEmpty() ? room->name : room->name + u"（"_s + room->location + u"）"_s},
                  {u"登记期间"_s, periodChinese(from, to)}};
    doc.add(table, 4);

    QStringList kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds << u"%1%2次"_s.arg(it.key()).arg(it.value());
    const QString summary = entries.isEmpty()
        ? u"本期间无使用登记。"_s
        : u"本期间共使用%1次（%2），学生%3人次。训练记录以个别化训练记录表为准，本表据训练记录及使用登记生成。"_s
              .arg(entries.size())
              .arg(kinds.join(u"，"_s))
              .arg(studentVisits);
    doc.add(Paragraph{summary, Paragraph::Style::Normal}, 3);
    doc.add(SignatureBlock{{u"登记人"_s, u"资源教室负责人"_s}, formDate(formToday(context)), u"打印日期"_s, true}, 6);
    doc.add(Paragraph{u"说明：本表含学生姓名等个人信息，仅供资源教室管理使用，妥善保管。"_s, Paragraph::Style::Note}, 3);
    return doc;
}

} // namespace rr
