// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace spacetape {

/// How X's web bundle declares the AudioSpaceById operation.
struct OperationDeclaration {
    QString queryId;
    QStringList featureSwitches;
    QStringList fieldToggles;
};

/**
 * @brief Finds the current AudioSpaceById queryId in X's web bundle (facts §4).
 *
 * Pure text work, so it is testable without a network: the homepage's webpack
 * chunk map names the `modules.audio` chunk and its hash; that chunk's script
 * declares the operation with its feature switches.
 */
class BundleDiscovery {
public:
    /// The URL of the modules.audio script named by the homepage @p html.
    static std::optional<QUrl> audioModuleUrl(const QString &html);
    /// The AudioSpaceById declaration in the script @p js.
    static std::optional<OperationDeclaration> findAudioSpaceById(const QString &js);
};

}  // namespace spacetape
