#!/usr/bin/env python3
"""Writes a seed corpus for each libFuzzer target: OUT/<target>/…

Pipeline readers are seeded with every file of ../shared/corpus, the bundled examples and
components, and the regression inputs kept beside this script (regressions/<target>/);
the expression and condition parsers with the expressions of their tests' _data() rows;
the rest with a few typical inputs written here.
"""
import hashlib
import pathlib
import re
import sys

here = pathlib.Path(__file__).resolve().parent
source = here.parent.parent
shared = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else source.parent / "shared"
out = pathlib.Path(sys.argv[1])

READERS = ["fuzz_pipelinefile", "fuzz_native", "fuzz_argo", "fuzz_kfpir", "fuzz_kfpv1", "fuzz_elyra", "fuzz_kubeconfig"]


def put(target, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    if len(data) > 1_000_000:  # libFuzzer's -max_len keeps inputs small anyway
        return
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def files(*roots):
    for root in roots:
        if root.is_dir():
            yield from (p for p in sorted(root.rglob("*")) if p.is_file())


def test_strings(test_file):
    """The first string literal of each _data() row of a test file."""
    text = (source / "tests" / test_file).read_text()
    for m in re.finditer(r'QTest::newRow\("[^"]*"\)\s*<<\s*"((?:[^"\\]|\\.)*)"', text):
        yield bytes(m.group(1), "utf-8").decode("unicode_escape")


for path in files(shared / "corpus", source / "resources" / "examples", source / "resources" / "components"):
    if path.suffix in (".yaml", ".yml", ".json", ".pipeline"):
        for target in READERS[:-1]:
            put(target, path.read_bytes())

for target, test in [("fuzz_expr", "client/tst_exprevaluator.cpp"), ("fuzz_when", "client/tst_whenexpression.cpp"),
                     ("fuzz_cel", "model/tst_celtoargo.cpp"), ("fuzz_placeholder", "client/tst_exprevaluator.cpp")]:
    for s in test_strings(test):
        put(target, s)
for s in ["{{inputs.parameters.x}}", "a {{workflow.name}} b", "{{=sprig.upper(inputs.parameters.x)}}",
          "{{$.inputs.parameters['x']}}", "{{$.outputs.parameters['y'].output_file}}", "{{item.f}}"]:
    put("fuzz_placeholder", s)

put("fuzz_kubeconfig", """apiVersion: v1
kind: Config
current-context: lab
clusters:
- name: lab
  cluster: {server: 'https://127.0.0.1:6443', certificate-authority-data: 'LS0tLS1CRUdJTg==', insecure-skip-tls-verify: false}
users:
- name: me
  user:
    token: abc
    exec: {apiVersion: client.authentication.k8s.io/v1, command: kubectl, args: [oidc-login], env: [{name: A, value: b}]}
contexts:
- name: lab
  context: {cluster: lab, user: me, namespace: argo}
""")

for s in ['{"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"up","job":"node"},"value":[1700000000.5,"1"]}]}}',
          '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"pod":"a"},"values":[[1700000000,"0.5"],[1700000015,"NaN"],[1700000030,"+Inf"]]}]}}',
          '{"status":"success","data":{"resultType":"scalar","result":[1700000000,"3.5"]},"warnings":["w"]}',
          '{"status":"error","errorType":"bad_data","error":"parse error at char 4: unexpected end of input"}',
          '{"status":"success","data":["node_cpu_seconds_total","up"]}',
          '{"status":"success","data":[{"__name__":"up","instance":"localhost:9100"}]}',
          '{"status":"success","data":{"alerts":[{"labels":{"alertname":"Always"},"annotations":{},"state":"firing","activeAt":"2024-01-01T00:00:00Z","value":"1e+00"}]}}',
          '{"status":"success","data":{"activeTargets":[{"labels":{"job":"node"},"scrapeUrl":"http://127.0.0.1:9100/metrics","health":"up","lastError":"","lastScrape":"2024-01-01T00:00:00.123Z"}]}}',
          '[{"labels":{"alertname":"A"},"annotations":{"summary":"s"},"startsAt":"2024-01-01T00:00:00Z","endsAt":"2024-01-01T01:00:00Z","status":{"state":"active","silencedBy":[],"inhibitedBy":[]},"receivers":[{"name":"r"}],"fingerprint":"f"}]',
          '[{"id":"x","status":{"state":"active"},"matchers":[{"name":"a","value":"b","isRegex":false,"isEqual":true}],"startsAt":"2024-01-01T00:00:00Z","endsAt":"2024-01-02T00:00:00Z","createdBy":"me","comment":"c"}]']:
    put("fuzz_prometheus", s)

for s in ["\x10data: hello\n\n", "\x03event: update\nid: 7\ndata: {}\n\n: ping\n\n", "\x01retry: 1500\nid: 4\ndata: a\ndata: b\n\n",
          "\x20data: {\"result\":{\"type\":\"MODIFIED\",\"object\":{\"metadata\":{\"name\":\"w\"}}}}\r\n\r\n"]:
    put("fuzz_stream", s)
for s in ["plain line\nsecond\n", "\x1b[1;31mred\x1b[0m normal\n\x1b[38;5;208morange\x1b[39m\n", "\x1b[38;2;1;2;3mrgb\x1b[m\r\nno end",
          "\x1b[", "a\n\n\n\x1b[99999999999m"]:
    put("fuzz_logs", s)
for s in ['rate(node_cpu_seconds_total{mode="idle"}[5m])', 'sum by (pod) (container_memory_working_set_bytes{namespace="argo", pod=~"a.*"})',
          'up{job="', 'histogram_quantile(0.9, sum(rate(x_bucket[1m])) by (le))']:
    put("fuzz_promql", s)

for folder in files(here / "regressions"):
    put(folder.parent.name, folder.read_bytes())
print(f"seeds written to {out}")
