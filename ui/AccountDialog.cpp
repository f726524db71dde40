// SPDX-License-Identifier: MIT
#include "AccountDialog.h"

#include "ErrorText.h"
#include "auth/CookieImport.h"
#include "auth/CredentialStore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace spacetape {

namespace {

/// Real exports of one site's cookies are a few KB; anything this big is the wrong file.
constexpr qint64 kMaxCookieFileBytes = 4 * 1024 * 1024;

QString helpText() {
    return QObject::tr(
        "<p>Spacetape logs in to X with two cookies from a browser where you are logged in to "
        "x.com: <b>auth_token</b> and <b>ct0</b>. They are kept in your system keychain only.</p>"
        "<p><b>File:</b> with a cookie export extension (for example “Get cookies.txt LOCALLY” "
        "or “Cookie-Editor”) save the cookies of x.com, then choose that file here.<br>"
        "<b>Paste:</b> in the browser's developer tools (F12), Network tab, click any request "
        "to x.com and copy the value of its <i>Cookie</i> request header.<br>"
        "<b>Type:</b> in the developer tools' storage view (Application or Storage, then "
        "Cookies, then https://x.com) copy the values of auth_token and ct0.</p>"
        "<p>Logging out of X in that browser ends this login too.</p>");
}

QLabel *makeWrappedLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

}  // namespace

AccountDialog::AccountDialog(CredentialStore &store, QWidget *parent)
    : QDialog(parent), m_store(store) {
    setWindowTitle(tr("X Account"));
    buildUi();
    refreshStatus();
}

void AccountDialog::buildUi() {
    m_status = makeWrappedLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    m_logOut = new QPushButton(tr("&Log Out"), this);
    m_logOut->setObjectName(QStringLiteral("logOut"));
    m_logOut->setToolTip(tr("Remove the login from the keychain."));
    connect(m_logOut, &QPushButton::clicked, this, &AccountDialog::logOut);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_logOut);

    m_methods = new QTabWidget(this);
    m_methods->setObjectName(QStringLiteral("methods"));

    auto *filePage = new QWidget(m_methods);
    auto *fileLayout = new QVBoxLayout(filePage);
    auto *fileHint = makeWrappedLabel(filePage);
    fileHint->setText(tr("A cookies.txt (Netscape format) or Cookie-Editor JSON export."));
    m_chooseFile = new QPushButton(tr("&Choose File…"), filePage);
    m_chooseFile->setObjectName(QStringLiteral("chooseFile"));
    connect(m_chooseFile, &QPushButton::clicked, this, &AccountDialog::chooseFile);
    fileLayout->addWidget(fileHint);
    fileLayout->addWidget(m_chooseFile, 0, Qt::AlignLeft);
    fileLayout->addStretch(1);
    m_methods->addTab(filePage, tr("From a &File"));

    auto *pastePage = new QWidget(m_methods);
    auto *pasteLayout = new QVBoxLayout(pastePage);
    m_pasted = new QPlainTextEdit(pastePage);
    m_pasted->setObjectName(QStringLiteral("pasted"));
    m_pasted->setPlaceholderText(
        tr("auth_token=…; ct0=…  (a Cookie header, or the content of a cookies file)"));
    m_pasted->setTabChangesFocus(true);
    m_pasted->setAccessibleName(tr("Cookies to paste"));
    m_pasted->setAccessibleDescription(
        tr("A Cookie header, or the content of a cookies.txt or Cookie-Editor JSON file"));
    m_usePasted = new QPushButton(tr("Log &In"), pastePage);
    m_usePasted->setObjectName(QStringLiteral("usePasted"));
    connect(m_usePasted, &QPushButton::clicked, this, &AccountDialog::importPasted);
    pasteLayout->addWidget(m_pasted, 1);
    pasteLayout->addWidget(m_usePasted, 0, Qt::AlignRight);
    m_methods->addTab(pastePage, tr("&Paste"));

    auto *typePage = new QWidget(m_methods);
    auto *typeLayout = new QFormLayout(typePage);
    m_authToken = new QLineEdit(typePage);
    m_authToken->setObjectName(QStringLiteral("authToken"));
    m_authToken->setEchoMode(QLineEdit::Password);
    m_authToken->setPlaceholderText(tr("40 hexadecimal characters"));
    m_ct0 = new QLineEdit(typePage);
    m_ct0->setObjectName(QStringLiteral("ct0"));
    m_ct0->setEchoMode(QLineEdit::Password);
    m_ct0->setPlaceholderText(tr("usually 160 hexadecimal characters"));
    m_useTyped = new QPushButton(tr("Log &In"), typePage);
    m_useTyped->setObjectName(QStringLiteral("useTyped"));
    connect(m_useTyped, &QPushButton::clicked, this, &AccountDialog::importTyped);
    connect(m_ct0, &QLineEdit::returnPressed, this, &AccountDialog::importTyped);
    typeLayout->addRow(tr("&auth_token:"), m_authToken);
    typeLayout->addRow(tr("c&t0:"), m_ct0);
    typeLayout->addRow(QString(), m_useTyped);
    m_methods->addTab(typePage, tr("&Type"));

    m_error = makeWrappedLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    showTextAsError(m_error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *help = makeWrappedLabel(this);
    help->setObjectName(QStringLiteral("help"));
    help->setTextFormat(Qt::RichText);
    help->setText(helpText());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_methods);
    layout->addWidget(m_error);
    layout->addWidget(help);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void AccountDialog::refreshStatus() {
    setBusy(true);
    m_status->setText(tr("Asking the keychain…"));
    QPointer<AccountDialog> self(this);
    m_store.load([self](Expected<std::optional<XLogin>> loaded) {
        if (!self)
            return;
        self->setBusy(false);
        if (!loaded) {
            self->m_loggedIn = false;
            self->m_logOut->setEnabled(false);
            self->m_status->setText(loaded.error());
        } else {
            self->showStatus(*loaded);
        }
        Q_EMIT self->keychainCallFinished();
    });
}

void AccountDialog::showStatus(const std::optional<XLogin> &login) {
    m_loggedIn = login.has_value();
    m_logOut->setEnabled(m_loggedIn && !m_busy);
    if (!login) {
        m_status->setText(tr("Not logged in: Spacetape uses X as a guest."));
        return;
    }
    QString text = login->handle.isEmpty() ? tr("Logged in to X.")
                                           : tr("Logged in as @%1.").arg(login->handle);
    if (login->savedAt.isValid())
        text += QLatin1Char(' ') +
                tr("Saved %1.")
                    .arg(QLocale().toString(login->savedAt.toLocalTime(), QLocale::ShortFormat));
    m_status->setText(text);
}

void AccountDialog::chooseFile() {
    auto *dialog = new QFileDialog(this, tr("Choose the Exported Cookies"), QString(),
                                   tr("Cookie exports (*.txt *.json);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AccountDialog::importFile);
    dialog->open();
}

void AccountDialog::importFile(const QString &path) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2.").arg(name, file.errorString()));
        return;
    }
    if (file.size() > kMaxCookieFileBytes) {
        showError(tr("Cannot use %1: at %2 MB it is far too large to be a cookie export; "
                     "export the cookies of x.com only.")
                      .arg(name)
                      .arg(file.size() / (1024 * 1024)));
        return;
    }
    useImported(CookieImport::fromAnyFile(file.readAll()), name);
}

void AccountDialog::importPasted() {
    const QString text = m_pasted->toPlainText().trimmed();
    if (text.isEmpty()) {
        showError(tr("Paste the Cookie header or the content of a cookies file first."));
        return;
    }
    // A header is one line of name=value pairs; anything with tabs, JSON or comment lines is
    // the content of a file.
    const bool looksLikeFile =
        text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{')) ||
        text.startsWith(QLatin1Char('#')) || text.contains(QLatin1Char('\t'));
    if (looksLikeFile) {
        useImported(CookieImport::fromAnyFile(text.toUtf8()), tr("the pasted text"));
    } else {
        // Browsers wrap long headers when copied from some views: rejoin the lines.
        QString header = text;
        header.replace(QLatin1Char('\n'), QLatin1Char(' '));
        useImported(CookieImport::fromCookieHeader(header), tr("the pasted text"));
    }
}

void AccountDialog::importTyped() {
    useImported(CookieImport::fromValues(m_authToken->text(), m_ct0->text()), tr("these values"));
}

void AccountDialog::useImported(const Expected<XLogin> &imported, const QString &what) {
    if (!imported) {
        showError(tr("Cannot use %1: %2").arg(what, imported.error()));
        return;
    }
    if (m_busy)  // one keychain call at a time: the buttons are off, but the slots are public
        return;
    clearError();
    setBusy(true);
    const XLogin login = *imported;
    QPointer<AccountDialog> self(this);
    m_store.save(login, [self, login](Expected<void> saved) {
        if (!self)
            return;
        self->setBusy(false);
        if (!saved) {
            self->showError(
                AccountDialog::tr("The login could not be saved. %1").arg(saved.error()));
        } else {
            self->m_pasted->clear();
            self->m_authToken->clear();
            self->m_ct0->clear();
            XLogin stored = login;
            stored.savedAt = QDateTime::currentDateTimeUtc();
            self->showStatus(stored);
            Q_EMIT self->loginChanged(stored);
        }
        Q_EMIT self->keychainCallFinished();
    });
}

void AccountDialog::logOut() {
    if (m_busy)
        return;
    clearError();
    setBusy(true);
    QPointer<AccountDialog> self(this);
    m_store.remove([self](Expected<void> removed) {
        if (!self)
            return;
        self->setBusy(false);
        if (!removed) {
            self->showError(AccountDialog::tr("Could not log out. %1").arg(removed.error()));
        } else {
            self->showStatus(std::nullopt);
            Q_EMIT self->loginChanged(std::nullopt);
        }
        Q_EMIT self->keychainCallFinished();
    });
}

void AccountDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->show();
}

void AccountDialog::clearError() {
    m_error->clear();
    m_error->hide();
}

void AccountDialog::setBusy(bool busy) {
    m_busy = busy;
    m_chooseFile->setEnabled(!busy);
    m_usePasted->setEnabled(!busy);
    m_useTyped->setEnabled(!busy);
    m_logOut->setEnabled(!busy && m_loggedIn);
}

}  // namespace spacetape
