#pragma once

// Generated pipelines shared by the benchmarks.
#include "pipeline.h"

#include <QRandomGenerator>

#include <cmath>
#include <vector>

namespace psbench {

// Layers of about sqrt(n) tasks; every task past the first layer reads two outputs of the
// layer before it, so there are about two edges per task.
inline ps::Pipeline layeredDag(int n)
{
    ps::Pipeline p;
    p.name = QStringLiteral("bench");
    ps::ComponentSpec c;
    c.key = QStringLiteral("step");
    c.name = QStringLiteral("Step");
    const ps::TypeSpec text(ps::TypeSpec::Kind::String);
    c.inputs = {{QStringLiteral("a"), text, false, true}, {QStringLiteral("b"), text, false, true}};
    c.outputs = {{QStringLiteral("out"), text}};
    c.implementation.image = QStringLiteral("busybox");
    p.components.insert(c.key, c);
    const int width = std::max(1, int(std::sqrt(double(n))));
    QRandomGenerator random(42);
    std::vector<ps::TaskId> previous, current;
    for (int i = 0; i < n; ++i) {
        const int layer = i / width;
        const int row = i % width;
        if (row == 0) {
            previous = current;
            current.clear();
        }
        ps::Task t;
        t.name = QStringLiteral("task-%1").arg(i);
        t.component = c.key;
        t.position = QPointF(layer * 300.0, row * 120.0);
        if (!previous.empty()) {
            for (const char *input : {"a", "b"}) {
                const ps::TaskId from = previous[random.bounded(int(previous.size()))];
                t.inputs.insert(QString::fromLatin1(input), ps::Binding::taskOutput(from, QStringLiteral("out")));
            }
        }
        current.push_back(p.root.addTask(t));
    }
    return p;
}

} // namespace psbench
