#pragma once

#include "artifactpreview.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace ps {

class StructuredTextHighlighter;
class TableRowsModel;

// Shows one ArtifactPreview the way its kind reads best: highlighted text, a table, an image.
class ArtifactPreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ArtifactPreviewWidget(QWidget *parent = nullptr);

    void showPreview(const ArtifactPreview &preview);
    void showMessage(const QString &text);

    // What is on show, for tests: "text", "table", "image" or "message".
    QString currentPage() const;
    QPlainTextEdit *textView() const { return m_text; }
    QTableView *tableView() const { return m_table; }
    QLabel *imageLabel() const { return m_image; }
    QString messageText() const;

private:
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPlainTextEdit *m_text;
    QTableView *m_table;
    TableRowsModel *m_rows;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QLabel *m_note;
    StructuredTextHighlighter *m_highlighter = nullptr;
};

} // namespace ps
