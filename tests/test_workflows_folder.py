"""Opening the exports folder: the system's opener, no shell, one calm line when there is none."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from quez.i18n import Translator
from quez.paths import Paths
from quez.tui.screens.end import EndScreen
from quez.workflows import folder as folder_mod
from quez.workflows.errors import WorkflowError
from quez.workflows.folder import open_folder, opener_for
from tests.tui_support import make_app, open_store


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[list[str], dict[str, Any]]] = []

    def __call__(self, args: list[str], **kwargs: Any) -> None:
        self.calls.append((args, kwargs))


def test_the_opener_per_system() -> None:
    assert opener_for("linux") == "xdg-open"
    assert opener_for("freebsd14") == "xdg-open"
    assert opener_for("darwin") == "open"
    assert opener_for("win32") is None


@pytest.mark.parametrize(("platform", "command"), [("linux", "xdg-open"), ("darwin", "open")])
def test_the_folder_is_one_argument_without_a_shell(
    tmp_path: Path, platform: str, command: str
) -> None:
    odd = tmp_path / "map met spatie; rm -rf ~"
    odd.mkdir()
    start = Recorder()
    open_folder(odd, platform=platform, which=lambda name: f"/usr/bin/{name}", start=start)
    ((args, kwargs),) = start.calls
    assert args == [f"/usr/bin/{command}", str(odd)]
    assert "shell" not in kwargs and kwargs["start_new_session"] is True
    for stream in ("stdin", "stdout", "stderr"):
        assert kwargs[stream] == subprocess.DEVNULL  # never the app's terminal


def test_windows_uses_startfile(tmp_path: Path) -> None:
    opened: list[str] = []
    open_folder(tmp_path, platform="win32", startfile=opened.append)
    assert opened == [str(tmp_path)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_missing_opener_is_one_calm_line_naming_the_folder(tmp_path: Path, lang: str) -> None:
    with pytest.raises(WorkflowError) as err:
        open_folder(tmp_path, platform="linux", which=lambda name: None)
    line = err.value.message(Translator(lang))
    assert str(tmp_path) in line and "\n" not in line and "folder." not in line


def test_an_opener_that_cannot_start_is_the_same_calm_line(tmp_path: Path) -> None:
    def broken(args: list[str], **kwargs: Any) -> None:
        raise PermissionError(13, "denied")

    with pytest.raises(WorkflowError) as err:
        open_folder(tmp_path, platform="linux", which=lambda name: "/bin/x", start=broken)
    assert err.value.key == "folder.cannot_open"
    with pytest.raises(WorkflowError) as err:
        open_folder(tmp_path / "weg", platform="linux", which=lambda name: "/bin/x")
    assert err.value.key == "folder.missing"


async def test_the_end_screen_names_the_folder_and_opens_it(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = Recorder()
    monkeypatch.setattr(folder_mod.subprocess, "Popen", start)
    monkeypatch.setattr(folder_mod.sys, "platform", "linux")
    monkeypatch.setattr(folder_mod.shutil, "which", lambda name: f"/usr/bin/{name}")
    with open_store(paths) as store:
        app = make_app(paths, store)
        said: list[str] = []
        app.say = lambda message, *, error=False: said.append(message)  # type: ignore[method-assign]
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter", "enter", "1", *"Zelf koken.", "escape", "k", "space", "e")
            assert isinstance(app.screen, EndScreen)
            where = str(app.screen.query_one("#end-export").render())
            assert f"  {paths.exports_dir}/\n" in where  # the folder once, then the names
            names = sorted(p.name for p in paths.exports_dir.iterdir())
            assert [line.strip() for line in where.splitlines()[2:]] == names  # html, md
            await pilot.press("m")
            assert start.calls[0][0] == ["/usr/bin/xdg-open", str(paths.exports_dir)]
            assert said[-1] == app.t("folder.opening")
            monkeypatch.setattr(folder_mod.shutil, "which", lambda name: None)
            await pilot.press("m")
            assert said[-1] == app.t("folder.cannot_open", path=str(paths.exports_dir))


async def test_without_an_export_there_is_no_folder_key(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter", "enter", "k", "o")
            assert isinstance(app.screen, EndScreen)
            keys = [key for key, _, _ in app.screen.query_one("KeyBar").hints()]  # type: ignore[attr-defined]
            assert "m" not in keys
