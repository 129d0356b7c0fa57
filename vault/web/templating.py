"""Jinja2, set up once: the templates folder, autoescaping, the message catalogue and UK dates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from vault.web import i18n

__all__ = ["TEMPLATES", "environment"]

TEMPLATES = Path(__file__).parent / "templates"


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,  # a misspelt name fails a test instead of printing nothing
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["uk_date"] = i18n.uk_date
    env.filters["uk_datetime"] = i18n.uk_datetime
    env.filters["file_size"] = file_size
    env.globals["humanise"] = humanise
    return env


def file_size(size: int) -> str:
    units = ("bytes", "KB", "MB", "GB")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def humanise(value: Any) -> str:
    """A vocabulary value as a person reads it: ``parental_supporter`` is "Parental supporter"."""
    text = str(value).replace("_", " ").strip()
    return text[:1].upper() + text[1:]
