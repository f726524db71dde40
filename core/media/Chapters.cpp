// SPDX-License-Identifier: MIT
#include "media/Chapters.h"

#include "media/Mp4Boxes.h"
#include "util/SafeText.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace spacetape::chapters {

namespace {

/// @p utf8 cut to at most @p maxBytes without splitting a character.
QByteArray cutUtf8(const QByteArray &utf8, int maxBytes) {
    if (utf8.size() <= maxBytes)
        return utf8;
    qsizetype end = maxBytes;
    // Step back over continuation bytes (10xxxxxx) to the start of the cut character.
    while (end > 0 && (quint8(utf8[end]) & 0xC0) == 0x80)
        --end;
    return utf8.left(end);
}

}  // namespace

std::vector<ChapterMark> prepare(const std::vector<Chapter> &chapters, quint32 sampleRate,
                                 quint64 durationSamples) {
    // Keyed by start sample: sorted, and a later chapter at the same sample replaces the
    // earlier (a zero-length chapter would be a zero-duration sample in the text track).
    std::map<quint64, QString> byStart;
    for (const Chapter &chapter : chapters) {
        if (!std::isfinite(chapter.start))
            continue;
        const double samples = std::max(0.0, std::round(chapter.start * sampleRate));
        if (samples >= double(durationSamples))
            continue;
        byStart[quint64(samples)] = chapter.title;
    }
    std::vector<ChapterMark> marks;
    marks.reserve(std::min<size_t>(byStart.size(), kMaxChapters));
    for (const auto &[start, title] : byStart) {
        if (marks.size() == size_t(kMaxChapters))
            break;
        marks.push_back({marks.empty() ? 0 : start,
                         cutUtf8(printable(title, kMaxTitleBytes).toUtf8(), kMaxTitleBytes)});
    }
    return marks;
}

QByteArray neroChapterList(const std::vector<ChapterMark> &marks, quint32 sampleRate) {
    mp4::BoxWriter w;
    const qsizetype chpl = w.openFull("chpl", 1, 0);
    w.u32(0);  // reserved in version 1; readers skip it
    w.u8(quint8(std::min<size_t>(marks.size(), kMaxChapters)));
    for (const ChapterMark &mark : marks) {
        // 100 ns units; exact for the rates AAC uses only up to rounding, which is far below
        // what a player can seek to.
        const quint64 seconds = mark.startSample / sampleRate;
        const quint64 rest = mark.startSample % sampleRate;
        w.u64(seconds * 10000000 + (rest * 10000000 + sampleRate / 2) / sampleRate);
        w.u8(quint8(mark.title.size()));
        w.bytes(mark.title);
    }
    w.close(chpl);
    return w.data();
}

QByteArray textSample(const ChapterMark &mark) {
    mp4::BoxWriter w;
    w.u16(quint16(mark.title.size()));
    w.bytes(mark.title);
    // QuickTime reads the text's encoding from an `encd` atom after the text; 0x100 is what
    // Apple's and ffmpeg's chapter tracks carry for UTF-8 titles.
    const qsizetype encd = w.open("encd");
    w.u32(0x00000100);
    w.close(encd);
    return w.data();
}

QByteArray textTrack(const std::vector<ChapterMark> &marks, const TextTrackLayout &layout) {
    const quint8 version = layout.wide ? 1 : 0;
    mp4::BoxWriter w;
    auto times = [&] {
        if (layout.wide) {
            w.u64(layout.created);
            w.u64(layout.created);
        } else {
            w.u32(quint32(layout.created));
            w.u32(quint32(layout.created));
        }
    };
    auto duration = [&](quint64 value) {
        if (layout.wide)
            w.u64(value);
        else
            w.u32(quint32(value));
    };

    const qsizetype trak = w.open("trak");
    // Flags: in movie (0x2) but not enabled (0x1), so players list it as chapters, never
    // as a subtitle track to show.
    const qsizetype tkhd = w.openFull("tkhd", version, 0x2);
    times();
    w.u32(layout.trackId);
    w.u32(0);
    duration(layout.durationSamples);  // the movie timescale is the sample rate too
    w.zeros(8);
    w.u16(0);  // layer
    w.u16(0);  // alternate group: none
    w.u16(0);  // volume: not sound
    w.u16(0);
    mp4::writeUnityMatrix(w);
    w.u32(0);  // width
    w.u32(0);  // height
    w.close(tkhd);

    const qsizetype mdia = w.open("mdia");
    const qsizetype mdhd = w.openFull("mdhd", version, 0);
    times();
    w.u32(layout.timescale);
    duration(layout.durationSamples);
    w.u16(0x55C4);  // language "und"
    w.u16(0);
    w.close(mdhd);

    const qsizetype hdlr = w.openFull("hdlr", 0, 0);
    w.u32(0);
    w.fourcc("text");
    w.zeros(12);
    w.bytes(QByteArrayLiteral("Chapters"));
    w.u8(0);
    w.close(hdlr);

    const qsizetype minf = w.open("minf");
    // QuickTime's generic media header: gmin, and for text media a `text` atom that holds
    // the text's display matrix (unity).
    const qsizetype gmhd = w.open("gmhd");
    const qsizetype gmin = w.openFull("gmin", 0, 0);
    w.u16(0x40);  // graphics mode: copy
    w.u16(0x8000);
    w.u16(0x8000);
    w.u16(0x8000);  // op color
    w.u16(0);       // balance
    w.u16(0);
    w.close(gmin);
    const qsizetype text = w.open("text");
    mp4::writeUnityMatrix(w);
    w.close(text);
    w.close(gmhd);

    const qsizetype dinf = w.open("dinf");
    const qsizetype dref = w.openFull("dref", 0, 0);
    w.u32(1);
    const qsizetype url = w.openFull("url ", 0, 0x1);  // media is in this file
    w.close(url);
    w.close(dref);
    w.close(dinf);

    const qsizetype stbl = w.open("stbl");
    const qsizetype stsd = w.openFull("stsd", 0, 0);
    w.u32(1);
    // QuickTime text sample description: a plain, black-on-transparent default style.
    const qsizetype entry = w.open("text");
    w.zeros(6);
    w.u16(1);    // data_reference_index
    w.u32(0);    // display flags
    w.u32(1);    // justification: centred
    w.zeros(6);  // background colour
    w.zeros(8);  // default text box
    w.zeros(8);  // reserved
    w.u16(0);    // font number
    w.u16(0);    // font face
    w.u8(0);     // reserved
    w.u16(0);    // reserved
    w.zeros(6);  // foreground colour
    w.u8(0);     // font name: empty Pascal string
    w.close(entry);
    w.close(stsd);

    // One stts entry per chapter (AVFoundation expects that of a chapter track) ...
    const quint32 count = quint32(marks.size());
    const qsizetype stts = w.openFull("stts", 0, 0);
    w.u32(count);
    for (size_t i = 0; i < marks.size(); ++i) {
        const quint64 end =
            i + 1 < marks.size() ? marks[i + 1].startSample : layout.durationSamples;
        w.u32(1);
        w.u32(quint32(std::min<quint64>(end - marks[i].startSample, 0xFFFFFFFFu)));
    }
    w.close(stts);

    // ... and one chunk per sample, the layout readers of chapter tracks are used to.
    const qsizetype stsc = w.openFull("stsc", 0, 0);
    w.u32(1);
    w.u32(1);
    w.u32(1);
    w.u32(1);
    w.close(stsc);

    std::vector<quint32> sizes;
    sizes.reserve(marks.size());
    const qsizetype stsz = w.openFull("stsz", 0, 0);
    w.u32(0);
    w.u32(count);
    for (const ChapterMark &mark : marks) {
        sizes.push_back(quint32(textSample(mark).size()));
        w.u32(sizes.back());
    }
    w.close(stsz);

    const qsizetype offsets = w.openFull(layout.co64 ? "co64" : "stco", 0, 0);
    w.u32(count);
    quint64 offset = layout.firstSampleOffset;
    for (quint32 size : sizes) {
        if (layout.co64)
            w.u64(offset);
        else
            w.u32(quint32(offset));
        offset += size;
    }
    w.close(offsets);
    w.close(stbl);
    w.close(minf);
    w.close(mdia);
    w.close(trak);
    return w.data();
}

QByteArray chapterReference(quint32 chapterTrackId) {
    mp4::BoxWriter w;
    const qsizetype tref = w.open("tref");
    const qsizetype chap = w.open("chap");
    w.u32(chapterTrackId);
    w.close(chap);
    w.close(tref);
    return w.data();
}

}  // namespace spacetape::chapters
