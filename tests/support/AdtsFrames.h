// SPDX-License-Identifier: MIT
#pragma once

#include "media/AudioFormat.h"
#include "media/SpaceTags.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace spacetape::test {

/// An ADTS file split into its frames, as the chunk reader hands them over.
struct AdtsFrames {
    AudioFormat format;
    QList<QByteArray> withHeaders;
    QList<QByteArray> payloads;
    std::vector<quint32> payloadSizes() const;
};

/// Splits a clean ADTS file (ffmpeg's output); empty on any damage.
AdtsFrames readAdts(const QString &path);

/// One still image made by ffmpeg from a lavfi source (e.g. "color=red:s=64x64"), as bytes.
QByteArray makeImage(const QString &path, const QString &lavfiSource,
                     const QStringList &extraArgs = {});

/// Tags with every field set, including characters that need care.
SpaceTags sampleTags();

}  // namespace spacetape::test
