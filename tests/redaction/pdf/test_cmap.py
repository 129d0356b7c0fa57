from __future__ import annotations

from redaction.pdf.cmap import Codespace, parse_cmap, split_codes

TO_UNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar
<0003> <0020>
<0024> <0041>
<00B5> <00660069>
endbfchar
2 beginbfrange
<0044> <0046> <0061>
<0050> <0051> [<0141> <D83DDE00>]
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""


def test_to_unicode_chars_ranges_arrays_ligatures_and_surrogates() -> None:
    cmap = parse_cmap(TO_UNICODE)
    assert cmap.to_unicode(0x0003) == " "
    assert cmap.to_unicode(0x0024) == "A"
    assert cmap.to_unicode(0x00B5) == "fi"
    assert [cmap.to_unicode(c) for c in (0x44, 0x45, 0x46)] == ["a", "b", "c"]
    assert cmap.to_unicode(0x0050) == "Ł"
    assert cmap.to_unicode(0x0051) == "\U0001f600"
    assert cmap.to_unicode(0x0047) is None


def test_hostile_range_costs_nothing_and_still_answers() -> None:
    cmap = parse_cmap(b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange")
    assert cmap.to_unicode(0) == "A"
    assert cmap.to_unicode(1) == "B"
    assert len(cmap.unicode) == 0


def test_embedded_encoding_cmap_codespaces_and_cids() -> None:
    cmap = parse_cmap(
        b"2 begincodespacerange <00> <80> <8140> <FFFC> endcodespacerange "
        b"1 begincidrange <8140> <817E> 633 endcidrange 1 begincidchar <41> 34 endcidchar"
    )
    assert split_codes(b"A\x81\x41B", cmap.codespaces) == [b"A", b"\x81\x41", b"B"]
    assert cmap.cid(0x41) == 34
    assert cmap.cid(0x8141) == 634
    assert cmap.cid(0x9999) is None


def test_split_identity_and_unmatched_bytes() -> None:
    assert split_codes(b"\x00\x41\xd8\x00", (Codespace(2, b"\x00\x00", b"\xff\xff"),)) == [b"\x00\x41", b"\xd8\x00"]
    one_or_two = [Codespace(1, b"\x00", b"\x7f"), Codespace(2, b"\x81\x40", b"\x9f\xfc")]
    assert split_codes(b"\xff\x41", one_or_two) == [b"\xff", b"\x41"]


def test_broken_cmap_programs_parse_to_what_is_readable() -> None:
    cmap = parse_cmap(b"2 beginbfchar <01> endbfchar 1 beginbfrange <05> <02> <0041> endbfrange <zz")
    assert cmap.unicode == {} and cmap.unicode_ranges == []
