// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace spacetape {

/// One chapter of a saved file: where it starts and what it is called.
struct Chapter {
    double start = 0;  ///< seconds on the file's presented timeline (0 = its first sample)
    QString title;
};

/// Which chapter lists M4aWriter writes. Players read one or the other (Apple only the
/// QuickTime track, VLC on Android and AntennaPod only Nero's list), so files get both; the
/// single kinds exist so that tests can prove each is read on its own.
enum class ChapterFormats { Both, NeroOnly, QuickTimeOnly };

/**
 * @brief The two chapter lists of an .m4a, as bytes: Nero's `moov/udta/chpl` and a
 * QuickTime chapter track (a disabled `text` trak that the audio trak names in `tref/chap`).
 *
 * Only M4aWriter uses this: it decides where the boxes and the text samples go.
 */
namespace chapters {

/// The most chapters a file gets: `chpl` counts them in one byte.
constexpr int kMaxChapters = 255;
/// The longest title, in bytes of UTF-8: `chpl` gives its length in one byte.
constexpr int kMaxTitleBytes = 255;

/// A chapter as written: its start in samples of the audio and its title as UTF-8.
struct ChapterMark {
    quint64 startSample = 0;
    QByteArray title;
};

/**
 * The chapters a file of @p durationSamples samples at @p sampleRate can carry: sorted by
 * start, those at or past the end dropped, the first moved to 0 (a QuickTime chapter track
 * has no gaps, and Nero's readers end the previous chapter where the next starts), of two
 * with the same start sample only the last kept, at most kMaxChapters, titles without
 * control characters and cut to kMaxTitleBytes on a character boundary.
 */
std::vector<ChapterMark> prepare(const std::vector<Chapter> &chapters, quint32 sampleRate,
                                 quint64 durationSamples);

/// The `chpl` box (version 1; starts in 100 ns units), a child of moov/udta.
QByteArray neroChapterList(const std::vector<ChapterMark> &marks, quint32 sampleRate);

/// The bytes of one chapter track sample: 16-bit length, UTF-8 title, an `encd` atom.
QByteArray textSample(const ChapterMark &mark);

/// Where and how the chapter track is written (the audio's clock and the movie's times).
struct TextTrackLayout {
    quint32 trackId = 2;
    quint32 timescale = 0;          ///< the audio's sample rate: starts stay exact
    quint64 durationSamples = 0;    ///< what the audio presents (its edit's duration, if any)
    quint64 firstSampleOffset = 0;  ///< file offset of the first text sample; the rest follow
    bool co64 = false;              ///< 64-bit chunk offsets
    bool wide = false;              ///< version 1 tkhd/mdhd (64-bit times)
    quint64 created = 0;            ///< creation time, seconds since 1904
};

/// The chapter track's `trak` box; its samples (textSample() of each mark, in order) must
/// lie back to back from TextTrackLayout::firstSampleOffset.
QByteArray textTrack(const std::vector<ChapterMark> &marks, const TextTrackLayout &layout);

/// The audio trak's `tref` box naming @p chapterTrackId as its chapter track.
QByteArray chapterReference(quint32 chapterTrackId);

}  // namespace chapters
}  // namespace spacetape
