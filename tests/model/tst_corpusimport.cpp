#include "pipelinefilereader.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace ps;
using namespace pstest;

namespace {

// The type text a corpus port should get, worked out from the raw YAML independently of
// the reader: the KFP SDK's v1 table, IR parameterType, IR artifact schema title.
QString expectedV1Type(const YAML::Node &type)
{
    if (!type.IsDefined() || type.IsNull())
        return QStringLiteral("any");
    if (!type.IsScalar())
        return QStringLiteral("named:{");
    static const QMap<QString, QString> table{
        {QStringLiteral("string"), QStringLiteral("STRING")}, {QStringLiteral("str"), QStringLiteral("STRING")},
        {QStringLiteral("text"), QStringLiteral("STRING")}, {QStringLiteral("integer"), QStringLiteral("NUMBER_INTEGER")},
        {QStringLiteral("int"), QStringLiteral("NUMBER_INTEGER")}, {QStringLiteral("float"), QStringLiteral("NUMBER_DOUBLE")},
        {QStringLiteral("double"), QStringLiteral("NUMBER_DOUBLE")}, {QStringLiteral("bool"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("boolean"), QStringLiteral("BOOLEAN")}, {QStringLiteral("jsonobject"), QStringLiteral("STRUCT")},
        {QStringLiteral("dict"), QStringLiteral("STRUCT")}, {QStringLiteral("jsonarray"), QStringLiteral("LIST")},
        {QStringLiteral("list"), QStringLiteral("LIST")}};
    const QString raw = QString::fromStdString(type.Scalar()).trimmed();
    return table.value(raw.toLower(), QStringLiteral("named:") + raw);
}

QList<std::pair<QString, QString>> expectedV1(const YAML::Node &doc, const char *key)
{
    QList<std::pair<QString, QString>> ports;
    const YAML::Node list = doc[key];
    if (list.IsDefined() && list.IsSequence()) {
        for (const auto &p : list)
            ports.append({QString::fromStdString(p["name"].as<std::string>()), expectedV1Type(p["type"])});
    }
    return ports;
}

QList<std::pair<QString, QString>> expectedIr(const YAML::Node &doc, const char *key)
{
    QList<std::pair<QString, QString>> ports;
    const YAML::Node root = doc["root"];
    if (!root.IsDefined() || !root.IsMap())
        return ports;
    const YAML::Node defs = root[key];
    if (!defs.IsDefined() || !defs.IsMap())
        return ports;
    const YAML::Node params = defs["parameters"];
    const YAML::Node artifacts = defs["artifacts"];
    for (const auto &kv : params.IsDefined() ? params : YAML::Node(YAML::NodeType::Map)) {
        QString t = QString::fromStdString(kv.second["parameterType"].as<std::string>(""));
        ports.append({QString::fromStdString(kv.first.as<std::string>()), t});
    }
    for (const auto &kv : artifacts.IsDefined() ? artifacts : YAML::Node(YAML::NodeType::Map)) {
        const YAML::Node at = kv.second["artifactType"];
        QString t = (kv.second["isArtifactList"].as<bool>(false) ? QStringLiteral("artifact-list:") : QStringLiteral("artifact:"))
                    + QString::fromStdString(at["schemaTitle"].as<std::string>(""));
        if (at["schemaVersion"].IsDefined())  // NOLINT: at is a map in every IR file
            t += QLatin1Char('@') + QString::fromStdString(at["schemaVersion"].as<std::string>());
        ports.append({QString::fromStdString(kv.first.as<std::string>()), t});
    }
    std::sort(ports.begin(), ports.end());
    return ports;
}

QList<std::pair<QString, QString>> actual(const QList<PortSpec> &ports, bool sorted)
{
    QList<std::pair<QString, QString>> result;
    for (const PortSpec &p : ports)
        result.append({p.name, p.type.toText()});
    if (sorted)
        std::sort(result.begin(), result.end());
    return result;
}

bool sameTypes(const QList<std::pair<QString, QString>> &got, const QList<std::pair<QString, QString>> &want)
{
    if (got.size() != want.size())
        return false;
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got[i].first != want[i].first)
            return false;
        // Map types are kept as their JSON text; only their prefix is predictable here.
        if (want[i].second.endsWith(u'{') ? !got[i].second.startsWith(want[i].second) : got[i].second != want[i].second)
            return false;
    }
    return true;
}

} // namespace

class CorpusImportTest : public QObject
{
    Q_OBJECT

private slots:
    void componentCorpora()
    {
        QStringList files;
        for (const char *folder : {"corpus/kfp-components-v1", "corpus/kfp-components-v1-extra", "corpus/kfp-ir-components"})
            files += filesUnder(sharedPath(QString::fromLatin1(folder)));
        QVERIFY2(files.size() > 50, "the corpora are missing: is ../shared beside the project?");
        int imported = 0;
        QStringList failures;
        for (const QString &path : std::as_const(files)) {
            const LoadedFile f = PipelineFileReader::readFile(path);
            const QString rel = QDir(sharedPath({})).relativeFilePath(path);
            if (!f.ok() || (f.kind != LoadedFile::Kind::Component && f.format != FileFormat::KfpComponentIr)) {
                failures.append(rel + QStringLiteral(": ")
                                + (f.diagnostics.isEmpty() ? QStringLiteral("read as a pipeline") : f.diagnostics.front().toString()));
                continue;
            }
            const YAML::Node doc = YAML::LoadFile(path.toStdString());
            bool right = false;
            if (f.format == FileFormat::KfpComponentV1) {
                right = sameTypes(actual(f.component.inputs, false), expectedV1(doc, "inputs"))
                        && sameTypes(actual(f.component.outputs, false), expectedV1(doc, "outputs"));
            } else {
                right = sameTypes(actual(f.component.inputs, true), expectedIr(doc, "inputDefinitions"))
                        && sameTypes(actual(f.component.outputs, true), expectedIr(doc, "outputDefinitions"));
            }
            if (right)
                ++imported;
            else
                failures.append(rel + QStringLiteral(": input/output names or types differ from the file"));
        }
        qInfo("component corpora: %d of %d imported with the right input and output names and types",
              imported, int(files.size()));
        for (const QString &f : std::as_const(failures))
            qInfo("  not imported: %s", qPrintable(f));
        QVERIFY2(imported * 100 >= int(files.size()) * 95, "fewer than 95% of the component corpus imported");
    }
};

PS_TEST(CorpusImportTest)
#include "tst_corpusimport.moc"
