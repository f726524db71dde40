// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace spacetape {

/// One piece of GStreamer the preview needs, and where a user gets it.
struct GStreamerPlugin {
    QStringList files;  ///< plugin file names; any one of them will do (alternative decoders)
    QString element;    ///< the element inside, e.g. "avdec_aac"
    QString purpose;    ///< for the user, e.g. "AAC audio decoder"
    QString package;    ///< the Debian/Ubuntu package, e.g. "gstreamer1.0-libav"
};

/**
 * @brief Says which GStreamer plugin is missing when Qt Multimedia cannot play.
 *
 * Qt only reports "missing a plug-in" or "internal data stream error"; this looks for the
 * plugin files where GStreamer looks (GST_PLUGIN_SYSTEM_PATH_1_0 / GST_PLUGIN_PATH_1_0, else
 * the system folders) and names the package to install. Plain file checks: no GStreamer
 * library is loaded.
 */
class GStreamerPlugins {
    Q_DECLARE_TR_FUNCTIONS(GStreamerPlugins)
public:
    /// What is being played.
    enum class Media {
        AdtsStream,  ///< the preview's ADTS stream (aacparse + an AAC decoder)
        Mp4File,     ///< a saved .m4a (qtdemux + an AAC decoder)
    };

    /// Everything needed to play @p media.
    static QList<GStreamerPlugin> required(Media media);
    /// The folders GStreamer searches for plugins, given the environment.
    static QStringList searchPaths();
    /// The required plugins of which no file is found in searchPaths().
    static QList<GStreamerPlugin> missing(Media media);
    /// A message for the user after playback failed with @p playerError: names the missing
    /// plugin and its package when one is missing, else the error and the packages to check.
    static QString describeFailure(Media media, const QString &playerError);
};

}  // namespace spacetape
