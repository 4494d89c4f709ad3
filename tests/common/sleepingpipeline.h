#pragma once

#include "pipelinefilereader.h"

namespace pstest {

// An Argo workflow of one task that sleeps a minute: a run that stays Running while a test
// acts on it (on the fake servers, its status is what the test sets).
inline ps::Pipeline sleepingPipeline()
{
    return ps::PipelineFileReader::readBytes(R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: train-}
spec:
  entrypoint: train
  templates:
  - name: train
    container: {image: "alpine:3.19", command: [sleep, "60"]}
)", QStringLiteral("train.yaml")).asPipeline();
}

} // namespace pstest
