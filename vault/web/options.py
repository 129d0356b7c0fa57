"""What the web interface needs from the settings, read once when it is mounted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from vault.settings import Rules

__all__ = ["WebOptions"]


@dataclass(frozen=True)
class WebOptions:
    service_name: str = "SEND vault"
    idle: timedelta = timedelta(minutes=30)
    secure_cookies: bool = False  # always Secure; otherwise Secure when the request came over HTTPS

    @classmethod
    def from_rules(cls, rules: Rules) -> WebOptions:
        return cls(idle=timedelta(minutes=rules.web_idle_minutes), secure_cookies=rules.web_secure_cookies)
