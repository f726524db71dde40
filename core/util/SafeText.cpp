// SPDX-License-Identifier: MIT
#include "util/SafeText.h"

namespace spacetape {

namespace {
bool isBidiControl(char16_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}
}  // namespace

bool isControlCharacter(char16_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c);
}

QString printable(const QString &text, int maxChars) {
    QString out;
    out.reserve(qMin(int(text.size()), maxChars));
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            out += QLatin1Char(' ');
        } else if (isControlCharacter(c)) {
            continue;
        } else {
            out += ch;
        }
        if (out.size() >= maxChars) {
            out += QStringLiteral("…");
            break;
        }
    }
    return out;
}

QString asciiToken(const QString &text, int maxChars) {
    if (text.isEmpty() || text.size() > maxChars)
        return {};
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return {};
    }
    return text;
}

}  // namespace spacetape
