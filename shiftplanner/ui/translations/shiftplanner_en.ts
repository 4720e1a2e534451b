<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GoalsDialog</name>
    <message numerus="yes">
        <source>{0:g} h in %n session(s)</source>
        <translation>
            <numerusform>{0:g} h in %n session</numerusform>
            <numerusform>{0:g} h in %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitsDialog</name>
    <message numerus="yes">
        <source>{0} ({1} min, %n time(s) a week)</source>
        <translation>
            <numerusform>{0} ({1} min, %n time a week)</numerusform>
            <numerusform>{0} ({1} min, %n times a week)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRosterDialog</name>
    <message numerus="yes">
        <source>%n new finding(s) after the import:</source>
        <translation>
            <numerusform>%n new finding after the import:</numerusform>
            <numerusform>%n new findings after the import:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) to add, from {0} to {1}.</source>
        <translation>
            <numerusform>%n busy time to add, from {0} to {1}.</numerusform>
            <numerusform>%n busy times to add, from {0} to {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) stored for that period will be replaced.</source>
        <translation>
            <numerusform>%n busy time stored for that period will be replaced.</numerusform>
            <numerusform>%n busy times stored for that period will be replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationPreview</name>
    <message numerus="yes">
        <source>%n finding(s) in these weeks:</source>
        <translation>
            <numerusform>%n finding in these weeks:</numerusform>
            <numerusform>%n findings in these weeks:</numerusform>
        </translation>
    </message>
</context>
</TS>
