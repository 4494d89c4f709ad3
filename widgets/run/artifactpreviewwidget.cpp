#include "artifactpreviewwidget.h"

#include "structuredtexthighlighter.h"
#include "tablerowsmodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ps {

ArtifactPreviewWidget::ArtifactPreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_table(new QTableView(this))
    , m_rows(new TableRowsModel(this))
    , m_imageArea(new QScrollArea(this))
    , m_image(new QLabel(this))
    , m_note(new QLabel(this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_table->setModel(m_rows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_imageArea);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    showMessage(tr("Select an artifact to preview it."));
}

void ArtifactPreviewWidget::showMessage(const QString &text)
{
    m_message->setText(text);
    m_note->clear();
    m_stack->setCurrentWidget(m_message);
}

void ArtifactPreviewWidget::showPreview(const ArtifactPreview &p)
{
    using Kind = ArtifactPreview::Kind;
    delete m_highlighter;
    m_highlighter = nullptr;
    const QString size = QLocale().formattedDataSize(p.size);
    switch (p.kind) {
    case Kind::Empty:
        showMessage(tr("The artifact is empty."));
        return;
    case Kind::Unreadable:
        showMessage(p.error);
        return;
    case Kind::Binary:
        showMessage(tr("Binary data, %1. Use “Open” to view it with another application.").arg(size));
        return;
    case Kind::Image:
        m_image->setPixmap(QPixmap::fromImage(p.image));
        m_stack->setCurrentWidget(m_imageArea);
        m_note->setText(tr("Image %1 × %2, %3").arg(p.image.width()).arg(p.image.height()).arg(size));
        return;
    case Kind::Csv:
    case Kind::Tsv:
    case Kind::Metrics:
        m_rows->setRows(p.header, p.rows);
        m_table->resizeColumnsToContents();
        m_stack->setCurrentWidget(m_table);
        m_note->setText(p.truncated ? tr("The first %n row(s) of %1.", nullptr, int(p.rows.size())).arg(size)
                                    : tr("%n row(s), %1.", nullptr, int(p.rows.size())).arg(size));
        return;
    case Kind::Json:
    case Kind::Yaml:
        m_highlighter = new StructuredTextHighlighter(m_text->document(), p.kind == Kind::Json
                                                                              ? StructuredTextHighlighter::Language::Json
                                                                              : StructuredTextHighlighter::Language::Yaml);
        [[fallthrough]];
    case Kind::Text:
    case Kind::Directory:
        m_text->setPlainText(p.text);
        m_stack->setCurrentWidget(m_text);
        m_note->setText(p.truncated ? tr("The first %1 of %2.").arg(QLocale().formattedDataSize(p.text.toUtf8().size()), size) : size);
        return;
    }
}

QString ArtifactPreviewWidget::currentPage() const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_text)
        return QStringLiteral("text");
    if (w == m_table)
        return QStringLiteral("table");
    if (w == m_imageArea)
        return QStringLiteral("image");
    return QStringLiteral("message");
}

QString ArtifactPreviewWidget::messageText() const { return m_message->text(); }

} // namespace ps
