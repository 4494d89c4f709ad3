#include "pricesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps {

namespace {

// A price typed in the user's locale or with a dot; empty for none.
std::optional<double> priceOf(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(t, ok);
    if (!*ok)
        v = t.toDouble(ok);
    *ok = *ok && v >= 0;
    return *ok ? std::optional<double>(v) : std::nullopt;
}

QString textOf(const std::optional<double> &price) { return price ? QLocale().toString(*price, 'g', 10) : QString(); }

} // namespace

PricesDialog::PricesDialog(const Prices &prices, QWidget *parent)
    : QDialog(parent)
    , m_cpu(new QLineEdit(textOf(prices.cpuHour), this))
    , m_memory(new QLineEdit(textOf(prices.gibHour), this))
    , m_gpu(new QLineEdit(textOf(prices.gpuHour), this))
    , m_currency(new QLineEdit(prices.currency, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Prices"));
    m_cpu->setObjectName(QStringLiteral("cpuHour"));
    m_memory->setObjectName(QStringLiteral("gibHour"));
    m_gpu->setObjectName(QStringLiteral("gpuHour"));
    m_currency->setObjectName(QStringLiteral("currency"));
    for (QLineEdit *e : {m_cpu, m_memory, m_gpu})
        e->setPlaceholderText(tr("no price"));
    m_currency->setPlaceholderText(tr("e.g. EUR or $"));
    auto *intro = new QLabel(tr("With prices set, tasks and runs show what they cost: from what they requested, and from "
                                "what they used. Leave a field empty to leave that resource out."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Per CPU core-hour:"), m_cpu);
    form->addRow(tr("Per GiB of memory per hour:"), m_memory);
    form->addRow(tr("Per GPU-hour:"), m_gpu);
    form->addRow(tr("Currency:"), m_currency);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (QLineEdit *e : {m_cpu, m_memory, m_gpu})
        connect(e, &QLineEdit::textChanged, this, [this, buttons] {
            check();
            buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
        });
    check();
}

QLineEdit *PricesDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

void PricesDialog::check()
{
    QStringList bad;
    for (QLineEdit *e : {m_cpu, m_memory, m_gpu}) {
        bool ok = true;
        priceOf(e->text(), &ok);
        e->setStyleSheet(ok ? QString() : QStringLiteral("border: 1px solid #c62828"));
        if (!ok)
            bad << e->text();
    }
    m_problem->setText(bad.isEmpty() ? QString() : tr("A price is a number of 0 or more: '%1' is not.").arg(bad.first()));
}

Prices PricesDialog::prices() const
{
    Prices p;
    bool ok = true;
    p.cpuHour = priceOf(m_cpu->text(), &ok);
    p.gibHour = priceOf(m_memory->text(), &ok);
    p.gpuHour = priceOf(m_gpu->text(), &ok);
    p.currency = m_currency->text().trimmed();
    return p;
}

} // namespace ps
