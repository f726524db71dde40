// SPDX-License-Identifier: MIT
#include "watch/HostWatcher.h"

#include "util/PrivateFile.h"
#include "x/SpaceLink.h"
#include "x/XApiClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace spacetape {

namespace {
constexpr int kStateVersion = 1;
/// Space IDs remembered as reported; far more than any watch list sees live in months.
constexpr int kMaxReported = 5000;
constexpr int kMaxInputLength = 500;

const QRegularExpression &handlePattern() {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{1,15}$"));
    return re;
}

bool allDigits(const QString &s) {
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

QString userIdHandle(const QString &id) {
    return QStringLiteral("id:") + id;
}

QString iso(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v) {
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString who(const QString &handle) {
    return handle.startsWith(QLatin1String("id:")) ? HostWatcher::tr("user %1").arg(handle.mid(3))
                                                   : QStringLiteral("@") + handle;
}

QString blockedWithoutLogin() {
    return HostWatcher::tr(
        "Watching hosts needs an X login: X only tells logged-in users who is live. Log in "
        "(Account → Log In…, or spacetape-cli login --cookies FILE); everything else keeps "
        "working as a guest.");
}
}  // namespace

/// One round: user IDs still missing, then presence in batches of at most 100.
struct HostWatcher::Cycle {
    quint64 generation = 0;
    QStringList toLookUp;        ///< handles
    QList<QStringList> batches;  ///< user IDs
    int refreshDelaySeconds = 0;
    bool failed = false;
    int retryAfterSeconds = 0;
};

HostWatcher::HostWatcher(XApiClient &api, const QString &stateFile, QObject *parent)
    : QObject(parent), m_api(api), m_stateFile(stateFile) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HostWatcher::runCycle);
    connect(&m_api, &XApiClient::loginExpired, this, &HostWatcher::updateBlocked);
    load();
}

HostWatcher::~HostWatcher() = default;

// ---------------------------------------------------------------------------
// Handles

Expected<QString> HostWatcher::parseHandle(const QString &input) {
    const QString text = input.trimmed();
    const auto refuse = [&] {
        return fail(tr("“%1” is not an X handle or profile link: a handle is 1 to "
                       "15 letters, digits or underscores, like @name or "
                       "https://x.com/name.")
                        .arg(text.left(80)));
    };
    if (text.isEmpty() || text.size() > kMaxInputLength)
        return refuse();
    QString bare = text.startsWith(QLatin1Char('@')) ? text.mid(1) : text;
    if (bare.startsWith(QLatin1String("id:"), Qt::CaseInsensitive) && allDigits(bare.mid(3)) &&
        bare.size() - 3 <= 20)
        return userIdHandle(bare.mid(3));
    // Handles are at most 15 characters and may be all digits; user IDs of 16+ digits cannot
    // be handles. Shorter IDs are written "id:<n>" or as an x.com/i/user/<n> link.
    if (allDigits(bare) && bare.size() >= 16 && bare.size() <= 20)
        return userIdHandle(bare);
    if (handlePattern().match(bare).hasMatch())
        return bare;

    QUrl url = QUrl::fromUserInput(
        text.contains(QLatin1String("://")) ? text : QStringLiteral("https://") + text);
    static const QStringList hosts = {QStringLiteral("x.com"), QStringLiteral("twitter.com")};
    QString host = url.host().toLower();
    for (const QString &prefix :
         {QStringLiteral("www."), QStringLiteral("mobile."), QStringLiteral("m.")}) {
        if (host.startsWith(prefix)) {
            host = host.mid(prefix.size());
            break;
        }
    }
    if (!url.isValid() ||
        !(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) ||
        !hosts.contains(host))
        return refuse();
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return refuse();
    if (parts.first() == QLatin1String("i")) {
        if (parts.size() >= 3 && parts.at(1) == QLatin1String("user") && allDigits(parts.at(2)) &&
            parts.at(2).size() <= 20)
            return userIdHandle(parts.at(2));
        if (parts.size() >= 2 && parts.at(1) == QLatin1String("spaces"))
            return fail(tr("“%1” is a Space link, not a profile: to watch its host, "
                           "give the host's @handle or profile link.")
                            .arg(text.left(80)));
        return refuse();
    }
    // X's own pages sit where profiles do; none of them is a user.
    static const QStringList reserved = {
        QStringLiteral("home"),     QStringLiteral("explore"),  QStringLiteral("search"),
        QStringLiteral("settings"), QStringLiteral("messages"), QStringLiteral("notifications"),
        QStringLiteral("intent"),   QStringLiteral("share"),    QStringLiteral("hashtag"),
        QStringLiteral("compose"),  QStringLiteral("login"),    QStringLiteral("signup"),
        QStringLiteral("tos"),      QStringLiteral("privacy"),  QStringLiteral("logout")};
    if (reserved.contains(parts.first().toLower()) ||
        !handlePattern().match(parts.first()).hasMatch())
        return refuse();
    return parts.first();
}

int HostWatcher::indexOf(const QString &handle) const {
    QString wanted = handle.startsWith(QLatin1Char('@')) ? handle.mid(1) : handle;
    for (int i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts.at(i).handle.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Expected<void> HostWatcher::addHost(const QString &input) {
    const auto handle = parseHandle(input);
    if (!handle)
        return handle.failure();
    if (indexOf(*handle) >= 0)
        return fail(tr("%1 is already watched.").arg(who(*handle)));
    WatchedHost host;
    host.handle = *handle;
    if (handle->startsWith(QLatin1String("id:"))) {
        host.userId = handle->mid(3);
        host.userIdResolvedAt = QDateTime::currentDateTimeUtc();
    }
    m_hosts << host;
    save();
    Q_EMIT hostsChanged();
    if (m_running) {
        if (m_cycleRunning)
            m_checkAgain = true;
        else
            scheduleCycle(0);  // look the new host up now rather than a minute from now
    }
    return {};
}

void HostWatcher::removeHost(const QString &handle) {
    const int i = indexOf(handle);
    if (i < 0)
        return;
    m_hosts.removeAt(i);
    save();
    Q_EMIT hostsChanged();
}

void HostWatcher::setEnabled(const QString &handle, bool enabled) {
    const int i = indexOf(handle);
    if (i < 0 || m_hosts[i].enabled == enabled)
        return;
    m_hosts[i].enabled = enabled;
    save();
    Q_EMIT hostsChanged();
    if (enabled && m_running && !m_cycleRunning)
        scheduleCycle(0);
}

void HostWatcher::setRecordingPending(const QString &spaceId, const QString &hostHandle,
                                      bool pending) {
    const auto same = [&](const PendingRecording &p) { return p.spaceId == spaceId; };
    const bool known = std::any_of(m_pending.cbegin(), m_pending.cend(), same);
    if (pending == known)
        return;
    if (pending)
        m_pending << PendingRecording{spaceId, hostHandle};
    else
        m_pending.removeIf(same);
    save();
}

// ---------------------------------------------------------------------------
// The state file

void HostWatcher::load() {
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return;  // first run
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &error);
    file.close();
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // Keep what cannot be read for the user to look at, rather than overwrite it.
        QFile::rename(m_stateFile, m_stateFile + QStringLiteral(".unreadable-") +
                                       QDateTime::currentDateTimeUtc().toString(
                                           QStringLiteral("yyyyMMddHHmmss")));
        return;
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject o = v.toObject();
        WatchedHost host;
        const auto handle = parseHandle(o.value(QStringLiteral("handle")).toString());
        if (!handle || indexOf(*handle) >= 0)
            continue;
        host.handle = *handle;
        host.userId = o.value(QStringLiteral("userId")).toString();
        if (!watchapi::isValidUserId(host.userId))
            host.userId.clear();
        host.enabled = o.value(QStringLiteral("enabled")).toBool(true);
        host.userIdResolvedAt = fromIso(o.value(QStringLiteral("userIdResolvedAt")));
        host.lastChecked = fromIso(o.value(QStringLiteral("lastChecked")));
        host.lastFoundAt = fromIso(o.value(QStringLiteral("lastFoundAt")));
        host.lastSpaceId = o.value(QStringLiteral("lastSpaceId")).toString();
        host.lastSpaceTitle = o.value(QStringLiteral("lastSpaceTitle")).toString();
        m_hosts << host;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("reportedSpaces")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (SpaceLink::isValidId(id))
            m_reported.insert(id, fromIso(o.value(QStringLiteral("at"))));
    }
    for (const QJsonValue &v : root.value(QStringLiteral("pendingRecordings")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        // These IDs go into URLs and cache folder names: only well-formed ones are kept.
        if (SpaceLink::isValidId(id))
            m_pending << PendingRecording{id, o.value(QStringLiteral("host")).toString()};
    }
}

void HostWatcher::save() const {
    QJsonArray hosts;
    for (const WatchedHost &h : m_hosts)
        hosts.append(QJsonObject{{QStringLiteral("handle"), h.handle},
                                 {QStringLiteral("userId"), h.userId},
                                 {QStringLiteral("enabled"), h.enabled},
                                 {QStringLiteral("userIdResolvedAt"), iso(h.userIdResolvedAt)},
                                 {QStringLiteral("lastChecked"), iso(h.lastChecked)},
                                 {QStringLiteral("lastFoundAt"), iso(h.lastFoundAt)},
                                 {QStringLiteral("lastSpaceId"), h.lastSpaceId},
                                 {QStringLiteral("lastSpaceTitle"), h.lastSpaceTitle}});
    // The newest first, so trimming to kMaxReported drops the oldest.
    QList<QPair<QDateTime, QString>> reported;
    for (auto it = m_reported.cbegin(); it != m_reported.cend(); ++it)
        reported << qMakePair(it.value(), it.key());
    std::sort(reported.begin(), reported.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QJsonArray spaces;
    for (int i = 0; i < reported.size() && i < kMaxReported; ++i)
        spaces.append(QJsonObject{{QStringLiteral("id"), reported.at(i).second},
                                  {QStringLiteral("at"), iso(reported.at(i).first)}});
    QJsonArray pending;
    for (const PendingRecording &p : m_pending)
        pending.append(
            QJsonObject{{QStringLiteral("id"), p.spaceId}, {QStringLiteral("host"), p.hostHandle}});
    const QJsonObject root{{QStringLiteral("version"), kStateVersion},
                           {QStringLiteral("hosts"), hosts},
                           {QStringLiteral("reportedSpaces"), spaces},
                           {QStringLiteral("pendingRecordings"), pending}};
    // The watch list says whom the user follows: the owner's eyes only.
    (void)writePrivateFile(m_stateFile, QJsonDocument(root).toJson());
}

// ---------------------------------------------------------------------------
// The rhythm

qint64 HostWatcher::nextPollDelayMs(const WatchTiming &timing, int refreshDelaySeconds,
                                    int failures, int retryAfterSeconds, double jitter) {
    const qint64 base = std::max<qint64>(std::max(timing.minPollMs, 1),
                                         qint64(std::max(refreshDelaySeconds, 0)) * 1000);
    qint64 delay = base;
    if (failures > 0) {
        const qint64 cap = std::max<qint64>(timing.maxBackoffMs, base);
        delay = base;
        for (int i = 0; i < failures && delay < cap; ++i)
            delay *= 2;
        delay = std::min(delay, cap);
    }
    delay = std::max(delay, qint64(std::max(retryAfterSeconds, 0)) * 1000);
    return delay + qint64(std::clamp(jitter, 0.0, 1.0) * std::max(timing.jitterMs, 0));
}

void HostWatcher::start() {
    if (m_running)
        return;
    m_running = true;
    updateBlocked();
    scheduleCycle(0);
}

void HostWatcher::stop() {
    m_running = false;
    m_cycleRunning = false;
    ++m_generation;
    m_timer.stop();
}

void HostWatcher::scheduleCycle(qint64 delayMs) {
    if (!m_running)
        return;
    m_timer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void HostWatcher::updateBlocked() {
    const QString reason = m_api.hasUsableLogin() ? QString() : blockedWithoutLogin();
    if (reason == m_blockedReason)
        return;
    m_blockedReason = reason;
    Q_EMIT blockedChanged(reason);
}

void HostWatcher::runCycle() {
    if (!m_running || m_cycleRunning)
        return;
    m_cycleRunning = true;
    m_checkAgain = false;
    updateBlocked();
    auto cycle = std::make_shared<Cycle>();
    cycle->generation = m_generation;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const WatchedHost &h : m_hosts) {
        const QString key = h.handle.toLower();
        if (h.enabled && h.userId.isEmpty() &&
            !(m_lookupRetryAt.contains(key) && now < m_lookupRetryAt.value(key)))
            cycle->toLookUp << h.handle;
    }
    lookUpNext(cycle);
}

void HostWatcher::lookUpNext(std::shared_ptr<Cycle> cycle) {
    if (cycle->toLookUp.isEmpty()) {
        // Lookups done: presence for every enabled host with an ID, 100 a call.
        if (m_blockedReason.isEmpty()) {
            QStringList ids;
            for (const WatchedHost &h : m_hosts) {
                if (h.enabled && !h.userId.isEmpty() && !ids.contains(h.userId))
                    ids << h.userId;
            }
            for (int i = 0; i < ids.size(); i += watchapi::kMaxUserIdsPerPresenceCall)
                cycle->batches << ids.mid(i, watchapi::kMaxUserIdsPerPresenceCall);
        }
        checkNextBatch(cycle);
        return;
    }
    const QString handle = cycle->toLookUp.takeFirst();
    ++m_apiCalls;
    QPointer<HostWatcher> self(this);
    m_api.fetchUserId(handle, [self, cycle, handle](Expected<QString> id) {
        if (!self || cycle->generation != self->m_generation)
            return;
        const int i = self->indexOf(handle);
        const QString key = handle.toLower();
        if (i >= 0) {
            WatchedHost &host = self->m_hosts[i];
            if (id) {
                host.userId = *id;
                host.userIdResolvedAt = QDateTime::currentDateTimeUtc();
                host.error.clear();
                self->m_lookupFailures.remove(key);
                self->m_lookupRetryAt.remove(key);
            } else {
                host.error = id.error();
                const int failures = ++self->m_lookupFailures[key];
                const qint64 wait =
                    nextPollDelayMs(self->m_timing, 0, failures, id.failure().retryAfterSeconds, 0);
                self->m_lookupRetryAt.insert(key, QDateTime::currentDateTimeUtc().addMSecs(wait));
            }
            self->save();
            Q_EMIT self->hostsChanged();
            if (!self)
                return;  // a receiver deleted it
        }
        if (!id && id.errorKind() == FailureKind::RateLimited) {
            // The limit is X's, not the handle's: the other lookups wait for the reset too.
            for (const QString &other : cycle->toLookUp)
                self->m_lookupRetryAt.insert(
                    other.toLower(),
                    QDateTime::currentDateTimeUtc().addSecs(id.failure().retryAfterSeconds));
            cycle->toLookUp.clear();
        }
        self->lookUpNext(cycle);
    });
}

void HostWatcher::checkNextBatch(std::shared_ptr<Cycle> cycle) {
    if (cycle->generation != m_generation)
        return;  // stopped meanwhile (e.g. by a spaceFound receiver)
    if (cycle->batches.isEmpty()) {
        finishCycle(cycle);
        return;
    }
    const QStringList batch = cycle->batches.takeFirst();
    ++m_apiCalls;
    QPointer<HostWatcher> self(this);
    m_api.fetchLivePresence(batch, [self, cycle, batch](Expected<LivePresence> presence) {
        if (!self || cycle->generation != self->m_generation)
            return;
        if (!presence) {
            cycle->failed = true;
            cycle->retryAfterSeconds =
                std::max(cycle->retryAfterSeconds, presence.failure().retryAfterSeconds);
            for (WatchedHost &h : self->m_hosts) {
                if (batch.contains(h.userId))
                    h.error = presence.error();
            }
            Q_EMIT self->hostsChanged();
            if (!self)
                return;
            if (presence.errorKind() == FailureKind::RateLimited)
                cycle->batches.clear();  // the other batches would only meet the same limit
            self->checkNextBatch(cycle);
            return;
        }
        cycle->refreshDelaySeconds =
            std::max(cycle->refreshDelaySeconds, presence->refreshDelaySeconds);
        self->takeSightings(*presence, batch);
        if (self)  // a spaceFound receiver may have deleted it
            self->checkNextBatch(cycle);
    });
}

void HostWatcher::takeSightings(const LivePresence &presence, const QStringList &batch) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (WatchedHost &h : m_hosts) {
        if (batch.contains(h.userId)) {
            h.lastChecked = now;
            h.error.clear();
        }
    }
    // Co-hosts each report the same Space: group by Space, credit its creator when watched.
    QStringList order;
    QHash<QString, QList<LiveSighting>> bySpace;
    for (const LiveSighting &s : presence.spaces) {
        if (!s.state.isEmpty() && s.state != QLatin1String("Running"))
            continue;  // only Spaces on air are recorded from here
        if (!bySpace.contains(s.spaceId))
            order << s.spaceId;
        bySpace[s.spaceId] << s;
    }
    QList<QPair<QString, QString>> found;
    for (const QString &spaceId : order) {
        const QList<LiveSighting> &sightings = bySpace.value(spaceId);
        QString credited;
        for (WatchedHost &h : m_hosts) {
            if (h.userId.isEmpty())
                continue;
            const bool reported =
                std::any_of(sightings.cbegin(), sightings.cend(),
                            [&](const LiveSighting &s) { return s.reportedForUserId == h.userId; });
            if (!reported)
                continue;
            if (h.lastSpaceId != spaceId)
                h.lastFoundAt = now;
            h.lastSpaceId = spaceId;
            if (!sightings.first().title.isEmpty())
                h.lastSpaceTitle = sightings.first().title;
            if (credited.isEmpty() || h.userId == sightings.first().creatorUserId)
                credited = h.handle;
        }
        if (credited.isEmpty() || m_reported.contains(spaceId))
            continue;
        m_reported.insert(spaceId, now);
        found << qMakePair(spaceId, credited);
    }
    // Saved before anyone hears of it: a crash right after cannot report it twice.
    save();
    // Receivers may stop or delete the watcher: look before each emission.
    QPointer<HostWatcher> self(this);
    Q_EMIT hostsChanged();
    for (const auto &f : found) {
        if (!self)
            return;
        Q_EMIT spaceFound(f.first, f.second);
    }
}

void HostWatcher::finishCycle(std::shared_ptr<Cycle> cycle) {
    m_cycleRunning = false;
    if (!m_running)
        return;
    if (cycle->failed)
        ++m_failures;
    else
        m_failures = 0;
    Q_EMIT checked();
    if (!m_running)
        return;  // stopped by a receiver
    if (m_checkAgain) {
        scheduleCycle(0);
        return;
    }
    const double jitter = QRandomGenerator::global()->generateDouble();
    scheduleCycle(nextPollDelayMs(m_timing, cycle->refreshDelaySeconds, m_failures,
                                  cycle->retryAfterSeconds, jitter));
}

}  // namespace spacetape
