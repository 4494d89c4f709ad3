#pragma once

class QTableView;

namespace ps {

// The look of the run docks' tables: whole rows selected one at a time, read-only, compact
// rows without numbers, no wrapping, the last column stretched.
void setUpRowTable(QTableView *table);

} // namespace ps
