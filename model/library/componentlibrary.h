#pragma once

#include "componentspec.h"
#include "diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ps {

// The components a palette offers: every component file (any supported component format)
// found in the given folders, the bundled library (":/components") among them.
class ComponentLibrary
{
public:
    struct Entry {
        ComponentSpec component;
        QString path;
    };

    void addFolder(const QString &folder);
    // Adds one file; returns false (with diagnostics) when it holds no readable component.
    bool addFile(const QString &path);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &key) const;
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    QStringList categories() const;

private:
    QList<Entry> m_entries;
    Diagnostics m_diagnostics;
};

} // namespace ps
