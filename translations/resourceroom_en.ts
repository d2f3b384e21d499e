<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rr::ArchiveChecklistModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::CalendarReminders</name>
    <message numerus="yes">
        <source>%n day(s) left until the LRC report to the resource centre is due (%1).</source>
        <translation><numerusform>%n day left until the LRC report to the resource centre is due (%1).</numerusform><numerusform>%n days left until the LRC report to the resource centre is due (%1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The semester ends in %n day(s): time for the evaluations and the semester summary.</source>
        <translation><numerusform>The semester ends in %n day: time for the evaluations and the semester summary.</numerusform><numerusform>The semester ends in %n days: time for the evaluations and the semester summary.</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::Cli</name>
    <message numerus="yes">
        <source>Result: %n problem(s)</source>
        <translation><numerusform>Result: %n problem</numerusform><numerusform>Result: %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written to %2</source>
        <translation><numerusform>%1: %n page written to %2</numerusform><numerusform>%1: %n pages written to %2</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::CompletenessView</name>
    <message numerus="yes">
        <source>School year %1—%2: %3 of %n student(s) have a complete archive.</source>
        <translation><numerusform>School year %1—%2: %3 of %n student have a complete archive.</numerusform><numerusform>School year %1—%2: %3 of %n students have a complete archive.</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::IepPage</name>
    <message numerus="yes">
        <source>%1: %2 of %n student(s) have an IEP</source>
        <translation><numerusform>%1: %2 of %n student have an IEP</numerusform><numerusform>%1: %2 of %n students have an IEP</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) in the file: </source>
        <translation><numerusform>%n row in the file: </numerusform><numerusform>%n rows in the file: </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n student(s)</source>
        <translation><numerusform>Import %n student</numerusform><numerusform>Import %n students</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation><numerusform>%n student imported</numerusform><numerusform>%n students imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation><numerusform>%n row skipped</numerusform><numerusform>%n rows skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n head teacher(s) added to the staff list</source>
        <translation><numerusform>%n head teacher added to the staff list</numerusform><numerusform>%n head teachers added to the staff list</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::LrcReminders</name>
    <message numerus="yes">
        <source>%1: the LRC application is %n day(s) overdue for the report to the centre (due %2).</source>
        <translation><numerusform>%1: the LRC application is %n day overdue for the report to the centre (due %2).</numerusform><numerusform>%1: the LRC application is %n days overdue for the report to the centre (due %2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left to report the LRC application to the centre (due %2).</source>
        <translation><numerusform>%1: %n day left to report the LRC application to the centre (due %2).</numerusform><numerusform>%1: %n days left to report the LRC application to the centre (due %2).</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::PrintPage</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation><numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation><numerusform>Saved %n page to %1.</numerusform><numerusform>Saved %n pages to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::SemesterEditor</name>
    <message numerus="yes">
        <source>%n teaching week(s)</source>
        <translation><numerusform>%n teaching week</numerusform><numerusform>%n teaching weeks</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::StudentsPage</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation><numerusform>%n student</numerusform><numerusform>%n students</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) shown</source>
        <translation><numerusform>%1 of %n student shown</numerusform><numerusform>%1 of %n students shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) exported to %1</source>
        <translation><numerusform>%n student exported to %1</numerusform><numerusform>%n students exported to %1</numerusform></translation>
    </message>
</context>
</TS>