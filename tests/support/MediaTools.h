// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace spacetape::test {

/// Output of one external tool run.
struct ToolResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

/// Runs @p program with @p args to completion (no shell), with a generous timeout.
ToolResult runTool(const QString &program, const QStringList &args, int timeoutMs = 300000);

/**
 * Encodes @p seconds of deterministic, non-silent test audio as raw ADTS AAC-LC
 * with Debian's ffmpeg, at @p sampleRate Hz and @p channels channels, to @p path.
 * Returns an empty string on success, else what went wrong.
 */
QString encodeAdts(const QString &path, int sampleRate, int channels, double seconds,
                   int bitrateKbps = 96, const QStringList &extraEncoderArgs = {});

/// MD5 (hex) of ffmpeg's decode of @p path as 32-bit float PCM, or an empty string.
QByteArray decodedPcmMd5(const QString &path);

/// ffmpeg's decode of @p path as raw interleaved 32-bit float PCM (edit lists honoured), or
/// an empty array.
QByteArray decodedPcm(const QString &path);

/// ffprobe -show_streams -show_format as JSON.
QJsonObject probe(const QString &path);

/// What `ffmpeg -v error -i path -f null -` prints (empty for a clean file).
QByteArray decodeErrors(const QString &path);

}  // namespace spacetape::test
