<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddTaskCommand</name>
    <message>
        <location filename="../model/document/commands/addtaskcommand.cpp" line="+27"/>
        <source>Add task %1</source>
        <translation>Task %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AlertmanagerParser</name>
    <message>
        <location filename="../client/prometheus/alertmanagerparser.cpp" line="+54"/>
        <source>Alertmanager at %1 refused the credentials (HTTP %2). Check them in its settings.</source>
        <translation>Alertmanager unter %1 hat die Zugangsdaten abgelehnt (HTTP %2). Sie in seinen Einstellungen prüfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alertmanager at %1 answered HTTP %2: %3</source>
        <translation>Alertmanager unter %1 antwortete HTTP %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server at %1 did not answer like Alertmanager&apos;s API v2. Is this the address of an Alertmanager?</source>
        <translation>Der Server unter %1 antwortete nicht wie die API v2 von Alertmanager. Ist das die Adresse eines Alertmanagers?</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../client/cluster/apierror.cpp" line="+38"/>
        <source>it answered with a web page instead of the API; check that the address is the API&apos;s, not a login page or a proxy&apos;s</source>
        <translation>es antwortete mit einer Webseite statt der API; prüfen, ob die Adresse die der API ist und nicht die einer Anmeldeseite oder eines Proxys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the credentials (HTTP 401): %2. Check the token or sign in again.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP 401): %2. Das Token prüfen oder neu anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not allow this (HTTP 403): %2. Ask for the permission, or use another account or namespace.</source>
        <translation>%1 erlaubt dies nicht (HTTP 403): %2. Die Berechtigung anfragen oder ein anderes Konto oder einen anderen Namespace verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not know this (HTTP 404): %2</source>
        <translation>%1 kennt dies nicht (HTTP 404): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed (HTTP %2): %3. Try again later; if it persists, check the server&apos;s logs.</source>
        <translation>%1 ist fehlgeschlagen (HTTP %2): %3. Später erneut versuchen; falls es bleibt, die Logs des Servers prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete HTTP %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered with a web page instead of the API; check that the address is the API&apos;s, not a login page or a proxy&apos;s.</source>
        <translation>%1 antwortete mit einer Webseite statt der API; prüfen, ob die Adresse die der API ist und nicht die einer Anmeldeseite oder eines Proxys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered with something that is not valid JSON; check that the address is the API&apos;s.</source>
        <translation>%1 antwortete mit etwas, das kein gültiges JSON ist; prüfen, ob die Adresse die der API ist.</translation>
    </message>
</context>
<context>
    <name>ArgoReader</name>
    <message>
        <location filename="../model/formats/argo/argoreader.cpp" line="+71"/>
        <source>this file holds more than one Argo object; only the first (%1) is read</source>
        <translation>diese Datei enthält mehr als ein Argo-Objekt; nur das erste (%1) wird gelesen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>an Argo %1 needs a &apos;spec&apos;</source>
        <translation>ein Argo-%1 braucht „spec“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a CronWorkflow needs &apos;workflowSpec&apos;</source>
        <translation>ein CronWorkflow braucht „workflowSpec“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>each template must be a map</source>
        <translation>jedes Template muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template &apos;%1&apos; is defined twice</source>
        <translation>Template „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;entrypoint&apos; is required</source>
        <translation>„entrypoint“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entrypoint &apos;%1&apos; is not a template of this workflow</source>
        <translation>der Entrypoint „%1“ ist kein Template dieses Workflows</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>onExit names unknown template &apos;%1&apos;</source>
        <translation>onExit nennt das unbekannte Template „%1“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>each argument must be a map with a &apos;name&apos;</source>
        <translation>jedes Argument muss eine Zuordnung mit „name“ sein</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>each step must be a map</source>
        <translation>jeder Schritt muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>each DAG task must be a map</source>
        <translation>jeder DAG-Task muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>task &apos;%1&apos; needs &apos;template&apos;, &apos;templateRef&apos; or &apos;inline&apos;</source>
        <translation>Task „%1“ braucht „template“, „templateRef“ oder „inline“</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>task &apos;%1&apos; depends on unknown task &apos;%2&apos;</source>
        <translation>Task „%1“ hängt vom unbekannten Task „%2“ ab</translation>
    </message>
</context>
<context>
    <name>ArgoSubmission</name>
    <message>
        <location filename="../client/argo/argosubmission.cpp" line="+71"/>
        <source>The pipeline cannot run on Argo: %1</source>
        <translation>Die Pipeline kann nicht auf Argo laufen: %1</translation>
    </message>
</context>
<context>
    <name>ArgoTemplateReader</name>
    <message>
        <location filename="../model/formats/argo/argotemplatereader.cpp" line="+60"/>
        <source>template &apos;%1&apos; has no container, script, dag, steps or other known body</source>
        <translation>Template „%1“ hat weder container, script, dag, steps noch einen anderen bekannten Inhalt</translation>
    </message>
</context>
<context>
    <name>ArgoToCel</name>
    <message>
        <location filename="../model/formats/conditions/argotocel.cpp" line="+49"/>
        <source>the condition reads task &apos;%1&apos;, which is not in this graph</source>
        <translation>die Bedingung liest Task „%1“, der nicht in diesem Graphen ist</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&apos;%1&apos; has no certain KFP equivalent</source>
        <translation>„%1“ hat keine sichere KFP-Entsprechung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the condition is empty</source>
        <translation>die Bedingung ist leer</translation>
    </message>
</context>
<context>
    <name>ArgoWriter</name>
    <message>
        <location filename="../model/formats/argo/argowriter.cpp" line="+82"/>
        <source>a CronWorkflow needs a schedule; the pipeline has none</source>
        <translation>ein CronWorkflow braucht einen Zeitplan; die Pipeline hat keinen</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>unknown component &apos;%1&apos;</source>
        <translation>unbekannte Komponente „%1“</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the KFP condition &apos;%1&apos; has no certain Argo translation: %2</source>
        <translation>die KFP-Bedingung „%1“ hat keine sichere Argo-Übersetzung: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Argo loops over a JSON list parameter, not over artifacts</source>
        <translation>Argo iteriert über einen JSON-Listenparameter, nicht über Artefakte</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>component &apos;%1&apos; is only a reference (%2); load it before exporting</source>
        <translation>Komponente „%1“ ist nur ein Verweis (%2); vor dem Exportieren laden</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>volume &apos;%1&apos; is defined differently by another task; Argo volumes are shared by name</source>
        <translation>Volume „%1“ ist von einem anderen Task anders definiert; Argo-Volumes werden über den Namen geteilt</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the KFP input expression %1 has no Argo equivalent</source>
        <translation>der KFP-Eingabeausdruck %1 hat keine Argo-Entsprechung</translation>
    </message>
</context>
<context>
    <name>ArtifactPreview</name>
    <message>
        <location filename="../model/run/artifactpreview.cpp" line="+195"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>CelToArgo</name>
    <message>
        <location filename="../model/formats/conditions/celtoargo.cpp" line="+63"/>
        <source>&apos;%1&apos; has no certain Argo equivalent</source>
        <translation>„%1“ hat keine sichere Argo-Entsprechung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the condition reads input &apos;%1&apos;, which the task does not have</source>
        <translation>die Bedingung liest den Eingang „%1“, den der Task nicht hat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a string with a quote in it has no certain Argo equivalent</source>
        <translation>ein String mit einem Anführungszeichen hat keine sichere Argo-Entsprechung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the condition is empty</source>
        <translation>die Bedingung ist leer</translation>
    </message>
</context>
<context>
    <name>ClusterBackends</name>
    <message>
        <location filename="../client/cluster/clusterbackends.cpp" line="+70"/>
        <source>Connection “%1”: %2</source>
        <translation>Verbindung „%1“: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it names no Argo or Kubeflow server</source>
        <translation>sie nennt keinen Argo- oder Kubeflow-Server</translation>
    </message>
</context>
<context>
    <name>CommandLineRenderer</name>
    <message>
        <location filename="../client/local/commandlinerenderer.cpp" line="+48"/>
        <source>input &apos;%1&apos; has no value</source>
        <translation>Eingang „%1“ hat keinen Wert</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../client/cluster/connectionprofile.cpp" line="+73"/>
        <source>Give the connection a name.</source>
        <translation>Der Verbindung einen Namen geben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the server&apos;s address, for example https://argo.example.com:2746.</source>
        <translation>Die Adresse des Servers eingeben, zum Beispiel https://argo.example.com:2746.</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <location filename="../model/validation/connectionrules.cpp" line="+22"/>
        <source>the task no longer exists</source>
        <translation>der Task existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a task cannot feed itself</source>
        <translation>ein Task kann sich nicht selbst speisen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; has no output &apos;%2&apos;</source>
        <translation>„%1“ hat keinen Ausgang „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; has no input &apos;%2&apos;</source>
        <translation>„%1“ hat keinen Eingang „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input &apos;%1&apos; is already fed by another output; disconnect it first</source>
        <translation>Eingang „%1“ wird schon von einem anderen Ausgang gespeist; zuerst trennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type mismatch: %1 cannot feed %2</source>
        <translation>Typen passen nicht: %1 kann nicht %2 speisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file (artifact) cannot feed a value input</source>
        <translation>eine Datei (Artefakt) kann keinen Werteingang speisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value cannot feed a file (artifact) input</source>
        <translation>ein Wert kann keinen Dateieingang (Artefakt) speisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this would make a cycle: &apos;%1&apos; already waits for &apos;%2&apos;</source>
        <translation>das ergäbe einen Zyklus: „%1“ wartet bereits auf „%2“</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../client/cluster/connectiontester.cpp" line="+37"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kubernetes %1 (%2)</source>
        <translation>Kubernetes %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Argo Server %1</source>
        <translation>Argo Server %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no identity (the server runs without authentication)</source>
        <translation>keine Identität (der Server läuft ohne Authentifizierung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kubeflow Pipelines %1 (%2)</source>
        <translation>Kubeflow Pipelines %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>multi-user</source>
        <translation>Mehrbenutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>single-user</source>
        <translation>Einzelbenutzer</translation>
    </message>
</context>
<context>
    <name>ElyraReader</name>
    <message>
        <location filename="../model/formats/elyra/elyrareader.cpp" line="+42"/>
        <source>pipeline-flow version %1; this reader knows 3.0</source>
        <translation>pipeline-flow-Version %1; dieser Leser kennt 3.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no &apos;pipelines&apos;</source>
        <translation>die Datei hat keine „pipelines“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>primary_pipeline &apos;%1&apos; is not one of the pipelines</source>
        <translation>primary_pipeline „%1“ ist keine der Pipelines</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a pipeline parameter that is not a map is ignored</source>
        <translation>ein Pipeline-Parameter, der keine Zuordnung ist, wird ignoriert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>each node must be a map</source>
        <translation>jeder Knoten muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>link from unknown node &apos;%1&apos;</source>
        <translation>Verbindung vom unbekannten Knoten „%1“</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>supernode &apos;%1&apos; refers to missing pipeline &apos;%2&apos;</source>
        <translation>Superknoten „%1“ verweist auf die fehlende Pipeline „%2“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>node &apos;%1&apos; has no file to run</source>
        <translation>Knoten „%1“ hat keine auszuführende Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>node &apos;%1&apos;: unsupported operation &apos;%2&apos;</source>
        <translation>Knoten „%1“: nicht unterstützte Operation „%2“</translation>
    </message>
</context>
<context>
    <name>ExprEvaluator</name>
    <message>
        <location filename="../client/local/exprevaluator.cpp" line="+67"/>
        <source>a {…} closure can only be given to filter, map, all, any, none or count</source>
        <translation>eine {…}-Closure kann nur filter, map, all, any, none oder count übergeben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;#&apos; is used outside a closure</source>
        <translation>„#“ wird außerhalb einer Closure verwendet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a %1 cannot be a key</source>
        <translation>ein Wert vom Typ %1 kann kein Schlüssel sein</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>cannot resolve &apos;%1&apos;</source>
        <translation>„%1“ kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 has no field &apos;%2&apos;</source>
        <translation>ein Wert vom Typ %1 hat kein Feld „%2“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected true or false, got the %1 &apos;%2&apos;</source>
        <translation>true oder false erwartet, erhalten: %1 „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot apply &apos;%1&apos; to the %2 &apos;%3&apos;</source>
        <translation>„%1“ kann nicht auf %2 „%3“ angewendet werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the result of &apos;%1&apos; does not fit in a 64-bit integer</source>
        <translation>das Ergebnis von „%1“ passt nicht in eine 64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot apply &apos;%1&apos; to the %2 &apos;%3&apos; and the %4 &apos;%5&apos;</source>
        <translation>„%1“ kann nicht auf %2 „%3“ und %4 „%5“ angewendet werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is not a regular expression: %2</source>
        <translation>„%1“ ist kein regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>there is no function &apos;%1&apos;</source>
        <translation>es gibt keine Funktion „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 takes a list and a {…} closure</source>
        <translation>%1 nimmt eine Liste und eine {…}-Closure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a list, got the %2 &apos;%3&apos;</source>
        <translation>%1 braucht eine Liste, erhalten: %2 „%3“</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the expression &apos;%1&apos; does not parse at position %2: %3</source>
        <translation>der Ausdruck „%1“ ist an Position %2 nicht lesbar: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the expression &apos;%1&apos; failed at position %2: %3</source>
        <translation>der Ausdruck „%1“ ist an Position %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the expression &apos;%1&apos; gives nil</source>
        <translation>der Ausdruck „%1“ ergibt nil</translation>
    </message>
</context>
<context>
    <name>ExprFunctions</name>
    <message>
        <location filename="../client/local/exprfunctions.cpp" line="+34"/>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; is not JSON</source>
        <translation>%1: „%2“ ist kein JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the result does not fit in a 64-bit integer</source>
        <translation>%1: das Ergebnis passt nicht in eine 64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; does not fit in a 64-bit integer</source>
        <translation>„%1“ passt nicht in eine 64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>len: a %1 has no length</source>
        <translation>len: ein Wert vom Typ %1 hat keine Länge</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>sprig.div: division by zero</source>
        <translation>sprig.div: Division durch null</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1 takes %n argument(s)</source>
        <translation>
            <numerusform>%1 nimmt %n Argument</numerusform>
            <numerusform>%1 nimmt %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes %2 to %3 arguments</source>
        <translation>%1 nimmt %2 bis %3 Argumente</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>jsonpath: &apos;%1&apos; does not start with $</source>
        <translation>jsonpath: „%1“ beginnt nicht mit $</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>jsonpath: cannot read &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>jsonpath: „%1“ in „%2“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>jsonpath: &apos;%1&apos; matches nothing</source>
        <translation>jsonpath: „%1“ passt auf nichts</translation>
    </message>
</context>
<context>
    <name>ExprParser</name>
    <message>
        <location filename="../client/local/exprparser.cpp" line="+78"/>
        <source>the string is not closed</source>
        <translation>der String ist nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+251"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>end of expression</source>
        <translation>Ende des Ausdrucks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &apos;%1&apos; but found %2</source>
        <translation>„%1“ erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the expression nests too deeply</source>
        <translation>der Ausdruck ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the expression is too long</source>
        <translation>der Ausdruck ist zu lang</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>expected a name after &apos;.&apos; but found %1</source>
        <translation>Name nach „.“ erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only named functions can be called</source>
        <translation>nur benannte Funktionen können aufgerufen werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the expression ends too early</source>
        <translation>der Ausdruck endet zu früh</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>expected a key but found %1</source>
        <translation>Schlüssel erwartet, aber %1 gefunden</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <location filename="../model/validation/fieldrules.cpp" line="+26"/>
        <source>A task needs a name.</source>
        <translation>Ein Task braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another task is already called &apos;%1&apos;.</source>
        <translation>Ein anderer Task heißt bereits „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pipeline needs a name.</source>
        <translation>Eine Pipeline braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A parameter needs a name.</source>
        <translation>Ein Parameter braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>Buchstaben, Ziffern, „_“ und „-“ verwenden, beginnend mit einem Buchstaben oder „_“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a Kubernetes quantity (e.g. 500m, 2, 512Mi, 4Gi).</source>
        <translation>„%1“ ist keine Kubernetes-Mengenangabe (z. B. 500m, 2, 512Mi, 4Gi).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a duration (e.g. 10s, 1m30s, 2h).</source>
        <translation>„%1“ ist keine Dauer (z. B. 10s, 1m30s, 2h).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A GPU count is a whole number.</source>
        <translation>Eine GPU-Anzahl ist eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &apos;{{&apos; is not closed by &apos;}}&apos;.</source>
        <translation>Ein „{{“ wird nicht durch „}}“ geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parentheses do not match.</source>
        <translation>Die Klammern passen nicht zusammen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no task &apos;%1&apos;.</source>
        <translation>Es gibt keinen Task „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no parameter &apos;%1&apos;.</source>
        <translation>Es gibt keinen Parameter „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the items as a JSON list, e.g. [1, 2, 3] or [{&quot;a&quot;: 1}].</source>
        <translation>Die Elemente als JSON-Liste schreiben, z. B. [1, 2, 3] oder [{&quot;a&quot;: 1}].</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A cron schedule has five fields: minute hour day month weekday.</source>
        <translation>Ein Cron-Zeitplan hat fünf Felder: Minute Stunde Tag Monat Wochentag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a cron field.</source>
        <translation>„%1“ ist kein Cron-Feld.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write true or false.</source>
        <translation>true oder false schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a JSON list, e.g. [1, 2].</source>
        <translation>Eine JSON-Liste schreiben, z. B. [1, 2].</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a JSON object, e.g. {&quot;a&quot;: 1}.</source>
        <translation>Ein JSON-Objekt schreiben, z. B. {&quot;a&quot;: 1}.</translation>
    </message>
</context>
<context>
    <name>FileCopy</name>
    <message>
        <location filename="../client/local/filecopy.cpp" line="+22"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <location filename="../model/layout/graphlayout.cpp" line="+105"/>
        <source>Graphviz could not lay out the graph (is the dot layout plugin installed?).</source>
        <translation>Graphviz konnte den Graphen nicht anordnen (ist das dot-Layout-Plugin installiert?).</translation>
    </message>
</context>
<context>
    <name>KfpIrReader</name>
    <message>
        <location filename="../model/formats/kfp/kfpirreader.cpp" line="+45"/>
        <source>&apos;pipelineInfo&apos; is required</source>
        <translation>„pipelineInfo“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;schemaVersion&apos; is required</source>
        <translation>„schemaVersion“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported IR schema version %1 (2.x is supported)</source>
        <translation>nicht unterstützte IR-Schemaversion %1 (2.x wird unterstützt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>extra YAML document kept as written</source>
        <translation>zusätzliches YAML-Dokument unverändert übernommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>component &apos;%1&apos; must be a map</source>
        <translation>Komponente „%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;root&apos; is required: the pipeline&apos;s DAG</source>
        <translation>„root“ ist erforderlich: der DAG der Pipeline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;root&apos; has no &apos;dag&apos;</source>
        <translation>„root“ hat kein „dag“</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>executor &apos;%1&apos; is not in deploymentSpec.executors</source>
        <translation>Executor „%1“ steht nicht in deploymentSpec.executors</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>component &apos;%1&apos; needs &apos;dag&apos; or &apos;executorLabel&apos;</source>
        <translation>Komponente „%1“ braucht „dag“ oder „executorLabel“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>definitions must be a map</source>
        <translation>Definitionen müssen eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>parameter &apos;%1&apos; must be a map</source>
        <translation>Parameter „%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parameter &apos;%1&apos; has unknown type &apos;%2&apos;</source>
        <translation>Parameter „%1“ hat den unbekannten Typ „%2“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>artifact &apos;%1&apos; must be a map</source>
        <translation>Artefakt „%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>artifact &apos;%1&apos; needs artifactType.schemaTitle</source>
        <translation>Artefakt „%1“ braucht artifactType.schemaTitle</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&apos;dag&apos; must be a map</source>
        <translation>„dag“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>task &apos;%1&apos; must be a map</source>
        <translation>Task „%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>task &apos;%1&apos; has no componentRef</source>
        <translation>Task „%1“ hat keine componentRef</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>task &apos;%1&apos; depends on unknown task &apos;%2&apos;</source>
        <translation>Task „%1“ hängt vom unbekannten Task „%2“ ab</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>loop items must be a JSON list: %1</source>
        <translation>Schleifenelemente müssen eine JSON-Liste sein: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parameterIterator needs items.raw or items.inputParameter</source>
        <translation>parameterIterator braucht items.raw oder items.inputParameter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>artifactIterator needs items.inputArtifact</source>
        <translation>artifactIterator braucht items.inputArtifact</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown producer task &apos;%1&apos;</source>
        <translation>unbekannter erzeugender Task „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>a task input must be a map</source>
        <translation>ein Task-Eingang muss eine Zuordnung sein</translation>
    </message>
</context>
<context>
    <name>KfpIrWriter</name>
    <message>
        <location filename="../model/formats/kfp/kfpirwriter.cpp" line="+64"/>
        <source>component &apos;%1&apos; is only a reference (%2); load it before exporting</source>
        <translation>Komponente „%1“ ist nur ein Verweis (%2); vor dem Exportieren laden</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>output &apos;%1&apos; comes from a conditional task; KFP needs a oneOf for that, which is not written yet</source>
        <translation>Ausgang „%1“ kommt von einem bedingten Task; KFP braucht dafür ein oneOf, das noch nicht geschrieben wird</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>an exit handler belongs to the pipeline itself, not to a sub-pipeline</source>
        <translation>ein Abschluss-Task gehört zur Pipeline selbst, nicht zu einer Unter-Pipeline</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>input &apos;%1&apos; uses an output of a conditional task; KFP needs a oneOf for that, which is not written yet</source>
        <translation>Eingang „%1“ verwendet einen Ausgang eines bedingten Tasks; KFP braucht dafür ein oneOf, das noch nicht geschrieben wird</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>input &apos;%1&apos; is an expression (%2) KFP cannot evaluate</source>
        <translation>Eingang „%1“ ist ein Ausdruck (%2), den KFP nicht auswerten kann</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a KFP loop iterates over one of the task&apos;s own inputs; bind the list to an input first</source>
        <translation>eine KFP-Schleife iteriert über einen der eigenen Eingänge des Tasks; die Liste zuerst an einen Eingang binden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KFP has no sequence loops; use a list of items</source>
        <translation>KFP hat keine Zahlenfolge-Schleifen; eine Liste von Elementen verwenden</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the Argo condition &apos;%1&apos; has no certain KFP translation: %2</source>
        <translation>die Argo-Bedingung „%1“ hat keine sichere KFP-Übersetzung: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>input &apos;%1&apos; of a conditional task cannot be passed into KFP&apos;s condition sub-DAG yet</source>
        <translation>Eingang „%1“ eines bedingten Tasks kann noch nicht in den Bedingungs-Sub-DAG von KFP übergeben werden</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>pipeline outputs beside an exit handler are not written to KFP yet</source>
        <translation>Pipeline-Ausgänge neben einem Abschluss-Task werden noch nicht nach KFP geschrieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the exit handler reads &apos;%1&apos; from a task it guards; KFP passes only the final status</source>
        <translation>der Abschluss-Task liest „%1“ aus einem Task, den er absichert; KFP übergibt nur den Endstatus</translation>
    </message>
</context>
<context>
    <name>KfpV1ComponentReader</name>
    <message>
        <location filename="../model/formats/kfp/kfpv1componentreader.cpp" line="+75"/>
        <source>a component must be a map</source>
        <translation>eine Komponente muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>each input must be a map with a &apos;name&apos;</source>
        <translation>jeder Eingang muss eine Zuordnung mit „name“ sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>each output must be a map with a &apos;name&apos;</source>
        <translation>jeder Ausgang muss eine Zuordnung mit „name“ sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;implementation&apos; is required (container or graph)</source>
        <translation>„implementation“ ist erforderlich (container oder graph)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the implementation must be &apos;container&apos; or &apos;graph&apos;</source>
        <translation>die Implementierung muss „container“ oder „graph“ sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;image&apos; is required</source>
        <translation>„image“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>fileOutputs names unknown output &apos;%1&apos;</source>
        <translation>fileOutputs nennt den unbekannten Ausgang „%1“</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>placeholders are nested too deeply</source>
        <translation>Platzhalter sind zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a command item must be a string or one placeholder</source>
        <translation>ein Befehlselement muss ein String oder ein einzelner Platzhalter sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;concat&apos; takes a list</source>
        <translation>„concat“ nimmt eine Liste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only &apos;isPresent&apos; and constant conditions are supported in &apos;if&apos;</source>
        <translation>in „if“ werden nur „isPresent“ und konstante Bedingungen unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown placeholder &apos;%1&apos;</source>
        <translation>unbekannter Platzhalter „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>task &apos;%1&apos; must be a map</source>
        <translation>Task „%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>task &apos;%1&apos; needs a &apos;componentRef&apos; map</source>
        <translation>Task „%1“ braucht eine „componentRef“-Zuordnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inline component specs are nested too deeply</source>
        <translation>eingebettete Komponentenspezifikationen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;taskOutput&apos; names unknown task &apos;%1&apos;</source>
        <translation>„taskOutput“ nennt den unbekannten Task „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an argument must be a constant, a graphInput or a taskOutput</source>
        <translation>ein Argument muss eine Konstante, ein graphInput oder ein taskOutput sein</translation>
    </message>
</context>
<context>
    <name>KubeConfig</name>
    <message>
        <location filename="../client/kube/kubeconfig.cpp" line="+37"/>
        <source>The kubeconfig names %1 &apos;%2&apos;, which cannot be read: %3. Fix the path or use the *-data field.</source>
        <translation>Die kubeconfig nennt als %1 die Datei „%2“, die nicht gelesen werden kann: %3. Den Pfad korrigieren oder das *-data-Feld verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 &apos;%2&apos; is too large to be a certificate or key.</source>
        <translation>Die Datei „%2“ (%1) ist zu groß für ein Zertifikat oder einen Schlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The kubeconfig&apos;s %1-data is not valid base64.</source>
        <translation>%1-data in der kubeconfig ist kein gültiges Base64.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The kubeconfig &apos;%1&apos; cannot be read: %2.</source>
        <translation>Die kubeconfig „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kubeconfig &apos;%1&apos; is too large to be one.</source>
        <translation>Die kubeconfig „%1“ ist zu groß für eine kubeconfig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a kubeconfig</source>
        <translation>keine kubeconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kubeconfig &apos;%1&apos; is malformed: %2</source>
        <translation>Die kubeconfig „%1“ ist fehlerhaft: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The kubeconfig sets no current context; choose a context.</source>
        <translation>Die kubeconfig legt keinen aktuellen Kontext fest; einen Kontext wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kubeconfig has no context &apos;%1&apos;.</source>
        <translation>Die kubeconfig hat keinen Kontext „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Context &apos;%1&apos; names the cluster &apos;%2&apos;, which the kubeconfig does not define.</source>
        <translation>Kontext „%1“ nennt den Cluster „%2“, den die kubeconfig nicht definiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster &apos;%1&apos; has no valid server address.</source>
        <translation>Cluster „%1“ hat keine gültige Serveradresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster &apos;%1&apos; sets both a certificate authority and insecure-skip-tls-verify; remove one of them.</source>
        <translation>Cluster „%1“ setzt sowohl eine Zertifizierungsstelle als auch insecure-skip-tls-verify; eines davon entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS verification is off for cluster &apos;%1&apos; (insecure-skip-tls-verify in the kubeconfig): anyone on the network path can read and change this connection.</source>
        <translation>Die TLS-Prüfung ist für Cluster „%1“ ausgeschaltet (insecure-skip-tls-verify in der kubeconfig): jeder auf dem Netzwerkweg kann diese Verbindung mitlesen und verändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context &apos;%1&apos; names the user &apos;%2&apos;, which the kubeconfig does not define.</source>
        <translation>Kontext „%1“ nennt den Benutzer „%2“, den die kubeconfig nicht definiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User &apos;%1&apos; has a client certificate without its key, or a key without its certificate.</source>
        <translation>Benutzer „%1“ hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User &apos;%1&apos; uses an auth-provider, which kubectl itself no longer supports; switch it to an exec credential plugin (for example kubelogin or gke-gcloud-auth-plugin).</source>
        <translation>Benutzer „%1“ verwendet einen auth-provider, den kubectl selbst nicht mehr unterstützt; auf ein exec-Credential-Plugin umstellen (zum Beispiel kubelogin oder gke-gcloud-auth-plugin).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User &apos;%1&apos; has an exec plugin without a command.</source>
        <translation>Benutzer „%1“ hat ein exec-Plugin ohne Befehl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &apos;%1&apos; asks for exec plugin API &apos;%2&apos;; only client.authentication.k8s.io/v1 and v1beta1 are understood.</source>
        <translation>Benutzer „%1“ verlangt die exec-Plugin-API „%2“; nur client.authentication.k8s.io/v1 und v1beta1 werden verstanden.</translation>
    </message>
</context>
<context>
    <name>LeafExecution</name>
    <message>
        <location filename="../client/local/leafexecution.cpp" line="+93"/>
        <source>outputs reused from an earlier run</source>
        <translation>Ausgaben aus einem früheren Lauf wiederverwendet</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>volume &apos;%1&apos; comes from a Kubernetes config map or secret, which needs a cluster</source>
        <translation>Volume „%1“ stammt aus einer Kubernetes-ConfigMap oder einem Secret, was einen Cluster braucht</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot place input artifact &apos;%1&apos;: %2</source>
        <translation>Eingangsartefakt „%1“ kann nicht bereitgestellt werden: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot write the script: %1</source>
        <translation>das Skript kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the component has no command to run (the local engine does not know the entry point of image &apos;%1&apos;)</source>
        <translation>die Komponente hat keinen Befehl zum Ausführen (die lokale Engine kennt den Einstiegspunkt des Image „%1“ nicht)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>secret &apos;%1&apos; (key &apos;%2&apos;) for %3 is not in your local secrets file</source>
        <translation>Secret „%1“ (Schlüssel „%2“) für %3 steht nicht in Ihrer lokalen Secrets-Datei</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the command &apos;%1&apos; does not exist on this machine (image &apos;%2&apos; is not available locally)</source>
        <translation>der Befehl „%1“ existiert auf diesem Rechner nicht (Image „%2“ ist lokal nicht verfügbar)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>output artifact &apos;%1&apos; was not written to %2</source>
        <translation>Ausgangsartefakt „%1“ wurde nicht nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot keep output artifact &apos;%1&apos;: %2</source>
        <translation>Ausgangsartefakt „%1“ kann nicht aufbewahrt werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>output parameter &apos;%1&apos; was not written to %2</source>
        <translation>Ausgangsparameter „%1“ wurde nicht nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1; not retried: the retry expression %2</source>
        <translation>%1; nicht wiederholt: der Wiederholungsausdruck %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gives %1, not true or false</source>
        <translation>ergibt %1, nicht true oder false</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <location filename="../client/local/localbackend.cpp" line="+90"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>interrupted: the application stopped while the run was going</source>
        <translation>unterbrochen: die Anwendung wurde beendet, während der Lauf lief</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>container steps run with %1</source>
        <translation>Container-Schritte laufen mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tasks run on this machine, sandboxed with bubblewrap</source>
        <translation>Tasks laufen auf diesem Rechner, abgeschottet mit bubblewrap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tasks run on this machine unsandboxed: bubblewrap is not installed or does not work here</source>
        <translation>Tasks laufen auf diesem Rechner ohne Abschottung: bubblewrap ist nicht installiert oder funktioniert hier nicht</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This pipeline has not been run on this machine before: confirm the commands it runs first.</source>
        <translation>Diese Pipeline wurde auf diesem Rechner noch nicht ausgeführt: zuerst die Befehle bestätigen, die sie ausführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pipeline has no parameter &apos;%1&apos;</source>
        <translation>die Pipeline hat keinen Parameter „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the run directory %1</source>
        <translation>das Laufverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+12"/>
        <location line="+23"/>
        <location line="+15"/>
        <source>there is no run &apos;%1&apos;</source>
        <translation>es gibt keinen Lauf „%1“</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>run &apos;%1&apos; has already finished</source>
        <translation>Lauf „%1“ ist bereits beendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>only a failed run can be retried</source>
        <translation>nur ein fehlgeschlagener Lauf kann wiederholt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>the pipeline of run &apos;%1&apos; cannot be read back</source>
        <translation>die Pipeline des Laufs „%1“ kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>run &apos;%1&apos; is still going; cancel it first</source>
        <translation>Lauf „%1“ läuft noch; zuerst abbrechen</translation>
    </message>
</context>
<context>
    <name>LocalRun</name>
    <message>
        <location filename="../client/local/localrun.cpp" line="+68"/>
        <source>waiting for %1 held by another run</source>
        <translation>wartet auf %1, gehalten von einem anderen Lauf</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the pipeline&apos;s tasks wait for each other in a cycle: %1</source>
        <translation>die Tasks der Pipeline warten zyklisch aufeinander: %1</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>not run: the run was cancelled</source>
        <translation>nicht ausgeführt: der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not run: task &apos;%1&apos; failed</source>
        <translation>nicht ausgeführt: Task „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not run: what it depends on did not turn out as required</source>
        <translation>nicht ausgeführt: seine Abhängigkeiten endeten nicht wie verlangt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the loop has no items</source>
        <translation>die Schleife hat keine Elemente</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the component &apos;%1&apos; is missing</source>
        <translation>die Komponente „%1“ fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>input &apos;%1&apos;: %2</source>
        <translation>Eingang „%1“: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>condition: %1</source>
        <translation>Bedingung: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>condition &apos;%1&apos;: %2</source>
        <translation>Bedingung „%1“: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>condition &apos;%1&apos; was false</source>
        <translation>Bedingung „%1“ war falsch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sub-pipelines nest deeper than %1 levels at &apos;%2&apos;: a recursion that does not end</source>
        <translation>Unter-Pipelines sind bei „%2“ tiefer als %1 Ebenen verschachtelt: eine Rekursion ohne Ende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tasks of sub-pipeline &apos;%1&apos; wait for each other in a cycle: %2</source>
        <translation>die Tasks der Unter-Pipeline „%1“ warten zyklisch aufeinander: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is a %2 template, which the local engine cannot run</source>
        <translation>„%1“ ist ein %2-Template, das die lokale Engine nicht ausführen kann</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>memoize key: %1</source>
        <translation>Memoize-Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the workflow&apos;s synchronization</source>
        <translation>die Synchronisation des Workflows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>task &apos;%1&apos;</source>
        <translation>Task „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already held by this run (%2); Argo would wait forever</source>
        <translation>%1 wird bereits von diesem Run gehalten (%2); Argo würde ewig warten</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the exit hook &apos;%1&apos; is not a container or script template</source>
        <translation>der Exit-Hook „%1“ ist kein Container- oder Skript-Template</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the exit handler failed: %1</source>
        <translation>der Abschluss-Task ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>an iteration failed: %1</source>
        <translation>eine Iteration ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>task &apos;%1&apos; failed: %2</source>
        <translation>Task „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <location line="+26"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>output &apos;%1&apos;: %2</source>
        <translation>Ausgang „%1“: %2</translation>
    </message>
    <message>
        <location filename="../client/local/localrunresolve.cpp" line="+79"/>
        <source>nothing is bound</source>
        <translation>nichts ist gebunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parameter &apos;%1&apos; has no value</source>
        <translation>Parameter „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the producing task is missing</source>
        <translation>der erzeugende Task fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task &apos;%1&apos; (%2) gave no output &apos;%3&apos;</source>
        <translation>Task „%1“ (%2) lieferte keinen Ausgang „%3“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{{item}} is used outside a loop</source>
        <translation>{{item}} wird außerhalb einer Schleife verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the loop item has no field &apos;%1&apos;</source>
        <translation>das Schleifenelement hat kein Feld „%1“</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; needs a cluster (config map, artifact repository or the like)</source>
        <translation>„%1“ braucht einen Cluster (ConfigMap, Artefakt-Repository oder Ähnliches)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>the loop&apos;s list: %1</source>
        <translation>die Liste der Schleife: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the loop&apos;s list is not a JSON list: %1</source>
        <translation>die Liste der Schleife ist keine JSON-Liste: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>withSequence needs whole numbers (count %1, start %2, end %3)</source>
        <translation>withSequence braucht ganze Zahlen (count %1, start %2, end %3)</translation>
    </message>
    <message>
        <location filename="../client/local/runlookups.cpp" line="+100"/>
        <source>depends names unknown task &apos;%1&apos;</source>
        <translation>depends nennt den unbekannten Task „%1“</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <location filename="../model/logs/logexport.cpp" line="+27"/>
        <location line="+16"/>
        <source>cannot read the log %1: %2</source>
        <translation>das Log %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+24"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LogRecorder</name>
    <message>
        <location filename="../client/run/logrecorder.cpp" line="+38"/>
        <location line="+21"/>
        <location line="+15"/>
        <source>cannot record the log to %1: %2</source>
        <translation>das Log kann nicht nach %1 aufgezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>LogStore</name>
    <message>
        <location filename="../model/logs/logstore.cpp" line="+62"/>
        <location line="+123"/>
        <source>cannot write the log %1: %2</source>
        <translation>das Log %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>cannot read the log %1: %2</source>
        <translation>das Log %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LogWriter</name>
    <message>
        <location filename="../client/local/logwriter.cpp" line="+21"/>
        <location line="+49"/>
        <source>cannot write the log %1: %2</source>
        <translation>das Log %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MetricFormat</name>
    <message>
        <location filename="../model/metrics/metricunit.cpp" line="+13"/>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+Inf</source>
        <translation>+Inf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−Inf</source>
        <translation>−Inf</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cores</source>
        <translation>%1 Kerne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <location filename="../client/local/metricsserver.cpp" line="+28"/>
        <source>cannot serve metrics on 127.0.0.1:%1: %2</source>
        <translation>Metriken können nicht auf 127.0.0.1:%1 angeboten werden: %2</translation>
    </message>
</context>
<context>
    <name>MetricsTargetFile</name>
    <message>
        <location filename="../client/prometheus/metricstargetfile.cpp" line="+38"/>
        <source>Cannot create the folder %1 for Prometheus&apos; targets.</source>
        <translation>Der Ordner %1 für die Targets von Prometheus kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MetricsTimeRange</name>
    <message>
        <location filename="../model/metrics/metricstimerange.cpp" line="+45"/>
        <source>Run&apos;s span</source>
        <translation>Dauer des Laufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
</context>
<context>
    <name>MonitoringCall</name>
    <message>
        <location filename="../client/prometheus/monitoringcall.cpp" line="+49"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 did not answer within %3 s. Try a shorter time range or a larger step.</source>
        <translation>%1 unter %2 hat nicht innerhalb von %3 s geantwortet. Einen kürzeren Zeitraum oder eine größere Schrittweite versuchen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No %1 answers at %2: the connection was refused. Start one, or set its address in the %1 settings.</source>
        <translation>Unter %2 antwortet kein %1: die Verbindung wurde abgelehnt. Einen starten oder seine Adresse in den %1-Einstellungen festlegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 answers at %2: the host name is unknown. Check its address in the %1 settings.</source>
        <translation>Unter %2 antwortet kein %1: der Hostname ist unbekannt. Die Adresse in den %1-Einstellungen prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 at %2 failed (%3). Check its certificate authority in the %1 settings.</source>
        <translation>Die sichere Verbindung zu %1 unter %2 ist fehlgeschlagen (%3). Die Zertifizierungsstelle in den %1-Einstellungen prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No %1 answers at %2: %3</source>
        <translation>Unter %2 antwortet kein %1: %3</translation>
    </message>
</context>
<context>
    <name>MoveTasksCommand</name>
    <message numerus="yes">
        <location filename="../model/document/commands/movetaskscommand.cpp" line="+22"/>
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>%n Task verschieben</numerusform>
            <numerusform>%n Tasks verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../model/validation/names.cpp" line="+25"/>
        <location line="+20"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the name must start with a letter or digit</source>
        <translation>der Name muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not allowed in a name: use letters, digits and &apos;-&apos;</source>
        <translation>„%1“ ist in einem Namen nicht erlaubt: Buchstaben, Ziffern und „-“ verwenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not allowed: Kubernetes names use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>„%1“ ist nicht erlaubt: Kubernetes-Namen bestehen aus Kleinbuchstaben, Ziffern, „-“ und „.“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name must start and end with a lower-case letter or digit</source>
        <translation>der Name muss mit einem Kleinbuchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
</context>
<context>
    <name>NativeReader</name>
    <message>
        <location filename="../model/formats/nativereader.cpp" line="+53"/>
        <source>&apos;schemaVersion&apos; is missing: this is not a Pipeline Studio file</source>
        <translation>„schemaVersion“ fehlt: das ist keine Pipeline-Studio-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by a newer Pipeline Studio (schema version %1; this one reads up to %2)</source>
        <translation>von einem neueren Pipeline Studio geschrieben (Schemaversion %1; dieses liest bis %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown kind &apos;%1&apos;: expected &apos;pipeline&apos; or &apos;component&apos;</source>
        <translation>unbekannte Art „%1“: erwartet „pipeline“ oder „component“</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>component &apos;%1&apos; must be a map</source>
        <translation>Komponente „%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>component &apos;%1&apos; has no implementation</source>
        <translation>Komponente „%1“ hat keine Implementierung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the implementation must be one of container, script, graph, reference or opaque</source>
        <translation>die Implementierung muss container, script, graph, reference oder opaque sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>each entry of &apos;%1&apos; must be a map</source>
        <translation>jeder Eintrag von „%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown type &apos;%1&apos;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>each task must be a map</source>
        <translation>jeder Task muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;position&apos; must be two numbers: [x, y]</source>
        <translation>„position“ muss aus zwei Zahlen bestehen: [x, y]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;after&apos; names unknown task &apos;%1&apos;</source>
        <translation>„after“ nennt den unbekannten Task „%1“</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unknown volume source &apos;%1&apos;</source>
        <translation>unbekannte Volume-Quelle „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a condition&apos;s dialect must be &apos;argo&apos; or &apos;cel&apos;</source>
        <translation>der Dialekt einer Bedingung muss „argo“ oder „cel“ sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>loop &apos;items&apos; must be a list</source>
        <translation>Schleifen-„items“ müssen eine Liste sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a loop needs &apos;items&apos;, &apos;over&apos; or &apos;sequence&apos;</source>
        <translation>eine Schleife braucht „items“, „over“ oder „sequence“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a binding must be a map such as {value: 1}, {parameter: p} or {task: t, output: o}</source>
        <translation>eine Bindung muss eine Zuordnung wie {value: 1}, {parameter: p} oder {task: t, output: o} sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown task &apos;%1&apos;</source>
        <translation>unbekannter Task „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a binding needs one of value, parameter, task, item or expression</source>
        <translation>eine Bindung braucht value, parameter, task, item oder expression</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a command item must be text or a placeholder map</source>
        <translation>ein Befehlselement muss Text oder eine Platzhalter-Zuordnung sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown placeholder in command</source>
        <translation>unbekannter Platzhalter im Befehl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key &apos;%1&apos; kept as written</source>
        <translation>unbekannter Schlüssel „%1“ unverändert übernommen</translation>
    </message>
</context>
<context>
    <name>PhaseText</name>
    <message>
        <location filename="../model/run/phasetext.cpp" line="+15"/>
        <location line="+15"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omitted</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omitted</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
</context>
<context>
    <name>PipelineExporter</name>
    <message>
        <location filename="../model/formats/pipelineexporter.cpp" line="+64"/>
        <source>writing %1 is not supported yet</source>
        <translation>Schreiben von %1 wird noch nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>PipelineFileReader</name>
    <message>
        <location filename="../model/formats/pipelinefilereader.cpp" line="+31"/>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is %1 MiB, more than the %2 MiB a pipeline or component file may have</source>
        <translation>die Datei hat %1 MiB, mehr als die %2 MiB, die eine Pipeline- oder Komponentendatei haben darf</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unrecognised format: expected a Pipeline Studio file, a KFP component or pipeline, an Argo workflow or an Elyra pipeline</source>
        <translation>unbekanntes Format: erwartet wird eine Pipeline-Studio-Datei, eine KFP-Komponente oder -Pipeline, ein Argo-Workflow oder eine Elyra-Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognised format: the top level must be a map of keys to values</source>
        <translation>unbekanntes Format: die oberste Ebene muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected structure: %1</source>
        <translation>unerwartete Struktur: %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderText</name>
    <message>
        <location filename="../client/local/placeholdertext.cpp" line="+89"/>
        <source>cannot resolve &apos;{{%1}}&apos;</source>
        <translation>„{{%1}}“ kann nicht aufgelöst werden</translation>
    </message>
</context>
<context>
    <name>PortStyle</name>
    <message>
        <location filename="../widgets/editor/portstyle.cpp" line="+36"/>
        <source>%1 (not declared by the component)</source>
        <translation>%1 (von der Komponente nicht deklariert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (file)</source>
        <translation>%1: %2 (Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PrometheusFormatter</name>
    <message>
        <location filename="../client/prometheus/prometheusformatter.cpp" line="+84"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>SERIES</source>
        <translation>SERIE</translation>
    </message>
</context>
<context>
    <name>PrometheusParser</name>
    <message>
        <location filename="../client/prometheus/prometheusparser.cpp" line="+40"/>
        <source>Prometheus at %1 refused the credentials (HTTP %2). Check the token, or the user name and password, in its settings.</source>
        <translation>Prometheus unter %1 hat die Zugangsdaten abgelehnt (HTTP %2). Das Token oder Benutzername und Passwort in seinen Einstellungen prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 answered HTTP %2 and no Prometheus message. Is this the address of a Prometheus?</source>
        <translation>Der Server unter %1 antwortete HTTP %2 ohne Prometheus-Meldung. Ist das die Adresse eines Prometheus?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 did not answer with Prometheus&apos; JSON. Is this the address of a Prometheus?</source>
        <translation>Der Server unter %1 antwortete nicht mit dem JSON von Prometheus. Ist das die Adresse eines Prometheus?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prometheus at %1 refused the request without saying why.</source>
        <translation>Prometheus unter %1 hat die Anfrage ohne Begründung abgelehnt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prometheus at %1 answered with data of an unexpected shape: %2</source>
        <translation>Prometheus unter %1 antwortete mit Daten unerwarteter Form: %2</translation>
    </message>
</context>
<context>
    <name>PrometheusQueryCommand</name>
    <message>
        <location filename="../client/prometheus/prometheusquerycommand.cpp" line="+16"/>
        <source>usage: pstudio query --prometheus URL [--range DURATION [--step DURATION]] [--json] EXPRESSION</source>
        <translation>Aufruf: pstudio query --prometheus URL [--range DURATION [--step DURATION]] [--json] EXPRESSION</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an http or https address.</source>
        <translation>%1 ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a duration such as 15s, 5m or 1h30m.</source>
        <translation>%1 ist keine Dauer wie 15s, 5m oder 1h30m.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected argument %1.</source>
        <translation>Unerwartetes Argument %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--step needs --range.</source>
        <translation>--step braucht --range.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../model/document/recoverystore.cpp" line="+41"/>
        <source>Cannot write the recovery copy %1: %2</source>
        <translation>Die Wiederherstellungskopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot create the recovery folder %1</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ReferenceLines</name>
    <message>
        <location filename="../widgets/charts/referencelines.cpp" line="+89"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>- - request</source>
        <translation>- - Anforderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>··· limit</source>
        <translation>··· Limit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
</context>
<context>
    <name>RemoveTasksCommand</name>
    <message>
        <location filename="../model/document/commands/removetaskscommand.cpp" line="+47"/>
        <source>Delete task %1</source>
        <translation>Task %1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>%n Task löschen</numerusform>
            <numerusform>%n Tasks löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceQueries</name>
    <message>
        <location filename="../model/metrics/resourcequeries.cpp" line="+87"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU utilisation</source>
        <translation>GPU-Auslastung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
</context>
<context>
    <name>RunDirectory</name>
    <message>
        <location filename="../client/local/rundirectory.cpp" line="+39"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>RunSnapshot</name>
    <message>
        <location filename="../model/run/runsnapshot.cpp" line="+153"/>
        <source>not a Pipeline Studio run file</source>
        <translation>keine Laufdatei von Pipeline Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run has no id</source>
        <translation>der Lauf hat keine ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown run phase &apos;%1&apos;</source>
        <translation>unbekannte Laufphase „%1“</translation>
    </message>
</context>
<context>
    <name>SetBindingCommand</name>
    <message>
        <location filename="../model/document/commands/setbindingcommand.cpp" line="+22"/>
        <source>Set input %1</source>
        <translation>Eingang %1 setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect %1 → %2</source>
        <translation>%1 → %2 verbinden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
</context>
<context>
    <name>SetParametersCommand</name>
    <message>
        <location filename="../model/document/commands/setparameterscommand.cpp" line="+23"/>
        <source>Add parameter %1</source>
        <translation>Parameter %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove parameter %1</source>
        <translation>Parameter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>SetPipelineInfoCommand</name>
    <message>
        <location filename="../model/document/commands/setpipelineinfocommand.cpp" line="+10"/>
        <source>Edit pipeline</source>
        <translation>Pipeline bearbeiten</translation>
    </message>
</context>
<context>
    <name>StudioApp</name>
    <message>
        <location filename="../app/studio/studioapp.cpp" line="+65"/>
        <source>Design, run and watch ML pipelines.</source>
        <translation>ML-Pipelines entwerfen, ausführen und beobachten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a PNG of the main window to FILE and exit.</source>
        <translation>Ein PNG des Hauptfensters nach FILE schreiben und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the bundled example NAME (e.g. iris-two-models).</source>
        <translation>Das mitgelieferte Beispiel NAME öffnen (z. B. iris-two-models).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log debug messages.</source>
        <translation>Debug-Meldungen protokollieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show run ID of the local engine&apos;s history in the run panels (&quot;latest&quot;: the newest run).</source>
        <translation>Lauf ID aus dem Verlauf der lokalen Engine in den Laufbereichen zeigen („latest“: der neueste Lauf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline or component to open.</source>
        <translation>Zu öffnende Pipeline oder Komponente.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cluster &amp;Connections…</source>
        <translation>&amp;Cluster-Verbindungen…</translation>
    </message>
</context>
<context>
    <name>SyncLocks</name>
    <message>
        <location filename="../client/local/synclocks.cpp" line="+30"/>
        <source>mutex &apos;%1&apos;</source>
        <translation>Mutex „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>semaphore &apos;%1&apos;</source>
        <translation>Semaphore „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semaphore &apos;%1&apos;: its limit is kept on the cluster (a ConfigMap or database), so the local engine lets one holder in at a time</source>
        <translation>Semaphore „%1“: ihr Limit liegt im Cluster (eine ConfigMap oder Datenbank), daher lässt die lokale Engine jeweils nur einen Halter zu</translation>
    </message>
</context>
<context>
    <name>TaskClipboard</name>
    <message>
        <location filename="../model/document/taskclipboard.cpp" line="+97"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clipboard holds no tasks.</source>
        <translation>Die Zwischenablage enthält keine Tasks.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>%n Task einfügen</numerusform>
            <numerusform>%n Tasks einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskLauncher</name>
    <message>
        <location filename="../client/local/tasklauncher.cpp" line="+123"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>timed out after %n second(s)</source>
        <translation>
            <numerusform>Zeitlimit nach %n Sekunde überschritten</numerusform>
            <numerusform>Zeitlimit nach %n Sekunden überschritten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped: it wrote more than %1 MB of output (the log keeps the first %1 MB)</source>
        <translation>gestoppt: mehr als %1 MB Ausgabe geschrieben (das Log behält die ersten %1 MB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process crashed</source>
        <translation>der Prozess ist abgestürzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exited with code %1: a write found the disk full or the file size limit reached (%2)</source>
        <translation>mit Code %1 beendet: beim Schreiben war die Platte voll oder die Dateigrößengrenze erreicht (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not start &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>TaskLook</name>
    <message numerus="yes">
        <location filename="../widgets/editor/tasklook.cpp" line="+19"/>
        <source>for each of %n item(s)</source>
        <translation>
            <numerusform>für jedes von %n Element</numerusform>
            <numerusform>für jedes von %n Elementen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for each item of a list</source>
        <translation>für jedes Element einer Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a sequence</source>
        <translation>für eine Zahlenfolge</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>missing component %1</source>
        <translation>fehlende Komponente %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>if</source>
        <translation>wenn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs only when: %1</source>
        <translation>Läuft nur wenn: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs %1</source>
        <translation>Läuft %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retry %1</source>
        <translation>Wdh. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Retried up to %n time(s)</source>
        <translation>
            <numerusform>Bis zu %n Mal wiederholt</numerusform>
            <numerusform>Bis zu %n Mal wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on exit</source>
        <translation>beim Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs when the pipeline ends, whatever its outcome</source>
        <translation>Läuft am Ende der Pipeline, unabhängig vom Ergebnis</translation>
    </message>
</context>
<context>
    <name>TaskRunState</name>
    <message numerus="yes">
        <location filename="../model/run/taskrunstate.cpp" line="+38"/>
        <source>%n iteration(s): %1</source>
        <translation>
            <numerusform>%n Iteration: %1</numerusform>
            <numerusform>%n Iterationen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../model/validation/validator.cpp" line="+59"/>
        <source>the pipeline has no name</source>
        <translation>die Pipeline hat keinen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipeline name &apos;%1&apos;: %2</source>
        <translation>Pipeline-Name „%1“: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline parameter</source>
        <translation>Pipeline-Parameter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schedule &apos;%1&apos; is not a cron expression (five fields such as &apos;0 2 * * *&apos;)</source>
        <translation>Zeitplan „%1“ ist kein Cron-Ausdruck (fünf Felder wie „0 2 * * *“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a pipeline has at most one exit handler</source>
        <translation>eine Pipeline hat höchstens einen Abschluss-Task</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a %1 has no name</source>
        <translation>%1 ohne Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &apos;%2&apos;: use letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>%1 „%2“: nur Buchstaben, Ziffern, „-“ und „_“ verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; is defined twice</source>
        <translation>%1 „%2“ ist doppelt definiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>input of component &apos;%1&apos;</source>
        <translation>Eingang der Komponente „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output of component &apos;%1&apos;</source>
        <translation>Ausgang der Komponente „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>component &apos;%1&apos; has no container image</source>
        <translation>Komponente „%1“ hat kein Container-Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>component &apos;%1&apos; has an empty script</source>
        <translation>Komponente „%1“ hat ein leeres Skript</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sub-pipeline &apos;%1&apos; binds unknown output &apos;%2&apos;</source>
        <translation>Unter-Pipeline „%1“ bindet den unbekannten Ausgang „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>component &apos;%1&apos; is only referenced (%2) and not loaded; its inputs and outputs are not checked</source>
        <translation>Komponente „%1“ ist nur verwiesen (%2) und nicht geladen; ihre Ein- und Ausgänge werden nicht geprüft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the command of &apos;%1&apos; refers to unknown input &apos;%2&apos;</source>
        <translation>der Befehl von „%1“ verweist auf den unbekannten Eingang „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the command of &apos;%1&apos; refers to unknown output &apos;%2&apos;</source>
        <translation>der Befehl von „%1“ verweist auf den unbekannten Ausgang „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the name &apos;%1&apos; is used by %2 tasks</source>
        <translation>der Name „%1“ wird von %2 Tasks verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid task name: %1</source>
        <translation>ungültiger Task-Name: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cycle: %1 — a task cannot wait for itself</source>
        <translation>Zyklus: %1 — ein Task kann nicht auf sich selbst warten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no component is set</source>
        <translation>keine Komponente festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown component &apos;%1&apos;</source>
        <translation>unbekannte Komponente „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the pipeline itself can have an exit handler, not a sub-pipeline</source>
        <translation>nur die Pipeline selbst kann einen Abschluss-Task haben, keine Unter-Pipeline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>component &apos;%1&apos; has no input &apos;%2&apos;; the value is ignored</source>
        <translation>Komponente „%1“ hat keinen Eingang „%2“; der Wert wird ignoriert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input &apos;%1&apos; needs a value</source>
        <translation>Eingang „%1“ braucht einen Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waits for a task that does not exist</source>
        <translation>wartet auf einen Task, den es nicht gibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a sequence loop needs a count or an end</source>
        <translation>eine Zahlenfolge-Schleife braucht eine Anzahl oder ein Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loop parallelism cannot be negative</source>
        <translation>die Parallelität der Schleife kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the retry limit cannot be negative</source>
        <translation>die Zahl der Wiederholungen kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeout cannot be negative</source>
        <translation>das Zeitlimit kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an environment variable has no name</source>
        <translation>eine Umgebungsvariable hat keinen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a secret environment variable needs a name, a secret and a key</source>
        <translation>eine Secret-Umgebungsvariable braucht einen Namen, ein Secret und einen Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>volume &apos;%1&apos; must be mounted at an absolute path</source>
        <translation>Volume „%1“ muss unter einem absoluten Pfad eingehängt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume &apos;%1&apos; needs the name of its persistent volume claim</source>
        <translation>Volume „%1“ braucht den Namen seines Persistent Volume Claims</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>input &apos;%1&apos; takes the loop item, but the task has no loop</source>
        <translation>Eingang „%1“ nimmt das Schleifenelement, aber der Task hat keine Schleife</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>input &apos;%1&apos; uses unknown parameter &apos;%2&apos;</source>
        <translation>Eingang „%1“ verwendet den unbekannten Parameter „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>input &apos;%1&apos; is %2 but parameter &apos;%3&apos; is %4</source>
        <translation>Eingang „%1“ ist %2, aber Parameter „%3“ ist %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>input &apos;%1&apos; comes from a task that does not exist</source>
        <translation>Eingang „%1“ kommt von einem Task, den es nicht gibt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input &apos;%1&apos; uses output &apos;%2&apos; of &apos;%3&apos;, which has no such output</source>
        <translation>Eingang „%1“ verwendet den Ausgang „%2“ von „%3“, der keinen solchen Ausgang hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>type mismatch: input &apos;%1&apos; is %2 but &apos;%3.%4&apos; is %5</source>
        <translation>Typen passen nicht: Eingang „%1“ ist %2, aber „%3.%4“ ist %5</translation>
    </message>
</context>
<context>
    <name>WhenExpression</name>
    <message>
        <location filename="../client/local/whenexpression.cpp" line="+61"/>
        <source>unterminated string in &apos;%1&apos;</source>
        <translation>nicht abgeschlossener String in „%1“</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+18"/>
        <location line="+98"/>
        <source>unexpected &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>unerwartetes „%1“ in „%2“</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&apos;%1&apos; is not true or false in &apos;%2&apos;</source>
        <translation>„%1“ ist nicht true oder false in „%2“</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&apos;%1&apos; ends too early</source>
        <translation>„%1“ endet zu früh</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing &apos;)&apos; in &apos;%1&apos;</source>
        <translation>fehlende „)“ in „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the condition is empty</source>
        <translation>die Bedingung ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; does not give true or false</source>
        <translation>„%1“ ergibt nicht true oder false</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <location filename="../model/formats/yamlsupport.cpp" line="+234"/>
        <source>the file is %1 MiB, more than the %2 MiB a pipeline or component file may have</source>
        <translation>die Datei hat %1 MiB, mehr als die %2 MiB, die eine Pipeline- oder Komponentendatei haben darf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not text (binary data or invalid UTF-8)</source>
        <translation>die Datei ist kein Text (Binärdaten oder ungültiges UTF-8)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>the document expands to more than %1 nodes (aliases repeated too often?)</source>
        <translation>das Dokument wächst auf mehr als %1 Knoten an (Aliase zu oft wiederholt?)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>the structure is nested too deeply to be a pipeline</source>
        <translation>die Struktur ist zu tief verschachtelt für eine Pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot parse: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>YamlReadContext</name>
    <message>
        <location filename="../model/formats/yamlreadcontext.cpp" line="+39"/>
        <source>&apos;%1&apos; must be a single value, not a list or map</source>
        <translation>„%1“ muss ein einzelner Wert sein, keine Liste oder Zuordnung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is required</source>
        <translation>„%1“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>&apos;%1&apos; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>items of &apos;%1&apos; must be single values</source>
        <translation>die Elemente von „%1“ müssen einzelne Werte sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; must be a map of keys to values</source>
        <translation>„%1“ muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
</context>
<context>
    <name>ps::AlertsModel</name>
    <message>
        <location filename="../client/cluster/alertsmodel.cpp" line="+9"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no Alertmanager configured</source>
        <translation>kein Alertmanager eingerichtet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not at Alertmanager yet</source>
        <translation>noch nicht beim Alertmanager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending: not sent</source>
        <translation>wartend: nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>silenced by %1</source>
        <translation>stummgeschaltet durch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inhibited</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active, no receiver</source>
        <translation>aktiv, kein Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notifying %1</source>
        <translation>benachrichtigt %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
</context>
<context>
    <name>ps::ApiClient</name>
    <message>
        <location filename="../client/cluster/apiclient.cpp" line="+32"/>
        <source>TLS verification is off for %1: anyone on the network path can read and change this connection.</source>
        <translation>Die TLS-Prüfung ist für %1 ausgeschaltet: jeder auf dem Netzwerkweg kann diese Verbindung mitlesen und verändern.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 could not be reached.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>ps::ArgoBackend</name>
    <message>
        <location filename="../client/argo/argobackend.cpp" line="+34"/>
        <source>Lost the Argo Server (%1); reconnecting…</source>
        <translation>Verbindung zum Argo Server verloren (%1); neu verbinden…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Argo (%1)</source>
        <translation>Argo (%1)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>submitting…</source>
        <translation>wird übermittelt…</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+45"/>
        <location line="+11"/>
        <source>There is no run &apos;%1&apos; on %2.</source>
        <translation>Es gibt keinen Lauf „%1“ auf %2.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Only a failed run can be retried; &apos;%1&apos; is %2.</source>
        <translation>Nur ein fehlgeschlagener Lauf kann wiederholt werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run &apos;%1&apos; is still going; cancel it first.</source>
        <translation>Lauf „%1“ läuft noch; zuerst abbrechen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; has no log: it ran no pod (yet).</source>
        <translation>„%1“ hat kein Log: es lief (noch) kein Pod.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The pipeline has no schedule.</source>
        <translation>Die Pipeline hat keinen Zeitplan.</translation>
    </message>
</context>
<context>
    <name>ps::ArgoWatch</name>
    <message>
        <location filename="../client/argo/argowatch.cpp" line="+106"/>
        <source>the server closed the watch</source>
        <translation>der Server hat die Beobachtung beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Following the workflows failed %1 times in a row: %2</source>
        <translation>Das Verfolgen der Workflows ist %1-mal in Folge fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ps::ArtifactDownload</name>
    <message>
        <location filename="../client/cluster/artifactdownload.cpp" line="+25"/>
        <location line="+39"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>ps::ArtifactListModel</name>
    <message>
        <location filename="../model/run/artifactlistmodel.cpp" line="+69"/>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>ps::ArtifactPreviewWidget</name>
    <message>
        <location filename="../widgets/run/artifactpreviewwidget.cpp" line="+51"/>
        <source>Select an artifact to preview it.</source>
        <translation>Ein Artefakt wählen, um es anzusehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The artifact is empty.</source>
        <translation>Das Artefakt ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Binary data, %1. Use “Open” to view it with another application.</source>
        <translation>Binärdaten, %1. Mit „Öffnen“ in einer anderen Anwendung ansehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image %1 × %2, %3</source>
        <translation>Bild %1 × %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The first %n row(s) of %1.</source>
        <translation>
            <numerusform>Die erste %n Zeile von %1.</numerusform>
            <numerusform>Die ersten %n Zeilen von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s), %1.</source>
        <translation>
            <numerusform>%n Zeile, %1.</numerusform>
            <numerusform>%n Zeilen, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first %1 of %2.</source>
        <translation>Die ersten %1 von %2.</translation>
    </message>
</context>
<context>
    <name>ps::ArtifactsPanel</name>
    <message>
        <location filename="../widgets/run/artifactspanel.cpp" line="+32"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open with the system&apos;s default application</source>
        <translation>Mit der Standardanwendung des Systems öffnen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save Artifact Into</source>
        <translation>Artefakt speichern in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Artifact</source>
        <translation>Artefakt speichern</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All tasks</source>
        <translation>Alle Tasks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No artifacts here yet.</source>
        <translation>Hier gibt es noch keine Artefakte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an artifact to preview it.</source>
        <translation>Ein Artefakt wählen, um es anzusehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The artifact could not be fetched: %1</source>
        <translation>Das Artefakt konnte nicht geholt werden: %1</translation>
    </message>
</context>
<context>
    <name>ps::BindingEditor</name>
    <message>
        <location filename="../widgets/properties/bindingeditor.cpp" line="+31"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upstream output</source>
        <translation>Ausgang eines Vorgängers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loop item</source>
        <translation>Schleifenelement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field (empty: the whole item)</source>
        <translation>Feld (leer: das ganze Element)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{tasks.a.outputs.result}}</source>
        <translation>z. B. {{tasks.a.outputs.result}}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>default: %1</source>
        <translation>Standardwert: %1</translation>
    </message>
</context>
<context>
    <name>ps::CanvasActions</name>
    <message>
        <location filename="../widgets/editor/canvasactions.cpp" line="+37"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-&amp;Layout</source>
        <translation>Automatisches &amp;Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to View</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Si&amp;ze (100%)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove dependency</source>
        <translation>Abhängigkeit entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Copied %n task(s).</source>
        <translation>
            <numerusform>%n Task kopiert.</numerusform>
            <numerusform>%n Tasks kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Duplicate %n task(s)</source>
        <translation>
            <numerusform>%n Task duplizieren</numerusform>
            <numerusform>%n Tasks duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Laying out %n tasks…</source>
        <translation>
            <numerusform>%n Task wird angeordnet…</numerusform>
            <numerusform>%n Tasks werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Auto-layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Laid out %n task(s).</source>
        <translation>
            <numerusform>%n Task angeordnet.</numerusform>
            <numerusform>%n Tasks angeordnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ClusterConnection</name>
    <message>
        <location filename="../client/cluster/clusterconnection.cpp" line="+36"/>
        <source>Kubeflow Pipelines at %1</source>
        <translation>Kubeflow Pipelines unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argo Server at %1</source>
        <translation>Argo Server unter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CA file &apos;%1&apos; of connection &apos;%2&apos; does not exist.</source>
        <translation>Die CA-Datei „%1“ der Verbindung „%2“ existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ps::ClusterMonitor</name>
    <message>
        <location filename="../client/cluster/clustermonitor.cpp" line="+63"/>
        <source>No Prometheus is configured.</source>
        <translation>Kein Prometheus eingerichtet.</translation>
    </message>
</context>
<context>
    <name>ps::ClusterPanel</name>
    <message>
        <location filename="../widgets/cluster/clusterpanel.cpp" line="+25"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for Prometheus…</source>
        <translation>Warten auf Prometheus…</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n node(s), %1 target(s), %2 firing alert(s); updated %3</source>
        <translation>
            <numerusform>%n Node, %1 Target(s), %2 ausgelöste(r) Alarm(e); aktualisiert %3</numerusform>
            <numerusform>%n Nodes, %1 Target(s), %2 ausgelöste(r) Alarm(e); aktualisiert %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
</context>
<context>
    <name>ps::ClusterPrometheus</name>
    <message>
        <location filename="../client/prometheus/clusterprometheus.cpp" line="+24"/>
        <source>Through cluster connection: %1, service %2/%3:%4</source>
        <translation>Über Cluster-Verbindung: %1, Service %2/%3:%4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The cluster connection chosen for Prometheus no longer exists: choose another in the Prometheus settings.</source>
        <translation>Die für Prometheus gewählte Cluster-Verbindung existiert nicht mehr: in den Prometheus-Einstellungen eine andere wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster connection &apos;%1&apos; is not a kubeconfig context: Prometheus is reached through a context&apos;s API server.</source>
        <translation>Die Cluster-Verbindung „%1“ ist kein kubeconfig-Kontext: Prometheus wird über den API-Server eines Kontexts erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the Prometheus service (namespace, name and port) of cluster connection &apos;%1&apos;.</source>
        <translation>Den Prometheus-Service (Namespace, Name und Port) der Cluster-Verbindung „%1“ angeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Prometheus through cluster connection &apos;%1&apos;: %2</source>
        <translation>Prometheus über Cluster-Verbindung „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ps::ClusterTableModel</name>
    <message numerus="yes">
        <location filename="../client/cluster/clustertablemodel.cpp" line="+48"/>
        <source>%1 (%n s ago)</source>
        <translation>
            <numerusform>%1 (vor %n s)</numerusform>
            <numerusform>%1 (vor %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (vor %n min)</numerusform>
            <numerusform>%1 (vor %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n h ago)</source>
        <translation>
            <numerusform>%1 (vor %n h)</numerusform>
            <numerusform>%1 (vor %n h)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n days ago)</source>
        <translation>
            <numerusform>%1 (vor %n Tag)</numerusform>
            <numerusform>%1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ConnectionsDialog</name>
    <message>
        <location filename="../widgets/connections/connectionsdialog.cpp" line="+26"/>
        <source>Cluster connections</source>
        <translation>Cluster-Verbindungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Argo Server URL</source>
        <translation>Argo-Server-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kubeflow Pipelines URL</source>
        <translation>Kubeflow-Pipelines-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kubeconfig context</source>
        <translation>Kubeconfig-Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://argo.example.com:2746</source>
        <translation>https://argo.example.com:2746</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(current context)</source>
        <translation>(aktueller Kontext)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kubernetes only</source>
        <translation>Nur Kubernetes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Argo Workflows</source>
        <translation>Argo Workflows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kubeflow Pipelines</source>
        <translation>Kubeflow Pipelines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the system keychain, never in the settings</source>
        <translation>im Schlüsselbund des Systems aufbewahrt, nie in den Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip TLS verification (unsafe)</source>
        <translation>TLS-Prüfung überspringen (unsicher)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>ps::CredentialStore</name>
    <message>
        <location filename="../client/credentials/credentialstore.cpp" line="+53"/>
        <source>No keychain service is running, so the credential is kept in memory for this session only. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) to keep it.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher werden die Zugangsdaten nur für diese Sitzung im Speicher gehalten. Den Schlüsselbund Ihres Desktops starten (zum Beispiel GNOME Keyring oder KWallet), um sie aufzubewahren.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No credential is stored for %1.</source>
        <translation>Für %1 sind keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused to give the credential for %1: %2</source>
        <translation>Der Schlüsselbund hat die Zugangsdaten für %1 nicht herausgegeben: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keychain refused to keep the credential for %1: %2</source>
        <translation>Der Schlüsselbund hat die Zugangsdaten für %1 nicht aufbewahrt: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The keychain could not forget the credential for %1: %2</source>
        <translation>Der Schlüsselbund konnte die Zugangsdaten für %1 nicht löschen: %2</translation>
    </message>
</context>
<context>
    <name>ps::DocumentFiles</name>
    <message>
        <location filename="../widgets/mainwindow/documentfiles.cpp" line="+34"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open pipeline or component</source>
        <translation>Pipeline oder Komponente öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipelines and components (*.yaml *.yml *.json *.pipeline);;All files (*)</source>
        <translation>Pipelines und Komponenten (*.yaml *.yml *.json *.pipeline);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened %1 (%2)</source>
        <translation>%1 geöffnet (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+21"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+21"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save pipeline</source>
        <translation>Pipeline speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline Studio files (*.pstudio.yaml)</source>
        <translation>Pipeline-Studio-Dateien (*.pstudio.yaml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The pipeline cannot be written as %1:
%2</source>
        <translation>Die Pipeline kann nicht als %1 geschrieben werden:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline %1 has unsaved changes. Save them?</source>
        <translation>Die Pipeline %1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Kubeflow Pipelines (KFP v2 IR)…</source>
        <translation>Kubeflow Pipelines (KFP v2 IR)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argo Workflow…</source>
        <translation>Argo Workflow…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argo CronWorkflow…</source>
        <translation>Argo CronWorkflow…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argo WorkflowTemplate…</source>
        <translation>Argo WorkflowTemplate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argo ClusterWorkflowTemplate…</source>
        <translation>Argo ClusterWorkflowTemplate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline Studio (native)…</source>
        <translation>Pipeline Studio (nativ)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export pipeline</source>
        <translation>Pipeline exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline Studio did not close normally. Unsaved changes to %1 from %2 were kept. Restore them?</source>
        <translation>Pipeline Studio wurde nicht normal beendet. Ungespeicherte Änderungen an %1 vom %2 wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restored unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ps::EventStream</name>
    <message>
        <location filename="../client/http/eventstream.cpp" line="+40"/>
        <source>The event stream from %1 was closed.</source>
        <translation>Der Ereignisstrom von %1 wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>ps::ExecCredentialProvider</name>
    <message>
        <location filename="../client/kube/execcredentialprovider.cpp" line="+72"/>
        <source>The credential plugin &apos;%1&apos; did not answer within %2 seconds.</source>
        <translation>Das Credential-Plugin „%1“ hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential plugin &apos;%1&apos; could not be started: %2.</source>
        <translation>Das Credential-Plugin „%1“ konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential plugin &apos;%1&apos; failed (exit code %2): %3</source>
        <translation>Das Credential-Plugin „%1“ ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential plugin &apos;%1&apos; printed more than a credential.</source>
        <translation>Das Credential-Plugin „%1“ hat mehr als Zugangsdaten ausgegeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential plugin &apos;%1&apos; did not print an ExecCredential.</source>
        <translation>Das Credential-Plugin „%1“ hat kein ExecCredential ausgegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credential plugin &apos;%1&apos; answered with API &apos;%2&apos; where &apos;%3&apos; was asked for.</source>
        <translation>Das Credential-Plugin „%1“ antwortete mit API „%2“, verlangt war „%3“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential plugin &apos;%1&apos; gave an unreadable expirationTimestamp &apos;%2&apos;.</source>
        <translation>Das Credential-Plugin „%1“ lieferte einen unlesbaren expirationTimestamp „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credential plugin &apos;%1&apos; gave neither a token nor a client certificate.</source>
        <translation>Das Credential-Plugin „%1“ lieferte weder ein Token noch ein Client-Zertifikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential plugin &apos;%1&apos; gave a client certificate without its key.</source>
        <translation>Das Credential-Plugin „%1“ lieferte ein Client-Zertifikat ohne dessen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>ps::HttpReply</name>
    <message>
        <location filename="../client/http/httpreply.cpp" line="+86"/>
        <location line="+23"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The answer from %1 is larger than %2 MiB and was not read.</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 antwortete mit HTTP-Status %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing answers at %1: the connection was refused.</source>
        <translation>Unter %1 antwortet nichts: die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host %1 could not be found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secure connection to %1 failed: %2. Check the server&apos;s certificate and the certificate authority configured for it.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Das Zertifikat des Servers und die dafür eingerichtete Zertifizierungsstelle prüfen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ps::KeyValueTable</name>
    <message>
        <location filename="../widgets/properties/keyvaluetable.cpp" line="+21"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ps::KfpBackend</name>
    <message>
        <location filename="../client/kfp/kfpbackend.cpp" line="+46"/>
        <source>Kubeflow (%1)</source>
        <translation>Kubeflow (%1)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The pipeline cannot run on Kubeflow Pipelines: %1</source>
        <translation>Die Pipeline kann nicht auf Kubeflow Pipelines laufen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>uploading…</source>
        <translation>wird hochgeladen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The pipeline has no schedule.</source>
        <translation>Die Pipeline hat keinen Zeitplan.</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+30"/>
        <source>There is no run &apos;%1&apos; on %2 (yet).</source>
        <translation>Es gibt (noch) keinen Lauf „%1“ auf %2.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Only a failed run can be retried; &apos;%1&apos; is %2.</source>
        <translation>Nur ein fehlgeschlagener Lauf kann wiederholt werden; „%1“ ist %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>submitting…</source>
        <translation>wird übermittelt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no run &apos;%1&apos; on %2.</source>
        <translation>Es gibt keinen Lauf „%1“ auf %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1&apos; is still going; cancel it first.</source>
        <translation>Lauf „%1“ läuft noch; zuerst abbrechen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Logs of Kubeflow runs are read from the cluster: choose a kubeconfig context for this connection.</source>
        <translation>Logs von Kubeflow-Läufen werden aus dem Cluster gelesen: für diese Verbindung einen kubeconfig-Kontext wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; has no log: it ran no pod (yet).</source>
        <translation>„%1“ hat kein Log: es lief (noch) kein Pod.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Kubeflow Pipelines answered the artifact request with something that is not an artifact.</source>
        <translation>Kubeflow Pipelines beantwortete die Artefakt-Anfrage mit etwas, das kein Artefakt ist.</translation>
    </message>
</context>
<context>
    <name>ps::KfpSubmission</name>
    <message>
        <location filename="../client/kfp/kfpsubmission.cpp" line="+45"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Uploading the pipeline failed: %1</source>
        <translation>Das Hochladen der Pipeline ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creating the experiment &apos;%1&apos; failed: %2</source>
        <translation>Das Anlegen des Experiments „%1“ ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ps::KubeAuthenticator</name>
    <message>
        <location filename="../client/kube/kubeauthenticator.cpp" line="+62"/>
        <source>The token file &apos;%1&apos; of context &apos;%2&apos; cannot be read: %3.</source>
        <translation>Die Token-Datei „%1“ des Kontexts „%2“ kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The connection to the cluster was closed.</source>
        <translation>Die Verbindung zum Cluster wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The cluster refused the credentials of context &apos;%1&apos; (HTTP 401): %2. Sign in to the cluster again, or check the context&apos;s token, token file, client certificate or credential plugin.</source>
        <translation>Der Cluster hat die Anmeldedaten des Kontexts „%1“ abgelehnt (HTTP 401): %2. Melden Sie sich erneut am Cluster an oder prüfen Sie Token, Token-Datei, Client-Zertifikat oder Credential-Plugin des Kontexts.</translation>
    </message>
</context>
<context>
    <name>ps::KubeClient</name>
    <message>
        <location filename="../client/kube/kubeclient.cpp" line="+16"/>
        <source>The Kubernetes API server of context &apos;%1&apos; (%2)</source>
        <translation>Der Kubernetes-API-Server des Kontexts „%1“ (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Service %1/%2 through context &apos;%3&apos;</source>
        <translation>Service %1/%2 über Kontext „%3“</translation>
    </message>
</context>
<context>
    <name>ps::LocalPrometheus</name>
    <message>
        <location filename="../client/prometheus/localprometheus.cpp" line="+102"/>
        <source>Prometheus cannot be reached: the application is shutting down.</source>
        <translation>Prometheus ist nicht erreichbar: die Anwendung wird beendet.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Prometheus is not installed here. Install the Debian packages prometheus and prometheus-node-exporter, or set the address of another Prometheus in the settings.</source>
        <translation>Prometheus ist hier nicht installiert. Die Debian-Pakete prometheus und prometheus-node-exporter installieren oder in den Einstellungen die Adresse eines anderen Prometheus festlegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1 for Prometheus&apos; data.</source>
        <translation>Der Ordner %1 für die Daten von Prometheus kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write Prometheus&apos; configuration in %1.</source>
        <translation>Die Konfiguration von Prometheus kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prometheus could not be started from %1.</source>
        <translation>Prometheus konnte nicht aus %1 gestartet werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prometheus did not become ready within %1 s; its log is %2.</source>
        <translation>Prometheus war nicht innerhalb von %1 s bereit; sein Log ist %2.</translation>
    </message>
</context>
<context>
    <name>ps::LogsPanel</name>
    <message>
        <location filename="../widgets/logs/logspanel.cpp" line="+83"/>
        <source>Search the log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only matching</source>
        <translation>Nur Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only the lines that match</source>
        <translation>Nur die passenden Zeilen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show timestamps</source>
        <translation>Zeitstempel zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrap long lines instead of scrolling sideways</source>
        <translation>Lange Zeilen umbrechen statt seitlich zu scrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep showing the newest lines</source>
        <translation>Immer die neuesten Zeilen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected lines</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the log to a file</source>
        <translation>Das Log in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reading the log… %n line(s)</source>
        <translation>
            <numerusform>Log wird gelesen… %n Zeile</numerusform>
            <numerusform>Log wird gelesen… %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s), complete</source>
        <translation>
            <numerusform>%n Zeile, vollständig</numerusform>
            <numerusform>%n Zeilen, vollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s), following the task</source>
        <translation>
            <numerusform>%n Zeile, dem Task folgend</numerusform>
            <numerusform>%n Zeilen, dem Task folgend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Invalid expression</source>
        <translation>Ungültiger Ausdruck</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save Log</source>
        <translation>Log speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Log-Dateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ps::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="+169"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sub-pipeline %1 — double-click empty canvas or use View ▸ Back to the Pipeline</source>
        <translation>Unter-Pipeline %1 — Doppelklick auf leere Zeichenfläche oder Ansicht ▸ Zurück zur Pipeline</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Add a folder of components</source>
        <translation>Einen Ordner mit Komponenten hinzufügen</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to the Pipeline</source>
        <translation>&amp;Zurück zur Pipeline</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 — Pipeline Studio</source>
        <translation>%1%2 — Pipeline Studio</translation>
    </message>
</context>
<context>
    <name>ps::MonitoringConnection</name>
    <message>
        <location filename="../client/prometheus/monitoringconnection.cpp" line="+100"/>
        <source>Connecting to Prometheus through the cluster…</source>
        <translation>Verbindung zu Prometheus über den Cluster…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting the user-level Prometheus…</source>
        <translation>Der Prometheus auf Benutzerebene wird gestartet…</translation>
    </message>
</context>
<context>
    <name>ps::MonitoringDocks</name>
    <message>
        <location filename="../widgets/mainwindow/monitoringdocks.cpp" line="+22"/>
        <source>&amp;Prometheus Settings…</source>
        <translation>&amp;Prometheus-Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PromQL Console</source>
        <translation>PromQL-Konsole</translation>
    </message>
</context>
<context>
    <name>ps::NodeDetailsView</name>
    <message>
        <location filename="../widgets/run/nodedetailsview.cpp" line="+43"/>
        <source>Select a task in the run graph or the tree to see what it did.</source>
        <translation>Einen Task im Laufgraphen oder im Baum wählen, um zu sehen, was er getan hat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+24"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+24"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Caching</source>
        <translation>Caching</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+28"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Command run</source>
        <translation>Ausgeführter Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>ps::NodesModel</name>
    <message>
        <location filename="../client/cluster/nodesmodel.cpp" line="+10"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory used</source>
        <translation>Speicher belegt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ps::PaletteModel</name>
    <message>
        <location filename="../widgets/palette/palettemodel.cpp" line="+138"/>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
</context>
<context>
    <name>ps::PaletteWidget</name>
    <message>
        <location filename="../widgets/palette/palettewidget.cpp" line="+29"/>
        <source>Search components</source>
        <translation>Komponenten suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a folder of component files to the palette</source>
        <translation>Einen Ordner mit Komponentendateien zur Palette hinzufügen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 holds no component.</source>
        <translation>%1 enthält keine Komponente.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Added %n component(s) to the palette.</source>
        <translation>
            <numerusform>%n Komponente zur Palette hinzugefügt.</numerusform>
            <numerusform>%n Komponenten zur Palette hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PipelineDocument</name>
    <message>
        <location filename="../model/document/pipelinedocument.cpp" line="+51"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ps::PipelinePropertiesForm</name>
    <message>
        <location filename="../widgets/properties/pipelinepropertiesform.cpp" line="+54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cron, e.g. 0 2 * * * (empty: run on demand)</source>
        <translation>Cron, z. B. 0 2 * * * (leer: bei Bedarf ausführen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters (types: String, Integer, Float, Boolean, List, Dict):</source>
        <translation>Parameter (Typen: String, Integer, Float, Boolean, List, Dict):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit handler:</source>
        <translation>Abschluss-Task:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit parameters</source>
        <translation>Parameter bearbeiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>Set exit handler</source>
        <translation>Abschluss-Task festlegen</translation>
    </message>
</context>
<context>
    <name>ps::PipelineView</name>
    <message>
        <location filename="../widgets/editor/pipelineview.cpp" line="+86"/>
        <source>dropped component</source>
        <translation>abgelegte Komponente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dropped data holds no component.</source>
        <translation>Die abgelegten Daten enthalten keine Komponente.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ps::ProblemsPanel</name>
    <message>
        <location filename="../widgets/problems/problemspanel.cpp" line="+19"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>ps::PromQlConsole</name>
    <message>
        <location filename="../widgets/promql/promqlconsole.cpp" line="+36"/>
        <source>Instant (table)</source>
        <translation>Zeitpunkt (Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range (chart)</source>
        <translation>Zeitraum (Diagramm)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queries run before</source>
        <translation>Früher ausgeführte Abfragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the query (Ctrl+Return)</source>
        <translation>Die Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>History (%n)</source>
        <translation>
            <numerusform>Verlauf (%n)</numerusform>
            <numerusform>Verlauf (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No Prometheus is configured.</source>
        <translation>Kein Prometheus eingerichtet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The query returned no series.</source>
        <translation>Die Abfrage lieferte keine Serie.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n Serie</numerusform>
            <numerusform>%n Serien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PromQlEditor</name>
    <message>
        <location filename="../widgets/promql/promqleditor.cpp" line="+18"/>
        <source>PromQL, e.g. rate(node_cpu_seconds_total[1m]) — Ctrl+Return runs it</source>
        <translation>PromQL, z. B. rate(node_cpu_seconds_total[1m]) — Strg+Eingabe führt es aus</translation>
    </message>
</context>
<context>
    <name>ps::PrometheusSettingsDialog</name>
    <message>
        <location filename="../widgets/settings/prometheussettingsdialog.cpp" line="+23"/>
        <source>Prometheus settings</source>
        <translation>Prometheus-Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At an address</source>
        <translation>Unter einer Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Through cluster connection: %1</source>
        <translation>Über Cluster-Verbindung: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty: the Prometheus Pipeline Studio starts for you</source>
        <translation>Leer: der Prometheus, den Pipeline Studio für Sie startet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: none</source>
        <translation>Leer: keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prometheus:</source>
        <translation>Prometheus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service namespace:</source>
        <translation>Namespace des Service:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service name:</source>
        <translation>Name des Service:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service port:</source>
        <translation>Port des Service:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service scheme:</source>
        <translation>Schema des Service:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus URL:</source>
        <translation>Prometheus-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alertmanager URL:</source>
        <translation>Alertmanager-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token or password is kept in the system keychain; where none runs, only for this session.</source>
        <translation>Das Token oder Passwort wird im Schlüsselbund des Systems aufbewahrt; wo keiner läuft, nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1
Requests go to the context&apos;s API server at …%2 with the context&apos;s credentials.</source>
        <translation>%1
Anfragen gehen an den API-Server des Kontexts unter …%2, mit den Zugangsdaten des Kontexts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name the Prometheus service: its namespace and its name.</source>
        <translation>Den Prometheus-Service angeben: seinen Namespace und seinen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an http:// or https:// address.</source>
        <translation>%1 ist keine http://- oder https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>ps::PropertiesPanel</name>
    <message>
        <location filename="../widgets/properties/propertiespanel.cpp" line="+32"/>
        <source>Open or create a pipeline to see its properties here.</source>
        <translation>Eine Pipeline öffnen oder anlegen, um hier ihre Eigenschaften zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n tasks selected</source>
        <translation>
            <numerusform>%n Task ausgewählt</numerusform>
            <numerusform>%n Tasks ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PublishTemplateDialog</name>
    <message>
        <location filename="../widgets/run/publishtemplatedialog.cpp" line="+22"/>
        <source>Publish as WorkflowTemplate</source>
        <translation>Als WorkflowTemplate veröffentlichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The WorkflowTemplate&apos;s name on the server: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>Der Name des WorkflowTemplates auf dem Server: Kleinbuchstaben, Ziffern, „-“ und „.“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish on:</source>
        <translation>Veröffentlichen auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template name:</source>
        <translation>Name des Templates:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no Argo connection to publish on</source>
        <translation>keine Argo-Verbindung zum Veröffentlichen</translation>
    </message>
</context>
<context>
    <name>ps::ResourcesLoader</name>
    <message>
        <location filename="../client/prometheus/resourcesloader.cpp" line="+25"/>
        <source>No Prometheus is configured.</source>
        <translation>Kein Prometheus eingerichtet.</translation>
    </message>
</context>
<context>
    <name>ps::ResourcesPanel</name>
    <message>
        <location filename="../widgets/resources/resourcespanel.cpp" line="+46"/>
        <location line="+165"/>
        <source>No run selected.</source>
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Time range of the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh off</source>
        <translation>Nicht aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often live charts ask Prometheus again</source>
        <translation>Wie oft Live-Diagramme Prometheus erneut abfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>No samples in this time range yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Messwerte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pipeline Studio starts its own Prometheus when the Debian packages prometheus and prometheus-node-exporter are installed, or &lt;a href=&quot;configure&quot;&gt;set the address of your Prometheus&lt;/a&gt;.</source>
        <translation>Pipeline Studio startet einen eigenen Prometheus, wenn die Debian-Pakete prometheus und prometheus-node-exporter installiert sind, oder &lt;a href=&quot;configure&quot;&gt;die Adresse Ihres Prometheus festlegen&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No data: see the message above.</source>
        <translation>Keine Daten: siehe die Meldung oben.</translation>
    </message>
</context>
<context>
    <name>ps::ResumingLogStream</name>
    <message>
        <location filename="../client/cluster/resuminglogstream.cpp" line="+42"/>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The log stream was lost %1 times in a row (%2); the lines so far are kept.</source>
        <translation>Der Log-Strom ist %1-mal in Folge abgerissen (%2); die bisherigen Zeilen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ps::RunBackend</name>
    <message>
        <location filename="../client/run/runbackend.h" line="+107"/>
        <source>%1 cannot suspend, resume or stop run %2; cancel ends it.</source>
        <translation>%1 kann Run %2 nicht anhalten, fortsetzen oder stoppen; Abbrechen beendet ihn.</translation>
    </message>
</context>
<context>
    <name>ps::RunDialog</name>
    <message>
        <location filename="../widgets/run/rundialog.cpp" line="+32"/>
        <source>Reuse cached results of unchanged tasks</source>
        <translation>Zwischengespeicherte Ergebnisse unveränderter Tasks wiederverwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run “%1”</source>
        <translation>„%1“ ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chosen by the backend</source>
        <translation>vom Backend gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An experiment of the server, or the name of a new one</source>
        <translation>Ein Experiment des Servers oder der Name eines neuen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run on:</source>
        <translation>Ausführen auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run name:</source>
        <translation>Name des Laufs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment:</source>
        <translation>Experiment:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+68"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pipeline has no parameters.</source>
        <translation>Diese Pipeline hat keine Parameter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run once now</source>
        <translation>Jetzt einmal ausführen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create a CronWorkflow with cron “%1”</source>
        <translation>Einen CronWorkflow mit Cron „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a recurring run with cron “%1”</source>
        <translation>Einen wiederkehrenden Run mit Cron „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create Schedule</source>
        <translation>Zeitplan anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm what will run</source>
        <translation>Bestätigen, was ausgeführt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pipeline has not been run on this machine before, or it changed since. It will run these commands with your user&apos;s rights:</source>
        <translation>Diese Pipeline wurde auf diesem Rechner noch nicht ausgeführt oder hat sich seitdem geändert. Sie führt diese Befehle mit den Rechten Ihres Benutzers aus:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have read these commands and trust them</source>
        <translation>Ich habe diese Befehle gelesen und vertraue ihnen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The experiments could not be read (%1); type a name</source>
        <translation>Die Experimente konnten nicht gelesen werden (%1); geben Sie einen Namen ein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameter &apos;%1&apos;: %2</source>
        <translation>Parameter „%1“: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no backend to run on</source>
        <translation>kein Backend zum Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm the commands first</source>
        <translation>zuerst die Befehle bestätigen</translation>
    </message>
</context>
<context>
    <name>ps::RunDocks</name>
    <message>
        <location filename="../widgets/mainwindow/rundocks.cpp" line="+36"/>
        <source>&amp;Run Pipeline…</source>
        <translation>Pipeline &amp;ausführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish as WorkflowTemplate…</source>
        <translation>Als WorkflowTemplate &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the open pipeline (F5)</source>
        <translation>Die geöffnete Pipeline ausführen (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pipeline has no tasks to run.</source>
        <translation>Die Pipeline hat keine Tasks zum Ausführen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run %1 started.</source>
        <translation>Lauf %1 gestartet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publish the open pipeline to an Argo server as a WorkflowTemplate</source>
        <translation>Die geöffnete Pipeline als WorkflowTemplate auf einem Argo-Server veröffentlichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run Graph</source>
        <translation>Laufgraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task Details</source>
        <translation>Task-Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
</context>
<context>
    <name>ps::RunGraphPanel</name>
    <message>
        <location filename="../widgets/run/rungraphpanel.cpp" line="+31"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the enclosing graph</source>
        <translation>Zurück zum umgebenden Graphen</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No run open. Start one with Run ▸ Run Pipeline, or open one in the Runs panel.</source>
        <translation>Kein Lauf geöffnet. Mit Ausführen ▸ Pipeline ausführen starten oder im Bereich „Läufe“ öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — inside %1</source>
        <translation> — in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the pipeline of this run is not available)</source>
        <translation> (die Pipeline dieses Laufs ist nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>ps::RunLauncher</name>
    <message>
        <location filename="../widgets/run/runlauncher.cpp" line="+33"/>
        <source>The pipeline of run &apos;%1&apos; is not available, so it cannot be cloned.</source>
        <translation>Die Pipeline des Laufs „%1“ ist nicht verfügbar, daher kann er nicht geklont werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clone run “%1”</source>
        <translation>Lauf „%1“ klonen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The run did not start: %1</source>
        <translation>Der Lauf wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The schedule was not created: %1</source>
        <translation>Der Zeitplan wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule %1 created on %2.</source>
        <translation>Zeitplan %1 auf %2 angelegt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no Argo connection to publish on.</source>
        <translation>Es gibt keine Argo-Verbindung zum Veröffentlichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The WorkflowTemplate was not published on %1: %2</source>
        <translation>Das WorkflowTemplate wurde auf %1 nicht veröffentlicht: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WorkflowTemplate %1 published on %2.</source>
        <translation>WorkflowTemplate %1 auf %2 veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>ps::RunNodesModel</name>
    <message>
        <location filename="../model/run/runnodesmodel.cpp" line="+187"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>ps::RunsModel</name>
    <message>
        <location filename="../client/run/runsmodel.cpp" line="+172"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
</context>
<context>
    <name>ps::RunsPanel</name>
    <message>
        <location filename="../widgets/run/runspanel.cpp" line="+28"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Retry Failed Tasks</source>
        <translation>Fehlgeschlagene Tasks wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone…</source>
        <translation>Klonen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+44"/>
        <source>Suspend</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Hold the run where it is (Argo)</source>
        <translation>Den Run an seiner Stelle anhalten (Argo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let a suspended run go on (Argo)</source>
        <translation>Einen angehaltenen Run fortsetzen (Argo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the run, letting its exit handler run (Argo); Cancel ends it at once</source>
        <translation>Den Run beenden und seinen Exit-Handler laufen lassen (Argo); Abbrechen beendet ihn sofort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete run “%1” with its logs and artifacts from %2?</source>
        <translation>Lauf „%1“ mit Logs und Artefakten aus %2 löschen?</translation>
    </message>
</context>
<context>
    <name>ps::SchedulesModel</name>
    <message>
        <location filename="../client/run/schedulesmodel.cpp" line="+81"/>
        <source>The schedules of %1 could not be listed: %2</source>
        <translation>Die Zeitpläne von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 has no schedules.</source>
        <translation>%1 hat keine Zeitpläne.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Schedule %1 was not suspended: %2</source>
        <translation>Zeitplan %1 wurde nicht angehalten: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule %1 was not resumed: %2</source>
        <translation>Zeitplan %1 wurde nicht fortgesetzt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schedule %1 suspended.</source>
        <translation>Zeitplan %1 angehalten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule %1 resumed.</source>
        <translation>Zeitplan %1 fortgesetzt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server does not say when this schedule last started a run.</source>
        <translation>Der Server gibt nicht an, wann dieser Zeitplan zuletzt einen Run gestartet hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scheduled</source>
        <translation>Zuletzt gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>ps::SchedulesPanel</name>
    <message>
        <location filename="../widgets/run/schedulespanel.cpp" line="+28"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop the schedule from starting runs</source>
        <translation>Der Zeitplan startet keine Runs mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the schedule start runs again</source>
        <translation>Der Zeitplan startet wieder Runs</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No Argo or Kubeflow connection. Schedules appear here once one is added.</source>
        <translation>Keine Argo- oder Kubeflow-Verbindung. Zeitpläne erscheinen hier, sobald eine angelegt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No schedules yet. Run a pipeline that has a schedule and choose “Create a CronWorkflow” or “Create a recurring run”.</source>
        <translation>Noch keine Zeitpläne. Führen Sie eine Pipeline mit Zeitplan aus und wählen Sie „Einen CronWorkflow anlegen“ oder „Einen wiederkehrenden Run anlegen“.</translation>
    </message>
</context>
<context>
    <name>ps::SeriesTableModel</name>
    <message>
        <location filename="../model/metrics/seriestablemodel.cpp" line="+32"/>
        <source>scalar</source>
        <translation>Skalar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>ps::SilencesModel</name>
    <message>
        <location filename="../client/cluster/silencesmodel.cpp" line="+8"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>ps::TargetsModel</name>
    <message>
        <location filename="../client/cluster/targetsmodel.cpp" line="+9"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last scrape</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ps::TaskPropertiesForm</name>
    <message>
        <location filename="../widgets/properties/taskpropertiesform.cpp" line="+46"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:</source>
        <translation>Beschriftung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component:</source>
        <translation>Komponente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementation</source>
        <translation>Implementierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreter:</source>
        <translation>Interpreter:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set label of %1</source>
        <translation>Beschriftung von %1 festlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A step needs an image to run in.</source>
        <translation>Ein Schritt braucht ein Image, in dem er läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set image</source>
        <translation>Image festlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit command</source>
        <translation>Befehl bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set interpreter</source>
        <translation>Interpreter festlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit script</source>
        <translation>Skript bearbeiten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (shared by %2 tasks: editing it changes all of them)</source>
        <translation>%1 (von %2 Tasks geteilt: eine Änderung betrifft alle)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Command and arguments (one per line):</source>
        <translation>Befehl und Argumente (einer pro Zeile):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command and arguments (structured; edit in the file):</source>
        <translation>Befehl und Argumente (strukturiert; in der Datei bearbeiten):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This component takes no inputs.</source>
        <translation>Diese Komponente hat keine Eingänge.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>ps::TaskSettingsForm</name>
    <message>
        <location filename="../widgets/properties/tasksettingsform.cpp" line="+46"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount path</source>
        <translation>Einhängepfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claim / reference</source>
        <translation>Claim / Verweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reuse earlier results when inputs are unchanged</source>
        <translation>Frühere Ergebnisse wiederverwenden, wenn die Eingaben gleich sind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets:</source>
        <translation>Secrets:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU request:</source>
        <translation>CPU-Anforderung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU limit:</source>
        <translation>CPU-Limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory request:</source>
        <translation>Speicher-Anforderung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory limit:</source>
        <translation>Speicher-Limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs:</source>
        <translation>GPUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry backoff:</source>
        <translation>Wartezeit vor Wiederholung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run only if:</source>
        <translation>Nur ausführen wenn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no loop</source>
        <translation>keine Schleife</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for each item of a list</source>
        <translation>für jedes Element einer Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for each item of a parameter</source>
        <translation>für jedes Element eines Parameters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for a count</source>
        <translation>für eine Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop:</source>
        <translation>Schleife:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop over:</source>
        <translation>Schleife über:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At once:</source>
        <translation>Gleichzeitig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes:</source>
        <translation>Volumes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node selector:</source>
        <translation>Node-Selektor:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit environment</source>
        <translation>Umgebung bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit secrets</source>
        <translation>Secrets bearbeiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit volumes</source>
        <translation>Volumes bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit node selector</source>
        <translation>Node-Selektor bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set retries</source>
        <translation>Wiederholungen festlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set timeout</source>
        <translation>Zeitlimit festlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set caching</source>
        <translation>Caching festlegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set retry backoff</source>
        <translation>Wartezeit vor Wiederholung festlegen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Set resources</source>
        <translation>Ressourcen festlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set condition</source>
        <translation>Bedingung festlegen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name the parameter (or write the expression) that gives the list.</source>
        <translation>Den Parameter nennen (oder den Ausdruck schreiben), der die Liste liefert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set loop</source>
        <translation>Schleife festlegen</translation>
    </message>
</context>
<context>
    <name>ps::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/charts/timeserieschart.cpp" line="+204"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ps::WelcomePage</name>
    <message>
        <location filename="../widgets/mainwindow/welcomepage.cpp" line="+21"/>
        <source>Pipeline Studio</source>
        <translation>Pipeline Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design a pipeline, run it here, then on your cluster.</source>
        <translation>Eine Pipeline entwerfen, hier ausführen, dann im Cluster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
</context>
<context>
    <name>pstudio</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+75"/>
        <source>pstudio: unknown command &apos;%1&apos;</source>
        <translation>pstudio: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: pstudio COMMAND FILE [options]

commands:
  validate FILE         check a pipeline or component file of any supported format;
                        exit 0 valid, 1 invalid (diagnostics on stderr), 2 unreadable
  inspect FILE --json   print the file&apos;s format, kind, name, inputs, outputs and tasks as JSON
  format FILE [-o OUT]  rewrite a Pipeline Studio file in its canonical form
  export FILE --format FORMAT [-o OUT] [--schedule CRON]
                        write the pipeline from any readable format as native, kfp-ir,
                        argo-workflow, argo-cron-workflow, argo-workflow-template or
                        argo-cluster-workflow-template (to stdout without -o); exit 1 and
                        write nothing when the pipeline is invalid or cannot be expressed
  run FILE [--param NAME=VALUE]... [--workdir DIR] [--metrics-port PORT] [--no-cache] [--yes] [--json]
                        run the pipeline on this machine; exit 0 succeeded, 1 failed,
                        2 unreadable or invalid
  submit FILE --to argo|kfp (--server URL | --context NAME) [--namespace NS] [--token-file F]
         [--experiment NAME] [--param NAME=VALUE]... [--follow] [--json]
                        run the pipeline on Argo Workflows or Kubeflow Pipelines (the token
                        from --token-file, the kubeconfig, the keychain or ARGO_TOKEN/KFP_TOKEN);
                        exit 0 succeeded (without --follow: accepted), 1 failed or refused,
                        2 invalid file or connection settings
  query --prometheus URL [--range DURATION [--step DURATION]] [--json] EXPR
                        run a PromQL query; exit 0 printed, 1 refused or no answer
  version               print the version
</source>
        <translation>Aufruf: pstudio COMMAND FILE [Optionen]

Befehle:
  validate FILE         eine Pipeline- oder Komponentendatei jedes unterstützten Formats prüfen;
                        Exit 0 gültig, 1 ungültig (Diagnosen auf stderr), 2 unlesbar
  inspect FILE --json   Format, Art, Name, Eingänge, Ausgänge und Tasks der Datei als JSON ausgeben
  format FILE [-o OUT]  eine Pipeline-Studio-Datei in ihre kanonische Form umschreiben
  export FILE --format FORMAT [-o OUT] [--schedule CRON]
                        die Pipeline aus jedem lesbaren Format als native, kfp-ir,
                        argo-workflow, argo-cron-workflow, argo-workflow-template oder
                        argo-cluster-workflow-template schreiben (ohne -o nach stdout); Exit 1
                        ohne etwas zu schreiben, wenn die Pipeline ungültig ist oder sich nicht
                        ausdrücken lässt
  run FILE [--param NAME=VALUE]... [--workdir DIR] [--metrics-port PORT] [--no-cache] [--yes] [--json]
                        die Pipeline auf diesem Rechner ausführen; Exit 0 erfolgreich,
                        1 fehlgeschlagen, 2 unlesbar oder ungültig
  submit FILE --to argo|kfp (--server URL | --context NAME) [--namespace NS] [--token-file F]
         [--experiment NAME] [--param NAME=VALUE]... [--follow] [--json]
                        die Pipeline auf Argo Workflows oder Kubeflow Pipelines ausführen (das
                        Token aus --token-file, der kubeconfig, dem Schlüsselbund oder
                        ARGO_TOKEN/KFP_TOKEN); Exit 0 erfolgreich (ohne --follow: angenommen),
                        1 fehlgeschlagen oder abgelehnt, 2 ungültige Datei oder
                        Verbindungseinstellungen
  query --prometheus URL [--range DURATION [--step DURATION]] [--json] EXPR
                        eine PromQL-Abfrage ausführen; Exit 0 ausgegeben, 1 abgelehnt oder
                        keine Antwort
  version               die Version ausgeben
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: valid %2 (%3)</source>
        <translation>%1: gültige %2 (%3)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: only Pipeline Studio files can be formatted</source>
        <translation>%1: nur Pipeline-Studio-Dateien können formatiert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+54"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>pstudio: cannot write format &apos;%1&apos;</source>
        <translation>pstudio: Format „%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the pipeline has no schedule; give one with --schedule &quot;CRON&quot; (e.g. --schedule &quot;0 2 * * *&quot;)</source>
        <translation>%1: die Pipeline hat keinen Zeitplan; einen mit --schedule &quot;CRON&quot; angeben (z. B. --schedule &quot;0 2 * * *&quot;)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="+39"/>
        <location filename="../app/cli/submitcommand.cpp" line="+59"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/cliinputs.cpp" line="+31"/>
        <source>--param takes NAME=VALUE, not &apos;%1&apos;</source>
        <translation>--param nimmt NAME=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="+14"/>
        <source>--metrics-port takes a port number</source>
        <translation>--metrics-port nimmt eine Portnummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/submitcommand.cpp" line="+28"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: pstudio run FILE [--param NAME=VALUE]... [--workdir DIR] [--metrics-port PORT] [--no-cache] [--yes] [--json]</source>
        <translation>Aufruf: pstudio run FILE [--param NAME=VALUE]... [--workdir DIR] [--metrics-port PORT] [--no-cache] [--yes] [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This pipeline has never been run on this machine. It will run:</source>
        <translation>Diese Pipeline wurde auf diesem Rechner noch nie ausgeführt. Sie führt aus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it? [y/N] </source>
        <translation>Ausführen? [y/N] </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not run: not confirmed (pass --yes to run without asking)</source>
        <translation>nicht ausgeführt: nicht bestätigt (--yes angeben, um ohne Nachfrage auszuführen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>metrics at http://127.0.0.1:%1/metrics</source>
        <translation>Metriken unter http://127.0.0.1:%1/metrics</translation>
    </message>
    <message>
        <location filename="../app/cli/runfollower.cpp" line="+82"/>
        <source>cancelling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>run %1: %2%3</source>
        <translation>Lauf %1: %2%3</translation>
    </message>
    <message>
        <location filename="../app/cli/submitcommand.cpp" line="-39"/>
        <source>usage: pstudio submit FILE --to argo|kfp (--server URL | --context NAME) [--namespace NS] [--token-file F] [--experiment NAME] [--param NAME=VALUE]... [--follow] [--json]</source>
        <translation>Aufruf: pstudio submit FILE --to argo|kfp (--server URL | --context NAME) [--namespace NS] [--token-file F] [--experiment NAME] [--param NAME=VALUE]... [--follow] [--json]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a token is never taken from the command line (it would show in the process list and the shell history): use --token-file, the kubeconfig, a saved connection or ARGO_TOKEN / KFP_TOKEN</source>
        <translation>ein Token wird nie von der Befehlszeile genommen (es stünde in der Prozessliste und im Shell-Verlauf): --token-file, die kubeconfig, eine gespeicherte Verbindung oder ARGO_TOKEN / KFP_TOKEN verwenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--to takes argo or kfp</source>
        <translation>--to nimmt argo oder kfp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --server URL or --context NAME</source>
        <translation>entweder --server URL oder --context NAME angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--server takes an http:// or https:// address, not &apos;%1&apos;</source>
        <translation>--server nimmt eine http://- oder https://-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--experiment is for --to kfp</source>
        <translation>--experiment gilt nur für --to kfp</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The token file &apos;%1&apos; cannot be read: %2.</source>
        <translation>Die Token-Datei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The run was not submitted to %1: %2</source>
        <translation>Der Lauf wurde nicht an %1 übermittelt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>submitted run %1 to %2</source>
        <translation>Lauf %1 an %2 übermittelt</translation>
    </message>
</context>
</TS>
