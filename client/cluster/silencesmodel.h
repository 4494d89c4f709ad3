#pragma once

#include "alertmanagersilence.h"
#include "clustertablemodel.h"

namespace ps {

// Alertmanager's silences: active first.
class SilencesModel : public ClusterTableModel
{
    Q_OBJECT

public:
    enum Column { State, Matchers, Ends, CreatedBy, Comment };

    explicit SilencesModel(QObject *parent = nullptr);
    void setSilences(QList<AlertmanagerSilence> silences);
    const QList<AlertmanagerSilence> &silences() const { return m_silences; }

protected:
    int rows() const override { return int(m_silences.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<AlertmanagerSilence> m_silences;
};

} // namespace ps
