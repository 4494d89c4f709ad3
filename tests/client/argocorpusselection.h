#pragma once

// Which Argo example workflows the local engine is held to: Workflows without the label
// `workflows.argoproj.io/no-test` whose images are busybox, alpine, python, debian or ubuntu
// and that need nothing from a cluster. Decided by reading each file, never from a list.
#include <yaml-cpp/yaml.h>

#include <QFile>
#include <QString>
#include <QStringList>

namespace pstest {

struct ArgoCorpusChoice {
    bool selected = false;
    QString reason;  // why not, when not selected
};

inline void collectImages(const YAML::Node &n, QStringList *images)
{
    if (n.IsMap()) {
        for (const auto &kv : n) {
            if (kv.first.as<std::string>() == "image" && kv.second.IsScalar())
                images->append(QString::fromStdString(kv.second.as<std::string>()));
            else
                collectImages(kv.second, images);
        }
    } else if (n.IsSequence()) {
        for (const auto &item : n)
            collectImages(item, images);
    }
}

inline bool hasKey(const YAML::Node &n, const QStringList &keys)
{
    if (n.IsMap()) {
        for (const auto &kv : n) {
            if (keys.contains(QString::fromStdString(kv.first.as<std::string>())) || hasKey(kv.second, keys))
                return true;
        }
    } else if (n.IsSequence()) {
        for (const auto &item : n)
            if (hasKey(item, keys))
                return true;
    }
    return false;
}

inline ArgoCorpusChoice chooseArgoExample(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {false, QStringLiteral("unreadable")};
    const QByteArray text = f.readAll();
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception &) {
        return {false, QStringLiteral("not YAML")};
    }
    if (docs.size() != 1 || !docs[0].IsMap() || !docs[0]["kind"] || docs[0]["kind"].as<std::string>() != "Workflow")
        return {false, QStringLiteral("not a single Workflow")};
    const YAML::Node wf = docs[0];
    const YAML::Node labels = wf["metadata"]["labels"];
    if (labels && labels.IsMap() && labels["workflows.argoproj.io/no-test"])
        return {false, QStringLiteral("labelled no-test")};
    const YAML::Node spec = wf["spec"];
    if (!spec || !spec.IsMap())
        return {false, QStringLiteral("no spec")};
    if (spec["workflowTemplateRef"] || hasKey(spec, {QStringLiteral("templateRef")}))
        return {false, QStringLiteral("uses templates stored in the cluster")};
    if (hasKey(spec, {QStringLiteral("configMapKeyRef"), QStringLiteral("configMap")}))
        return {false, QStringLiteral("reads a ConfigMap")};
    if (hasKey(spec, {QStringLiteral("resource"), QStringLiteral("http"), QStringLiteral("plugin"), QStringLiteral("daemon"),
                      QStringLiteral("containerSet")}))
        return {false, QStringLiteral("has a resource, http, plugin, daemon or container-set template")};
    if (hasKey(spec, {QStringLiteral("s3"), QStringLiteral("gcs"), QStringLiteral("oss"), QStringLiteral("azure"),
                      QStringLiteral("hdfs"), QStringLiteral("artifactory"), QStringLiteral("git"), QStringLiteral("artifactRepositoryRef"),
                      QStringLiteral("artifactGC")})
        || text.contains("http:\n") || text.contains("url:"))
        return {false, QStringLiteral("uses an external artifact repository")};
    QStringList images;
    collectImages(spec, &images);
    static const QStringList allowed{QStringLiteral("busybox"), QStringLiteral("alpine"), QStringLiteral("python"),
                                     QStringLiteral("debian"), QStringLiteral("ubuntu")};
    for (const QString &image : std::as_const(images)) {
        const QString base = image.section(u'/', -1).section(u':', 0, 0).section(u'@', 0, 0);
        if (!allowed.contains(base) || image.count(u'/') > 1 || (image.contains(u'/') && !image.startsWith(QStringLiteral("library/"))))
            return {false, QStringLiteral("image %1").arg(image)};
    }
    if (images.isEmpty())
        return {false, QStringLiteral("runs no image")};
    return {true, {}};
}

} // namespace pstest
