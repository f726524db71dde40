// SPDX-License-Identifier: MIT
#include "StartupPrompts.h"

#include "queue/DownloadQueue.h"

#include <QAbstractButton>
#include <QDir>
#include <QMessageBox>

namespace spacetape {

QMessageBox *StartupPrompts::offerToResume(DownloadQueue &queue, QWidget *parent) {
    const QStringList unfinished = queue.unfinishedKeys();
    if (unfinished.isEmpty())
        return nullptr;
    auto *box = new QMessageBox(
        QMessageBox::Question, QObject::tr("Resume Downloads?"),
        unfinished.size() == 1
            ? QObject::tr("1 download did not finish last time. Continue it now? It continues "
                          "from the parts already on disk.")
            : QObject::tr("%1 downloads did not finish last time. Continue them now? They "
                          "continue from the parts already on disk.")
                  .arg(unfinished.size()),
        QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("resumeDownloadsQuestion"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The keys are taken now: an entry the user removes meanwhile is simply not found later.
    QObject::connect(box, &QMessageBox::buttonClicked, &queue,
                     [&queue, box, unfinished](QAbstractButton *button) {
                         if (box->standardButton(button) == QMessageBox::Yes)
                             queue.resumeAll(unfinished);
                     });
    box->open();
    return box;
}

QMessageBox *StartupPrompts::reportUnreadableQueue(const DownloadQueue &queue, QWidget *parent) {
    const QString text =
        queue.setAsideFile().isEmpty()
            ? QObject::tr(
                  "The saved download queue (%1) could not be read, so the queue "
                  "starts empty and will not be saved over that file. Check its "
                  "permissions, or move it away and restart Spacetape.")
                  .arg(QDir::toNativeSeparators(queue.stateFile()))
            : QObject::tr(
                  "The saved download queue could not be read, so the queue starts "
                  "empty. The old file was kept as %1; downloaded files and cached "
                  "chunks are untouched, and adding the links again continues from "
                  "the chunks already on disk.")
                  .arg(QDir::toNativeSeparators(queue.setAsideFile()));
    auto *box = new QMessageBox(QMessageBox::Warning, QObject::tr("Saved Queue Unreadable"), text,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("unreadableQueueWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

}  // namespace spacetape
