// SPDX-License-Identifier: MIT
#include "job/OutputPlacement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace spacetape {

namespace {

QString markerOf(const QString &path) {
    return path + OutputReservation::markerSuffix();
}

bool taken(const QString &path) {
    return QFileInfo::exists(path) || QFileInfo::exists(markerOf(path));
}

enum class Hold { Held, Taken, Unwritable };

/// O_EXCL: of two jobs (or processes) asking at once, exactly one gets the name.
Hold tryHold(const QString &path) {
    if (taken(path))
        return Hold::Taken;
    QFile marker(markerOf(path));
    if (marker.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Hold::Held;
    return taken(path) ? Hold::Taken : Hold::Unwritable;
}

Failure unwritable(const QString &folder) {
    return fail(QCoreApplication::translate("OutputPlacement",
                                            "Could not write to the output folder %1. Check "
                                            "that the disk is writable and mounted, or choose "
                                            "another output folder.")
                    .arg(QDir::toNativeSeparators(folder)));
}

}  // namespace

bool parseExistsPolicy(const QString &text, ExistsPolicy *policy) {
    if (text == QLatin1String("rename"))
        *policy = ExistsPolicy::Rename;
    else if (text == QLatin1String("overwrite"))
        *policy = ExistsPolicy::Overwrite;
    else if (text == QLatin1String("skip"))
        *policy = ExistsPolicy::Skip;
    else
        return false;
    return true;
}

QString OutputReservation::markerSuffix() {
    return QStringLiteral(".spacetape-reserved");
}

OutputReservation::OutputReservation(QString path, QString marker)
    : m_path(std::move(path)), m_marker(std::move(marker)) {}

OutputReservation::~OutputReservation() {
    release();
}

OutputReservation::OutputReservation(OutputReservation &&other) noexcept
    : m_path(std::move(other.m_path)), m_marker(std::exchange(other.m_marker, QString())) {}

OutputReservation &OutputReservation::operator=(OutputReservation &&other) noexcept {
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_marker = std::exchange(other.m_marker, QString());
    }
    return *this;
}

void OutputReservation::release() {
    if (!m_marker.isEmpty())
        QFile::remove(std::exchange(m_marker, QString()));
}

Expected<OutputReservation> reserveOutput(const QString &outputDir, const QString &relativeName,
                                          ExistsPolicy policy, const QString &extension) {
    const QString base = QDir(outputDir).filePath(relativeName);
    const QString folder = QFileInfo(base).absolutePath();
    if (!QDir().mkpath(folder)) {
        return fail(QCoreApplication::translate(
                        "OutputPlacement",
                        "Could not create the output folder %1. Check that the disk is "
                        "writable and mounted, or choose another output folder.")
                        .arg(QDir::toNativeSeparators(folder)));
    }
    for (int n = 1;; ++n) {
        const QString candidate =
            n == 1 ? base + extension : QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(extension);
        switch (tryHold(candidate)) {
            case Hold::Held:
                return OutputReservation(candidate, markerOf(candidate));
            case Hold::Unwritable:
                return unwritable(folder);
            case Hold::Taken:
                break;
        }
        if (n == 1 && policy == ExistsPolicy::Overwrite)
            return OutputReservation(candidate, QString());  // the old file stays until replaced
        if (n == 1 && policy == ExistsPolicy::Skip)
            return OutputReservation();
    }
}

}  // namespace spacetape
