#include "argolintmapper.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ps {

Diagnostics ArgoLintMapper::map(const QString &message, const Pipeline &pipeline, const QJsonObject &workflow)
{
    // DAG task name → template, and template → the DAG tasks that use it.
    QMultiHash<QString, QString> tasksOfTemplate;
    for (const QJsonValue &t : workflow.value(QStringLiteral("spec")).toObject().value(QStringLiteral("templates")).toArray())
        for (const QJsonValue &task : t.toObject().value(QStringLiteral("dag")).toObject().value(QStringLiteral("tasks")).toArray())
            tasksOfTemplate.insert(task.toObject().value(QStringLiteral("template")).toString(), task.toObject().value(QStringLiteral("name")).toString());

    QStringList named;
    static const QRegularExpression taskRe(QStringLiteral(R"(tasks\.([A-Za-z0-9][A-Za-z0-9_-]*))"));
    static const QRegularExpression templateRe(QStringLiteral(R"(templates\.([A-Za-z0-9][A-Za-z0-9_-]*)(?!\.tasks))"));
    for (auto it = taskRe.globalMatch(message); it.hasNext();)
        named.append(it.next().captured(1));
    if (named.isEmpty())
        for (auto it = templateRe.globalMatch(message); it.hasNext();)
            named.append(tasksOfTemplate.values(it.next().captured(1)));

    Diagnostics out;
    const auto find = [&](const QString &name) -> std::pair<const Task *, QString> {
        if (const Task *t = pipeline.root.taskByName(name))
            return {t, QString()};
        for (auto c = pipeline.components.cbegin(); c != pipeline.components.cend(); ++c)
            if (const Graph *g = pipeline.graph(c.key()))
                if (const Task *t = g->taskByName(name))
                    return {t, c.key()};
        return {nullptr, QString()};
    };
    for (const QString &name : std::as_const(named)) {
        const auto [task, graph] = find(name);
        if (!task)
            continue;
        Diagnostic d = Diagnostic::error(message);
        d.task = task->id;
        d.taskName = task->name;
        d.graph = graph;
        if (!std::any_of(out.cbegin(), out.cend(), [&](const Diagnostic &e) { return e.task == d.task; }))
            out.append(d);
    }
    if (out.isEmpty())
        out.append(Diagnostic::error(message));
    return out;
}

} // namespace ps
