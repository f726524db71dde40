// SPDX-License-Identifier: MIT
// ChunkReader + M4aWriter: every frame lies inside the input, and what the writer makes of
// the frames parses again as an MP4 (TagLib).
#include "FuzzCheck.h"
#include "media/ChunkReader.h"
#include "media/M4aWriter.h"

#include <QBuffer>

#include <taglib/mp4file.h>
#include <taglib/tbytevectorstream.h>

using namespace spacetape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = fuzzBytes(data, size);
    const auto audio = ChunkReader::read(bytes, QStringLiteral("chunk 1"));
    if (!audio)
        return 0;
    FUZZ_CHECK(audio->junkBytesSkipped >= 0 && audio->junkBytesSkipped <= bytes.size());
    std::vector<quint32> sizes;
    for (const AacFrameRef &frame : audio->frames) {
        FUZZ_CHECK(frame.offset >= 0 && frame.size >= 0);
        FUZZ_CHECK(qint64(frame.offset) + frame.size <= bytes.size());
        sizes.push_back(quint32(frame.size));
    }
    if (sizes.empty())
        return 0;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    M4aWriter writer(&out);
    const auto begun = writer.begin(audio->format, sizes);
    if (!begun)
        return 0;  // a format the writer refuses, with a message
    for (const AacFrameRef &frame : audio->frames)
        FUZZ_CHECK(writer.writeFrame(bytes.constData() + frame.offset, frame.size).ok());
    FUZZ_CHECK(writer.finish().ok());
    const QByteArray m4a = out.data();
    TagLib::ByteVector vector(m4a.constData(), unsigned(m4a.size()));
    TagLib::ByteVectorStream stream(vector);
    TagLib::MP4::File file(&stream, true);
    FUZZ_CHECK(file.isValid());
    FUZZ_CHECK(file.audioProperties() != nullptr);
    return 0;
}
