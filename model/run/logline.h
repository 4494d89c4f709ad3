#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ps {

// One line a task wrote, as every log stream delivers it.
struct LogLine {
    enum class Stream { Stdout, Stderr };
    QDateTime time;
    Stream stream = Stream::Stdout;
    QString text;

    // The run directory's line format: "ISO-time<TAB>stdout|stderr<TAB>text\n".
    QByteArray toRecord() const;
    static QByteArray toRecords(const QList<LogLine> &lines);
    static std::optional<LogLine> fromRecord(QByteArrayView record);
    bool operator==(const LogLine &) const = default;
};

using LogLines = QList<LogLine>;

} // namespace ps
