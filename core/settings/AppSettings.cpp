// SPDX-License-Identifier: MIT
#include "settings/AppSettings.h"

#include "util/FilenameTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <iterator>

namespace spacetape {

namespace {

QVariant defaultOutputDir() {
    QString base = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("Spacetape"));
}

struct SettingSpec {
    AppSettings::Key key;
    const char *name;
    QVariant (*defaultValue)();
};

// The one place that names keys and defaults. Enums are stored as words so the
// file stays readable and survives reordering of the C++ enums.
const SettingSpec kSettings[] = {
    {AppSettings::Key::OutputDir, "download/outputDir", defaultOutputDir},
    {AppSettings::Key::NameTemplate, "download/nameTemplate",
     [] { return QVariant(FilenameTemplate::defaultTemplate()); }},
    {AppSettings::Key::ExistsPolicy, "download/existsPolicy",
     [] { return QVariant(existsPolicyWord(ExistsPolicy::Rename)); }},
    {AppSettings::Key::ChunksInFlight, "download/chunksInFlight",
     [] { return QVariant(defaults::kChunksInFlight); }},
    {AppSettings::Key::SpacesAtOnce, "queue/spacesAtOnce", [] { return QVariant(2); }},
    {AppSettings::Key::Proxy, "network/proxy", [] { return QVariant(QStringLiteral("system")); }},
    {AppSettings::Key::ManualProxy, "network/manualProxy", [] { return QVariant(QString()); }},
    {AppSettings::Key::Notifications, "ui/notifications",
     [] { return QVariant(QStringLiteral("background")); }},
    {AppSettings::Key::CloseToTray, "ui/closeToTray", [] { return QVariant(false); }},
    {AppSettings::Key::WatchClipboard, "clipboard/watch", [] { return QVariant(false); }},
    {AppSettings::Key::AskBeforeAddingFromClipboard, "clipboard/askBeforeAdding",
     [] { return QVariant(true); }},
    {AppSettings::Key::SaveExtras, "download/saveExtras", [] { return QVariant(true); }},
};

const SettingSpec &specFor(AppSettings::Key key) {
    const auto it = std::find_if(std::begin(kSettings), std::end(kSettings),
                                 [key](const SettingSpec &spec) { return spec.key == key; });
    Q_ASSERT(it != std::end(kSettings));
    return *it;
}

/// Words for enum values, in the enum's order.
template <typename Enum, int N>
QString wordFor(Enum value, const char *const (&words)[N]) {
    const int index = int(value);
    return index >= 0 && index < N ? QString::fromLatin1(words[index]) : QString();
}

template <typename Enum, int N>
Enum enumFor(const QString &word, const char *const (&words)[N], Enum fallback) {
    for (int i = 0; i < N; ++i) {
        if (word.compare(QLatin1String(words[i]), Qt::CaseInsensitive) == 0)
            return Enum(i);
    }
    return fallback;
}

const char *const kProxyWords[] = {"system", "none", "manual"};
const char *const kNotifyWords[] = {"always", "background", "never"};

int readInt(const QVariant &value, int fallback, int low, int high) {
    bool ok = false;
    const int number = value.toInt(&ok);
    return std::clamp(ok ? number : fallback, low, high);
}

}  // namespace

AppSettings::AppSettings(const QString &iniPath, QObject *parent) : QObject(parent) {
    if (!iniPath.isEmpty()) {
        m_settings = std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    } else {
        QString organization = QCoreApplication::organizationName();
        QString application = QCoreApplication::applicationName();
        if (organization.isEmpty())
            organization = QStringLiteral("Spacetape");
        if (application.isEmpty())
            application = QStringLiteral("Spacetape");
        m_settings = std::make_unique<QSettings>(organization, application);
    }
}

AppSettings::~AppSettings() = default;

QString AppSettings::keyName(Key key) {
    return QString::fromLatin1(specFor(key).name);
}

void AppSettings::sync() {
    m_settings->sync();
}

QVariant AppSettings::value(Key key) const {
    const SettingSpec &spec = specFor(key);
    return m_settings->value(QLatin1String(spec.name), spec.defaultValue());
}

void AppSettings::setValue(Key key, const QVariant &value) {
    m_settings->setValue(QLatin1String(specFor(key).name), value);
    Q_EMIT changed(keyName(key));
}

QString AppSettings::outputDir() const {
    const QString dir = value(Key::OutputDir).toString();
    return dir.isEmpty() ? specFor(Key::OutputDir).defaultValue().toString() : dir;
}

void AppSettings::setOutputDir(const QString &dir) {
    if (dir != outputDir())
        setValue(Key::OutputDir, dir);
}

QString AppSettings::nameTemplate() const {
    const QString templ = value(Key::NameTemplate).toString();
    return templ.trimmed().isEmpty() ? FilenameTemplate::defaultTemplate() : templ;
}

void AppSettings::setNameTemplate(const QString &templ) {
    if (templ != nameTemplate())
        setValue(Key::NameTemplate, templ);
}

ExistsPolicy AppSettings::existsPolicy() const {
    const auto policy = parseExistsPolicy(value(Key::ExistsPolicy).toString());
    return policy ? *policy : ExistsPolicy::Rename;
}

void AppSettings::setExistsPolicy(ExistsPolicy policy) {
    if (policy != existsPolicy())
        setValue(Key::ExistsPolicy, existsPolicyWord(policy));
}

int AppSettings::chunksInFlight() const {
    return readInt(value(Key::ChunksInFlight), specFor(Key::ChunksInFlight).defaultValue().toInt(),
                   kMinChunksInFlight, kMaxChunksInFlight);
}

void AppSettings::setChunksInFlight(int chunks) {
    chunks = std::clamp(chunks, kMinChunksInFlight, kMaxChunksInFlight);
    if (chunks != chunksInFlight())
        setValue(Key::ChunksInFlight, chunks);
}

int AppSettings::spacesAtOnce() const {
    return readInt(value(Key::SpacesAtOnce), specFor(Key::SpacesAtOnce).defaultValue().toInt(),
                   kMinSpacesAtOnce, kMaxSpacesAtOnce);
}

void AppSettings::setSpacesAtOnce(int spaces) {
    spaces = std::clamp(spaces, kMinSpacesAtOnce, kMaxSpacesAtOnce);
    if (spaces != spacesAtOnce())
        setValue(Key::SpacesAtOnce, spaces);
}

ProxySetting AppSettings::proxy() const {
    return enumFor(value(Key::Proxy).toString(), kProxyWords, ProxySetting::System);
}

void AppSettings::setProxy(ProxySetting proxy) {
    if (proxy != this->proxy())
        setValue(Key::Proxy, wordFor(proxy, kProxyWords));
}

QString AppSettings::withoutProxyCredentials(const QString &text) {
    QString trimmed = text.trimmed();
    const int schemeEnd = trimmed.indexOf(QLatin1String("://"));
    const int hostStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    const int at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at >= hostStart)
        trimmed.remove(hostStart, at + 1 - hostStart);
    return trimmed;
}

QString AppSettings::manualProxy() const {
    return withoutProxyCredentials(value(Key::ManualProxy).toString());
}

void AppSettings::setManualProxy(const QString &hostPort) {
    const QString trimmed = withoutProxyCredentials(hostPort);
    // Compared with what the file holds, so an older file's credentials get overwritten too.
    if (trimmed != value(Key::ManualProxy).toString())
        setValue(Key::ManualProxy, trimmed);
}

NotifyPolicy AppSettings::notifications() const {
    return enumFor(value(Key::Notifications).toString(), kNotifyWords,
                   NotifyPolicy::WhenInBackground);
}

void AppSettings::setNotifications(NotifyPolicy policy) {
    if (policy != notifications())
        setValue(Key::Notifications, wordFor(policy, kNotifyWords));
}

bool AppSettings::saveExtras() const {
    return value(Key::SaveExtras).toBool();
}

void AppSettings::setSaveExtras(bool enabled) {
    if (enabled != saveExtras())
        setValue(Key::SaveExtras, enabled);
}

bool AppSettings::closeToTray() const {
    return value(Key::CloseToTray).toBool();
}

void AppSettings::setCloseToTray(bool enabled) {
    if (enabled != closeToTray())
        setValue(Key::CloseToTray, enabled);
}

bool AppSettings::watchClipboard() const {
    return value(Key::WatchClipboard).toBool();
}

void AppSettings::setWatchClipboard(bool enabled) {
    if (enabled != watchClipboard())
        setValue(Key::WatchClipboard, enabled);
}

bool AppSettings::askBeforeAddingFromClipboard() const {
    return value(Key::AskBeforeAddingFromClipboard).toBool();
}

void AppSettings::setAskBeforeAddingFromClipboard(bool ask) {
    if (ask != askBeforeAddingFromClipboard())
        setValue(Key::AskBeforeAddingFromClipboard, ask);
}

DownloadSettings AppSettings::downloadSettings() const {
    DownloadSettings settings;
    settings.outputDir = outputDir();
    settings.nameTemplate = nameTemplate();
    settings.concurrency = chunksInFlight();
    settings.existsPolicy = existsPolicy();
    settings.saveExtras = saveExtras();
    return settings;
}

}  // namespace spacetape
