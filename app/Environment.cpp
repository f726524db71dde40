// SPDX-License-Identifier: MIT
#include "Environment.h"

#include "auth/CredentialStore.h"
#include "net/NetworkService.h"
#include "net/UrlPolicy.h"
#include "util/SafeNumber.h"

#include <QLoggingCategory>

#include <algorithm>
#include <climits>
#include <cmath>

namespace spacetape {

namespace {

Q_LOGGING_CATEGORY(lcEnv, "spacetape.env")

const QString kPrefix = QStringLiteral("SPACETAPE_");

/// The tests' fake X: the only origin that may be asked faster than the shipped rhythm.
bool isLoopbackOrigin(const QUrl &apiOrigin) {
    return !apiOrigin.isEmpty() && urlpolicy::isLoopbackHost(apiOrigin.host());
}

}  // namespace

const Environment &Environment::process() {
    static const Environment environment(QProcessEnvironment::systemEnvironment());
    return environment;
}

Environment::Environment(const QProcessEnvironment &variables) {
    for (const QString &name : variables.keys()) {
        const QString value = variables.value(name);
        if (name.startsWith(kPrefix) && !value.isEmpty())
            m_values.insert(name, value);
    }
    m_dark = m_values.value(QStringLiteral("SPACETAPE_DARK")).trimmed() == QLatin1String("1");

    m_screenshot.path = m_values.value(QStringLiteral("SPACETAPE_SCREENSHOT"));
    m_screenshot.dialog = m_values.value(QStringLiteral("SPACETAPE_SCREENSHOT_DIALOG"));
    if (const auto delay = clampedInteger(
            m_values.value(QStringLiteral("SPACETAPE_SCREENSHOT_DELAY_MS")), 0, kMaxMs))
        m_screenshot.delayMs = int(*delay);
    if (const auto row = clampedInteger(
            m_values.value(QStringLiteral("SPACETAPE_SCREENSHOT_SELECT")), 0, INT_MAX))
        m_screenshot.selectRow = int(*row);
    bool ok = false;
    const double preview =
        m_values.value(QStringLiteral("SPACETAPE_SCREENSHOT_PREVIEW")).toDouble(&ok);
    if (ok && std::isfinite(preview))
        m_screenshot.previewSeconds = std::clamp(preview, 0.0, double(kMaxSeconds));
}

Expected<QUrl> Environment::apiOrigin(const std::optional<QString> &flag) const {
    const QString source =
        flag ? QStringLiteral("--api-origin") : QStringLiteral("SPACETAPE_API_ORIGIN");
    const QString text =
        (flag ? *flag : m_values.value(QStringLiteral("SPACETAPE_API_ORIGIN"))).trimmed();
    if (text.isEmpty())
        return QUrl();
    const QUrl origin(text, QUrl::StrictMode);
    const QString scheme = origin.scheme().toLower();
    if (!origin.isValid() || origin.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(tr("%1 needs an http(s) URL such as http://127.0.0.1:8080, not “%2”.")
                        .arg(source, text));
    // The keychain's or --cookies' login goes to this origin: never in the clear over a
    // network. Refusing is safer than dropping the login quietly, which would turn a typo
    // into guest requests the user did not ask for.
    if (scheme == QLatin1String("http") && !urlpolicy::isLoopbackHost(origin.host()))
        return fail(tr("%1 %2 is plain http to another computer: your X login would cross the "
                       "network unencrypted, so it is refused. Use an https:// address, or a "
                       "server on this computer (127.0.0.1, ::1 or localhost).")
                        .arg(source, text));
    return origin;
}

void Environment::configure(NetworkService &network) const {
    const QString caFile = m_values.value(QStringLiteral("SPACETAPE_TEST_CA_FILE"));
    if (caFile.isEmpty())
        return;
    // NetworkService logs a warning while the CA is in effect; a refused file is said here.
    if (const auto trusted = network.trustCaForLoopback(caFile); !trusted)
        qCWarning(lcEnv, "SPACETAPE_TEST_CA_FILE ignored: %s", qPrintable(trusted.error()));
}

void Environment::configureKeychain() const {
    CredentialStore::setDefaultService(
        m_values.value(QStringLiteral("SPACETAPE_KEYCHAIN_SERVICE")));
}

void Environment::warnOnce(const QString &key, const QString &message) const {
    if (m_warned.contains(key))
        return;
    m_warned.insert(key);
    qCWarning(lcEnv).noquote() << message;
}

std::optional<int> Environment::rhythm(const QString &name, const QString &text,
                                       const QUrl &apiOrigin, qint64 shippedMs,
                                       bool isWindow) const {
    if (text.trimmed().isEmpty())
        return std::nullopt;
    // Windows (how long to keep waiting) send nothing more when shorter: only rhythms that
    // decide how often X or the CDN is asked keep the shipped floor against the real X.
    const bool fast = isWindow || isLoopbackOrigin(apiOrigin);
    const qint64 max = isWindow ? kMaxSeconds : kMaxMs;
    const qint64 min = isWindow ? 1 : fast ? kMinTestMs : shippedMs;
    const auto value = clampedInteger(text, LLONG_MIN, LLONG_MAX);
    if (!value) {
        // not-translated: a log line for developers (warnOnce logs it)
        warnOnce(name, QStringLiteral("%1=%2 is not a number; ignored").arg(name, text));
        return std::nullopt;
    }
    const qint64 bounded = std::clamp(*value, min, max);
    if (bounded != *value)
        // not-translated: a log line for developers (warnOnce logs it)
        warnOnce(name, QStringLiteral("%1=%2 is outside %3..%4%5; %6 is used")
                           .arg(name, text.trimmed())
                           .arg(min)
                           .arg(max)
                           .arg(fast ? QString()
                                     // not-translated: a log line for developers
                                     : QStringLiteral(" (faster rhythms need a loopback API "
                                                      // not-translated: the same log line
                                                      "origin: the shipped rhythm against X)"))
                           .arg(bounded));
    return int(bounded);
}

ScheduleTiming Environment::scheduleTiming(const QUrl &apiOrigin, ScheduleTiming base) const {
    const QString name = QStringLiteral("SPACETAPE_SCHEDULE_POLL_MS");
    if (const auto ms = rhythm(name, m_values.value(name), apiOrigin, base.nearPollMs)) {
        base.farPollMs = *ms;
        base.nearPollMs = *ms;
    }
    return base;
}

WatchTiming Environment::watchTiming(const QUrl &apiOrigin, WatchTiming base) const {
    const QString name = QStringLiteral("SPACETAPE_WATCH_POLL_MS");
    if (const auto ms = rhythm(name, m_values.value(name), apiOrigin, base.minPollMs)) {
        // Against X never less jitter or backoff than shipped; bounded above by kMaxMs × 10.
        const bool fast = isLoopbackOrigin(apiOrigin);
        base.minPollMs = *ms;
        base.jitterMs = fast ? *ms / 10 : std::max(*ms / 10, base.jitterMs);
        base.maxBackoffMs = fast ? *ms * 10 : std::max(*ms * 10, base.maxBackoffMs);
    }
    return base;
}

LiveTiming Environment::liveTiming(const QUrl &apiOrigin, LiveTiming base) const {
    const QString name = QStringLiteral("SPACETAPE_LIVE_TIMING");
    const QString spec = m_values.value(name);
    struct Field {
        const char *key;
        int *field;
        bool isWindow;
    };
    const Field fields[] = {
        {"dynamicPollMs", &base.dynamicPollMs, false},
        {"fullListPollMs", &base.fullListPollMs, false},
        {"metadataPollMs", &base.metadataPollMs, false},
        {"finalPlaylistRetryMs", &base.finalPlaylistRetryMs, false},
        {"hostDisconnectGraceSeconds", &base.hostDisconnectGraceSeconds, true},
        {"finalPlaylistWindowSeconds", &base.finalPlaylistWindowSeconds, true},
    };
    for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1);
        const auto found =
            std::find_if(std::begin(fields), std::end(fields),
                         [&key](const Field &f) { return key == QLatin1String(f.key); });
        if (found == std::end(fields)) {
            // not-translated: a log line for developers (warnOnce logs it)
            warnOnce(name + key, QStringLiteral("%1: unknown name \"%2\"; ignored").arg(name, key));
            continue;
        }
        if (const auto ms = rhythm(name + QLatin1Char('.') + key, value, apiOrigin, *found->field,
                                   found->isWindow))
            *found->field = *ms;
    }
    return base;
}

}  // namespace spacetape
