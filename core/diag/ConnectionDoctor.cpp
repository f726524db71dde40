// SPDX-License-Identifier: MIT
#include "diag/ConnectionDoctor.h"

#include "job/PlaylistLoader.h"
#include "media/ChunkReader.h"
#include "net/NetworkService.h"
#include "net/ReplyGuard.h"
#include "util/Limits.h"
#include "util/SafeText.h"
#include "util/TextFormat.h"
#include "x/XApiConfig.h"
#include "x/XJson.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

namespace spacetape {

namespace {
/// A media key no Space has: the login check only needs to know whether X lets the request in.
const QString kLoginProbeMediaKey = QStringLiteral("28_1");
constexpr int kNameWidth = 18;
/// The doctor reports a rate limit instead of sitting out X's 15-minute window.
constexpr int kMaxRateLimitWaitSeconds = 60;

QString symbol(StepOutcome outcome) {
    switch (outcome) {
        case StepOutcome::Ok:
            return QStringLiteral("✓");
        case StepOutcome::Failed:
            return QStringLiteral("✗");
        case StepOutcome::Skipped:
            break;
    }
    return QStringLiteral("–");
}

QString outcomeId(StepOutcome outcome) {
    switch (outcome) {
        case StepOutcome::Ok:
            return QStringLiteral("ok");
        case StepOutcome::Failed:
            return QStringLiteral("failed");
        case StepOutcome::Skipped:
            break;
    }
    return QStringLiteral("skipped");
}

/// "x.com/home" — where a page is, short, without the scheme.
QString shortUrl(const QUrl &url) {
    return url.host() + (url.path() == QLatin1String("/") ? QString() : url.path());
}

QString hintForSpace() {
    return ConnectionDoctor::tr(
        "Run the check with a Space link or ID (any Space that has a replay, or one on "
        "air) to check this too.");
}

QString loginRemedy() {
    return ConnectionDoctor::tr(
        "Export fresh cookies from your browser and log in again (Account ▸ Log In…, or "
        "spacetape-cli login --cookies FILE).");
}

QString networkRemedy() {
    return ConnectionDoctor::tr(
        "Check your internet connection and proxy settings, then run the check again.");
}

QString guestSessionRemedy() {
    return ConnectionDoctor::tr(
        "X hands out no guest sessions to you right now: wait a few minutes and run the check "
        "again. With a login, Spacetape needs no guest session.");
}

QString rateLimitRemedy() {
    return ConnectionDoctor::tr(
        "X's rate limit is spent for now: wait a few minutes (up to 15) and run the check "
        "again.");
}
}  // namespace

ConnectionDoctor::ConnectionDoctor(NetworkService &network, const QString &keychainService,
                                   QObject *parent)
    : QObject(parent), m_network(network), m_api(network), m_store(keychainService) {
    qRegisterMetaType<spacetape::StepResult>();
    m_api.setMaxRateLimitWait(kMaxRateLimitWaitSeconds);
    connect(&m_api, &XApiClient::waiting, this, &ConnectionDoctor::waiting);
}

ConnectionDoctor::~ConnectionDoctor() {
    if (m_chunkReply) {
        m_chunkReply->disconnect(this);  // no result from a check that is being dropped
        m_chunkReply->abort();
    }
}

int ConnectionDoctor::exitCode() const {
    for (const StepResult &r : m_results) {
        if (r.outcome == StepOutcome::Failed)
            return kChecksFailed;
    }
    return 0;
}

QString ConnectionDoctor::stepName(DoctorStep step) {
    switch (step) {
        case DoctorStep::Keychain:
            return tr("keychain");
        case DoctorStep::GuestToken:
            return tr("guest token");
        case DoctorStep::Login:
            return tr("login");
        case DoctorStep::AudioSpaceById:
            return QStringLiteral("AudioSpaceById");  // X's name for it
        case DoctorStep::Discovery:
            return tr("queryId discovery");
        case DoctorStep::StreamStatus:
            return tr("stream status");
        case DoctorStep::Cdn:
            break;
    }
    return tr("CDN");
}

QString ConnectionDoctor::stepId(DoctorStep step) {
    switch (step) {
        case DoctorStep::Keychain:
            return QStringLiteral("keychain");
        case DoctorStep::GuestToken:
            return QStringLiteral("guest_token");
        case DoctorStep::Login:
            return QStringLiteral("login");
        case DoctorStep::AudioSpaceById:
            return QStringLiteral("audio_space_by_id");
        case DoctorStep::Discovery:
            return QStringLiteral("query_id_discovery");
        case DoctorStep::StreamStatus:
            return QStringLiteral("stream_status");
        case DoctorStep::Cdn:
            break;
    }
    return QStringLiteral("cdn");
}

QString ConnectionDoctor::formatLine(const StepResult &r) {
    QString line =
        symbol(r.outcome) + QLatin1Char(' ') + stepName(r.step).leftJustified(kNameWidth);
    if (r.outcome == StepOutcome::Skipped) {
        line += tr("skipped — %1").arg(r.message);
    } else {
        line += tr("%1 (%2 ms)").arg(r.message).arg(r.elapsedMs);
    }
    if (!r.remedy.isEmpty())
        line += QStringLiteral(" — ") + r.remedy;
    return line;
}

QString ConnectionDoctor::formatReport(const QList<StepResult> &results, const QString &spaceId) {
    QStringList lines;
    lines << tr("Spacetape %1 connection check, %2")
                 .arg(QStringLiteral(SPACETAPE_VERSION),
                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm "
                                                                              "'UTC'")));
    lines << tr("Qt %1 on %2").arg(QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
    lines << (spaceId.isEmpty() ? tr("Space: none given") : tr("Space: %1").arg(spaceId));
    for (const StepResult &r : results)
        lines << formatLine(r);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject ConnectionDoctor::toJson(const StepResult &r) {
    return {{QStringLiteral("event"), QStringLiteral("check")},
            {QStringLiteral("step"), stepId(r.step)},
            {QStringLiteral("name"), stepName(r.step)},
            {QStringLiteral("status"), outcomeId(r.outcome)},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("remedy"), r.remedy},
            {QStringLiteral("ms"), r.elapsedMs < 0 ? QJsonValue() : QJsonValue(r.elapsedMs)}};
}

// ---------------------------------------------------------------------------
// Bookkeeping.

void ConnectionDoctor::start() {
    if (m_running)
        return;
    m_running = true;
    m_results.clear();
    m_loginGiven = m_api.hasUsableLogin();
    m_storedLogin.reset();
    m_keychainRead = false;
    m_tried = {};
    m_blocker.clear();
    m_answer = {};
    m_spaceMs = 0;
    m_discovered.reset();
    m_metadata.reset();
    m_stream.reset();
    QTimer::singleShot(0, this, &ConnectionDoctor::checkKeychain);
}

void ConnectionDoctor::begin(DoctorStep step) {
    m_current = step;
    m_clock.start();
    Q_EMIT stepStarted(step);
}

void ConnectionDoctor::report(StepOutcome outcome, const QString &message, const QString &remedy) {
    // A sentence from elsewhere, in any language: the time follows it.
    const QString text = withoutFullStop(printable(message, 600));
    StepResult r{m_current, outcome, text, printable(remedy, 600), m_clock.elapsed()};
    m_results << r;
    Q_EMIT stepFinished(r);
}

void ConnectionDoctor::skip(DoctorStep step, const QString &why, const QString &remedy) {
    StepResult r{step, StepOutcome::Skipped, printable(why, 600), printable(remedy, 600), -1};
    m_results << r;
    Q_EMIT stepFinished(r);
}

bool ConnectionDoctor::failed(DoctorStep step) const {
    return std::any_of(m_results.begin(), m_results.end(), [step](const StepResult &r) {
        return r.step == step && r.outcome == StepOutcome::Failed;
    });
}

void ConnectionDoctor::finish() {
    m_running = false;
    Q_EMIT finished(exitCode());
}

// ---------------------------------------------------------------------------
// Keychain, guest token, login.

void ConnectionDoctor::checkKeychain() {
    begin(DoctorStep::Keychain);
    const QString remedy =
        tr("Start or unlock your keychain (GNOME Keyring or KWallet on Linux). "
           "Meanwhile Spacetape works as a guest, or with cookies given for one "
           "run (spacetape-cli --cookies FILE).");
    m_store.load([this, remedy](Expected<std::optional<XLogin>> stored) {
        if (!stored) {
            report(StepOutcome::Failed, tr("not readable: %1").arg(stored.error()), remedy);
            checkGuestToken();
            return;
        }
        m_keychainRead = true;
        m_storedLogin = *stored;
        m_store.checkWritable([this, remedy](Expected<void> writable) {
            if (!writable) {
                report(StepOutcome::Failed,
                       tr("readable, but not writable: %1").arg(writable.error()), remedy);
            } else if (m_storedLogin) {
                const QString who = m_storedLogin->handle.isEmpty()
                                        ? QString()
                                        : tr(" for @%1").arg(m_storedLogin->handle);
                report(StepOutcome::Ok, tr("ok: readable and writable; a login%1 is stored%2")
                                            .arg(who, m_loginGiven ? tr(" (not used: cookies "
                                                                        "were given for this run)")
                                                                   : QString()));
            } else {
                report(StepOutcome::Ok, tr("ok: readable and writable; no login stored"));
            }
            if (!m_loginGiven && m_storedLogin)
                m_api.setLogin(m_storedLogin);
            checkGuestToken();
        });
    });
}

void ConnectionDoctor::checkGuestToken() {
    begin(DoctorStep::GuestToken);
    m_api.checkGuestSession([this](Expected<void> ok) {
        if (ok) {
            report(StepOutcome::Ok, tr("ok"));
        } else if (ok.errorKind() == FailureKind::RateLimited || ok.errorHttpStatus() == 429) {
            report(StepOutcome::Failed, ok.error(), rateLimitRemedy());
        } else if (ok.errorHttpStatus() != 0) {
            // X answered, but gave no token (the message says how; it may be translated).
            report(StepOutcome::Failed, ok.error(), guestSessionRemedy());
        } else {
            report(StepOutcome::Failed, ok.error(), networkRemedy());
        }
        checkLogin();
    });
}

void ConnectionDoctor::checkLogin() {
    if (!m_api.hasUsableLogin()) {
        if (!m_keychainRead)
            skip(DoctorStep::Login, tr("because keychain failed (no login to check)"));
        else
            skip(DoctorStep::Login, tr("no login: Spacetape uses guest access"),
                 tr("Log in for Spaces that need it (Account ▸ Log In…, or spacetape-cli login "
                    "--cookies FILE)."));
        checkAudioSpace();
        return;
    }
    begin(DoctorStep::Login);
    const QString source =
        m_loginGiven ? tr("the cookies given for this run") : tr("the login in the keychain");
    // Any endpoint that checks the cookies will do; the stream status needs no queryId, so a
    // stale queryId cannot pass for a refused login.
    const QUrl url(QStringLiteral("https://api.x.com/1.1/live_video_stream/status/") +
                   kLoginProbeMediaKey);
    m_api.probe(url, AuthMode::Cookies, [this, source](XApiClient::Response r) {
        if (r.status == 401 || r.status == 403) {
            report(StepOutcome::Failed,
                   tr("X refused %1 (HTTP %2): it expired, or you logged out in the browser")
                       .arg(source)
                       .arg(r.status),
                   loginRemedy());
            m_api.setLogin(std::nullopt);  // as the app does: the rest goes on as a guest
        } else if (r.status == 429) {
            report(StepOutcome::Failed, tr("X's rate limit is spent (HTTP 429)"),
                   rateLimitRemedy());
        } else if (r.status == 0) {
            report(StepOutcome::Failed, tr("could not reach X: %1").arg(r.networkError),
                   networkRemedy());
        } else {
            report(StepOutcome::Ok, tr("ok: X accepts %1").arg(source));
        }
        checkAudioSpace();
    });
}

// ---------------------------------------------------------------------------
// AudioSpaceById and discovery.

ConnectionDoctor::SpaceAnswer ConnectionDoctor::readSpaceAnswer(
    const XApiClient::Response &r) const {
    SpaceAnswer a;
    const bool guest = m_spaceMode == AuthMode::Guest;
    if (!r.failure.isEmpty()) {
        // The client gave up on the call (no guest session to send it with, or a rate limit
        // longer than the doctor waits): status and networkError are empty, the failure says
        // why. The advice follows its kind and status, never its words (they are translated).
        a.message = r.failure;
        if (r.failureKind == FailureKind::RateLimited || r.failureHttpStatus == 429)
            a.remedy = rateLimitRemedy();
        else if (r.failureHttpStatus == 0)
            a.remedy = networkRemedy();
        else if (guest)
            a.remedy = guestSessionRemedy();
        else
            a.remedy = tr("X may be having trouble: try again later.");
        return a;
    }
    if (r.status == 200) {
        auto metadata = SpaceMetadata::fromAudioSpaceById(r.body);
        if (metadata && metadata->id == m_spaceId) {
            a.ok = true;
            a.metadata = *metadata;
            return a;
        }
        a.message = metadata ? tr("X answered with another Space (%1)").arg(metadata->id)
                             : metadata.error();
        a.remedy = guest ? tr("Check the link. If the Space is private or for subscribers, log in.")
                         : tr("Check the link.");
        return a;
    }
    if (r.status == 0) {
        a.message = tr("could not reach X: %1").arg(r.networkError);
        a.remedy = networkRemedy();
    } else if (r.status == 404 || (r.status == 400 && hasXErrorCode(r.body, 336))) {
        a.queryRejected = true;
        a.message =
            r.status == 404
                ? tr("HTTP 404 with %1 — X changed the query").arg(m_triedSource)
                : tr("HTTP 400 with %1 — X wants feature switches it lacks").arg(m_triedSource);
    } else if (r.status == 401 || r.status == 403) {
        a.message = tr("X refused the %1 request (HTTP %2)")
                        .arg(guest ? tr("guest") : tr("logged-in"))
                        .arg(r.status);
        a.remedy = guest ? tr("Log in (Account ▸ Log In…, or spacetape-cli login --cookies FILE); "
                              "X may have closed guest access.")
                         : loginRemedy();
    } else if (r.status == 429) {
        a.message = tr("X's rate limit is spent (HTTP 429)");
        a.remedy = rateLimitRemedy();
    } else {
        a.message = tr("X answered HTTP %1").arg(r.status);
        a.remedy = tr("X may be having trouble: try again later.");
    }
    return a;
}

void ConnectionDoctor::checkAudioSpace() {
    m_answer = SpaceAnswer();
    if (m_spaceId.isEmpty()) {
        skip(DoctorStep::AudioSpaceById, tr("no Space given"), hintForSpace());
        discover(0, {});
        return;
    }
    if (m_api.hasUsableLogin()) {
        m_spaceMode = AuthMode::Cookies;
    } else if (!failed(DoctorStep::GuestToken)) {
        m_spaceMode = AuthMode::Guest;
    } else {
        m_blocker = stepName(DoctorStep::GuestToken);
        skip(DoctorStep::AudioSpaceById, tr("because guest token failed (and there is no login)"));
        discover(0, {});
        return;
    }
    if (const auto cached = m_api.apiCache().load()) {
        m_tried = cached->operation;
        m_triedSource = tr("the cached queryId %1 (worked %2)")
                            .arg(m_tried.queryId,
                                 cached->verifiedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
    } else {
        m_tried = OperationDeclaration{
            xapi::knownQueryIds().constFirst(), xapi::defaultFeatureSwitches(), {}};
        m_triedSource = tr("the newest known queryId %1 (none cached yet)").arg(m_tried.queryId);
    }
    begin(DoctorStep::AudioSpaceById);
    m_api.probe(m_api.audioSpaceRequestUrl(m_spaceId, m_tried), m_spaceMode,
                [this](XApiClient::Response r) {
                    m_spaceMs = m_clock.elapsed();
                    m_answer = readSpaceAnswer(r);
                    if (m_answer.ok)
                        m_metadata = m_answer.metadata;
                    discover(0, {});
                });
}

void ConnectionDoctor::discover(int pageIndex, QStringList misses) {
    const QList<DiscoveryPage> pages =
        BundleDiscovery::pagesToTry(m_api.hasUsableLogin(), m_spaceId);
    if (pageIndex == 0)
        begin(DoctorStep::Discovery);
    if (pageIndex >= pages.size()) {
        const QString remedy =
            m_api.hasUsableLogin()
                ? tr("X changed its web app: update Spacetape. Downloads keep working as long as "
                     "the cached or a known queryId does.")
            : m_spaceId.isEmpty()
                ? tr("Since 2026 X shows its web app's chunk map to logged-in visitors only: "
                     "log in, or give a Space link so its page is searched too. Downloads "
                     "keep working as long as the cached or a known queryId does.")
                : tr("Since 2026 X shows its web app's chunk map to logged-in visitors only: "
                     "log in, and run the check again. Downloads keep working as long as the "
                     "cached or a known queryId does.");
        discoveryDone(
            StepOutcome::Failed,
            tr("X's audio module was not found (%1)").arg(misses.join(QStringLiteral("; "))),
            remedy);
        return;
    }
    const DiscoveryPage page = pages.at(pageIndex);
    m_api.fetchPage(page, [this, page, pageIndex, misses](XApiClient::Response r) mutable {
        const QString where = shortUrl(page.url);
        if (r.status != 200) {
            misses << (r.status ? tr("%1: HTTP %2").arg(where).arg(r.status)
                                : tr("%1: %2").arg(where, r.networkError));
            discover(pageIndex + 1, misses);
            return;
        }
        const auto moduleUrl = BundleDiscovery::audioModuleUrl(QString::fromUtf8(r.body));
        if (!moduleUrl) {
            misses << tr("%1: no chunk map").arg(where);
            discover(pageIndex + 1, misses);
            return;
        }
        m_api.fetchPage({*moduleUrl, false}, [this, where](XApiClient::Response script) {
            const QString update =
                tr("X changed its web app: update Spacetape. Downloads keep "
                   "working as long as the cached or a known queryId does.");
            if (script.status != 200) {
                discoveryDone(StepOutcome::Failed,
                              tr("the audio module named on %1 answered %2")
                                  .arg(where, script.status ? tr("HTTP %1").arg(script.status)
                                                            : script.networkError),
                              update);
                return;
            }
            const auto op = BundleDiscovery::findAudioSpaceById(QString::fromUtf8(script.body));
            if (!op) {
                discoveryDone(
                    StepOutcome::Failed,
                    tr("the audio module (from %1) declares no AudioSpaceById").arg(where), update);
                return;
            }
            m_discovered = *op;
            const QString compared = m_tried.queryId.isEmpty() ? QString()
                                     : op->queryId == m_tried.queryId
                                         ? tr(", the one tried")
                                         : tr(", not the %1 tried").arg(m_tried.queryId);
            discoveryDone(StepOutcome::Ok,
                          tr("ok: queryId %1 (from %2%3)").arg(op->queryId, where, compared));
        });
    });
}

void ConnectionDoctor::discoveryDone(StepOutcome outcome, const QString &message,
                                     const QString &remedy) {
    m_discovery = StepResult{DoctorStep::Discovery, outcome, printable(message, 600),
                             printable(remedy, 600), m_clock.elapsed()};
    const bool retry = m_answer.queryRejected && m_discovered &&
                       (m_discovered->queryId != m_tried.queryId ||
                        m_discovered->featureSwitches != m_tried.featureSwitches);
    if (!retry) {
        reportAudioSpace();
        return;
    }
    // The query X rejected has a successor: see whether it works, and keep it if so.
    QElapsedTimer again;
    again.start();
    m_api.probe(m_api.audioSpaceRequestUrl(m_spaceId, *m_discovered), m_spaceMode,
                [this, again](XApiClient::Response r) {
                    m_spaceMs += again.elapsed();
                    const SpaceAnswer second = readSpaceAnswer(r);
                    if (second.ok) {
                        m_metadata = second.metadata;
                        m_api.apiCache().save({*m_discovered, QDateTime::currentDateTimeUtc()});
                        m_answer.remedy =
                            m_discovered->queryId != m_tried.queryId
                                ? tr("Spacetape discovered the new queryId %1, which works, and "
                                     "saved it: downloads use it from now on. Run the check again "
                                     "to confirm.")
                                      .arg(m_discovered->queryId)
                                : tr("Spacetape discovered the feature switches X now declares, "
                                     "which work, and saved them: downloads use them from now "
                                     "on. Run the check again to confirm.");
                    } else {
                        m_answer.remedy =
                            tr("The discovered queryId %1 fails too (%2): update Spacetape, or "
                               "try again later.")
                                .arg(m_discovered->queryId, second.message);
                    }
                    reportAudioSpace();
                });
}

void ConnectionDoctor::reportAudioSpace() {
    if (!m_spaceId.isEmpty() && !m_tried.queryId.isEmpty() &&
        !std::any_of(m_results.begin(), m_results.end(),
                     [](const StepResult &r) { return r.step == DoctorStep::AudioSpaceById; })) {
        if (m_answer.queryRejected && m_answer.remedy.isEmpty())
            m_answer.remedy =
                m_discovered ? tr("Discovery found no other queryId: the Space may be gone, or X "
                                  "changed more than the query. Update Spacetape.")
                             : tr("Discovery failed too; the next line says why and what to do.");
        const QString mode = m_spaceMode == AuthMode::Guest ? tr("guest") : tr("logged in");
        StepResult r{
            DoctorStep::AudioSpaceById, m_answer.ok ? StepOutcome::Ok : StepOutcome::Failed,
            m_answer.ok
                ? tr("ok: “%1” (%2) with %3, %4; no discovery needed")
                      .arg(m_metadata->title, stateName(m_metadata->state), m_triedSource, mode)
                : m_answer.message,
            m_answer.remedy, m_spaceMs};
        r.remedy = printable(r.remedy, 600);
        r.message = printable(r.message, 600);
        m_results << r;
        Q_EMIT stepFinished(r);
    }
    m_results << m_discovery;
    Q_EMIT stepFinished(m_discovery);
    checkStream();
}

// ---------------------------------------------------------------------------
// Stream status and the CDN.

void ConnectionDoctor::checkStream() {
    if (m_spaceId.isEmpty()) {
        skip(DoctorStep::StreamStatus, tr("no Space given"), hintForSpace());
        checkCdn();
        return;
    }
    if (!m_metadata) {
        if (m_blocker.isEmpty())
            m_blocker = stepName(DoctorStep::AudioSpaceById);
        skip(DoctorStep::StreamStatus, tr("because %1 failed").arg(m_blocker));
        checkCdn();
        return;
    }
    if (m_metadata->state == SpaceState::NotStarted ||
        m_metadata->state == SpaceState::PrePublished) {
        skip(DoctorStep::StreamStatus, tr("the Space has not started: X has no stream for it yet"),
             hintForSpace());
        checkCdn();
        return;
    }
    if (auto ok = m_metadata->downloadable(); !ok) {
        skip(DoctorStep::StreamStatus, ok.error(), hintForSpace());
        checkCdn();
        return;
    }
    begin(DoctorStep::StreamStatus);
    m_api.fetchStream(m_metadata->mediaKey, [this](Expected<StreamInfo> stream) {
        if (!stream) {
            m_blocker = stepName(DoctorStep::StreamStatus);
            report(StepOutcome::Failed, stream.error(),
                   tr("If the Space plays in the browser, X changed the stream request: update "
                      "Spacetape. Otherwise try again later."));
        } else {
            m_stream = *stream;
            report(StepOutcome::Ok,
                   tr("ok: %1, playlist on %2")
                       .arg(stream->status.isEmpty() ? tr("no status") : stream->status,
                            stream->playlistUrl().host()));
        }
        checkCdn();
    });
}

QString ConnectionDoctor::cdnRemedy(const QUrl &url) const {
    return tr("X's audio CDN (%1) did not deliver. Try again in a few minutes; if it keeps "
              "failing, check that your network or proxy lets %1 through.")
        .arg(url.host());
}

void ConnectionDoctor::checkCdn() {
    if (!m_stream) {
        if (m_spaceId.isEmpty())
            skip(DoctorStep::Cdn, tr("no Space given"), hintForSpace());
        else if (!m_blocker.isEmpty())
            skip(DoctorStep::Cdn, tr("because %1 failed").arg(m_blocker));
        else
            skip(DoctorStep::Cdn, tr("the Space has no stream to fetch"), hintForSpace());
        finish();
        return;
    }
    if (m_stream->isVideo()) {
        skip(DoctorStep::Cdn, tr("a video Space: Spacetape does not save those yet"),
             hintForSpace());
        finish();
        return;
    }
    begin(DoctorStep::Cdn);
    QUrl url = m_stream->playlistUrl();
    // As for a download: a live Space's master playlist leads to every chunk since the start.
    if (url.path().endsWith(QLatin1String("dynamic_playlist.m3u8")))
        url = masterPlaylistUrlFor(url);
    delete m_loader;
    m_loader = new PlaylistLoader(m_network, this);
    m_loader->setKeyCookieHeader(m_api.keyCookieHeader());  // key URLs only, as downloads do
    connect(m_loader, &PlaylistLoader::failed, this, [this, url](const QString &message) {
        report(StepOutcome::Failed, tr("playlist: %1").arg(message), cdnRemedy(url));
        finish();
    });
    connect(m_loader, &PlaylistLoader::loaded, this, &ConnectionDoctor::checkChunk);
    m_loader->load(url);
}

void ConnectionDoctor::checkChunk(std::shared_ptr<const LoadedPlaylist> playlist) {
    const HlsSegment segment = playlist->playlist.segments.constFirst();
    const qint64 sequence = segment.sequence();
    const int chunks = int(playlist->playlist.segments.size());
    const bool encrypted = playlist->keyFor(sequence).has_value();
    QNetworkReply *reply = m_network.get(m_network.cdnRequest(segment.url));
    m_chunkReply = reply;
    replyguard::bound(reply, limits::kMaxChunkBytes, limits::kBodyDeadlineMs, tr("chunk"),
                      "kMaxChunkBytes");
    connect(reply, &QNetworkReply::finished, this, [=] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QString guard = replyguard::failure(reply);
        const QString http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
                                  ? QStringLiteral("HTTP/2")
                                  : QStringLiteral("HTTP/1.1");
        if (!guard.isEmpty() || status != 200) {
            report(StepOutcome::Failed,
                   tr("playlist ok (%1 chunks), but chunk %2: %3")
                       .arg(chunks)
                       .arg(sequence)
                       .arg(!guard.isEmpty() ? guard
                            : status         ? tr("HTTP %1").arg(status)
                                             : printable(reply->errorString(), 300)),
                   cdnRemedy(segment.url));
            finish();
            return;
        }
        const QString sizes = tr("playlist %1 chunks; chunk %2: %3 KB")
                                  .arg(chunks)
                                  .arg(sequence)
                                  .arg((body.size() + 512) / 1024);
        if (!encrypted) {
            const auto audio = ChunkReader::read(body, tr("chunk %1").arg(sequence));
            if (!audio || audio->frames.empty()) {
                report(StepOutcome::Failed,
                       tr("%1, but no audio in it: %2")
                           .arg(sizes, audio ? tr("no AAC frames") : audio.error()),
                       tr("The CDN sent something other than audio (a proxy's or captive portal's "
                          "page?): check your network, then run the check again."));
                finish();
                return;
            }
        }
        report(StepOutcome::Ok,
               tr("ok: %1%2, %3")
                   .arg(sizes, encrypted ? tr(" (encrypted)") : tr(" of AAC audio"), http2));
        finish();
    });
}

}  // namespace spacetape
