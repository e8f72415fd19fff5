"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, cp1256, latin-1; or a reason not to."""
from __future__ import annotations

import re
from dataclasses import dataclass

_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
                 b"\x7fELF", b"BZh", b"\xfd7zXZ", b"Rar!", b"OggS", b"ID3")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([a-zA-Z0-9_\-]+)""", re.I)


class Undecodable(ValueError):
    """The bytes are not a text page; ``reason`` is one of: empty, binary, undecodable."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode a page, trying UTF-8 first and falling back to cp1256 or latin-1."""
    if not data.strip():
        raise Undecodable("empty", f"{len(data)} bytes, no text")
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:], "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data, "utf-16")
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise Undecodable("binary", "NUL bytes or a binary file signature")
    try:
        return _checked(data, "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    for encoding in filter(None, (declared, _guess_legacy(data))):
        try:
            return _checked(data, encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise Undecodable("undecodable", "not valid in UTF-8, cp1256 or latin-1")


def _checked(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding)
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > 0.02 * len(sample):
        raise Undecodable("binary", f"control characters when read as {encoding}")
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _guess_legacy(data: bytes) -> str:
    """cp1256 when the high bytes read as Arabic there, else latin-1."""
    high = bytes(b for b in data if b >= 0x80)
    as_arabic = high.decode("cp1256", errors="replace")
    return "cp1256" if len(_ARABIC.findall(as_arabic)) >= 0.6 * len(high) else "latin-1"
