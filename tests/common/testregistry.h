#pragma once

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace pstest {

using Factory = std::function<std::unique_ptr<QObject>()>;

inline std::map<std::string, Factory> &registry()
{
    static std::map<std::string, Factory> tests;
    return tests;
}

struct Registrar {
    Registrar(const char *name, Factory factory) { registry()[name] = std::move(factory); }
};

} // namespace pstest

// Registers a QObject test class with its runner; ctest calls it by this name.
#define PS_TEST(Class) \
    static const pstest::Registrar psRegistrar##Class(#Class, [] { return std::make_unique<Class>(); });
