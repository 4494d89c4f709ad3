#include "silencesmodel.h"

#include <QLocale>

namespace ps {

SilencesModel::SilencesModel(QObject *parent)
    : ClusterTableModel({tr("State"), tr("Matchers"), tr("Ends"), tr("Created by"), tr("Comment")}, parent)
{
}

void SilencesModel::setSilences(QList<AlertmanagerSilence> silences)
{
    std::sort(silences.begin(), silences.end(), [](const AlertmanagerSilence &a, const AlertmanagerSilence &b) {
        return std::pair(a.state != u"active", a.endsAt) < std::pair(b.state != u"active", b.endsAt);
    });
    replaceRows([&] { m_silences = std::move(silences); });
}

QVariant SilencesModel::cell(int row, int column, int role) const
{
    const AlertmanagerSilence &s = m_silences.at(row);
    if (role == SortRole && column == Ends)
        return s.endsAt;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case State:
        return s.state;
    case Matchers: {
        QStringList parts;
        for (const AlertmanagerSilence::Matcher &m : s.matchers)
            parts.append(m.name + (m.isEqual ? (m.isRegex ? QStringLiteral("=~") : QStringLiteral("="))
                                             : (m.isRegex ? QStringLiteral("!~") : QStringLiteral("!=")))
                         + u'"' + m.value + u'"');
        return parts.join(QStringLiteral(", "));
    }
    case Ends:
        return QLocale().toString(s.endsAt.toLocalTime(), QLocale::ShortFormat);
    case CreatedBy:
        return s.createdBy;
    case Comment:
        return s.comment;
    default:
        return {};
    }
}

} // namespace ps
