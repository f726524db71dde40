// SPDX-License-Identifier: MIT
#include "support/MediaTools.h"

#include "support/TestPaths.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace spacetape::test {

ToolResult runTool(const QString &program, const QStringList &args, int timeoutMs) {
    QProcess process;
    process.start(program, args);
    ToolResult result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString encodeAdts(const QString &path, int sampleRate, int channels, double seconds,
                   int bitrateKbps, const QStringList &extraEncoderArgs) {
    // Two tones plus a slow sweep: enough spectral content that a dropped or
    // duplicated frame changes the decoded PCM.
    const QString expr =
        QStringLiteral("0.3*sin(440*2*PI*t)+0.1*sin((300+200*t)*2*PI*t)+0.05*sin(3000*2*PI*t)");
    QString exprs = expr;
    for (int c = 1; c < channels; ++c)
        exprs += QStringLiteral("|0.25*sin(%1*2*PI*t)+0.1*sin(1234*2*PI*t)").arg(550 + 110 * c);
    QStringList args{
        QStringLiteral("-v"),
        QStringLiteral("error"),
        QStringLiteral("-y"),
        QStringLiteral("-f"),
        QStringLiteral("lavfi"),
        QStringLiteral("-i"),
        QStringLiteral("aevalsrc=%1:s=%2:d=%3").arg(exprs).arg(sampleRate).arg(seconds),
        QStringLiteral("-c:a"),
        QStringLiteral("aac"),
        QStringLiteral("-b:a"),
        QStringLiteral("%1k").arg(bitrateKbps)};
    args << extraEncoderArgs << QStringLiteral("-f") << QStringLiteral("adts") << path;
    const ToolResult r = runTool(ffmpegPath(), args);
    if (!r.ok())
        return QStringLiteral("ffmpeg failed: ") + QString::fromUtf8(r.err);
    return {};
}

QByteArray decodedPcmMd5(const QString &path) {
    const ToolResult r =
        runTool(ffmpegPath(), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"),
                               path, QStringLiteral("-map"), QStringLiteral("0:a:0"),
                               QStringLiteral("-c:a"), QStringLiteral("pcm_f32le"),
                               QStringLiteral("-f"), QStringLiteral("md5"), QStringLiteral("-")});
    if (!r.ok())
        return {};
    const auto match =
        QRegularExpression(QStringLiteral("MD5=([0-9a-f]{32})")).match(QString::fromLatin1(r.out));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

QByteArray decodedPcm(const QString &path) {
    const ToolResult r =
        runTool(ffmpegPath(), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"),
                               path, QStringLiteral("-map"), QStringLiteral("0:a:0"),
                               QStringLiteral("-c:a"), QStringLiteral("pcm_f32le"),
                               QStringLiteral("-f"), QStringLiteral("f32le"), QStringLiteral("-")});
    return r.ok() ? r.out : QByteArray();
}

QJsonObject probe(const QString &path) {
    const ToolResult r = runTool(
        ffprobePath(), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-of"),
                        QStringLiteral("json"), QStringLiteral("-show_streams"),
                        QStringLiteral("-show_format"), path});
    return QJsonDocument::fromJson(r.out).object();
}

QByteArray decodeErrors(const QString &path) {
    const ToolResult r = runTool(
        ffmpegPath(), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                       QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
    if (r.exitCode != 0 && r.err.isEmpty())
        return "ffmpeg exited with " + QByteArray::number(r.exitCode);
    return r.err;
}

}  // namespace spacetape::test
