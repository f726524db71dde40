// SPDX-License-Identifier: MIT
#include "extras/ExtrasRecorder.h"

#include "extras/ChatClient.h"
#include "extras/ChatParse.h"
#include "extras/Sidecars.h"
#include "extras/SpeakerChapters.h"
#include "extras/SpeakerTimeline.h"
#include "util/Logging.h"

#include <QCoreApplication>

namespace spacetape::extras {

ExtrasRecorder::ExtrasRecorder(NetworkService &network, ExtrasSource source, QObject *parent)
    : QObject(parent), m_network(network), m_source(std::move(source)) {
    m_chatWait.setSingleShot(true);
    connect(&m_chatWait, &QTimer::timeout, this, [this] {
        if (m_chat)
            m_chat->stop();  // finished() follows and writes what was read
    });
}

ExtrasRecorder::~ExtrasRecorder() = default;

void ExtrasRecorder::startChat(bool live) {
    if (!m_source.enabled || m_source.chatToken.isEmpty() || (m_chat && m_chat->isRunning()))
        return;
    if (!m_chat) {
        m_chat = new ChatClient(m_network, this);
        connect(m_chat, &ChatClient::finished, this, [this](bool ok, const QString &reason) {
            m_chatProblem = ok ? QString() : reason;
            if (m_done)
                writeFiles();
        });
    }
    m_chatLive = live;
    m_chatProblem.clear();
    if (live)
        m_chat->startLive(m_source.chatToken);
    else
        m_chat->fetchHistory(m_source.chatToken);
}

void ExtrasRecorder::stopChat() {
    if (m_chat && m_chat->isRunning())
        m_chat->stop();
}

void ExtrasRecorder::prepareAssembly(AssemblyControl &control) {
    if (!m_source.enabled)
        return;
    auto timeline = std::make_shared<SpeakerTimeline>();
    timeline->setPeople(m_source.metadata);
    m_timeline = timeline;
    // Both run on the assembling thread, one after the other; this object reads the timeline
    // only in finish(), after that thread has ended.
    control.chunkRead = [timeline](const QByteArray &bytes, const ChunkAudio &audio,
                                   qint64 firstSample) {
        timeline->readChunk(bytes, audio, firstSample);
    };
    control.chapters = [timeline](double durationSeconds) {
        timeline->finish(durationSeconds);
        return chaptersFromSpeaking(timeline->segments(), durationSeconds);
    };
}

void ExtrasRecorder::finish(const QString &audioPath, double durationSeconds,
                            std::function<void(const QString &warning)> done) {
    if (!m_source.enabled) {
        done(QString());
        return;
    }
    m_audioPath = audioPath;
    m_durationSeconds = durationSeconds;
    m_done = std::move(done);
    if (m_chat && m_chat->isRunning()) {
        // A live chat ends with the recording; a history still being read gets a while.
        if (m_chatLive)
            m_chat->stop();
        else
            m_chatWait.start(kChatWaitAfterAudioMs);
        return;  // finished() writes the files
    }
    writeFiles();
}

void ExtrasRecorder::writeFiles() {
    m_chatWait.stop();
    auto done = std::move(m_done);
    m_done = nullptr;
    SpaceExtras extras;
    if (m_timeline)
        m_timeline->fillExtras(extras);
    if (m_chat) {
        extras.chat = m_chat->entries();
        const qint64 startedAtMs = m_source.metadata.startedAt.isValid()
                                       ? m_source.metadata.startedAt.toMSecsSinceEpoch()
                                       : 0;
        const NtpClock *clock =
            m_timeline && !m_timeline->clock().isEmpty() ? &m_timeline->clock() : nullptr;
        placeChat(extras.chat, clock, startedAtMs);
        extras.chatAvailable = m_chatProblem.isEmpty();
        extras.chatUnavailableReason = m_chatProblem;
    }
    QStringList warnings;
    if (m_chat && !m_chatProblem.isEmpty())
        warnings << tr("The chat was not saved completely: %1").arg(m_chatProblem);
    // Nothing heard and nothing said (no Hydra frames, no chat): no files that only repeat
    // the tags' host and title.
    const bool worthKeeping = !extras.speaking.empty() || !extras.chat.empty();
    if (const auto written = worthKeeping ? writeSidecars(m_audioPath, extras) : Expected<void>();
        !written)
        warnings << tr("The speakers and chat were not saved next to the audio: %1")
                        .arg(written.error());
    if (done)
        done(warnings.join(QLatin1Char(' ')));
}

}  // namespace spacetape::extras
