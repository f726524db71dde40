// SPDX-License-Identifier: MIT
#include "x/ClientTransaction.h"

#include "util/Limits.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <cmath>

namespace spacetape {

namespace {

constexpr int kFrameCount = 4;       // loading-x-anim-0 … -3
constexpr int kRowsPerFrame = 16;    // a key byte modulo 16 picks the row
constexpr double kTotalTime = 4096;  // the animation's length in X's time units
constexpr int kRowLength = 11;       // 3 + 3 colour, 1 rotation, 4 bezier control values
constexpr quint8 kTrailingByte = 3;  // X's client appends this constant
constexpr char kKeyword[] = "obfiowerehiring";
constexpr double kPi = 3.14159265358979323846;  // the same double as JavaScript's Math.PI

/// JavaScript's Math.round (halves go up), which X's client uses: std::round would send
/// -2.5 and 38.5 the other way from the browser.
double jsRound(double x) {
    const double down = std::floor(x);
    return x - down >= 0.5 ? down + 1 : down;
}

/// A 0–255 value of the path scaled into [min, max] with X's two rounding styles; the
/// expression order is the browser's, so the doubles come out bit for bit the same.
double scaled(int value, double min, double max, bool toInteger) {
    const double result = (value * (max - min)) / 255 + min;
    return toInteger ? std::floor(result) : jsRound(result * 100) / 100;
}

double bezierPoint(double a, double b, double m) {
    return 3.0 * a * (1 - m) * (1 - m) * m + 3.0 * b * (1 - m) * m * m + m * m * m;
}

double interpolated(double from, double to, double f) {
    return from * (1 - f) + to * f;
}

bool isSpace(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/**
 * Walks the tags of one name through a page in one pass: the first `>` at or after a
 * position is remembered, so a page of thousands of unclosed tags is not scanned to its
 * end once per tag (which took minutes on a hostile page).
 */
class TagScanner {
public:
    TagScanner(QStringView text, QLatin1String name) : m_text(text), m_open(name) {}

    /// The next `<name …>` tag (at most limits::kMaxTagChars long), or an empty view when
    /// there is none or limits::kMaxTagsScanned candidates were looked at.
    QStringView next() {
        while (m_examined < limits::kMaxTagsScanned) {
            const qsizetype open = m_text.indexOf(m_open, m_from, Qt::CaseInsensitive);
            if (open < 0)
                return {};
            ++m_examined;
            m_from = open + m_open.size();
            if (m_from < m_text.size() && isWordChar(m_text.at(m_from)))
                continue;  // `<metadata`, not `<meta`
            if (m_close != -1 && m_close < m_from)
                m_close = m_text.indexOf(QLatin1Char('>'), m_from);
            if (m_close < 0)
                return {};  // no tag closes after this one: none after it can either
            if (m_close + 1 - open > limits::kMaxTagChars)
                continue;
            return m_text.mid(open, m_close + 1 - open);
        }
        return {};
    }

private:
    QStringView m_text;
    QString m_open = {};
    qsizetype m_from = 0;
    qsizetype m_close = -2;  // -2: not looked for yet; -1: none left
    int m_examined = 0;
};

/// The quoted value of attribute @p name in @p tag, read in one pass; empty when absent.
QString attribute(QStringView tag, QLatin1String name) {
    const qsizetype n = tag.size();
    qsizetype i = 1;
    while (i < n && !isSpace(tag.at(i)) && tag.at(i) != QLatin1Char('>'))
        ++i;  // the tag's own name
    while (i < n) {
        while (i < n && (isSpace(tag.at(i)) || tag.at(i) == QLatin1Char('/')))
            ++i;
        if (i >= n || tag.at(i) == QLatin1Char('>'))
            break;
        const qsizetype nameStart = i;
        while (i < n && !isSpace(tag.at(i)) && tag.at(i) != QLatin1Char('=') &&
               tag.at(i) != QLatin1Char('>'))
            ++i;
        const QStringView attributeName = tag.mid(nameStart, i - nameStart);
        while (i < n && isSpace(tag.at(i)))
            ++i;
        if (i >= n || tag.at(i) != QLatin1Char('='))
            continue;  // an attribute without a value
        ++i;
        while (i < n && isSpace(tag.at(i)))
            ++i;
        if (i >= n)
            break;
        QStringView value;
        const QChar quote = tag.at(i);
        if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
            const qsizetype end = tag.indexOf(quote, i + 1);
            if (end < 0)
                break;  // unterminated: no value to trust
            value = tag.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !isSpace(tag.at(i)) && tag.at(i) != QLatin1Char('>'))
                ++i;
            value = tag.mid(start, i - start);
        }
        if (attributeName == name)
            return value.toString();
    }
    return {};
}

}  // namespace

Expected<QByteArray> ClientTransaction::siteVerificationKey(const QString &homepageHtml) {
    TagScanner metas(homepageHtml, QLatin1String("<meta"));
    for (QStringView tag = metas.next(); !tag.isEmpty(); tag = metas.next()) {
        if (attribute(tag, QLatin1String("name")) != QLatin1String("twitter-site-verification"))
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(
            attribute(tag, QLatin1String("content")).trimmed().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return fail(tr("the site-verification key is not base64"));
        return decoded.decoded;
    }
    return fail(tr("the page has no twitter-site-verification key"));
}

QList<int> ClientTransaction::onDemandIndices(const QString &onDemandJs) {
    static const QRegularExpression index(QStringLiteral("\\(\\w\\[(\\d{1,2})\\],\\s*16\\)"));
    QList<int> indices;
    auto it = index.globalMatch(onDemandJs);
    while (it.hasNext())
        indices.append(it.next().captured(1).toInt());
    return indices;
}

Expected<QList<QList<int>>> ClientTransaction::animationRows(const QString &homepageHtml,
                                                             int frame) {
    const QRegularExpression id(
        QStringLiteral("\\sid\\s*=\\s*[\"']loading-x-anim-%1[\"']").arg(frame));
    const auto idMatch = id.match(homepageHtml);
    if (!idMatch.hasMatch())
        return fail(tr("the page has no loading-x-anim-%1 animation").arg(frame));
    qsizetype end = homepageHtml.indexOf(QLatin1String("</svg>"), idMatch.capturedEnd());
    if (end < 0)
        end = homepageHtml.size();
    const QStringView svg =
        QStringView(homepageHtml).mid(idMatch.capturedEnd(), end - idMatch.capturedEnd());

    // The first path is the static backdrop; the second one is animated.
    TagScanner paths(svg, QLatin1String("<path"));
    paths.next();
    const QStringView animated = paths.next();
    const QString d = animated.isEmpty() ? QString() : attribute(animated, QLatin1String("d"));
    if (d.size() <= 9)
        return fail(tr("loading-x-anim-%1 has no animated path").arg(frame));

    // `M 10,30 C` opens every such path; each following `C` segment is one row.
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<QList<int>> rows;
    const QStringList segments = d.mid(9).split(QLatin1Char('C'));
    for (const QString &segment : segments) {
        QList<int> row;
        auto it = number.globalMatch(segment);
        while (it.hasNext())
            row.append(it.next().captured(0).toInt());
        rows.append(row);
    }
    return rows;
}

double ClientTransaction::cubicBezierValue(double x1, double y1, double x2, double y2,
                                           double time) {
    if (time <= 0) {
        double gradient = 0;
        if (x1 > 0)
            gradient = y1 / x1;
        else if (y1 == 0 && x2 > 0)
            gradient = y2 / x2;
        return gradient * time;
    }
    if (time >= 1) {
        double gradient = 0;
        if (x2 < 1)
            gradient = (y2 - 1) / (x2 - 1);
        else if (x2 == 1 && x1 < 1)
            gradient = (y1 - 1) / (x1 - 1);
        return 1 + gradient * (time - 1);
    }
    // Bisection on the curve parameter until x is within 1e-5 of the time, as X's client
    // does (a closer solver would change the key). The cap only guards against doubles
    // that stop halving; 1100 halvings exhaust any double interval.
    double start = 0, end = 1, mid = 0;
    for (int i = 0; start < end && i < 1100; ++i) {
        mid = (start + end) / 2;
        const double x = bezierPoint(x1, x2, mid);
        if (std::fabs(time - x) < 0.00001)
            return bezierPoint(y1, y2, mid);
        if (x < time)
            start = mid;
        else
            end = mid;
    }
    return bezierPoint(y1, y2, mid);
}

QByteArray ClientTransaction::hexWithFraction(double value) {
    static const char digits[] = "0123456789ABCDEF";
    QByteArray out;
    double whole = std::floor(value);
    double fraction = value - whole;
    while (whole > 0) {
        const double next = std::floor(whole / 16);
        out.prepend(digits[int(whole - next * 16)]);
        whole = next;
    }
    if (fraction == 0)
        return out;
    out.append('.');
    // Exact: multiplying by 16 only shifts the binary exponent, so this ends within
    // 14 digits of a double's 53-bit mantissa.
    while (fraction > 0) {
        fraction *= 16;
        const double digit = std::floor(fraction);
        fraction -= digit;
        out.append(digits[int(digit)]);
    }
    return out;
}

Expected<QByteArray> ClientTransaction::animationKeyOfRow(const QList<int> &row,
                                                          double targetTime) {
    if (row.size() < kRowLength)
        return fail(tr("an animation row has %1 numbers, not %2").arg(row.size()).arg(kRowLength));
    // Odd control values are y coordinates, which may overshoot below 0.
    double curve[4];
    for (int i = 0; i < 4; ++i)
        curve[i] = scaled(row.at(7 + i), i % 2 ? -1.0 : 0.0, 1.0, false);
    const double progress = cubicBezierValue(curve[0], curve[1], curve[2], curve[3], targetTime);

    QByteArray key;
    for (int i = 0; i < 3; ++i) {
        const double colour = interpolated(row.at(i), row.at(3 + i), progress);
        key += QByteArray::number(qint64(jsRound(colour > 0 ? colour : 0)), 16);
    }
    const double rotation = interpolated(0.0, scaled(row.at(6), 60.0, 360.0, true), progress);
    const double radians = rotation * kPi / 180;
    const double matrix[4] = {std::cos(radians), -std::sin(radians), std::sin(radians),
                              std::cos(radians)};
    for (const double value : matrix) {
        const double rounded = std::fabs(jsRound(value * 100) / 100);
        const QByteArray hex = hexWithFraction(rounded);
        if (hex.startsWith('.'))
            key += ("0" + hex).toLower();
        else
            key += hex.isEmpty() ? QByteArray("0") : hex;
    }
    key += "00";  // the matrix's translation, always zero
    return key.replace('.', QByteArray()).replace('-', QByteArray());
}

Expected<ClientTransaction> ClientTransaction::fromPages(const QString &homepageHtml,
                                                         const QString &onDemandJs) {
    auto key = siteVerificationKey(homepageHtml);
    if (!key)
        return fail(key.error());
    const QList<int> indices = onDemandIndices(onDemandJs);
    if (indices.size() < 2)
        return fail(tr("the ondemand.s chunk names %1 key indices, too few").arg(indices.size()));
    const QByteArray &bytes = *key;
    for (const int index : indices) {
        if (index >= bytes.size() || bytes.size() <= 5)
            return fail(tr("the site-verification key is too short (%1 bytes)").arg(bytes.size()));
    }
    const auto byte = [&bytes](int index) { return int(quint8(bytes.at(index))); };

    const auto rows = animationRows(homepageHtml, byte(5) % kFrameCount);
    if (!rows)
        return fail(rows.error());
    const int rowIndex = byte(indices.first()) % kRowsPerFrame;
    if (rowIndex >= rows->size())
        return fail(
            tr("the animation has %1 rows, row %2 is missing").arg(rows->size()).arg(rowIndex));
    double frameTime = 1;
    for (qsizetype i = 1; i < indices.size(); ++i)
        frameTime *= byte(indices.at(i)) % 16;
    frameTime = jsRound(frameTime / 10) * 10;

    auto animationKey = animationKeyOfRow(rows->at(rowIndex), frameTime / kTotalTime);
    if (!animationKey)
        return fail(animationKey.error());
    return fromParts(bytes, *animationKey);
}

Expected<ClientTransaction> ClientTransaction::fromParts(const QByteArray &keyBytes,
                                                         const QByteArray &animationKey) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    if (keyBytes.isEmpty() || !hex.match(QString::fromLatin1(animationKey)).hasMatch())
        return fail(tr("the stored transaction key is malformed"));
    ClientTransaction t;
    t.m_key = keyBytes;
    t.m_animationKey = animationKey;
    return t;
}

QByteArray ClientTransaction::headerFor(const QByteArray &method, const QString &path,
                                        qint64 unixSeconds, quint8 randomByte) const {
    const QString bare = path.section(QLatin1Char('?'), 0, 0);
    const qint64 time = unixSeconds - kEpochSeconds;
    const QByteArray signedText =
        method + '!' + bare.toUtf8() + '!' + QByteArray::number(time) + kKeyword + m_animationKey;
    const QByteArray hash = QCryptographicHash::hash(signedText, QCryptographicHash::Sha256);

    QByteArray plain = m_key;
    for (int i = 0; i < 4; ++i)
        plain.append(char((quint32(time) >> (8 * i)) & 0xff));
    plain += hash.left(16);
    plain.append(char(kTrailingByte));

    QByteArray out(1, char(randomByte));
    for (const char c : plain)
        out.append(char(quint8(c) ^ randomByte));
    return out.toBase64(QByteArray::OmitTrailingEquals);
}

}  // namespace spacetape
