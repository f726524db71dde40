// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QString>
#include <QTextStream>

#include <cstdio>
#include <type_traits>

namespace spacetape {

/**
 * @brief One of spacetape-cli's output streams (stdout or stderr), safe for a terminal by
 * construction.
 *
 * Much of what the CLI prints comes from X (titles, error messages, host names). Rather than
 * trusting every call site to remember printable(), the stream itself filters: every piece of
 * text written with << loses its control characters (the util/SafeText rule; line breaks and
 * tabs inside a piece become spaces). The only line breaks and carriage returns that reach the
 * terminal are the stream's own: Qt::endl ends a line, updateLine() rewrites one in place,
 * writeText() keeps the line breaks of a block the CLI wrote itself (--help). JSON goes out
 * verbatim through writeJson*(): JSON escaping already covers C0, and the rest of the rule
 * (DEL, C1, bidi overrides) is escaped as \\uXXXX, which any JSON reader decodes the same.
 */
class CliStream {
public:
    /// A stream on @p file (stdout or stderr), which it never closes.
    explicit CliStream(FILE *file);
    CliStream(const CliStream &) = delete;
    CliStream &operator=(const CliStream &) = delete;

    /// Text, filtered.
    CliStream &operator<<(const QString &text);
    CliStream &operator<<(QStringView text);
    CliStream &operator<<(QLatin1String text);
    /// UTF-8 text, filtered.
    CliStream &operator<<(const char *text);
    CliStream &operator<<(const QByteArray &text);
    CliStream &operator<<(char c);
    CliStream &operator<<(QChar c);
    /// Numbers, formatted as QTextStream formats them.
    template <typename Number, typename = std::enable_if_t<std::is_arithmetic_v<Number> &&
                                                           !std::is_same_v<Number, char> &&
                                                           !std::is_same_v<Number, bool>>>
    CliStream &operator<<(Number value) {
        beginWrite();
        m_stream << value;
        return *this;
    }
    /// Qt::endl ends the line (and flushes); Qt::flush flushes. No other manipulator applies.
    CliStream &operator<<(QTextStreamFunction manipulator);

    /// Ends the current line and flushes.
    void endLine();
    void flush();
    /**
     * Shows @p text as the line that updates in place (progress, countdown): a carriage
     * return, the filtered text, and blanks over what a longer previous version left. For a
     * terminal only; any other output on either stream ends the updating line first.
     */
    void updateLine(const QString &text);
    /// Ends an updating line of either stream, if one is open.
    static void endUpdatingLine();

    /// A block of several lines the CLI composed itself (--help): its line breaks are kept,
    /// everything else is filtered.
    void writeText(const QString &text);
    /// One JSON object, compact, on its own line.
    void writeJsonLine(const QJsonObject &object);
    /// A JSON document (compact or indented), as it is.
    void writeJson(const QJsonDocument &document, QJsonDocument::JsonFormat format);

    /// Whether this stream is a terminal.
    bool isTerminal() const { return m_terminal; }

    /// @p json with every control character that JSON escaping leaves raw (DEL, C1, bidi
    /// overrides) escaped as \\uXXXX: still valid JSON meaning the same, harmless on a
    /// terminal. Public for tests.
    static QByteArray terminalSafeJson(const QByteArray &json);

private:
    /// Before anything but updateLine(): ends an open updating line (of either stream).
    void beginWrite();
    void writeFiltered(const QString &text);

    QTextStream m_stream;
    bool m_terminal = false;
    int m_updatingWidth = 0;  ///< characters of the last updateLine() text
};

/// stderr, for notes, failures and lines that update in place.
CliStream &cliErr();
/// stdout, for results and one-line events.
CliStream &cliOut();

}  // namespace spacetape
