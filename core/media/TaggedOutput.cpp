// SPDX-License-Identifier: MIT
#include "media/TaggedOutput.h"

#include "media/Tagger.h"

#include <filesystem>
#include <system_error>

namespace spacetape {

TaggedOutput::TaggedOutput(const QString &outputPath)
    : m_outputPath(outputPath), m_file(outputPath + QStringLiteral(".XXXXXX.part")) {}

Expected<void> TaggedOutput::open() {
    if (!m_file.open())
        return fail(tr("Could not create %1: %2. Check that the folder exists and "
                       "is writable.")
                        .arg(m_outputPath, m_file.errorString()));
    return {};
}

Expected<void> TaggedOutput::commit(const SpaceTags &tags) {
    const QString partPath = m_file.fileName();
    m_file.close();
    if (m_file.error() != QFileDevice::NoError)
        return fail(tr("Could not finish writing %1: %2. Is the disk full?")
                        .arg(m_outputPath, m_file.errorString()));
    // QTemporaryFile creates owner-only files; a saved recording is an ordinary document.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                          QFileDevice::ReadGroup | QFileDevice::ReadOther);

    // TagLib fills the empty ilst the writer left, inside its padding: mdat stays put.
    if (auto tagged = Tagger::write(partPath, tags); !tagged)
        return tagged.failure();

    // rename(2) replaces an existing file atomically (the "overwrite" policy relies on
    // that); QFile::rename would refuse an existing target.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partPath.toStdU16String()),
                            std::filesystem::path(m_outputPath.toStdU16String()), error);
    if (error)
        return fail(tr("Could not move the finished file to %1: %2.")
                        .arg(m_outputPath, QString::fromLocal8Bit(error.message())));
    m_file.setAutoRemove(false);
    return {};
}

}  // namespace spacetape
