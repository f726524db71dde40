// SPDX-License-Identifier: MIT
#pragma once

#include "auth/XLogin.h"
#include "util/Expected.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace spacetape {

class CredentialStore;

/**
 * @brief Shows whether the user is logged in to X and lets them log in or out.
 *
 * Three ways in, all ending in CookieImport and CredentialStore::save: a cookies file
 * (cookies.txt or Cookie-Editor JSON), pasted text (a Cookie header or a file's
 * content), or the two cookie values typed in. Problems are shown inline in the
 * importer's own words. The secrets are never logged and the input fields are cleared
 * once the keychain holds them.
 */
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountDialog(CredentialStore &store, QWidget *parent = nullptr);

    /// Reads @p path and logs in with it (what "Choose file…" does after the file dialog).
    void importFile(const QString &path);
    /// Logs in with the text in the paste box.
    void importPasted();
    /// Logs in with the two typed values.
    void importTyped();
    /// Removes the stored login.
    void logOut();
    /// Asks the keychain again what it holds and shows it.
    void refreshStatus();

    /// True while a keychain call runs (the buttons are disabled meanwhile).
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The stored login changed: the new one, or nothing after logging out.
    void loginChanged(std::optional<spacetape::XLogin> login);
    /// A keychain call finished (successfully or not); for callers waiting on the dialog.
    void keychainCallFinished();

private:
    void buildUi();
    void useImported(const Expected<XLogin> &imported, const QString &what);
    void showStatus(const std::optional<XLogin> &login);
    void showError(const QString &message);
    void clearError();
    void setBusy(bool busy);
    void chooseFile();

    CredentialStore &m_store;
    bool m_busy = false;
    bool m_loggedIn = false;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_methods = nullptr;
    QPushButton *m_chooseFile = nullptr;
    QPlainTextEdit *m_pasted = nullptr;
    QPushButton *m_usePasted = nullptr;
    QLineEdit *m_authToken = nullptr;
    QLineEdit *m_ct0 = nullptr;
    QPushButton *m_useTyped = nullptr;
    QPushButton *m_logOut = nullptr;
};

}  // namespace spacetape
