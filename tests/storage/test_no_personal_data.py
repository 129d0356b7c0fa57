"""A storage administrator learns nothing about a family: scan everything the backend holds."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from storage import EncryptedStore, Keyring, LocalStore, MemoryKeyStore, MemoryStore

# Markers that would betray a family if they leaked: in contents, in ids and in file names.
MARKERS = ["Jessica", "Okonkwo", "Brambleside", "SW1A 2AA", "07700 900123", "EHCP", "autism", "letter.pdf"]
DOCUMENTS = {
    "Jessica-Okonkwo-EHCP-letter.pdf": "Dear Mrs Okonkwo, Jessica (autism, EHCP) at Brambleside, SW1A 2AA, 07700 900123.",
    "Okonkwo/school-report-Brambleside.pdf": "Brambleside Primary: Jessica Okonkwo's report. Call 07700 900123.",
}


def store_everything(store: EncryptedStore) -> None:
    for object_id, text in DOCUMENTS.items():
        store.put(object_id, io.BytesIO(text.encode() * 40), case_id="Okonkwo family, SW1A 2AA",
                  tags={"return-on-request": True})
    store.set_state("Okonkwo/school-report-Brambleside.pdf", "returned")


def leaks(blob: bytes) -> list[str]:
    lowered = blob.lower()
    return [marker for marker in MARKERS if marker.lower().encode() in lowered]


def test_local_store_files_names_and_tags_reveal_nothing(tmp_path: Path) -> None:
    root = tmp_path / "objects"
    store_everything(EncryptedStore(LocalStore(root), keyring=Keyring.generate(), keystore=MemoryKeyStore()))
    found = [path for path in root.rglob("*")]
    assert any(path.name.endswith(".tags") for path in found)
    for path in found:
        assert leaks(str(path.relative_to(root)).encode()) == [], path
        if path.is_file():
            assert leaks(path.read_bytes()) == [], path


def test_memory_store_names_tags_and_bytes_reveal_nothing() -> None:
    backend = MemoryStore()
    store_everything(EncryptedStore(backend, keyring=Keyring.generate(), keystore=MemoryKeyStore()))
    names = [stat.name for stat in backend.list()]
    assert len(names) == 2
    for name in names:
        assert leaks(name.encode()) == []
        assert leaks(repr(backend.get_tags(name)).encode()) == []
        assert leaks(backend.raw(name)) == []


@pytest.mark.parametrize("marker", MARKERS)
def test_the_scan_would_catch_a_leak(marker: str) -> None:
    assert leaks(f"xx{marker.upper()}yy".encode()) == [marker]
