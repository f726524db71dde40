// SPDX-License-Identifier: MIT
#include "section/SectionJob.h"

#include "media/AudioAssembler.h"
#include "media/ChunkReader.h"
#include "media/Tagger.h"
#include "net/NetworkService.h"
#include "section/M4aFrameReader.h"
#include "util/TextFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <cmath>

namespace spacetape {

namespace {
/// PTS is 33 bits of 90 kHz ticks and may wrap between the first chunk and a later one.
constexpr quint64 kPtsModulo = quint64(1) << 33;
/// How far the PRIV timestamps may disagree with EXTINF before they are not believed (a
/// timestamp reset): EXTINF's rounding drifts by milliseconds per chunk, not by seconds.
constexpr double kPtsTrustSeconds = 30.0;
}  // namespace

SectionJob::SectionJob(NetworkService &network, SectionRequest request, DownloadSettings settings,
                       QObject *parent)
    : QObject(parent),
      m_network(network),
      m_request(std::move(request)),
      m_settings(std::move(settings)),
      m_loader(new PlaylistLoader(network, this)) {
    connect(m_loader, &PlaylistLoader::loaded, this, &SectionJob::onPlaylistLoaded);
    connect(m_loader, &PlaylistLoader::failed, this,
            [this](const QString &message) { failWith(message); });
    connect(m_loader, &PlaylistLoader::waiting, this, &SectionJob::waiting);
    if (m_request.space.cacheKey.isEmpty() && !m_request.space.playlistUrl.isEmpty())
        m_request.space.cacheKey = DownloadJob::defaultCacheKey(m_request.space.playlistUrl);
}

SectionJob::~SectionJob() {
    m_loader->abort();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString SectionJob::titleWithRange(const QString &title, const QString &rangeText) {
    return title.isEmpty() ? rangeText : QStringLiteral("%1 (%2)").arg(title, rangeText);
}

qint64 SectionJob::firstFrameOf(const PreviewTimeline &timeline, int index, int sampleRate,
                                std::optional<quint64> ptsFirst, std::optional<quint64> ptsChunk,
                                bool *fromTimestamps) {
    const double startSeconds = timeline.at(index).startSeconds;
    const qint64 estimate = std::llround(startSeconds * sampleRate / kSamplesPerAacFrame);
    if (fromTimestamps)
        *fromTimestamps = false;
    if (index == 0)
        return 0;
    if (!ptsFirst || !ptsChunk || sampleRate <= 0)
        return estimate;
    const quint64 ticks = (*ptsChunk + kPtsModulo - *ptsFirst % kPtsModulo) % kPtsModulo;
    const double frames = double(ticks) * sampleRate / (90000.0 * kSamplesPerAacFrame);
    if (std::abs(double(ticks) / 90000.0 - startSeconds) > kPtsTrustSeconds)
        return estimate;
    if (fromTimestamps)
        *fromTimestamps = true;
    return std::llround(frames);
}

void SectionJob::setState(JobState state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString SectionJob::outputPathFor(const QString &title) {
    FilenameValues names = m_request.space.names;
    names.title = title;
    const QString templ = m_settings.nameTemplate.isEmpty() ? FilenameTemplate::defaultTemplate()
                                                            : m_settings.nameTemplate;
    const QString relative = FilenameTemplate::render(templ, names);
    // Held until the clip is written, like a whole Space's name (see OutputReservation).
    auto reserved = reserveOutput(m_settings.outputDir, relative, m_settings.existsPolicy);
    if (!reserved) {
        failWith(reserved.error());
        return {};
    }
    m_output = std::move(*reserved);
    const QString path = m_output.path();
    if (path.isEmpty()) {
        JobResult skipped;
        skipped.state = JobState::Skipped;
        skipped.outputPath = QDir(m_settings.outputDir).filePath(relative) + QStringLiteral(".m4a");
        finish(skipped);
    }
    return path;
}

void SectionJob::start() {
    if (m_state != JobState::Queued && m_state != JobState::Failed && m_state != JobState::Canceled)
        return;
    m_finished = false;
    setState(JobState::Resolving);
    if (!m_request.localFile.isEmpty()) {
        cutLocalFile();
        return;
    }
    m_loader->setNotFoundRetry(m_request.space.notFoundRetrySeconds,
                               m_settings.notFoundRetryIntervalMs);
    m_loader->setKeyCookieHeader(m_request.space.keyCookieHeader);
    m_loader->load(m_request.space.playlistUrl);
}

void SectionJob::onPlaylistLoaded(std::shared_ptr<const LoadedPlaylist> loaded) {
    if (m_state == JobState::Canceled)
        return;
    m_playlist = std::move(loaded);
    m_timeline = PreviewTimeline(m_playlist->playlist);
    const SectionRange &range = m_request.range;
    if (auto inside = range.checkAgainst(m_timeline.totalSeconds()); !inside) {
        failWith(inside.error());
        return;
    }
    // One chunk more at each edge: EXTINF and the audio drift apart by far less than a chunk.
    const int firstHolding = m_timeline.indexAt(range.startSeconds);
    const int lastHolding =
        range.toEnd() ? m_timeline.count() - 1 : m_timeline.indexAt(range.endSeconds);
    m_first = std::max(0, firstHolding - 1);
    m_last = std::min(m_timeline.count() - 1, lastHolding + 1);

    QList<SegmentRequest> requests;
    // The Space's first chunk anchors the time line (its PRIV timestamp; see firstFrameOf()).
    if (m_first > 0)
        requests << SegmentRequest{m_timeline.at(0).sequence, m_timeline.at(0).url};
    for (int i = m_first; i <= m_last; ++i)
        requests << SegmentRequest{m_timeline.at(i).sequence, m_timeline.at(i).url};

    if (m_timeline.at(0).url.isLocalFile()) {
        cutChunks();  // a local playlist: its chunks are beside it
        return;
    }
    const auto folder = DownloadJob::checkedCacheDirFor(m_settings, m_request.space.cacheKey);
    if (!folder) {
        failWith(folder.error());
        return;
    }
    if (!QDir().mkpath(*folder)) {
        failWith(tr("Could not create the chunk cache folder %1.").arg(*folder));
        return;
    }
    m_fetcher = new SegmentFetcher(m_network, this);
    m_fetcher->setConcurrency(m_settings.concurrency);
    m_fetcher->setCacheDir(*folder);
    connect(m_fetcher, &SegmentFetcher::progress, this, &SectionJob::progress);
    connect(m_fetcher, &SegmentFetcher::finished, this, &SectionJob::onFetchFinished);
    setState(JobState::Downloading);
    m_fetcher->start(requests);
}

void SectionJob::onFetchFinished(const FetchResult &result) {
    if (m_state == JobState::Canceled)
        return;
    if (result.status != FetchStatus::Complete) {
        // A gap inside a section would shift everything after it: never save one.
        failWith(result.error.isEmpty()
                     ? tr("%1 chunks of this section could not be downloaded (sequence %2); "
                          "the chunks already saved are kept: try again later.")
                           .arg(result.missing.size())
                           .arg(sequenceList(result.missing))
                     : result.error,
                 result.missing);
        return;
    }
    cutChunks();
}

void SectionJob::cutChunks() {
    setState(JobState::Muxing);
    const QString folder = DownloadJob::cacheDirFor(m_settings, m_request.space.cacheKey);
    auto chunkFile = [this, folder](int index) {
        const TimelineChunk &chunk = m_timeline.at(index);
        const QString path =
            chunk.url.isLocalFile()
                ? chunk.url.toLocalFile()
                : QDir(folder).filePath(SegmentFetcher::chunkFileName(chunk.sequence));
        return ChunkFile{chunk.sequence, path, m_playlist->keyFor(chunk.sequence)};
    };
    QList<ChunkFile> chunks;
    for (int i = m_first; i <= m_last; ++i)
        chunks << chunkFile(i);
    const ChunkFile anchor = chunkFile(0);
    const PreviewTimeline timeline = m_timeline;
    const int first = m_first;
    const SectionRange range = m_request.range;
    const bool lastChunkIncluded = m_last == timeline.count() - 1;
    const SpaceTags tags = m_request.space.tags;

    // The file name is fixed before the work starts: for "to the end" it uses the playlist's
    // length; the title inside uses the exact one.
    const double endSeconds = range.toEnd() ? timeline.totalSeconds() : range.endSeconds;
    m_outputPath =
        outputPathFor(titleWithRange(m_request.space.names.title, range.text(endSeconds)));
    if (m_outputPath.isEmpty())
        return;  // skipped: finish() was called
    const QString outputPath = m_outputPath;

    const ChunkReadObserver chunkRead = m_chunkRead;
    writeInBackground([chunks, anchor, timeline, first, range, lastChunkIncluded, tags, outputPath,
                       chunkRead]() -> Expected<SectionReport> {
        SectionFrames frames;
        std::optional<quint64> ptsFirst;
        if (first > 0) {
            // Read first: where the section's chunks sit is known before they are read, so a
            // chunk reader can be told times on the section file's own timeline.
            const auto bytes = AudioAssembler::readChunk(anchor);
            if (!bytes)
                return fail(bytes.error());
            const auto audio = ChunkReader::read(*bytes, tr("chunk %1").arg(anchor.sequence));
            if (audio)
                ptsFirst = audio->transportStreamTimestamp;
        }
        int rate = 0;
        qint64 startSample = 0;
        for (const ChunkFile &chunk : chunks) {
            const auto bytes = AudioAssembler::readChunk(chunk);
            if (!bytes)
                return fail(bytes.error());
            const auto audio = ChunkReader::read(*bytes, tr("chunk %1").arg(chunk.sequence));
            if (!audio)
                return fail(audio.error());
            if (frames.frames.empty()) {
                frames.format = audio->format;
                rate = frames.format.sampleRate();
                frames.firstFrame =
                    firstFrameOf(timeline, first, rate, ptsFirst, audio->transportStreamTimestamp);
                startSample = std::llround(range.startSeconds * rate);
            } else if (audio->format != frames.format) {
                return fail(tr("The audio format changes at chunk %1; Spacetape cannot join "
                               "these into one file.")
                                .arg(chunk.sequence));
            }
            if (chunkRead)
                chunkRead(*bytes, *audio,
                          (frames.firstFrame + qint64(frames.frames.size())) * kSamplesPerAacFrame -
                              startSample);
            for (const AacFrameRef &frame : audio->frames)
                frames.frames.push_back(bytes->mid(frame.offset, frame.size));
        }
        if (frames.frames.empty()) {
            rate = frames.format.sampleRate();
            startSample = std::llround(range.startSeconds * rate);
        }
        const qint64 endSample = range.toEnd() && lastChunkIncluded
                                     ? frames.endSample()
                                     : std::llround(range.endSeconds * rate);
        SpaceTags clipTags = tags;
        clipTags.title = titleWithRange(tags.title, range.text(double(endSample) / rate));
        return SectionWriter::write(frames, startSample, endSample, clipTags, outputPath);
    });
}

void SectionJob::cutLocalFile() {
    const QString source = m_request.localFile;
    auto reader = M4aFrameReader::open(source);
    if (!reader) {
        failWith(reader.error());
        return;
    }
    const int rate = reader->format().sampleRate();
    const double total = double(reader->presentedSamples()) / rate;
    const SectionRange &range = m_request.range;
    if (auto inside = range.checkAgainst(total); !inside) {
        failWith(inside.error());
        return;
    }
    auto tags = Tagger::read(source);
    SpaceTags clipTags = tags ? *tags : SpaceTags();
    const QString baseTitle =
        clipTags.title.isEmpty() ? QFileInfo(source).completeBaseName() : clipTags.title;
    const qint64 startSample = std::llround(range.startSeconds * rate);
    const qint64 endSample =
        range.toEnd() ? reader->presentedSamples() : std::llround(range.endSeconds * rate);
    clipTags.title = titleWithRange(baseTitle, range.text(double(endSample) / rate));
    if (m_request.space.names.title.isEmpty())
        m_request.space.names.title = baseTitle;
    m_outputPath = outputPathFor(clipTags.title);
    if (m_outputPath.isEmpty())
        return;
    setState(JobState::Muxing);
    const M4aFrameReader file = *reader;
    const QString outputPath = m_outputPath;
    writeInBackground([file, startSample, endSample, clipTags, outputPath] {
        // The file's own edit (a section of a section) shifts its time line.
        const qint64 mediaStart = startSample + file.mediaTime();
        const qint64 mediaEnd = endSample + file.mediaTime();
        const qint64 firstFrame = std::max<qint64>(0, mediaStart / kSamplesPerAacFrame - 1);
        const qint64 endFrame = (mediaEnd + kSamplesPerAacFrame - 1) / kSamplesPerAacFrame;
        const auto frames = file.readFrames(firstFrame, endFrame - firstFrame);
        if (!frames)
            return Expected<SectionReport>(frames.failure());
        return SectionWriter::write(*frames, mediaStart, mediaEnd, clipTags, outputPath);
    });
}

void SectionJob::writeInBackground(std::function<Expected<SectionReport>()> work) {
    if (!QDir().mkpath(QFileInfo(m_outputPath).absolutePath())) {
        failWith(tr("Could not create the output folder %1.")
                     .arg(QFileInfo(m_outputPath).absolutePath()));
        return;
    }
    auto outcome = std::make_shared<std::optional<Expected<SectionReport>>>();
    QThread *worker = QThread::create([outcome, work] { outcome->emplace(work()); });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, outcome] {
        m_worker = nullptr;
        worker->deleteLater();
        const Expected<SectionReport> &written = **outcome;
        if (!written) {
            failWith(written.error());
            return;
        }
        JobResult done;
        done.state = JobState::Done;
        done.outputPath = m_outputPath;
        done.report.format = written->format;
        done.report.frames = written->frames;
        done.report.durationSeconds = written->durationSeconds;
        finish(done);
    });
    worker->start();
}

void SectionJob::cancel() {
    if (m_finished || m_state == JobState::Muxing)
        return;
    setState(JobState::Canceled);
    m_loader->abort();
    if (m_fetcher)
        m_fetcher->cancel();
    JobResult canceled;
    canceled.state = JobState::Canceled;
    canceled.error = tr("Canceled; the chunks already downloaded are kept.");
    finish(canceled);
}

void SectionJob::failWith(const QString &message, QList<qint64> missing) {
    JobResult failed;
    failed.state = JobState::Failed;
    failed.error = message;
    failed.missing = std::move(missing);
    finish(failed);
}

void SectionJob::finish(JobResult result) {
    if (m_finished)
        return;
    m_finished = true;
    m_output.release();
    setState(result.state);
    Q_EMIT finished(result);
}

}  // namespace spacetape
