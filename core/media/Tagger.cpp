// SPDX-License-Identifier: MIT
#include "media/Tagger.h"

#include <QFile>
#include <QFileInfo>

#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>

namespace spacetape {

namespace {

// The item keys are Latin-1, as TagLib renders them: "\251" is the © byte.
const char *const kTitle = "\251nam";
const char *const kHostName = "\251ART";
const char *const kHostHandle = "aART";
const char *const kStartedAt = "\251day";
const char *const kDescription = "desc";
const char *const kComment = "\251cmt";
const char *const kSpaceId = "tven";
const char *const kLink = "purl";
const char *const kCover = "covr";

TagLib::String toTagLib(const QString &text) {
    return TagLib::String(text.toUtf8().toStdString(), TagLib::String::UTF8);
}

QString fromTagLib(const TagLib::String &text) {
    return QString::fromStdString(text.to8Bit(true));
}

/// An empty value removes the item, so a field cleared in SpaceTags leaves no stale text.
void setTextItem(TagLib::MP4::Tag &tag, const char *key, const QString &value) {
    if (value.isEmpty())
        tag.removeItem(key);
    else
        tag.setItem(key, TagLib::StringList(toTagLib(value)));
}

QString textItem(const TagLib::MP4::Tag &tag, const char *key) {
    const TagLib::StringList values = tag.item(key).toStringList();
    return values.isEmpty() ? QString() : fromTagLib(values.front());
}

/// Opens @p path with TagLib, or says in user words why it cannot be tagged.
Expected<void> checkOpened(const QString &path, const TagLib::MP4::File &file) {
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Tagger::tr("Cannot tag \"%1\": the file does not exist. It may have "
                               "been moved or deleted; save the Space again.")
                        .arg(path));
    if (!file.isOpen())
        return fail(Tagger::tr("Cannot tag \"%1\": the file cannot be opened. Check its "
                               "permissions.")
                        .arg(path));
    if (!file.isValid())
        return fail(Tagger::tr("Cannot tag \"%1\": it is not a readable M4A/MP4 audio file "
                               "(it may be damaged or incomplete). Save the Space again.")
                        .arg(path));
    return {};
}

}  // namespace

Expected<void> Tagger::write(const QString &path, const SpaceTags &tags) {
    if (!tags.cover.isEmpty() && detectCoverFormat(tags.cover) == CoverFormat::Unknown)
        return fail(Tagger::tr(
            "The cover image is neither JPEG nor PNG, so it cannot be embedded. Save without a "
            "cover or pick a JPEG or PNG image."));

    TagLib::MP4::File file(QFile::encodeName(path).constData(), false);
    if (auto opened = checkOpened(path, file); !opened)
        return opened;
    if (file.readOnly())
        return fail(Tagger::tr("Cannot tag \"%1\": the file is read-only. Allow writing to "
                               "it and try again.")
                        .arg(path));

    TagLib::MP4::Tag *tag = file.tag();
    setTextItem(*tag, kTitle, tags.title);
    setTextItem(*tag, kHostName, tags.hostName);
    setTextItem(*tag, kHostHandle,
                tags.hostHandle.isEmpty() ? QString() : QLatin1Char('@') + tags.hostHandle);
    setTextItem(
        *tag, kStartedAt,
        tags.startedAt.isValid() ? tags.startedAt.toUTC().toString(Qt::ISODate) : QString());
    setTextItem(*tag, kDescription, tags.description);
    setTextItem(*tag, kComment, tags.comment);
    setTextItem(*tag, kSpaceId, tags.spaceId);
    setTextItem(*tag, kLink, tags.link);
    if (tags.cover.isEmpty()) {
        tag->removeItem(kCover);
    } else {
        const auto format = detectCoverFormat(tags.cover) == CoverFormat::Png
                                ? TagLib::MP4::CoverArt::PNG
                                : TagLib::MP4::CoverArt::JPEG;
        TagLib::MP4::CoverArtList covers;
        covers.append(TagLib::MP4::CoverArt(
            format, TagLib::ByteVector(tags.cover.constData(), uint(tags.cover.size()))));
        tag->setItem(kCover, covers);
    }

    if (!file.save())
        return fail(Tagger::tr("Could not save the tags of \"%1\". Check that the disk is "
                               "not full and the file is writable, then try again.")
                        .arg(path));
    return {};
}

Expected<SpaceTags> Tagger::read(const QString &path) {
    const TagLib::MP4::File file(QFile::encodeName(path).constData(), false);
    if (auto opened = checkOpened(path, file); !opened)
        return Failure{opened.error()};

    SpaceTags tags;
    const TagLib::MP4::Tag *tag = file.tag();
    if (!tag)
        return tags;
    tags.title = textItem(*tag, kTitle);
    tags.hostName = textItem(*tag, kHostName);
    tags.hostHandle = textItem(*tag, kHostHandle);
    if (tags.hostHandle.startsWith(QLatin1Char('@')))
        tags.hostHandle.remove(0, 1);
    const QString startedAt = textItem(*tag, kStartedAt);
    if (!startedAt.isEmpty())
        tags.startedAt = QDateTime::fromString(startedAt, Qt::ISODate).toUTC();
    tags.description = textItem(*tag, kDescription);
    tags.comment = textItem(*tag, kComment);
    tags.spaceId = textItem(*tag, kSpaceId);
    tags.link = textItem(*tag, kLink);
    const TagLib::MP4::CoverArtList covers = tag->item(kCover).toCoverArtList();
    if (!covers.isEmpty()) {
        const TagLib::ByteVector data = covers.front().data();
        tags.cover = QByteArray(data.data(), qsizetype(data.size()));
    }
    return tags;
}

}  // namespace spacetape
