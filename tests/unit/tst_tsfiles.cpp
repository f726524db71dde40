// SPDX-License-Identifier: MIT
// The shipped translations (resources/translations/spacetape_{de,ja}.ts, and spacetape_en.ts
// with English's plural forms only) are complete and current: lupdate run over today's sources
// finds no text the files lack, and every message has a finished translation that keeps the
// source's placeholders.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    bool plural = false;
    QString translationType;  ///< "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList forms;        ///< the translation, or its numerus forms
};

QList<TsMessage> readTs(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{};
            current.context = context;
            current.plural = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.plural)
                current.forms << xml.readElementText();
        } else if (name == u"numerusform") {
            current.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString tsPath(const QString &language) {
    return QStringLiteral(SPACETAPE_SOURCE_DIR "/resources/translations/spacetape_%1.ts")
        .arg(language);
}

}  // namespace

class TestTsFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void filesAreCurrentWithTheSources_data() { everyMessageIsTranslated_data(); }
    void filesAreCurrentWithTheSources();
};

void TestTsFiles::everyMessageIsTranslated_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("German") << QStringLiteral("de") << false;
    QTest::newRow("Japanese") << QStringLiteral("ja") << false;
    QTest::newRow("English plurals") << QStringLiteral("en") << true;
}

void TestTsFiles::everyMessageIsTranslated() {
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > (pluralOnly ? 5 : 400));
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(70);
        if (!m.translationType.isEmpty())
            problems << QStringLiteral("%1 (%2)").arg(where, m.translationType);
        else if (m.forms.isEmpty() || std::any_of(m.forms.begin(), m.forms.end(),
                                                  [](const QString &f) { return f.isEmpty(); }))
            problems << QStringLiteral("%1 (empty)").arg(where);
        else if (std::any_of(m.forms.begin(), m.forms.end(), [&](const QString &f) {
                     // A plural form may leave out %n ("one file"); every other marker stays.
                     QSet<QString> expected = placeholders(m.source);
                     QSet<QString> got = placeholders(f);
                     if (m.plural) {
                         expected.remove(QStringLiteral("%n"));
                         got.remove(QStringLiteral("%n"));
                     }
                     return expected != got;
                 }))
            problems << QStringLiteral("%1 (placeholders differ)").arg(where);
    }
    for (const QString &problem : std::as_const(problems))
        qInfo().noquote() << problem;
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 message(s) not translated, listed above").arg(problems.size())));
}

void TestTsFiles::filesAreCurrentWithTheSources() {
    // lupdate over a copy: a text in the code that the shipped file lacks comes back as new.
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    const QString root = QStringLiteral(SPACETAPE_SOURCE_DIR);
    QStringList options;
    if (pluralOnly)
        options << QStringLiteral("-pluralonly");
    lupdate.start(
        QStringLiteral(SPACETAPE_LUPDATE),
        options + QStringList{
                      QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                      QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp"),
                      // Include paths: tr() contexts come from the class declarations in headers.
                      QStringLiteral("-I"), root + QStringLiteral("/core"), QStringLiteral("-I"),
                      root + QStringLiteral("/ui"), QStringLiteral("-I"),
                      root + QStringLiteral("/app"), root + QStringLiteral("/core"),
                      root + QStringLiteral("/ui"), root + QStringLiteral("/app"),
                      QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString output = QString::fromUtf8(lupdate.readAll());
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<TsMessage> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const TsMessage &m : updated) {
        if (m.translationType == u"unfinished")
            missing << m.context + QStringLiteral(": ") + m.source.left(70);
    }
    for (const QString &text : std::as_const(missing))
        qInfo().noquote() << text;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) in the code are missing from %2: run "
                                       "`cmake --build BUILD --target update_translations` "
                                       "and translate them. lupdate said:\n%3")
                            .arg(missing.size())
                            .arg(tsPath(language), output)));
}

QTEST_GUILESS_MAIN(TestTsFiles)
#include "tst_tsfiles.moc"
