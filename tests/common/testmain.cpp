// The runner's main: `runner CLASS [Qt Test options]` runs one registered class,
// `runner` alone runs them all, `runner --list` names them.
#include "testregistry.h"

#include <QApplication>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <vector>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("PipelineStudioTests"));
    auto &tests = pstest::registry();
    if (argc > 1 && std::strcmp(argv[1], "--list") == 0) {
        for (const auto &[name, factory] : tests)
            std::printf("%s\n", name.c_str());
        return 0;
    }
    if (argc > 1 && argv[1][0] != '-') {
        const auto it = tests.find(argv[1]);
        if (it == tests.end()) {
            std::fprintf(stderr, "no test class %s (see --list)\n", argv[1]);
            return 2;
        }
        std::vector<char *> args{argv[0]};
        for (int i = 2; i < argc; ++i)
            args.push_back(argv[i]);
        auto test = it->second();
        return QTest::qExec(test.get(), int(args.size()), args.data());
    }
    int failed = 0;
    for (const auto &[name, factory] : tests) {
        auto test = factory();
        failed += QTest::qExec(test.get(), argc, argv) != 0;
    }
    return failed == 0 ? 0 : 1;
}
