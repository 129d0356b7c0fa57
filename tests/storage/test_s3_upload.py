"""The bounded parallel multipart upload, against a recording stand-in for minio's request methods (the
real server is exercised in test_s3_store.py and test_s3_outage.py)."""

from __future__ import annotations

import io
import threading
import time

import pytest

from storage.backends._s3_upload import upload

PART = 5 * 1024 * 1024


class _RecordingClient:
    """Keeps parts in memory; each part takes a while, so several are in flight at once."""

    def __init__(self, *, fail_part: int | None = None) -> None:
        self.parts: dict[int, bytes] = {}
        self.objects: dict[str, bytes] = {}
        self.aborted = False
        self.fail_part = fail_part
        self.in_flight = self.most_in_flight = 0
        self._lock = threading.Lock()

    def _put_object(self, bucket: str, key: str, data: bytes, headers: dict[str, str]) -> None:
        self.objects[key] = data

    def _create_multipart_upload(self, bucket: str, key: str, headers: dict[str, str]) -> str:
        return "upload-1"

    def _upload_part(self, bucket: str, key: str, data: bytes, headers: object, upload_id: str, number: int) -> str:
        with self._lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        time.sleep(0.02)
        with self._lock:
            self.in_flight -= 1
        if number == self.fail_part:
            raise ConnectionError("gateway went away")
        self.parts[number] = data
        return f"etag-{number}"

    def _complete_multipart_upload(self, bucket: str, key: str, upload_id: str, parts: list[object]) -> None:
        numbers = [p.part_number for p in parts]  # type: ignore[attr-defined]
        assert numbers == sorted(numbers) == list(range(1, len(numbers) + 1))
        self.objects[key] = b"".join(self.parts[n] for n in numbers)

    def _abort_multipart_upload(self, bucket: str, key: str, upload_id: str) -> None:
        self.aborted = True


class _Watched(io.BytesIO):
    def __init__(self, data: bytes, client: _RecordingClient) -> None:
        super().__init__(data)
        self.client = client
        self.most_ahead = 0

    def read(self, size: int | None = -1, /) -> bytes:
        ahead = self.tell() - sum(len(p) for p in self.client.parts.values())
        self.most_ahead = max(self.most_ahead, ahead)
        return super().read(size)


@pytest.mark.parametrize("size", [0, 1, PART, PART + 1, 7 * PART + 123])
def test_every_byte_arrives_in_order(size: int) -> None:
    client = _RecordingClient()
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    upload(client, "bucket", "key", io.BytesIO(data), part_size=PART, length=size)  # type: ignore[arg-type]
    assert client.objects["key"] == data and not client.aborted


def test_parts_go_in_parallel_and_reading_stays_bounded() -> None:
    client = _RecordingClient()
    source = _Watched(bytes(12 * PART), client)
    upload(client, "bucket", "key", source, part_size=PART, parallel=3)  # type: ignore[arg-type]
    assert client.most_in_flight == 3
    assert source.most_ahead <= 4 * PART + 1  # three parts in flight and the next one read


def test_a_failed_part_stops_the_reading_and_aborts() -> None:
    client = _RecordingClient(fail_part=2)
    source = _Watched(bytes(40 * PART), client)
    with pytest.raises(ConnectionError, match="went away"):
        upload(client, "bucket", "key", source, part_size=PART, parallel=3)  # type: ignore[arg-type]
    assert client.aborted and "key" not in client.objects
    assert source.tell() <= 6 * PART + 1  # stopped within a few parts, not after reading all 40
