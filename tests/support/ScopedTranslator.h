// SPDX-License-Identifier: MIT
// A made-up translation for one context, installed for the lifetime of the object: tests use it
// to prove code never reads a message's words (a translation words them differently).
#pragma once

#include <QCoreApplication>
#include <QTranslator>

#include <functional>

namespace spacetape::test {

/// Translates the texts of one tr() context with a function; an empty answer keeps the source.
class ScopedTranslator : public QTranslator {
public:
    using Rewrite = std::function<QString(const QByteArray &sourceText)>;

    ScopedTranslator(const char *context, Rewrite rewrite)
        : m_context(context), m_rewrite(std::move(rewrite)) {
        QCoreApplication::installTranslator(this);
    }
    ~ScopedTranslator() override { QCoreApplication::removeTranslator(this); }
    ScopedTranslator(const ScopedTranslator &) = delete;
    ScopedTranslator &operator=(const ScopedTranslator &) = delete;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * /*disambiguation*/,
                      int /*n*/) const override {
        if (m_context != context)
            return {};
        return m_rewrite(QByteArray(sourceText));
    }

private:
    QByteArray m_context;
    Rewrite m_rewrite;
};

}  // namespace spacetape::test
