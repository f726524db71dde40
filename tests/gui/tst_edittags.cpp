// SPDX-License-Identifier: MIT
// Edit Tags… in the details pane: a saved file's title, artist, date, comment and cover
// change through the dialog (TagLib on a worker thread), read back with TagLib itself;
// the fields the dialog does not show survive; errors stay in the dialog, in words.
#include "DetailsPane.h"
#include "EditTagsDialog.h"
#include "media/AudioAssembler.h"
#include "media/Tagger.h"
#include "queue/QueueEntry.h"
#include "support/Md5Checks.h"
#include "support/AdtsFrames.h"
#include "support/MediaTools.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>

using namespace spacetape;
using namespace spacetape::test;

namespace {

QString itemText(const TagLib::MP4::Tag &tag, const char *key) {
    const TagLib::StringList values = tag.item(key).toStringList();
    return values.isEmpty() ? QString() : QString::fromStdString(values.front().to8Bit(true));
}

}  // namespace

class TestEditTags : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_adts = m_dir.filePath(QStringLiteral("chunk.aac"));
        QCOMPARE(encodeAdts(m_adts, 48000, 2, 2.0), QString());
        m_png = makeImage(m_dir.filePath(QStringLiteral("cover.png")),
                          QStringLiteral("color=blue:s=32x32"));
        QCOMPARE(detectCoverFormat(m_png), CoverFormat::Png);
    }

    void editsTagsOfFinishedFileAndKeepsTheRest() {
        const QString path = saved(QStringLiteral("edit.m4a"));
        const QByteArray pcmBefore = decodedPcmMd5(path);
        QCOMPARE(pcmBefore.size(), 32);

        DetailsPane pane;
        QueueEntry entry;
        entry.key = entry.spaceId = QStringLiteral("1YqKDqWqdPLsV");
        entry.title = sampleTags().title;
        entry.state = EntryState::Done;
        entry.outputPath = path;
        pane.showEntry(entry);
        pane.show();
        QVERIFY(pane.editTagsButton()->isVisible());
        QSignalSpy edited(&pane, &DetailsPane::tagsEdited);

        QTest::mouseClick(pane.editTagsButton(), Qt::LeftButton);
        QPointer<EditTagsDialog> dialog = pane.editTagsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isBusy());
        QCOMPARE(dialog->errorText(), QString());
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("tagTitle"));
        auto *artist = dialog->findChild<QLineEdit *>(QStringLiteral("tagArtist"));
        auto *hasDate = dialog->findChild<QCheckBox *>(QStringLiteral("tagHasDate"));
        auto *date = dialog->findChild<QDateTimeEdit *>(QStringLiteral("tagDate"));
        auto *comment = dialog->findChild<QPlainTextEdit *>(QStringLiteral("tagComment"));
        QVERIFY(title && artist && hasDate && date && comment);
        QCOMPARE(title->text(), sampleTags().title);  // what the download wrote
        QVERIFY(hasDate->isChecked());

        title->setText(QStringLiteral("Edited title"));
        artist->setText(QStringLiteral("Grace Hopper"));
        const QDateTime when(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC);
        date->setDateTime(when.toLocalTime());
        comment->setPlainText(QStringLiteral("Edited comment"));
        QVERIFY(dialog->setCoverFromFile(m_dir.filePath(QStringLiteral("cover.png"))));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("tagSave")),
                          Qt::LeftButton);

        QTRY_COMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), entry.key);
        QTRY_VERIFY(!dialog);  // closed (and deleted) after saving

        const TagLib::MP4::File file(QFile::encodeName(path).constData(), false);
        QVERIFY(file.isValid());
        const TagLib::MP4::Tag &tag = *file.tag();
        QCOMPARE(itemText(tag, "\251nam"), QStringLiteral("Edited title"));
        QCOMPARE(itemText(tag, "\251ART"), QStringLiteral("Grace Hopper"));
        QCOMPARE(itemText(tag, "\251day"), QStringLiteral("2025-03-04T05:06:07Z"));
        QCOMPARE(itemText(tag, "\251cmt"), QStringLiteral("Edited comment"));
        const TagLib::MP4::CoverArtList covers = tag.item("covr").toCoverArtList();
        QCOMPARE(covers.size(), 1u);
        QCOMPARE(covers.front().format(), TagLib::MP4::CoverArt::PNG);
        QCOMPARE(QByteArray(covers.front().data().data(), int(covers.front().data().size())),
                 m_png);
        // Not in the dialog, so as the download wrote them.
        QCOMPARE(itemText(tag, "tven"), sampleTags().spaceId);
        QCOMPARE(itemText(tag, "aART"), QStringLiteral("@") + sampleTags().hostHandle);
        QCOMPARE(itemText(tag, "desc"), sampleTags().description);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(path), pcmBefore);
    }

    void removingTheCoverAndTheDateRemovesTheirItems() {
        const QString path = saved(QStringLiteral("remove.m4a"), m_png);
        EditTagsDialog dialog(path);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("tagRemoveCover"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!remove->isEnabled());
        dialog.findChild<QCheckBox *>(QStringLiteral("tagHasDate"))->setChecked(false);
        QSignalSpy saved(&dialog, &EditTagsDialog::saved);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("tagSave")),
                          Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);

        const auto read = Tagger::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read->cover.isEmpty());
        QVERIFY(!read->startedAt.isValid());
        QCOMPARE(read->title, sampleTags().title);
    }

    void readOnlyFileSaysSoAndStaysOpen() {
        const QString path = saved(QStringLiteral("readonly.m4a"));
        EditTagsDialog dialog(path);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        // root writes to 0400 files anyway: the immutable flag stops root too (ext4, tmpfs).
        bool immutable = false;
        if (QFile(path).open(QIODevice::Append)) {
            immutable =
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
            if (!immutable || QFile(path).open(QIODevice::Append))
                QSKIP("cannot make a file read-only here (root without chattr)");
        }
        const auto restore = qScopeGuard([&] {
            if (immutable)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        });
        QSignalSpy failed(&dialog, &EditTagsDialog::saveFailed);
        dialog.findChild<QLineEdit *>(QStringLiteral("tagTitle"))->setText(QStringLiteral("x"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("tagSave")),
                          Qt::LeftButton);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("read-only")),
                 qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(Tagger::read(path)->title, sampleTags().title);
    }

    void missingFileAndNonMp4AreNamedAndSaveIsOff() {
        const QString gone = m_dir.filePath(QStringLiteral("gone.m4a"));
        const QString text = m_dir.filePath(QStringLiteral("notes.m4a"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        const QList<QPair<QString, QString>> cases = {{gone, QStringLiteral("does not exist")},
                                                      {text, QStringLiteral("not a readable M4A")}};
        for (const auto &[path, expected] : cases) {
            EditTagsDialog dialog(path);
            dialog.show();
            QSignalSpy loaded(&dialog, &EditTagsDialog::loaded);
            QTRY_COMPARE(loaded.count(), 1);
            QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("tagSave"))->isEnabled());
            QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("tagTitle"))->isEnabled());
        }
        QVERIFY(!QFile::exists(gone));
    }

    void unreadableCoverImageIsRefused() {
        const QString path = saved(QStringLiteral("badcover.m4a"));
        const QString junk = m_dir.filePath(QStringLiteral("junk.jpg"));
        {
            QFile file(junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not an image at all");
        }
        EditTagsDialog dialog(path);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!dialog.setCoverFromFile(junk));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("not an image")),
                 qPrintable(dialog.errorText()));
    }

    void aFifoOrADeviceIsNotReadAsACover() {
        // Issue 23 (11): the picker offers any path. A FIFO blocked the window for ever (the
        // open waits for a writer) and /dev/zero, size 0 to QFileInfo, filled the memory.
        const QString path = saved(QStringLiteral("fifocover.m4a"));
        EditTagsDialog dialog(path);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        const QString fifo = m_dir.filePath(QStringLiteral("cover-fifo.png"));
        if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
            QSKIP("mkfifo is not available here");
        QVERIFY(!dialog.setCoverFromFile(fifo));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("not a regular file")),
                 qPrintable(dialog.errorText()));
        if (QFileInfo(QStringLiteral("/dev/zero")).exists()) {
            QVERIFY(!dialog.setCoverFromFile(QStringLiteral("/dev/zero")));
            QVERIFY2(dialog.errorText().contains(QStringLiteral("not a regular file")),
                     qPrintable(dialog.errorText()));
        }
        // A regular image still works after the refusals.
        QVERIFY(dialog.setCoverFromFile(m_dir.filePath(QStringLiteral("cover.png"))));
        QVERIFY(dialog.errorText().isEmpty());
    }

    void onlySavedFilesOfferEditing() {
        DetailsPane pane;
        QueueEntry entry;
        entry.key = entry.spaceId = QStringLiteral("1YqKDqWqdPLsV");
        entry.state = EntryState::Downloading;
        pane.showEntry(entry);
        pane.show();
        QVERIFY(!pane.editTagsButton()->isVisible());
    }

private:
    /// A file saved the way a download saves it: AudioAssembler muxes and tags it.
    QString saved(const QString &name, const QByteArray &cover = {}) {
        const QString path = m_dir.filePath(name);
        SpaceTags tags = sampleTags();
        tags.cover = cover;
        const auto report = AudioAssembler::assemble({ChunkFile{0, m_adts, {}}}, tags, path);
        if (!report)
            qWarning("%s", qPrintable(report.error()));
        return path;
    }

    QTemporaryDir m_dir;
    QString m_adts;
    QByteArray m_png;
};

QTEST_MAIN(TestEditTags)
#include "tst_edittags.moc"
