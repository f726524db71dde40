// SPDX-License-Identifier: MIT
#include "CliStream.h"

#include "util/SafeText.h"

#include <QStringList>

#include <unistd.h>

namespace spacetape {

namespace {
/// One piece of text is cut here (with "…"): far above any line the CLI means to print
/// (a long path and a message), far below what could flood a terminal.
constexpr int kMaxPieceChars = 32 * 1024;

/// The stream whose updating line is open, if any (at most one: the progress line).
CliStream *s_updating = nullptr;
}  // namespace

CliStream::CliStream(FILE *file) : m_stream(file), m_terminal(isatty(fileno(file))) {}

CliStream &CliStream::operator<<(const QString &text) {
    writeFiltered(text);
    return *this;
}

CliStream &CliStream::operator<<(QStringView text) {
    writeFiltered(text.toString());
    return *this;
}

CliStream &CliStream::operator<<(QLatin1String text) {
    writeFiltered(QString(text));
    return *this;
}

CliStream &CliStream::operator<<(const char *text) {
    writeFiltered(QString::fromUtf8(text));
    return *this;
}

CliStream &CliStream::operator<<(const QByteArray &text) {
    writeFiltered(QString::fromUtf8(text));
    return *this;
}

CliStream &CliStream::operator<<(char c) {
    writeFiltered(QString(QLatin1Char(c)));
    return *this;
}

CliStream &CliStream::operator<<(QChar c) {
    writeFiltered(QString(c));
    return *this;
}

CliStream &CliStream::operator<<(QTextStreamFunction manipulator) {
    if (manipulator == static_cast<QTextStreamFunction>(Qt::endl)) {
        endLine();
    } else {
        // Qt::flush, and anything else: no manipulator may change what reaches the stream.
        Q_ASSERT(manipulator == static_cast<QTextStreamFunction>(Qt::flush));
        flush();
    }
    return *this;
}

void CliStream::endLine() {
    beginWrite();
    m_stream << '\n';
    m_stream.flush();
}

void CliStream::flush() {
    m_stream.flush();
}

void CliStream::updateLine(const QString &text) {
    if (s_updating && s_updating != this)
        endUpdatingLine();
    const QString line = printable(text, kMaxPieceChars);
    const int width = int(line.size());
    m_stream << '\r' << line;
    if (m_updatingWidth > width)
        m_stream << QString(m_updatingWidth - width, QLatin1Char(' '));
    m_stream.flush();
    m_updatingWidth = width;
    s_updating = this;
}

void CliStream::endUpdatingLine() {
    if (!s_updating)
        return;
    CliStream *open = s_updating;
    s_updating = nullptr;
    open->m_updatingWidth = 0;
    open->m_stream << '\n';
    open->m_stream.flush();
}

void CliStream::writeText(const QString &text) {
    beginWrite();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_stream << '\n';
        m_stream << printable(lines.at(i), kMaxPieceChars);
    }
    m_stream.flush();
}

void CliStream::writeJsonLine(const QJsonObject &object) {
    writeJson(QJsonDocument(object), QJsonDocument::Compact);
    endLine();
}

void CliStream::writeJson(const QJsonDocument &document, QJsonDocument::JsonFormat format) {
    beginWrite();
    m_stream << terminalSafeJson(document.toJson(format));
    m_stream.flush();
}

QByteArray CliStream::terminalSafeJson(const QByteArray &json) {
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        // QJsonDocument escapes C0 itself; anything else in the rule can only stand inside a
        // string (JSON's own syntax is plain ASCII), where \uXXXX means the same character.
        if (c >= 0x20 && isControlCharacter(c))
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out.toUtf8();
}

void CliStream::beginWrite() {
    if (s_updating)
        endUpdatingLine();
}

void CliStream::writeFiltered(const QString &text) {
    beginWrite();
    m_stream << printable(text, kMaxPieceChars);
}

CliStream &cliErr() {
    static CliStream stream(stderr);
    return stream;
}

CliStream &cliOut() {
    static CliStream stream(stdout);
    return stream;
}

}  // namespace spacetape
