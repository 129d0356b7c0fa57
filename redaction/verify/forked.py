"""The second reader in a process of its own, started before the first reader loads, so the two loads overlap.

A command that redacts and then verifies (``vault redact``) needs both readers before it can say
anything: the first reader's NER, then the second reader's full spaCy pipeline, Presidio's engine
(whose 170 patterns compile on its first analysis), the names gazetteer and the word lists. One after
the other that is over a second more than the first reader alone. :class:`ForkedReader` forks a child
once the modules both readers use are imported (spaCy and Presidio: the child shares those pages
instead of importing them again); the child builds the second reader and reads a warm-up text while
the parent loads the first reader and redacts, each on its own core. Each read is then a request on a
pipe: the text, the known identifiers and the regions to ignore go in, the
:class:`~redaction.verify.types.Reading` comes out. The child runs the same
:class:`~redaction.verify.reader.SecondReader`, so its findings, suspects and errors are the ones an
in-process reader gives (its errors are raised again in the parent).

The child is a daemon: it ends when the parent exits (or closes the pipe), and an interrupt ends it
quietly. If it dies, the parent reads in process from then on: slower, never unread. A fork pays only
where it runs in parallel and is safe: the platform forks, the process may use two CPUs or more, and
no other thread is running (a lock another thread holds would stay held in the child).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import threading
from collections.abc import Mapping, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from redaction.verify.errors import ReaderUnavailableError

if TYPE_CHECKING:
    from redaction.verify.reader import SecondReader
    from redaction.verify.types import Reading

__all__ = ["WARM_UP", "ForkedReader", "worthwhile"]

# Read once by the child before its first request: what every read needs is built then (Presidio's
# engine and its compiled patterns, the gazetteer and the word lists: a capitalised word is looked up in
# both). What only some texts need (phonenumbers' metadata of a region) loads when a text needs it, as
# in process: a longer warm-up was measurably slower to start.
WARM_UP = "Thank you.\n"


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worthwhile() -> bool:
    """Whether a forked reader would load in parallel, safely: fork exists, two CPUs or more may be used,
    this process is the only thread running and not itself a daemon (which may not have children)."""
    return ("fork" in multiprocessing.get_all_start_methods() and available_cpus() >= 2
            and threading.active_count() == 1 and not multiprocessing.current_process().daemon)


class ForkedReader:
    """The shared second reader, served by a forked child; the same ``read`` as :class:`SecondReader`."""

    def __init__(self) -> None:
        import presidio_analyzer  # noqa: F401  (with spaCy: imported once, before the fork, for both processes)
        from redaction.text.english import web2_words

        # Both readers look capitalised words up in Webster's list (a quarter of a CPU second to load): loaded
        # once, here, the child shares it instead of loading it again beside this process.
        web2_words()

        context = multiprocessing.get_context("fork")
        self._connection, child_end = context.Pipe()
        self.process = context.Process(target=_serve, args=(child_end, self._connection), name="second reader",
                                       daemon=True)
        # The child's collector would walk (and so copy) every object it inherits, again and again while
        # it builds its model: frozen, they are left alone there (a tenth of its start-up). This process
        # collects as before.
        gc.freeze()
        try:
            self.process.start()
        finally:
            gc.unfreeze()
        child_end.close()
        self._lock = threading.Lock()
        self._local: SecondReader | None = None  # the reader in this process, once the child is gone

    def read(self, text: str, *, known: Mapping[str, Sequence[str]] | None = None,
             ignore: Sequence[tuple[int, int]] = ()) -> Reading:
        from redaction.verify.reader import SecondReader, check_length

        check_length(text)  # before the text is copied to the child
        with self._lock:
            if self._local is None:
                try:
                    self._connection.send((text, known, list(ignore)))
                    done, value = self._connection.recv()
                except (EOFError, OSError):  # the child died (killed, out of memory): read here from now on
                    self._local = SecondReader()
                except BaseException:  # interrupted between question and answer: the pipe is out of step
                    self._connection.close()
                    self._local = SecondReader()
                    raise
                else:
                    if done:
                        reading: Reading = value
                        return reading
                    raise value
            return self._local.read(text, known=known, ignore=ignore)

    def close(self) -> None:
        """End the child (it also ends with this process)."""
        self._connection.close()
        self.process.join(timeout=5)


def _serve(connection: Connection, parents_end: Connection) -> None:
    """The child: build the reader, read the warm-up text, then answer requests until the pipe closes."""
    from redaction import pattern_cache
    from redaction.verify.reader import SecondReader

    parents_end.close()  # its copy here would keep the pipe open: the parent's exit, even killed, ends this loop
    try:
        # What the warm-up builds (the model, the engine, the word lists) lives as long as this process:
        # the collector would only walk it over and over while it grows.
        gc.disable()
        reader = SecondReader()
        try:
            with pattern_cache.recording():  # a fixed text: Presidio's patterns, compiled on first use, may be kept
                reader.read(WARM_UP)
        except Exception:  # noqa: BLE001  (the engine cannot be built: each request gets the error, as in process)
            pass
        pattern_cache.save()  # this process ends without exit handlers; a no-op unless the cache is in use
        gc.freeze()
        gc.enable()
        while True:
            try:
                text, known, ignore = connection.recv()
            except EOFError:
                return
            try:
                reply: tuple[bool, Any] = (True, reader.read(text, known=known, ignore=ignore))
            except Exception as error:  # noqa: BLE001  (raised again in the parent)
                reply = (False, _sendable(error))
            connection.send(reply)
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group: the parent reports it
        return


def _sendable(error: Exception) -> Exception:
    """The error itself where it pickles, else a ReaderUnavailableError saying what it was."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001
        return ReaderUnavailableError(f"{type(error).__name__}: {error}")
    return error
