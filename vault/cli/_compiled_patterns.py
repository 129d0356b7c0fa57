"""``vault redact``'s redactors start from compiled patterns kept in the user's cache (:mod:`redaction.pattern_cache`).

Called before anything of the redactors is imported: their thousand ``regex`` patterns are then looked up
rather than parsed again (two of the five CPU seconds a ``vault redact text`` start took). What was compiled
anew is written when the process ends, so the first run builds the cache and later runs use it.
"""

from __future__ import annotations

import atexit

__all__ = ["use_compiled_patterns"]


def use_compiled_patterns() -> None:
    from redaction import pattern_cache

    if pattern_cache.active():
        return
    pattern_cache.use_cache()
    if pattern_cache.active():
        atexit.register(pattern_cache.save)
