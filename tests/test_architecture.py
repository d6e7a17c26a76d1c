"""House rules that code review would otherwise have to remember: layers, lazy imports, i18n."""

from __future__ import annotations

import ast
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from quez.i18n import catalogue
from tests.conftest import REPO

PACKAGE = REPO / "quez"


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    "path",
    [p for p in python_files(PACKAGE) if "tui" not in p.relative_to(PACKAGE).parts],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_core_never_imports_textual(path: Path) -> None:
    """Everything Textual lives in quez/tui; the CLI reaches it only through tui_cmd."""
    bad = {m for m in imported_modules(path) if m == "textual" or m.startswith("textual.")}
    assert not bad, f"{path} imports {bad}"


def test_only_tui_cmd_reaches_into_the_tui() -> None:
    for path in python_files(PACKAGE):
        if "tui" in path.relative_to(PACKAGE).parts or path.name == "tui_cmd.py":
            continue
        tui = {m for m in imported_modules(path) if m.startswith("quez.tui")}
        assert not tui, f"{path} imports {tui}"


def _imported_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=REPO,
    ).stdout
    return set(out.split())


def test_cli_import_does_not_import_textual() -> None:
    assert not {m for m in _imported_after("import quez.cli") if m.startswith("textual")}


def test_help_imports_neither_textual_nor_typer() -> None:
    code = "from quez.cli import main\nmain(['--help'])"
    mods = _imported_after(code)
    assert not {m for m in mods if m.split(".")[0] in {"textual", "typer", "yaml"}}


def test_subcommand_help_does_not_import_textual() -> None:
    code = (
        "from quez.cli import main\n"
        "try:\n    main(['deck', '--help'])\nexcept SystemExit:\n    pass\n"
    )
    mods = _imported_after(code)
    assert "typer" in mods
    assert not {m for m in mods if m.startswith("textual")}


def test_version_imports_almost_nothing() -> None:
    code = "from quez.cli import main\nmain(['--version'])"
    mods = _imported_after(code)
    assert not {m for m in mods if m.split(".")[0] in {"typer", "click", "rich", "yaml", "textual"}}


def test_importing_every_core_module_creates_no_files(tmp_path: Path) -> None:
    home = tmp_path / "home"
    modules = [
        ".".join(p.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for p in python_files(PACKAGE)
        if p.name != "__main__.py"
    ]
    code = "import importlib\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    env = {**os.environ, "PYTHONPATH": str(REPO), "QUEZ_HOME": str(home), "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=REPO)
    assert not home.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["home"] or not list(tmp_path.iterdir())


def test_no_print_and_no_unsafe_yaml_in_library_code() -> None:
    for path in python_files(PACKAGE):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*print\(", text, re.M), f"print() in {path}"
        assert not re.search(r"yaml\.(load|load_all|full_load|unsafe_load)\(", text), path


def test_modules_stay_small() -> None:
    for path in python_files(PACKAGE):
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines < 500, f"{path} has {lines} lines: split it"


def _fields(text: str) -> set[str]:
    return {f[1] for f in string.Formatter().parse(text) if f[1]}


def test_catalogue_is_complete_and_consistent() -> None:
    for key, (nl, en) in catalogue().items():
        assert nl.strip() and en.strip(), key
        assert _fields(nl) == _fields(en), f"placeholders differ in {key}"


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    commands = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2, commands
    assert commands[1] in ci.splitlines()
    assert "pytest" in commands[1] and ".[test]" in commands[1]
    for check in ("ruff check", "ruff format --check", "mypy"):
        assert check in ci
