"""encodings: bytes to normalised text, and binary detection."""
import codecs

import pytest

from faultline.errors import InputError
from faultline.ingest.encodings import decode, is_binary, normalise

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
ZIP_HEADER = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 20


def test_decode_utf8():
    text = "Genève, 5 mars — «trêve»"
    assert decode(text.encode("utf-8"), "a.txt") == text


def test_decode_strips_utf8_bom():
    assert decode(codecs.BOM_UTF8 + "café".encode("utf-8"), "a.txt") == "café"


@pytest.mark.parametrize("bom, encoding", [(codecs.BOM_UTF16_LE, "utf-16-le"),
                                           (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_decode_utf16_with_bom(bom, encoding):
    raw = bom + "Talks resumed in Genève.\r\n".encode(encoding)
    assert decode(raw, "a.txt") == "Talks resumed in Genève.\n"


def test_decode_utf16_without_bom_from_nul_pattern():
    assert decode("Talks resumed on Tuesday.".encode("utf-16-le"), "a.txt") == \
        "Talks resumed on Tuesday."
    assert decode("Talks resumed on Tuesday.".encode("utf-16-be"), "a.txt") == \
        "Talks resumed on Tuesday."


# Sentences written for this test, one per script; in UTF-16 most leave no NUL pattern, and
# Arabic and Cyrillic put a control byte in every code unit.
SCRIPTS = {
    "cyrillic": "Войска вышли из Херсона в пятницу, сообщило министерство.",
    "arabic": "قال مسؤولون إن القوات انسحبت من المدينة يوم الجمعة.",
    "chinese": "官员说，部队星期五撤出了该城市。",
    "greek": "Οι δυνάμεις αποσύρθηκαν την Παρασκευή.",
    "hebrew": "שלום לכולם, הכוחות נסוגו מהעיר.",
    "devanagari": "सेना शुक्रवार को शहर से हट गई।",
    "korean": "군대가 금요일에 도시에서 철수했다.",
}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_bom_in_any_script(script, encoding):
    raw = SCRIPTS[script].encode(encoding)
    assert not is_binary(raw)
    assert decode(raw, "a.txt") == SCRIPTS[script]


def test_decode_cp1252_smart_quotes_come_out_curly():
    assert decode(b"\x93quoted\x94", "a.txt") == "\u201cquoted\u201d"
    raw = b"The minister said \x93we will not retreat\x94 \x97 and left."
    assert decode(raw, "a.txt") == \
        "The minister said \u201cwe will not retreat\u201d \u2014 and left."


def test_decode_latin1_accent():
    assert decode(b"caf\xe9", "a.txt") == "café"
    raw = "Le ministre a déclaré à Genève que la trêve était rompue.".encode("latin-1")
    assert decode(raw, "a.txt") == "Le ministre a déclaré à Genève que la trêve était rompue."


def test_decode_other_legacy_script_through_charset_normalizer():
    raw = "Министр заявил, что перемирие нарушено в среду.".encode("cp1251")
    assert decode(raw, "a.txt") == "Министр заявил, что перемирие нарушено в среду."


def test_normalise_line_ends_controls_bom_and_nfc():
    assert normalise("\ufeffa\r\nb\rc\x00d\x07e\tf\x85g") == "a\nb\ncde\tfg"
    assert normalise("Gene\u0300ve") == "Genève"


@pytest.mark.parametrize("raw", [PNG_HEADER, ZIP_HEADER, bytes(range(256)) * 4])
def test_decode_refuses_binary_naming_the_file(raw):
    with pytest.raises(InputError) as caught:
        decode(raw, "photos/picture.dat")
    assert caught.value.origin == "photos/picture.dat"
    assert str(caught.value) == "photos/picture.dat: binary file, not an article"


def test_is_binary_not_fooled_by_utf16_nuls():
    assert not is_binary("plain words".encode("utf-16-le"))
    assert not is_binary(codecs.BOM_UTF16_BE + "plain words".encode("utf-16-be"))
    assert not is_binary(b"plain words\n")
    assert is_binary(PNG_HEADER)


def test_decode_undecodable_utf16_names_the_file():
    raw = codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8"   # lone surrogate
    with pytest.raises(InputError) as caught:
        decode(raw, "broken.txt")
    assert str(caught.value).startswith("broken.txt: undecodable text: not valid utf-16-le")


def _decode_warned(raw):
    warnings = []
    return decode(raw, "a.txt", warnings.append), warnings


def test_utf8_with_one_bad_byte_stays_utf8_with_a_warning():
    raw = "Le ministre a déclaré à Genève que la Straße".encode() + b" \xff " + "reste fermée.".encode()
    text, warnings = _decode_warned(raw)
    assert text == "Le ministre a déclaré à Genève que la Straße \ufffd reste fermée."
    assert warnings == ["not valid UTF-8: 1 bad byte sequence replaced by U+FFFD (first at byte 50)"]


def test_utf8_cut_mid_character_keeps_the_rest():
    text, warnings = _decode_warned("Genève, 5 mars — fin".encode() + "é".encode()[:1])
    assert text == "Genève, 5 mars — fin\ufffd"
    assert warnings == ["not valid UTF-8: 1 bad byte sequence replaced by U+FFFD (first at byte 23)"]


def test_utf8_with_under_one_percent_bad_sequences_stays_utf8():
    raw = ("Genève déclaré " * 200).encode() + b"\xe9\xe9\xe9\xe9\xe9"
    text, warnings = _decode_warned(raw)
    assert text.startswith("Genève déclaré ") and text.endswith("\ufffd" * 5)
    assert warnings[0].startswith("not valid UTF-8: 5 bad byte sequences replaced")


def test_genuine_replacement_characters_are_not_counted_as_bad_bytes():
    text, warnings = _decode_warned("\ufffd\ufffd\ufffd\ufffd déjà".encode() + b" \xff")
    assert text == "\ufffd\ufffd\ufffd\ufffd déjà \ufffd"
    assert warnings[0].startswith("not valid UTF-8: 1 bad byte sequence replaced")


def test_cp1252_is_not_taken_for_utf8_for_two_bytes_that_happen_to_be_utf8():
    text = "Le ministre a déclaré à Genève: «Ã©»."   # "Ã©" in cp1252 is UTF-8 for "é"
    assert _decode_warned(text.encode("cp1252")) == (text, [])


def test_nul_bytes_in_text_are_dropped_with_a_warning():
    assert _decode_warned(b"Talks\x00 resumed\x00 in Gen\xc3\xa8ve.") == \
        ("Talks resumed in Genève.", ["2 NUL characters dropped"])
    assert _decode_warned(b"Padded report." + bytes(1)) == ("Padded report.", ["1 NUL character dropped"])
    assert not is_binary(b"Talks resumed.\x00\x00\x00 More to follow.\n")


@pytest.mark.parametrize("raw", [b"Report." + bytes(200), bytes(8000) + b"Report." * 3,
                                 b"A report\x00\x01\x02\x03\x04\x05 with some controls" * 20])
def test_mostly_nuls_or_nuls_among_controls_stay_binary(raw):
    assert is_binary(raw)
    with pytest.raises(InputError, match="binary file"):
        decode(raw, "a.txt")
