// SPDX-License-Identifier: MIT
#pragma once

#include "util/FilenameTemplate.h"

#include <QDialog>
#include <QNetworkProxy>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace spacetape {

class AppSettings;

/**
 * @brief Edits AppSettings: where and how Spaces are saved, network, desktop behaviour.
 *
 * Meant to be shown non-modally (show(), not exec()) so the main window stays usable.
 * Nothing reaches AppSettings until OK or Apply; Cancel leaves it as it was. The file
 * name template gets a live preview for a sample Space whose title is deliberately
 * hostile (slashes, reserved characters), so the user sees what sanitising does; an
 * invalid template or proxy disables OK and Apply and says why next to the field.
 */
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    /// The Space the preview renders: realistic values with a title full of traps.
    static FilenameValues sampleValues();

    /// Refills every field from AppSettings, dropping unapplied edits.
    void reload();
    /// Writes every field to AppSettings; false (and nothing written) while a field is invalid.
    bool apply();
    /// Whether every field holds a value that can be applied.
    bool isValid() const;

    void accept() override;

private:
    void buildUi();
    void updateTemplatePreview();
    void updateProxyState();
    void updateClipboardState();
    void updateButtons();
    void insertVariable(const QString &variable);
    void browseForOutputDir();

    AppSettings &m_settings;
    QLineEdit *m_outputDir = nullptr;
    QLineEdit *m_template = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_templateError = nullptr;
    QComboBox *m_existsPolicy = nullptr;
    QSpinBox *m_chunksInFlight = nullptr;
    QSpinBox *m_spacesAtOnce = nullptr;
    QComboBox *m_proxy = nullptr;
    QLineEdit *m_manualProxy = nullptr;
    QLabel *m_proxyError = nullptr;
    QComboBox *m_notifications = nullptr;
    QCheckBox *m_saveExtras = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_watchClipboard = nullptr;
    QCheckBox *m_askBeforeAdding = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace spacetape
