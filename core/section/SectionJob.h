// SPDX-License-Identifier: MIT
#pragma once

#include "job/DownloadJob.h"
#include "job/OutputPlacement.h"
#include "media/AudioAssembler.h"
#include "preview/PreviewTimeline.h"
#include "section/SectionRange.h"
#include "section/SectionWriter.h"

#include <QObject>

#include <memory>

namespace spacetape {

class NetworkService;

/// What to cut: a part of a Space (fetched) or of a finished file (no network).
struct SectionRequest {
    DownloadRequest space;  ///< a Space's playlist, tags, names and cache key
    QString localFile;      ///< instead: a finished .m4a; its tags are kept
    SectionRange range;
};

/**
 * @brief Saves one section of a Space as a sample-exact .m4a, fetching only what covers it.
 *
 * A Space: the playlist's EXTINF sums pick the chunks holding START and END, plus one more at
 * each edge (EXTINF and the audio drift apart by a little, never by a chunk); they go through
 * the Space's shared chunk cache (DownloadJob::cacheDirFor), so chunks the preview or a
 * download fetched are not fetched again. Where those frames sit in the whole Space is taken
 * from the chunks' PRIV transport-stream timestamps (see firstFrameOf()), not from EXTINF,
 * so the clip holds exactly the samples the whole Space's file holds at those times.
 * A finished file: its frames are read from its sample table.
 * SectionWriter then cuts on frame boundaries and an edit list makes the cut sample-exact.
 * The title gets the range appended: "Title (1:02:03–1:10:00)".
 */
class SectionJob : public QObject {
    Q_OBJECT
public:
    SectionJob(NetworkService &network, SectionRequest request, DownloadSettings settings,
               QObject *parent = nullptr);
    ~SectionJob() override;

    void start();
    void cancel();
    JobState state() const { return m_state; }
    const SectionRequest &request() const { return m_request; }

    /**
     * Set before start(): told about each chunk of the section as it is read (on the writing
     * thread, before finished()), with sample positions on the section file's own timeline
     * (0 = its first sample; the margin chunk before it gives negative ones). Not used when
     * cutting a finished file.
     */
    void setChunkReadObserver(ChunkReadObserver observer) { m_chunkRead = std::move(observer); }

    /// "Title (1:02:03–1:10:00)".
    static QString titleWithRange(const QString &title, const QString &rangeText);
    /**
     * The whole-Space index of the first frame of the chunk at @p index of @p timeline:
     * (PTS of that chunk − PTS of the Space's first chunk) in frames, when both chunks carry
     * a PRIV timestamp and it agrees with EXTINF within a few frames; else the EXTINF estimate.
     * @p ptsFirst / @p ptsChunk are the 90 kHz timestamps, when known.
     */
    static qint64 firstFrameOf(const PreviewTimeline &timeline, int index, int sampleRate,
                               std::optional<quint64> ptsFirst, std::optional<quint64> ptsChunk,
                               bool *fromTimestamps = nullptr);

Q_SIGNALS:
    void stateChanged(spacetape::JobState state);
    void progress(const spacetape::FetchProgress &progress);
    void warning(const QString &message);
    void waiting(const QString &message, int secondsLeft);
    void finished(const spacetape::JobResult &result);

private:
    void setState(JobState state);
    void onPlaylistLoaded(std::shared_ptr<const LoadedPlaylist> loaded);
    void onFetchFinished(const FetchResult &result);
    void cutChunks();
    void cutLocalFile();
    /// Writes off the event loop; finished() follows.
    void writeInBackground(std::function<Expected<SectionReport>()> work);
    void failWith(const QString &message, QList<qint64> missing = {});
    void finish(JobResult result);
    QString outputPathFor(const QString &title);

    NetworkService &m_network;
    SectionRequest m_request;
    DownloadSettings m_settings;
    JobState m_state = JobState::Queued;
    PlaylistLoader *m_loader;
    SegmentFetcher *m_fetcher = nullptr;
    std::shared_ptr<const LoadedPlaylist> m_playlist;
    PreviewTimeline m_timeline;
    int m_first = 0;  ///< the first chunk index fetched for the section (the margin included)
    int m_last = 0;   ///< the last one
    QString m_outputPath;
    OutputReservation m_output;  ///< holds m_outputPath from its choice until the end
    QThread *m_worker = nullptr;
    ChunkReadObserver m_chunkRead;
    bool m_finished = false;
};

}  // namespace spacetape
