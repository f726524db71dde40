// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace spacetape {

/**
 * @brief The field at the top of the window where links are pasted or typed.
 *
 * Enter or "Add" hands the text over (several links at once are fine); problems are
 * shown right under the field, with the reason, until the text is edited again.
 */
class LinkBar : public QWidget {
    Q_OBJECT
public:
    explicit LinkBar(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *addButton() const { return m_add; }
    QString text() const;
    void setText(const QString &text);

    /// Shows why some input was not added (one reason per line); empty hides it.
    void showProblems(const QStringList &reasons);
    void clearProblems();
    /// The reasons on display now (empty when hidden).
    QString problemText() const;

Q_SIGNALS:
    /// The user asked to add whatever is in the field.
    void submitted(const QString &text);

private:
    void submit();

    QLineEdit *m_edit;
    QPushButton *m_add;
    QWidget *m_problemRow;
    QLabel *m_problemIcon;
    QLabel *m_problemText;
};

}  // namespace spacetape
