// SPDX-License-Identifier: MIT
// "No user-visible string escapes tr()": every string literal in core/, ui/ and app/ that reads
// like English prose must be an argument of tr(), QCoreApplication::translate() or a
// QT_TR_NOOP-style marker. Log lines (qCDebug, qCWarning, ...) are for developers and stay
// English. A literal that is prose but never shown to a person in their language (a header
// value X expects, a machine-readable JSON field, a phrase compared with X's answer) carries a
// `// not-translated: <why>` comment on its line or on the line above.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// One string literal (adjacent literals joined) and whether its context exempts it.
struct Literal {
    int line = 0;
    QString text;
    bool exempt = false;
};

bool isIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

const QStringList &translatingCalls() {
    static const QStringList names{QStringLiteral("tr"),
                                   QStringLiteral("translate"),
                                   QStringLiteral("QT_TR_NOOP"),
                                   QStringLiteral("QT_TR_N_NOOP"),
                                   QStringLiteral("QT_TRANSLATE_NOOP"),
                                   QStringLiteral("QT_TRANSLATE_N_NOOP"),
                                   QStringLiteral("QT_TRANSLATE_NOOP3"),
                                   QStringLiteral("qtTrId"),
                                   QStringLiteral("Q_ASSERT_X"),
                                   QStringLiteral("static_assert"),
                                   QStringLiteral("Q_DECLARE_TR_FUNCTIONS")};
    return names;
}

const QStringList &logStatementHeads() {
    static const QStringList names{
        QStringLiteral("qCDebug"),    QStringLiteral("qCInfo"),    QStringLiteral("qCWarning"),
        QStringLiteral("qCCritical"), QStringLiteral("qDebug"),    QStringLiteral("qInfo"),
        QStringLiteral("qWarning"),   QStringLiteral("qCritical"), QStringLiteral("qFatal")};
    return names;
}

/// A small C++ tokenizer: enough to find string literals, the calls they are arguments of and
/// the statement they belong to. Comments and preprocessor lines are skipped.
class LiteralScanner {
public:
    explicit LiteralScanner(const QString &source) : m_src(source) {}

    QList<Literal> scan() {
        markExemptLines();
        QList<Literal> out;
        int line = 1;
        QStringList parenCalls;  // the identifier before each open '(' (empty if none)
        QString statementHead;   // the first identifier of the current statement
        QString lastIdent;
        bool lastWasLiteral = false;
        bool atLineStart = true;
        const int n = int(m_src.size());
        for (int i = 0; i < n;) {
            const QChar c = m_src[i];
            if (c == u'\n') {
                ++line;
                ++i;
                atLineStart = true;
                continue;
            }
            if (c.isSpace()) {
                ++i;
                continue;
            }
            if (atLineStart && c == u'#') {  // preprocessor line, with continuations
                while (i < n && m_src[i] != u'\n') {
                    if (m_src[i] == u'\\' && i + 1 < n && m_src[i + 1] == u'\n') {
                        ++line;
                        ++i;
                    }
                    ++i;
                }
                continue;
            }
            atLineStart = false;
            if (m_src.mid(i, 2) == QLatin1String("//")) {
                while (i < n && m_src[i] != u'\n')
                    ++i;
                continue;
            }
            if (m_src.mid(i, 2) == QLatin1String("/*")) {
                const int end = int(m_src.indexOf(QLatin1String("*/"), i + 2));
                const int stop = end < 0 ? n : end + 2;
                line += int(QStringView(m_src).mid(i, stop - i).count(u'\n'));
                i = stop;
                continue;
            }
            if (c == u'\'') {  // char literal
                ++i;
                while (i < n && m_src[i] != u'\'') {
                    if (m_src[i] == u'\\')
                        ++i;
                    ++i;
                }
                ++i;
                lastIdent.clear();
                lastWasLiteral = false;
                continue;
            }
            if (c == u'"') {
                const bool raw = lastIdent.endsWith(u'R');
                const int startLine = line;
                QString text = raw ? readRaw(i, line) : readQuoted(i, line);
                const bool exempt = isExempt(parenCalls, statementHead, startLine);
                if (lastWasLiteral && !out.isEmpty()) {
                    out.last().text += text;
                } else {
                    out.append({startLine, text, exempt});
                }
                lastWasLiteral = true;
                lastIdent.clear();
                continue;
            }
            lastWasLiteral = false;
            if (isIdentChar(c)) {
                int j = i;
                while (j < n && isIdentChar(m_src[j]))
                    ++j;
                lastIdent = m_src.mid(i, j - i);
                if (statementHead.isEmpty())
                    statementHead = lastIdent;
                i = j;
                continue;
            }
            if (c == u'(') {
                parenCalls.append(lastIdent);
            } else if (c == u')') {
                if (!parenCalls.isEmpty())
                    parenCalls.removeLast();
            } else if (c == u';' || c == u'{' || c == u'}') {
                statementHead.clear();
            }
            lastIdent.clear();
            ++i;
        }
        return out;
    }

private:
    void markExemptLines() {
        const QStringList lines = m_src.split(u'\n');
        for (int k = 0; k < lines.size(); ++k) {
            if (lines[k].contains(QLatin1String("// not-translated:"))) {
                m_exemptLines.insert(k + 1);
                m_exemptLines.insert(k + 2);
            }
        }
    }

    bool isExempt(const QStringList &parenCalls, const QString &statementHead, int line) const {
        if (m_exemptLines.contains(line) || logStatementHeads().contains(statementHead))
            return true;
        for (const QString &call : parenCalls) {
            if (translatingCalls().contains(call) || logStatementHeads().contains(call))
                return true;
        }
        return false;
    }

    QString readQuoted(int &i, int &line) {
        QString text;
        ++i;  // opening quote
        while (i < m_src.size() && m_src[i] != u'"') {
            if (m_src[i] == u'\\' && i + 1 < m_src.size()) {
                text += m_src[i + 1] == u'n' ? QChar(u' ') : m_src[i + 1];
                i += 2;
                continue;
            }
            if (m_src[i] == u'\n')
                ++line;
            text += m_src[i++];
        }
        ++i;  // closing quote
        return text;
    }

    QString readRaw(int &i, int &line) {
        const int open = int(m_src.indexOf(u'(', i));
        const QString delimiter = u')' + m_src.mid(i + 1, open - i - 1) + u'"';
        const int close = int(m_src.indexOf(delimiter, open));
        const int stop = close < 0 ? int(m_src.size()) : close;
        const QString text = m_src.mid(open + 1, stop - open - 1);
        line += int(text.count(u'\n'));
        i = stop + int(delimiter.size());
        return text;
    }

    const QString m_src;
    QSet<int> m_exemptLines;
};

/// Prose: two words of letters in a row ("Could not", "too large"), after markup is removed.
bool readsLikeProse(const QString &text) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression words(QStringLiteral("\\b[A-Za-z][a-z]+ [a-z]{2,}\\b"));
    QString plain = text;
    plain.remove(tags);
    return words.match(plain).hasMatch();
}

}  // namespace

class TestTrCoverage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scannerFindsWhatItShould();
    void everyProseLiteralIsTranslated();
};

void TestTrCoverage::scannerFindsWhatItShould() {
    const QString sample = QStringLiteral(
        "#include \"some header.h\"\n"
        "// a comment with \"Quoted words here\"\n"
        "void f() {\n"
        "    fail(QStringLiteral(\"Could not read the file\"));\n"
        "    fail(tr(\"Could not write \"\n"
        "           \"the file\"));\n"
        "    qCWarning(lcNet) << \"Request failed badly\";\n"
        "    // not-translated: X's own wording, compared\n"
        "    if (x == QLatin1String(\"Rate limit exceeded\")) {}\n"
        "    auto s = QCoreApplication::translate(\"Ctx\", \"Some text here\");\n"
        "    auto r = QStringLiteral(R\"(Raw prose (with parens) here)\");\n"
        "}\n");
    const QList<Literal> found = LiteralScanner(sample).scan();
    QStringList offenders;
    for (const Literal &l : found) {
        if (!l.exempt && readsLikeProse(l.text))
            offenders << QStringLiteral("%1:%2").arg(l.line).arg(l.text);
    }
    QCOMPARE(offenders, (QStringList{QStringLiteral("4:Could not read the file"),
                                     QStringLiteral("11:Raw prose (with parens) here")}));
}

void TestTrCoverage::everyProseLiteralIsTranslated() {
    const QString root = QStringLiteral(SPACETAPE_SOURCE_DIR);
    QStringList offenders;
    int files = 0;
    for (const QString &dir :
         {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root + u'/' + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            const QString source = QString::fromUtf8(file.readAll());
            for (const Literal &l : LiteralScanner(source).scan()) {
                if (!l.exempt && readsLikeProse(l.text)) {
                    offenders << QStringLiteral("%1:%2: \"%3\"")
                                     .arg(path.mid(root.size() + 1))
                                     .arg(l.line)
                                     .arg(l.text.left(90));
                }
            }
        }
    }
    QVERIFY(files > 100);
    // One line each: QTest shortens long failure messages.
    for (const QString &offender : std::as_const(offenders))
        qInfo().noquote() << offender;
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QStringLiteral("%1 user-visible literal(s) outside tr(), listed above")
                            .arg(offenders.size())));
}

QTEST_GUILESS_MAIN(TestTrCoverage)
#include "tst_trcoverage.moc"
