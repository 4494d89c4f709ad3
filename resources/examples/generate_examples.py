#!/usr/bin/env python3
"""Builds the bundled example pipelines from the bundled component library.

The examples embed their components (a pipeline file stands alone), so they are generated
rather than hand-copied: edit a component under ../components, run this script, then
`pstudio format` on each output (the test suite checks the examples are canonical and
embed the library's current components).

usage: generate_examples.py PSTUDIO   (path of the built pstudio executable)
"""
import pathlib
import subprocess
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
COMPONENTS = HERE.parent / "components"

MODELS_VOLUME = [{"name": "models", "mountPath": "/mnt/models", "source": "persistentVolumeClaim",
                  "reference": "models"}]


def component(key):
    for path in COMPONENTS.rglob("*.yaml"):
        doc = yaml.safe_load(path.read_text())
        if doc.get("key") == key:
            return {k: v for k, v in doc.items() if k not in ("format", "schemaVersion", "kind", "key")}
    raise SystemExit(f"no component {key}")


def pipeline(name, description, parameters, tasks, schedule=None):
    keys = sorted({t["component"] for t in tasks})
    doc = {"format": "pipeline-studio", "schemaVersion": 1, "kind": "pipeline", "name": name,
           "description": description, "parameters": parameters, "tasks": tasks,
           "components": {k: component(k) for k in keys}}
    if schedule:
        doc["schedule"] = schedule
    return doc


def out(task, port):
    return {"task": task, "output": port}


def param(name):
    return {"parameter": name}


EXAMPLES = {
    "iris-two-models": pipeline(
        "iris-two-models",
        "Loads the bundled Iris data, trains a decision tree and a logistic regression on the\n"
        "same split, scores both and shows which is better.\n",
        [{"name": "test_size", "type": "NUMBER_DOUBLE", "default": 0.3},
         {"name": "seed", "type": "NUMBER_INTEGER", "default": 42}],
        [
            {"name": "load-data", "component": "load-iris", "position": [0.0, 160.0],
             "inputs": {"test_size": param("test_size"), "seed": param("seed")}},
            {"name": "train-tree", "component": "train-classifier", "position": [280.0, 40.0],
             "inputs": {"train": out("load-data", "train"), "algorithm": {"value": "decision-tree"},
                        "seed": param("seed")}},
            {"name": "train-logreg", "component": "train-classifier", "position": [280.0, 280.0],
             "inputs": {"train": out("load-data", "train"), "algorithm": {"value": "logistic-regression"},
                        "seed": param("seed")}},
            {"name": "score-tree", "component": "evaluate-classifier", "position": [560.0, 40.0],
             "inputs": {"model": out("train-tree", "model"), "test": out("load-data", "test")}},
            {"name": "score-logreg", "component": "evaluate-classifier", "position": [560.0, 280.0],
             "inputs": {"model": out("train-logreg", "model"), "test": out("load-data", "test")}},
            {"name": "show-results", "component": "show-results", "position": [840.0, 160.0],
             "inputs": {"first_name": {"value": "decision tree"},
                        "first_accuracy": out("score-tree", "accuracy"),
                        "second_name": {"value": "logistic regression"},
                        "second_accuracy": out("score-logreg", "accuracy")}},
        ]),
    "iris-random-forest-gate": pipeline(
        "iris-random-forest-gate",
        "Trains a random forest on the bundled Iris data and deploys the model file only\n"
        "when its test accuracy is above the baseline parameter; otherwise says why not.\n",
        [{"name": "baseline", "type": "NUMBER_DOUBLE", "default": 0.9,
          "description": "accuracy the model must beat to be deployed"},
         {"name": "seed", "type": "NUMBER_INTEGER", "default": 42}],
        [
            {"name": "preprocess", "component": "load-iris", "position": [0.0, 120.0],
             "inputs": {"seed": param("seed")}},
            {"name": "train", "component": "train-classifier", "position": [280.0, 120.0],
             "inputs": {"train": out("preprocess", "train"), "algorithm": {"value": "random-forest"},
                        "seed": param("seed")}},
            {"name": "test", "component": "evaluate-classifier", "position": [560.0, 120.0],
             "inputs": {"model": out("train", "model"), "test": out("preprocess", "test")}},
            {"name": "deploy", "component": "deploy-model", "position": [840.0, 0.0],
             "inputs": {"model": out("train", "model"), "score": out("test", "accuracy"),
                        "model_name": {"value": "iris-random-forest"}},
             "volumes": MODELS_VOLUME,
             "condition": {"dialect": "argo",
                           "text": "{{tasks.test.outputs.parameters.accuracy}} > {{workflow.parameters.baseline}}"}},
            {"name": "not-deployed", "component": "report-not-deployed", "position": [840.0, 240.0],
             "inputs": {"score": out("test", "accuracy"), "baseline": param("baseline")},
             "condition": {"dialect": "argo",
                           "text": "{{tasks.test.outputs.parameters.accuracy}} <= {{workflow.parameters.baseline}}"}},
        ]),
    "diabetes-regression": pipeline(
        "diabetes-regression",
        "Regression on scikit-learn's bundled diabetes data: scale, fit an SGDRegressor,\n"
        "measure the mean squared error on held-out rows, and deploy the model file.\n",
        [{"name": "max_iter", "type": "NUMBER_INTEGER", "default": 1000},
         {"name": "seed", "type": "NUMBER_INTEGER", "default": 42}],
        [
            {"name": "preprocess", "component": "load-diabetes", "position": [0.0, 80.0],
             "inputs": {"seed": param("seed")}},
            {"name": "train", "component": "train-sgd-regressor", "position": [280.0, 80.0],
             "inputs": {"train": out("preprocess", "train"), "max_iter": param("max_iter"),
                        "seed": param("seed")}},
            {"name": "test", "component": "evaluate-regressor", "position": [560.0, 80.0],
             "inputs": {"model": out("train", "model"), "test": out("preprocess", "test")}},
            {"name": "deploy", "component": "deploy-model", "position": [840.0, 80.0],
             "inputs": {"model": out("train", "model"), "score": out("test", "mse"),
                        "model_name": {"value": "diabetes-sgd"}},
             "volumes": MODELS_VOLUME},
        ]),
    "nightly-training": pipeline(
        "nightly-training",
        "Retrains the Iris random forest every night at 02:00 UTC (as an Argo CronWorkflow)\n"
        "and deploys it when it beats the baseline. A run never overlaps the previous one.\n",
        [{"name": "baseline", "type": "NUMBER_DOUBLE", "default": 0.9}],
        [
            {"name": "preprocess", "component": "load-iris", "position": [0.0, 80.0]},
            {"name": "train", "component": "train-classifier", "position": [280.0, 80.0],
             "inputs": {"train": out("preprocess", "train"), "algorithm": {"value": "random-forest"}},
             "retry": {"limit": 2, "retryOn": "OnError"}, "timeoutSeconds": 1800,
             "resources": {"cpuRequest": "500m", "memoryRequest": "512Mi", "memoryLimit": "1Gi"}},
            {"name": "test", "component": "evaluate-classifier", "position": [560.0, 80.0],
             "inputs": {"model": out("train", "model"), "test": out("preprocess", "test")}},
            {"name": "deploy", "component": "deploy-model", "position": [840.0, 80.0],
             "inputs": {"model": out("train", "model"), "score": out("test", "accuracy"),
                        "model_name": {"value": "iris-nightly"}},
             "volumes": MODELS_VOLUME,
             "condition": {"dialect": "argo",
                           "text": "{{tasks.test.outputs.parameters.accuracy}} > {{workflow.parameters.baseline}}"}},
        ],
        schedule={"cron": "0 2 * * *", "timezone": "UTC", "concurrencyPolicy": "Forbid"}),
}


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    pstudio = sys.argv[1]
    for name, doc in EXAMPLES.items():
        path = HERE / f"{name}.pstudio.yaml"
        path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
        subprocess.run([pstudio, "format", str(path)], check=True)
        subprocess.run([pstudio, "validate", str(path)], check=True)


if __name__ == "__main__":
    main()
