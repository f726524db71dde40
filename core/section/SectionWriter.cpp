// SPDX-License-Identifier: MIT
#include "section/SectionWriter.h"

#include "media/M4aWriter.h"
#include "media/TaggedOutput.h"

namespace spacetape {

Expected<SectionReport> SectionWriter::write(const SectionFrames &source, qint64 startSample,
                                             qint64 endSample, const SpaceTags &tags,
                                             const QString &outputPath) {
    const qint64 firstKept = startSample / kSamplesPerAacFrame;
    const qint64 primed = firstKept > 0 ? firstKept - 1 : 0;
    const qint64 end = (endSample + kSamplesPerAacFrame - 1) / kSamplesPerAacFrame;
    const qint64 available = qint64(source.frames.size());
    if (startSample < 0 || endSample <= startSample || primed < source.firstFrame ||
        end > source.firstFrame + available)
        return fail(tr("The audio fetched for this section does not cover it "
                       "(samples %1 to %2 asked, %3 to %4 present). The chunks may "
                       "be shorter than the playlist says; try a slightly different "
                       "range.")
                        .arg(startSample)
                        .arg(endSample)
                        .arg(source.firstFrame * kSamplesPerAacFrame)
                        .arg(source.endSample()));

    std::vector<quint32> sizes;
    sizes.reserve(size_t(end - primed));
    for (qint64 i = primed; i < end; ++i)
        sizes.push_back(quint32(source.frames[size_t(i - source.firstFrame)].size()));

    M4aEdit edit;
    edit.mediaTime = quint64(startSample - primed * kSamplesPerAacFrame);
    edit.duration = quint64(endSample - startSample);

    TaggedOutput out(outputPath);
    if (auto opened = out.open(); !opened)
        return opened.failure();
    M4aWriter writer(out.device());
    if (auto begun = writer.begin(source.format, sizes, tags.startedAt, edit); !begun)
        return begun.failure();
    for (qint64 i = primed; i < end; ++i) {
        const QByteArray &frame = source.frames[size_t(i - source.firstFrame)];
        if (auto written = writer.writeFrame(frame.constData(), frame.size()); !written)
            return written.failure();
    }
    if (auto finished = writer.finish(); !finished)
        return finished.failure();
    if (auto committed = out.commit(tags); !committed)
        return committed.failure();

    SectionReport report;
    report.startSample = startSample;
    report.endSample = endSample;
    report.frames = end - primed;
    report.format = source.format;
    report.durationSeconds = double(endSample - startSample) / source.format.sampleRate();
    return report;
}

}  // namespace spacetape
