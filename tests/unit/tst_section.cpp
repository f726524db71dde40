// SPDX-License-Identifier: MIT
// The pieces of a section (issue 17): START-END parsing and display, the MP4 edit list and
// durations SectionWriter produces, reading a finished file's frames back, and placing a
// chunk's frames on the Space's time line by timestamps rather than by EXTINF.
#include "hls/HlsPlaylist.h"
#include "preview/PreviewTimeline.h"
#include "section/M4aFrameReader.h"
#include "section/SectionJob.h"
#include "section/SectionRange.h"
#include "section/SectionWriter.h"
#include "support/AdtsFrames.h"
#include "support/MediaTools.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <limits>

using namespace spacetape;
using namespace spacetape::test;

namespace {
/// The payload of the first box of @p type in @p file (a flat search: fine for our files).
QByteArray boxBody(const QByteArray &file, const char *type) {
    const qsizetype at = file.indexOf(QByteArray(type, 4));
    if (at < 4)
        return {};
    const quint32 size = qFromBigEndian<quint32>(file.constData() + at - 4);
    return file.mid(at + 4, size - 8);
}
}  // namespace

class TestSection : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    AdtsFrames m_frames;

private Q_SLOTS:
    void initTestCase() {
        const QString adts = m_dir.filePath(QStringLiteral("clean.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, 10.0), QString());
        m_frames = readAdts(adts);
        QVERIFY(m_frames.payloads.size() > 400);
    }

    void parsesTheDocumentedForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::newRow("clock") << "1:02:03-1:10:00" << 3723.0 << 4200.0;
        QTest::newRow("minutes") << "45:00-50:00" << 2700.0 << 3000.0;
        QTest::newRow("seconds") << "90s-120s" << 90.0 << 120.0;
        QTest::newRow("bare and decimals") << "90-90.5" << 90.0 << 90.5;
        QTest::newRow("to the end") << "10:00-end" << 600.0 << -1.0;
        QTest::newRow("spaces, END") << " 0:05.25 - END " << 5.25 << -1.0;
    }
    void parsesTheDocumentedForms() {
        QFETCH(QString, text);
        QFETCH(double, start);
        QFETCH(double, end);
        const auto range = SectionRange::parse(text);
        QVERIFY2(range, qPrintable(range.error()));
        QCOMPARE(range->startSeconds, start);
        QCOMPARE(range->endSeconds, end);
        QCOMPARE(range->toEnd(), end < 0);
    }

    void rejectsWhatIsNotARange() {
        for (const char *bad : {"", "10", "a-b", "1:2:3:4-5", "10-5", "5-5", "1:60-2:00", "-5"}) {
            const auto range = SectionRange::parse(QString::fromLatin1(bad));
            QVERIFY2(!range, bad);
            QVERIFY(!range.error().isEmpty());
        }
        SectionRange range;
        range.startSeconds = 10;
        range.endSeconds = 70;
        QVERIFY(range.checkAgainst(70.0));
        QVERIFY(!range.checkAgainst(60.0));
        QVERIFY(range.checkAgainst(60.0).error().contains(QStringLiteral("0:01:00")));
        range.startSeconds = 80;
        range.endSeconds = -1;
        QVERIFY(!range.checkAgainst(60.0));
    }

    void refusesTimesNoSpaceHas() {
        // 400 digits read as inf, which llround() then turned into undefined behaviour; 20
        // digits are finite but overflow a millisecond count. Both get a message, as does a
        // time past the longest Space (kMaxSectionSeconds, a week).
        const QString digits400(400, QLatin1Char('9'));
        for (const QString &bad :
             {digits400 + QStringLiteral("-end"), QStringLiteral("0-") + digits400,
              QStringLiteral("99999999999999999999-end"), QStringLiteral("0-1e400"),
              QStringLiteral("168:00:01-end"), QStringLiteral("%1:00:00-end").arg(digits400)}) {
            const auto range = SectionRange::parse(bad);
            QVERIFY2(!range, qPrintable(bad.left(40)));
            QVERIFY2(range.error().contains(QStringLiteral("later than any Space")) ||
                         range.error().contains(QStringLiteral("not a time")),
                     qPrintable(range.error()));
        }
        QVERIFY(SectionRange::parse(digits400 + QStringLiteral("-end"))
                    .error()
                    .contains(QStringLiteral("at most 168:00:00")));
        QVERIFY(SectionRange::parse(QStringLiteral("167:59:59-168:00:00")));
        // Digits of other scripts match \d but are not read by toDouble(): not a time.
        QVERIFY(!SectionRange::parse(QStringLiteral("\u0661\u0660-\u0662\u0660")));
        // Display never rounds what does not fit.
        QCOMPARE(SectionRange::timeText(std::numeric_limits<double>::infinity()),
                 QStringLiteral("0:00"));
        QCOMPARE(SectionRange::timeText(1e300), QStringLiteral("0:00"));
        QCOMPARE(SectionRange::timeText(std::nan("")), QStringLiteral("0:00"));
    }

    void showsRangesLikeTheTitleSays() {
        QCOMPARE(SectionRange::timeText(3723), QStringLiteral("1:02:03"));
        QCOMPARE(SectionRange::timeText(2700), QStringLiteral("45:00"));
        QCOMPARE(SectionRange::timeText(5.25), QStringLiteral("0:05.25"));
        SectionRange range;
        range.startSeconds = 3723;
        range.endSeconds = 4200;
        QCOMPARE(range.text(), QStringLiteral("1:02:03\u20131:10:00"));
        QCOMPARE(SectionJob::titleWithRange(QStringLiteral("AMA"), range.text()),
                 QStringLiteral("AMA (1:02:03\u20131:10:00)"));
    }

    void editListSkipsThePrimingFrameAndMovieDurationIsTheEditedOne() {
        SectionFrames frames;
        frames.format = m_frames.format;
        frames.firstFrame = 100;  // these frames sit 100 frames into "the Space"
        for (const QByteArray &payload : m_frames.payloads.mid(0, 300))
            frames.frames.push_back(payload);
        const qint64 start = 150 * 1024 + 300;  // mid-frame
        const qint64 end = 250 * 1024 + 17;     // mid-frame
        const QString path = m_dir.filePath(QStringLiteral("section.m4a"));
        const auto report = SectionWriter::write(frames, start, end, {}, path);
        QVERIFY2(report, qPrintable(report.error()));
        // Frames 149 (priming) .. 250 (holds end − 1).
        QCOMPARE(report->frames, qint64(250 - 149 + 1));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QByteArray elst = boxBody(bytes, "elst");
        QCOMPARE(elst.size(), 4 + 4 + 12);
        QCOMPARE(qFromBigEndian<quint32>(elst.constData() + 4), 1u);
        QCOMPARE(qint64(qFromBigEndian<quint32>(elst.constData() + 8)), end - start);
        QCOMPARE(qint64(qFromBigEndian<quint32>(elst.constData() + 12)), 1024 + 300);
        QCOMPARE(qFromBigEndian<quint32>(elst.constData() + 16), 0x00010000u);
        // mvhd and tkhd: the presented duration; mdhd: every stored sample.
        QCOMPARE(qint64(qFromBigEndian<quint32>(boxBody(bytes, "mvhd").constData() + 16)),
                 end - start);
        QCOMPARE(qint64(qFromBigEndian<quint32>(boxBody(bytes, "tkhd").constData() + 20)),
                 end - start);
        QCOMPARE(qint64(qFromBigEndian<quint32>(boxBody(bytes, "mdhd").constData() + 16)),
                 report->frames * 1024);
        QVERIFY(decodeErrors(path).isEmpty());

        // Read back: the same frames, and the edit becomes the file's time line.
        const auto reader = M4aFrameReader::open(path);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE(reader->format(), m_frames.format);
        QCOMPARE(reader->frameCount(), report->frames);
        QCOMPARE(reader->mediaTime(), qint64(1024 + 300));
        QCOMPARE(reader->presentedSamples(), end - start);
        const auto back = reader->readFrames(0, reader->frameCount());
        QVERIFY(back);
        for (qint64 i = 0; i < reader->frameCount(); ++i)
            QCOMPARE(back->frames[size_t(i)], m_frames.payloads.at(int(149 - 100 + i)));
    }

    void refusesWhatTheFramesDoNotCover() {
        SectionFrames frames;
        frames.format = m_frames.format;
        frames.firstFrame = 10;
        for (const QByteArray &payload : m_frames.payloads.mid(0, 20))
            frames.frames.push_back(payload);
        const QString path = m_dir.filePath(QStringLiteral("refused.m4a"));
        // Starting inside frame 10 needs frame 9 to prime the decoder, and it is not there;
        // ending in frame 30 needs a frame past the last one held.
        QVERIFY(!SectionWriter::write(frames, 10 * 1024 + 5, 15 * 1024, {}, path));
        QVERIFY(!SectionWriter::write(frames, 12 * 1024, 31 * 1024, {}, path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(SectionWriter::write(frames, 11 * 1024 + 5, 30 * 1024, {}, path));
    }

    void chunksArePlacedByTimestampsWhenEXTINFDrifts() {
        // Chunks of 129 frames at 44.1 kHz (2.9954 s) listed as 3.000 s.
        HlsPlaylist playlist;
        playlist.kind = HlsPlaylist::Kind::Media;
        for (int i = 0; i < 100; ++i) {
            HlsSegment segment;
            segment.duration = 3.0;
            segment.url = QUrl(QStringLiteral("https://cdn.example/chunk_%1_%2_a.aac")
                                   .arg(1700000000000000000LL + i)
                                   .arg(i));
            playlist.segments << segment;
        }
        const PreviewTimeline timeline(playlist);
        const int rate = 44100;
        auto pts = [rate](qint64 frame, quint64 origin) {
            return (origin + quint64(frame) * 1024 * 90000 / quint64(rate)) % (quint64(1) << 33);
        };
        bool fromTimestamps = false;
        // 90 chunks in: EXTINF says frame 11628, the audio says 90 × 129 = 11610.
        QCOMPARE(SectionJob::firstFrameOf(timeline, 90, rate, pts(0, 5000), pts(11610, 5000),
                                          &fromTimestamps),
                 qint64(11610));
        QVERIFY(fromTimestamps);
        // The 33-bit timestamp may wrap between the first chunk and this one.
        const quint64 nearWrap = (quint64(1) << 33) - 90000;
        QCOMPARE(
            SectionJob::firstFrameOf(timeline, 90, rate, pts(0, nearWrap), pts(11610, nearWrap)),
            qint64(11610));
        // Without timestamps, or with ones that cannot be right, EXTINF is all there is.
        QCOMPARE(SectionJob::firstFrameOf(timeline, 90, rate, std::nullopt, pts(11610, 0),
                                          &fromTimestamps),
                 qint64(11628));
        QVERIFY(!fromTimestamps);
        QCOMPARE(SectionJob::firstFrameOf(timeline, 90, rate, pts(0, 0), pts(0, 0)), qint64(11628));
        QCOMPARE(SectionJob::firstFrameOf(timeline, 0, rate, pts(0, 7), pts(0, 7)), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSection)
#include "tst_section.moc"
