// SPDX-License-Identifier: MIT
#pragma once

#include "job/DownloadJob.h"
#include "util/Expected.h"
#include "x/XApiClient.h"

#include <QObject>

namespace spacetape {

/// A Space ready to download: the job's input plus what X said about it.
struct PreparedSpace {
    ResolvedSpace resolved;
    DownloadRequest request;
};

/**
 * @brief Turns a Space ID into a DownloadRequest: resolves it through X's API,
 * fetches the host's avatar for the cover, and fills in tags and file name values.
 */
class SpaceRequestBuilder : public QObject {
    Q_OBJECT
public:
    SpaceRequestBuilder(NetworkService &network, XApiClient &api, QObject *parent = nullptr);

    void build(const QString &spaceId, XApiClient::Callback<PreparedSpace> done);

    /// Tags for the file from X's metadata (cover left empty).
    static SpaceTags tagsFor(const SpaceMetadata &metadata);
    /// Values for the file name template.
    static FilenameValues namesFor(const SpaceMetadata &metadata);

private:
    NetworkService &m_network;
    XApiClient &m_api;
};

}  // namespace spacetape
