#!/usr/bin/env python3
"""The release workflow, the CI workflows, the Action, the workflow `deckpress init`
writes and the Dockerfile: each parses, names only what it defines (inputs, step
and job outputs, env), runs valid shell, and names no host.

    check_workflows.py SOURCE_DIR DECKPRESS
"""
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

SOURCE = pathlib.Path(sys.argv[1])
DECKPRESS = sys.argv[2]
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)
problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def expressions(value):
    """Every ${{ }} expression in a value, however deep."""
    if isinstance(value, dict):
        for item in value.values():
            yield from expressions(item)
    elif isinstance(value, list):
        for item in value:
            yield from expressions(item)
    elif isinstance(value, str):
        yield from (match.group(1) for match in EXPRESSION.finditer(value))


def written_outputs(step):
    """The outputs a run step writes with `echo "name=..." >> "$GITHUB_OUTPUT"`."""
    return set(re.findall(r'echo "([A-Za-z_][\w-]*)=[^"]*" >> "\$GITHUB_OUTPUT"', step.get("run", "")))


def check_references(where, value, steps_before, inputs=None, needs=None, env=()):
    for expression in expressions(value):
        for name, output in re.findall(r"\bsteps\.([\w-]+)\.outputs\.([\w-]+)", expression):
            if name not in steps_before:
                problem(where, f"steps.{name} is no earlier step's id")
            elif "run" in steps_before[name] and output not in written_outputs(steps_before[name]):
                problem(where, f"step {name} writes no output {output}")
        for name in re.findall(r"\binputs\.([\w-]+)", expression):
            if inputs is None or name not in inputs:
                problem(where, f"inputs.{name} is not an input")
        for job, output in re.findall(r"\bneeds\.([\w-]+)\.outputs\.([\w-]+)", expression):
            if needs is None or job not in needs:
                problem(where, f"needs.{job} is not a job this one needs")
            elif output not in needs[job].get("outputs", {}):
                problem(where, f"job {job} has no output {output}")
        for name in re.findall(r"\benv\.([\w-]+)", expression):
            if name not in env:
                problem(where, f"env.{name} is not set")
        for context in re.findall(r"\b(secrets|vars)\.", expression):
            problem(where, f"uses {context}: the workflows need no secret or variable")


def check_shell(where, script):
    """bash -n on a run block, with each expression replaced by a word."""
    script = EXPRESSION.sub("EXPRESSION", script)
    result = subprocess.run(["bash", "-n"], input=script, text=True, capture_output=True)
    if result.returncode != 0:
        problem(where, "run is not valid shell: " + result.stderr.strip())


def check_uses(where, uses):
    if not (uses.startswith("actions/") or uses == "./" or re.match(r"<owner>/deckpress@v\d", uses)):
        problem(where, f"uses {uses}: only GitHub's own actions/* and deckpress's Action")


def check_steps(where, steps, inputs=None, needs=None, env=(), composite=False):
    seen = {}
    for number, step in enumerate(steps, 1):
        here = f"{where}, step {step.get('id') or step.get('name') or number}"
        if ("uses" in step) == ("run" in step):
            problem(here, "a step has either uses or run")
        if "run" in step:
            check_shell(here, step["run"])
            if composite and "shell" not in step:
                problem(here, "a composite action's run step needs a shell")
        if "uses" in step:
            check_uses(here, step["uses"])
        step_env = set(env) | set(step.get("env", {}))
        check_references(here, {k: v for k, v in step.items() if k != "id"}, seen, inputs, needs, step_env)
        if "id" in step:
            if step["id"] in seen:
                problem(here, f"id {step['id']} twice")
            seen[step["id"]] = step
    return seen


def check_workflow(path, text):
    workflow = yaml.safe_load(text)
    on = workflow.get(True, workflow.get("on"))  # YAML 1.1 reads the key on as true
    if not on:
        problem(path, "no on:")
    jobs = workflow.get("jobs") or {}
    if not jobs:
        problem(path, "no jobs")
    inputs = set((on or {}).get("workflow_dispatch", {}).get("inputs", {})) if isinstance(on, dict) else set()
    for name, job in jobs.items():
        where = f"{path}, job {name}"
        needs = job.get("needs", [])
        needs = [needs] if isinstance(needs, str) else needs
        for need in needs:
            if need not in jobs:
                problem(where, f"needs {need}, which is no job")
        if "runs-on" not in job:
            problem(where, "no runs-on")
        env = set(workflow.get("env", {})) | set(job.get("env", {}))
        check_references(where, {"env": job.get("env", {}), "container": job.get("container")}, {}, inputs,
                         {n: jobs[n] for n in needs if n in jobs}, set(workflow.get("env", {})))
        steps = check_steps(where, job.get("steps", []), inputs, {n: jobs[n] for n in needs if n in jobs}, env)
        check_references(where + ", outputs", job.get("outputs", {}), steps)


def check_action(path):
    action = yaml.safe_load(path.read_text())
    inputs = action.get("inputs", {})
    runs = action.get("runs", {})
    if runs.get("using") != "composite":
        problem(path, "not a composite action")
    # The environment the action reads from its caller, as its header names it.
    caller_env = set(re.findall(r"^# .*\b([A-Z_]+)=FILE", path.read_text(), re.M))
    steps = check_steps(str(path), runs.get("steps", []), inputs, env=caller_env, composite=True)
    check_references(f"{path}, outputs", action.get("outputs", {}), steps, inputs)
    used = set(re.findall(r"\binputs\.([\w-]+)", " ".join(expressions(runs))))
    for name in set(inputs) - used:
        problem(path, f"input {name} is never used")
    for script in re.findall(r"\$GITHUB_ACTION_PATH/([\w/.-]+)", path.read_text()):
        if not (SOURCE / script).is_file():
            problem(path, f"runs {script}, which is not in the repository")


def check_no_hosts(path):
    """Addresses come from GitHub's context (GITHUB_SERVER_URL), never written out."""
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if "://" in line:
            problem(f"{path}:{number}", "names an address: " + line.strip())


def check_dockerfile():
    path = SOURCE / "Dockerfile"
    text = path.read_text()
    instructions = [line.split()[0] for line in text.splitlines() if line and line[0].isalpha()]
    if not text.count("\nFROM debian:12-slim\n") == 1 or instructions.count("FROM") != 1:
        problem(path, "one stage, FROM debian:12-slim")
    if '\nENTRYPOINT ["deckpress"]\n' not in text:
        problem(path, 'ENTRYPOINT ["deckpress"] (exec form)')
    if "--no-install-recommends" not in text or "rm -rf /var/lib/apt/lists/*" not in text:
        problem(path, "apt-get install --no-install-recommends, then remove apt's lists")
    if "deckpress_${VERSION}_amd64.deb" not in text:
        problem(path, "installs dist/deckpress_${VERSION}_amd64.deb, the name CPack gives the .deb")
    if (SOURCE / ".dockerignore").read_text().splitlines()[-2:] != ["*", "!dist/*.deb"]:
        problem(".dockerignore", "sends the .deb alone to docker build")


def check_docs():
    """docs/ci.md's YAML parses; its GitLab job's script is valid shell and pins the version."""
    path = SOURCE / "docs/ci.md"
    blocks = re.findall(r"```yaml\n(.*?)```", path.read_text(), re.S)
    if len(blocks) < 2:
        problem(path, "shows the GitHub workflow and the GitLab job")
    for block in blocks:
        document = yaml.safe_load(block)
        job = document.get("decks", {}) if isinstance(document, dict) else {}
        if "script" not in job:
            continue
        check_shell(f"{path}, GitLab job", "\n".join(job["script"]))
        if job.get("variables", {}).get("DECKPRESS_VERSION") != version:
            problem(f"{path}, GitLab job", f"DECKPRESS_VERSION is not {version}")
        if job.get("image") != "debian:12":
            problem(f"{path}, GitLab job", "runs in debian:12")


def starter_workflow():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([DECKPRESS, "init", folder], check=True, capture_output=True)
        return (pathlib.Path(folder) / ".github/workflows/decks.yml").read_text()


for workflow in sorted((SOURCE / ".github/workflows").glob("*.yml")):
    check_workflow(workflow.relative_to(SOURCE), workflow.read_text())
    check_no_hosts(workflow)
check_workflow("the workflow of deckpress init", starter_workflow())
check_action(SOURCE / "action.yml")
for path in [SOURCE / "action.yml", SOURCE / "Dockerfile", *sorted((SOURCE / "action").iterdir())]:
    check_no_hosts(path)
check_dockerfile()

version = subprocess.run([SOURCE / "action/version"], check=True, capture_output=True, text=True).stdout.strip()
answer = subprocess.run([DECKPRESS, "--version"], check=True, capture_output=True, text=True).stdout
if answer != f"deckpress {version}\n":
    problem("action/version", f"says {version}, deckpress --version says {answer.strip()}")
check_docs()

for line in problems:
    print(line)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
