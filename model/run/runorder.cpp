#include "runorder.h"

#include <algorithm>

namespace ps {

void sortNewestFirst(QList<RunSnapshot> &runs)
{
    std::sort(runs.begin(), runs.end(), [](const RunSnapshot &a, const RunSnapshot &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
}

} // namespace ps
