"""Outgoing mail through an SMTP server (``smtplib`` from the standard library): the server's settings,
and a mailer that sends a batch of messages over one connection. STARTTLS (port 587) by default,
implicit TLS (port 465) or, for a relay on the same machine or a test server, none; certificates are
checked against the system's trust store. The password never appears in a ``repr``."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from vault.errors import SetupError, VaultError

__all__ = ["MailError", "Mailer", "SmtpSettings"]

SECURITY = ("starttls", "tls", "none")


class MailError(VaultError):
    """The SMTP server could not be reached, refused us, or refused a recipient."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    sender: str  # the From address
    port: int = 587
    security: str = "starttls"  # starttls, tls or none
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0

    def __post_init__(self) -> None:
        texts = (self.host, self.sender, self.security, self.username or "", self.password or "")
        if not all(isinstance(v, str) for v in texts) or isinstance(self.port, bool) or not isinstance(self.port, int) \
                or not isinstance(self.timeout, int | float):
            raise SetupError("smtp: host, sender, security, username and password are text; port a number; timeout seconds")
        if self.security not in SECURITY:
            raise SetupError(f"smtp security is one of {', '.join(SECURITY)}, not {self.security!r}")
        if not self.host or "@" not in self.sender:
            raise SetupError("smtp needs a host and a sender address")
        if not 0 < self.port < 65536:
            raise SetupError(f"smtp port {self.port} is not a port")
        if (self.username is None) != (self.password is None):
            raise SetupError("smtp username and password come together")

    def __repr__(self) -> str:
        secret = "***" if self.password else None
        return (f"SmtpSettings(host={self.host!r}, port={self.port}, security={self.security!r}, sender={self.sender!r}, "
                f"username={self.username!r}, password={secret!r})")

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> SmtpSettings:
        known = {"host", "sender", "port", "security", "username", "password", "timeout"}
        unknown = set(document) - known
        if unknown:
            raise SetupError(f"smtp: unknown setting(s) {', '.join(sorted(unknown))}")
        try:
            return cls(**document)
        except TypeError as error:
            raise SetupError(f"smtp: {error}") from None

    def document(self) -> dict[str, Any]:
        return {k: v for k, v in (("host", self.host), ("sender", self.sender), ("port", self.port), ("security", self.security),
                                  ("username", self.username), ("password", self.password), ("timeout", self.timeout))
                if v is not None}


class Mailer:
    def __init__(self, settings: SmtpSettings, *, context: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self._context = context or ssl.create_default_context()

    def __repr__(self) -> str:
        return f"Mailer({self.settings!r})"

    def message(self, *, to: str, subject: str, body: str) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.settings.sender
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body)
        return message

    def send(self, messages: Iterable[EmailMessage]) -> int:
        """Send every message over one connection; the number sent. A failure is :class:`MailError`."""
        batch = list(messages)
        if not batch:
            return 0
        s = self.settings
        try:
            if s.security == "tls":
                server: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=self._context)
            else:
                server = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            with server:
                if s.security == "starttls":
                    server.starttls(context=self._context)
                if s.username is not None and s.password is not None:
                    server.login(s.username, s.password)
                for message in batch:
                    server.send_message(message)
        except (smtplib.SMTPException, OSError) as error:
            raise MailError(f"the mail server {s.host}:{s.port} did not take the mail: {error}") from None
        return len(batch)
