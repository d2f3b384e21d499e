#include "Measures.h"

#include "calendar/SemesterRepository.h"
#include "iep/IepRepository.h"
#include "inspection/Inspector.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "students/RosterProxyModel.h"
#include "students/RosterFilterBar.h"
#include "students/StudentsPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <algorithm>

namespace rr::bench {

using namespace Qt::Literals::StringLiterals;

namespace {

double msSince(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

// Lets the window handle everything the last action posted, painting included.
void settle() { QCoreApplication::processEvents(QEventLoop::AllEvents); }

// Current students with a plan this semester, spread over the roster.
QList<qint64> sampleStudents(const BenchSetup &setup, qint64 semesterId, int count)
{
    auto statuses = IepRepository(setup.db).statusesInSemester(semesterId);
    if (!statuses)
        return {};
    QList<qint64> ids = statuses->keys();
    std::sort(ids.begin(), ids.end());
    QList<qint64> sample;
    for (int i = 0; i < count && !ids.isEmpty(); ++i)
        sample.append(ids.at(qsizetype(i) * ids.size() / count));
    return sample;
}

// The form `id` for `request`, built and written to a PDF file.
Result<int> printForm(const BenchSetup &setup, const QString &id, const FormRequest &request, const QString &path)
{
    const FormSpec *form = findForm(id);
    if (!form)
        return makeError(ErrorCode::NotFound, id);
    auto document = form->build(FormContext{setup.db, setup.clock, request});
    if (!document)
        return document.error();
    return writeFormPdf(*document, path);
}

void measureForm(const BenchSetup &setup, BenchReport &report, const QString &measure, const QString &target,
                 double limitMs, const QString &formId, const QList<FormRequest> &requests)
{
    QList<double> times;
    for (int i = 0; i < requests.size(); ++i) {
        const QString path = QDir(setup.workDir).filePath(u"%1-%2.pdf"_s.arg(formId).arg(i));
        QElapsedTimer timer;
        timer.start();
        auto pages = printForm(setup, formId, requests.at(i), path);
        const double ms = msSince(timer);
        if (!pages) {
            report.failed(measure, target, pages.error().message);
            return;
        }
        times.append(ms);
    }
    const Spread spread = spreadOf(times);
    // A negative limit: measured for information, without a target.
    report.add({measure, spreadText(spread), target,
                limitMs < 0 ? std::optional<bool>() : std::optional<bool>(spread.median <= limitMs)});
}

} // namespace

void measureScreensAndForms(const BenchSetup &setup, BenchReport &report)
{
    auto semester = SemesterRepository(setup.db).resolve(std::nullopt, *setup.clock);
    if (!semester) {
        report.failed(QCoreApplication::translate("rr::Bench", "Roster load"), {}, semester.error().message);
        return;
    }
    const QList<qint64> students = sampleStudents(setup, semester->id, setup.runs);

    // The roster, as the Students area shows it, in a window of the school PC's size.
    StudentsPage page(Session{setup.db, setup.clock});
    page.resize(1366, 768);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        report.failed(QCoreApplication::translate("rr::Bench", "Roster load"), {},
                      QCoreApplication::translate("rr::Bench", "the window was not shown"));
    settle();
    QList<double> loads;
    for (int i = 0; i < setup.runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        page.reload();
        settle();
        loads.append(msSince(timer));
    }
    const int total = page.proxy()->rowCount();
    report.add({QCoreApplication::translate("rr::Bench", "Roster load (%n students)", nullptr, total),
                spreadText(spreadOf(loads)), {}, std::nullopt});

    // Keystrokes in the search field: pinyin initials typed and taken back.
    QLineEdit *search = page.filterBar()->searchEdit();
    search->setFocus();
    QList<double> keys;
    bool filtered = false;
    const QStringList queries{u"wzh"_s, u"lxy"_s, u"chj"_s, u"zhy"_s};
    for (int round = 0; round < std::max(1, setup.runs / 2); ++round)
        for (const QString &query : queries) {
            for (const QChar c : query) {
                QElapsedTimer timer;
                timer.start();
                QTest::keyClick(search, c.toLatin1());
                settle();
                keys.append(msSince(timer));
            }
            filtered = filtered || page.proxy()->rowCount() < total;
            for (qsizetype i = 0; i < query.size(); ++i) {
                QElapsedTimer timer;
                timer.start();
                QTest::keyClick(search, Qt::Key_Backspace);
                settle();
                keys.append(msSince(timer));
            }
        }
    const QString keyMeasure = QCoreApplication::translate("rr::Bench", "Search keystroke to filtered roster");
    const QString keyTarget = QCoreApplication::translate("rr::Bench", "p95 ≤ 16 ms");
    if (!filtered || page.proxy()->rowCount() != total) {
        report.failed(keyMeasure, keyTarget, QCoreApplication::translate("rr::Bench", "the search did not filter the roster"));
    } else {
        const Spread spread = spreadOf(keys);
        report.add({keyMeasure, spreadText(spread), keyTarget, spread.p95 <= 16});
    }

    // A student's page, opened from the roster.
    const QString pageMeasure = QCoreApplication::translate("rr::Bench", "Opening a student's page");
    const QString pageTarget = QCoreApplication::translate("rr::Bench", "≤ 50 ms");
    if (students.isEmpty()) {
        report.failed(pageMeasure, pageTarget, QCoreApplication::translate("rr::Bench", "no student has a plan this semester"));
        return;
    }
    QList<double> pages;
    for (qint64 id : students) {
        QElapsedTimer timer;
        timer.start();
        page.openStudent(id);
        settle();
        pages.append(msSince(timer));
        page.showRoster();
        settle();
    }
    const Spread pageSpread = spreadOf(pages);
    report.add({pageMeasure, spreadText(pageSpread), pageTarget, pageSpread.median <= 50});
    page.hide();

    QList<FormRequest> iepRequests;
    QList<FormRequest> monthRequests;
    // The last whole month of the semester before today.
    QDate month = QDate(setup.clock->today().year(), setup.clock->today().month(), 1).addMonths(-1);
    if (month < QDate(semester->start.year(), semester->start.month(), 1))
        month = QDate(semester->start.year(), semester->start.month(), 1);
    for (qint64 id : students) {
        iepRequests.append(FormRequest{id, semester->id});
        FormRequest r{id, std::nullopt};
        r.from = month;
        r.to = month.addMonths(1).addDays(-1);
        monthRequests.append(r);
    }
    measureForm(setup, report, QCoreApplication::translate("rr::Bench", "IEP PDF (个别化教育计划表)"),
                QCoreApplication::translate("rr::Bench", "≤ 100 ms"), 100, u"iep"_s, iepRequests);
    measureForm(setup, report, QCoreApplication::translate("rr::Bench", "A student's month of training records (PDF)"), {}, -1,
                u"training-record"_s, monthRequests);

    // The inspection of the semester so far, for the whole school.
    const QString inspectMeasure = QCoreApplication::translate("rr::Bench", "Inspection of the semester, whole school");
    const QString inspectTarget = QCoreApplication::translate("rr::Bench", "≤ 2 s");
    const QDate last = std::min(setup.clock->today().addDays(-1), semester->end);
    QList<double> inspections;
    int problems = 0;
    for (int i = 0; i < std::max(1, setup.runs / 2 + 1); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto result = Inspector(setup.db, setup.clock).run(semester->start, last);
        const double ms = msSince(timer);
        if (!result) {
            report.failed(inspectMeasure, inspectTarget, result.error().message);
            return;
        }
        problems = int(result->problems.size());
        inspections.append(ms);
    }
    const Spread inspectSpread = spreadOf(inspections);
    report.add({inspectMeasure,
                spreadText(inspectSpread) + QCoreApplication::translate("rr::Bench", "; %n problems found", nullptr, problems),
                inspectTarget, inspectSpread.median <= 2000});
}

} // namespace rr::bench
