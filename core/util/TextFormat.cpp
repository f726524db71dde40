// SPDX-License-Identifier: MIT
#include "util/TextFormat.h"

#include <QCoreApplication>
#include <QStringList>

namespace spacetape {

namespace {
constexpr int kSequencesNamed = 20;
}  // namespace

QString sequenceList(const QList<qint64> &sequences) {
    QStringList names;
    for (qint64 seq : sequences.mid(0, kSequencesNamed))
        names << QString::number(seq);
    const QString list = names.join(QStringLiteral(", "));
    if (sequences.size() <= kSequencesNamed)
        return list;
    return QCoreApplication::translate("TextFormat", "%1 and %2 more")
        .arg(list)
        .arg(sequences.size() - kSequencesNamed);
}

QString withoutFullStop(QString text) {
    text = text.trimmed();
    static const QString kStops = QStringLiteral(".。．｡");
    while (!text.isEmpty() && kStops.contains(text.back()))
        text.chop(1);
    return text;
}

QString clockText(qint64 seconds) {
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString spaceTitleOrId(const QString &title, const QString &spaceId) {
    return title.isEmpty() ? QCoreApplication::translate("Space", "Space %1").arg(spaceId) : title;
}

QString personText(const QString &displayName, const QString &handle) {
    return displayName.isEmpty() ? QStringLiteral("@") + handle
                                 : QStringLiteral("%1 (@%2)").arg(displayName, handle);
}

}  // namespace spacetape
