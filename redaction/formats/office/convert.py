"""LibreOffice (Debian's ``libreoffice-writer-nogui``), run headless as a subprocess, per call.

Each conversion gets its own throwaway profile (``-env:UserInstallation``) and working folder, a
time limit, and no network (a network namespace without interfaces where the system allows one);
what it writes is size-checked before it is read. The
input is written under a neutral name, so no original file name reaches the output's metadata.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from redaction.formats.errors import LimitExceededError, MalformedFileError, UnsupportedFormatError
from redaction.formats.office.limits import OfficeLimits

__all__ = ["convert", "convert_to_docx", "convert_to_pdf", "libreoffice"]

_FILTERS = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML"}
_EXTENSIONS = {"docx", "odt", "doc", "rtf"}


def libreoffice() -> str | None:
    """The LibreOffice executable, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(data: bytes, kind: str, *, limits: OfficeLimits | None = None) -> bytes:
    return convert(data, kind, "pdf", limits=limits)


def convert_to_docx(data: bytes, kind: str, *, limits: OfficeLimits | None = None) -> bytes:
    return convert(data, kind, "docx", limits=limits)


def convert(data: bytes, kind: str, target: str, *, limits: OfficeLimits | None = None) -> bytes:
    """``data`` (a ``kind`` document) converted to ``target`` ("pdf" or "docx") by LibreOffice."""
    limits = limits or OfficeLimits()
    if kind not in _EXTENSIONS or target not in _FILTERS:
        raise UnsupportedFormatError(f"LibreOffice conversion from {kind} to {target} is not offered")
    if len(data) > limits.max_input_bytes:
        raise LimitExceededError(f"the document is larger than {limits.max_input_bytes} bytes")
    executable = libreoffice()
    if executable is None:
        raise UnsupportedFormatError(f"converting {kind} to {target} needs LibreOffice, which is not installed "
                                     "(scripts/install installs it)")
    with tempfile.TemporaryDirectory(prefix="vault-lo-") as folder:
        work = Path(folder)
        source = work / f"document.{kind}"
        source.write_bytes(data)
        out = work / "out"
        out.mkdir()
        command = [executable, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--nodefault", "--nologo", "--convert-to", _FILTERS[target],
                   "--outdir", str(out), str(source)]
        environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(work), "LANG": "C.UTF-8",
                       "TMPDIR": str(work), "SAL_USE_VCLPLUGIN": "svp"}
        _run(_offline() + command, environment, limits.convert_seconds)
        produced = out / f"document.{target}"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise MalformedFileError(f"LibreOffice could not read the {kind} file (damaged, password-protected "
                                     "or not really that type)")
        if produced.stat().st_size > limits.max_converted_bytes:
            raise LimitExceededError(f"the converted {target} is larger than {limits.max_converted_bytes} bytes")
        return produced.read_bytes()


@functools.cache
def _offline() -> list[str]:
    """A prefix that runs the command in a new network namespace with no interfaces, where the system
    allows it (``unshare -rn``: no privileges needed); otherwise nothing, and LibreOffice's fresh
    profile is what keeps it offline. A linked picture in a .doc or .rtf then cannot call out."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    try:
        probe = subprocess.run([unshare, "-rn", "true"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [unshare, "-rn"] if probe.returncode == 0 else []


def _run(command: list[str], environment: dict[str, str], seconds: float) -> None:
    """Run LibreOffice in its own process group, so a time-out ends every process it started."""
    try:
        process = subprocess.Popen(command, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True)
    except OSError as error:
        raise UnsupportedFormatError(f"LibreOffice could not be started ({error})") from error
    try:
        process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired as error:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise LimitExceededError(f"LibreOffice took longer than {seconds:g} s to convert the document") from error
