#pragma once

#include <QHashFunctions>
#include <QMetaType>

#include <compare>
#include <cstdint>

namespace ps {

// A task's identity inside one graph. Stable across renames and undo/redo;
// never reused while the graph lives. Names are for people, ids are for code.
struct TaskId {
    quint32 value = 0;

    constexpr bool isValid() const { return value != 0; }
    constexpr auto operator<=>(const TaskId &) const = default;
};

inline size_t qHash(TaskId id, size_t seed = 0) noexcept { return ::qHash(id.value, seed); }

} // namespace ps

Q_DECLARE_METATYPE(ps::TaskId)
