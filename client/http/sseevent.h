#pragma once

#include <QByteArray>
#include <QMetaType>

namespace ps {

// One Server-Sent Event: its type ("message" unless named), its data lines joined with
// '\n', and the last event id seen when it was dispatched.
struct SseEvent {
    QByteArray type = QByteArrayLiteral("message");
    QByteArray data;
    QByteArray id;
};

} // namespace ps

Q_DECLARE_METATYPE(ps::SseEvent)
