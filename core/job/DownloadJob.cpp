// SPDX-License-Identifier: MIT
#include "job/DownloadJob.h"

#include "hls/HlsPlaylist.h"
#include "net/NetworkService.h"
#include "x/StreamInfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <memory>

namespace spacetape {

namespace {
constexpr int kPlaylistAttempts = 4;
constexpr int kPlaylistRetryMs = 1500;

QString describeMissing(const QList<qint64> &missing) {
    QStringList names;
    for (qint64 seq : missing.mid(0, 20))
        names << QString::number(seq);
    QString list = names.join(QStringLiteral(", "));
    if (missing.size() > 20)
        list += QStringLiteral(" and %1 more").arg(missing.size() - 20);
    return list;
}

QString formatDuration(qint64 seconds) {
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

QString jobStateName(JobState state) {
    switch (state) {
        case JobState::Queued:
            return QStringLiteral("queued");
        case JobState::Resolving:
            return QStringLiteral("resolving");
        case JobState::Downloading:
            return QStringLiteral("downloading");
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
      m_settings(std::move(settings)) {
    if (m_request.cacheKey.isEmpty()) {
        // The query of a CDN URL carries expiring tokens: key on host and path only.
        const QUrl stable =
            m_request.playlistUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        m_request.cacheKey = QString::fromLatin1(
            QCryptographicHash::hash(stable.toEncoded(), QCryptographicHash::Sha1)
                .toHex()
                .left(16));
    }
}

DownloadJob::~DownloadJob() {
    if (m_playlistReply)
        m_playlistReply->abort();
    // A mux in progress writes through QSaveFile: let it finish rather than
    // leave a thread running against a destroyed job.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString DownloadJob::cacheDir() const {
    QString root = m_settings.cacheRoot;
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
               QStringLiteral("/chunks");
    return QDir(root).filePath(m_request.cacheKey);
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
    m_notFoundSince.invalidate();
    setState(JobState::Resolving);

    const QString templ = m_settings.nameTemplate.isEmpty() ? FilenameTemplate::defaultTemplate()
                                                            : m_settings.nameTemplate;
    const QString relative = FilenameTemplate::render(templ, m_request.names);
    m_outputPath = placeOutput(m_settings.outputDir, relative, m_settings.existsPolicy);
    if (m_outputPath.isEmpty()) {
        JobResult skipped;
        skipped.state = JobState::Skipped;
        skipped.outputPath = QDir(m_settings.outputDir).filePath(relative) + QStringLiteral(".m4a");
        finish(skipped);
        return;
    }
    fetchPlaylist(m_request.playlistUrl, 1);
}

void DownloadJob::fetchPlaylist(const QUrl &url, int attempt) {
    if (url.isLocalFile()) {
        QFile file(url.toLocalFile());
        if (!file.open(QIODevice::ReadOnly)) {
            failWith(QStringLiteral("Could not read the playlist %1: %2.")
                         .arg(url.toLocalFile(), file.errorString()));
            return;
        }
        onPlaylist(file.readAll(), url);
        return;
    }
    m_playlistReply = m_network.get(m_network.cdnRequest(url));
    QNetworkReply *reply = m_playlistReply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, attempt] {
        reply->deleteLater();
        if (m_state == JobState::Canceled)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError) {
            onPlaylist(reply->readAll(), reply->url());
            return;
        }
        if (status == 404 && m_request.notFoundRetrySeconds > 0) {
            // Right after a Space ends its replay can 404 for minutes: wait it out.
            if (!m_notFoundSince.isValid())
                m_notFoundSince.start();
            const qint64 leftMs =
                qint64(m_request.notFoundRetrySeconds) * 1000 - m_notFoundSince.elapsed();
            if (leftMs > 0) {
                const int interval = m_settings.notFoundRetryIntervalMs;
                Q_EMIT waiting(QStringLiteral("The replay is not ready yet (the Space just "
                                              "ended) — next try in %1 s, giving up in %2 s")
                                   .arg((interval + 999) / 1000)
                                   .arg((leftMs + 999) / 1000),
                               int((leftMs + 999) / 1000));
                QTimer::singleShot(interval, this,
                                   [this, url, attempt] { fetchPlaylist(url, attempt); });
                return;
            }
        }
        if (attempt < kPlaylistAttempts && (status == 0 || status >= 500 || status == 429)) {
            QTimer::singleShot(kPlaylistRetryMs * attempt, this,
                               [this, url, attempt] { fetchPlaylist(url, attempt + 1); });
            return;
        }
        QString why = status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
        failWith(QStringLiteral("Could not download the playlist (%1). The link may have "
                                "expired: resolve the Space again, or check your connection.")
                     .arg(why));
    });
}

void DownloadJob::onPlaylist(const QByteArray &body, const QUrl &url) {
    auto playlist = HlsPlaylist::parse(body, url);
    if (!playlist) {
        failWith(playlist.error());
        return;
    }
    if (playlist->kind == HlsPlaylist::Kind::Master) {
        // X's masters carry one variant (with decoy video fields): follow it.
        if (playlist->variants.isEmpty()) {
            failWith(QStringLiteral("The master playlist lists no stream to download."));
            return;
        }
        const QUrl variant = playlist->variants.first().url;
        // The transcoded variant's chunks are also served, untouched, under the
        // matching non_transcode path: fetch the originals.
        if (variant.path().contains(QLatin1String("/transcode/")))
            m_chunkBase = nonTranscodeBaseFor(variant);
        fetchPlaylist(variant, 1);
        return;
    }
    Q_EMIT waiting(QString(), 0);
    if (m_chunkBase.isValid()) {
        for (HlsSegment &segment : playlist->segments)
            segment.url = m_chunkBase.resolved(QUrl(segment.url.fileName()));
    }
    if (m_request.expectedDurationSeconds > 0 &&
        std::abs(playlist->totalDuration() - double(m_request.expectedDurationSeconds)) > 30) {
        Q_EMIT warning(QStringLiteral("The playlist holds %1 of audio but the Space lasted %2; "
                                      "if it ended recently the replay may still be processing.")
                           .arg(formatDuration(qint64(playlist->totalDuration())),
                                formatDuration(m_request.expectedDurationSeconds)));
    }
    if (playlist->segments.isEmpty()) {
        failWith(QStringLiteral("The playlist lists no audio chunks; if the Space just ended, "
                                "try again in a few minutes."));
        return;
    }
    QList<QUrl> keyUrls;
    for (const HlsSegment &segment : playlist->segments) {
        if (!segment.key || segment.key->method == QLatin1String("NONE"))
            continue;
        if (segment.key->method != QLatin1String("AES-128")) {
            failWith(QStringLiteral("This Space is encrypted with %1, which Spacetape cannot "
                                    "decrypt yet.")
                         .arg(segment.key->method));
            return;
        }
        if (!keyUrls.contains(segment.key->uri))
            keyUrls << segment.key->uri;
    }
    fetchKeys(keyUrls, std::make_shared<HlsPlaylist>(std::move(*playlist)));
}

void DownloadJob::fetchKeys(QList<QUrl> pending, std::shared_ptr<HlsPlaylist> playlist) {
    if (pending.isEmpty()) {
        useSegments(*playlist);
        return;
    }
    const QUrl url = pending.takeFirst();
    if (m_keys.contains(url)) {
        fetchKeys(pending, playlist);
        return;
    }
    const auto accept = [this, url, pending, playlist](const QByteArray &key, const QString &why) {
        if (key.size() != 16) {
            failWith(QStringLiteral("Could not get this encrypted Space's key (%1). It is for "
                                    "subscribers: log in with an account that can listen to it.")
                         .arg(why.isEmpty() ? QStringLiteral("%1 bytes instead of 16").arg(key.size())
                                            : why));
            return;
        }
        m_keys.insert(url, key);
        fetchKeys(pending, playlist);
    };
    if (url.isLocalFile()) {
        QFile file(url.toLocalFile());
        accept(file.open(QIODevice::ReadOnly) ? file.read(17) : QByteArray(), file.errorString());
        return;
    }
    // The one request that carries the login besides X's API (facts §3).
    QNetworkRequest request = m_network.apiRequest(url);
    if (!m_request.keyCookieHeader.isEmpty())
        request.setRawHeader("Cookie", m_request.keyCookieHeader);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, accept] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError)
            accept({}, status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
        else
            accept(reply->read(17), {});
    });
}

std::optional<ChunkKey> DownloadJob::keyFor(qint64 sequence) const {
    const auto it = m_segmentKeys.constFind(sequence);
    if (it == m_segmentKeys.constEnd())
        return std::nullopt;
    return *it;
}

void DownloadJob::useSegments(const HlsPlaylist &playlist) {
    m_sequences.clear();
    m_segmentKeys.clear();
    for (const HlsSegment &segment : playlist.segments) {
        m_sequences << segment.sequence();
        if (segment.key && m_keys.contains(segment.key->uri)) {
            const QByteArray iv = segment.key->iv.isEmpty()
                                      ? ChunkDecryptor::ivForSequence(segment.mediaSequence)
                                      : segment.key->iv;
            m_segmentKeys.insert(segment.sequence(), ChunkKey{m_keys.value(segment.key->uri), iv});
        }
    }
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
            chunks << ChunkFile{segment.sequence(), path, keyFor(segment.sequence())};
    }
    if (!missing.isEmpty() && !m_settings.allowGaps) {
        failWith(QStringLiteral("%1 of %2 chunks are not beside the playlist (sequence %3).")
                     .arg(missing.size())
                     .arg(playlist.segments.size())
                     .arg(describeMissing(missing)),
                 missing);
        return;
    }
    assemble(chunks, missing);
}

void DownloadJob::downloadSegments(const HlsPlaylist &playlist) {
    if (!QDir().mkpath(cacheDir())) {
        failWith(QStringLiteral("Could not create the chunk cache folder %1.").arg(cacheDir()));
        return;
    }
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
    if (!result.complete && result.missing.isEmpty()) {
        failWith(result.error.isEmpty() ? QStringLiteral("The download stopped.") : result.error);
        return;
    }
    if (!result.missing.isEmpty() && !m_settings.allowGaps) {
        failWith(QStringLiteral("%1 of %2 chunks could not be downloaded (sequence %3). The "
                                "chunks already saved are kept: retry later, or allow gaps to "
                                "save the rest.")
                     .arg(result.missing.size())
                     .arg(m_sequences.size())
                     .arg(describeMissing(result.missing)),
                 result.missing);
        return;
    }
    QList<ChunkFile> chunks;
    const QDir dir(cacheDir());
    const QSet<qint64> missing(result.missing.cbegin(), result.missing.cend());
    for (qint64 seq : m_sequences) {
        if (!missing.contains(seq))
            chunks << ChunkFile{seq, dir.filePath(SegmentFetcher::chunkFileName(seq)), keyFor(seq)};
    }
    assemble(chunks, result.missing);
}

void DownloadJob::assemble(QList<ChunkFile> chunks, QList<qint64> missing) {
    setState(JobState::Muxing);
    if (!QDir().mkpath(QFileInfo(m_outputPath).absolutePath())) {
        failWith(QStringLiteral("Could not create the output folder %1.")
                     .arg(QFileInfo(m_outputPath).absolutePath()));
        return;
    }
    // Muxing reads ~100 MB: keep it off the thread that runs the UI / event loop.
    auto outcome = std::make_shared<std::optional<Expected<AssemblyReport>>>();
    const QString outputPath = m_outputPath;
    const SpaceTags tags = m_request.tags;
    // Removing hundreds of chunk files takes tens of milliseconds: also off the event loop.
    const QString cacheToRemove = m_request.playlistUrl.isLocalFile() ? QString() : cacheDir();
    QThread *worker = QThread::create([outcome, chunks, tags, outputPath, cacheToRemove] {
        outcome->emplace(AudioAssembler::assemble(chunks, tags, outputPath));
        if (**outcome && !cacheToRemove.isEmpty())
            QDir(cacheToRemove).removeRecursively();
    });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, outcome, missing] {
        m_worker = nullptr;
        worker->deleteLater();
        const Expected<AssemblyReport> &assembled = **outcome;
        if (!assembled) {
            failWith(assembled.error());
            return;
        }
        if (assembled->junkBytesSkipped > 0)
            Q_EMIT warning(QStringLiteral("Skipped %1 stray bytes in %2 chunks (not audio).")
                               .arg(assembled->junkBytesSkipped)
                               .arg(assembled->chunksWithJunk));
        JobResult done;
        done.state = JobState::Done;
        done.outputPath = m_outputPath;
        done.report = *assembled;
        done.missing = missing;
        finish(done);
    });
    worker->start();
}

void DownloadJob::pause() {
    if (m_state == JobState::Downloading && m_fetcher) {
        m_fetcher->pause();
        setState(JobState::Paused);
    }
}

void DownloadJob::resume() {
    if (m_state == JobState::Paused && m_fetcher) {
        setState(JobState::Downloading);
        m_fetcher->resume();
    }
}

void DownloadJob::cancel() {
    if (m_finished || m_state == JobState::Muxing)
        return;
    // First, so that a fetcher reporting synchronously sees the job as canceled.
    setState(JobState::Canceled);
    if (m_playlistReply)
        m_playlistReply->abort();
    if (m_fetcher)
        m_fetcher->cancel();
    JobResult canceled;
    canceled.state = JobState::Canceled;
    canceled.error = QStringLiteral("Canceled; the chunks already downloaded are kept.");
    finish(canceled);
}

void DownloadJob::setConcurrency(int chunksInFlight) {
    m_settings.concurrency = chunksInFlight;
    if (m_fetcher)
        m_fetcher->setConcurrency(chunksInFlight);
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
    setState(result.state);
    Q_EMIT finished(result);
}

}  // namespace spacetape
