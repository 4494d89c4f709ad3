#include "welcomepage.h"

#include "pipelinefilereader.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_examples(new QListWidget(this))
{
    setObjectName(QStringLiteral("WelcomePage"));
    auto *title = new QLabel(tr("Pipeline Studio"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle = new QLabel(tr("Design a pipeline, run it here, then on your cluster."), this);
    auto *newButton = new QPushButton(tr("New pipeline"), this);
    auto *openButton = new QPushButton(tr("Open…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();

    // The bundled examples, with their descriptions, for a first look or a lesson.
    const QDir examples(QStringLiteral(":/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.pstudio.yaml")}, QDir::Files, QDir::Name)) {
        const QString path = examples.filePath(name);
        const LoadedFile file = PipelineFileReader::readFile(path);
        auto *item = new QListWidgetItem(file.pipeline.name.isEmpty() ? name : file.pipeline.name, m_examples);
        item->setData(Qt::UserRole, path);
        item->setToolTip(file.pipeline.description.trimmed());
    }
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Recent files"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Examples"), this), 0, 1);
    grid->addWidget(m_recent, 1, 0);
    grid->addWidget(m_examples, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addLayout(grid, 1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    auto activate = [this](QListWidgetItem *item) { emit fileRequested(item->data(Qt::UserRole).toString()); };
    connect(m_recent, &QListWidget::itemActivated, this, activate);
    connect(m_examples, &QListWidget::itemActivated, this, activate);
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent files"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace ps
