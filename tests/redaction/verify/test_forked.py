"""The second reader served by a forked child reads exactly what the reader in process reads.

Its findings, suspects and errors are the in-process reader's; a child that dies leaves the parent
reading in process; a fork happens only where it can run in parallel and safely.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator

import pytest

import redaction.verify.reader as reader_module
from redaction.verify import ReaderUnavailableError, Reading, SecondReader, VerifyLimitError, start_second_reader
from redaction.verify.forked import ForkedReader, worthwhile
from redaction.verify.reader import MAX_CHARS

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")

LETTER = ("Dear Mrs Quennell,\nTadhg Byrne (DOB 14/03/2015, NHS 943 476 5919) rang on 07700 900123 about "
          "Kingsmead Primary School. Write to tadhg.byrne@example.com or 12 Orchard Road, Leeds LS6 2AB.\n")
REDACTED = "Dear Person 1,\nPerson 2 (DOB 2015) rang on [PHONE] about [SCHOOL]. Siiri and Gethin were there.\n"


@pytest.fixture(scope="module")
def forked() -> Iterator[ForkedReader]:
    reader = ForkedReader()
    yield reader
    reader.close()


@pytest.fixture(scope="module")
def local() -> SecondReader:
    return SecondReader()


@pytest.mark.parametrize(
    ("text", "known", "ignore"),
    [
        (LETTER, None, ()),
        (REDACTED, None, ((5, 13), (15, 23))),
        (REDACTED, {"PERSON": ["Tadhg Byrne"], "PHONE": ["07700 900123"]}, ()),
        ("T a d h g rang from 0 7 7 0 0 9 0 0 1 2 3.", {"PERSON": ["Tadhg Byrne"], "PHONE": ["07700 900123"]}, ()),
        ("U2Fsb3JhIEJ5cm5lIGxpdmVzIGF0IDEyIE9yY2hhcmQgUm9hZA==\n", None, ()),
        ("Ordinary words only: the review was on Tuesday.", None, ()),
        ("", None, ()),
    ],
)
def test_the_forked_reader_reads_what_the_reader_in_process_reads(
        forked: ForkedReader, local: SecondReader, text: str, known: dict[str, list[str]] | None,
        ignore: tuple[tuple[int, int], ...]) -> None:
    reading = forked.read(text, known=known, ignore=ignore)
    assert isinstance(reading, Reading)
    assert reading == local.read(text, known=known, ignore=ignore)


def test_the_letter_is_read_for_real(forked: ForkedReader) -> None:
    found = {finding.type for finding in forked.read(LETTER).findings}
    assert {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"} <= found


def test_errors_are_raised_as_the_reader_in_process_raises_them(forked: ForkedReader, local: SecondReader) -> None:
    with pytest.raises(AttributeError) as here:
        local.read("Sarah rang.", known={5: ["x"]})  # type: ignore[dict-item]
    with pytest.raises(AttributeError) as there:
        forked.read("Sarah rang.", known={5: ["x"]})  # type: ignore[dict-item]
    assert str(there.value) == str(here.value)
    with pytest.raises(VerifyLimitError):
        forked.read("x" * (MAX_CHARS + 1))
    assert forked.read("Sarah Whitfield rang.").findings  # still serving


def test_an_engine_that_cannot_be_built_is_reported_by_each_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import redaction.verify.presidio_reader as presidio_reader

    def missing(model: str = presidio_reader.MODEL_NAME) -> object:
        raise ReaderUnavailableError(f"spaCy model {model!r} is not installed")

    monkeypatch.setattr(presidio_reader, "build_analyzer", missing)  # before the fork: the child has it too
    reader = ForkedReader()
    try:
        for _ in range(2):
            with pytest.raises(ReaderUnavailableError, match="is not installed"):
                reader.read("Sarah Whitfield rang.")
    finally:
        reader.close()


def test_when_the_child_dies_the_parent_reads_in_process(local: SecondReader) -> None:
    reader = ForkedReader()
    try:
        assert reader.read(LETTER) == local.read(LETTER)
        reader.process.kill()
        reader.process.join()
        assert reader.read(REDACTED) == local.read(REDACTED)
        assert reader.read(LETTER) == local.read(LETTER)
    finally:
        reader.close()


def test_an_interrupted_read_leaves_the_pipe_for_the_reader_in_process(monkeypatch: pytest.MonkeyPatch,
                                                                        local: SecondReader) -> None:
    reader = ForkedReader()
    try:
        def interrupted() -> object:
            raise KeyboardInterrupt

        monkeypatch.setattr(reader._connection, "recv", interrupted)
        with pytest.raises(KeyboardInterrupt):
            reader.read(LETTER)  # its answer is never taken: a later read must not get it
        monkeypatch.undo()
        assert reader.read(REDACTED) == local.read(REDACTED)
    finally:
        reader.close()


def test_the_child_ends_when_the_parent_closes_its_end() -> None:
    reader = ForkedReader()
    assert reader.read("Sarah Whitfield rang.").findings
    reader.close()
    assert reader.process.exitcode == 0  # ended by the pipe's end of file, not terminated


def test_no_fork_while_another_thread_runs() -> None:
    alone = worthwhile()  # False here too where there is one CPU, or an earlier test left a thread running
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not worthwhile()
    finally:
        stop.set()
        thread.join()
    assert worthwhile() == alone


def test_starting_the_shared_reader_forks_once_and_only_where_worthwhile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_module, "_SHARED", None)
    monkeypatch.setattr("redaction.verify.forked.worthwhile", lambda: False)
    start_second_reader()
    assert reader_module._SHARED is None  # loads on its first read, in process, as before
    monkeypatch.setattr("redaction.verify.forked.worthwhile", lambda: True)
    start_second_reader()
    shared = reader_module._SHARED
    assert isinstance(shared, ForkedReader)
    start_second_reader()
    assert reader_module._SHARED is shared
    shared.close()
