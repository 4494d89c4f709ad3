#!/usr/bin/env python3
"""Fills German translations into pipelinestudio_de.ts for the strings listed here.

Run after `update_translations` (lupdate) has added new source texts; strings not listed
stay unfinished and show in English.
"""
import pathlib
import xml.etree.ElementTree as ET

DE = {
    "Design, run and watch ML pipelines.": "ML-Pipelines entwerfen, ausführen und beobachten.",
    "Write a PNG of the main window to FILE and exit.": "Ein PNG des Hauptfensters nach DATEI schreiben und beenden.",
    "Open the bundled example NAME (e.g. iris-two-models).": "Das mitgelieferte Beispiel NAME öffnen (z. B. iris-two-models).",
    "Log debug messages.": "Debug-Meldungen protokollieren.",
    "Pipeline or component to open.": "Zu öffnende Pipeline oder Komponente.",
    "Problems": "Probleme",
    "Ready": "Bereit",
    "&File": "&Datei",
    "&Open…": "Ö&ffnen…",
    "Save &As…": "Speichern &unter…",
    "&Quit": "&Beenden",
    "&Edit": "&Bearbeiten",
    "&Undo": "&Rückgängig",
    "&Redo": "&Wiederholen",
    "Main": "Haupt",
    "Cannot open %1": "%1 kann nicht geöffnet werden",
    "Opened %1 (%2)": "%1 geöffnet (%2)",
    "No pipeline is open. Use File ▸ Open to open a pipeline or component file.":
        "Keine Pipeline geöffnet. Mit Datei ▸ Öffnen eine Pipeline- oder Komponentendatei öffnen.",
    "Parameters: %1": "Parameter: %1",
    "Schedule: %1 (%2)": "Zeitplan: %1 (%2)",
    "controller time": "Zeit des Controllers",
    "Untitled": "Unbenannt",
    "%1%2 — Pipeline Studio": "%1%2 — Pipeline Studio",
    "Open pipeline or component": "Pipeline oder Komponente öffnen",
    "Pipelines and components (*.yaml *.yml *.json *.pipeline);;All files (*)":
        "Pipelines und Komponenten (*.yaml *.yml *.json *.pipeline);;Alle Dateien (*)",
    "Save pipeline": "Pipeline speichern",
    "Pipeline Studio files (*.pstudio.yaml)": "Pipeline-Studio-Dateien (*.pstudio.yaml)",
    "Save failed": "Speichern fehlgeschlagen",
    "Problem": "Problem",
    "Task": "Task",
    "Where": "Ort",
    "No problems found.": "Keine Probleme gefunden.",
    "unknown": "unbekannt",
    "container": "Container",
    "script (%1)": "Skript (%1)",
    "reference": "Verweis",
    "kept as written (%1)": "unverändert übernommen (%1)",
    "on exit": "beim Beenden",
    "when %1": "wenn %1",
    "for each item of a list": "für jedes Element einer Liste",
    "for a sequence": "für eine Zahlenfolge",
    "retries %1×": "%1 Wiederholungen",
    "Component": "Komponente",
    "Runs as": "Läuft als",
    "Image": "Image",
    "Waits for": "Wartet auf",
    "Runs when": "Läuft wenn",
}
NUMERUS = {
    "Pipeline %1 — %n task(s)": ("Pipeline %1 — %n Task", "Pipeline %1 — %n Tasks"),
    "sub-pipeline, %n task(s)": ("Unter-Pipeline, %n Task", "Unter-Pipeline, %n Tasks"),
    "for each of %n item(s)": ("für jedes von %n Element", "für jedes von %n Elementen"),
}

path = pathlib.Path(__file__).with_name("pipelinestudio_de.ts")
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    if source in DE:
        translation.text = DE[source]
        translation.attrib.pop("type", None)
    elif source in NUMERUS:
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in NUMERUS[source]:
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
