"""The NameFinder's loading API and merging, with fake loaders (no deduce, no waiting)."""

from __future__ import annotations

import itertools
import stat
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quez.privacy import KINDS, Hit, LoadState, NameFinder, Scan, merge, scan
from quez.privacy.names import Progress

TODAY = date(2026, 5, 1)


def words_detector(*names: str):  # type: ignore[no-untyped-def]
    def detect(text: str) -> list[Hit]:
        hits = []
        for name in names:
            start = text.find(name)
            if start >= 0:
                hits.append(Hit("person", start, start + len(name)))
        return hits

    return detect


def test_public_api_is_unchanged_for_existing_callers() -> None:
    from quez.privacy import redact

    assert KINDS[:7] == ("bsn", "postcode", "phone", "email", "iban", "birthdate", "name")
    assert {"person", "place", "institution"} <= set(KINDS)
    hits = scan("Bel 06-12345678.")
    assert redact("Bel 06-12345678.", hits) == "Bel […]."


def test_importing_quez_privacy_does_not_import_deduce() -> None:
    from tests.test_architecture import _imported_after

    mods = _imported_after("import quez.privacy, quez.privacy.deduce_engine, quez.intervisie.guard")
    assert not {m for m in mods if m.split(".")[0] in {"deduce", "docdeid"}}


def test_without_a_loader_only_the_lists_are_checked() -> None:
    finder = NameFinder()
    assert finder.state is LoadState.OFF and not finder.ready
    assert finder.load() is False and finder.wait(0) is False
    result = finder.scan("Wilma belde, 06-12345678", names=["Wilma"])
    assert result == Scan([Hit("name", 0, 5), Hit("phone", 13, 24)], names_checked=False)


def test_loading_in_a_worker_reports_each_stage_and_scans_wait_for_nobody() -> None:
    release = threading.Event()
    seen: list[LoadState] = []

    def loader(progress: Progress):  # type: ignore[no-untyped-def]
        progress(LoadState.BUILDING)
        release.wait()
        progress(LoadState.LOADING)
        return words_detector("Johanna Bakker")

    finder = NameFinder(loader)
    finder.add_listener(seen.append)
    assert finder.state is LoadState.IDLE
    with ThreadPoolExecutor(1) as pool:
        future = finder.start_loading(pool)
        assert finder.start_loading(pool) is future  # once
        text = "Mevrouw Johanna Bakker belde."
        before = finder.scan(text)  # while the loader is blocked: the lists only, at once
        assert before == Scan([], names_checked=False)
        release.set()
        assert future.result() is True
    assert finder.ready and finder.wait(0)
    assert seen == [LoadState.PREPARING, LoadState.BUILDING, LoadState.LOADING, LoadState.READY]
    assert finder.scan(text) == Scan([Hit("person", 8, 22)], names_checked=True)


def test_load_twice_loads_once() -> None:
    calls = []

    def loader(progress: Progress):  # type: ignore[no-untyped-def]
        calls.append(1)
        return words_detector()

    finder = NameFinder(loader)
    assert finder.load() and finder.load()
    assert calls == [1]


def test_a_failing_loader_leaves_the_lists_working() -> None:
    def loader(progress: Progress):  # type: ignore[no-untyped-def]
        raise OSError("no space left")

    finder = NameFinder(loader)
    assert finder.load() is False
    assert finder.state is LoadState.FAILED and isinstance(finder.error, OSError)
    assert finder.scan("Piet", names=["Piet"]) == Scan([Hit("name", 0, 4)], names_checked=False)


def test_a_failing_detector_falls_back_and_says_so() -> None:
    def broken(text: str) -> list[Hit]:
        raise ValueError("tokenizer")

    finder = NameFinder.ready_with(broken)
    result = finder.scan("Bel 06-12345678")
    assert result == Scan([Hit("phone", 4, 15)], names_checked=False)
    assert finder.state is LoadState.FAILED
    assert finder.scan("x").names_checked is False


def test_quez_checks_win_over_the_detector() -> None:
    finder = NameFinder.ready_with(lambda text: [Hit("place", 0, len(text))])
    text = "1012 AB"
    assert finder.scan(text).hits == [Hit("postcode", 0, 7)]


def test_a_listed_first_name_does_not_cut_a_detected_full_name() -> None:
    text = "Ik sprak Wilma van Dijk."
    finder = NameFinder.ready_with(words_detector("Wilma van Dijk"))
    assert finder.scan(text, names=["Wilma"]).hits == [Hit("person", 9, 23)]


def test_merge_drops_empty_detector_spans() -> None:
    assert merge([], [Hit("person", 3, 3)]) == []


spans = st.tuples(
    st.sampled_from(["person", "place", "name", "phone"]),
    st.integers(0, 40),
    st.integers(1, 10),
).map(lambda t: Hit(t[0], t[1], t[1] + t[2]))


@given(st.lists(spans, max_size=8), st.lists(spans, max_size=8))
def test_merge_never_overlaps_and_no_detector_hit_crosses_a_strict_one(
    patterns: list[Hit], found: list[Hit]
) -> None:
    merged = merge(patterns, found)
    for first, second in itertools.pairwise(merged):
        assert first.end <= second.start
    assert all(h in patterns or h in found for h in merged)
    strict = [h for h in patterns if h.kind != "name"]
    for hit in merged:
        if hit in found and hit not in patterns:
            assert not any(s.start < hit.end and hit.start < s.end for s in strict)


@given(st.text(max_size=200))
def test_scan_never_raises_with_a_detector(text: str) -> None:
    finder = NameFinder.ready_with(lambda t: [Hit("person", 0, min(3, len(t)))] if t else [])
    result = finder.scan(text, names=["x"], today=TODAY)
    assert all(0 <= h.start < h.end <= len(text) for h in result.hits)


@pytest.mark.parametrize("state", list(LoadState))
def test_every_state_has_a_status_line_in_both_languages(state: LoadState) -> None:
    from quez.i18n import catalogue

    nl, en = catalogue()[f"privacy.names.{state.value}"]
    assert nl and en


def test_cancel_stops_a_load_that_waits_for_it() -> None:
    started = threading.Event()

    def loader(progress: Progress):  # type: ignore[no-untyped-def]
        started.set()
        progress.cancelled.wait()
        raise RuntimeError("cancelled")

    finder = NameFinder(loader)
    with ThreadPoolExecutor(1) as pool:
        future = finder.start_loading(pool)
        started.wait()
        finder.cancel()
        assert future.result() is False
    assert finder.state is LoadState.FAILED


# -- the build around the child process, without deduce -------------------------------------
def test_a_cancelled_build_ends_the_child_and_leaves_nothing(tmp_path: Path) -> None:
    from quez.privacy.deduce_engine import BuildCancelled, build

    cancelled = threading.Event()
    cancelled.set()
    folder = tmp_path / "names" / "deduce-x"
    sleeper = [sys.executable, "-c", "import time; time.sleep(600)"]
    with pytest.raises(BuildCancelled):
        build(folder, cancelled=cancelled, command=sleeper)
    assert list((tmp_path / "names").iterdir()) == []


def test_a_failing_build_leaves_nothing(tmp_path: Path) -> None:
    from quez.privacy.deduce_engine import BuildError, build

    folder = tmp_path / "names" / "deduce-x"
    with pytest.raises(BuildError, match="exit 3"):
        build(folder, command=[sys.executable, "-c", "raise SystemExit(3)"])
    assert list((tmp_path / "names").iterdir()) == []


_WRITE_CACHE = (
    "import sys, pathlib; p = pathlib.Path(sys.argv[1]) / 'cache' / 'lookup_structs.pickle';"
    " p.write_bytes(b'x')"
)


def test_a_build_is_moved_into_place_privately(tmp_path: Path) -> None:
    from quez.privacy.deduce_engine import CACHE_FILE, build

    folder = tmp_path / "names" / "deduce-x"
    (tmp_path / "names").mkdir()
    (tmp_path / "names" / "deduce-x.tmp-old").mkdir()  # left by a killed build
    build(folder, command=[sys.executable, "-c", _WRITE_CACHE])
    assert [p.name for p in (tmp_path / "names").iterdir()] == ["deduce-x"]
    assert stat.S_IMODE((folder / CACHE_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "src" / "names" / "lst_first_name" / "items.txt").stat().st_size > 0
    # Older than any cache deduce writes, whatever the clock does later.
    assert {p.stat().st_mtime for p in (folder / "src").rglob("*")} == {0}


def test_kinds_of_deduce_tags() -> None:
    from quez.privacy.deduce_engine import config, kind_of_tag

    assert [kind_of_tag(t) for t in ("persoon", "patient", "locatie", "zorginstelling")] == [
        "person",
        "person",
        "place",
        "institution",
    ]
    assert kind_of_tag("ziekenhuis") == "institution"
    assert kind_of_tag("datum") is None and kind_of_tag("bsn") is None
    groups = {spec["group"] for spec in config()["annotators"].values()}
    assert groups == {"names", "locations", "institutions"}
    assert "postal_code" not in config()["annotators"]


def test_lines_are_detected_once_and_offsets_stay_right() -> None:
    calls: list[str] = []

    def detect(text: str) -> list[Hit]:
        calls.append(text)
        start = text.find("Peter")
        return [Hit("person", start, start + 5)] if start >= 0 else []

    finder = NameFinder.ready_with(detect)
    text = "Eerste regel.\nIk sprak Peter.\n\nNog een regel."
    assert finder.scan(text).hits == [Hit("person", 23, 28)]
    assert text[23:28] == "Peter"
    calls.clear()
    edited = text + " En nog wat."
    assert finder.scan(edited).hits == [Hit("person", 23, 28)]
    assert calls == ["Nog een regel. En nog wat."]  # only the line that changed
    finder.forget()
    finder.scan(text)
    assert len(calls) == 4
