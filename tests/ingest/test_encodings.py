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
