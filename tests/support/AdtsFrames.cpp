// SPDX-License-Identifier: MIT
#include "support/AdtsFrames.h"

#include "support/MediaTools.h"
#include "support/TestPaths.h"

#include <QFile>

namespace spacetape::test {

std::vector<quint32> AdtsFrames::payloadSizes() const {
    std::vector<quint32> sizes;
    for (const QByteArray &p : payloads)
        sizes.push_back(quint32(p.size()));
    return sizes;
}

AdtsFrames readAdts(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = file.readAll();
    const auto *bytes = reinterpret_cast<const unsigned char *>(all.constData());
    AdtsFrames frames;
    qsizetype pos = 0;
    while (pos < all.size()) {
        const auto header = AdtsHeader::parse(bytes + pos, all.size() - pos);
        if (!header || pos + header->frameLength > all.size())
            return {};  // ffmpeg's output is clean; anything else is a broken fixture
        frames.format = header->format;
        frames.withHeaders.append(all.mid(pos, header->frameLength));
        frames.payloads.append(all.mid(pos + header->headerLength, header->payloadLength()));
        pos += header->frameLength;
    }
    return frames;
}

QByteArray makeImage(const QString &path, const QString &lavfiSource,
                     const QStringList &extraArgs) {
    QStringList args = {QStringLiteral("-v"), QStringLiteral("error"),     QStringLiteral("-y"),
                        QStringLiteral("-f"), QStringLiteral("lavfi"),     QStringLiteral("-i"),
                        lavfiSource,          QStringLiteral("-frames:v"), QStringLiteral("1")};
    args << extraArgs << path;
    const ToolResult r = runTool(ffmpegPath(), args);
    QFile file(path);
    return r.ok() && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SpaceTags sampleTags() {
    SpaceTags tags;
    tags.title = QStringLiteral("Späces & Tapes: «live» 🎙");
    tags.hostName = QStringLiteral("Ada Lovelace");
    tags.hostHandle = QStringLiteral("ada");
    tags.startedAt = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    tags.description = QStringLiteral("Hosted by Ada Lovelace. Speakers: Bob, Carol");
    tags.comment = QStringLiteral("https://x.com/i/spaces/1YqJDqWjWkvGV\nSpeakers: Bob, Carol");
    tags.spaceId = QStringLiteral("1YqJDqWjWkvGV");
    tags.link = QStringLiteral("https://x.com/i/spaces/1YqJDqWjWkvGV");
    tags.speakers = QStringList{QStringLiteral("Bob"), QStringLiteral("Carol")};
    return tags;
}

}  // namespace spacetape::test
