// SPDX-License-Identifier: MIT
#include "util/FilenameTemplate.h"

#include <QTest>

using namespace spacetape;

namespace {

const QString kId = QStringLiteral("1YqKDqWqdPLxV");

int utf8Size(const QString &text) {
    return static_cast<int>(text.toUtf8().size());
}

QString repeat(const QString &unit, int times) {
    QString out;
    for (int i = 0; i < times; ++i) {
        out += unit;
    }
    return out;
}

/// 2024-05-02 01:30 at UTC+2 is 2024-05-01 23:30 UTC: names use the UTC date.
QDateTime startedAt() {
    return QDateTime(QDate(2024, 5, 2), QTime(1, 30), Qt::OffsetFromUTC, 2 * 3600);
}

FilenameValues sampleValues() {
    FilenameValues v;
    v.id = kId;
    v.title = QStringLiteral("Morning coffee ☕");
    v.host = QStringLiteral("spacetape");
    v.hostName = QStringLiteral("Space Tape");
    v.startedAt = startedAt();
    v.durationSeconds = 3720;
    return v;
}

QStringList hostileTitles() {
    return {QStringLiteral("🎙️ Live 👨‍👩‍👧 🇯🇵"),
            QStringLiteral("مساحة صوتية ‏(RTL)‏"),
            QStringLiteral("evil\u202Egpj.exe"),
            QStringLiteral("CON"),
            QStringLiteral("lpt1.txt"),
            QStringLiteral("a/../../etc/passwd"),
            QStringLiteral("..\\..\\Windows\\System32"),
            repeat(QStringLiteral("é"), 300),
            repeat(QStringLiteral("😀"), 80),
            QStringLiteral("....."),
            QStringLiteral(". . ."),
            QStringLiteral("line one\nline two\tand a tab\r\n"),
            QStringLiteral("<>:\"/\\|?*"),
            QStringLiteral("/"),
            QStringLiteral(".."),
            QStringLiteral(".hidden"),
            QStringLiteral("trailing dots..."),
            QString(QChar(0xD800)) + QStringLiteral("lone surrogate"),
            QStringLiteral("nul") + QChar(0) + QStringLiteral("byte"),
            QString()};
}

void verifySafeComponent(const QString &component) {
    QVERIFY2(!component.isEmpty(), "empty component");
    QVERIFY2(component != QLatin1String(".") && component != QLatin1String(".."),
             qPrintable(component));
    QVERIFY2(!component.startsWith(QLatin1Char('.')), qPrintable(component));
    QVERIFY2(!component.endsWith(QLatin1Char('.')) && !component.endsWith(QLatin1Char(' ')),
             qPrintable(component));
    QVERIFY2(utf8Size(component) <= 200, qPrintable(component));
    for (const QChar c : component) {
        QVERIFY2(!QStringLiteral("<>:\"/\\|?*").contains(c), qPrintable(component));
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F, qPrintable(component));
        QVERIFY2(c.unicode() != 0x202E, "bidi override left in");
    }
    const QString base = component.section(QLatin1Char('.'), 0, 0).toUpper();
    static const QStringList reserved = {QStringLiteral("CON"),  QStringLiteral("PRN"),
                                         QStringLiteral("AUX"),  QStringLiteral("NUL"),
                                         QStringLiteral("COM1"), QStringLiteral("COM9"),
                                         QStringLiteral("LPT1"), QStringLiteral("LPT9")};
    QVERIFY2(!reserved.contains(base), qPrintable(component));
    QCOMPARE(QString::fromUtf8(component.toUtf8()), component);  // valid UTF-16, round-trips
}

}  // namespace

class TestFilenameTemplate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults() {
        QCOMPARE(FilenameTemplate::defaultTemplate(),
                 QStringLiteral("{date} {host} - {title} [{id}]"));
        QCOMPARE(FilenameTemplate::variables(),
                 (QStringList{"{id}", "{title}", "{host}", "{host_name}", "{date}", "{time}",
                              "{duration}"}));
        QVERIFY(FilenameTemplate::check(FilenameTemplate::defaultTemplate()).ok());
    }

    void sanitizeComponent_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Morning coffee") << 200
                               << QStringLiteral("Morning coffee");
        QTest::newRow("forbidden characters") << QStringLiteral("Web3: why? <now> \"a|b\" *") << 200
                                              << QStringLiteral("Web3_ why_ _now_ _a_b_ _");
        QTest::newRow("slashes") << QStringLiteral("a/../../etc/passwd") << 200
                                 << QStringLiteral("a_.._.._etc_passwd");
        QTest::newRow("backslashes")
            << QStringLiteral("..\\..\\x") << 200 << QStringLiteral("_.._x");
        QTest::newRow("newline and tab") << QStringLiteral("line one\nline two\tx\r\n") << 200
                                         << QStringLiteral("line one line two x");
        QTest::newRow("other controls")
            << QStringLiteral("a\x01\x7f") + QChar(0x85) + "b" << 200 << QStringLiteral("a b");
        QTest::newRow("no-break and ideographic spaces")
            << QStringLiteral("a\u00A0\u3000b") << 200 << QStringLiteral("a b");
        QTest::newRow("only dots") << QStringLiteral(".....") << 200 << QString();
        QTest::newRow("dots and spaces") << QStringLiteral(". . .") << 200 << QString();
        QTest::newRow("leading dot (hidden file)")
            << QStringLiteral(".hidden") << 200 << QStringLiteral("hidden");
        QTest::newRow("trailing dots and spaces")
            << QStringLiteral("name.. . ") << 200 << QStringLiteral("name");
        QTest::newRow("empty") << QString() << 200 << QString();
        QTest::newRow("CON") << QStringLiteral("CON") << 200 << QStringLiteral("CON_");
        QTest::newRow("con lower") << QStringLiteral("con") << 200 << QStringLiteral("con_");
        QTest::newRow("Con.txt") << QStringLiteral("Con.txt") << 200 << QStringLiteral("Con_.txt");
        QTest::newRow("nul.tar.gz")
            << QStringLiteral("nul.tar.gz") << 200 << QStringLiteral("nul_.tar.gz");
        QTest::newRow("PRN") << QStringLiteral("PRN") << 200 << QStringLiteral("PRN_");
        QTest::newRow("aux + trailing space")
            << QStringLiteral("aux ") << 200 << QStringLiteral("aux_");
        QTest::newRow("COM1") << QStringLiteral("COM1") << 200 << QStringLiteral("COM1_");
        QTest::newRow("com9.m4a") << QStringLiteral("com9.m4a") << 200
                                  << QStringLiteral("com9_.m4a");
        QTest::newRow("LPT5") << QStringLiteral("LPT5") << 200 << QStringLiteral("LPT5_");
        QTest::newRow("COM superscript")
            << QStringLiteral("COM\u00B9") << 200 << QStringLiteral("COM\u00B9_");
        QTest::newRow("COM0 is fine") << QStringLiteral("COM0") << 200 << QStringLiteral("COM0");
        QTest::newRow("CONSOLE is fine")
            << QStringLiteral("CONSOLE") << 200 << QStringLiteral("CONSOLE");
        QTest::newRow("CON inside is fine")
            << QStringLiteral("CON talk") << 200 << QStringLiteral("CON talk");
        QTest::newRow("RTL text kept")
            << QStringLiteral("مساحة صوتية") << 200 << QStringLiteral("مساحة صوتية");
        QTest::newRow("bidi override removed")
            << QStringLiteral("evil\u202Egpj.exe") << 200 << QStringLiteral("evilgpj.exe");
        QTest::newRow("emoji with ZWJ and flags kept")
            << QStringLiteral("🎙️ Live 👨‍👩‍👧 🇯🇵") << 200
            << QStringLiteral("🎙️ Live 👨‍👩‍👧 🇯🇵");
        QTest::newRow("NFD becomes NFC")
            << QStringLiteral("Cafe\u0301") << 200 << QStringLiteral("Café");
        QTest::newRow("lone surrogate")
            << QString(QChar(0xDC00)) + "x" << 200 << QStringLiteral("_x");
        QTest::newRow("300 x é cut to 200 bytes")
            << repeat(QStringLiteral("é"), 300) << 200 << repeat(QStringLiteral("é"), 100);
        QTest::newRow("odd budget does not split é")
            << repeat(QStringLiteral("é"), 300) << 199 << repeat(QStringLiteral("é"), 99);
        QTest::newRow("emoji (surrogate pairs) not split")
            << repeat(QStringLiteral("😀"), 80) << 202 << repeat(QStringLiteral("😀"), 50);
        QTest::newRow("combining sequence not split")
            << repeat(QStringLiteral("q\u0301"), 70) << 200
            << repeat(QStringLiteral("q\u0301"), 66);
        QTest::newRow("ZWJ family not split")
            << repeat(QStringLiteral("👨‍👩‍👧"), 12) << 200
            << repeat(QStringLiteral("👨‍👩‍👧"), 11);
        QTest::newRow("cut then trailing space trimmed")
            << QString(199, QLatin1Char('a')) + " bc" << 200 << QString(199, QLatin1Char('a'));
        QTest::newRow("tiny budget is raised to 16") << QStringLiteral("abcdefghijklmnopqrstuvwxyz")
                                                     << 3 << QStringLiteral("abcdefghijklmnop");
        QTest::newRow("reserved name at the limit stays within it")
            << "CON." + QString(196, QLatin1Char('x')) << 200
            << "CON_." + QString(195, QLatin1Char('x'));
    }
    void sanitizeComponent() {
        QFETCH(QString, input);
        QFETCH(int, maxBytes);
        QFETCH(QString, expected);
        const QString safe = FilenameTemplate::sanitizeComponent(input, maxBytes);
        QCOMPARE(safe, expected);
        QVERIFY(utf8Size(safe) <= std::max(maxBytes, 16));
        // Sanitising is idempotent: a safe name stays as it is.
        QCOMPARE(FilenameTemplate::sanitizeComponent(safe, maxBytes), safe);
    }

    void hostileTitlesNeverEscape_data() {
        QTest::addColumn<QString>("templ");
        QTest::newRow("default") << FilenameTemplate::defaultTemplate();
        QTest::newRow("title only") << QStringLiteral("{title}");
        QTest::newRow("folders") << QStringLiteral("{host}/{date}/{title}");
        QTest::newRow("title folder") << QStringLiteral("{title}/{title} {id}");
        QTest::newRow("hostile template") << QStringLiteral("/../{title}/./../..//{host}.");
    }
    void hostileTitlesNeverEscape() {
        QFETCH(QString, templ);
        const auto benignDepth =
            FilenameTemplate::render(templ, sampleValues()).split(QLatin1Char('/')).size();
        for (const QString &title : hostileTitles()) {
            FilenameValues values = sampleValues();
            values.title = title;
            values.host = title;  // hosts are user-chosen too
            values.hostName = title;
            const QString path = FilenameTemplate::render(templ, values);
            QVERIFY(!path.isEmpty());
            QVERIFY2(!path.startsWith(QLatin1Char('/')), qPrintable(path));
            const QStringList components = path.split(QLatin1Char('/'));
            // A value never adds (or removes) a directory level.
            QVERIFY2(components.size() == benignDepth, qPrintable(path));
            for (const QString &component : components) {
                verifySafeComponent(component);
                if (QTest::currentTestFailed()) {
                    qWarning("title: %s -> %s", qPrintable(title), qPrintable(path));
                    return;
                }
            }
        }
    }

    void render_data() {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("host");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<QString>("expected");
        const QString title = QStringLiteral("Morning coffee ☕");
        const QString host = QStringLiteral("spacetape");
        QTest::newRow("default, UTC date")
            << FilenameTemplate::defaultTemplate() << title << host << qint64(3720)
            << QStringLiteral("2024-05-01 spacetape - Morning coffee ☕ [1YqKDqWqdPLxV]");
        QTest::newRow("every variable")
            << QStringLiteral("{id} {title} {host} {host_name} {date} {time} {duration}") << title
            << host << qint64(3720)
            << QStringLiteral(
                   "1YqKDqWqdPLxV Morning coffee ☕ spacetape Space Tape 2024-05-01 23-30 1h02m");
        QTest::newRow("45 minutes") << QStringLiteral("{duration}") << title << host << qint64(2700)
                                    << QStringLiteral("45m");
        QTest::newRow("rounded to a minute") << QStringLiteral("{duration}") << title << host
                                             << qint64(3599) << QStringLiteral("1h00m");
        QTest::newRow("under a minute")
            << QStringLiteral("{duration}") << title << host << qint64(29) << QStringLiteral("0m");
        QTest::newRow("ten hours") << QStringLiteral("{duration}") << title << host
                                   << qint64(36000 + 540) << QStringLiteral("10h09m");
        QTest::newRow("unknown duration")
            << QStringLiteral("{title} {duration}") << title << host << qint64(-1)
            << QStringLiteral("Morning coffee ☕ unknown");
        QTest::newRow("folders from the template")
            << QStringLiteral("{host}/{date}/{title}") << title << host << qint64(60)
            << QStringLiteral("spacetape/2024-05-01/Morning coffee ☕");
        QTest::newRow("backslash folders")
            << QStringLiteral("{host}\\{title}") << title << host << qint64(60)
            << QStringLiteral("spacetape/Morning coffee ☕");
        QTest::newRow("title with ../ stays one component")
            << QStringLiteral("{host}/{title}") << QStringLiteral("a/../../etc/passwd") << host
            << qint64(60) << QStringLiteral("spacetape/a_.._.._etc_passwd");
        QTest::newRow("template .. and . removed")
            << QStringLiteral("../../{host}/./{title}") << title << host << qint64(60)
            << QStringLiteral("spacetape/Morning coffee ☕");
        QTest::newRow("absolute template made relative")
            << QStringLiteral("/{host}/{title}") << title << host << qint64(60)
            << QStringLiteral("spacetape/Morning coffee ☕");
        QTest::newRow("drive letter removed")
            << QStringLiteral("C:\\Spaces\\{title}") << title << host << qint64(60)
            << QStringLiteral("Spaces/Morning coffee ☕");
        QTest::newRow("empty components dropped")
            << QStringLiteral("{host}//{title}/") << title << host << qint64(60)
            << QStringLiteral("spacetape/Morning coffee ☕");
        QTest::newRow("@ stripped from handle")
            << QStringLiteral("{host}") << title << QStringLiteral("@spacetape") << qint64(60)
            << QStringLiteral("spacetape");
        QTest::newRow("missing title and host")
            << FilenameTemplate::defaultTemplate() << QString() << QString() << qint64(60)
            << QStringLiteral("2024-05-01 unknown - unknown [1YqKDqWqdPLxV]");
        QTest::newRow("title of only dots") << QStringLiteral("{title}") << QStringLiteral("....")
                                            << host << qint64(60) << QStringLiteral("unknown");
        QTest::newRow("title CON") << QStringLiteral("{title}") << QStringLiteral("CON") << host
                                   << qint64(60) << QStringLiteral("CON_");
        QTest::newRow("CON inside a longer name is harmless")
            << FilenameTemplate::defaultTemplate() << QStringLiteral("CON") << host << qint64(60)
            << QStringLiteral("2024-05-01 spacetape - CON [1YqKDqWqdPLxV]");
        QTest::newRow("CON made by the template")
            << QStringLiteral("{title}.backup") << QStringLiteral("con") << host << qint64(60)
            << QStringLiteral("con_.backup");
        QTest::newRow("newline and tab in title")
            << QStringLiteral("{title}") << QStringLiteral("Hello\nWorld\tagain") << host
            << qint64(60) << QStringLiteral("Hello World again");
        QTest::newRow("emoji title")
            << QStringLiteral("{title}") << QStringLiteral("🎙️ Live 👨‍👩‍👧")
            << host << qint64(60) << QStringLiteral("🎙️ Live 👨‍👩‍👧");
        QTest::newRow("RTL title")
            << FilenameTemplate::defaultTemplate() << QStringLiteral("مساحة صوتية") << host
            << qint64(60) << QStringLiteral("2024-05-01 spacetape - مساحة صوتية [1YqKDqWqdPLxV]");
        QTest::newRow("forbidden literal text")
            << QStringLiteral("{date}: {title}?") << title << host << qint64(60)
            << QStringLiteral("2024-05-01_ Morning coffee ☕_");
        QTest::newRow("unknown variable kept literally")
            << QStringLiteral("{foo} {title}") << title << host << qint64(60)
            << QStringLiteral("{foo} Morning coffee ☕");
        QTest::newRow("empty template falls back")
            << QString() << title << host << qint64(60) << QStringLiteral("Space 1YqKDqWqdPLxV");
        QTest::newRow("dots-only template falls back")
            << QStringLiteral("../.../.") << title << host << qint64(60)
            << QStringLiteral("Space 1YqKDqWqdPLxV");
    }
    void render() {
        QFETCH(QString, templ);
        QFETCH(QString, title);
        QFETCH(QString, host);
        QFETCH(qint64, duration);
        QFETCH(QString, expected);
        FilenameValues values = sampleValues();
        values.title = title;
        values.host = host;
        values.durationSeconds = duration;
        QCOMPARE(FilenameTemplate::render(templ, values), expected);
    }

    void missingDateAndId() {
        FilenameValues values;
        QCOMPARE(FilenameTemplate::render(QStringLiteral("{date} {time} {id}"), values),
                 QStringLiteral("unknown unknown unknown"));
        QCOMPARE(FilenameTemplate::render(QStringLiteral(".."), values),
                 QStringLiteral("Space unknown"));
    }

    void longTitleKeepsTheId_data() {
        QTest::addColumn<QString>("title");
        QTest::newRow("300 x é") << repeat(QStringLiteral("é"), 300);
        QTest::newRow("emoji") << repeat(QStringLiteral("😀"), 80);
        QTest::newRow("ASCII with spaces") << repeat(QStringLiteral("word "), 60);
        QTest::newRow("combining") << repeat(QStringLiteral("q\u0301"), 100);
    }
    void longTitleKeepsTheId() {
        QFETCH(QString, title);
        FilenameValues values = sampleValues();
        values.title = title;
        const QString name = FilenameTemplate::render(FilenameTemplate::defaultTemplate(), values);
        QVERIFY2(utf8Size(name) <= 200, qPrintable(name));
        QVERIFY2(utf8Size(name) >= 190, qPrintable(name));  // shortened, not emptied
        QVERIFY2(name.startsWith(QStringLiteral("2024-05-01 spacetape - ")), qPrintable(name));
        QVERIFY2(name.endsWith(QStringLiteral("… [1YqKDqWqdPLxV]")), qPrintable(name));
        verifySafeComponent(name);
    }

    void longTitleIsCutBetweenWords() {
        FilenameValues values = sampleValues();
        values.title = repeat(QStringLiteral("spaces "), 40);
        const QString name = FilenameTemplate::render(FilenameTemplate::defaultTemplate(), values);
        QVERIFY2(name.endsWith(QStringLiteral(" spaces… [1YqKDqWqdPLxV]")), qPrintable(name));
        QVERIFY(utf8Size(name) <= 200);
    }

    void validate_data() {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("expected");  // empty: fine; else a part of the message
        QTest::newRow("default") << FilenameTemplate::defaultTemplate() << QString();
        QTest::newRow("folders") << QStringLiteral("{host}/{date}/{title}") << QString();
        QTest::newRow("every variable")
            << QStringLiteral("{id}{title}{host}{host_name}{date}{time}{duration}") << QString();
        QTest::newRow("literal only") << QStringLiteral("recording") << QString();
        QTest::newRow("unknown variable")
            << QStringLiteral("{foo} {title}")
            << QStringLiteral(
                   "uses the variable(s) {foo}, which Spacetape does not know. "
                   "Available: {id} {title} {host} {host_name} {date} {time} "
                   "{duration}.");
        QTest::newRow("two unknown, case matters")
            << QStringLiteral("{Title} {bar} {bar}")
            << QStringLiteral("the variable(s) {Title}, {bar}");
        QTest::newRow("unclosed brace") << QStringLiteral("{date} {title")
                                        << QStringLiteral("“{” at position 8 with no closing “}”");
        QTest::newRow("nested brace")
            << QStringLiteral("{ti{tle}") << QStringLiteral("at position 1 with no closing");
        QTest::newRow("empty") << QString() << QStringLiteral("template is empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("template is empty");
        QTest::newRow("dots only")
            << QStringLiteral("...") << QStringLiteral("gives an empty file name");
        QTest::newRow("parent dirs only")
            << QStringLiteral("../..") << QStringLiteral("gives an empty file name");
        QTest::newRow("separators only")
            << QStringLiteral("///") << QStringLiteral("gives an empty file name");
    }
    void validate() {
        QFETCH(QString, templ);
        QFETCH(QString, expected);
        const Expected<void> checked = FilenameTemplate::check(templ);
        const QString message = checked.error();
        if (expected.isEmpty()) {
            QVERIFY2(checked.ok(), qPrintable(message));
        } else {
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestFilenameTemplate)
#include "tst_filenametemplate.moc"
