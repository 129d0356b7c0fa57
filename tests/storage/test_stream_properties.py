"""Property tests of the stored format: every size round-trips; every kind of damage is detected."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import IntegrityError
from storage._crypto import TAG_BYTES
from storage._stream import (
    HEADER_SIZE,
    DecryptingReader,
    EncryptingReader,
    ciphertext_length,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
SALT = b"s" * 16

chunk_sizes = st.integers(min_value=1, max_value=64)


def seal(plaintext: bytes, chunk_size: int, *, object_id: str = "doc-1", key: bytes = KEY) -> bytes:
    reader = EncryptingReader(io.BytesIO(plaintext), data_key=key, object_id=object_id, salt=SALT,
                              chunk_size=chunk_size, expected_length=len(plaintext))
    return reader.read()


def unseal(stored: bytes, *, object_id: str = "doc-1", key: bytes = KEY) -> bytes:
    return DecryptingReader(io.BytesIO(stored), data_key=key, object_id=object_id).read()


@st.composite
def sized_plaintexts(draw: st.DrawFn) -> tuple[bytes, int]:
    """Plaintexts whose sizes cluster on chunk boundaries (0, k*chunk - 1, k*chunk, k*chunk + 1)."""
    chunk_size = draw(chunk_sizes)
    chunks = draw(st.integers(min_value=0, max_value=6))
    offset = draw(st.sampled_from([-1, 0, 1]) | st.integers(min_value=0, max_value=chunk_size))
    size = max(0, chunks * chunk_size + offset)
    return draw(st.binary(min_size=size, max_size=size)), chunk_size


@given(sized_plaintexts())
def test_any_size_round_trips_including_empty_and_boundaries(case: tuple[bytes, int]) -> None:
    plaintext, chunk_size = case
    stored = seal(plaintext, chunk_size)
    assert len(stored) == ciphertext_length(len(plaintext), chunk_size)
    assert unseal(stored) == plaintext


@given(sized_plaintexts(), st.integers(min_value=1, max_value=97))
def test_reading_in_any_block_size_gives_the_same_bytes(case: tuple[bytes, int], block: int) -> None:
    plaintext, chunk_size = case
    reader = DecryptingReader(io.BytesIO(seal(plaintext, chunk_size)), data_key=KEY, object_id="doc-1")
    pieces = iter(lambda: reader.read(block), b"")
    assert b"".join(pieces) == plaintext


@given(sized_plaintexts(), st.data())
def test_any_single_flipped_bit_is_detected(case: tuple[bytes, int], data: st.DataObject) -> None:
    plaintext, chunk_size = case
    stored = bytearray(seal(plaintext, chunk_size))
    bit = data.draw(st.integers(min_value=0, max_value=len(stored) * 8 - 1))
    stored[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(IntegrityError):
        unseal(bytes(stored))


@given(sized_plaintexts(), st.data())
def test_any_truncation_is_detected(case: tuple[bytes, int], data: st.DataObject) -> None:
    plaintext, chunk_size = case
    stored = seal(plaintext, chunk_size)
    cut = data.draw(st.integers(min_value=0, max_value=len(stored) - 1))
    with pytest.raises(IntegrityError):
        unseal(stored[:cut])


@given(sized_plaintexts(), st.binary(min_size=1, max_size=80))
def test_appended_bytes_are_detected(case: tuple[bytes, int], extra: bytes) -> None:
    plaintext, chunk_size = case
    with pytest.raises(IntegrityError):
        unseal(seal(plaintext, chunk_size) + extra)


@st.composite
def multi_chunk(draw: st.DrawFn) -> tuple[bytes, int, int, int]:
    chunk_size = draw(chunk_sizes)
    chunks = draw(st.integers(min_value=2, max_value=6))
    size = chunks * chunk_size - draw(st.integers(min_value=0, max_value=chunk_size - 1))
    plaintext = draw(st.binary(min_size=size, max_size=size))
    count = -(-size // chunk_size)
    first = draw(st.integers(min_value=0, max_value=count - 1))
    second = draw(st.integers(min_value=0, max_value=count - 1).filter(lambda i: i != first))
    return plaintext, chunk_size, first, second


def split_chunks(stored: bytes, chunk_size: int) -> tuple[bytes, list[bytes]]:
    sealed = chunk_size + TAG_BYTES
    body = stored[HEADER_SIZE:]
    return stored[:HEADER_SIZE], [body[i:i + sealed] for i in range(0, len(body), sealed)]


@settings(suppress_health_check=[HealthCheck.filter_too_much])
@given(multi_chunk())
def test_swapping_two_chunks_is_detected(case: tuple[bytes, int, int, int]) -> None:
    plaintext, chunk_size, first, second = case
    header, chunks = split_chunks(seal(plaintext, chunk_size), chunk_size)
    chunks[first], chunks[second] = chunks[second], chunks[first]
    if chunks[first] == chunks[second]:
        return  # identical ciphertexts cannot occur (different nonces), but keep the check honest
    with pytest.raises(IntegrityError):
        unseal(header + b"".join(chunks))


@settings(suppress_health_check=[HealthCheck.filter_too_much])
@given(multi_chunk())
def test_dropping_or_repeating_a_chunk_is_detected(case: tuple[bytes, int, int, int]) -> None:
    plaintext, chunk_size, first, _second = case
    header, chunks = split_chunks(seal(plaintext, chunk_size), chunk_size)
    dropped = chunks[:first] + chunks[first + 1:]
    repeated = chunks[:first + 1] + chunks[first:]
    for damaged in (dropped, repeated):
        with pytest.raises(IntegrityError):
            unseal(header + b"".join(damaged))


@given(sized_plaintexts(), sized_plaintexts())
def test_an_object_swapped_for_another_is_detected(a: tuple[bytes, int], b: tuple[bytes, int]) -> None:
    stored_b = seal(b[0], b[1], object_id="doc-2")
    with pytest.raises(IntegrityError):
        unseal(stored_b, object_id="doc-1")  # same key even: the object id is bound in


@given(sized_plaintexts())
def test_the_wrong_key_is_detected(case: tuple[bytes, int]) -> None:
    with pytest.raises(IntegrityError):
        unseal(seal(*case), key=OTHER_KEY)


def test_no_clean_end_of_file_before_the_final_chunk_verifies() -> None:
    plaintext = bytes(100)
    stored = seal(plaintext, 10)
    truncated = stored[: HEADER_SIZE + 3 * (10 + TAG_BYTES)]  # three whole chunks, none final
    reader = DecryptingReader(io.BytesIO(truncated), data_key=KEY, object_id="doc-1")
    received = b""
    with pytest.raises(IntegrityError):
        while block := reader.read(10):
            received += block
    assert received == bytes(20)  # verified chunks only; the third (unverifiable as non-final) withheld


def test_a_forged_giant_chunk_size_is_refused_before_reading() -> None:
    stored = bytearray(seal(b"abc", 16))
    stored[5:9] = (2**31).to_bytes(4, "big")
    with pytest.raises(IntegrityError):
        unseal(bytes(stored))


def test_plaintext_never_appears_in_the_stored_bytes() -> None:
    marker = b"Jessica Marker-Smith 07700 900123 " * 50
    assert b"Marker-Smith" not in seal(marker, 64)
