// SPDX-License-Identifier: MIT
#include "extras/HydraFrames.h"
#include "media/ChunkReader.h"
#include "support/ChunkFixture.h"
#include "support/HydraTags.h"
#include "util/Limits.h"

#include <QTest>

using namespace spacetape;
using namespace spacetape::extras;
using namespace spacetape::test;

namespace {

const AudioFormat kStereo48k{2, 3, 2};

QByteArray payload(int seed, int size = 300) {
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char((seed * 31 + i * 7) & 0x7F);
    return bytes;
}

const QByteArray kParticipants =
    hydraParticipantsJson({QStringLiteral("1eWKyPLBZDnQA"), QStringLiteral("1mnxeRqWoaPxO")},
                          {QStringLiteral("Jörg Übel 日本"), QStringLiteral("ann")});

HydraTagSpec fullSpec(int version, int encoding) {
    HydraTagSpec spec;
    spec.version = version;
    spec.encoding = encoding;
    spec.ntp = 3894606003.284;
    spec.participantsJson = kParticipants;
    spec.levelsJson = "[46,0,63.5]";
    return spec;
}

QByteArray syncsafeBytes(quint32 value) {
    QByteArray out;
    out.append(char((value >> 21) & 0x7F));
    out.append(char((value >> 14) & 0x7F));
    out.append(char((value >> 7) & 0x7F));
    out.append(char(value & 0x7F));
    return out;
}

}  // namespace

class TestHydraFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyShape_data();
    void everyShape();
    void clockFromJsonMetadataOnly();
    void tit3HoldingJsonObject();
    void levelsOnlyAndBareNumber();
    void emptyStage();
    void noHydraFrames();
    void hostileSizes_data();
    void hostileSizes();
    void capsArrays();
    void controlCharactersRemoved();
    void placedByFramesBefore();
    void tagListIsCapped();
    void existingFixtureTagsAreHarmless();
    void ntpText_data();
    void ntpText();
};

void TestHydraFrames::everyShape_data() {
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("unsync");
    QTest::addColumn<bool>("plainSizes");
    QTest::addColumn<bool>("grouping");
    QTest::addColumn<int>("rotate");
    for (int version : {3, 4}) {
        for (int encoding = 0; encoding < 4; ++encoding) {
            for (bool unsync : {false, true}) {
                for (int rotate : {0, 2}) {
                    QTest::addRow("v2.%d enc%d unsync%d order%d", version, encoding, int(unsync),
                                  rotate)
                        << version << encoding << unsync << false << false << rotate;
                }
            }
        }
    }
    QTest::newRow("v2.4 plain sizes") << 4 << 3 << false << true << false << 1;
    QTest::newRow("v2.4 grouping + length") << 4 << 1 << false << false << true << 3;
    QTest::newRow("v2.4 grouping + length + unsync") << 4 << 1 << true << false << true << 0;
}

void TestHydraFrames::everyShape() {
    QFETCH(int, version);
    QFETCH(int, encoding);
    QFETCH(bool, unsync);
    QFETCH(bool, plainSizes);
    QFETCH(bool, grouping);
    QFETCH(int, rotate);
    HydraTagSpec spec = fullSpec(version, encoding);
    spec.unsynchronised = unsync;
    spec.plainSizesInV24 = plainSizes;
    spec.groupingAndLength = grouping;
    spec.rotate = rotate;
    const QByteArray tag = makeHydraTag(spec);
    if (unsync && encoding == 1)
        QVERIFY(tag.contains(QByteArray("\xFF\x00\xFE", 3)));  // the BOM was unsynchronised

    const auto sample = HydraFrames::parseTag(tag);
    QVERIFY(sample);
    QVERIFY(sample->ntpSeconds);
    QCOMPARE(*sample->ntpSeconds, 3894606003.284);
    QVERIFY(sample->participants);
    QCOMPARE(sample->participants->size(), std::size_t(2));
    QCOMPARE(sample->participants->at(0).participantIndex, 1);
    QCOMPARE(sample->participants->at(0).userId, QStringLiteral("1eWKyPLBZDnQA"));
    // ISO-8859-1 cannot hold the Japanese characters: the writer made them '?'.
    const QString expectedName =
        encoding == 0 ? QStringLiteral("Jörg Übel ??") : QStringLiteral("Jörg Übel 日本");
    QCOMPARE(sample->participants->at(0).userName, expectedName);
    QCOMPARE(sample->participants->at(1).userId, QStringLiteral("1mnxeRqWoaPxO"));
    QCOMPARE(sample->levels, (std::vector<float>{46.0f, 0.0f, 63.5f}));
}

void TestHydraFrames::clockFromJsonMetadataOnly() {
    HydraTagSpec spec = fullSpec(4, 3);
    spec.tit3 = false;
    spec.ntp = 3894606010.5;
    const auto sample = HydraFrames::parseTag(makeHydraTag(spec));
    QVERIFY(sample && sample->ntpSeconds);
    QCOMPARE(*sample->ntpSeconds, 3894606010.5);
}

void TestHydraFrames::tit3HoldingJsonObject() {
    // The ID3 tag the chunk fixture writes for "extra frames": TIT3 holds a JSON object.
    const auto sample = HydraFrames::parseTag(makeId3Tag(1234, true, false));
    QVERIFY(sample && sample->ntpSeconds);
    QCOMPARE(*sample->ntpSeconds, 3909090909.123);
}

void TestHydraFrames::levelsOnlyAndBareNumber() {
    HydraTagSpec spec;
    spec.levelsJson = "[\"12.5\",null,\"x\",-3,1e300]";
    auto sample = HydraFrames::parseTag(makeHydraTag(spec));
    QVERIFY(sample);
    QVERIFY(!sample->ntpSeconds);
    QVERIFY(!sample->participants);
    QCOMPARE(sample->levels, (std::vector<float>{12.5f, 0.0f, 0.0f, 0.0f, 1e6f}));

    spec.levelsJson = "46";
    sample = HydraFrames::parseTag(makeHydraTag(spec));
    QVERIFY(sample);
    QCOMPARE(sample->levels, (std::vector<float>{46.0f}));
}

void TestHydraFrames::emptyStage() {
    HydraTagSpec spec = fullSpec(3, 1);
    spec.participantsJson = "[]";
    spec.levelsJson = "[46]";
    const auto sample = HydraFrames::parseTag(makeHydraTag(spec));
    QVERIFY(sample && sample->participants);
    QVERIFY(sample->participants->empty());  // set, but empty: only the host is on stage
    QCOMPARE(sample->levels, (std::vector<float>{46.0f}));
}

void TestHydraFrames::noHydraFrames() {
    // X's plain timestamp tag.
    QVERIFY(!HydraFrames::parseTag(makeId3Tag(90000, false, false)));
    QVERIFY(!HydraFrames::parseTag(makeId3Tag(90000, false, true)));
    QVERIFY(!HydraFrames::parseTag(QByteArray()));
    QVERIFY(!HydraFrames::parseTag(QByteArray("ID3")));
    // ID3v2.2 (3-letter IDs) is not read.
    QByteArray v22 = makeHydraTag(fullSpec(3, 3));
    v22[3] = 2;
    QVERIFY(!HydraFrames::parseTag(v22));
}

void TestHydraFrames::hostileSizes_data() {
    QTest::addColumn<QByteArray>("tag");
    const QByteArray good = makeHydraTag(fullSpec(4, 3));
    QByteArray huge = good;
    huge.replace(10 + 4, 4, syncsafeBytes(0x0FFFFFFF));  // first frame claims 256 MB
    QTest::newRow("frame larger than the tag") << huge;
    QByteArray tagHuge = good;
    tagHuge.replace(6, 4, syncsafeBytes(0x0FFFFFFF));  // tag claims more than it has
    QTest::newRow("tag larger than its bytes") << tagHuge;
    QTest::newRow("truncated mid-frame") << good.left(good.size() - 7);
    QTest::newRow("truncated header") << good.left(14);
    QByteArray extended = good;
    extended[5] = char(0x40);  // an extended header that is the first frame's bytes
    QTest::newRow("bogus extended header") << extended;
    QByteArray badId = good;
    badId[12] = char(0x01);
    QTest::newRow("bad frame id") << badId;
    HydraTagSpec brokenJson = fullSpec(3, 3);
    brokenJson.participantsJson = "[{\"UserId\":";
    brokenJson.levelsJson = "[1,2";
    brokenJson.ntp.reset();
    QTest::newRow("broken JSON") << makeHydraTag(brokenJson);
    HydraTagSpec oddUtf16 = fullSpec(4, 2);
    QByteArray odd = makeHydraTag(oddUtf16);
    QTest::newRow("utf16 cut at an odd byte") << odd.left(odd.size() - 1);
}

void TestHydraFrames::hostileSizes() {
    QFETCH(QByteArray, tag);
    // Never crashes, never reads past the bytes (ASan), and what it returns is sane.
    const auto sample = HydraFrames::parseTag(tag);
    if (sample) {
        QVERIFY(sample->hasData());
        if (sample->participants)
            QVERIFY(sample->participants->size() <= std::size_t(limits::kMaxHydraSlots));
        QVERIFY(sample->levels.size() <= std::size_t(limits::kMaxHydraSlots));
    }
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    if (name == QLatin1String("frame larger than the tag") ||
        name == QLatin1String("bad frame id") || name == QLatin1String("bogus extended header"))
        QVERIFY(!sample);
    if (name == QLatin1String("broken JSON"))
        QVERIFY(!sample);
    if (name == QLatin1String("truncated mid-frame")) {
        // The frames before the cut are still read.
        QVERIFY(sample && sample->ntpSeconds);
    }
}

void TestHydraFrames::capsArrays() {
    QList<QString> ids;
    QList<QString> names;
    for (int i = 0; i < 100; ++i) {
        ids << QStringLiteral("id%1").arg(i);
        names << (i == 0 ? QString(1000, QLatin1Char('n')) : QStringLiteral("n"));
    }
    HydraTagSpec spec;
    spec.participantsJson = hydraParticipantsJson(ids, names);
    QByteArray levels = "[";
    for (int i = 0; i < 500; ++i)
        levels += QByteArray::number(i) + ",";
    levels.chop(1);
    spec.levelsJson = levels + "]";
    auto sample = HydraFrames::parseTag(makeHydraTag(spec));
    QVERIFY(sample && sample->participants);
    QCOMPARE(sample->participants->size(), std::size_t(limits::kMaxHydraSlots));
    // Cut to the cap (printable() marks the cut with one '…').
    QCOMPARE(sample->participants->front().userName.size(), limits::kMaxHydraNameChars + 1);
    QCOMPARE(sample->levels.size(), std::size_t(limits::kMaxHydraSlots));

    // A frame above the size cap is not read at all.
    spec.participantsJson = "[" + QByteArray(limits::kMaxHydraFrameBytes, ' ') + "]";
    spec.levelsJson.reset();
    spec.ntp = 3894606003.0;
    sample = HydraFrames::parseTag(makeHydraTag(spec));
    QVERIFY(sample && sample->ntpSeconds);
    QVERIFY(!sample->participants);
}

void TestHydraFrames::controlCharactersRemoved() {
    HydraTagSpec spec;
    spec.participantsJson =
        "[{\"ParticipantIndex\":1,\"UserId\":\"abc\\u001b[2J\",\"UserName\":\"x\\u0007y\"}]";
    const auto sample = HydraFrames::parseTag(makeHydraTag(spec));
    QVERIFY(sample && sample->participants);
    QCOMPARE(sample->participants->at(0).userId, QStringLiteral("abc[2J"));
    QCOMPARE(sample->participants->at(0).userName, QStringLiteral("xy"));
}

void TestHydraFrames::placedByFramesBefore() {
    // PRIV tag, 3 frames, a Hydra tag, 47 frames, another Hydra tag, 2 frames: the tags sit
    // between ADTS frames, found by the chunk reader's single walk.
    HydraTagSpec first = fullSpec(3, 1);
    first.ntp = 3894606004.0;
    HydraTagSpec second = fullSpec(4, 0);
    second.ntp = 3894606005.0;
    QByteArray chunk = makeId3Tag(90000, false, false);
    for (int i = 0; i < 3; ++i)
        chunk += makeAdtsFrame(kStereo48k, payload(i));
    chunk += makeHydraTag(first);
    for (int i = 3; i < 50; ++i)
        chunk += makeAdtsFrame(kStereo48k, payload(i));
    chunk += makeHydraTag(second);
    for (int i = 50; i < 52; ++i)
        chunk += makeAdtsFrame(kStereo48k, payload(i));

    const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 7"));
    QVERIFY(audio);
    QCOMPARE(audio->frames.size(), std::size_t(52));
    QCOMPARE(audio->tags.size(), std::size_t(3));
    QCOMPARE(audio->id3TagsSkipped, 3);
    QCOMPARE(audio->tags[1].framesBefore, 3);
    QCOMPARE(audio->tags[2].framesBefore, 50);

    const auto samples = HydraFrames::fromChunk(chunk, *audio);
    QCOMPARE(samples.size(), std::size_t(2));
    QCOMPARE(samples[0].offsetSeconds, 3 * 1024.0 / 48000);
    QCOMPARE(*samples[0].ntpSeconds, 3894606004.0);
    QCOMPARE(samples[1].offsetSeconds, 50 * 1024.0 / 48000);
    QCOMPARE(*samples[1].ntpSeconds, 3894606005.0);

    // A chunk without Hydra frames gives nothing.
    QByteArray plain = makeId3Tag(90000, false, false) + makeAdtsFrame(kStereo48k, payload(1));
    const auto plainAudio = ChunkReader::read(plain, QStringLiteral("chunk 8"));
    QVERIFY(plainAudio);
    QVERIFY(HydraFrames::fromChunk(plain, *plainAudio).empty());

    // Tag references that point outside the chunk are ignored.
    ChunkAudio forged = *audio;
    forged.tags.push_back(Id3TagRef{qint32(chunk.size() - 5), 100, 52});
    QCOMPARE(HydraFrames::fromChunk(chunk, forged).size(), std::size_t(2));
}

void TestHydraFrames::tagListIsCapped() {
    // A chunk of 100 tiny tags and one frame: all skipped and counted, only the cap listed.
    QByteArray chunk;
    for (int i = 0; i < 100; ++i)
        chunk += makeId3Tag(quint64(i), false, false);
    chunk += makeAdtsFrame(kStereo48k, payload(1));
    const auto audio = ChunkReader::read(chunk, QStringLiteral("chunk 9"));
    QVERIFY(audio);
    QCOMPARE(audio->id3TagsSkipped, 100);
    QCOMPARE(audio->tags.size(), std::size_t(limits::kMaxId3TagsPerChunk));
    QCOMPARE(audio->frames.size(), std::size_t(1));
}

void TestHydraFrames::existingFixtureTagsAreHarmless() {
    // The fixture's older "Periscope-like" tag has a JSONMetadata without a Hydra shape and a
    // bare-number HydraAudioLevel: read as such, nothing more.
    const auto sample = HydraFrames::parseTag(makeId3Tag(1, true, true));
    QVERIFY(sample);
    QVERIFY(!sample->participants);
    QCOMPARE(sample->levels, (std::vector<float>{0.42f}));
}

void TestHydraFrames::ntpText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");  // 0 = refused
    QTest::newRow("X's") << "3894606003.284" << 3894606003.284;
    QTest::newRow("spaces") << " 3894606003 " << 3894606003.0;
    QTest::newRow("small") << "42" << 0.0;
    QTest::newRow("negative") << "-3894606003" << 0.0;
    QTest::newRow("nan") << "nan" << 0.0;
    QTest::newRow("inf") << "inf" << 0.0;
    QTest::newRow("huge") << "1e300" << 0.0;
    QTest::newRow("words") << "soon" << 0.0;
}

void TestHydraFrames::ntpText() {
    QFETCH(QString, text);
    QFETCH(double, expected);
    const auto ntp = HydraFrames::ntpFromText(text);
    if (expected == 0.0)
        QVERIFY(!ntp);
    else
        QCOMPARE(ntp.value_or(0), expected);
}

QTEST_GUILESS_MAIN(TestHydraFrames)
#include "tst_hydraframes.moc"
