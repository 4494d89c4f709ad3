#pragma once

#include <QLabel>

namespace ps {

// A bold section title inside a properties form.
inline QLabel *formHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace ps
