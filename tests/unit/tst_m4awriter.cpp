// SPDX-License-Identifier: MIT
// The muxer's contract: ffmpeg decodes our .m4a to the same PCM as the ADTS it
// came from, sees every tag (filled in by Tagger, as in production), and the
// index stays right past 4 GiB.
#include "media/AudioFormat.h"
#include "media/M4aWriter.h"
#include "media/Tagger.h"
#include "support/AdtsFrames.h"
#include "support/Md5Checks.h"
#include "support/MediaTools.h"
#include "support/TestPaths.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace spacetape;
using namespace spacetape::test;

namespace {

/// Muxes, then tags with Tagger: the two steps AudioAssembler takes.
QString muxToFile(const QString &path, const AdtsFrames &frames, qsizetype frameCount,
                  const SpaceTags &tags = {}) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    std::vector<quint32> sizes = frames.payloadSizes();
    sizes.resize(size_t(frameCount));
    M4aWriter writer(&out);
    if (auto r = writer.begin(frames.format, sizes, tags.startedAt); !r)
        return r.error();
    for (qsizetype i = 0; i < frameCount; ++i) {
        if (auto r = writer.writeFrame(frames.payloads[i].constData(), frames.payloads[i].size());
            !r)
            return r.error();
    }
    if (auto r = writer.finish(); !r)
        return r.error();
    if (!out.commit())
        return out.errorString();
    const auto tagged = Tagger::write(path, tags);
    return tagged ? QString() : tagged.error();
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

/// Offset of the first child box of @p type in [begin, end), or -1.
qsizetype findBox(const QByteArray &data, qsizetype begin, qsizetype end, const char *type) {
    while (begin + 8 <= end) {
        const quint32 size = qFromBigEndian<quint32>(data.constData() + begin);
        if (data.mid(begin + 4, 4) == type)
            return begin;
        if (size < 8)
            return -1;
        begin += size;
    }
    return -1;
}

/// Follows @p path (each a direct child of the previous box) from the top level.
qsizetype findPath(const QByteArray &data, const QList<const char *> &path) {
    qsizetype begin = 0;
    qsizetype end = data.size();
    qsizetype box = -1;
    for (const char *type : path) {
        box = findBox(data, begin, end, type);
        if (box < 0)
            return -1;
        const quint32 size = qFromBigEndian<quint32>(data.constData() + box);
        begin = box + 8;
        end = std::min<qsizetype>(box + size, data.size());
        if (qstrcmp(type, "stsd") == 0)
            begin += 8;  // version/flags and entry count
    }
    return box;
}

/// Keeps the first bytes written (the header) and only counts the rest.
class HeaderCapture : public QIODevice {
public:
    QByteArray head;
    quint64 total = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override {
        const qint64 keep = std::min<qint64>(size, qint64(64 << 20) - head.size());
        if (keep > 0)
            head.append(data, keep);
        total += quint64(size);
        return size;
    }
};

}  // namespace

class TestM4aWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesBitIdenticalToAdtsWithAllTags_data() {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("frameLimit");  // 0: all
        QTest::newRow("48 kHz stereo") << 48000 << 2 << 0;
        QTest::newRow("44.1 kHz mono") << 44100 << 1 << 0;
        // A whole number of chunks: stsc needs no entry for a shorter last chunk.
        QTest::newRow("48 kHz stereo, 2 full chunks")
            << 48000 << 2 << 2 * M4aWriter::kFramesPerChunk;
    }
    void decodesBitIdenticalToAdtsWithAllTags() {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, frameLimit);
        QTemporaryDir dir;
        const QString adts = dir.filePath(QStringLiteral("in.aac"));
        QCOMPARE(encodeAdts(adts, rate, channels, 5.0), QString());
        const AdtsFrames frames = readAdts(adts);
        QVERIFY(frames.payloads.size() > 2 * M4aWriter::kFramesPerChunk);
        QCOMPARE(frames.format.sampleRate(), rate);
        const qsizetype frameCount = frameLimit ? frameLimit : frames.payloads.size();
        const QString reference = dir.filePath(QStringLiteral("reference.aac"));
        QVERIFY(writeFile(reference, frames.withHeaders.mid(0, frameCount).join()));

        SpaceTags tags = sampleTags();
        tags.cover = makeImage(dir.filePath(QStringLiteral("cover.png")),
                               QStringLiteral("color=red:s=64x64"));
        QCOMPARE(detectCoverFormat(tags.cover), CoverFormat::Png);
        const QString m4a = dir.filePath(QStringLiteral("out.m4a"));
        QCOMPARE(muxToFile(m4a, frames, frameCount, tags), QString());

        const QByteArray expectedMd5 = decodedPcmMd5(reference);
        QCOMPARE(expectedMd5.size(), 32);
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(m4a), expectedMd5);
        QCOMPARE(decodeErrors(m4a), QByteArray());

        const QJsonObject info = probe(m4a);
        const QJsonObject format = info.value("format").toObject();
        QVERIFY2(format.value("format_name").toString().contains("mp4"),
                 qPrintable(format.value("format_name").toString()));
        const QJsonArray streams = info.value("streams").toArray();
        QCOMPARE(streams.size(), 2);
        const QJsonObject audio = streams.at(0).toObject();
        QCOMPARE(audio.value("codec_name").toString(), QStringLiteral("aac"));
        QCOMPARE(audio.value("sample_rate").toString(), QString::number(rate));
        QCOMPARE(audio.value("channels").toInt(), channels);
        const double expectedSeconds = double(frameCount) * 1024 / rate;
        QVERIFY(qAbs(audio.value("duration").toString().toDouble() - expectedSeconds) < 0.001);
        QVERIFY(qAbs(format.value("duration").toString().toDouble() - expectedSeconds) < 0.001);

        const QJsonObject fileTags = format.value("tags").toObject();
        QCOMPARE(fileTags.value("major_brand").toString(), QStringLiteral("M4A "));
        QCOMPARE(fileTags.value("title").toString(), tags.title);
        QCOMPARE(fileTags.value("artist").toString(), tags.hostName);
        QCOMPARE(fileTags.value("album_artist").toString(), QStringLiteral("@ada"));
        QCOMPARE(fileTags.value("date").toString(), QStringLiteral("2026-11-28T10:00:00Z"));
        QCOMPARE(fileTags.value("comment").toString(), tags.comment);
        QCOMPARE(fileTags.value("description").toString(), tags.description);
        QCOMPARE(fileTags.value("episode_id").toString(), tags.spaceId);

        const QJsonObject cover = streams.at(1).toObject();
        QCOMPARE(cover.value("codec_type").toString(), QStringLiteral("video"));
        QCOMPARE(cover.value("codec_name").toString(), QStringLiteral("png"));
        QCOMPARE(cover.value("disposition").toObject().value("attached_pic").toInt(), 1);
        QCOMPARE(cover.value("width").toInt(), 64);
    }

    void jpegCoverIsTaggedAsJpeg() {
        QTemporaryDir dir;
        const QString adts = dir.filePath(QStringLiteral("in.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, 0.5), QString());
        const AdtsFrames frames = readAdts(adts);
        SpaceTags tags;
        tags.cover = makeImage(dir.filePath(QStringLiteral("cover.jpg")),
                               QStringLiteral("color=blue:s=32x32"));
        QCOMPARE(detectCoverFormat(tags.cover), CoverFormat::Jpeg);
        const QString m4a = dir.filePath(QStringLiteral("out.m4a"));
        QCOMPARE(muxToFile(m4a, frames, frames.payloads.size(), tags), QString());
        const QJsonArray streams = probe(m4a).value("streams").toArray();
        QCOMPARE(streams.size(), 2);
        QCOMPARE(streams.at(1).toObject().value("codec_name").toString(), QStringLiteral("mjpeg"));
    }

    void startTimeBecomesCreationTime_data() {
        QTest::addColumn<QDateTime>("startedAt");
        QTest::newRow("32-bit boxes") << QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        // Past 2040-02-06 the seconds since 1904 need version 1 (64-bit) boxes.
        QTest::newRow("64-bit boxes") << QDateTime(QDate(2045, 1, 2), QTime(3, 4, 5), Qt::UTC);
    }
    void startTimeBecomesCreationTime() {
        QFETCH(QDateTime, startedAt);
        QTemporaryDir dir;
        const QString adts = dir.filePath(QStringLiteral("in.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, 0.5), QString());
        const AdtsFrames frames = readAdts(adts);
        SpaceTags tags;
        tags.startedAt = startedAt;
        const QString m4a = dir.filePath(QStringLiteral("out.m4a"));
        QCOMPARE(muxToFile(m4a, frames, frames.payloads.size(), tags), QString());
        QCOMPARE(decodeErrors(m4a), QByteArray());
        const QJsonObject info = probe(m4a);
        const QString created = info.value("format")
                                    .toObject()
                                    .value("tags")
                                    .toObject()
                                    .value("creation_time")
                                    .toString();
        QVERIFY2(created.startsWith(startedAt.toString(Qt::ISODate).chopped(1)),
                 qPrintable(created));
        const double seconds = double(frames.payloads.size()) * 1024 / 48000;
        QVERIFY(qAbs(info.value("streams")
                         .toArray()
                         .at(0)
                         .toObject()
                         .value("duration")
                         .toString()
                         .toDouble() -
                     seconds) < 0.001);
    }

    void oneFrameFileDecodes() {
        QTemporaryDir dir;
        const QString adts = dir.filePath(QStringLiteral("in.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, 1.0), QString());
        const AdtsFrames frames = readAdts(adts);
        QVERIFY(!frames.payloads.isEmpty());
        const QString reference = dir.filePath(QStringLiteral("one.aac"));
        QVERIFY(writeFile(reference, frames.withHeaders.first()));
        const QString m4a = dir.filePath(QStringLiteral("one.m4a"));
        QCOMPARE(muxToFile(m4a, frames, 1), QString());
        QCOMPARE(decodeErrors(m4a), QByteArray());
        SPACETAPE_COMPARE_MD5(decodedPcmMd5(m4a), decodedPcmMd5(reference));
        const QJsonObject audio = probe(m4a).value("streams").toArray().at(0).toObject();
        QCOMPARE(audio.value("codec_name").toString(), QStringLiteral("aac"));
        QCOMPARE(audio.value("duration_ts").toInt(), 1024);
    }

    void zeroFramesAreRefused() {
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        M4aWriter writer(&out);
        const auto result = writer.begin(stereo48k(), {});
        QVERIFY(!result);
        QVERIFY2(result.error().contains("no audio frames"), qPrintable(result.error()));
        QCOMPARE(out.size(), 0);
        QVERIFY(!writer.finish());
    }

    void frameOfWrongSizeIsRefused() {
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        M4aWriter writer(&out);
        QVERIFY(writer.begin(stereo48k(), {100, 200}));
        const QByteArray frame(100, 'a');
        QVERIFY(writer.writeFrame(frame.constData(), frame.size()));
        const auto result = writer.writeFrame(frame.constData(), frame.size());
        QVERIFY(!result);
        QVERIFY2(result.error().contains("frame 2 has 100 bytes") && result.error().contains("200"),
                 qPrintable(result.error()));
        QVERIFY(!writer.finish());  // the writer stays failed: the file must be discarded
    }

    void missingFramesFailFinish() {
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        M4aWriter writer(&out);
        QVERIFY(writer.begin(stereo48k(), {10, 10, 10}));
        QVERIFY(writer.writeFrame("0123456789", 10));
        const auto result = writer.finish();
        QVERIFY(!result);
        QVERIFY2(result.error().contains("1 of 3 frames"), qPrintable(result.error()));
    }

    void extraFrameIsRefused() {
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        M4aWriter writer(&out);
        QVERIFY(writer.begin(stereo48k(), {10}));
        QVERIFY(writer.writeFrame("0123456789", 10));
        QVERIFY(!writer.writeFrame("0123456789", 10));
    }

    void writerLeavesTheTagsToTagger() {
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        M4aWriter writer(&out);
        QVERIFY(writer.begin(stereo48k(), {10}));
        const QByteArray &file = out.data();
        // The structure TagLib needs to edit in place is there, but not one item.
        const qsizetype meta = findPath(file, {"moov", "udta", "meta"});
        QVERIFY(meta > 0);
        const qsizetype metaEnd = meta + qFromBigEndian<quint32>(file.constData() + meta);
        const qsizetype ilst = findBox(file, meta + 12, metaEnd, "ilst");
        QVERIFY(ilst > 0);
        QCOMPARE(qFromBigEndian<quint32>(file.constData() + ilst), 8u);
    }

    void fullDiskIsNamed() {
        QFile out(QStringLiteral("/dev/full"));
        if (!out.open(QIODevice::WriteOnly))
            QSKIP("/dev/full is not available here");
        M4aWriter writer(&out);
        const std::vector<quint32> sizes(64, 4096);
        auto result = writer.begin(stereo48k(), sizes);
        const QByteArray frame(4096, 'x');
        for (size_t i = 0; result && i < sizes.size(); ++i)
            result = writer.writeFrame(frame.constData(), frame.size());
        if (result)
            result = writer.finish();  // the device may buffer until the flush
        QVERIFY(!result);
        QVERIFY2(result.error().contains("disk is full") && result.error().contains("/dev/full"),
                 qPrintable(result.error()));
    }

    void chunkOffsetBoxSwitchesAt4GiB() {
        QVERIFY(!M4aWriter::needsCo64(0));
        QVERIFY(!M4aWriter::needsCo64(0xFFFFFFFFull));
        QVERIFY(M4aWriter::needsCo64(0x100000000ull));
        QCOMPARE(M4aWriter::mdatHeaderSize(100), 8);
        QCOMPARE(M4aWriter::mdatHeaderSize(0xFFFFFFFFull - 8), 8);
        QCOMPARE(M4aWriter::mdatHeaderSize(0xFFFFFFFFull - 7), 16);
    }

    void indexPointsAtEveryChunk_data() {
        QTest::addColumn<quint32>("frameSize");
        QTest::addColumn<int>("frameCount");
        QTest::addColumn<bool>("large");
        QTest::newRow("small: stco, 32-bit mdat") << quint32(300) << 200 << false;
        // 100 × 64 MiB = 6.25 GiB: only the header is built, nothing is stored.
        QTest::newRow("over 4 GiB: co64, 64-bit mdat") << quint32(64 << 20) << 100 << true;
    }
    void indexPointsAtEveryChunk() {
        QFETCH(quint32, frameSize);
        QFETCH(int, frameCount);
        QFETCH(bool, large);
        HeaderCapture out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        M4aWriter writer(&out);
        const std::vector<quint32> sizes(size_t(frameCount), frameSize);
        QVERIFY(writer.begin(stereo48k(), sizes));
        const QByteArray &file = out.head;

        const qsizetype mdat = findPath(file, {"mdat"});
        QVERIFY(mdat > 0);
        const quint64 payload = quint64(frameSize) * quint64(frameCount);
        qsizetype payloadStart = mdat + 8;
        if (large) {
            QCOMPARE(qFromBigEndian<quint32>(file.constData() + mdat), 1u);
            QCOMPARE(qFromBigEndian<quint64>(file.constData() + mdat + 8), payload + 16);
            payloadStart += 8;
        } else {
            QCOMPARE(quint64(qFromBigEndian<quint32>(file.constData() + mdat)), payload + 8);
        }
        QCOMPARE(quint64(file.size()), quint64(payloadStart));

        const QList<const char *> stbl = {"moov", "trak", "mdia", "minf", "stbl"};
        const qsizetype co64 = findPath(file, stbl + QList<const char *>{"co64"});
        const qsizetype stco = findPath(file, stbl + QList<const char *>{"stco"});
        QCOMPARE(co64 > 0, large);
        QCOMPARE(stco > 0, !large);
        const qsizetype box = large ? co64 : stco;
        const quint32 chunks = qFromBigEndian<quint32>(file.constData() + box + 12);
        const int perChunk = M4aWriter::kFramesPerChunk;
        QCOMPARE(chunks, quint32((frameCount + perChunk - 1) / perChunk));
        for (quint32 c = 0; c < chunks; ++c) {
            const char *entry = file.constData() + box + 16 + c * (large ? 8 : 4);
            const quint64 offset =
                large ? qFromBigEndian<quint64>(entry) : qFromBigEndian<quint32>(entry);
            QCOMPARE(offset, quint64(payloadStart) + quint64(c) * perChunk * frameSize);
        }

        // Chunks of 64 frames and a shorter last one (200 = 3 × 64 + 8; 100 = 64 + 36).
        const qsizetype stsc = findPath(file, stbl + QList<const char *>{"stsc"});
        QCOMPARE(qFromBigEndian<quint32>(file.constData() + stsc + 12), 2u);
        QCOMPARE(qFromBigEndian<quint32>(file.constData() + stsc + 16 + 12), chunks);
        QCOMPARE(qFromBigEndian<quint32>(file.constData() + stsc + 16 + 16),
                 quint32(frameCount % perChunk));
    }

    void tagPaddingFollowsIlstInsideMeta() {
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        M4aWriter writer(&out);
        QVERIFY(writer.begin(stereo48k(), {10}));
        const QByteArray &file = out.data();
        const qsizetype meta = findPath(file, {"moov", "udta", "meta"});
        QVERIFY(meta > 0);
        const qsizetype metaEnd = meta + qFromBigEndian<quint32>(file.constData() + meta);
        const qsizetype ilst = findBox(file, meta + 12, metaEnd, "ilst");
        QVERIFY(ilst > 0);
        // TagLib only grows ilst into a `free` box that is its next sibling.
        const qsizetype next = ilst + qFromBigEndian<quint32>(file.constData() + ilst);
        QCOMPARE(file.mid(next + 4, 4), QByteArray("free"));
        QCOMPARE(qFromBigEndian<quint32>(file.constData() + next), quint32(M4aWriter::kTagPadding));
    }

private:
    static AudioFormat stereo48k() {
        AudioFormat format;
        format.audioObjectType = 2;
        format.samplingFrequencyIndex = 3;
        format.channelConfiguration = 2;
        return format;
    }
};

QTEST_GUILESS_MAIN(TestM4aWriter)
#include "tst_m4awriter.moc"
