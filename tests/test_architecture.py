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


def module_name(path: Path) -> str:
    """``quez/tui/app.py`` -> ``quez.tui.app``; a package's ``__init__`` is the package."""
    return ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")


def _absolute(path: Path, node: ast.ImportFrom, module: str | None = None) -> list[str]:
    """What a ``from`` import names, relative ones resolved against the importing module."""
    if node.level == 0:
        base = node.module or ""
    else:
        package = (module or module_name(path)).split(".")
        if path.name != "__init__.py":
            package = package[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, node.module] if node.module else package)
    # ``from quez.tui import navigation`` imports the module quez.tui.navigation too.
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def imported_modules(
    path: Path, *, top_level_only: bool = False, source: str | None = None, module: str = ""
) -> set[str]:
    """Every module ``path`` imports, relative imports and imports inside functions included.

    ``top_level_only``: only the imports that run when the module is imported (not those inside
    functions); imports under ``if TYPE_CHECKING:`` never run and are left out then too.
    ``source``/``module``: check this text as if it were module ``module`` at ``path``.
    """
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    nodes = ast.walk(tree) if not top_level_only else _top_level(tree.body)
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.update(_absolute(path, node, module or None))
    return names


def _top_level(body: list[ast.stmt]) -> list[ast.stmt]:
    found: list[ast.stmt] = []
    for node in body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, (ast.If, ast.Try)):
            found += _top_level(node.body + getattr(node, "orelse", []))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
    return found


def lazy_imports(path: Path) -> set[str]:
    """Modules imported only inside functions or classes (not when the module loads)."""
    every = imported_modules(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom):
                    typing_only.update(_absolute(path, inner))
    return every - imported_modules(path, top_level_only=True) - typing_only


def test_relative_and_lazy_imports_are_counted() -> None:
    """The checks below would miss ``from ..cli import x`` in a function: make sure they do not."""
    code = "def f():\n    from ...cli import context\n    from .. import app\n"
    screen = PACKAGE / "tui" / "screens" / "probe.py"
    found = imported_modules(screen, source=code, module="quez.tui.screens.probe")
    assert {"quez.cli", "quez.cli.context", "quez.tui", "quez.tui.app"} <= found
    assert not imported_modules(screen, source=code, module="x.y.z", top_level_only=True)


@pytest.mark.parametrize(
    "path",
    [p for p in python_files(PACKAGE) if "tui" not in p.relative_to(PACKAGE).parts],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_core_never_imports_textual(path: Path) -> None:
    """Everything Textual lives in quez/tui; the CLI reaches it only through tui_cmd."""
    bad = {m for m in imported_modules(path) if m == "textual" or m.startswith("textual.")}
    assert not bad, f"{path} imports {bad}"


def test_only_tui_cmd_reaches_into_the_tui_and_only_its_launch() -> None:
    for path in python_files(PACKAGE):
        tui = {m for m in imported_modules(path) if m.startswith("quez.tui")}
        if "tui" in path.relative_to(PACKAGE).parts:
            continue
        if path.name == "tui_cmd.py":
            outside = {m for m in tui if not m.startswith("quez.tui.launch")}
            assert not outside, f"the CLI starts the TUI only through its launch: {outside}"
            assert "quez.tui.launch" in lazy_imports(path)  # Textual loads only when the app runs
            continue
        assert not tui, f"{path} imports {tui}"


@pytest.mark.parametrize(
    "path",
    python_files(PACKAGE / "tui"),
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_the_tui_never_imports_the_cli_or_typer(path: Path) -> None:
    bad = {
        m for m in imported_modules(path)
        if m.startswith("quez.cli") or m.split(".")[0] in {"typer", "click"}
    }  # fmt: skip
    assert not bad, f"{path} imports {bad}"


@pytest.mark.parametrize(
    "path",
    [p for p in python_files(PACKAGE) if p.relative_to(PACKAGE).parts[0] not in ("cli", "tui")],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_below_the_front_ends_no_typer_and_no_front_end(path: Path) -> None:
    bad = {
        m for m in imported_modules(path)
        if m.split(".")[0] in {"typer", "click"} or m.startswith(("quez.cli", "quez.tui"))
    }  # fmt: skip
    assert not bad or path.name == "__main__.py", f"{path} imports {bad}"


def test_screens_never_import_each_other_lazily() -> None:
    """Flow screens move through the app's Navigator: no screen imports another inside a
    function (the old circular lazy imports between intervisie screens)."""
    for path in python_files(PACKAGE / "tui" / "screens"):
        lazy = {m for m in lazy_imports(path) if m.startswith("quez.tui")}
        assert not lazy, f"{path} imports {lazy} lazily: ask self.qapp.navigate instead"
        assert "quez.tui.navigation" not in imported_modules(path), f"{path}: use qapp.navigate"


def test_the_import_contract_holds_and_ci_runs_it() -> None:
    """The layer contract in pyproject.toml (import-linter), as CI runs it."""
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}
    layers = contracts["layers"]["layers"]
    assert layers[:2] == ["cli | tui", "workflows"]
    assert contracts["layers"]["ignore_imports"] == ["quez.cli.tui_cmd -> quez.tui.launch"]
    assert "lint-imports" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        capture_output=True, text=True, cwd=REPO, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:]


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
    modules = [module_name(p) for p in python_files(PACKAGE) if p.name != "__main__.py"]
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
    for check in ("ruff check", "ruff format --check", "mypy", "lint-imports"):
        assert check in ci
