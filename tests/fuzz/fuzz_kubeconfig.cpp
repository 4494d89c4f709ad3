// A kubeconfig file (YAML), merged and resolved as `pstudio submit --context` and the
// cluster connections do.
#include "fuzzinput.h"
#include "kubeconfig.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(psfuzz::bytes(data, size));
    file.close();
    const ps::KubeConfig config = ps::KubeConfig::load({path});
    for (const QString &name : config.contextNames())
        (void)config.context(name);
    (void)config.context();
    return 0;
}
