#include "runcomparisonview.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ps {

RunComparisonView::RunComparisonView(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_structure(new QListWidget(this)), m_only(new QCheckBox(tr("Only differences"), this)),
      m_summary(new QLabel(this))
{
    using S = ComparisonTableModel::Section;
    const QList<std::pair<S, QString>> sections{{S::Parameters, tr("Parameters")},
                                                {S::Metrics, tr("Metrics")},
                                                {S::Tasks, tr("Tasks")},
                                                {S::Usage, tr("Usage and Cost")}};
    for (const auto &[section, title] : sections) {
        auto *model = new ComparisonTableModel(section, this);
        auto *view = new QTableView(this);
        view->setModel(model);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
        m_models.append(model);
        m_tabs->addTab(view, title);
    }
    m_tabs->addTab(m_structure, tr("Pipeline Changes"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_only);
    layout->addWidget(m_tabs, 1);
    connect(m_only, &QCheckBox::toggled, this, [this](bool only) {
        for (ComparisonTableModel *m : std::as_const(m_models))
            m->setOnlyDifferences(only);
    });
}

ComparisonTableModel *RunComparisonView::table(ComparisonTableModel::Section section) const
{
    return m_models.value(int(section));
}

void RunComparisonView::setComparison(const RunComparison &comparison, const QStringList &runTitles, const Prices &prices,
                                      const QStringList &errors)
{
    for (ComparisonTableModel *m : std::as_const(m_models)) {
        m->setComparison(comparison, runTitles, prices);
        m->setOnlyDifferences(m_only->isChecked());
    }
    for (int i = 0; i < m_tabs->count() - 1; ++i)
        if (auto *view = qobject_cast<QTableView *>(m_tabs->widget(i)))
            view->resizeColumnsToContents();
    m_structure->clear();
    bool changed = false;
    for (qsizetype i = 1; i < comparison.structure.size(); ++i) {
        const QStringList lines = comparison.structure[i].describe();
        if (lines.isEmpty())
            continue;
        changed = true;
        m_structure->addItem(tr("%1 against %2:").arg(runTitles.value(i), runTitles.value(0)));
        for (const QString &line : lines)
            m_structure->addItem(QStringLiteral("    ") + line);
    }
    if (!changed)
        m_structure->addItem(tr("The runs ran the same pipeline (or its versions are not known)."));
    int differing = 0;
    for (const RunComparison::ParameterRow &p : comparison.parameters)
        differing += p.differs ? 1 : 0;
    QString summary = tr("%n run(s) compared.", nullptr, int(runTitles.size())) + u' '
                      + tr("%n parameter(s) differ.", nullptr, differing);
    if (!errors.isEmpty())
        summary += u'\n' + errors.join(u'\n');
    m_summary->setText(summary);
}

} // namespace ps
