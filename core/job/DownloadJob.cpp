// SPDX-License-Identifier: MIT
#include "job/DownloadJob.h"

#include "hls/HlsPlaylist.h"
#include "job/LiveCapture.h"
#include "job/SpaceRequestBuilder.h"
#include "net/NetworkService.h"
#include "util/SpaceId.h"
#include "util/TextFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <cmath>
#include <memory>
#include <mutex>

namespace spacetape {

namespace {

/// Hundreds of unlinks take tens of milliseconds: callers run this off the event loop.
void removeChunkFolder(const QString &folder) {
    if (!folder.isEmpty())
        QDir(folder).removeRecursively();
}

void inBackground(std::function<void()> work) {
    QThreadPool::globalInstance()->start(std::move(work));
}

}  // namespace

/// What a job and its mux thread share. The thread may outlive the job (nobody waits for it):
/// whatever a canceled mux leaves behind is cleaned up by whichever side comes last.
struct DownloadJob::MuxRun {
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    bool stopped = false;       ///< the thread is done with the chunks and the file
    bool committed = false;     ///< the file was written in place
    bool removeOutput = false;  ///< once stopped: the file it wrote goes
    QString removeCacheDir;     ///< once stopped: the chunks go (the job was discarded)
    QString outputPath;

    /// Asks the thread to stop at its next chunk.
    void stop(bool deleteOutput, const QString &cacheDir) {
        cancel = true;
        std::lock_guard<std::mutex> lock(mutex);
        if (!stopped) {
            removeOutput = removeOutput || deleteOutput;
            if (!cacheDir.isEmpty())
                removeCacheDir = cacheDir;
            return;
        }
        const QString output = deleteOutput && committed ? outputPath : QString();
        if (output.isEmpty() && cacheDir.isEmpty())
            return;
        inBackground([output, cacheDir] {
            if (!output.isEmpty())
                QFile::remove(output);
            removeChunkFolder(cacheDir);
        });
    }

    /// On the mux thread, when it is done: cleans up after a cancel, or removes the chunks of
    /// a file saved whole (@p cacheOnSuccess).
    void finished(bool written, const QString &cacheOnSuccess) {
        std::lock_guard<std::mutex> lock(mutex);
        stopped = true;
        committed = written;
        if (cancel) {
            if (removeOutput && committed)
                QFile::remove(outputPath);
            removeChunkFolder(removeCacheDir);
        } else if (committed) {
            removeChunkFolder(cacheOnSuccess);
        }
    }
};

QString jobStateName(JobState state) {
    switch (state) {
        case JobState::Queued:
            return QStringLiteral("queued");
        case JobState::Resolving:
            return QStringLiteral("resolving");
        case JobState::Downloading:
            return QStringLiteral("downloading");
        case JobState::Recording:
            return QStringLiteral("recording");
        case JobState::HostDisconnected:
            return QStringLiteral("host-disconnected");
        case JobState::Finishing:
            return QStringLiteral("finishing");
        case JobState::Paused:
            return QStringLiteral("paused");
        case JobState::Muxing:
            return QStringLiteral("muxing");
        case JobState::Done:
            return QStringLiteral("done");
        case JobState::Skipped:
            return QStringLiteral("skipped");
        case JobState::Failed:
            return QStringLiteral("failed");
        case JobState::Canceled:
            return QStringLiteral("canceled");
    }
    return QStringLiteral("unknown");
}

DownloadJob::DownloadJob(NetworkService &network, DownloadRequest request,
                         DownloadSettings settings, QObject *parent)
    : QObject(parent),
      m_network(network),
      m_request(std::move(request)),
      m_settings(std::move(settings)),
      m_loader(new PlaylistLoader(network, this)) {
    connect(m_loader, &PlaylistLoader::loaded, this, &DownloadJob::onPlaylistLoaded);
    connect(m_loader, &PlaylistLoader::failed, this,
            [this](const QString &message) { failWith(message); });
    connect(m_loader, &PlaylistLoader::waiting, this, &DownloadJob::waiting);
    if (m_request.cacheKey.isEmpty())
        m_request.cacheKey = defaultCacheKey(m_request.playlistUrl);
    if (m_request.extras.enabled && m_settings.saveExtras)
        m_extras = new extras::ExtrasRecorder(network, m_request.extras, this);
}

QString DownloadJob::defaultCacheKey(const QUrl &playlistUrl) {
    // The query of a CDN URL carries expiring tokens: key on host and path only.
    const QUrl stable = playlistUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    return QString::fromLatin1(
        QCryptographicHash::hash(stable.toEncoded(), QCryptographicHash::Sha1).toHex().left(16));
}

DownloadJob::~DownloadJob() {
    m_loader->abort();
    // Never wait for a mux here (it may be minutes of disk work on the GUI thread): it stops
    // at its next chunk, in either pass, removing its temporary file, and the chunks stay for
    // the next start. What it saved whole before it noticed is kept.
    if (m_mux)
        m_mux->stop(false, QString());
}

QString DownloadJob::cacheDir() const {
    return cacheDirFor(m_settings, m_request.cacheKey);
}

QString DownloadJob::cacheDirFor(const DownloadSettings &settings, const QString &cacheKey) {
    const auto folder = checkedCacheDirFor(settings, cacheKey);
    return folder ? *folder : QString();
}

Expected<QString> DownloadJob::checkedCacheDirFor(const DownloadSettings &settings,
                                                  const QString &cacheKey) {
    QString root = settings.cacheRoot;
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
               QStringLiteral("/chunks");
    // The key may come from X's answer or the saved queue: never trust it as a path.
    return spaceid::cacheFolder(root, cacheKey);
}

bool DownloadJob::hasLiveCapture(const DownloadSettings &settings, const QString &cacheKey) {
    return LiveCapture::existsIn(cacheDirFor(settings, cacheKey));
}

std::optional<DownloadRequest> DownloadJob::requestFromLiveCapture(const DownloadSettings &settings,
                                                                   const SpaceMetadata &latest) {
    const auto saved = LiveCapture::readSaved(cacheDirFor(settings, latest.id), latest.id);
    if (!saved || saved->chunks == 0)
        return std::nullopt;
    DownloadRequest request;
    request.playlistUrl = saved->masterUrl;
    request.tags = SpaceRequestBuilder::tagsFor(latest);
    request.names = SpaceRequestBuilder::namesFor(latest);
    request.cacheKey = latest.id;
    request.expectedDurationSeconds = latest.durationSeconds();
    // The speakers are in the captured chunks; the chat token is not known any more.
    request.extras.enabled = true;
    request.extras.metadata = latest;
    LiveSource live;
    live.dynamicPlaylistUrl = saved->dynamicUrl;
    live.spaceId = latest.id;
    live.replayExpected = latest.replayAvailable;
    live.ended = true;
    request.live = live;
    return request;
}

void DownloadJob::setState(JobState state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DownloadJob::start() {
    if (m_state != JobState::Queued && m_state != JobState::Failed && m_state != JobState::Canceled)
        return;
    m_finished = false;
    setState(JobState::Resolving);

    const QString templ = m_settings.nameTemplate.isEmpty() ? FilenameTemplate::defaultTemplate()
                                                            : m_settings.nameTemplate;
    const QString relative = FilenameTemplate::render(templ, m_request.names);
    // Held from now on: another job rendering the same name (in this process or another)
    // must not choose it while this one downloads.
    auto reserved = reserveOutput(m_settings.outputDir, relative, m_settings.existsPolicy);
    if (!reserved) {
        failWith(reserved.error());
        return;
    }
    m_output = std::move(*reserved);
    if (m_output.path().isEmpty()) {
        JobResult skipped;
        skipped.state = JobState::Skipped;
        skipped.outputPath = QDir(m_settings.outputDir).filePath(relative) + QStringLiteral(".m4a");
        finish(skipped);
        return;
    }
    if (m_extras)
        m_extras->startChat(m_request.live.has_value());
    if (m_request.live) {
        startLive();
        return;
    }
    m_loader->setNotFoundRetry(m_request.notFoundRetrySeconds, m_settings.notFoundRetryIntervalMs);
    m_loader->setKeyCookieHeader(m_request.keyCookieHeader);
    m_loader->load(m_request.playlistUrl);
}

void DownloadJob::startLive() {
    if (m_live) {
        // A retry may come from inside the old capture's failed(): let it unwind first.
        disconnect(m_live, nullptr, this, nullptr);
        m_live->stop();
        m_live->deleteLater();
    }
    m_live = new LiveCapture(m_network, m_request, m_settings, cacheDir(), this);
    connect(m_live, &LiveCapture::stateChanged, this, [this](JobState state) {
        m_liveState = state;
        if (m_state != JobState::Paused)
            setState(state);
    });
    connect(m_live, &LiveCapture::progress, this, &DownloadJob::progress);
    connect(m_live, &LiveCapture::liveStatus, this, &DownloadJob::liveStatus);
    connect(m_live, &LiveCapture::warning, this, &DownloadJob::warning);
    connect(m_live, &LiveCapture::waiting, this, &DownloadJob::waiting);
    connect(m_live, &LiveCapture::failed, this,
            [this](const QString &message, const QList<qint64> &missing) {
                failWith(message, missing);
            });
    connect(m_live, &LiveCapture::captured, this,
            [this](const QList<qint64> &sequences, const QList<qint64> &missing) {
                QList<ChunkFile> chunks;
                const QDir dir(cacheDir());
                for (qint64 seq : sequences)
                    chunks << ChunkFile{seq, dir.filePath(SegmentFetcher::chunkFileName(seq)),
                                        std::nullopt};
                assemble(chunks, missing);
            });
    m_liveState = JobState::Recording;
    setState(JobState::Recording);
    m_live->start();
}

void DownloadJob::onPlaylistLoaded(std::shared_ptr<const LoadedPlaylist> loaded) {
    if (m_state == JobState::Canceled)
        return;
    m_playlist = std::move(loaded);
    const HlsPlaylist &playlist = m_playlist->playlist;
    if (m_request.expectedDurationSeconds > 0 &&
        std::abs(playlist.totalDuration() - double(m_request.expectedDurationSeconds)) > 30) {
        Q_EMIT warning(tr("The playlist holds %1 of audio but the Space lasted %2; "
                          "if it ended recently the replay may still be processing.")
                           .arg(clockText(qint64(playlist.totalDuration())),
                                clockText(m_request.expectedDurationSeconds)));
    }
    m_sequences.clear();
    for (const HlsSegment &segment : playlist.segments)
        m_sequences << segment.sequence();
    if (playlist.segments.first().url.isLocalFile())
        useLocalSegments(playlist);
    else
        downloadSegments(playlist);
}

void DownloadJob::useLocalSegments(const HlsPlaylist &playlist) {
    QList<ChunkFile> chunks;
    QList<qint64> missing;
    for (const HlsSegment &segment : playlist.segments) {
        const QString path = segment.url.toLocalFile();
        if (!segment.url.isLocalFile() || !QFileInfo::exists(path))
            missing << segment.sequence();
        else
            chunks << ChunkFile{segment.sequence(), path, m_playlist->keyFor(segment.sequence())};
    }
    if (!missing.isEmpty() && !m_settings.allowGaps) {
        failWith(tr("%1 of %2 chunks are not beside the playlist (sequence %3).")
                     .arg(missing.size())
                     .arg(playlist.segments.size())
                     .arg(sequenceList(missing)),
                 missing);
        return;
    }
    if (!missing.isEmpty())
        Q_EMIT warning(describeGap(missing));
    assemble(chunks, missing);
}

void DownloadJob::downloadSegments(const HlsPlaylist &playlist) {
    if (const auto folder = checkedCacheDirFor(m_settings, m_request.cacheKey); !folder) {
        failWith(folder.error());
        return;
    }
    // The fetcher creates the folder, and fails the run naming it when it cannot.
    QList<SegmentRequest> requests;
    for (const HlsSegment &segment : playlist.segments)
        requests << SegmentRequest{segment.sequence(), segment.url};

    delete m_fetcher;
    m_fetcher = new SegmentFetcher(m_network, this);
    m_fetcher->setConcurrency(m_settings.concurrency);
    m_fetcher->setCacheDir(cacheDir());
    connect(m_fetcher, &SegmentFetcher::progress, this, &DownloadJob::progress);
    connect(m_fetcher, &SegmentFetcher::finished, this, &DownloadJob::onFetchFinished);
    setState(JobState::Downloading);
    m_fetcher->start(requests);
}

void DownloadJob::onFetchFinished(const FetchResult &result) {
    if (m_state == JobState::Canceled)
        return;
    switch (result.status) {
        case FetchStatus::Complete:
            break;
        case FetchStatus::ChunksMissing:
            // Missing on X's side: worth a retry later, or saving without them when allowed.
            if (!m_settings.allowGaps) {
                failWith(result.error + QLatin1Char(' ') +
                             tr("The chunks already saved are kept: retry later, or allow gaps "
                                "to save the rest."),
                         result.missing);
                return;
            }
            Q_EMIT warning(describeGap(result.missing));
            break;
        case FetchStatus::Failed:
        case FetchStatus::Canceled:
            // A failure here (disk, cache folder) is no gap: never saved around, never "retry".
            failWith(result.error.isEmpty() ? tr("The download stopped.") : result.error,
                     result.missing);
            return;
    }
    QList<ChunkFile> chunks;
    const QDir dir(cacheDir());
    const QSet<qint64> missing(result.missing.cbegin(), result.missing.cend());
    for (qint64 seq : m_sequences) {
        if (!missing.contains(seq))
            chunks << ChunkFile{seq, dir.filePath(SegmentFetcher::chunkFileName(seq)),
                                m_playlist->keyFor(seq)};
    }
    assemble(chunks, result.missing);
}

void DownloadJob::assemble(QList<ChunkFile> chunks, QList<qint64> missing) {
    setState(JobState::Muxing);
    if (m_finished)
        return;  // canceled by a slot of stateChanged()
    // Muxing reads ~100 MB: keep it off the thread that runs the UI / event loop.
    auto outcome = std::make_shared<std::optional<Expected<AssemblyReport>>>();
    auto run = std::make_shared<MuxRun>();
    run->outputPath = m_output.path();
    m_mux = run;
    const QString outputPath = m_output.path();
    const SpaceTags tags = m_request.tags;
    const QString cacheToRemove = m_request.playlistUrl.isLocalFile() ? QString() : cacheDir();
    AssemblyControl prepared;
    if (m_extras)
        m_extras->prepareAssembly(prepared);  // who spoke when, read in the first pass
    QThread *worker =
        QThread::create([outcome, run, chunks, tags, outputPath, cacheToRemove, prepared] {
            AssemblyControl control = prepared;
            control.stopRequested = [&run] { return run->cancel.load(); };
            const auto &assembled =
                outcome->emplace(AudioAssembler::assemble(chunks, tags, outputPath, control));
            run->finished(assembled.ok(), cacheToRemove);
        });
    // The thread owns itself: the job may be gone when it ends.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, run, outcome, missing] {
        if (m_mux == run)
            m_mux.reset();
        const Expected<AssemblyReport> &assembled = **outcome;
        if (m_finished || assembled.errorKind() == FailureKind::Canceled)
            return;  // canceled meanwhile: already reported
        if (!assembled) {
            failWith(assembled.error());
            return;
        }
        if (assembled->junkBytesSkipped > 0)
            Q_EMIT warning(tr("Skipped %1 stray bytes in %2 chunks (not audio).")
                               .arg(assembled->junkBytesSkipped)
                               .arg(assembled->chunksWithJunk));
        JobResult done;
        done.state = JobState::Done;
        done.outputPath = m_output.path();
        done.report = *assembled;
        done.missing = missing;
        if (!m_extras) {
            finish(done);
            return;
        }
        // The audio is saved: the chat ends, and the extras are written beside the file.
        m_extras->finish(done.outputPath, done.report.durationSeconds,
                         [this, done](const QString &extrasWarning) {
                             if (m_finished)
                                 return;
                             if (!extrasWarning.isEmpty())
                                 Q_EMIT warning(extrasWarning);
                             finish(done);
                         });
    });
    worker->start();
}

void DownloadJob::pause() {
    if (m_live && (m_state == JobState::Recording || m_state == JobState::HostDisconnected ||
                   m_state == JobState::Finishing)) {
        m_live->pause();
        setState(JobState::Paused);
        return;
    }
    if (m_state == JobState::Downloading && m_fetcher) {
        m_fetcher->pause();
        setState(JobState::Paused);
    }
}

void DownloadJob::resume() {
    if (m_state == JobState::Paused && m_live) {
        setState(m_liveState);
        m_live->resume();
        return;
    }
    if (m_state == JobState::Paused && m_fetcher) {
        setState(JobState::Downloading);
        m_fetcher->resume();
    }
}

void DownloadJob::cancel() {
    if (m_finished)
        return;
    // First, so that a fetcher reporting synchronously sees the job as canceled.
    setState(JobState::Canceled);
    m_loader->abort();
    if (m_fetcher)
        m_fetcher->cancel();
    if (m_live)
        m_live->stop();  // keeps the chunks and the capture list for a later start
    if (m_extras)
        m_extras->stopChat();
    if (m_mux)
        m_mux->stop(true, QString());  // a canceled job leaves no file
    JobResult canceled;
    canceled.state = JobState::Canceled;
    canceled.error = tr("Canceled; the chunks already downloaded are kept.");
    finish(canceled);
}

void DownloadJob::discard(bool deleteOutput) {
    cancel();
    const QString folder = m_request.playlistUrl.isLocalFile() ? QString() : cacheDir();
    if (m_mux)
        m_mux->stop(deleteOutput, folder);  // the chunks go once the mux stopped reading them
    else if (!folder.isEmpty())
        inBackground([folder] { removeChunkFolder(folder); });
}

void DownloadJob::removeCache(const DownloadSettings &settings, const QString &cacheKey) {
    // cacheDirFor() is empty unless the key is valid and the folder inside the cache root.
    if (const QString folder = cacheDirFor(settings, cacheKey); !folder.isEmpty())
        inBackground([folder] { removeChunkFolder(folder); });
}

QString DownloadJob::describeGap(const QList<qint64> &missing) const {
    // Where each missing chunk was, by the playlist's durations.
    const QSet<qint64> gap(missing.cbegin(), missing.cend());
    constexpr int kTimesNamed = 20;  // as many as sequenceList() names
    QStringList times;
    double at = 0;
    for (const HlsSegment &segment : m_playlist->playlist.segments) {
        if (gap.contains(segment.sequence()) && times.size() < kTimesNamed)
            times << QStringLiteral("%1–%2").arg(clockText(qint64(at)),
                                                 clockText(qint64(at + segment.duration)));
        at += segment.duration;
    }
    if (missing.size() > kTimesNamed)
        times << QStringLiteral("…");
    return tr("Saved with gaps: %1 of %2 chunks could not be downloaded (sequence %3; at %4).")
        .arg(missing.size())
        .arg(m_sequences.size())
        .arg(sequenceList(missing), times.join(QStringLiteral(", ")));
}

void DownloadJob::setConcurrency(int chunksInFlight) {
    m_settings.concurrency = chunksInFlight;
    if (m_fetcher)
        m_fetcher->setConcurrency(chunksInFlight);
    if (m_live)
        m_live->setConcurrency(chunksInFlight);
}

void DownloadJob::failWith(const QString &message, QList<qint64> missing) {
    JobResult failed;
    failed.state = JobState::Failed;
    failed.error = message;
    failed.missing = std::move(missing);
    finish(failed);
}

void DownloadJob::finish(JobResult result) {
    if (m_finished)
        return;
    m_finished = true;
    m_output.release();  // the file is in place, or will not be written by this run
    setState(result.state);
    Q_EMIT finished(result);
}

}  // namespace spacetape
