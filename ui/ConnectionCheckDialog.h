// SPDX-License-Identifier: MIT
#pragma once

#include "diag/ConnectionDoctor.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace spacetape {

class NetworkService;

/**
 * @brief Help ▸ Check Connection…: runs the ConnectionDoctor and shows each check as it ends
 * (icon, result, what to do), with Copy Report for a bug report (plain text, no secrets).
 *
 * The checks run asynchronously on the GUI thread's event loop (every step is a network or
 * keychain call answered by signal), so the window stays responsive. They start when the
 * dialog is first shown; Check Again reruns them, with the Space typed in the field.
 */
class ConnectionCheckDialog : public QDialog {
    Q_OBJECT
public:
    /// @p keychainService empty: CredentialStore::defaultService().
    explicit ConnectionCheckDialog(NetworkService &network, QWidget *parent = nullptr,
                                   const QString &keychainService = {});
    ~ConnectionCheckDialog() override;

    /// The Space (link or ID) whose stream and CDN are checked; empty: those are skipped.
    void setSpaceInput(const QString &text);
    /// Starts (or restarts) the checks.
    void runChecks();

    ConnectionDoctor &doctor() { return *m_doctor; }
    QListWidget *rows() const { return m_rows; }
    /// The text Copy Report puts on the clipboard.
    QString reportText() const;

Q_SIGNALS:
    /// Every check of a run has ended.
    void checksFinished(int exitCode);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidgetItem *rowFor(DoctorStep step);
    void showResult(const StepResult &result);

    NetworkService &m_network;
    QString m_keychainService;
    ConnectionDoctor *m_doctor = nullptr;
    QLineEdit *m_space;
    QLabel *m_status;
    QListWidget *m_rows;
    QPushButton *m_again;
    QPushButton *m_copy;
    QHash<int, QListWidgetItem *> m_items;  ///< DoctorStep → its row
    bool m_started = false;
};

}  // namespace spacetape
