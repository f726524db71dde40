// SPDX-License-Identifier: MIT
#include "SettingsDialog.h"

#include "net/ProxyAddress.h"

#include "ErrorText.h"
#include "auth/CredentialStore.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace spacetape {

namespace {

constexpr int kMaxSpacesAtOnce = 10;

/// What each template variable stands for, for the insert buttons' tooltips.
QString describeVariable(const QString &variable) {
    if (variable == QLatin1String("{id}"))
        return QObject::tr("The Space's ID, e.g. 1YqJDqWqLOYJV");
    if (variable == QLatin1String("{title}"))
        return QObject::tr("The Space's title");
    if (variable == QLatin1String("{host}"))
        return QObject::tr("The host's @handle, without the @");
    if (variable == QLatin1String("{host_name}"))
        return QObject::tr("The host's display name");
    if (variable == QLatin1String("{date}"))
        return QObject::tr("The day the Space started (UTC), yyyy-MM-dd");
    if (variable == QLatin1String("{time}"))
        return QObject::tr("The time the Space started (UTC), HH-mm");
    if (variable == QLatin1String("{duration}"))
        return QObject::tr("How long the Space lasted, e.g. 1h02m");
    return {};
}

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    showTextAsError(label);
    label->hide();
    return label;
}

/// A form label whose mnemonic focuses @p buddy (rows holding a layout get no buddy otherwise).
QLabel *makeBuddyLabel(const QString &text, QWidget *buddy, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void setComboData(QComboBox *combo, int value) {
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

}  // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings) {
    setWindowTitle(tr("Spacetape Settings"));
    buildUi();
    reload();
}

FilenameValues SettingsDialog::sampleValues() {
    FilenameValues values;
    values.id = QStringLiteral("1YqJDqWqLOYJV");
    // Every trap a real title has shown: separators, reserved characters, a traversal.
    values.title = QStringLiteral("AI/crypto: what's next? <Q&A> ../../etc");
    values.host = QStringLiteral("spacetape_demo");
    values.hostName = QStringLiteral("Ada | Lovelace");
    values.startedAt = QDateTime(QDate(2024, 5, 17), QTime(20, 30), QTimeZone::utc());
    values.durationSeconds = 3725;
    return values;
}

void SettingsDialog::buildUi() {
    // Saving
    auto *saving = new QGroupBox(tr("Saving"), this);
    auto *savingForm = new QFormLayout(saving);

    m_outputDir = new QLineEdit(saving);
    m_outputDir->setObjectName(QStringLiteral("outputDir"));
    m_outputDir->setToolTip(tr("The folder finished Spaces are saved in."));
    auto *browse = new QPushButton(tr("Browse…"), saving);
    browse->setObjectName(QStringLiteral("browseOutputDir"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseForOutputDir);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_outputDir, 1);
    outputRow->addWidget(browse);
    savingForm->addRow(makeBuddyLabel(tr("Save &in:"), m_outputDir, saving), outputRow);

    m_template = new QLineEdit(saving);
    m_template->setObjectName(QStringLiteral("nameTemplate"));
    m_template->setToolTip(
        tr("How saved files are named. Use “/” to sort Spaces into folders, e.g. {host}/{date} "
           "{title}."));
    connect(m_template, &QLineEdit::textChanged, this, &SettingsDialog::updateTemplatePreview);
    savingForm->addRow(tr("File &name:"), m_template);

    auto *variablesRow = new QHBoxLayout;
    variablesRow->setSpacing(2);
    for (const QString &variable : FilenameTemplate::variables()) {
        auto *button = new QToolButton(saving);
        button->setText(variable);
        button->setObjectName(QStringLiteral("insert_") + variable.mid(1, variable.size() - 2));
        button->setToolTip(tr("Insert %1: %2").arg(variable, describeVariable(variable)));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this,
                [this, variable] { insertVariable(variable); });
        variablesRow->addWidget(button);
    }
    variablesRow->addStretch(1);
    savingForm->addRow(QString(), variablesRow);

    m_preview = new QLabel(saving);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setToolTip(tr("The name a Space titled “%1” would get.").arg(sampleValues().title));
    savingForm->addRow(tr("Example:"), m_preview);
    m_templateError = makeErrorLabel(saving, QStringLiteral("templateError"));
    savingForm->addRow(QString(), m_templateError);

    m_existsPolicy = new QComboBox(saving);
    m_existsPolicy->setObjectName(QStringLiteral("existsPolicy"));
    m_existsPolicy->addItem(tr("Keep both: save as “name (2)”"), int(ExistsPolicy::Rename));
    m_existsPolicy->addItem(tr("Replace the existing file"), int(ExistsPolicy::Overwrite));
    m_existsPolicy->addItem(tr("Skip the download"), int(ExistsPolicy::Skip));
    savingForm->addRow(tr("If the file &exists:"), m_existsPolicy);
    m_saveExtras = new QCheckBox(tr("&Keep speakers and chat: chapters in the file, chat and "
                                    "captions beside it"),
                                 saving);
    m_saveExtras->setObjectName(QStringLiteral("saveExtras"));
    m_saveExtras->setToolTip(
        tr("Saves NAME.space.json (who spoke when, the chat) and NAME.vtt "
           "(chat and captions as subtitles) next to each Space."));
    savingForm->addRow(QString(), m_saveExtras);

    // Downloading
    auto *downloading = new QGroupBox(tr("Downloading"), this);
    auto *downloadingForm = new QFormLayout(downloading);
    m_spacesAtOnce = new QSpinBox(downloading);
    m_spacesAtOnce->setObjectName(QStringLiteral("spacesAtOnce"));
    m_spacesAtOnce->setRange(1, kMaxSpacesAtOnce);
    m_spacesAtOnce->setToolTip(tr("How many Spaces download at the same time; the rest wait."));
    downloadingForm->addRow(tr("&Spaces at once:"), m_spacesAtOnce);
    m_chunksInFlight = new QSpinBox(downloading);
    m_chunksInFlight->setObjectName(QStringLiteral("chunksInFlight"));
    m_chunksInFlight->setRange(AppSettings::kMinChunksInFlight, AppSettings::kMaxChunksInFlight);
    m_chunksInFlight->setToolTip(
        tr("Parallel requests per Space. More is faster on a good connection; lower it if the "
           "server starts refusing."));
    downloadingForm->addRow(tr("&Chunks in flight per Space:"), m_chunksInFlight);

    m_proxy = new QComboBox(downloading);
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_proxy->addItem(tr("Use the system settings"), int(ProxySetting::System));
    m_proxy->addItem(tr("No proxy"), int(ProxySetting::None));
    m_proxy->addItem(tr("Manual"), int(ProxySetting::Manual));
    m_manualProxy = new QLineEdit(downloading);
    m_manualProxy->setObjectName(QStringLiteral("manualProxy"));
    m_manualProxy->setPlaceholderText(tr("host:port"));
    m_manualProxy->setToolTip(tr("e.g. proxy.example.org:3128 or socks5://127.0.0.1:9050"));
    connect(m_proxy, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyState);
    connect(m_manualProxy, &QLineEdit::textChanged, this, &SettingsDialog::updateProxyState);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxy);
    proxyRow->addWidget(m_manualProxy, 1);
    downloadingForm->addRow(makeBuddyLabel(tr("&Proxy:"), m_proxy, downloading), proxyRow);
    m_proxyError = makeErrorLabel(downloading, QStringLiteral("proxyError"));
    downloadingForm->addRow(QString(), m_proxyError);

    // Desktop
    auto *desktop = new QGroupBox(tr("Desktop"), this);
    auto *desktopForm = new QFormLayout(desktop);
    m_notifications = new QComboBox(desktop);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->addItem(tr("Always"), int(NotifyPolicy::Always));
    m_notifications->addItem(tr("Only when the window is in the background"),
                             int(NotifyPolicy::WhenInBackground));
    m_notifications->addItem(tr("Never"), int(NotifyPolicy::Never));
    m_notifications->setToolTip(tr("When to show a notification as a download finishes or fails."));
    desktopForm->addRow(tr("N&otify:"), m_notifications);
    m_closeToTray =
        new QCheckBox(tr("Closing the window keeps Spacetape running in the &tray"), desktop);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    desktopForm->addRow(m_closeToTray);
    m_watchClipboard = new QCheckBox(
        tr("&Watch the clipboard for Space links (never starts a download)"), desktop);
    m_watchClipboard->setObjectName(QStringLiteral("watchClipboard"));
    connect(m_watchClipboard, &QCheckBox::toggled, this, &SettingsDialog::updateClipboardState);
    desktopForm->addRow(m_watchClipboard);
    m_askBeforeAdding = new QCheckBox(tr("&Ask before adding a copied link"), desktop);
    m_askBeforeAdding->setObjectName(QStringLiteral("askBeforeAdding"));
    m_askBeforeAdding->setToolTip(tr("Otherwise a copied link only fills the link bar."));
    auto *askRow = new QHBoxLayout;
    askRow->addSpacing(24);
    askRow->addWidget(m_askBeforeAdding);
    desktopForm->addRow(askRow);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(saving);
    layout->addWidget(downloading);
    layout->addWidget(desktop);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void SettingsDialog::reload() {
    m_outputDir->setText(m_settings.outputDir());
    m_template->setText(m_settings.nameTemplate());
    setComboData(m_existsPolicy, int(m_settings.existsPolicy()));
    m_chunksInFlight->setValue(m_settings.chunksInFlight());
    m_spacesAtOnce->setValue(m_settings.spacesAtOnce());
    setComboData(m_proxy, int(m_settings.proxy()));
    m_manualProxy->setText(m_settings.manualProxy());
    setComboData(m_notifications, int(m_settings.notifications()));
    m_saveExtras->setChecked(m_settings.saveExtras());
    m_closeToTray->setChecked(m_settings.closeToTray());
    m_watchClipboard->setChecked(m_settings.watchClipboard());
    m_askBeforeAdding->setChecked(m_settings.askBeforeAddingFromClipboard());
    updateTemplatePreview();
    updateProxyState();
    updateClipboardState();
}

bool SettingsDialog::isValid() const {
    return FilenameTemplate::check(m_template->text()).ok() &&
           (m_proxy->currentData().toInt() != int(ProxySetting::Manual) ||
            parseProxyAddress(m_manualProxy->text()).ok());
}

bool SettingsDialog::apply() {
    if (!isValid())
        return false;
    m_settings.setOutputDir(m_outputDir->text().trimmed());
    m_settings.setNameTemplate(m_template->text());
    m_settings.setExistsPolicy(ExistsPolicy(m_existsPolicy->currentData().toInt()));
    m_settings.setChunksInFlight(m_chunksInFlight->value());
    m_settings.setSpacesAtOnce(m_spacesAtOnce->value());
    m_settings.setProxy(ProxySetting(m_proxy->currentData().toInt()));
    // A user:password in the proxy goes to the keychain; the settings file keeps host and port.
    const auto typed = parseProxyAddress(m_manualProxy->text());
    if (typed && !typed->user().isEmpty()) {
        auto *store = new CredentialStore({}, QCoreApplication::instance());
        store->saveProxyCredentials({typed->user(), typed->password()},
                                    [store](Expected<void>) { store->deleteLater(); });
    }
    m_settings.setManualProxy(m_manualProxy->text().trimmed());
    m_settings.setNotifications(NotifyPolicy(m_notifications->currentData().toInt()));
    m_settings.setSaveExtras(m_saveExtras->isChecked());
    m_settings.setCloseToTray(m_closeToTray->isChecked());
    m_settings.setWatchClipboard(m_watchClipboard->isChecked());
    m_settings.setAskBeforeAddingFromClipboard(m_askBeforeAdding->isChecked());
    return true;
}

void SettingsDialog::accept() {
    if (apply())
        QDialog::accept();
}

void SettingsDialog::updateTemplatePreview() {
    const QString problem = FilenameTemplate::check(m_template->text()).error();
    m_templateError->setText(problem);
    m_templateError->setVisible(!problem.isEmpty());
    m_preview->setEnabled(problem.isEmpty());
    m_preview->setText(problem.isEmpty()
                           ? FilenameTemplate::render(m_template->text(), sampleValues()) +
                                 QStringLiteral(".m4a")
                           : QStringLiteral("—"));
    updateButtons();
}

void SettingsDialog::updateProxyState() {
    const bool manual = m_proxy->currentData().toInt() == int(ProxySetting::Manual);
    m_manualProxy->setEnabled(manual);
    const QString problem = manual ? parseProxyAddress(m_manualProxy->text()).error() : QString();
    m_proxyError->setText(problem);
    m_proxyError->setVisible(!problem.isEmpty());
    updateButtons();
}

void SettingsDialog::updateClipboardState() {
    m_askBeforeAdding->setEnabled(m_watchClipboard->isChecked());
}

void SettingsDialog::updateButtons() {
    if (!m_buttons)
        return;
    const bool valid = isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid);
}

void SettingsDialog::insertVariable(const QString &variable) {
    m_template->insert(variable);
    m_template->setFocus();
}

void SettingsDialog::browseForOutputDir() {
    // open(), not exec(): window-modal only, so the main window keeps working meanwhile.
    auto *dialog = new QFileDialog(this, tr("Save Spaces in"), m_outputDir->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &dir) { m_outputDir->setText(dir); });
    dialog->open();
}

}  // namespace spacetape
