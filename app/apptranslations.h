#pragma once

#include <QObject>

namespace ps {

// Loads Qt's own and Pipeline Studio's translations (embedded at :/i18n) for the user's
// locale and installs them on the application; both executables start with it.
class AppTranslations : public QObject
{
public:
    explicit AppTranslations(QObject *app);
};

} // namespace ps
