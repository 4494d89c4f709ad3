#pragma once

#include "graph.h"

#include <QList>
#include <QStringList>

namespace ps::graphalgorithms {

// Tasks in an order where every task comes after all it waits for. Tasks on a cycle
// (and those downstream of one) are left out; `cyclic` receives the tasks on cycles.
QList<TaskId> topologicalOrder(const Graph &graph, QList<TaskId> *cyclic = nullptr);

// Each cycle once, as the tasks along it in dependency order.
QList<QList<TaskId>> cycles(const Graph &graph);

// The names of the tasks that wait for each other in a cycle, sorted; empty when none do.
QStringList cyclicTaskNames(const Graph &graph);

// Whether `target` is `from` or something `from` waits for, directly or not.
bool dependsOn(const Graph &graph, TaskId from, TaskId target);

} // namespace ps::graphalgorithms
