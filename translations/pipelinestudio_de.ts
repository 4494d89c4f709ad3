<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddTaskCommand</name>
    <message>
        <location filename="../model/document/commands/addtaskcommand.cpp" line="+26" />
        <source>Add task %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <location filename="../model/validation/connectionrules.cpp" line="+22" />
        <source>the task no longer exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>a task cannot feed itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>'%1' has no output '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>'%1' has no input '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>input '%1' is already fed by another output; disconnect it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>type mismatch: %1 cannot feed %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>a file (artifact) cannot feed a value input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>a value cannot feed a file (artifact) input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>this would make a cycle: '%1' already waits for '%2'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KfpIrReader</name>
    <message>
        <location filename="../model/formats/kfpirreader.cpp" line="+45" />
        <source>'pipelineInfo' is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>'schemaVersion' is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>unsupported IR schema version %1 (2.x is supported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>extra YAML document kept as written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>component '%1' must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>'root' is required: the pipeline's DAG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>'root' has no 'dag'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+65" />
        <source>executor '%1' is not in deploymentSpec.executors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>component '%1' needs 'dag' or 'executorLabel'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>definitions must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>parameter '%1' must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>parameter '%1' has unknown type '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>artifact '%1' must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>artifact '%1' needs artifactType.schemaTitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+77" />
        <source>'dag' must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>task '%1' must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>task '%1' has no componentRef</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>task '%1' depends on unknown task '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>loop items must be a JSON list: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>parameterIterator needs items.raw or items.inputParameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>unknown producer task '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <location line="+16" />
        <source>a task input must be a map</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KfpV1ComponentReader</name>
    <message>
        <location filename="../model/formats/kfpv1componentreader.cpp" line="+75" />
        <source>a component must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>each input must be a map with a 'name'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>each output must be a map with a 'name'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>'implementation' is required (container or graph)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>the implementation must be 'container' or 'graph'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>'image' is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>fileOutputs names unknown output '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>placeholders are nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>a command item must be a string or one placeholder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>'concat' takes a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>only 'isPresent' and constant conditions are supported in 'if'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>unknown placeholder '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>task '%1' must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>task '%1' needs a 'componentRef' map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>inline component specs are nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+52" />
        <source>'taskOutput' names unknown task '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>an argument must be a constant, a graphInput or a taskOutput</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoveTasksCommand</name>
    <message numerus="yes">
        <location filename="../model/document/commands/movetaskscommand.cpp" line="+22" />
        <source>Move %n task(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../model/validation/names.cpp" line="+25" />
        <location line="+20" />
        <source>the name is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-18" />
        <location line="+20" />
        <source>the name is longer than %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-18" />
        <source>the name must start with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>'%1' is not allowed in a name: use letters, digits and '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>'%1' is not allowed: Kubernetes names use lower-case letters, digits, '-' and '.'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the name must start and end with a lower-case letter or digit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NativeReader</name>
    <message>
        <location filename="../model/formats/nativereader.cpp" line="+53" />
        <source>'schemaVersion' is missing: this is not a Pipeline Studio file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>written by a newer Pipeline Studio (schema version %1; this one reads up to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>unknown kind '%1': expected 'pipeline' or 'component'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>component '%1' must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>component '%1' has no implementation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>the implementation must be one of container, script, graph, reference or opaque</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>each entry of '%1' must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>unknown type '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>each task must be a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>'position' must be two numbers: [x, y]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>'after' names unknown task '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>unknown volume source '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>a condition's dialect must be 'argo' or 'cel'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>loop 'items' must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>a loop needs 'items', 'over' or 'sequence'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>a binding must be a map such as {value: 1}, {parameter: p} or {task: t, output: o}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>unknown task '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>a binding needs one of value, parameter, task, item or expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>a command item must be text or a placeholder map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>unknown placeholder in command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>unknown key '%1' kept as written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelineFileReader</name>
    <message>
        <location filename="../model/formats/pipelinefilereader.cpp" line="+29" />
        <source>this is a folder, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>cannot open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the file is %1 MiB, more than the %2 MiB a pipeline or component file may have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>this is a %1 file; reading that format is not supported yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>unrecognised format: expected a Pipeline Studio file, a KFP component or pipeline, an Argo workflow or an Elyra pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>unrecognised format: the top level must be a map of keys to values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>unexpected structure: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveTasksCommand</name>
    <message>
        <location filename="../model/document/commands/removetaskscommand.cpp" line="+47" />
        <source>Delete task %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n task(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>SetBindingCommand</name>
    <message>
        <location filename="../model/document/commands/setbindingcommand.cpp" line="+22" />
        <source>Set input %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Connect %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Disconnect %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetParametersCommand</name>
    <message>
        <location filename="../model/document/commands/setparameterscommand.cpp" line="+23" />
        <source>Add parameter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Remove parameter %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetPipelineInfoCommand</name>
    <message>
        <location filename="../model/document/commands/setpipelineinfocommand.cpp" line="+10" />
        <source>Edit pipeline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StudioApp</name>
    <message>
        <location filename="../app/studio/studioapp.cpp" line="+39" />
        <source>Design, run and watch ML pipelines.</source>
        <translation>ML-Pipelines entwerfen, ausführen und beobachten.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write a PNG of the main window to FILE and exit.</source>
        <translation>Ein PNG des Hauptfensters nach DATEI schreiben und beenden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the bundled example NAME (e.g. iris-two-models).</source>
        <translation>Das mitgelieferte Beispiel NAME öffnen (z. B. iris-two-models).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log debug messages.</source>
        <translation>Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pipeline or component to open.</source>
        <translation>Zu öffnende Pipeline oder Komponente.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../model/validation/validator.cpp" line="+59" />
        <source>the pipeline has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>pipeline name '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>pipeline parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>schedule '%1' is not a cron expression (five fields such as '0 2 * * *')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>a pipeline has at most one exit handler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>a %1 has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>%1 '%2': use letters, digits, '-' and '_' only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1 '%2' is defined twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>input of component '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>output of component '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+6" />
        <source>component '%1' has no container image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>component '%1' has an empty script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>sub-pipeline '%1' binds unknown output '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>component '%1' is only referenced (%2) and not loaded; its inputs and outputs are not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>the command of '%1' refers to unknown input '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the command of '%1' refers to unknown output '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>the name '%1' is used by %2 tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>invalid task name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>cycle: %1 — a task cannot wait for itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>no component is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>unknown component '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>only the pipeline itself can have an exit handler, not a sub-pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>component '%1' has no input '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>input '%1' needs a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>waits for a task that does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>a sequence loop needs a count or an end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>loop parallelism cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>the retry limit cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>the timeout cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>an environment variable has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>a secret environment variable needs a name, a secret and a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>volume '%1' must be mounted at an absolute path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>volume '%1' needs the name of its persistent volume claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>input '%1' takes the loop item, but the task has no loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>input '%1' uses unknown parameter '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>input '%1' is %2 but parameter '%3' is %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>input '%1' comes from a task that does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>input '%1' uses output '%2' of '%3', which has no such output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>type mismatch: input '%1' is %2 but '%3.%4' is %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <location filename="../model/formats/yamlsupport.cpp" line="+193" />
        <source>the file is %1 MiB, more than the %2 MiB a pipeline or component file may have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>the file is not text (binary data or invalid UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+50" />
        <source>the document expands to more than %1 nodes (aliases repeated too often?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-43" />
        <source>the structure is nested too deeply to be a pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>syntax error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>cannot parse: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>YamlReadContext</name>
    <message>
        <location filename="../model/formats/yamlreadcontext.cpp" line="+29" />
        <source>'%1' must be a single value, not a list or map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>'%1' is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>'%1' must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>'%1' must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>'%1' must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <location line="+31" />
        <source>'%1' must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-26" />
        <source>items of '%1' must be single values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>'%1' must be a map of keys to values</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ps::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="+53" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Opened %1 (%2)</source>
        <translation>%1 geöffnet (%2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No pipeline is open. Use File ▸ Open to open a pipeline or component file.</source>
        <translation>Keine Pipeline geöffnet. Mit Datei ▸ Öffnen eine Pipeline- oder Komponentendatei öffnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Pipeline %1 — %n task(s)</source>
        <translation><numerusform>Pipeline %1 — %n Task</numerusform><numerusform>Pipeline %1 — %n Tasks</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schedule: %1 (%2)</source>
        <translation>Zeitplan: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>controller time</source>
        <translation>Zeit des Controllers</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1%2 — Pipeline Studio</source>
        <translation>%1%2 — Pipeline Studio</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open pipeline or component</source>
        <translation>Pipeline oder Komponente öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pipelines and components (*.yaml *.yml *.json *.pipeline);;All files (*)</source>
        <translation>Pipelines und Komponenten (*.yaml *.yml *.json *.pipeline);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save pipeline</source>
        <translation>Pipeline speichern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pipeline Studio files (*.pstudio.yaml)</source>
        <translation>Pipeline-Studio-Dateien (*.pstudio.yaml)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ps::PipelineDocument</name>
    <message>
        <location filename="../model/document/pipelinedocument.cpp" line="+51" />
        <location line="+5" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ps::ProblemsPanel</name>
    <message>
        <location filename="../widgets/problems/problemspanel.cpp" line="+19" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>ps::TaskTableModel</name>
    <message>
        <location filename="../widgets/tasks/tasktablemodel.cpp" line="+75" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+2" />
        <source>script (%1)</source>
        <translation>Skript (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>sub-pipeline, %n task(s)</source>
        <translation><numerusform>Unter-Pipeline, %n Task</numerusform><numerusform>Unter-Pipeline, %n Tasks</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kept as written (%1)</source>
        <translation>unverändert übernommen (%1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>on exit</source>
        <translation>beim Beenden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>when %1</source>
        <translation>wenn %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>for each of %n item(s)</source>
        <translation><numerusform>für jedes von %n Element</numerusform><numerusform>für jedes von %n Elementen</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>for each item of a list</source>
        <translation>für jedes Element einer Liste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>for a sequence</source>
        <translation>für eine Zahlenfolge</translation>
    </message>
    <message>
        <location line="+4" />
        <source>retries %1×</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs as</source>
        <translation>Läuft als</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs when</source>
        <translation>Läuft wenn</translation>
    </message>
</context>
<context>
    <name>pstudio</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+59" />
        <source>pstudio: unknown command '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>usage: pstudio COMMAND FILE [options]

commands:
  validate FILE         check a pipeline or component file of any supported format;
                        exit 0 valid, 1 invalid (diagnostics on stderr), 2 unreadable
  inspect FILE --json   print the file's format, kind, name, inputs, outputs and tasks as JSON
  format FILE [-o OUT]  rewrite a Pipeline Studio file in its canonical form
  version               print the version
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1: valid %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>%1: only Pipeline Studio files can be formatted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>