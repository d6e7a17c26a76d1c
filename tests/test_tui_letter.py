"""Van wie in the app: the professional's details and the next appointment reach the document."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Input, OptionList

from quez.export.document import FromWhom
from quez.paths import Paths
from quez.settings import Settings
from quez.tui.app import QuezApp
from quez.tui.screens.from_whom import FromWhomScreen
from quez.tui.screens.table import TableScreen
from tests.tui_support import make_app, open_store


def listen(app: QuezApp) -> list[str]:
    said: list[str] = []
    app.say = lambda message, *, error=False: said.append(message)  # type: ignore[method-assign]
    return said


async def choose_menu(app: QuezApp, option_id: str) -> None:
    menu = app.screen.query_one("#start-menu", OptionList)
    ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
    menu.highlighted = ids.index(option_id)
    menu.action_select()


async def test_details_from_the_start_screen_go_into_the_settings(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        said = listen(app)
        async with app.run_test(size=(80, 24)) as pilot:
            await choose_menu(app, "from_whom")
            await pilot.pause()
            assert isinstance(app.screen, FromWhomScreen)
            assert not app.screen.query("#fw-appointment")  # no conversation: no appointment
            await pilot.press(*"Anna de Boer", "enter", *"Wijkteam Noord", "enter")
            await pilot.press(*"06-12345678", "enter")
            assert not isinstance(app.screen, FromWhomScreen)
            s = app.settings
            assert (s.professional_name, s.professional_org, s.professional_phone) == (
                "Anna de Boer",
                "Wijkteam Noord",
                "06-12345678",
            )
            assert said == [app.t("letter.dialog.saved")]
            # A new conversation keeps them, for its document.
            await choose_menu(app, "new")
            await pilot.pause()
            await pilot.press("enter")
            assert isinstance(app.screen, TableScreen)
            session = store.list_sessions()[0].session
            assert session.meta["from_whom"] == {
                "name": "Anna de Boer",
                "organisation": "Wijkteam Noord",
                "phone": "06-12345678",
            }


async def test_the_next_appointment_is_set_at_the_table_and_printed(paths: Paths) -> None:
    settings = Settings(professional_name="Anna de Boer", professional_phone="06-12345678")
    with open_store(paths) as store:
        app = make_app(paths, store, settings=settings)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter", "enter", "v")
            assert isinstance(app.screen, FromWhomScreen)
            shown = {n: app.screen.query_one(f"#fw-{n}", Input).value for n in app.screen.fields}
            assert shown == {
                "name": "Anna de Boer",
                "organisation": "",
                "phone": "06-12345678",
                "appointment": "",
            }
            await pilot.press("enter", "enter", "enter", *"dinsdag 2 december, 10:00", "enter")
            assert isinstance(app.screen, TableScreen)
            conv = app.conversation
            assert conv is not None
            assert conv.from_whom == FromWhom(
                name="Anna de Boer", phone="06-12345678", appointment="dinsdag 2 december, 10:00"
            )
            stored = store.get_session(conv.session.id)
            assert stored is not None and stored.meta["from_whom"]["appointment"].startswith("di")
            # Esc changes nothing.
            await pilot.press("v", *"xyz", "escape")
            assert conv.from_whom.name == "Anna de Boer"
            # The document says it, once, near the top.
            await pilot.press("1", *"Zelf koken.", "escape", "k", "space", "e")
            md = next(p for p in paths.exports_dir.iterdir() if p.suffix == ".md")
            text = md.read_text(encoding="utf-8")
            assert "## Van wie" in text
            assert "Begeleider: Anna de Boer  \nTelefoon: 06-12345678  \n" in text
            assert "Volgende afspraak: dinsdag 2 december, 10:00" in text
            assert text.index("## Van wie") < text.index("Zelf koken.")


async def test_a_conversation_started_before_the_details_gets_them_in_the_dialog(
    paths: Paths,
) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter", "enter")
            app.settings = replace(app.settings, professional_org="Wijkteam Noord")
            await pilot.press("v")
            assert app.screen.query_one("#fw-organisation", Input).value == "Wijkteam Noord"
