// SPDX-License-Identifier: MIT
#include "media/M4aWriter.h"

#include "media/Mp4Boxes.h"

#include <QFileDevice>
#include <QIODevice>

#include <algorithm>
#include <cerrno>
#include <limits>

namespace spacetape {

namespace {

using mp4::BoxWriter;
using mp4::writeUnityMatrix;

constexpr quint64 kMax32 = std::numeric_limits<quint32>::max();
// Seconds from the MP4 epoch (1904-01-01) to the Unix epoch.
constexpr qint64 kMp4EpochOffset = 2082844800;
// The audio is track 1; the QuickTime chapter track, when written, is track 2.
constexpr quint32 kChapterTrackId = 2;

/// Everything the sample table needs, derived once from the frame sizes.
struct AudioIndex {
    AudioFormat format;
    const std::vector<quint32> *frameSizes = nullptr;
    std::vector<quint64> chunkStarts;  // relative to the first payload byte
    quint64 payloadBytes = 0;
    quint64 durationSamples = 0;
    quint32 maxFrameSize = 0;
    quint32 avgBitrate = 0;
    quint32 maxBitrate = 0;
};

AudioIndex buildIndex(const AudioFormat &format, const std::vector<quint32> &frameSizes) {
    AudioIndex index;
    index.format = format;
    index.frameSizes = &frameSizes;
    index.chunkStarts.reserve(frameSizes.size() / M4aWriter::kFramesPerChunk + 1);
    for (size_t i = 0; i < frameSizes.size(); ++i) {
        if (i % M4aWriter::kFramesPerChunk == 0)
            index.chunkStarts.push_back(index.payloadBytes);
        index.payloadBytes += frameSizes[i];
        index.maxFrameSize = std::max(index.maxFrameSize, frameSizes[i]);
    }
    const quint64 rate = quint64(format.sampleRate());
    index.durationSamples = quint64(frameSizes.size()) * kSamplesPerAacFrame;
    index.avgBitrate =
        quint32(std::min<quint64>(index.payloadBytes * 8 * rate / index.durationSamples, kMax32));

    // esds maxBitrate is the peak over any one-second window (ISO 14496-1 §7.2.6.6).
    const size_t window = std::min<size_t>(
        frameSizes.size(), size_t((rate + kSamplesPerAacFrame - 1) / kSamplesPerAacFrame));
    quint64 windowBytes = 0;
    quint64 peakBytes = 0;
    for (size_t i = 0; i < frameSizes.size(); ++i) {
        windowBytes += frameSizes[i];
        if (i >= window)
            windowBytes -= frameSizes[i - window];
        peakBytes = std::max(peakBytes, windowBytes);
    }
    index.maxBitrate = quint32(
        std::min<quint64>(peakBytes * 8 * rate / (quint64(window) * kSamplesPerAacFrame), kMax32));
    index.maxBitrate = std::max(index.maxBitrate, index.avgBitrate);
    return index;
}

QByteArray buildFtyp() {
    BoxWriter w;
    const qsizetype box = w.open("ftyp");
    w.fourcc("M4A ");  // major brand: iTunes audio
    w.u32(0);
    w.fourcc("M4A ");
    w.fourcc("mp42");
    w.fourcc("isom");
    w.close(box);
    return w.data();
}

/**
 * udta/meta(hdlr mdir)/ilst + free: the room Tagger (TagLib) fills in later.
 *
 * The ilst is written empty on purpose. TagLib 1.13's MP4::Tag::save() edits in
 * place only when moov/udta/meta/ilst already exists: it then rewrites ilst
 * together with a `free` box that is ilst's sibling inside meta, and pads what
 * is left with a new `free`. Without an ilst it inserts a fresh meta (or udta)
 * box, which shifts mdat and rewrites the whole file after moov.
 * @p chapterList is Nero's `chpl` box, or empty.
 */
QByteArray buildUserData(const QByteArray &chapterList) {
    BoxWriter w(4096 + chapterList.size() + M4aWriter::kTagPadding);
    const qsizetype udta = w.open("udta");
    // Nero's chapter list goes before meta: TagLib rewrites only meta's ilst and the `free`
    // after it, and fixes the sizes of udta and moov around them, so chpl is never touched.
    w.bytes(chapterList);
    const qsizetype meta = w.openFull("meta", 0, 0);
    const qsizetype hdlr = w.openFull("hdlr", 0, 0);
    w.u32(0);
    w.fourcc("mdir");
    w.fourcc("appl");
    w.zeros(8);
    w.u8(0);  // empty name
    w.close(hdlr);

    const qsizetype ilst = w.open("ilst");
    w.close(ilst);

    // Inside meta, right after ilst: the only place TagLib looks for room to grow into.
    const qsizetype padding = w.open("free");
    w.zeros(M4aWriter::kTagPadding - 8);
    w.close(padding);

    w.close(meta);
    w.close(udta);
    return w.data();
}

void writeEsds(BoxWriter &w, const AudioIndex &index) {
    BoxWriter decoderConfig;
    decoderConfig.u8(0x40);             // objectTypeIndication: MPEG-4 audio
    decoderConfig.u8((0x05 << 2) | 1);  // streamType audio, upStream 0, reserved 1
    decoderConfig.u24(std::min<quint32>(index.maxFrameSize, 0xFFFFFF));  // bufferSizeDB
    decoderConfig.u32(index.maxBitrate);
    decoderConfig.u32(index.avgBitrate);
    decoderConfig.descriptor(0x05, index.format.audioSpecificConfig());

    BoxWriter es;
    es.u16(0);  // ES_ID: 0 inside MP4 files (ISO 14496-14 §3.1.2)
    es.u8(0);   // no dependency, URL or OCR stream
    es.descriptor(0x04, decoderConfig.data());
    es.descriptor(0x06, QByteArray(1, '\x02'));  // SLConfig: predefined for MP4

    const qsizetype esds = w.openFull("esds", 0, 0);
    w.descriptor(0x03, es.data());
    w.close(esds);
}

void writeSampleTable(BoxWriter &w, const AudioIndex &index, quint64 payloadStart, bool co64) {
    const std::vector<quint32> &sizes = *index.frameSizes;
    const int channelCounts[8] = {0, 1, 2, 3, 4, 5, 6, 8};
    const int rate = index.format.sampleRate();

    const qsizetype stbl = w.open("stbl");

    const qsizetype stsd = w.openFull("stsd", 0, 0);
    w.u32(1);
    const qsizetype mp4a = w.open("mp4a");
    w.zeros(6);
    w.u16(1);    // data_reference_index
    w.zeros(8);  // version, revision, vendor
    w.u16(quint16(channelCounts[index.format.channelConfiguration]));
    w.u16(16);  // sample size
    w.u32(0);   // pre_defined, reserved
    // 16.16 fixed point cannot hold 88.2/96 kHz; readers take the rate from mdhd and esds.
    w.u32(rate < 0x10000 ? quint32(rate) << 16 : 0);
    writeEsds(w, index);
    w.close(mp4a);
    w.close(stsd);

    const qsizetype stts = w.openFull("stts", 0, 0);
    w.u32(1);
    w.u32(quint32(sizes.size()));
    w.u32(kSamplesPerAacFrame);
    w.close(stts);

    const quint32 chunkCount = quint32(index.chunkStarts.size());
    const quint32 lastChunkFrames =
        quint32(sizes.size() - size_t(chunkCount - 1) * M4aWriter::kFramesPerChunk);
    const bool unevenTail = chunkCount > 1 && lastChunkFrames != M4aWriter::kFramesPerChunk;
    const qsizetype stsc = w.openFull("stsc", 0, 0);
    w.u32(unevenTail ? 2 : 1);
    w.u32(1);
    w.u32(chunkCount == 1 ? lastChunkFrames : quint32(M4aWriter::kFramesPerChunk));
    w.u32(1);
    if (unevenTail) {
        w.u32(chunkCount);
        w.u32(lastChunkFrames);
        w.u32(1);
    }
    w.close(stsc);

    const qsizetype stsz = w.openFull("stsz", 0, 0);
    w.u32(0);  // sizes vary
    w.u32(quint32(sizes.size()));
    for (quint32 size : sizes)
        w.u32(size);
    w.close(stsz);

    const qsizetype chunkOffsets = w.openFull(co64 ? "co64" : "stco", 0, 0);
    w.u32(chunkCount);
    for (quint64 start : index.chunkStarts) {
        if (co64)
            w.u64(payloadStart + start);
        else
            w.u32(quint32(payloadStart + start));
    }
    w.close(chunkOffsets);

    w.close(stbl);
}

/// The QuickTime chapter track, when there is one: its marks and where its samples start
/// (relative to the first payload byte, like AudioIndex::chunkStarts).
struct ChapterTrackPlan {
    const std::vector<chapters::ChapterMark> *marks = nullptr;
    quint64 samplesStart = 0;
};

QByteArray buildMoov(const AudioIndex &index, const QByteArray &userData,
                     const QDateTime &createdAt, quint64 payloadStart, bool co64,
                     const std::optional<M4aEdit> &edit, const ChapterTrackPlan &chapterTrack) {
    const quint64 duration = index.durationSamples;
    // Movie and track durations are what is presented: the edit's, when there is one.
    const quint64 presented = edit ? edit->duration : duration;
    const quint32 rate = quint32(index.format.sampleRate());
    const quint64 created =
        createdAt.isValid()
            ? quint64(std::max<qint64>(0, createdAt.toSecsSinceEpoch() + kMp4EpochOffset))
            : 0;
    // Version 1 boxes take 64-bit times and durations (past 2040 or ~24 h at 48 kHz).
    const bool wide = duration > kMax32 || created > kMax32;
    const quint8 version = wide ? 1 : 0;
    auto writeTimes = [&](BoxWriter &w) {
        if (wide) {
            w.u64(created);
            w.u64(created);
        } else {
            w.u32(quint32(created));
            w.u32(quint32(created));
        }
    };
    auto writeDuration = [&](BoxWriter &w, quint64 value) {
        if (wide)
            w.u64(value);
        else
            w.u32(quint32(value));
    };

    BoxWriter w(qsizetype(index.frameSizes->size()) * 4 + userData.size() + 4096);
    const qsizetype moov = w.open("moov");

    // The movie timescale is the sample rate too, so durations are exact.
    const qsizetype mvhd = w.openFull("mvhd", version, 0);
    writeTimes(w);
    w.u32(rate);
    writeDuration(w, presented);
    w.u32(0x00010000);  // rate 1.0
    w.u16(0x0100);      // volume 1.0
    w.zeros(10);
    writeUnityMatrix(w);
    w.zeros(24);
    w.u32(chapterTrack.marks ? 3 : 2);  // next track ID
    w.close(mvhd);

    const qsizetype trak = w.open("trak");
    const qsizetype tkhd = w.openFull("tkhd", version, 0x3);  // enabled, in movie
    writeTimes(w);
    w.u32(1);  // track ID
    w.u32(0);
    writeDuration(w, presented);
    w.zeros(8);
    w.u16(0);  // layer
    w.u16(1);  // alternate group
    w.u16(0x0100);
    w.u16(0);
    writeUnityMatrix(w);
    w.u32(0);  // width
    w.u32(0);  // height
    w.close(tkhd);

    if (chapterTrack.marks)
        w.bytes(chapters::chapterReference(kChapterTrackId));

    if (edit) {
        // One edit: present edit->duration samples from media time edit->mediaTime (the
        // movie timescale is the sample rate, so both are in samples).
        const qsizetype edts = w.open("edts");
        const qsizetype elst = w.openFull("elst", version, 0);
        w.u32(1);
        writeDuration(w, edit->duration);
        if (wide)
            w.u64(edit->mediaTime);
        else
            w.u32(quint32(edit->mediaTime));
        w.u16(1);  // media rate 1.0
        w.u16(0);
        w.close(elst);
        w.close(edts);
    }

    const qsizetype mdia = w.open("mdia");
    const qsizetype mdhd = w.openFull("mdhd", version, 0);
    writeTimes(w);
    w.u32(rate);
    writeDuration(w, duration);
    w.u16(0x55C4);  // language "und"
    w.u16(0);
    w.close(mdhd);

    const qsizetype hdlr = w.openFull("hdlr", 0, 0);
    w.u32(0);
    w.fourcc("soun");
    w.zeros(12);
    w.bytes(QByteArrayLiteral("SoundHandler"));
    w.u8(0);
    w.close(hdlr);

    const qsizetype minf = w.open("minf");
    const qsizetype smhd = w.openFull("smhd", 0, 0);
    w.u32(0);  // balance, reserved
    w.close(smhd);
    const qsizetype dinf = w.open("dinf");
    const qsizetype dref = w.openFull("dref", 0, 0);
    w.u32(1);
    const qsizetype url = w.openFull("url ", 0, 0x1);  // media is in this file
    w.close(url);
    w.close(dref);
    w.close(dinf);
    writeSampleTable(w, index, payloadStart, co64);
    w.close(minf);
    w.close(mdia);
    w.close(trak);

    // The audio trak stays the first: readers of our own files (sections) take the first.
    if (chapterTrack.marks) {
        chapters::TextTrackLayout layout;
        layout.trackId = kChapterTrackId;
        layout.timescale = rate;
        layout.durationSamples = presented;
        layout.firstSampleOffset = payloadStart + chapterTrack.samplesStart;
        layout.co64 = co64;
        layout.wide = wide;
        layout.created = created;
        w.bytes(chapters::textTrack(*chapterTrack.marks, layout));
    }

    w.bytes(userData);
    w.close(moov);
    return w.data();
}

QByteArray buildMdatHeader(quint64 payloadBytes) {
    BoxWriter w;
    if (M4aWriter::mdatHeaderSize(payloadBytes) == 16) {
        w.u32(1);  // size 1: a 64-bit "largesize" follows the type
        w.fourcc("mdat");
        w.u64(payloadBytes + 16);
    } else {
        w.u32(quint32(payloadBytes + 8));
        w.fourcc("mdat");
    }
    return w.data();
}

}  // namespace

M4aWriter::M4aWriter(QIODevice *out) : m_out(out) {}

void M4aWriter::setChapterFormats(ChapterFormats formats) {
    m_chapterFormats = formats;
}

bool M4aWriter::needsCo64(quint64 largestChunkOffset) {
    return largestChunkOffset > kMax32;
}

int M4aWriter::mdatHeaderSize(quint64 payloadBytes) {
    return payloadBytes + 8 > kMax32 ? 16 : 8;
}

Expected<void> M4aWriter::begin(const AudioFormat &format, const std::vector<quint32> &frameSizes,
                                const QDateTime &createdAt, const std::optional<M4aEdit> &edit,
                                const std::vector<Chapter> &chapterList) {
    if (m_begun || m_failed)
        return failWith(fail(tr("Internal error: the M4A writer was started twice.")));
    if (!m_out || !m_out->isWritable())
        return failWith(fail(tr("Internal error: the M4A output file is not open for writing.")));
    if (frameSizes.empty())
        return failWith(
            fail(tr("Cannot save an empty recording: no audio frames were found in the downloaded "
                    "chunks. The Space may have no replay yet; try again later.")));
    if (frameSizes.size() > kMax32)
        return failWith(fail(tr("The recording is too long for one M4A file.")));
    if (format.sampleRate() == 0 || format.channelConfiguration < 1 ||
        format.channelConfiguration > 7)
        return failWith(fail(tr("Cannot save audio in an unsupported format (%1): "
                                "only AAC with a standard channel layout is "
                                "supported.")
                                 .arg(format.describe())));
    const auto emptyFrame = std::find(frameSizes.begin(), frameSizes.end(), 0u);
    if (emptyFrame != frameSizes.end())
        return failWith(fail(tr("Audio frame %1 is empty; the downloaded audio is damaged. Try "
                                "downloading the Space again.")
                                 .arg(emptyFrame - frameSizes.begin() + 1)));

    if (edit && (edit->duration == 0 || edit->mediaTime + edit->duration >
                                            quint64(frameSizes.size()) * kSamplesPerAacFrame))
        return failWith(fail(tr("Internal error: the section lies outside its audio frames.")));

    const AudioIndex index = buildIndex(format, frameSizes);
    const quint64 presented = edit ? edit->duration : index.durationSamples;
    const std::vector<chapters::ChapterMark> marks =
        chapters::prepare(chapterList, quint32(format.sampleRate()), presented);
    const bool nero = !marks.empty() && m_chapterFormats != ChapterFormats::QuickTimeOnly;
    const bool quickTime = !marks.empty() && m_chapterFormats != ChapterFormats::NeroOnly;

    // The chapter track's text samples follow the audio inside the same mdat.
    QByteArray chapterSamples;
    quint64 lastChapterSample = 0;  // relative to the first payload byte
    if (quickTime) {
        for (const chapters::ChapterMark &mark : marks) {
            lastChapterSample = index.payloadBytes + quint64(chapterSamples.size());
            chapterSamples += chapters::textSample(mark);
        }
    }
    ChapterTrackPlan chapterTrack;
    if (quickTime) {
        chapterTrack.marks = &marks;
        chapterTrack.samplesStart = index.payloadBytes;
    }
    const quint64 mdatPayload = index.payloadBytes + quint64(chapterSamples.size());

    const QByteArray ftyp = buildFtyp();
    const QByteArray userData = buildUserData(
        nero ? chapters::neroChapterList(marks, quint32(format.sampleRate())) : QByteArray());
    const QByteArray mdatHeader = buildMdatHeader(mdatPayload);

    // The chunk offsets depend on the moov size, which depends on stco vs co64:
    // size the 32-bit form first and switch only if its last offset overflows.
    const qsizetype moovSize32 =
        buildMoov(index, userData, createdAt, 0, false, edit, chapterTrack).size();
    const quint64 payloadStart32 = quint64(ftyp.size() + moovSize32 + mdatHeader.size());
    const bool co64 =
        needsCo64(payloadStart32 + std::max(index.chunkStarts.back(), lastChapterSample));
    const qsizetype moovSize =
        co64 ? buildMoov(index, userData, createdAt, 0, true, edit, chapterTrack).size()
             : moovSize32;
    const quint64 payloadStart = quint64(ftyp.size() + moovSize + mdatHeader.size());
    const QByteArray moov =
        buildMoov(index, userData, createdAt, payloadStart, co64, edit, chapterTrack);
    Q_ASSERT(moov.size() == moovSize);

    m_chapterSamples = chapterSamples;
    m_frameSizes = frameSizes;
    m_fileSize = payloadStart + mdatPayload;
    m_begun = true;
    m_pending.reserve(kWriteBlock);
    for (const QByteArray *part : {&ftyp, &moov, &mdatHeader}) {
        if (auto written = writeBytes(part->constData(), part->size()); !written)
            return written;
    }
    return {};
}

Expected<void> M4aWriter::writeFrame(const char *data, qsizetype size) {
    if (m_failed)
        return fail(tr("Internal error: writing audio after the M4A writer failed."));
    if (!m_begun)
        return failWith(fail(tr("Internal error: audio written before the M4A header.")));
    if (m_nextFrame >= m_frameSizes.size())
        return failWith(fail(tr("The audio has more frames than the %1 it was indexed with; the "
                                "downloaded chunks changed while saving. Try saving again.")
                                 .arg(m_frameSizes.size())));
    if (size < 0 || quint64(size) != m_frameSizes[m_nextFrame])
        return failWith(
            fail(tr("Audio frame %1 has %2 bytes but was indexed with %3; the downloaded "
                    "chunks changed while saving. Try saving again.")
                     .arg(m_nextFrame + 1)
                     .arg(size)
                     .arg(m_frameSizes[m_nextFrame])));
    ++m_nextFrame;
    if (m_pending.size() + size > kWriteBlock) {
        if (auto flushed = flushPending(); !flushed)
            return flushed;
    }
    if (size >= kWriteBlock)
        return writeBytes(data, size);
    m_pending.append(data, size);
    return {};
}

Expected<void> M4aWriter::finish() {
    if (m_failed)
        return fail(tr("Internal error: finishing an M4A writer that failed."));
    if (!m_begun)
        return failWith(fail(tr("Internal error: the M4A writer was never started.")));
    if (m_nextFrame != m_frameSizes.size())
        return failWith(fail(tr("The audio ended after %1 of %2 frames, so the file would be cut "
                                "short. Try saving again.")
                                 .arg(m_nextFrame)
                                 .arg(m_frameSizes.size())));
    // The chapter track's titles, at the place begin() indexed them: right after the audio.
    if (!m_chapterSamples.isEmpty()) {
        if (auto flushed = flushPending(); !flushed)
            return flushed;
        if (auto written = writeBytes(m_chapterSamples.constData(), m_chapterSamples.size());
            !written)
            return written;
        m_chapterSamples.clear();
    }
    if (auto flushed = flushPending(); !flushed)
        return flushed;
    if (auto *file = qobject_cast<QFileDevice *>(m_out)) {
        errno = 0;
        if (!file->flush())
            return failWith(fail(QString()));
    }
    return {};
}

Expected<void> M4aWriter::flushPending() {
    if (m_pending.isEmpty())
        return {};
    auto written = writeBytes(m_pending.constData(), m_pending.size());
    m_pending.resize(0);  // keeps the capacity for the next block
    return written;
}

Expected<void> M4aWriter::writeBytes(const char *data, qsizetype size) {
    errno = 0;
    if (m_out->write(data, size) == size)
        return {};
    return failWith(fail(QString()));
}

/// Makes the writer fail for good. An empty message stands for "the device
/// refused a write": that one is worded here, where errno is still fresh.
Expected<void> M4aWriter::failWith(Failure failure) {
    m_failed = true;
    if (!failure.message.isEmpty())
        return failure;
    const int error = errno;
    if (error == ENOSPC || m_out->errorString() == qt_error_string(ENOSPC))
        return fail(tr("Could not write %1: the disk is full. Free at least %2 MB "
                       "there and try again.")
                        .arg(deviceName(), QString::number((m_fileSize >> 20) + 1)));
    return fail(tr("Could not write %1: %2. Check that the folder is writable and "
                   "the disk is not full, then try again.")
                    .arg(deviceName(), m_out->errorString()));
}

QString M4aWriter::deviceName() const {
    if (auto *file = qobject_cast<QFileDevice *>(m_out); file && !file->fileName().isEmpty())
        return QStringLiteral("\"%1\"").arg(file->fileName());
    //: stands for the file name in "Could not write %1: ..."
    return tr("the audio file");
}

}  // namespace spacetape
