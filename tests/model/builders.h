#pragma once

#include "pipeline.h"

// Small pipelines for tests, built in code so each test says exactly what it holds.
namespace pstest {

inline ps::PortSpec port(const QString &name, ps::TypeSpec type = {}, bool artifact = false)
{
    ps::PortSpec p;
    p.name = name;
    p.type = type;
    p.artifact = artifact;
    return p;
}

inline ps::TypeSpec str() { return ps::TypeSpec(ps::TypeSpec::Kind::String); }
inline ps::TypeSpec integer() { return ps::TypeSpec(ps::TypeSpec::Kind::Integer); }

// A component "step" with input `in` (string, required) and output `out` (string).
inline ps::ComponentSpec stepComponent(const QString &key = QStringLiteral("step"))
{
    ps::ComponentSpec c;
    c.key = key;
    c.name = key;
    c.inputs.append(port(QStringLiteral("in"), str()));
    c.outputs.append(port(QStringLiteral("out"), str()));
    c.implementation.kind = ps::Implementation::Kind::Container;
    c.implementation.image = QStringLiteral("busybox");
    c.implementation.command = {ps::CommandArg::literal(QStringLiteral("echo")),
                                ps::CommandArg::placeholder(ps::CommandArg::Kind::InputValue, QStringLiteral("in"))};
    return c;
}

inline ps::Task task(const QString &name, const QString &component = QStringLiteral("step"))
{
    ps::Task t;
    t.name = name;
    t.component = component;
    return t;
}

// a → b → c, each fed by the previous one's output; a takes pipeline parameter `msg`.
inline ps::Pipeline chainOfThree()
{
    ps::Pipeline p;
    p.name = QStringLiteral("chain");
    p.parameters.append(port(QStringLiteral("msg"), str()));
    p.components.insert(QStringLiteral("step"), stepComponent());
    ps::Task a = task(QStringLiteral("a"));
    a.inputs.insert(QStringLiteral("in"), ps::Binding::pipelineParameter(QStringLiteral("msg")));
    const ps::TaskId ida = p.root.addTask(a);
    ps::Task b = task(QStringLiteral("b"));
    b.inputs.insert(QStringLiteral("in"), ps::Binding::taskOutput(ida, QStringLiteral("out")));
    const ps::TaskId idb = p.root.addTask(b);
    ps::Task c = task(QStringLiteral("c"));
    c.inputs.insert(QStringLiteral("in"), ps::Binding::taskOutput(idb, QStringLiteral("out")));
    p.root.addTask(c);
    return p;
}

inline ps::TaskId idOf(const ps::Pipeline &p, const QString &name)
{
    const ps::Task *t = p.root.taskByName(name);
    return t ? t->id : ps::TaskId{};
}

} // namespace pstest
