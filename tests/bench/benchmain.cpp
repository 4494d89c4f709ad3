// Benchmarks of the model layer. Each line: {"bench","metric","value","unit","baseline","ratio"}.
// The baseline is measured in the same run: parsing the same bytes with yaml-cpp alone.
#include "benchtiming.h"
#include "argowriter.h"
#include "graphlayout.h"
#include "kfpirwriter.h"
#include "nativewriter.h"
#include "pipelinefilereader.h"
#include "validator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <vector>

void runPrometheusBenchmarks(); // prometheusbench.cpp

namespace {

ps::Pipeline chain(int tasks)
{
    ps::Pipeline p;
    p.name = QStringLiteral("bench");
    ps::ComponentSpec c;
    c.key = QStringLiteral("step");
    c.inputs.append({QStringLiteral("in"), ps::TypeSpec(ps::TypeSpec::Kind::String), false, true});
    c.outputs.append({QStringLiteral("out"), ps::TypeSpec(ps::TypeSpec::Kind::String)});
    c.implementation.image = QStringLiteral("busybox");
    c.implementation.command = {ps::CommandArg::literal(QStringLiteral("echo")),
                                ps::CommandArg::placeholder(ps::CommandArg::Kind::InputValue, QStringLiteral("in"))};
    p.components.insert(c.key, c);
    ps::TaskId previous;
    for (int i = 0; i < tasks; ++i) {
        ps::Task t;
        t.name = QStringLiteral("task-%1").arg(i);
        t.component = c.key;
        t.position = QPointF((i % 50) * 240.0, (i / 50) * 120.0);
        if (previous.isValid() && i % 7 != 0)
            t.inputs.insert(QStringLiteral("in"), ps::Binding::taskOutput(previous, QStringLiteral("out")));
        previous = p.root.addTask(t);
    }
    return p;
}


void report(const char *bench, const char *metric, double value, double baseline)
{
    const QJsonObject o{{QStringLiteral("bench"), QLatin1String(bench)}, {QStringLiteral("metric"), QLatin1String(metric)},
                        {QStringLiteral("value"), value}, {QStringLiteral("unit"), QStringLiteral("ms")},
                        {QStringLiteral("baseline"), baseline}, {QStringLiteral("ratio"), baseline > 0 ? value / baseline : 0}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

} // namespace

int main()
{
    for (int n : {2000, 5000}) {
        const ps::Pipeline p = chain(n);
        QByteArray bytes;
        const double write = medianMs([&] { bytes = ps::NativeWriter::write(p); });
        const double parseOnly = medianMs([&] { YAML::Load(bytes.toStdString()); });
        const double read = medianMs([&] { ps::PipelineFileReader::readBytes(bytes, QStringLiteral("bench.yaml")); });
        const QByteArray metric = QByteArray("native-") + QByteArray::number(n) + "-tasks";
        report(metric.constData(), "write", write, parseOnly);
        report(metric.constData(), "read", read, parseOnly);

        // Argo: our export and import against a plain yaml-cpp parse and emit of the same file.
        QByteArray argo;
        const double argoWrite = medianMs([&] { argo = ps::ArgoWriter::write(p, ps::ArgoWriter::Kind::Workflow).yaml; });
        const double argoParse = medianMs([&] { YAML::Load(argo.toStdString()); });
        const double argoEmit = medianMs([&] {
            YAML::Emitter e;
            e << YAML::Load(argo.toStdString());
        });
        const double argoRead = medianMs([&] { ps::PipelineFileReader::readBytes(argo, QStringLiteral("bench-argo.yaml")); });
        const QByteArray argoMetric = QByteArray("argo-") + QByteArray::number(n) + "-tasks";
        report(argoMetric.constData(), "export", argoWrite, argoEmit);
        report(argoMetric.constData(), "import", argoRead, argoParse);

        QByteArray ir;
        const double irWrite = medianMs([&] { ir = ps::KfpIrWriter::write(p).yaml; });
        const double irParse = medianMs([&] { YAML::Load(ir.toStdString()); });
        const double irRead = medianMs([&] { ps::PipelineFileReader::readBytes(ir, QStringLiteral("bench-ir.yaml")); });
        const QByteArray irMetric = QByteArray("kfp-ir-") + QByteArray::number(n) + "-tasks";
        report(irMetric.constData(), "export", irWrite, irParse);
        report(irMetric.constData(), "import", irRead, irParse);

        // Validation runs on every edit in the editor (budget: 50 ms at 5,000 tasks); the
        // baseline copies the pipeline once, the least any pass over it costs.
        const double validate = medianMs([&] { ps::Validator::validate(p); });
        const double copy = medianMs([&] {
            ps::Pipeline q = p;
            q.root.task(q.root.tasks().front().id)->name += u'x';
        });
        const QByteArray validationMetric = QByteArray("validation-") + QByteArray::number(n) + "-tasks";
        report(validationMetric.constData(), "validate", validate, copy);

        // Auto-layout with Graphviz dot (budget: 3 s at 5,000 tasks, off the GUI thread), against
        // laying out 20 tasks.
        const ps::GraphLayout::Input input = ps::GraphLayout::inputFor(p, QString());
        const double layout = medianMs([&] { ps::GraphLayout::run(input); }, 1);
        const ps::Pipeline small = chain(20);
        const double smallLayout = medianMs([&] { ps::GraphLayout::run(ps::GraphLayout::inputFor(small, QString())); });
        const QByteArray layoutMetric = QByteArray("layout-") + QByteArray::number(n) + "-tasks";
        report(layoutMetric.constData(), "auto-layout", layout, smallLayout);
    }
    runPrometheusBenchmarks();
    return 0;
}
