// SPDX-License-Identifier: MIT
// Chapters inside the .m4a: Nero's chpl and the QuickTime chapter track, each read by ffprobe
// on its own, both kept through TagLib's edits (in place and when a big cover moves mdat), the
// audio untouched; and chaptersFromSpeaking, which picks them from who spoke when.
#include "extras/SpeakerChapters.h"
#include "media/AudioFormat.h"
#include "media/M4aWriter.h"
#include "media/Tagger.h"
#include "section/M4aFrameReader.h"
#include "section/SectionWriter.h"
#include "support/AdtsFrames.h"
#include "support/MediaTools.h"
#include "support/Mp4Inspect.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace spacetape;
using namespace spacetape::test;

namespace {

struct ProbedChapter {
    double start = 0;
    double end = 0;
    QString title;
};

/// What `ffprobe -show_chapters` lists for @p path.
QList<ProbedChapter> probeChapters(const QString &path) {
    const ToolResult r =
        runTool(QStringLiteral(SPACETAPE_FFPROBE),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-of"),
                 QStringLiteral("json"), QStringLiteral("-show_chapters"), path});
    QList<ProbedChapter> out;
    const QJsonArray chapters =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("chapters")).toArray();
    for (const QJsonValue &v : chapters) {
        const QJsonObject o = v.toObject();
        out.append(
            {o.value(QStringLiteral("start_time")).toString().toDouble(),
             o.value(QStringLiteral("end_time")).toString().toDouble(),
             o.value(QStringLiteral("tags")).toObject().value(QStringLiteral("title")).toString()});
    }
    return out;
}

/// Muxes @p frames with @p chapters (no tags yet): what AudioAssembler hands to Tagger.
QString muxWithChapters(const QString &path, const AdtsFrames &frames,
                        const std::vector<Chapter> &chapters,
                        ChapterFormats formats = ChapterFormats::Both,
                        const std::optional<M4aEdit> &edit = {}) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    M4aWriter writer(&out);
    writer.setChapterFormats(formats);
    if (auto r = writer.begin(frames.format, frames.payloadSizes(), {}, edit, chapters); !r)
        return r.error();
    for (const QByteArray &p : frames.payloads) {
        if (auto r = writer.writeFrame(p.constData(), p.size()); !r)
            return r.error();
    }
    if (auto r = writer.finish(); !r)
        return r.error();
    return out.commit() ? QString() : out.errorString();
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Offset of the first box of @p type among the children in [begin, end), or -1.
qsizetype childBox(const QByteArray &data, qsizetype begin, qsizetype end, const char *type) {
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

/// The box at the end of @p path (each a child of the previous; the n-th `trak` by [n]).
qsizetype boxAt(const QByteArray &data, const QList<QByteArray> &path) {
    qsizetype begin = 0;
    qsizetype end = data.size();
    qsizetype box = -1;
    for (const QByteArray &step : path) {
        int skip = 0;
        QByteArray type = step;
        if (step.size() > 4) {  // "trak[1]": the second trak
            skip = step.mid(5, step.size() - 6).toInt();
            type = step.left(4);
        }
        box = childBox(data, begin, end, type.constData());
        while (box >= 0 && skip-- > 0)
            box = childBox(data, box + qFromBigEndian<quint32>(data.constData() + box), end,
                           type.constData());
        if (box < 0)
            return -1;
        begin = box + 8;
        end = box + qFromBigEndian<quint32>(data.constData() + box);
        if (type == "meta")
            begin += 4;  // version and flags
    }
    return box;
}

const std::vector<Chapter> &threeChapters() {
    static const std::vector<Chapter> chapters{
        {0.0, QStringLiteral("Alice")},
        {1.5, QStringLiteral("Zoë & Bob 🎙")},
        {3.25, QStringLiteral("@carol")},
    };
    return chapters;
}

void compareChapters(const QList<ProbedChapter> &actual, const std::vector<Chapter> &expected,
                     double duration) {
    QCOMPARE(actual.size(), qsizetype(expected.size()));
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[qsizetype(i)].title, expected[i].title);
        QVERIFY2(qAbs(actual[qsizetype(i)].start - expected[i].start) < 0.001,
                 qPrintable(QString::number(actual[qsizetype(i)].start)));
        const double end = i + 1 < expected.size() ? expected[i + 1].start : duration;
        QVERIFY2(qAbs(actual[qsizetype(i)].end - end) < 0.03,
                 qPrintable(QStringLiteral("chapter %1 ends at %2, expected %3")
                                .arg(i)
                                .arg(actual[qsizetype(i)].end)
                                .arg(end)));
    }
}

/// Keeps the first bytes written (the header) and only counts the rest.
class HeaderCapture : public QIODevice {
public:
    QByteArray head;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override {
        const qint64 keep = std::min<qint64>(size, qint64(64 << 20) - head.size());
        if (keep > 0)
            head.append(data, keep);
        return size;
    }
};

quint64 offsetEntry(const QByteArray &data, qsizetype box, int i, bool large) {
    const char *entry = data.constData() + box + 16 + i * (large ? 8 : 4);
    return large ? qFromBigEndian<quint64>(entry) : qFromBigEndian<quint32>(entry);
}

extras::SpeakingSegment turn(double start, double end, const QString &id, const QString &name = {},
                             const QString &handle = {}) {
    extras::SpeakingSegment s;
    s.start = start;
    s.end = end;
    s.periscopeId = id;
    s.displayName = name;
    s.screenName = handle;
    return s;
}

}  // namespace

class TestChapters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString adts = m_dir.filePath(QStringLiteral("in.aac"));
        QCOMPARE(encodeAdts(adts, 48000, 2, 5.0), QString());
        m_frames = readAdts(adts);
        QVERIFY(m_frames.payloads.size() > 200);
        m_duration = double(m_frames.payloads.size()) * kSamplesPerAacFrame / 48000.0;
        m_pcm = decodedPcmMd5(adts);
        QCOMPARE(m_pcm.size(), 32);
    }

    void eachKindIsReadByFfprobe_data() {
        QTest::addColumn<ChapterFormats>("formats");
        QTest::newRow("both") << ChapterFormats::Both;
        QTest::newRow("Nero chpl alone") << ChapterFormats::NeroOnly;
        QTest::newRow("QuickTime track alone") << ChapterFormats::QuickTimeOnly;
    }
    void eachKindIsReadByFfprobe() {
        QFETCH(ChapterFormats, formats);
        const QString path = m_dir.filePath(QStringLiteral("kinds.m4a"));
        QCOMPARE(muxWithChapters(path, m_frames, threeChapters(), formats), QString());
        compareChapters(probeChapters(path), threeChapters(), m_duration);

        // The boxes are the ones asked for, and only those: ffprobe read that kind alone.
        const QByteArray data = readAll(path);
        const bool nero = formats != ChapterFormats::QuickTimeOnly;
        const bool quickTime = formats != ChapterFormats::NeroOnly;
        QCOMPARE(boxAt(data, {"moov", "udta", "chpl"}) >= 0, nero);
        QCOMPARE(boxAt(data, {"moov", "trak", "tref", "chap"}) >= 0, quickTime);
        QCOMPARE(boxAt(data, {"moov", "trak[1]"}) >= 0, quickTime);
        if (quickTime) {
            // The chapter track is the second, a disabled text track; the audio stays first.
            QCOMPARE(data.mid(boxAt(data, {"moov", "trak", "mdia", "hdlr"}) + 16, 4),
                     QByteArray("soun"));
            QCOMPARE(data.mid(boxAt(data, {"moov", "trak[1]", "mdia", "hdlr"}) + 16, 4),
                     QByteArray("text"));
            const qsizetype tkhd = boxAt(data, {"moov", "trak[1]", "tkhd"});
            QCOMPARE(qFromBigEndian<quint32>(data.constData() + tkhd + 8) & 0xFFFFFF, 0x2u);
            const qsizetype chap = boxAt(data, {"moov", "trak", "tref", "chap"});
            QCOMPARE(qFromBigEndian<quint32>(data.constData() + chap + 8), 2u);
        }
        // The audio decodes as before, and nothing complains about the file.
        QCOMPARE(decodedPcmMd5(path), m_pcm);
        QCOMPARE(decodeErrors(path), QByteArray());
        const QJsonArray streams = probe(path).value(QStringLiteral("streams")).toArray();
        QCOMPARE(streams.at(0).toObject().value(QStringLiteral("codec_type")).toString(),
                 QStringLiteral("audio"));
    }

    void audioBytesAndIndexAreTheSameWithChapters() {
        const QString plain = m_dir.filePath(QStringLiteral("plain.m4a"));
        const QString chaptered = m_dir.filePath(QStringLiteral("chaptered.m4a"));
        QCOMPARE(muxWithChapters(plain, m_frames, {}), QString());
        QCOMPARE(muxWithChapters(chaptered, m_frames, threeChapters()), QString());
        QCOMPARE(probeChapters(plain).size(), 0);
        // A file without chapters has no trace of them (the writer's old output, byte for byte
        // apart from nothing: no chpl, no tref, one trak).
        const QByteArray plainData = readAll(plain);
        QCOMPARE(boxAt(plainData, {"moov", "udta", "chpl"}), -1);
        QCOMPARE(boxAt(plainData, {"moov", "trak[1]"}), -1);

        // Our own reader (sections) finds the same frames in both.
        const auto a = M4aFrameReader::open(plain);
        const auto b = M4aFrameReader::open(chaptered);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->frameCount(), a->frameCount());
        QCOMPARE(b->presentedSamples(), a->presentedSamples());
        const auto framesA = a->readFrames(0, a->frameCount());
        const auto framesB = b->readFrames(0, b->frameCount());
        QVERIFY(framesA.ok() && framesB.ok());
        QVERIFY(framesA->frames == framesB->frames);
        QCOMPARE(qsizetype(framesB->frames.size()), m_frames.payloads.size());
        QVERIFY(framesB->frames.front() == m_frames.payloads.front());
        QVERIFY(framesB->frames.back() == m_frames.payloads.back());
    }

    void chaptersSurviveTagEdits_data() {
        QTest::addColumn<ChapterFormats>("formats");
        QTest::addColumn<bool>("bigCover");
        QTest::newRow("Nero, tags in place") << ChapterFormats::NeroOnly << false;
        QTest::newRow("QuickTime, tags in place") << ChapterFormats::QuickTimeOnly << false;
        QTest::newRow("both, tags in place") << ChapterFormats::Both << false;
        // A cover larger than the padding: TagLib moves mdat and must fix both tracks' offsets.
        QTest::newRow("Nero, cover moves mdat") << ChapterFormats::NeroOnly << true;
        QTest::newRow("QuickTime, cover moves mdat") << ChapterFormats::QuickTimeOnly << true;
    }
    void chaptersSurviveTagEdits() {
        QFETCH(ChapterFormats, formats);
        QFETCH(bool, bigCover);
        const QString path = m_dir.filePath(QStringLiteral("edited.m4a"));
        QCOMPARE(muxWithChapters(path, m_frames, threeChapters(), formats), QString());
        const qint64 mdatBefore = mdatOffset(path);
        const QByteArray bodyBefore = md5From(path, mdatBefore);

        SpaceTags tags = sampleTags();
        if (bigCover) {
            tags.cover = makeImage(m_dir.filePath(QStringLiteral("big.jpg")),
                                   QStringLiteral("nullsrc=s=640x640,geq=random(1)*255:128:128"),
                                   {QStringLiteral("-q:v"), QStringLiteral("1")});
            QVERIFY2(tags.cover.size() > M4aWriter::kTagPadding,
                     qPrintable(QString::number(tags.cover.size())));
        }
        // The first save as AudioAssembler does it, then an edit as Edit Tags does it.
        auto tagged = Tagger::write(path, tags);
        QVERIFY2(tagged.ok(), qPrintable(tagged.error()));
        tags.title = QStringLiteral("Edited later, a much longer title than before: ") +
                     QString(300, QLatin1Char('x'));
        tagged = Tagger::write(path, tags);
        QVERIFY2(tagged.ok(), qPrintable(tagged.error()));

        if (bigCover) {
            QVERIFY(mdatOffset(path) > mdatBefore);
        } else {
            QCOMPARE(mdatOffset(path), mdatBefore);
        }
        QCOMPARE(md5From(path, mdatOffset(path)), bodyBefore);
        compareChapters(probeChapters(path), threeChapters(), m_duration);
        QCOMPARE(decodedPcmMd5(path), m_pcm);
        const auto read = Tagger::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->title, tags.title);
    }

    void titlesAreIndexedAfterTheAudio_data() {
        QTest::addColumn<quint32>("frameSize");
        QTest::addColumn<int>("frameCount");
        QTest::addColumn<bool>("large");
        QTest::newRow("small: stco") << quint32(300) << 200 << false;
        // 100 × 64 MiB = 6.25 GiB: only the header is built, nothing is stored.
        QTest::newRow("over 4 GiB: co64 in both tracks") << quint32(64 << 20) << 100 << true;
    }
    void titlesAreIndexedAfterTheAudio() {
        QFETCH(quint32, frameSize);
        QFETCH(int, frameCount);
        QFETCH(bool, large);
        HeaderCapture out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        M4aWriter writer(&out);
        const std::vector<quint32> sizes(size_t(frameCount), frameSize);
        const std::vector<Chapter> chapters{{0, QStringLiteral("A")}, {1, QStringLiteral("Bé")}};
        QVERIFY(writer.begin(m_frames.format, sizes, {}, {}, chapters));
        const QByteArray &file = out.head;
        const qsizetype mdat = boxAt(file, {"mdat"});
        QVERIFY(mdat > 0);
        const qsizetype payloadStart = mdat + (large ? 16 : 8);
        QCOMPARE(file.size(), payloadStart);
        const quint64 audio = quint64(frameSize) * quint64(frameCount);
        // Each title: 2 bytes of length, the UTF-8, a 12-byte encd atom.
        const quint64 titles = (2 + 1 + 12) + (2 + 3 + 12);
        const quint64 mdatSize = large ? qFromBigEndian<quint64>(file.constData() + mdat + 8)
                                       : qFromBigEndian<quint32>(file.constData() + mdat);
        QCOMPARE(mdatSize, audio + titles + (large ? 16 : 8));

        const QByteArray offsets = large ? "co64" : "stco";
        const qsizetype audioOffsets =
            boxAt(file, {"moov", "trak", "mdia", "minf", "stbl", offsets});
        const qsizetype textOffsets =
            boxAt(file, {"moov", "trak[1]", "mdia", "minf", "stbl", offsets});
        QVERIFY(audioOffsets > 0 && textOffsets > 0);
        QCOMPARE(offsetEntry(file, audioOffsets, 0, large), quint64(payloadStart));
        QCOMPARE(qFromBigEndian<quint32>(file.constData() + textOffsets + 12), 2u);
        QCOMPARE(offsetEntry(file, textOffsets, 0, large), quint64(payloadStart) + audio);
        QCOMPARE(offsetEntry(file, textOffsets, 1, large), quint64(payloadStart) + audio + 15);
    }

    void sectionChaptersFollowTheEdit() {
        // A section's chapters are on its presented timeline: the chapter track lasts as long
        // as the edit presents, not as long as the frames hold.
        const quint64 presented = 3 * 48000;
        const M4aEdit edit{2048 + 700, presented};
        const QString path = m_dir.filePath(QStringLiteral("section.m4a"));
        const std::vector<Chapter> chapters{{0, QStringLiteral("A")},
                                            {2, QStringLiteral("B")},
                                            {3.5, QStringLiteral("past the end")}};
        QCOMPARE(muxWithChapters(path, m_frames, chapters, ChapterFormats::QuickTimeOnly, edit),
                 QString());
        compareChapters(probeChapters(path), {chapters[0], chapters[1]}, 3.0);
    }

    void writerCleansAndCapsChapters() {
        // Unsorted, the first after 0, one past the end, two at the same start, a title with
        // control characters and one too long for chpl's length byte (cut between characters).
        const QString longTitle = QString(200, QChar(0x00E9));  // 400 bytes of UTF-8
        const std::vector<Chapter> given{{2.0, QStringLiteral("Second\x1b[31m")},
                                         {0.5, QStringLiteral("First")},
                                         {2.0, QStringLiteral("Second, again")},
                                         {3.0, longTitle},
                                         {99.0, QStringLiteral("after the end")}};
        for (ChapterFormats formats : {ChapterFormats::NeroOnly, ChapterFormats::QuickTimeOnly}) {
            const QString path = m_dir.filePath(QStringLiteral("cleaned.m4a"));
            QCOMPARE(muxWithChapters(path, m_frames, given, formats), QString());
            const QList<ProbedChapter> probed = probeChapters(path);
            QCOMPARE(probed.size(), 3);
            QCOMPARE(probed[0].title, QStringLiteral("First"));
            QCOMPARE(probed[0].start, 0.0);
            QCOMPARE(probed[1].title, QStringLiteral("Second, again"));
            QCOMPARE(probed[2].title, QString(127, QChar(0x00E9)));
            QCOMPARE(probed[2].start, 3.0);
        }

        // More than chpl's 255: the first 255 are kept.
        std::vector<Chapter> many;
        for (int i = 0; i < 300; ++i)
            many.push_back({i * 0.01, QStringLiteral("c%1").arg(i)});
        for (ChapterFormats formats : {ChapterFormats::NeroOnly, ChapterFormats::QuickTimeOnly}) {
            const QString path = m_dir.filePath(QStringLiteral("many.m4a"));
            QCOMPARE(muxWithChapters(path, m_frames, many, formats), QString());
            const QList<ProbedChapter> probed = probeChapters(path);
            QCOMPARE(probed.size(), 255);
            QCOMPARE(probed.last().title, QStringLiteral("c254"));
        }
    }

    // chaptersFromSpeaking

    void oneChapterPerLongTurnTitledByName() {
        const std::vector<extras::SpeakingSegment> segments{
            turn(3, 70, "h", QStringLiteral("Host Name"), QStringLiteral("host")),
            turn(70, 95, "g"),  // 25 s: folded into the surrounding chapter
            turn(95, 160, "s", QString(), QStringLiteral("speaker")),
            turn(160, 400, "h", QStringLiteral("Host Name"), QStringLiteral("host")),
        };
        const auto chapters = extras::chaptersFromSpeaking(segments, 600);
        QCOMPARE(chapters.size(), size_t(3));
        QCOMPARE(chapters[0].start, 0.0);  // the first starts at 0, not at 3
        QCOMPARE(chapters[0].title, QStringLiteral("Host Name"));
        QCOMPARE(chapters[1].start, 95.0);
        QCOMPARE(chapters[1].title, QStringLiteral("@speaker"));  // no display name
        QCOMPARE(chapters[2].start, 160.0);
        QCOMPARE(chapters[2].title, QStringLiteral("Host Name"));
    }

    void consecutiveTurnsOfOnePersonMerge() {
        // Short segments of one person in a row add up to one long turn; a short turn of
        // someone else between two long turns of one person leaves one chapter.
        const std::vector<extras::SpeakingSegment> segments{
            turn(0, 12, "a", QStringLiteral("A")),   turn(13, 25, "a", QStringLiteral("A")),
            turn(26, 40, "a", QStringLiteral("A")),  turn(40, 45, "b", QStringLiteral("B")),
            turn(45, 120, "a", QStringLiteral("A")), turn(120, 200, "b", QStringLiteral("B")),
        };
        const auto chapters = extras::chaptersFromSpeaking(segments, 200);
        QCOMPARE(chapters.size(), size_t(2));
        QCOMPARE(chapters[0].title, QStringLiteral("A"));
        QCOMPARE(chapters[1].title, QStringLiteral("B"));
        QCOMPARE(chapters[1].start, 120.0);
    }

    void exactlyThirtySecondsIsATurn() {
        const auto chapters = extras::chaptersFromSpeaking(
            {turn(0, 40, "a", QStringLiteral("A")), turn(40, 70, "b", QStringLiteral("B")),
             turn(70, 99.9, "c", QStringLiteral("C"))},
            100);
        QCOMPARE(chapters.size(), size_t(2));
        QCOMPARE(chapters[1].title, QStringLiteral("B"));
        QCOMPARE(chapters[1].start, 40.0);
    }

    void noLongTurnNoChapters() {
        QVERIFY(extras::chaptersFromSpeaking({}, 100).empty());
        QVERIFY(extras::chaptersFromSpeaking({turn(0, 29, "a"), turn(29, 58, "b")}, 100).empty());
        // Hostile numbers are ignored, not trusted.
        QVERIFY(extras::chaptersFromSpeaking(
                    {turn(qQNaN(), 100, "a"), turn(0, qInf(), "b"), turn(-50, -10, "c")}, 100)
                    .empty());
        QVERIFY(extras::chaptersFromSpeaking({turn(0, 60, "a")}, qQNaN()).empty());
    }

    void turnsStartingTogetherMakeOneChapter() {
        // Found by fuzz_spacejson: cross-talk gave two chapters with one start.
        const auto chapters = extras::chaptersFromSpeaking(
            {turn(0, 40, "a", QStringLiteral("A")), turn(0, 45, "c", QStringLiteral("C")),
             turn(40.2, 95, "b", QStringLiteral("B")), turn(40.2, 95, "a", QStringLiteral("A"))},
            100);
        QCOMPARE(chapters.size(), size_t(2));
        QCOMPARE(chapters[0].start, 0.0);
        QCOMPARE(chapters[0].title, QStringLiteral("A"));
        QCOMPARE(chapters[1].start, 40.2);
        QCOMPARE(chapters[1].title, QStringLiteral("B"));

        // And what is left of one person in a row stays one chapter.
        const auto merged = extras::chaptersFromSpeaking(
            {turn(0, 40, "a", QStringLiteral("A")), turn(0, 45, "c", QStringLiteral("C")),
             turn(45, 95, "a", QStringLiteral("A"))},
            100);
        QCOMPARE(merged.size(), size_t(1));
        QCOMPARE(merged[0].title, QStringLiteral("A"));
    }

    void turnsPastTheEndAreCutOff() {
        const auto chapters = extras::chaptersFromSpeaking(
            {turn(0, 50, "a", QStringLiteral("A")), turn(50, 500, "b", QStringLiteral("B")),
             turn(500, 900, "c", QStringLiteral("C"))},
            70);  // B speaks only 20 s of this file, C not at all
        QCOMPARE(chapters.size(), size_t(1));
        QCOMPARE(chapters[0].title, QStringLiteral("A"));
    }

    void atMost255ChaptersShortestFolded() {
        // 6 hours of alternating 31 s turns: 696 turns, folded to chpl's 255.
        std::vector<extras::SpeakingSegment> segments;
        double t = 0;
        for (int i = 0; t < 6 * 3600; ++i, t += 31)
            segments.push_back(turn(t, t + 31, i % 2 ? "a" : "b", i % 2 ? "A" : "B"));
        const auto chapters = extras::chaptersFromSpeaking(segments, 6 * 3600 + 31);
        QVERIFY(chapters.size() <= 255u);
        QVERIFY(chapters.size() > 200u);
        QCOMPARE(chapters.front().start, 0.0);
        for (size_t i = 1; i < chapters.size(); ++i) {
            QVERIFY(chapters[i].start > chapters[i - 1].start);
            QVERIFY(chapters[i].title != chapters[i - 1].title);  // neighbours are merged
        }
    }

    void unknownSpeakerHasATitle() {
        const auto chapters = extras::chaptersFromSpeaking({turn(0, 60, "x")}, 60);
        QCOMPARE(chapters.size(), size_t(1));
        QVERIFY(!chapters[0].title.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    AdtsFrames m_frames;
    double m_duration = 0;
    QByteArray m_pcm;
};

QTEST_GUILESS_MAIN(TestChapters)
#include "tst_chapters.moc"
