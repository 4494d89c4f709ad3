#pragma once

#include <QString>

#include <optional>

namespace ps {

// Phases with Argo's names, so every backend reports the same words.
enum class RunPhase { Pending, Running, Succeeded, Failed, Error };
enum class TaskPhase { Pending, Running, Succeeded, Failed, Error, Skipped, Omitted, Cached };

QString toString(RunPhase phase);
QString toString(TaskPhase phase);
std::optional<RunPhase> runPhaseFromString(const QString &text);
std::optional<TaskPhase> taskPhaseFromString(const QString &text);

// Whether nothing more will happen to a run or task in that phase.
bool isFinished(RunPhase phase);
bool isFinished(TaskPhase phase);
// Succeeded, Skipped and Cached: what lets a dependent go ahead.
bool isSuccessful(TaskPhase phase);

} // namespace ps
