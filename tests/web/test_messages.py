"""The web interface's text is in the message catalogue: every string the templates and pages mark is
in locale/messages.pot and the English catalogue (run scripts/web-messages after changing text)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

WEB = Path(__file__).parents[2] / "vault" / "web"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2)}
METHODS = [("**.py", "python"), ("templates/**.html", "jinja2")]
OPTIONS = {"templates/**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}}


def _ids(catalogue_path: Path) -> set[str]:
    with catalogue_path.open("rb") as handle:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}


def test_every_marked_string_is_in_the_catalogues() -> None:
    used = {message if isinstance(message, str) else message[0]
            for _file, _line, message, _comments, _context in extract_from_dir(str(WEB), METHODS, options_map=OPTIONS, keywords=KEYWORDS)}
    assert len(used) > 150
    for catalogue in (WEB / "locale" / "messages.pot", WEB / "locale" / "en" / "LC_MESSAGES" / "messages.po"):
        missing = used - _ids(catalogue)
        assert not missing, f"{catalogue.name} lacks {sorted(missing)[:5]}: run scripts/web-messages"


def test_dates_are_written_the_uk_way() -> None:
    from datetime import UTC, date, datetime

    from vault.web.i18n import uk_date, uk_datetime

    assert uk_date(date(2026, 3, 1)) == "1 March 2026"
    assert uk_datetime(datetime(2026, 7, 1, 8, 5, tzinfo=UTC)) == "1 July 2026, 9:05am"  # British Summer Time
    assert uk_datetime(datetime(2026, 12, 1, 12, 30, tzinfo=UTC)) == "1 December 2026, 12:30pm"
