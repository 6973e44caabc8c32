"""Bytes to clean text: encoding detection, binary detection and normalisation.

Order of trust: a BOM, then UTF-16 recognised by its NUL pattern, then UTF-8 (allowing a few
bad bytes in text that is otherwise UTF-8 beyond doubt), then UTF-16 in a script that leaves
no NULs (one byte order decodes to printable text and charset-normalizer agrees), then the
legacy single- and multi-byte encodings news sites used before UTF-8 (cp1252 first, since it is what "latin-1" files almost
always really are). What is read differently from what was written (bad bytes replaced by
U+FFFD, NULs dropped) is reported through `warn`.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

from charset_normalizer import from_bytes

from faultline.errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures that settle "binary" even for a sample too short for the ratios below;
# only those no text file starts with.
MAGIC = (b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF-",
         b"\x1f\x8b", b"\xfd7zXZ\x00", b"7z\xbc\xaf", b"Rar!\x1a\x07", b"\x7fELF")
SAMPLE = 8192
MAX_CONTROL_RATIO = 0.10   # C0 controls other than whitespace, NULs included
MAX_NUL_RATIO = 0.10       # of the whole file: beyond it, NULs are the content, not a stray few
# NULs in text are stray bytes or a broken export's padding, dropped when decoding; beside
# other controls (random bytes average 1 NUL in 256) they are a binary format.
MAX_STRAY_NUL_RATIO = 0.001
MAX_CONTROL_BESIDE_NULS_RATIO = 0.01
UTF16_NUL_RATIO = 0.3      # share of code units whose high byte is NUL in ASCII-heavy UTF-16
UTF16_MIN_UNITS = 8        # below, any few bytes read as some UTF-16: "caf\xe9" is two CJK signs
CONTROLS = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r\f\v")

# Encodings charset-normalizer may choose from; DOS and Mac code pages only ever win by accident.
LEGACY_ENCODINGS = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5",
    "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "shift_jis", "cp932", "euc_jp", "gb18030", "big5", "euc_kr", "cp949",
)
# Western European text is mostly ASCII; beyond this share of high bytes it is another script.
WESTERN_MAX_HIGH_RATIO = 0.3
# Bytes cp1252 leaves undefined; as latin-1 they are C1 controls, which real text never holds.
CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
MAX_UNDEFINED_RATIO = 0.01
_ASCII = bytes(range(0x80))
# UTF-8 with bad bytes stays UTF-8 when they are this few, absolutely (and no more than the
# valid multi-byte characters) or as a share of the non-ASCII sequences.
MAX_UTF8_ERRORS = 3
MAX_UTF8_ERROR_RATIO = 0.01
_REPLACEMENT = "\ufffd".encode()

_STRIPPED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")


def decode(raw: bytes, origin: str, warn: Callable[[str], None] | None = None) -> str:
    """Decode `raw` to normalised text, or raise InputError naming `origin`. `warn`, when
    given, is told (in a phrase) what of `raw` the text does not keep."""
    text = _decode(raw, origin, warn)
    nuls = text.count("\x00")
    if nuls and warn:
        warn(f"{nuls:,} NUL character{'s' if nuls > 1 else ''} dropped")
    return normalise(text)


def normalise(text: str) -> str:
    """NFC, "\\n" line ends, no BOM and no control characters other than newline and tab."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _STRIPPED.sub("", text))


def is_binary(raw: bytes) -> bool:
    """True for images, archives and other files that are not text in any encoding."""
    if raw.startswith(MAGIC):
        return True
    if any(raw.startswith(bom) for bom, _ in BOMS) or _utf16_without_bom(raw):
        return False
    return _controls_heavy(raw) and not _utf16_by_script(raw)


def _controls_heavy(raw: bytes) -> bool:
    """Control bytes and NULs in the share of a binary format (or of UTF-16 without NULs)."""
    sample = raw[:SAMPLE]
    if not sample:
        return False
    controls = (len(sample) - len(sample.translate(None, CONTROLS))) / len(sample)
    nuls = sample.count(0) / len(sample)
    return (controls > MAX_CONTROL_RATIO or raw.count(0) / len(raw) > MAX_NUL_RATIO
            or (nuls > MAX_STRAY_NUL_RATIO and controls - nuls > MAX_CONTROL_BESIDE_NULS_RATIO))


def _decode(raw: bytes, origin: str, warn: Callable[[str], None] | None) -> str:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return _strict(raw[len(bom):], encoding, origin)
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return _strict(raw, utf16, origin)
    if raw.startswith(MAGIC) or _controls_heavy(raw):
        # Arabic or Cyrillic in UTF-16 has a control byte in every code unit (and may even be
        # valid UTF-8): read as UTF-16 when it is that, else refused
        utf16 = None if raw.startswith(MAGIC) else _utf16_by_script(raw)
        if not utf16:
            raise InputError(origin, "binary file, not an article")
        return _strict(raw, utf16, origin)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        first = error.start
    mostly_utf8 = _utf8_with_errors(raw)
    if mostly_utf8 is None:
        utf16 = _utf16_by_script(raw)   # CJK in UTF-16: few control bytes, not UTF-8
        return _strict(raw, utf16, origin) if utf16 else _decode_legacy(raw, origin)
    text, bad = mostly_utf8
    if warn:
        warn(f"not valid UTF-8: {bad:,} bad byte sequence{'s' if bad > 1 else ''} replaced "
             f"by U+FFFD (first at byte {first:,})")
    return text


def _utf8_with_errors(raw: bytes) -> tuple[str, int] | None:
    """`raw` as UTF-8 with U+FFFD for each bad sequence, and how many there were; None unless
    the bad ones are few and there is valid multi-byte UTF-8 besides."""
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd") - raw.count(_REPLACEMENT)
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    if good and ((bad <= MAX_UTF8_ERRORS and bad <= good)
                 or bad / (good + bad) < MAX_UTF8_ERROR_RATIO):
        return text, bad
    return None


def _strict(raw: bytes, encoding: str, origin: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(origin, f"undecodable text: not valid {encoding} "
                                 f"(byte {error.start})") from None


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NULs fall on one side of the code units only."""
    sample = raw[:SAMPLE - SAMPLE % 2]
    units = len(sample) // 2
    if units < 2 or len(raw) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for nuls, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls / units >= UTF16_NUL_RATIO and others == 0:
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _utf16_by_script(raw: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 without BOM whose script leaves no NUL pattern
    (Cyrillic, Arabic, CJK ...): the bytes decode in that byte order to printable text, and
    charset-normalizer, weighing the legacy encodings and the other byte order, reads them so."""
    if len(raw) % 2 or len(raw) < 2 * UTF16_MIN_UNITS:
        return None
    readings = [encoding for encoding in ("utf-16-le", "utf-16-be") if _printable(raw, encoding)]
    if not readings:
        return None
    best = from_bytes(raw[:SAMPLE], cp_isolation=[*LEGACY_ENCODINGS, "utf_16_le", "utf_16_be"]).best()
    chosen = best and best.encoding.replace("_", "-")
    return chosen if chosen in readings else None


def _printable(raw: bytes, encoding: str) -> bool:
    """Whether `raw` decodes as `encoding` to characters text is made of: no controls but
    whitespace, no unassigned or private-use code points, no lone surrogates."""
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return not any(unicodedata.category(c) in _NOT_TEXT and c not in "\t\n\r\f" for c in text)


_NOT_TEXT = frozenset(("Cc", "Cn", "Co", "Cs"))


def _decode_legacy(raw: bytes, origin: str) -> str:
    """Not UTF-8: ask charset-normalizer, but keep cp1252 unless it is clearly wrong.

    On short Western text charset-normalizer's pick is arbitrary among code pages that decode
    the bytes identically, so it only overrides cp1252 when it names a different reading and
    recognised a language, or the text is mostly high bytes, or cp1252 cannot decode it.
    Latin-1 is the fallback for cp1252 text with a few stray undefined bytes.
    """
    try:
        western = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    best = from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None and "cp1252" not in best.could_be_from_charset:
        high = len(raw.translate(None, _ASCII)) / len(raw)
        if best.coherence > 0 or high > WESTERN_MAX_HIGH_RATIO:
            return str(best)
    if western is not None:
        return western
    undefined = len(raw) - len(raw.translate(None, CP1252_UNDEFINED))
    if undefined / len(raw) <= MAX_UNDEFINED_RATIO:
        return raw.decode("latin-1")
    if best is not None:
        return str(best)
    raise InputError(origin, "undecodable text: not UTF-8, UTF-16 or a known legacy encoding")
