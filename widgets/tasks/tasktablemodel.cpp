#include "tasktablemodel.h"

#include "pipelinedocument.h"

#include <QFont>

namespace ps {

TaskTableModel::TaskTableModel(PipelineDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // The table is small and cheap to rebuild; a structural change simply resets it.
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &PipelineDocument::documentReset, this, reset);
    connect(document, &PipelineDocument::taskAdded, this, reset);
    connect(document, &PipelineDocument::taskRemoved, this, reset);
    connect(document, &PipelineDocument::componentsChanged, this, reset);
    auto rowChanged = [this](const QString &graph, TaskId id) {
        if (!graph.isEmpty())
            return;
        const qsizetype row = m_document->pipeline().root.indexOf(id);
        if (row >= 0)
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    };
    connect(document, &PipelineDocument::taskChanged, this, rowChanged);
    connect(document, &PipelineDocument::bindingChanged, this,
            [rowChanged](const QString &graph, TaskId id, const QString &) { rowChanged(graph, id); });
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->pipeline().root.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document || index.row() >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return text(index.row(), index.column());
    if (role == Qt::FontRole && index.column() == Name) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Component) {
        const Task &t = m_document->pipeline().root.tasks()[size_t(index.row())];
        const ComponentSpec *c = m_document->pipeline().component(t.component);
        return c ? c->description.trimmed() : QVariant();
    }
    return {};
}

QString TaskTableModel::text(int row, int column) const
{
    const Pipeline &p = m_document->pipeline();
    const Task &t = p.root.tasks()[size_t(row)];
    const ComponentSpec *c = p.component(t.component);
    switch (column) {
    case Name:
        return t.displayName.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, t.displayName);
    case Component:
        return c && !c->name.isEmpty() ? c->name : t.component;
    case Implementation:
        if (!c)
            return tr("unknown");
        switch (c->implementation.kind) {
        case Implementation::Kind::Container: return tr("container");
        case Implementation::Kind::Script:
            return tr("script (%1)").arg(c->implementation.interpreter.join(QLatin1Char(' ')));
        case Implementation::Kind::Graph: return tr("sub-pipeline, %n task(s)", nullptr, int(c->implementation.graph.size()));
        case Implementation::Kind::Reference: return tr("reference");
        case Implementation::Kind::Opaque: return tr("kept as written (%1)").arg(c->implementation.opaqueKind);
        }
        return {};
    case Image:
        return c ? c->implementation.image : QString();
    case WaitsFor: {
        QStringList names;
        for (TaskId up : p.root.upstreamOf(t.id)) {
            if (const Task *u = p.root.task(up))
                names.append(u->name);
        }
        return names.join(QStringLiteral(", "));
    }
    case RunsWhen: {
        QStringList parts;
        if (t.role == Task::Role::ExitHandler)
            parts.append(tr("on exit"));
        if (t.settings.condition.isSet())
            parts.append(tr("when %1").arg(t.settings.condition.text));
        switch (t.settings.loop.kind) {
        case Loop::Kind::Items: parts.append(tr("for each of %n item(s)", nullptr, int(t.settings.loop.items.size()))); break;
        case Loop::Kind::Parameter: parts.append(tr("for each item of a list")); break;
        case Loop::Kind::Sequence: parts.append(tr("for a sequence")); break;
        case Loop::Kind::None: break;
        }
        if (t.settings.retry.limit > 0)
            parts.append(tr("retries %1×").arg(t.settings.retry.limit));
        return parts.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Task");
    case Component: return tr("Component");
    case Implementation: return tr("Runs as");
    case Image: return tr("Image");
    case WaitsFor: return tr("Waits for");
    case RunsWhen: return tr("Runs when");
    }
    return {};
}

} // namespace ps
