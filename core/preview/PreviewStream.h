// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

namespace spacetape {

class PreviewSession;

/**
 * @brief A Space's audio as one sequential stream of clean ADTS, starting anywhere.
 *
 * Reads the chunks of a PreviewSession in order from the cache folder as they arrive: ID3
 * tags and stray bytes are dropped (ChunkReader), encrypted chunks decrypted, and every frame
 * gets a fresh ADTS header. The first chunk starts at the frame that holds the chosen moment.
 * While the next chunk is not there yet, reads return nothing and atEnd() stays false;
 * readyRead() follows when it arrives (no blocking). A damaged or missing chunk is skipped
 * and reported through chunkSkipped(), so playback goes on.
 */
class PreviewStream : public QIODevice {
    Q_OBJECT
public:
    /// Opens itself read-only; @p session must be ready.
    PreviewStream(PreviewSession &session, double fromSeconds, QObject *parent = nullptr);
    ~PreviewStream() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    /// True only when the last chunk of the Space was read.
    bool atEnd() const override;

    /// Space time of the stream's first sample (exact once the first chunk was read).
    double startSeconds() const { return m_startSeconds; }
    /// Seconds of audio handed out so far.
    double secondsQueued() const { return m_secondsQueued; }
    /// The chunk this stream reads next (== count at the end).
    int nextChunk() const { return m_next; }

Q_SIGNALS:
    /// A chunk could not be played and was left out: names the chunk, its time and why.
    void chunkSkipped(const QString &message);
    /// The last byte of the Space was read.
    void endReached();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    /// Appends the chunks that are ready; @p notify emits readyRead() when data came.
    void refill(bool notify);
    void appendChunk(int index);
    void skip(int index, const QString &why);

    QPointer<PreviewSession> m_session;
    QByteArray m_buffer;
    qsizetype m_readPos = 0;
    int m_next = 0;
    double m_targetSeconds = 0;  ///< where the first chunk should start playing
    bool m_first = true;
    bool m_endSignalled = false;
    double m_startSeconds = 0;
    double m_secondsQueued = 0;
};

}  // namespace spacetape
