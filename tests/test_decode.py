import codecs

import pytest

from pressroom.decode import decode_bytes, normalize_text, repair_mojibake
from pressroom.errors import ReadError

SAMPLE = "“The coordination center remains a great example,” said Col. Wayne Marotto.\nCafé – naïve"


def test_utf8_with_and_without_bom():
    assert decode_bytes(SAMPLE.encode("utf-8")) == SAMPLE
    assert decode_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8")) == SAMPLE


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(enc):
    assert decode_bytes(SAMPLE.encode(enc)) == SAMPLE


def test_cp1252_detected():
    text = "Senator Bennett’s requests — “Because nearly half of Utahns live in rural areas,” said Bennett."
    assert decode_bytes(text.encode("cp1252")) == text


def test_mojibake_repaired():
    # Real damage from corpus/senate/Bennett: "Bennettâs" style double encoding
    broken = "Sen. Bennett’s Requests “Because".encode("utf-8").decode("cp1252")
    assert "â€" in broken
    assert repair_mojibake(broken) == "Sen. Bennett’s Requests “Because"


def test_crlf_nbsp_and_controls_normalised():
    assert normalize_text("a\r\nb\rc\u00a0d\x07e\u200b") == "a\nb\nc de"


@pytest.mark.parametrize("data", [b"", b"   \n\t ", bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200])
def test_empty_and_binary_rejected(data):
    with pytest.raises(ReadError):
        decode_bytes(data)
