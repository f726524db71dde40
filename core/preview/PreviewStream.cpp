// SPDX-License-Identifier: MIT
#include "preview/PreviewStream.h"

#include "media/AudioFormat.h"
#include "media/ChunkDecryptor.h"
#include "media/ChunkReader.h"
#include "preview/PreviewSession.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace spacetape {

namespace {
/// Below this many unread bytes the next chunks are appended (~20 s of Space audio).
constexpr qsizetype kLowWaterBytes = 256 * 1024;
constexpr int kAdtsHeaderBytes = 7;

/// A 7-byte ADTS header (no CRC) for one AAC frame of @p payloadSize bytes.
void writeAdtsHeader(char *out, const AudioFormat &format, int payloadSize) {
    const int length = payloadSize + kAdtsHeaderBytes;
    const int profile = std::max(0, format.audioObjectType - 1);
    const int channels = format.channelConfiguration;
    out[0] = char(0xFF);
    out[1] = char(0xF1);  // MPEG-4, layer 0, no CRC
    out[2] = char(((profile & 0x3) << 6) | ((format.samplingFrequencyIndex & 0xF) << 2) |
                  ((channels >> 2) & 0x1));
    out[3] = char(((channels & 0x3) << 6) | ((length >> 11) & 0x3));
    out[4] = char((length >> 3) & 0xFF);
    out[5] = char(((length & 0x7) << 5) | 0x1F);  // buffer fullness 0x7FF: variable rate
    out[6] = char(0xFC);
}

QString clock(double seconds) {
    const qint64 s = qint64(seconds);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

PreviewStream::PreviewStream(PreviewSession &session, double fromSeconds, QObject *parent)
    : QIODevice(parent), m_session(&session) {
    const PreviewTimeline &timeline = session.timeline();
    m_next = std::max(0, timeline.indexAt(fromSeconds));
    m_targetSeconds = std::max(0.0, fromSeconds);
    m_startSeconds = timeline.isEmpty() ? 0 : timeline.at(m_next).startSeconds;
    // Unbuffered: QIODevice's own buffer would hide what is really available.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    connect(&session, &PreviewSession::timelineGrew, this, [this] {
        m_session->want(m_next);
        refill(true);
    });
    connect(&session, &PreviewSession::liveEnded, this, [this] { refill(true); });
    connect(&session, &PreviewSession::chunkReady, this, [this](int index) {
        if (index == m_next)
            refill(true);
    });
    connect(&session, &PreviewSession::chunkFailed, this, [this](int index, const QString &) {
        if (index == m_next)
            refill(true);
    });
    session.want(m_next);
    refill(false);
}

PreviewStream::~PreviewStream() = default;

qint64 PreviewStream::bytesAvailable() const {
    return (m_buffer.size() - m_readPos) + QIODevice::bytesAvailable();
}

bool PreviewStream::atEnd() const {
    // A live Space has no end yet: the stream waits at the edge for the next chunks.
    return m_session && !m_session->isLive() && m_next >= m_session->timeline().count() &&
           m_readPos >= m_buffer.size();
}

qint64 PreviewStream::readData(char *data, qint64 maxSize) {
    if (m_readPos >= m_buffer.size())
        refill(false);
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size() - m_readPos);
    if (n > 0) {
        std::memcpy(data, m_buffer.constData() + m_readPos, size_t(n));
        m_readPos += n;
    }
    if (m_readPos >= m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
    if (m_buffer.size() - m_readPos < kLowWaterBytes)
        refill(false);
    if (atEnd() && !m_endSignalled) {
        m_endSignalled = true;
        Q_EMIT endReached();
    }
    return n;
}

qint64 PreviewStream::writeData(const char *, qint64) {
    return -1;
}

void PreviewStream::refill(bool notify) {
    if (!m_session || !m_session->isReady())
        return;
    const int count = m_session->timeline().count();
    const qsizetype before = m_buffer.size() - m_readPos;
    const int firstWanted = m_next;
    while (m_next < count && m_buffer.size() - m_readPos < kLowWaterBytes) {
        if (m_session->isChunkReady(m_next)) {
            appendChunk(m_next);
        } else if (const QString why = m_session->chunkFailure(m_next); !why.isEmpty()) {
            skip(m_next, tr("it could not be downloaded: %1").arg(why));
        } else {
            break;
        }
        ++m_next;
    }
    if (m_next != firstWanted && m_next < count)
        m_session->want(m_next);
    if (notify && m_buffer.size() - m_readPos > before)
        Q_EMIT readyRead();
}

void PreviewStream::appendChunk(int index) {
    QFile file(m_session->chunkPath(index));
    if (!file.open(QIODevice::ReadOnly)) {
        skip(index, tr("it could not be read: %1").arg(file.errorString()));
        return;
    }
    QByteArray bytes = file.readAll();
    const qint64 sequence = m_session->timeline().at(index).sequence;
    const QString name = tr("chunk %1").arg(sequence);
    if (const auto key = m_session->keyFor(index)) {
        auto clear = ChunkDecryptor::decrypt(bytes, *key, name);
        if (!clear) {
            skip(index, clear.error());
            return;
        }
        bytes = std::move(*clear);
    }
    const auto audio = ChunkReader::read(bytes, name);
    if (!audio) {
        skip(index, audio.error());
        return;
    }
    const int rate = audio->format.sampleRate();
    const double frameSeconds = rate > 0 ? double(kSamplesPerAacFrame) / rate : 0.0;
    std::size_t firstFrame = 0;
    if (m_first) {
        m_first = false;
        const double chunkStart = m_session->timeline().at(index).startSeconds;
        if (frameSeconds > 0 && m_targetSeconds > chunkStart) {
            firstFrame = std::min<std::size_t>(
                std::size_t(std::floor((m_targetSeconds - chunkStart) / frameSeconds)),
                audio->frames.size() - 1);
        }
        m_startSeconds = chunkStart + double(firstFrame) * frameSeconds;
    }
    if (m_readPos > 0) {  // drop what was read before growing the buffer
        m_buffer.remove(0, m_readPos);
        m_readPos = 0;
    }
    qsizetype added = 0;
    for (std::size_t i = firstFrame; i < audio->frames.size(); ++i)
        added += kAdtsHeaderBytes + audio->frames[i].size;
    qsizetype at = m_buffer.size();
    m_buffer.resize(at + added);
    char *out = m_buffer.data();
    for (std::size_t i = firstFrame; i < audio->frames.size(); ++i) {
        const AacFrameRef &frame = audio->frames[i];
        writeAdtsHeader(out + at, audio->format, frame.size);
        std::memcpy(out + at + kAdtsHeaderBytes, bytes.constData() + frame.offset,
                    size_t(frame.size));
        at += kAdtsHeaderBytes + frame.size;
    }
    m_secondsQueued += double(audio->frames.size() - firstFrame) * frameSeconds;
}

void PreviewStream::skip(int index, const QString &why) {
    const TimelineChunk &chunk = m_session->timeline().at(index);
    if (m_first)  // nothing played yet: the stream starts with the next chunk
        m_startSeconds = chunk.startSeconds + chunk.durationSeconds;
    Q_EMIT chunkSkipped(tr("Chunk %1 (at %2) was left out of the preview: %3")
                            .arg(chunk.sequence)
                            .arg(clock(chunk.startSeconds), why));
}

}  // namespace spacetape
