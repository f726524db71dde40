// SPDX-License-Identifier: MIT
#include "preview/GStreamerPlugins.h"

#include <QDir>
#include <QFileInfo>

namespace spacetape {

namespace {
QStringList splitPathList(const QByteArray &value) {
    QStringList paths;
    for (const QString &part : QString::fromLocal8Bit(value).split(QLatin1Char(':')))
        if (!part.isEmpty())
            paths << part;
    return paths;
}

/// Where distributions install GStreamer 1.0 plugins when no variable says otherwise.
QStringList systemPluginFolders() {
    QStringList folders;
    for (const QString &multiarch :
         QDir(QStringLiteral("/usr/lib"))
             .entryList({QStringLiteral("*-linux-gnu*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        folders << QStringLiteral("/usr/lib/%1/gstreamer-1.0").arg(multiarch);
    folders << QStringLiteral("/usr/lib64/gstreamer-1.0")
            << QStringLiteral("/usr/lib/gstreamer-1.0")
            << QStringLiteral("/usr/local/lib/gstreamer-1.0")
            << QDir::homePath() + QStringLiteral("/.local/share/gstreamer-1.0/plugins");
    return folders;
}
}  // namespace

QList<GStreamerPlugin> GStreamerPlugins::required(Media media) {
    const QString base = QStringLiteral("gstreamer1.0-plugins-base");
    const QString good = QStringLiteral("gstreamer1.0-plugins-good");
    QList<GStreamerPlugin> plugins{
        {{QStringLiteral("libgstplayback.so")}, QStringLiteral("decodebin"), tr("playback"), base},
        {{QStringLiteral("libgsttypefindfunctions.so")},
         QStringLiteral("typefind"),
         tr("format detection"),
         base},
        {{QStringLiteral("libgstapp.so")},
         QStringLiteral("appsrc"),
         tr("streaming from the app"),
         base},
        {{QStringLiteral("libgstaudioconvert.so")},
         QStringLiteral("audioconvert"),
         tr("audio conversion"),
         base},
    };
    if (media == Media::AdtsStream)
        plugins.append({{QStringLiteral("libgstaudioparsers.so")},
                        QStringLiteral("aacparse"),
                        tr("ADTS (AAC stream) parser"),
                        good});
    else
        plugins.append({{QStringLiteral("libgstisomp4.so")},
                        QStringLiteral("qtdemux"),
                        tr("MP4/M4A reader"),
                        good});
    // Any AAC decoder will do; libav's is the one Debian installs most often.
    plugins.append({{QStringLiteral("libgstlibav.so"), QStringLiteral("libgstfaad.so"),
                     QStringLiteral("libgstfdkaac.so")},
                    QStringLiteral("avdec_aac"),
                    tr("AAC audio decoder"),
                    QStringLiteral("gstreamer1.0-libav")});
    return plugins;
}

QStringList GStreamerPlugins::searchPaths() {
    QStringList paths;
    if (qEnvironmentVariableIsSet("GST_PLUGIN_SYSTEM_PATH_1_0"))
        paths << splitPathList(qgetenv("GST_PLUGIN_SYSTEM_PATH_1_0"));
    else if (qEnvironmentVariableIsSet("GST_PLUGIN_SYSTEM_PATH"))
        paths << splitPathList(qgetenv("GST_PLUGIN_SYSTEM_PATH"));
    else
        paths << systemPluginFolders();
    if (qEnvironmentVariableIsSet("GST_PLUGIN_PATH_1_0"))
        paths << splitPathList(qgetenv("GST_PLUGIN_PATH_1_0"));
    else if (qEnvironmentVariableIsSet("GST_PLUGIN_PATH"))
        paths << splitPathList(qgetenv("GST_PLUGIN_PATH"));
    return paths;
}

QList<GStreamerPlugin> GStreamerPlugins::missing(Media media) {
    const QStringList paths = searchPaths();
    QList<GStreamerPlugin> absent;
    for (const GStreamerPlugin &plugin : required(media)) {
        bool found = false;
        for (const QString &folder : paths) {
            for (const QString &file : plugin.files)
                found = found || QFileInfo::exists(QDir(folder).filePath(file));
        }
        if (!found)
            absent << plugin;
    }
    return absent;
}

QString GStreamerPlugins::describeFailure(Media media, const QString &playerError) {
    const QList<GStreamerPlugin> absent = missing(media);
    if (absent.isEmpty()) {
        return tr("The audio could not be played (%1). Check that the GStreamer "
                  "packages gstreamer1.0-plugins-good and gstreamer1.0-libav are "
                  "installed.")
            .arg(playerError.isEmpty() ? tr("no reason given") : playerError);
    }
    QStringList what;
    QStringList packages;
    for (const GStreamerPlugin &plugin : absent) {
        what << QStringLiteral("%1 (%2)").arg(plugin.element, plugin.purpose);
        if (!packages.contains(plugin.package))
            packages << plugin.package;
    }
    // "a and b and c": one translated "%1 and %2" at a time, so the word order is the
    // translator's.
    QString packageList = packages.first();
    for (qsizetype i = 1; i < packages.size(); ++i)
        packageList = tr("%1 and %2").arg(packageList, packages.at(i));
    return tr("The audio cannot be played: the GStreamer plugin %1 is missing. "
              "Install %2 (e.g. sudo apt install %3) and try again.")
        .arg(what.join(QStringLiteral(", ")), packageList, packages.join(QLatin1Char(' ')));
}

}  // namespace spacetape
