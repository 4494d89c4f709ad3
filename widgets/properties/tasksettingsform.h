#pragma once

#include "resourcesuggestion.h"
#include "tasksettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ps {

class KeyValueTable;
class ValidatedLineEdit;
struct Pipeline;

// The per-task settings: env, secret env, resources, retries, timeout, caching, volumes,
// node selector, condition and loop. Each change the user makes is offered as a whole new
// TaskSettings (one undo step); a value the rules refuse is marked at its field instead.
class TaskSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit TaskSettingsForm(QWidget *parent = nullptr);

    void setSettings(const Pipeline &pipeline, const QString &graphKey, const TaskSettings &settings);
    // The document took an edit of ours: the fields already show it.
    void acceptSettings(const TaskSettings &settings) { m_settings = settings; }
    ValidatedLineEdit *field(const QString &name) const;
    // Requests and limits suggested from past runs, shown beside the fields; "Apply
    // Suggestions" writes them in as one undo step. Nothing: no hints.
    void setSuggestion(const std::optional<ResourceSuggestion> &suggestion);
    QLabel *suggestionLabel(const QString &field) const;
    QPushButton *applySuggestionsButton() const { return m_applySuggestions; }

signals:
    void settingsEdited(const ps::TaskSettings &settings, const QString &what);

private:
    ValidatedLineEdit *addLine(QFormLayout *form, const QString &name, const QString &label, bool withSuggestion = false);
    void showSuggestion();
    void commitResources();
    void commitLoop();
    void commitCondition(const QString &text);

    const Pipeline *m_pipeline = nullptr;
    QString m_graphKey;
    TaskSettings m_settings;
    KeyValueTable *m_env;
    KeyValueTable *m_secretEnv;
    KeyValueTable *m_volumes;
    KeyValueTable *m_nodeSelector;
    QSpinBox *m_retries;
    QSpinBox *m_timeout;
    QCheckBox *m_caching;
    QComboBox *m_loopKind;
    QSpinBox *m_parallelism;
    QPushButton *m_applySuggestions;
    QLabel *m_suggestionBasis;
    std::optional<ResourceSuggestion> m_suggestion;
    bool m_loading = false;
};

} // namespace ps
