#pragma once

#include "pipeline.h"
#include "runrequest.h"

#include <QDialog>
#include <QList>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace ps {

class RunBackend;
class ValidatedLineEdit;

// Asks how to run a pipeline: where (the backends offered), under which name, with which
// parameter values (typed fields filled with the defaults, or a cloned run's values), with
// or without cached results, in which experiment where the backend groups runs in them
// (Kubeflow: an existing one or a new name). When the chosen backend wants the user to confirm what will
// run (a pipeline never run on this machine), the commands are shown and must be accepted.
// When the pipeline has a schedule and the backend keeps schedules (Argo, Kubeflow), asks
// whether to run it once or to create the schedule (a CronWorkflow or a recurring run).
class RunDialog : public QDialog
{
    Q_OBJECT
public:
    RunDialog(const Pipeline &pipeline, const QList<RunBackend *> &backends, QWidget *parent = nullptr);

    // Values to start from instead of the defaults (a clone).
    void setParameters(const QMap<QString, QString> &values);
    void setBackend(RunBackend *backend);
    void setRunName(const QString &name);

    RunBackend *backend() const;
    RunRequest request() const;
    // The user ticked "I trust these commands" for a backend that asked for it.
    bool confirmedCommands() const;
    // The user chose to create the pipeline's schedule on the backend instead of one run.
    bool createsSchedule() const;
    // Why Run is disabled, or "" when it is enabled.
    QString problem() const;
    ValidatedLineEdit *parameterField(const QString &name) const { return m_fields.value(name); }
    QCheckBox *booleanField(const QString &name) const { return m_booleans.value(name); }
    QCheckBox *trustBox() const { return m_trust; }
    QCheckBox *cachingBox() const { return m_caching; }
    QComboBox *experimentBox() const { return m_experiment; }
    QRadioButton *runOnceButton() const { return m_once; }
    QRadioButton *scheduleButton() const { return m_schedule; }

private:
    QWidget *buildParameters();
    QWidget *buildConfirmation();
    QWidget *buildWhen();
    void updateWhen();
    void backendChanged();
    void validate();
    QString fieldProblem(const PortSpec &port) const;

    Pipeline m_pipeline;
    QList<RunBackend *> m_backends;
    QComboBox *m_target;
    QLineEdit *m_name;
    QComboBox *m_experiment;
    QCheckBox *m_caching;
    QWidget *m_when = nullptr;
    QRadioButton *m_once = nullptr;
    QRadioButton *m_schedule = nullptr;
    QMap<QString, ValidatedLineEdit *> m_fields;
    QMap<QString, QCheckBox *> m_booleans;
    QGroupBox *m_confirmation = nullptr;
    QPlainTextEdit *m_commands = nullptr;
    QCheckBox *m_trust = nullptr;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form = nullptr;
    QString m_problem;
};

} // namespace ps
