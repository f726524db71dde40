// SPDX-License-Identifier: MIT
// spacetape-cli speaks the system language: its own messages, core's messages and --help in
// German and Japanese, English in the C locale; the --json lines scripts read keep the same
// keys and event names whatever the language.
#include "fake/FakeSpaceRig.h"
#include "support/ChunkFixture.h"
#include "support/CliProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace spacetape;
using namespace spacetape::test;

namespace {

const QString kSpaceId = QStringLiteral("1YqKDqWqdPLxV");

/// The CLI's environment under @p home with every locale variable set to @p locale.
QProcessEnvironment environmentFor(const QString &home, const QString &locale) {
    QProcessEnvironment env = cliEnvironment(home);
    env.remove(QStringLiteral("LANGUAGE"));
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        env.insert(QString::fromLatin1(name), locale);
    return env;
}

/// Each --json line's event name with its sorted keys, e.g. "progress: bytes,done,event,...".
QStringList jsonShapes(const QByteArray &out) {
    QStringList shapes;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QStringList keys = object.keys();
        keys.sort();
        const QString shape = object.value(QStringLiteral("event")).toString() +
                              QStringLiteral(": ") + keys.join(u',');
        if (!shapes.contains(shape))
            shapes << shape;
    }
    return shapes;
}

}  // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT

    QTemporaryDir m_media;
    std::optional<ChunkFixture> m_fixture;

    CliRun run(const QStringList &args, const QString &locale, const QString &home) {
        return runCli(args, environmentFor(home, locale));
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_fixture = makeEncodedChunkFixture(m_media.path(), 20.0, &error);
        QVERIFY2(m_fixture, qPrintable(error));
    }

    void messages_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("nothingToDo");
        QTest::addColumn<QString>("helpLine");
        QTest::newRow("C") << QStringLiteral("C.UTF-8")
                           << QStringLiteral("nothing to do: give a Space link, ID or playlist.")
                           << QStringLiteral("Save files into DIR (default: .).");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8")
                                << QStringLiteral("nichts zu tun: Geben Sie einen Space-Link")
                                << QStringLiteral("Dateien in DIR speichern (Standard: .).");
        QTest::newRow("Japanese") << QStringLiteral("ja_JP.UTF-8")
                                  << QStringLiteral("処理する対象がありません")
                                  << QStringLiteral("ファイルを DIR に保存します（既定: .）。");
    }

    void messages() {
        QFETCH(QString, locale);
        QFETCH(QString, nothingToDo);
        QFETCH(QString, helpLine);
        QTemporaryDir home;

        const CliRun usage = run({}, locale, home.path());
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(QString::fromUtf8(usage.err).contains(nothingToDo), usage.err.constData());

        const CliRun help = run({QStringLiteral("--help")}, locale, home.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(QString::fromUtf8(help.out).contains(helpLine), help.out.constData());
        // Option names are the contract: never translated.
        QVERIFY(help.out.contains("--output-dir"));
        QVERIFY(help.out.contains("--if-exists"));
    }

    void coreMessagesFollowTheLanguage() {
        // A message made in core (the link check), not in the CLI: same language as the CLI's.
        QTemporaryDir home;
        const QStringList args{QStringLiteral("https://example.com/not/a/space")};
        const CliRun english = run(args, QStringLiteral("C.UTF-8"), home.path());
        const CliRun german = run(args, QStringLiteral("de_DE.UTF-8"), home.path());
        const CliRun japanese = run(args, QStringLiteral("ja_JP.UTF-8"), home.path());
        QVERIFY(english.exitCode != 0);
        QCOMPARE(german.exitCode, english.exitCode);
        QCOMPARE(japanese.exitCode, english.exitCode);
        QVERIFY2(english.err.contains("A Space link looks like"), english.err.constData());
        QVERIFY2(!german.err.contains("A Space link looks like") &&
                     QString::fromUtf8(german.err).contains(QStringLiteral("Space-Link")),
                 german.err.constData());
        QVERIFY2(!japanese.err.contains("A Space link looks like") &&
                     QString::fromUtf8(japanese.err).contains(QStringLiteral("スペース")),
                 japanese.err.constData());
    }

    void jsonLinesKeepTheirShapeInEveryLanguage() {
        FakeSpaceRig rig(*m_fixture);
        rig.x().addSpace(rig.makeSpace(kSpaceId));
        QStringList shapesByLocale[2];
        const QString locales[2] = {QStringLiteral("C.UTF-8"), QStringLiteral("de_DE.UTF-8")};
        for (int i = 0; i < 2; ++i) {
            QTemporaryDir home;
            const QString out = home.filePath(QStringLiteral("out"));
            const CliRun saved =
                run({QStringLiteral("--api-origin"), rig.apiOrigin().toString(),
                     QStringLiteral("--json"), kSpaceId, QStringLiteral("-o"), out},
                    locales[i], home.path());
            QVERIFY2(saved.exitCode == 0, saved.err.constData());
            QCOMPARE(QDir(out).entryList({QStringLiteral("*.m4a")}).size(), 1);
            shapesByLocale[i] = jsonShapes(saved.out);
            QVERIFY2(shapesByLocale[i].size() >= 2, saved.out.constData());
        }
        QCOMPARE(shapesByLocale[1], shapesByLocale[0]);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
