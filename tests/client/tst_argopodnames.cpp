#include "argoworkflowmapper.h"
#include "testdata.h"
#include "testregistry.h"
#include "yamlsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Node ids and pod names as real Argo controllers wrote them (the recorded workflow statuses
// in ../shared/api/argo/status-fixtures), against what the mapper computes: the hash and the
// naming are pinned to Argo's own output, not to our implementation of it.
class ArgoPodNamesTest : public QObject
{
    Q_OBJECT

    static QJsonObject load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        ps::Diagnostics diagnostics;
        const auto docs = ps::yaml::parseDocuments(f.readAll(), path, &diagnostics);
        QJsonValue json;
        if (docs.empty() || !ps::yaml::toJson(docs.front(), &json, path, &diagnostics))
            return {};
        return json.toObject();
    }

private slots:
    void podNamesAreArgosOwn()
    {
        const QDir dir(pstest::sharedPath(u"api/argo/status-fixtures"_s));
        const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "the recorded Argo statuses are missing: is ../shared beside the project?");
        int pods = 0;
        for (const QString &file : files) {
            const QJsonObject workflow = load(dir.filePath(file));
            const QString wf = workflow[u"metadata"_s][u"name"_s].toString();
            QVERIFY2(!wf.isEmpty(), qPrintable(file));
            const QJsonObject nodes = workflow[u"status"_s][u"nodes"_s].toObject();
            for (auto it = nodes.begin(); it != nodes.end(); ++it) {
                const QJsonObject node = it.value().toObject();
                if (node[u"type"_s].toString() != u"Pod")
                    continue;
                ++pods;
                const QString id = node[u"id"_s].toString();
                const QString name = node[u"name"_s].toString();
                const QString where = file + u": "_s + name;
                // The node id Argo gave: the workflow's name and the hash of the node's name.
                QVERIFY2(id.startsWith(wf + u'-'), qPrintable(where));
                const QString recordedHash = id.mid(wf.size() + 1);
                QCOMPARE(ps::ArgoWorkflowMapper::nodeHash(name), recordedHash);
                // These controllers named pods after the node id (pod-name-format v1) ...
                QJsonObject v1 = workflow;
                QJsonObject metadata = v1[u"metadata"_s].toObject();
                metadata[u"annotations"_s] = QJsonObject{{u"workflows.argoproj.io/pod-name-format"_s, u"v1"_s}};
                v1[u"metadata"_s] = metadata;
                QCOMPARE(ps::ArgoWorkflowMapper::podName(v1, node), id);
                // ... current ones (v2) after the workflow, the template and the same hash.
                QCOMPARE(ps::ArgoWorkflowMapper::podName(workflow, node),
                         wf + u'-' + node[u"templateName"_s].toString() + u'-' + recordedHash);
            }
        }
        qInfo("%d pod nodes in %d recorded workflows", pods, int(files.size()));
        QVERIFY(pods >= files.size());
    }
};

PS_TEST(ArgoPodNamesTest)
#include "tst_argopodnames.moc"
