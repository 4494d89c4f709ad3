#pragma once

#include "prices.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ps {

// What compute costs, for the cost estimates of tasks and runs: a price per CPU core-hour,
// per GiB-hour of memory and per GPU-hour, and a currency to show. Every field may stay
// empty (no price, no cost shown); a field that is not a number ≥ 0 is marked and OK waits.
class PricesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PricesDialog(const Prices &prices, QWidget *parent = nullptr);

    // The prices as entered; valid once accepted.
    Prices prices() const;
    QLineEdit *field(const QString &name) const;

private:
    void check();

    QLineEdit *m_cpu;
    QLineEdit *m_memory;
    QLineEdit *m_gpu;
    QLineEdit *m_currency;
    QLabel *m_problem;
};

} // namespace ps
