#include "loadedfile.h"

namespace ps {

Pipeline LoadedFile::asPipeline() const
{
    if (kind == Kind::Pipeline)
        return pipeline;
    Pipeline p;
    p.name = component.key;
    p.displayName = component.name;
    p.description = component.description;
    p.components = pipeline.components; // what the component refers to
    if (component.implementation.kind == Implementation::Kind::Graph) {
        p.parameters = component.inputs;
        p.outputs = component.outputs;
        p.root = component.implementation.graph;
        return p;
    }
    p.components.insert(component.key, component);
    Task t;
    t.name = component.key;
    t.component = component.key;
    // Every input is fed by a pipeline parameter of the same name and type.
    for (const PortSpec &in : component.inputs) {
        p.parameters.append(in);
        t.inputs.insert(in.name, Binding::pipelineParameter(in.name));
    }
    p.root.addTask(t);
    return p;
}

} // namespace ps
