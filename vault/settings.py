"""Settings: a frozen object built once at the edge (CLI, server start-up) from the data folder's
``settings.json``; the domain receives it and never reads files or the environment itself.

A data folder (``vault init --data DIR``) holds::

    settings.json     these settings (mode 0600: it may hold a database password)
    vault.key         the key file: master keys (mode 0600, see storage.Keyring)
    vault.sqlite      the metadata database, unless ``database_url`` points at PostgreSQL
    objects/          the local encrypted object store, unless ``store_url`` points at S3
    published/        published case studies (no family's data), unless ``published_store_url``
                      points elsewhere (another folder, or an S3 bucket of its own)

Without ``--data`` the folder is ``$VAULT_DATA``, else ``$XDG_DATA_HOME/send-vault``, else
``~/.local/share/send-vault``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from vault.db.engine import mask_url
from vault.errors import SetupError
from vault.mail import SmtpSettings
from vault.vocab import Vocabularies

__all__ = ["SETTINGS_FILE", "Rules", "Settings", "default_data_dir"]

SETTINGS_FILE = "settings.json"
KEY_FILE = "vault.key"
DATABASE_FILE = "vault.sqlite"
OBJECTS_DIR = "objects"
PUBLISHED_DIR = "published"
_FORMAT = "send-vault settings"


@dataclass(frozen=True)
class Rules:
    """The service's own choices, each with the policy or practice it comes from."""

    session_hours: float = 8.0  # a working day; tokens then expire
    override_default_hours: int = 24
    override_max_hours: int = 72  # safeguarding access is time-limited
    retention_years: int = 6  # closed cases are destroyed this long after closing, unless on hold
    consent_review_months: int = 12  # "periodically, consent will be reviewed" (policy 004, 4.4)
    adult_age: int = 12  # a child this old or older has their own right of access (policy 004, 3.2)
    max_upload_bytes: int = 1 << 30
    statistics_suppress_up_to: int = 7  # counts 1-7 are suppressed
    statistics_round_to: int = 5  # the rest are rounded to the nearest 5
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    argon2_parallelism: int = 2
    # Every member of staff signs in with a code from an authenticator app too (TOTP, enrolled by
    # themselves at their first sign-in), so a password alone, or an administrator's reset, never
    # opens an account. Off: only those who enrolled are asked for a code.
    require_second_factor: bool = True
    # "All staff who work with families are DBS checked in line with [the council's] recruitment policy"
    # (policies 000, 001): a family is assigned only to staff whose check is recorded and no older than
    # this. The policies leave the period to the council's policy; three years is the usual renewal.
    dbs_valid_years: int = 3
    reset_token_hours: float = 72.0  # an administrator's password reset token stops working after this
    # Case studies (policy 003). The policies promise only that identifying details are removed; the
    # service also asks for the parent's consent ("anyone", purpose "training / case study"): redaction
    # is never perfect and a family's story can identify them. Off: drafts proceed without consent,
    # and its absence is recorded on the draft, shown to the reviewer and the publisher, and audited.
    case_study_requires_consent: bool = True
    case_study_seconds: float = 300.0  # time limit of one PDF's redaction (redaction.pdf.Limits.max_seconds)
    case_study_max_items: int = 50  # documents and notes in one case study
    case_study_max_text_chars: int = 2_000_000  # all text documents and notes of one case study together
    # Checked from the document's recorded size before any byte is read (a draft holds up to 50 items).
    case_study_max_document_bytes: int = 64 * 1024 * 1024
    case_study_max_source_bytes: int = 256 * 1024 * 1024  # all documents of one case study together
    # Jobs (vault.jobs): a worker that has not beaten a job's heart for this long is taken for dead, and
    # its job is handed to another worker. Long enough that a busy machine never looks dead.
    job_stale_seconds: float = 30.0
    # The web interface (vault.web): a browser session ends after this long without a request, and
    # at the latest when its sign-in expires (session_hours). Cookies are marked Secure when a request
    # came over HTTPS (the TLS proxy's X-Forwarded-Proto), or always with web_secure_cookies.
    web_idle_minutes: int = 30
    web_secure_cookies: bool = False
    # Replacement lists for the statistics categories, keyed by vault.statistics.Categories field.
    vocabularies: Mapping[str, list[str]] = field(default_factory=dict)

    def vocab(self) -> Vocabularies:
        return Vocabularies.with_overrides(self.vocabularies)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    store_url: str
    key_file: Path
    rules: Rules = field(default_factory=Rules)
    # Where published case studies go: kept apart from the families' encrypted store (see
    # vault.services.case_studies.publications for why it is not encrypted).
    published_store_url: str | None = None
    # The SMTP server the daily digest goes through ("smtp" in settings.json: host, port, security
    # starttls/tls/none, username, password, sender, timeout); None: no mail is sent.
    smtp: SmtpSettings | None = None

    @property
    def publications_url(self) -> str:
        return self.published_store_url or (self.data_dir / PUBLISHED_DIR).as_uri()

    def __repr__(self) -> str:
        return (
            f"Settings(data_dir={str(self.data_dir)!r}, database_url={mask_url(self.database_url)!r}, "
            f"store_url={_mask_store(self.store_url)!r}, key_file={str(self.key_file)!r}, "
            f"published_store_url={_mask_store(self.publications_url)!r}, smtp={self.smtp!r})"
        )

    @classmethod
    def defaults_for(
        cls, data_dir: Path, *, database_url: str | None = None, store_url: str | None = None, rules: Rules | None = None,
        published_store_url: str | None = None,
    ) -> Settings:
        data_dir = data_dir.absolute()
        return cls(
            data_dir=data_dir,
            database_url=database_url or f"sqlite:///{data_dir / DATABASE_FILE}",
            store_url=store_url or (data_dir / OBJECTS_DIR).as_uri(),
            key_file=data_dir / KEY_FILE,
            rules=rules or Rules(),
            published_store_url=published_store_url or (data_dir / PUBLISHED_DIR).as_uri(),
        )

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = data_dir / SETTINGS_FILE
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SetupError(f"no vault at {data_dir} (run: vault init --data {data_dir})") from None
        except (OSError, ValueError) as error:
            raise SetupError(f"cannot read {path}: {error}") from None
        if not isinstance(document, dict) or document.get("format") != _FORMAT:
            raise SetupError(f"{path} is not a vault settings file")
        known = {f.name for f in fields(Rules)}
        unknown = set(document.get("rules", {})) - known
        if unknown:
            raise SetupError(f"{path}: unknown rule(s) {', '.join(sorted(unknown))}")
        try:
            rules = Rules(**document.get("rules", {}))
            rules.vocab()
        except (TypeError, ValueError) as error:
            raise SetupError(f"{path}: {error}") from None
        smtp = document.get("smtp")
        if smtp is not None and not isinstance(smtp, dict):
            raise SetupError(f"{path}: smtp is an object (host, port, security, username, password, sender)")
        settings = cls.defaults_for(
            data_dir, database_url=document.get("database_url"), store_url=document.get("store_url"), rules=rules,
            published_store_url=document.get("published_store_url"),
        )
        return replace(settings, smtp=SmtpSettings.from_document(smtp)) if smtp is not None else settings

    def document(self) -> dict[str, Any]:
        """What ``settings.json`` holds (paths inside the folder are left implicit)."""
        default = Settings.defaults_for(self.data_dir)
        document: dict[str, Any] = {"format": _FORMAT, "version": 1}
        if self.database_url != default.database_url:
            document["database_url"] = self.database_url
        if self.store_url != default.store_url:
            document["store_url"] = self.store_url
        if self.publications_url != default.publications_url:
            document["published_store_url"] = self.publications_url
        document["rules"] = asdict(self.rules)
        if self.smtp is not None:
            document["smtp"] = self.smtp.document()
        return document

    def with_rules(self, **changes: Any) -> Settings:
        return replace(self, rules=replace(self.rules, **changes))


def default_data_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("VAULT_DATA"):
        return Path(env["VAULT_DATA"])
    base = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return base / "send-vault"


def _mask_store(url: str) -> str:
    # Store URLs carry no secret by design (credentials come from the environment); hide a query
    # value that looks like one anyway.
    head, _, query = url.partition("?")
    if not query:
        return url
    parts = [p if not p.lower().startswith(("secret", "password", "key=")) else p.split("=")[0] + "=***" for p in query.split("&")]
    return head + "?" + "&".join(parts)
