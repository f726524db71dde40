// SPDX-License-Identifier: MIT
// Tagger round-trips our fields, keeps other items, and edits a big file in
// place (the padding M4aWriter leaves is what makes that possible).
#include "media/AudioFormat.h"
#include "media/M4aWriter.h"
#include "media/Tagger.h"
#include "support/AdtsFrames.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "support/Mp4Inspect.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>

using namespace spacetape;
using namespace spacetape::test;

namespace {

/// Muxes @p frames repeated @p repeats times (decodability is beside the point there),
/// then tags the file with Tagger: the two steps AudioAssembler takes.
QString mux(const QString &path, const AdtsFrames &frames, int repeats, const SpaceTags &tags) {
    std::vector<quint32> sizes;
    for (int r = 0; r < repeats; ++r) {
        for (const QByteArray &p : frames.payloads)
            sizes.push_back(quint32(p.size()));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    M4aWriter writer(&out);
    if (auto r = writer.begin(frames.format, sizes, tags.startedAt); !r)
        return r.error();
    for (int r = 0; r < repeats; ++r) {
        for (const QByteArray &p : frames.payloads) {
            if (auto w = writer.writeFrame(p.constData(), p.size()); !w)
                return w.error();
        }
    }
    if (auto r = writer.finish(); !r)
        return r.error();
    if (!out.commit())
        return out.errorString();
    const auto tagged = Tagger::write(path, tags);
    return tagged ? QString() : tagged.error();
}

/// The muxer's output before any tagging (what AudioAssembler hands to Tagger).
QString muxUntagged(const QString &path, const AdtsFrames &frames, int repeats) {
    std::vector<quint32> sizes;
    for (int r = 0; r < repeats; ++r) {
        for (const QByteArray &p : frames.payloads)
            sizes.push_back(quint32(p.size()));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    M4aWriter writer(&out);
    if (auto r = writer.begin(frames.format, sizes); !r)
        return r.error();
    for (int r = 0; r < repeats; ++r) {
        for (const QByteArray &p : frames.payloads) {
            if (auto w = writer.writeFrame(p.constData(), p.size()); !w)
                return w.error();
        }
    }
    if (auto r = writer.finish(); !r)
        return r.error();
    return out.commit() ? QString() : out.errorString();
}

void compareTags(const SpaceTags &actual, const SpaceTags &expected) {
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.hostName, expected.hostName);
    QCOMPARE(actual.hostHandle, expected.hostHandle);
    QCOMPARE(actual.startedAt, expected.startedAt);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.comment, expected.comment);
    QCOMPARE(actual.spaceId, expected.spaceId);
    QCOMPARE(actual.link, expected.link);
    QCOMPARE(actual.cover, expected.cover);
    // Speakers have no item of their own: they are folded into description/comment.
    QVERIFY(actual.speakers.isEmpty());
}

}  // namespace

class TestTagger : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCOMPARE(encodeAdts(m_dir.filePath(QStringLiteral("in.aac")), 48000, 2, 3.0), QString());
        m_frames = readAdts(m_dir.filePath(QStringLiteral("in.aac")));
        QVERIFY(!m_frames.payloads.isEmpty());
        m_png = makeImage(m_dir.filePath(QStringLiteral("cover.png")),
                          QStringLiteral("color=red:s=64x64"));
        QCOMPARE(detectCoverFormat(m_png), CoverFormat::Png);
        // Noise compresses badly: ~50 KB, the size of a large avatar.
        m_jpeg = makeImage(m_dir.filePath(QStringLiteral("cover.jpg")),
                           QStringLiteral("nullsrc=s=272x272,geq=random(1)*255:128:128"),
                           {QStringLiteral("-q:v"), QStringLiteral("2")});
        QCOMPARE(detectCoverFormat(m_jpeg), CoverFormat::Jpeg);
        QVERIFY2(m_jpeg.size() > 40000 && m_jpeg.size() < 80000,
                 qPrintable(QString::number(m_jpeg.size())));
    }

    void roundTripsEveryFieldWithoutTouchingAudio() {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.m4a"));
        QCOMPARE(mux(path, m_frames, 1, SpaceTags{}), QString());
        const QByteArray pcmBefore = decodedPcmMd5(path);
        QCOMPARE(pcmBefore.size(), 32);

        SpaceTags tags = sampleTags();
        tags.cover = m_png;
        QVERIFY(Tagger::write(path, tags));
        const auto read = Tagger::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        compareTags(*read, tags);

        SPACETAPE_COMPARE_MD5(decodedPcmMd5(path), pcmBefore);
        QCOMPARE(decodeErrors(path), QByteArray());
        const QJsonObject fileTags =
            probe(path).value("format").toObject().value("tags").toObject();
        QCOMPARE(fileTags.value("title").toString(), tags.title);
        QCOMPARE(fileTags.value("album_artist").toString(), QStringLiteral("@ada"));
        QCOMPARE(fileTags.value("episode_id").toString(), tags.spaceId);
    }

    void readsWhatTheMuxerWrote() {
        const QString path = m_dir.filePath(QStringLiteral("muxed.m4a"));
        SpaceTags tags = sampleTags();
        tags.cover = m_jpeg;
        QCOMPARE(mux(path, m_frames, 1, tags), QString());
        const auto read = Tagger::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        compareTags(*read, tags);

        // A second parser agrees with ffprobe on the stream: mdhd and esds are sound.
        const TagLib::MP4::File file(QFile::encodeName(path).constData(), true);
        const TagLib::MP4::Properties *audio = file.audioProperties();
        QVERIFY(audio);
        QCOMPARE(audio->sampleRate(), 48000);
        QCOMPARE(audio->channels(), 2);
        QCOMPARE(audio->codec(), TagLib::MP4::Properties::AAC);
        QCOMPARE(audio->lengthInMilliseconds(),
                 int(qint64(m_frames.payloads.size()) * 1024 * 1000 / 48000));
        QVERIFY(audio->bitrate() > 32 && audio->bitrate() < 256);
    }

    void emptyFieldsRemoveOurItemsAndKeepOthers() {
        const QString path = m_dir.filePath(QStringLiteral("replace.m4a"));
        SpaceTags tags = sampleTags();
        tags.cover = m_png;
        QCOMPARE(mux(path, m_frames, 1, tags), QString());
        {
            // An item that is not ours, e.g. added by the user's tag editor.
            TagLib::MP4::File file(QFile::encodeName(path).constData(), false);
            file.tag()->setItem("\251gen", TagLib::StringList(TagLib::String("Podcast")));
            QVERIFY(file.save());
        }

        SpaceTags replacement;
        replacement.title = QStringLiteral("New title");
        replacement.cover = m_jpeg;
        QVERIFY(Tagger::write(path, replacement));
        const auto read = Tagger::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        compareTags(*read, replacement);

        TagLib::MP4::File file(QFile::encodeName(path).constData(), false);
        QCOMPARE(file.tag()->item("\251gen").toStringList().toString(), TagLib::String("Podcast"));
        QCOMPARE(file.tag()->item("covr").toCoverArtList().front().format(),
                 TagLib::MP4::CoverArt::JPEG);
    }

    void editsBigFileInPlace() {
        const QString path = m_dir.filePath(QStringLiteral("big.m4a"));
        const qint64 oneCopy = [&] {
            qint64 bytes = 0;
            for (const QByteArray &p : m_frames.payloads)
                bytes += p.size();
            return bytes;
        }();
        const int repeats = int((100 << 20) / oneCopy) + 1;
        QCOMPARE(mux(path, m_frames, repeats, sampleTags()), QString());
        const qint64 sizeBefore = QFileInfo(path).size();
        QVERIFY(sizeBefore > 100 << 20);
        const qint64 mdatBefore = mdatOffset(path);
        QVERIFY(mdatBefore > 0);
        const QByteArray audioBefore = md5From(path, mdatBefore);

        SpaceTags tags = sampleTags();
        tags.description += QStringLiteral(" — and a longer description added after saving");
        tags.cover = m_jpeg;
        const auto written = Tagger::write(path, tags);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(mdatOffset(path), mdatBefore);
        SPACETAPE_COMPARE_MD5(md5From(path, mdatBefore), audioBefore);
        const auto read = Tagger::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        compareTags(*read, tags);
    }

    void firstTaggingOfMuxedFileDoesNotMoveAudio() {
        // The production path: the muxer leaves an empty ilst and padding, TagLib
        // fills them. Every field and a ~50 KB cover fit, so nothing after moov moves.
        const QString path = m_dir.filePath(QStringLiteral("first.m4a"));
        QCOMPARE(muxUntagged(path, m_frames, 20), QString());
        const qint64 sizeBefore = QFileInfo(path).size();
        const qint64 mdatBefore = mdatOffset(path);
        QVERIFY(mdatBefore > 0);
        const QByteArray audioBefore = md5From(path, mdatBefore);
        QCOMPARE(audioBefore.size(), 32);
        {
            const auto untagged = Tagger::read(path);
            QVERIFY2(untagged.ok(), qPrintable(untagged.error()));
            compareTags(*untagged, SpaceTags{});
        }

        SpaceTags tags = sampleTags();
        tags.cover = m_jpeg;
        const auto written = Tagger::write(path, tags);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(mdatOffset(path), mdatBefore);
        SPACETAPE_COMPARE_MD5(md5From(path, mdatBefore), audioBefore);
        const auto read = Tagger::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        compareTags(*read, tags);
    }

    void coverBiggerThanPaddingMovesAudioWithItsIndex() {
        // Past the padding TagLib has to shift mdat; it rewrites stco, so the
        // audio still decodes to the same samples.
        const QString path = m_dir.filePath(QStringLiteral("bigcover.m4a"));
        QCOMPARE(muxUntagged(path, m_frames, 1), QString());
        const QByteArray pcmBefore = decodedPcmMd5(path);
        QCOMPARE(pcmBefore.size(), 32);
        const qint64 mdatBefore = mdatOffset(path);
        const QByteArray audioBefore = md5From(path, mdatBefore);

        SpaceTags tags = sampleTags();
        tags.cover = makeImage(m_dir.filePath(QStringLiteral("huge.png")),
                               QStringLiteral("nullsrc=s=400x400,geq=random(1)*255:128:128"));
        QVERIFY2(tags.cover.size() > M4aWriter::kTagPadding,
                 qPrintable(QString::number(tags.cover.size())));
        const auto written = Tagger::write(path, tags);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        const qint64 mdatAfter = mdatOffset(path);
        QVERIFY(mdatAfter > mdatBefore);
        SPACETAPE_COMPARE_MD5(md5From(path, mdatAfter), audioBefore);
        QCOMPARE(decodeErrors(path), QByteArray());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(path), pcmBefore);
        const auto read = Tagger::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        compareTags(*read, tags);
    }

    void missingFileIsNamed() {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.m4a"));
        const auto read = Tagger::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains("does not exist") && read.error().contains(path),
                 qPrintable(read.error()));
        const auto written = Tagger::write(path, sampleTags());
        QVERIFY(!written);
        QVERIFY2(written.error().contains("does not exist"), qPrintable(written.error()));
        QVERIFY(!QFile::exists(path));
    }

    void garbageFileIsRefused() {
        const QString path = m_dir.filePath(QStringLiteral("garbage.m4a"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray junk(4096, '\0');
            for (int i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 7919) ^ (i >> 3));
            file.write("this is not an MP4 file\n");
            file.write(junk);
        }
        const QByteArray before = md5From(path, 0);
        const auto read = Tagger::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains("not a readable M4A"), qPrintable(read.error()));
        const auto written = Tagger::write(path, sampleTags());
        QVERIFY(!written);
        QVERIFY2(written.error().contains("not a readable M4A"), qPrintable(written.error()));
        SPACETAPE_COMPARE_MD5(md5From(path, 0), before);
    }

    void unknownCoverFormatIsRefused() {
        const QString path = m_dir.filePath(QStringLiteral("gif.m4a"));
        QCOMPARE(mux(path, m_frames, 1, SpaceTags{}), QString());
        SpaceTags tags;
        tags.cover = QByteArrayLiteral("GIF89a....");
        const auto written = Tagger::write(path, tags);
        QVERIFY(!written);
        QVERIFY2(written.error().contains("neither JPEG nor PNG"), qPrintable(written.error()));
    }

private:
    QTemporaryDir m_dir;
    AdtsFrames m_frames;
    QByteArray m_png;
    QByteArray m_jpeg;
};

QTEST_GUILESS_MAIN(TestTagger)
#include "tst_tagger.moc"
