<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FilenameTemplate</name>
    <message numerus="yes">
        <source>The file name template uses the variable(s) %1, which Spacetape does not know. Available: %2.</source>
        <translation>
            <numerusform>The file name template uses the variable %1, which Spacetape does not know. Available: %2.</numerusform>
            <numerusform>The file name template uses the variables %1, which Spacetape does not know. Available: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::CliChat</name>
    <message numerus="yes">
        <source>%n entries read.</source>
        <translation>
            <numerusform>%n entry read.</numerusform>
            <numerusform>%n entries read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::CliDoctor</name>
    <message numerus="yes">
        <source>No check failed (%n skipped).</source>
        <translation>
            <numerusform>No check failed (%n skipped).</numerusform>
            <numerusform>No check failed (%n skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checks failed (%2); see the lines above for what to do.</source>
        <translation>
            <numerusform>%n of %1 checks failed (%2); see the lines above for what to do.</numerusform>
            <numerusform>%n of %1 checks failed (%2); see the lines above for what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::CliRunner</name>
    <message numerus="yes">
        <source>saved with %n missing chunks (gaps allowed).</source>
        <translation>
            <numerusform>saved with %n missing chunk (gaps allowed).</numerusform>
            <numerusform>saved with %n missing chunks (gaps allowed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::CliWatch</name>
    <message numerus="yes">
        <source>Stopped. %n recording(s) interrupted keep their chunks; run the same command to resume them.</source>
        <translation>
            <numerusform>Stopped. %n interrupted recording keeps its chunks; run the same command to resume it.</numerusform>
            <numerusform>Stopped. %n interrupted recordings keep their chunks; run the same command to resume them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::DetailsPane</name>
    <message numerus="yes">
        <source> — %n chunk(s) missing</source>
        <translation>
            <numerusform> — %n chunk missing</numerusform>
            <numerusform> — %n chunks missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::LiveCapture</name>
    <message numerus="yes">
        <source>The recording has gaps: %n chunk(s) could not be recorded (sequence %1).</source>
        <translation>
            <numerusform>The recording has a gap: %n chunk could not be recorded (sequence %1).</numerusform>
            <numerusform>The recording has gaps: %n chunks could not be recorded (sequence %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::TrayIcon</name>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n downloading</numerusform>
            <numerusform>%n downloading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
