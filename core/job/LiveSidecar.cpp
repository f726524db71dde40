// SPDX-License-Identifier: MIT
#include "job/LiveSidecar.h"

#include "net/UrlPolicy.h"
#include "util/Limits.h"
#include "util/PrivateFile.h"
#include "util/RegularFile.h"
#include "util/SafeNumber.h"
#include "util/SafeText.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace spacetape {

namespace {
constexpr int kVersion = 1;

/// A JSON number that must be a whole number within 64 bits; nothing otherwise.
std::optional<qint64> wholeNumber(const QJsonValue &value) {
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    const auto n = int64FromDouble(d);
    if (!n || double(*n) != d)
        return std::nullopt;
    // A number written as an integer keeps all 64 bits (the double may have rounded it).
    return value.toInteger(*n);
}

/// @p text as a JSON string literal (quotes, backslashes and control characters escaped).
QByteArray jsonString(const QString &text) {
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    return out + '"';
}

/// An optional web address: empty, or http(s) with a host.
std::optional<QUrl> webUrl(const QJsonValue &value) {
    if (!value.isString() && !value.isUndefined())
        return std::nullopt;
    const QString text = value.toString();
    if (text.isEmpty())
        return QUrl();
    const QUrl url(text, QUrl::StrictMode);
    if (!urlpolicy::isWebUrl(url))
        return std::nullopt;
    return url;
}
}  // namespace

QString LiveSidecar::fileName() {
    return QStringLiteral("live-capture.json");
}

QByteArray LiveSidecar::toJson() const {
    QJsonObject root{{QStringLiteral("version"), kVersion},
                     {QStringLiteral("spaceId"), spaceId},
                     {QStringLiteral("master"), masterUrl.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("variant"), variantUrl.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("dynamic"), dynamicUrl.toString(QUrl::FullyEncoded)},
                     {QStringLiteral("lastLiveSequence"), QJsonValue(lastLiveSequence)},
                     {QStringLiteral("firstSequence"), QJsonValue(chunks.firstListed())}};
    if (startedAt.isValid())
        root.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    if (endedAt.isValid())
        root.insert(QStringLiteral("endedAt"), endedAt.toString(Qt::ISODateWithMs));
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    json.chop(1);  // the closing brace: the chunk list follows

    // The chunk list is written directly, in one pass with one hash lookup per chunk: built as
    // QJsonArrays it cost ~20 µs a chunk, and a linear search of the folders made it quadratic.
    QHash<QString, int> baseIndex;
    QByteArray bases;
    QByteArray entries;
    const QMap<qint64, LiveChunk> &map = chunks.chunks();
    entries.reserve(map.size() * 64);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString url = it->url.toString(QUrl::FullyEncoded);
        const int slash = int(url.lastIndexOf(QLatin1Char('/')));
        const QString base = url.left(slash + 1);
        auto found = baseIndex.constFind(base);
        if (found == baseIndex.cend()) {
            found = baseIndex.insert(base, int(baseIndex.size()));
            bases += (bases.isEmpty() ? "" : ",") + jsonString(base);
        }
        entries += entries.isEmpty() ? "[" : ",[";
        entries += QByteArray::number(it.key()) + ',' + QByteArray::number(it->duration, 'g', 17) +
                   ',' + QByteArray::number(*found) + ',' + jsonString(url.mid(slash + 1)) + ']';
    }
    json += ",\"bases\":[" + bases + "],\"chunks\":[" + entries + "]}";
    return json;
}

Expected<LiveSidecar> LiveSidecar::fromJson(const QByteArray &json, const QString &folderKey) {
    const auto refused = [](const QString &why) {
        return fail(tr("The saved live capture list is refused: %1.").arg(why));
    };
    if (json.size() > limits::kMaxLiveSidecarBytes)
        return refused(tr("it is larger than %1 MiB").arg(limits::kMaxLiveSidecarBytes >> 20));
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("version")).toInt() != kVersion)
        return refused(tr("it is not a live capture list this version can read"));
    LiveSidecar saved;
    saved.spaceId = root.value(QStringLiteral("spaceId")).toString();
    if (folderKey.isEmpty() || saved.spaceId != folderKey)
        return refused(tr("it belongs to another Space"));
    const auto master = webUrl(root.value(QStringLiteral("master")));
    const auto variant = webUrl(root.value(QStringLiteral("variant")));
    const auto dynamic = webUrl(root.value(QStringLiteral("dynamic")));
    if (!master || !variant || !dynamic)
        return refused(tr("it names a playlist that is not a web address"));
    saved.masterUrl = *master;
    saved.variantUrl = *variant;
    saved.dynamicUrl = *dynamic;
    const auto last = wholeNumber(root.value(QStringLiteral("lastLiveSequence")));
    const auto first = wholeNumber(root.value(QStringLiteral("firstSequence")));
    if (!last || !first || *last < -1 || *first < -1 || !saved.chunks.setFirstListed(*first) ||
        (*last >= 0 && !LiveChunks::spanFits(std::min(saved.chunks.start(), *last),
                                             std::max(saved.chunks.start(), *last))))
        return refused(tr("a sequence number is out of range"));
    saved.lastLiveSequence = *last;

    const QJsonArray bases = root.value(QStringLiteral("bases")).toArray();
    const QJsonArray entries = root.value(QStringLiteral("chunks")).toArray();
    if (bases.size() > limits::kMaxLiveChunks || entries.size() > limits::kMaxLiveChunks)
        return refused(tr("it lists more than %1 chunks").arg(limits::kMaxLiveChunks));
    const QList<QUrl> playlists{saved.masterUrl, saved.variantUrl, saved.dynamicUrl};
    for (const QJsonValue &value : entries) {
        const QJsonArray entry = value.toArray();
        const auto sequence = wholeNumber(entry.at(0));
        const auto base = wholeNumber(entry.at(2));
        if (entry.size() != 4 || !sequence || !base || *base < 0 || *base >= bases.size() ||
            !entry.at(1).isDouble() || !bases.at(*base).isString() || !entry.at(3).isString())
            return refused(tr("a chunk entry is damaged"));
        LiveChunk chunk;
        chunk.duration = entry.at(1).toDouble();
        chunk.url = QUrl(bases.at(*base).toString() + entry.at(3).toString(), QUrl::StrictMode);
        bool allowed = false;
        for (const QUrl &playlist : playlists)
            allowed =
                allowed || (!playlist.isEmpty() && LiveChunks::chunkAllowed(playlist, chunk.url));
        if (!allowed)
            return refused(tr("chunk %1 is not on the host of its playlists").arg(*sequence));
        if (!saved.chunks.insert(*sequence, chunk))
            return refused(tr("chunk %1 is out of range or listed twice").arg(*sequence));
    }
    saved.startedAt = QDateTime::fromString(root.value(QStringLiteral("startedAt")).toString(),
                                            Qt::ISODateWithMs);
    saved.endedAt =
        QDateTime::fromString(root.value(QStringLiteral("endedAt")).toString(), Qt::ISODateWithMs);
    return saved;
}

Expected<LiveSidecar> LiveSidecar::read(const QString &cacheDir, const QString &folderKey) {
    auto bytes = readRegularFile(QDir(cacheDir).filePath(fileName()), limits::kMaxLiveSidecarBytes);
    if (!bytes)
        return fail(tr("The saved live capture list is not used: %1").arg(bytes.error()));
    return fromJson(*bytes, folderKey);
}

bool LiveSidecar::write(const QString &cacheDir, QString *error) const {
    // Stream URLs: the owner's eyes only (0600, atomically).
    const auto saved = writePrivateFile(QDir(cacheDir).filePath(fileName()), toJson());
    if (!saved && error)
        *error = saved.error();
    return saved.ok();
}

}  // namespace spacetape
