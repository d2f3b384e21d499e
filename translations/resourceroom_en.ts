<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rr::Accounts</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords. Please wait %n second and try again.</numerusform>
            <numerusform>Too many wrong passwords. Please wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::AccountsPanel</name>
    <message numerus="yes">
        <source>The program locks after %n idle minute(s).</source>
        <translation>
            <numerusform>The program locks after %n idle minute.</numerusform>
            <numerusform>The program locks after %n idle minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ArchiveChecklistModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Audit</name>
    <message numerus="yes">
        <source>Student number %1 has not left more than %n year(s) ago; their records are kept.</source>
        <translation>
            <numerusform>Student number %1 has not left more than %n year ago; their records are kept.</numerusform>
            <numerusform>Student number %1 has not left more than %n years ago; their records are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::AuditChangeModel</name>
    <message numerus="yes">
        <source>%n other field(s)</source>
        <translation>
            <numerusform>%n other field</numerusform>
            <numerusform>%n other fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::AuditHistoryDialog</name>
    <message numerus="yes">
        <source>%n action(s), the most recent first.</source>
        <translation>
            <numerusform>%n action, the most recent first.</numerusform>
            <numerusform>%n actions, the most recent first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::AuditPanel</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) written to %1.</source>
        <translation>
            <numerusform>%n action written to %1.</numerusform>
            <numerusform>%n actions written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Backup</name>
    <message numerus="yes">
        <source>The last good backup is %n days old. Make a backup now (File › Backup and restore).</source>
        <translation>
            <numerusform>The last good backup is %n day old. Make a backup now (File › Backup and restore).</numerusform>
            <numerusform>The last good backup is %n days old. Make a backup now (File › Backup and restore).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::BackupDialog</name>
    <message numerus="yes">
        <source>%n older backup(s) removed by the rules.</source>
        <translation>
            <numerusform>%n older backup removed by the rules.</numerusform>
            <numerusform>%n older backups removed by the rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::BackupStatusLabel</name>
    <message numerus="yes">
        <source>No backup for %n days</source>
        <translation>
            <numerusform>No backup for %n day</numerusform>
            <numerusform>No backup for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Bench</name>
    <message numerus="yes">
        <source>%1 · %n core(s) · Qt %2 · platform %3 · %4</source>
        <translation>
            <numerusform>%1 · %n core · Qt %2 · platform %3 · %4</numerusform>
            <numerusform>%1 · %n cores · Qt %2 · platform %3 · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roster load (%n students)</source>
        <translation>
            <numerusform>Roster load (%n student)</numerusform>
            <numerusform>Roster load (%n students)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n problems found</source>
        <translation>
            <numerusform>; %n problem found</numerusform>
            <numerusform>; %n problems found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::CalendarReminders</name>
    <message numerus="yes">
        <source>%n day(s) left until the LRC report to the resource centre is due (%1).</source>
        <translation>
            <numerusform>%n day left until the LRC report to the resource centre is due (%1).</numerusform>
            <numerusform>%n days left until the LRC report to the resource centre is due (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The semester ends in %n day(s): time for the evaluations and the semester summary.</source>
        <translation>
            <numerusform>The semester ends in %n day: time for the evaluations and the semester summary.</numerusform>
            <numerusform>The semester ends in %n days: time for the evaluations and the semester summary.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Cli</name>
    <message numerus="yes">
        <source>Result: %n problem(s)</source>
        <translation>
            <numerusform>Result: %n problem</numerusform>
            <numerusform>Result: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written to %2</source>
        <translation>
            <numerusform>%1: %n page written to %2</numerusform>
            <numerusform>%1: %n pages written to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed since the last inspection</source>
        <translation>
            <numerusform>%n fixed since the last inspection</numerusform>
            <numerusform>%n fixed since the last inspection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (%2) as number %3 with %n default rule(s).</source>
        <translation>
            <numerusform>Added %1 (%2) as number %3 with %n default rule.</numerusform>
            <numerusform>Added %1 (%2) as number %3 with %n default rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 started: %n line(s) to count.</source>
        <translation>
            <numerusform>Stocktake %1 started: %n line to count.</numerusform>
            <numerusform>Stocktake %1 started: %n lines to count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 confirmed: %n difference(s) adjusted.</source>
        <translation>
            <numerusform>Stocktake %1 confirmed: %n difference adjusted.</numerusform>
            <numerusform>Stocktake %1 confirmed: %n differences adjusted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) written to %1</source>
        <translation>
            <numerusform>%n action written to %1</numerusform>
            <numerusform>%n actions written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) left more than %1 years ago.</source>
        <translation>
            <numerusform>%n student left more than %1 years ago.</numerusform>
            <numerusform>%n students left more than %1 years ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::CompletenessView</name>
    <message numerus="yes">
        <source>School year %1—%2: %3 of %n student(s) have a complete archive.</source>
        <translation>
            <numerusform>School year %1—%2: %3 of %n student have a complete archive.</numerusform>
            <numerusform>School year %1—%2: %3 of %n students have a complete archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Database</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::EvaluationDialog</name>
    <message numerus="yes">
        <source>Semester GAS T-score: %1 (%n objective(s) rated)</source>
        <translation>
            <numerusform>Semester GAS T-score: %1 (%n objective rated)</numerusform>
            <numerusform>Semester GAS T-score: %1 (%n objectives rated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Fields</name>
    <message numerus="yes">
        <source>%1 may not be longer than %n character(s).</source>
        <translation>
            <numerusform>%1 may not be longer than %n character.</numerusform>
            <numerusform>%1 may not be longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::IepPage</name>
    <message numerus="yes">
        <source>%1: %2 of %n student(s) have an IEP</source>
        <translation>
            <numerusform>%1: %2 of %n student have an IEP</numerusform>
            <numerusform>%1: %2 of %n students have an IEP</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::IepReminders</name>
    <message numerus="yes">
        <source>%n student(s) have no IEP in effect this semester: %1</source>
        <translation>
            <numerusform>%n student have no IEP in effect this semester: %1</numerusform>
            <numerusform>%n students have no IEP in effect this semester: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ImportDialog</name>
    <message numerus="yes">
        <source>Import %n student(s)</source>
        <translation>
            <numerusform>Import %n student</numerusform>
            <numerusform>Import %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation>
            <numerusform>%n student imported</numerusform>
            <numerusform>%n students imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n head teacher(s) added to the staff list</source>
        <translation>
            <numerusform>%n head teacher added to the staff list</numerusform>
            <numerusform>%n head teachers added to the staff list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file:</source>
        <translation>
            <numerusform>%n row in the file:</numerusform>
            <numerusform>%n rows in the file:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them to check (see “To check” on the students page)</source>
        <translation>
            <numerusform>%n of them to check (see “To check” on the students page)</numerusform>
            <numerusform>%n of them to check (see “To check” on the students page)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::InspectionPanel</name>
    <message numerus="yes">
        <source>Inspection done: %n problem(s). Save it to keep the report.</source>
        <translation>
            <numerusform>Inspection done: %n problem. Save it to keep the report.</numerusform>
            <numerusform>Inspection done: %n problems. Save it to keep the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ItemsPanel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>%1 of %n item shown</numerusform>
            <numerusform>%1 of %n items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; ⚠ %n with alerts</source>
        <translation>
            <numerusform>; ⚠ %n with alerts</numerusform>
            <numerusform>; ⚠ %n with alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) exported to %1.</source>
        <translation>
            <numerusform>%n item exported to %1.</numerusform>
            <numerusform>%n items exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::LedgerImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) in the file: </source>
        <translation>
            <numerusform>%n row in the file: </numerusform>
            <numerusform>%n rows in the file: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Import %n item</numerusform>
            <numerusform>Import %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported.</source>
        <translation>
            <numerusform>%n item imported.</numerusform>
            <numerusform>%n items imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::LedgerUsageView</name>
    <message numerus="yes">
        <source>%n piece(s) of equipment unused in the period.</source>
        <translation>
            <numerusform>%n piece of equipment unused in the period.</numerusform>
            <numerusform>%n pieces of equipment unused in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 unused in the period.</source>
        <translation>
            <numerusform>%n item, %1 unused in the period.</numerusform>
            <numerusform>%n items, %1 unused in the period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::LoansPanel</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::LrcReminders</name>
    <message numerus="yes">
        <source>%1: the LRC application is %n day(s) overdue for the report to the centre (due %2).</source>
        <translation>
            <numerusform>%1: the LRC application is %n day overdue for the report to the centre (due %2).</numerusform>
            <numerusform>%1: the LRC application is %n days overdue for the report to the centre (due %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left to report the LRC application to the centre (due %2).</source>
        <translation>
            <numerusform>%1: %n day left to report the LRC application to the centre (due %2).</numerusform>
            <numerusform>%1: %n days left to report the LRC application to the centre (due %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::PlanStudentListModel</name>
    <message numerus="yes">
        <source>%n goal(s), %1 min × %2 a week</source>
        <translation>
            <numerusform>%n goal, %1 min × %2 a week</numerusform>
            <numerusform>%n goals, %1 min × %2 a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::PresentLevelEditor</name>
    <message numerus="yes">
        <source>%n suggestion(s) added from the assessments; edit them to describe the child.</source>
        <translation>
            <numerusform>%n suggestion added from the assessments; edit them to describe the child.</numerusform>
            <numerusform>%n suggestions added from the assessments; edit them to describe the child.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::PrintPage</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>Saved %n page to %1.</numerusform>
            <numerusform>Saved %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 to %3, %n problem(s)</source>
        <translation>
            <numerusform>%1: %2 to %3, %n problem</numerusform>
            <numerusform>%1: %2 to %3, %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::RecordEditorDialog</name>
    <message numerus="yes">
        <source>amended %n time(s)</source>
        <translation>
            <numerusform>amended %n time</numerusform>
            <numerusform>amended %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::RecordState</name>
    <message numerus="yes">
        <source>Signed, amended %n time(s)</source>
        <translation>
            <numerusform>Signed, amended %n time</numerusform>
            <numerusform>Signed, amended %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::RecordVersionModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::RecordsPanel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed</source>
        <translation>
            <numerusform>%n not signed</numerusform>
            <numerusform>%n not signed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::RetentionPanel</name>
    <message numerus="yes">
        <source>%n student(s) left more than %1 years ago.</source>
        <translation>
            <numerusform>%n student left more than %1 years ago.</numerusform>
            <numerusform>%n students left more than %1 years ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (left on %2) with every record: %n archive file(s), IEPs, progress data, training record entries, contacts and counselling? This cannot be undone; it is recorded in the audit trail.</source>
        <translation>
            <numerusform>Delete %1 (left on %2) with every record: %n archive file, IEPs, progress data, training record entries, contacts and counselling? This cannot be undone; it is recorded in the audit trail.</numerusform>
            <numerusform>Delete %1 (left on %2) with every record: %n archive files, IEPs, progress data, training record entries, contacts and counselling? This cannot be undone; it is recorded in the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ReviewPanel</name>
    <message numerus="yes">
        <source>%n item(s) of this record to check.</source>
        <translation>
            <numerusform>%n item of this record to check.</numerusform>
            <numerusform>%n items of this record to check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::RoomRuleTableModel</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::SchoolCalendarPanel</name>
    <message numerus="yes">
        <source>%1 to %2: %n teaching week(s), %3 school days</source>
        <translation>
            <numerusform>%1 to %2: %n teaching week, %3 school days</numerusform>
            <numerusform>%1 to %2: %n teaching weeks, %3 school days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::SchoolWorkPage</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::SemesterEditor</name>
    <message numerus="yes">
        <source>%n teaching week(s)</source>
        <translation>
            <numerusform>%n teaching week</numerusform>
            <numerusform>%n teaching weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::SlotDialog</name>
    <message numerus="yes">
        <source>%1 (%n place(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s): %1</source>
        <translation>
            <numerusform>%n student: %1</numerusform>
            <numerusform>%n students: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Staff</name>
    <message numerus="yes">
        <source>head teacher of %n student(s)</source>
        <translation>
            <numerusform>head teacher of %n student</numerusform>
            <numerusform>head teacher of %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timetable slot(s)</source>
        <translation>
            <numerusform>%n timetable slot</numerusform>
            <numerusform>%n timetable slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timetable change(s)</source>
        <translation>
            <numerusform>%n timetable change</numerusform>
            <numerusform>%n timetable changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training plan(s)</source>
        <translation>
            <numerusform>%n training plan</numerusform>
            <numerusform>%n training plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training record(s)</source>
        <translation>
            <numerusform>%n training record</numerusform>
            <numerusform>%n training records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IEP team place(s)</source>
        <translation>
            <numerusform>%n IEP team place</numerusform>
            <numerusform>%n IEP team places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IEP revision(s)</source>
        <translation>
            <numerusform>%n IEP revision</numerusform>
            <numerusform>%n IEP revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record amendment(s)</source>
        <translation>
            <numerusform>%n record amendment</numerusform>
            <numerusform>%n record amendments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::StocktakePanel</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n difference(s) found</source>
        <translation>
            <numerusform>; %n difference found</numerusform>
            <numerusform>; %n differences found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed on %1 by %2: %n difference(s) became stock adjustments.</source>
        <translation>
            <numerusform>Confirmed on %1 by %2: %n difference became stock adjustments.</numerusform>
            <numerusform>Confirmed on %1 by %2: %n differences became stock adjustments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm “%1”? %n difference(s) become stock adjustments with their reasons; the stocktake cannot be changed afterwards.</source>
        <translation>
            <numerusform>Confirm “%1”? %n difference become stock adjustments with their reasons; the stocktake cannot be changed afterwards.</numerusform>
            <numerusform>Confirm “%1”? %n differences become stock adjustments with their reasons; the stocktake cannot be changed afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Students</name>
    <message numerus="yes">
        <source>This student has %n signed training record(s); they are part of the school's records and cannot be deleted. Change the placement instead.</source>
        <translation>
            <numerusform>This student has %n signed training record; they are part of the school's records and cannot be deleted. Change the placement instead.</numerusform>
            <numerusform>This student has %n signed training records; they are part of the school's records and cannot be deleted. Change the placement instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::StudentsPage</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) shown</source>
        <translation>
            <numerusform>%1 of %n student shown</numerusform>
            <numerusform>%1 of %n students shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) exported to %1</source>
        <translation>
            <numerusform>%n student exported to %1</numerusform>
            <numerusform>%n students exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::TimetablePanel</name>
    <message numerus="yes">
        <source>%n student(s) short of their IEP.</source>
        <translation>
            <numerusform>%n student short of their IEP.</numerusform>
            <numerusform>%n students short of their IEP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::TodayPanel</name>
    <message numerus="yes">
        <source>%n record(s) made from the timetable.</source>
        <translation>
            <numerusform>%n record made from the timetable.</numerusform>
            <numerusform>%n records made from the timetable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) already had a record.</source>
        <translation>
            <numerusform>%n session already had a record.</numerusform>
            <numerusform>%n sessions already had a record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::TrainingPlanEditor</name>
    <message numerus="yes">
        <source>The plan starts with %n goal(s) from the IEP; add content, methods, duration and frequency, then save.</source>
        <translation>
            <numerusform>The plan starts with %n goal from the IEP; add content, methods, duration and frequency, then save.</numerusform>
            <numerusform>The plan starts with %n goals from the IEP; add content, methods, duration and frequency, then save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) added from the IEP.</source>
        <translation>
            <numerusform>%n goal added from the IEP.</numerusform>
            <numerusform>%n goals added from the IEP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::UsagePanel</name>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n training session(s))</source>
        <translation>
            <numerusform>(%n training session)</numerusform>
            <numerusform>(%n training sessions)</numerusform>
        </translation>
    </message>
</context>
</TS>
