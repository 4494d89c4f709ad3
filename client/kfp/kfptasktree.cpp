#include "kfptasktree.h"

#include "kfprunmapper.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ps {

namespace {

QString s(const char *t) { return QString::fromLatin1(t); }

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

QString nameOf(const QJsonObject &task) { return task.value(s("display_name")).toString(); }

// "train(3:a)" → {train, 3, item}; "train(2)" → {train, 2, no item}.
struct Suffix {
    QString base;
    int index = -1;
    bool item = false;
};

Suffix suffixOf(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(R"(^(.+)\((\d+)(:.*)?\)$)"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return {};
    return {m.captured(1), m.captured(2).toInt(), m.capturedLength(3) > 0};
}

// One attempt of a retried task, read from its own record.
struct Attempt {
    TaskPhase phase = TaskPhase::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString message;
    QString pod;
};

QList<Attempt> attemptsOf(const QJsonObject &task)
{
    QList<Attempt> list;
    bool open = false;
    for (const QJsonValue &v : task.value(s("state_history")).toArray()) {
        const QJsonObject h = v.toObject();
        const TaskPhase phase = KfpRunMapper::taskPhase(h.value(s("state")).toString());
        if (phase == TaskPhase::Running && !open) {
            list.append(Attempt{TaskPhase::Running, timeOf(h, "update_time"), {}, {}, {}});
            open = true;
        } else if (isFinished(phase) && open) {
            list.last().phase = phase;
            list.last().finishedAt = timeOf(h, "update_time");
            list.last().message = h.value(s("error")).toObject().value(s("message")).toString();
            open = false;
        }
    }
    const QJsonArray failedJobs = task.value(s("executor_detail")).toObject().value(s("failed_main_jobs")).toArray();
    const qsizetype count = std::max(list.size(), failedJobs.isEmpty() ? qsizetype(0) : failedJobs.size() + 1);
    if (count <= 1)
        return {};
    while (list.size() < count)
        list.append(Attempt{});
    for (qsizetype k = 0; k < count; ++k) {
        Attempt &a = list[k];
        if (k < failedJobs.size())
            a.pod = failedJobs.at(k).toString();
        if (k + 1 < count && !isFinished(a.phase))
            a.phase = TaskPhase::Failed;
    }
    // The latest attempt is the task as it stands now.
    Attempt &last = list.last();
    last.phase = KfpRunMapper::taskPhase(task.value(s("state")).toString());
    last.pod = task.value(s("pod_name")).toString();
    if (!last.startedAt.isValid())
        last.startedAt = timeOf(task, "start_time");
    last.finishedAt = timeOf(task, "end_time");
    if (last.message.isEmpty())
        last.message = task.value(s("error")).toObject().value(s("message")).toString();
    return list;
}

class Builder
{
public:
    Builder(const QJsonArray &details, const QString &runName)
    {
        for (const QJsonValue &v : details) {
            const QJsonObject t = v.toObject();
            QString id = t.value(s("task_id")).toString();
            if (id.isEmpty())
                id = t.value(s("pod_name")).toString();
            if (id.isEmpty() || m_tasks.contains(id))
                continue;
            m_tasks.insert(id, t);
            m_order.append(id);
        }
        for (const QString &id : std::as_const(m_order))
            if (isBookkeeping(id, runName))
                m_hidden.insert(id);
    }

    KfpTaskTree::Result build()
    {
        for (const QString &taskId : std::as_const(m_order))
            if (!m_hidden.contains(taskId))
                addTask(taskId);
        settleKinds();
        KfpTaskTree::Result result;
        result.podNames = m_pods;
        result.nodes = ordered();
        return result;
    }

private:
    QString parentOf(const QString &taskId) const
    {
        QString p = m_tasks.value(taskId).value(s("parent_task_id")).toString();
        QSet<QString> seen;
        while (m_hidden.contains(p) && !seen.contains(p)) {
            seen.insert(p);
            p = m_tasks.value(p).value(s("parent_task_id")).toString();
        }
        return m_tasks.contains(p) && p != taskId ? p : QString();
    }

    bool hasChildren(const QString &taskId) const
    {
        if (!m_tasks.value(taskId).value(s("child_tasks")).toArray().isEmpty())
            return true;
        return std::any_of(m_tasks.cbegin(), m_tasks.cend(),
                           [&](const QJsonObject &t) { return t.value(s("parent_task_id")).toString() == taskId; });
    }

    bool isBookkeeping(const QString &taskId, const QString &runName) const
    {
        const QJsonObject t = m_tasks.value(taskId);
        const QString name = nameOf(t);
        if (name == QLatin1String("root") || name == QLatin1String("root-driver") || name == QLatin1String("iteration-driver"))
            return true;
        if (name.endsWith(QLatin1String("-driver"))) {
            // The driver KFP runs before a task "<name>" in the same DAG.
            const QString task = name.chopped(7);
            const QString parent = t.value(s("parent_task_id")).toString();
            for (const QJsonObject &other : m_tasks)
                if (nameOf(other) == task && other.value(s("parent_task_id")).toString() == parent)
                    return true;
        }
        // The root DAG, named after the run.
        return !m_tasks.contains(t.value(s("parent_task_id")).toString()) && t.value(s("pod_name")).toString().isEmpty()
            && name == runName && hasChildren(taskId);
    }

    // Our node id of a task (and its node, made on the way).
    QString idOf(const QString &taskId)
    {
        if (const auto it = m_ids.constFind(taskId); it != m_ids.cend())
            return *it;
        m_ids.insert(taskId, QString()); // guards against a malformed cycle
        const QJsonObject t = m_tasks.value(taskId);
        const QString name = nameOf(t);
        const QString parentTask = parentOf(taskId);
        const QString parentId = parentTask.isEmpty() ? QString() : idOf(parentTask);
        const QString prefix = parentId.isEmpty() ? QString() : parentId + u'/';
        const Suffix suffix = suffixOf(name);
        QString id;
        RunNode n;
        if (suffix.index >= 0) {
            // An iteration or an attempt: of its parent when the parent bears the name, else
            // of the task beside it with that name (made up when KFP lists none).
            const bool ofParent = !parentTask.isEmpty() && nameOf(m_tasks.value(parentTask)) == suffix.base;
            const QString owner = ofParent ? parentId : prefix + suffix.base;
            if (!ofParent && !m_nodes.contains(owner)) {
                m_nodes.insert(owner, madeUpOwner(owner, parentId, suffix.base, suffix.item));
                m_madeUp.insert(owner);
            }
            if (suffix.item)
                m_nodes[owner].kind = RunNode::Kind::Loop;
            id = owner + (suffix.item ? QStringLiteral("(%1)").arg(suffix.index) : QStringLiteral("#%1").arg(suffix.index));
            n.parentId = owner;
            n.name = suffix.base;
            n.kind = suffix.item ? RunNode::Kind::Iteration : RunNode::Kind::Attempt;
            n.displayName = suffix.item ? name : QStringLiteral("%1(%2)").arg(suffix.base).arg(suffix.index);
        } else {
            id = prefix + name;
            n.parentId = parentId;
            n.name = name;
            n.displayName = name;
        }
        m_ids.insert(taskId, id);
        n.id = id;
        fill(n, t);
        if (const auto earlier = m_nodes.constFind(id); earlier != m_nodes.cend() && earlier->kind == RunNode::Kind::Loop)
            n.kind = RunNode::Kind::Loop;   // made up as a loop before the task itself came
        m_madeUp.remove(id);
        m_nodes.insert(id, n);
        if (const QString pod = t.value(s("pod_name")).toString(); !pod.isEmpty())
            m_pods.insert(id, pod);
        return id;
    }

    static RunNode madeUpOwner(const QString &id, const QString &parentId, const QString &name, bool loop)
    {
        RunNode n;
        n.id = id;
        n.parentId = parentId;
        n.name = name;
        n.displayName = name;
        n.kind = loop ? RunNode::Kind::Loop : RunNode::Kind::Task;
        return n;
    }

    static void fill(RunNode &n, const QJsonObject &t)
    {
        n.phase = KfpRunMapper::taskPhase(t.value(s("state")).toString());
        n.pendingSince = timeOf(t, "create_time"); // KFP creates a task when it may be scheduled
        n.startedAt = timeOf(t, "start_time");
        n.finishedAt = timeOf(t, "end_time");
        n.message = t.value(s("error")).toObject().value(s("message")).toString();
        const QJsonObject outputs = t.value(s("outputs")).toObject();
        for (auto o = outputs.begin(); o != outputs.end(); ++o)
            n.outputs.insert(o.key(), QString());
    }

    void addTask(const QString &taskId)
    {
        const QString id = idOf(taskId);
        if (id.isEmpty())
            return;
        const QList<Attempt> attempts = attemptsOf(m_tasks.value(taskId));
        for (qsizetype k = 0; k < attempts.size(); ++k) {
            const Attempt &a = attempts.at(k);
            RunNode n;
            n.id = QStringLiteral("%1#%2").arg(id).arg(k);
            n.parentId = id;
            n.name = m_nodes.value(id).name;
            n.displayName = QStringLiteral("%1(%2)").arg(m_nodes.value(id).displayName).arg(k);
            n.kind = RunNode::Kind::Attempt;
            n.phase = a.phase;
            n.startedAt = a.startedAt;
            n.finishedAt = a.finishedAt;
            n.message = a.message;
            if (!a.pod.isEmpty())
                m_pods.insert(n.id, a.pod);
            m_nodes.insert(n.id, n);
        }
    }

    // What a node is follows from its children; a made-up owner takes its phase from them.
    void settleKinds()
    {
        const QList<RunNode> sorted = ordered();
        QHash<QString, QList<const RunNode *>> children;
        for (const RunNode &n : sorted)
            children[n.parentId].append(&n);
        for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
            RunNode &n = it.value();
            const QList<const RunNode *> kids = children.value(n.id);
            if (kids.isEmpty())
                continue;
            const bool structural = std::all_of(kids.cbegin(), kids.cend(), [](const RunNode *c) {
                return c->kind == RunNode::Kind::Iteration || c->kind == RunNode::Kind::Attempt;
            });
            // The log of a retried task is that of its latest attempt.
            if (kids.last()->kind == RunNode::Kind::Attempt && !m_pods.contains(n.id) && m_pods.contains(kids.last()->id))
                m_pods.insert(n.id, m_pods.value(kids.last()->id));
            if (n.kind == RunNode::Kind::Iteration || (n.kind == RunNode::Kind::Task && !structural))
                n.kind = RunNode::Kind::Graph;
            if (!m_madeUp.contains(n.id))
                continue;
            n.phase = aggregatePhase(n, kids);
            for (const RunNode *c : kids) {
                if (c->startedAt.isValid() && (!n.startedAt.isValid() || c->startedAt < n.startedAt))
                    n.startedAt = c->startedAt;
                if (isFinished(n.phase) && c->finishedAt > n.finishedAt)
                    n.finishedAt = c->finishedAt;
            }
        }
    }

    static TaskPhase aggregatePhase(const RunNode &owner, const QList<const RunNode *> &kids)
    {
        if (std::any_of(kids.cbegin(), kids.cend(), [](const RunNode *c) { return !isFinished(c->phase); }))
            return TaskPhase::Running;
        if (owner.kind != RunNode::Kind::Loop)
            return kids.last()->phase;
        const bool failed = std::any_of(kids.cbegin(), kids.cend(), [](const RunNode *c) {
            return c->phase == TaskPhase::Failed || c->phase == TaskPhase::Error;
        });
        return failed ? TaskPhase::Failed : TaskPhase::Succeeded;
    }

    // Parents before children; siblings by their index ("t(2)" before "t(10)"), then by id.
    QList<RunNode> ordered() const
    {
        QList<RunNode> list = m_nodes.values();
        const auto depth = [this](const RunNode &n) {
            int d = 0;
            for (QString p = n.parentId; !p.isEmpty() && d < 64; p = m_nodes.value(p).parentId)
                ++d;
            return d;
        };
        const auto index = [](const QString &id) {
            const qsizetype hash = id.lastIndexOf(u'#');
            const qsizetype paren = id.lastIndexOf(u'(');
            const qsizetype at = std::max(hash, paren);
            return at < 0 || id.lastIndexOf(u'/') > at ? -1 : id.mid(at + 1).remove(u')').toInt();
        };
        std::sort(list.begin(), list.end(), [&](const RunNode &x, const RunNode &y) {
            if (depth(x) != depth(y))
                return depth(x) < depth(y);
            if (x.parentId != y.parentId)
                return x.parentId < y.parentId;
            if (index(x.id) != index(y.id))
                return index(x.id) < index(y.id);
            return x.id < y.id;
        });
        return list;
    }

    QHash<QString, QJsonObject> m_tasks;   // task_id → task
    QStringList m_order;
    QSet<QString> m_hidden;
    QHash<QString, QString> m_ids;         // task_id → our node id
    QHash<QString, RunNode> m_nodes;       // our node id → node
    QSet<QString> m_madeUp;
    QHash<QString, QString> m_pods;
};

} // namespace

KfpTaskTree::Result KfpTaskTree::build(const QJsonArray &taskDetails, const QString &runName)
{
    return Builder(taskDetails, runName).build();
}

} // namespace ps
