// SPDX-License-Identifier: MIT
#include "job/OutputPlacement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <utility>

namespace spacetape {

namespace {

QString markerOf(const QString &path) {
    return path + OutputReservation::markerSuffix();
}

enum class Hold { Held, Taken, Unwritable };

/// The marker is a QLockFile: created exclusively, so of two jobs (or processes) asking at
/// once exactly one gets the name, and one left by a crashed process (its PID gone) is stale
/// and taken over, so a restarted download keeps its name.
Hold tryHold(const QString &path, std::unique_ptr<QLockFile> *held) {
    if (QFileInfo::exists(path))
        return Hold::Taken;
    auto marker = std::make_unique<QLockFile>(markerOf(path));
    marker->setStaleLockTime(0);  // stale only when its process is gone, never by age
    if (marker->tryLock(0)) {
        *held = std::move(marker);
        return Hold::Held;
    }
    return marker->error() == QLockFile::LockFailedError ? Hold::Taken : Hold::Unwritable;
}

Failure unwritable(const QString &folder) {
    return fail(QCoreApplication::translate("OutputPlacement",
                                            "Could not write to the output folder %1. Check "
                                            "that the disk is writable and mounted, or choose "
                                            "another output folder.")
                    .arg(QDir::toNativeSeparators(folder)));
}

}  // namespace

namespace {
struct PolicyWord {
    ExistsPolicy policy;
    QLatin1String word;
};
const PolicyWord kPolicyWords[] = {
    {ExistsPolicy::Rename, QLatin1String("rename")},
    {ExistsPolicy::Overwrite, QLatin1String("overwrite")},
    {ExistsPolicy::Skip, QLatin1String("skip")},
};
}  // namespace

QString existsPolicyWord(ExistsPolicy policy) {
    for (const PolicyWord &entry : kPolicyWords) {
        if (entry.policy == policy)
            return entry.word;
    }
    return QString();
}

Expected<ExistsPolicy> parseExistsPolicy(const QString &text) {
    for (const PolicyWord &entry : kPolicyWords) {
        if (text.compare(entry.word, Qt::CaseInsensitive) == 0)
            return entry.policy;
    }
    //: follows an option name, e.g. "--if-exists takes rename, ..."; the three words are
    //: values to type, not to translate
    return fail(QCoreApplication::translate("OutputPlacement",
                                            "takes rename, overwrite or skip, not \"%1\".")
                    .arg(text));
}

QString OutputReservation::markerSuffix() {
    return QStringLiteral(".spacetape-reserved");
}

OutputReservation::OutputReservation(QString path, std::unique_ptr<QLockFile> marker)
    : m_path(std::move(path)), m_marker(std::move(marker)) {}

OutputReservation::OutputReservation() = default;
OutputReservation::~OutputReservation() = default;
OutputReservation::OutputReservation(OutputReservation &&other) noexcept = default;
OutputReservation &OutputReservation::operator=(OutputReservation &&other) noexcept = default;

void OutputReservation::release() {
    m_marker.reset();  // QLockFile removes its file
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
        std::unique_ptr<QLockFile> marker;
        switch (tryHold(candidate, &marker)) {
            case Hold::Held:
                return OutputReservation(candidate, std::move(marker));
            case Hold::Unwritable:
                return unwritable(folder);
            case Hold::Taken:
                break;
        }
        if (n == 1 && policy == ExistsPolicy::Overwrite)
            return OutputReservation(candidate, nullptr);  // the old file stays until replaced
        if (n == 1 && policy == ExistsPolicy::Skip)
            return OutputReservation();
    }
}

}  // namespace spacetape
