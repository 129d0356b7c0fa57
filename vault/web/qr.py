"""QR codes drawn on the server (segno, BSD): an authenticator app's otpauth:// address, as an SVG
data URI for an ``<img>``. Nothing is fetched and no script draws it; the page also shows the address
and the secret as text, for those who cannot scan."""

from __future__ import annotations

import segno

__all__ = ["qr_data_uri"]


def qr_data_uri(text: str) -> str:
    # Error correction M; a quiet zone of 4 modules, as the standard asks; black on white at any size.
    code = segno.make(text, error="m", micro=False)
    return str(code.svg_data_uri(scale=5, border=4, dark="#0b0c0c", light="#ffffff"))
