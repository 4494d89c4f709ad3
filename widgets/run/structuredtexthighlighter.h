#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace ps {

// Colours JSON or YAML in a preview: keys, strings, numbers, true/false/null, YAML comments.
class StructuredTextHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language { Json, Yaml };
    StructuredTextHighlighter(QTextDocument *document, Language language);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    QList<Rule> m_rules;
};

} // namespace ps
