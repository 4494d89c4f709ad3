#pragma once

#include "promqlcontext.h"

#include <QPlainTextEdit>
#include <QPointer>

class QCompleter;
class QStringListModel;

namespace ps {

class PromQlCompletionSource;

// A PromQL editor: completes metric names, label names and label values from the server
// as the user types (or on Ctrl+Space), runs the query on Ctrl+Return, and marks where
// Prometheus says an error is.
class PromQlEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PromQlEditor(QWidget *parent = nullptr);

    void setCompletionSource(PromQlCompletionSource *source);
    QCompleter *completer() const { return m_completer; }
    // Underlines the character at `offset` and puts the cursor there; -1 clears the mark.
    void markError(int offset);
    // Asks the server for candidates at the cursor and shows them.
    void complete();

signals:
    void runRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void insertCompletion(const QString &word);

    QPointer<PromQlCompletionSource> m_source;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_words = nullptr;
    PromQlContext m_context;
    int m_request = 0;
};

} // namespace ps
