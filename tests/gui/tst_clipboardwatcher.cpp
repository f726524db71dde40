// SPDX-License-Identifier: MIT
// The opt-in clipboard watch: reports newly copied Space links only when enabled, never bare
// IDs, never Spaces already queued, never the same copy twice.
#include "ClipboardWatcher.h"

#include <QApplication>
#include <QClipboard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace spacetape;

namespace {
const QString kA = QStringLiteral("1YqKDqWqdPLxV");
const QString kB = QStringLiteral("1OwxWXwaAMMGQ");
QString canonical(const QString &id) {
    return QStringLiteral("https://x.com/i/spaces/") + id;
}
}  // namespace

class TestClipboardWatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reportsOnlyWhenEnabled() {
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("https://x.com/i/spaces/%1").arg(kA));
        ClipboardWatcher watcher(clipboard, [](const QString &) { return false; });
        QSignalSpy copied(&watcher, &ClipboardWatcher::spaceLinksCopied);

        clipboard->setText(QStringLiteral("https://twitter.com/i/spaces/%1/peek").arg(kB));
        QCOMPARE(copied.size(), 0);  // off by default

        watcher.setEnabled(true);
        QCOMPARE(copied.size(), 0);  // what was already there is not news
        clipboard->setText(QStringLiteral("listen: https://x.com/i/spaces/%1?s=20 and "
                                          "https://x.com/i/spaces/%2")
                               .arg(kA, kB));
        QTRY_COMPARE(copied.size(), 1);
        QCOMPARE(copied.at(0).at(0).toStringList(), (QStringList{canonical(kA), canonical(kB)}));

        watcher.setEnabled(false);
        clipboard->setText(QStringLiteral("https://x.com/i/spaces/%1/").arg(kA));
        QCOMPARE(copied.size(), 1);
    }

    void ignoresBareIdsKnownSpacesAndRepeats() {
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        QSet<QString> queued{kA};
        ClipboardWatcher watcher(clipboard,
                                 [&queued](const QString &id) { return queued.contains(id); });
        watcher.setEnabled(true);
        QSignalSpy copied(&watcher, &ClipboardWatcher::spaceLinksCopied);

        clipboard->setText(kB);  // a word that merely looks like an ID
        clipboard->setText(QStringLiteral("https://x.com/i/spaces/%1").arg(kA));  // queued
        clipboard->setText(QStringLiteral("https://x.com/someone/status/1234567890123456789"));
        QCOMPARE(copied.size(), 0);

        const QString link = QStringLiteral("https://x.com/i/spaces/%1").arg(kB);
        clipboard->setText(link);
        QTRY_COMPARE(copied.size(), 1);
        clipboard->setText(link);  // the same copy again
        QCOMPARE(copied.size(), 1);
        QCOMPARE(watcher.newSpaceLinks(link), QStringList{canonical(kB)});
        queued.insert(kB);
        QVERIFY(watcher.newSpaceLinks(link).isEmpty());
    }
};

QTEST_MAIN(TestClipboardWatcher)
#include "tst_clipboardwatcher.moc"
