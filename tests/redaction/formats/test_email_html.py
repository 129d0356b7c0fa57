"""HTML bodies: the visible text kept (to be redacted), everything else dropped and read as context."""

from __future__ import annotations

from redaction.formats.email.html import read_html, write_html

MARKUP = """<html><head><title>Leo Whitfield</title><style>p {color: red}</style></head><body>
<!--[if mso]><p>Sarah Whitfield 07700 900123</p><![endif]-->
<p title="Leo Whitfield" class="x">Dear <b>Sa</b>rah,</p>
<div hidden>NHS 401 023 2153</div>
<div style="display: none">hidden one</div><span style="font-size:0px;">hidden two</span>
<span style="font-size:0.9em">small but seen</span>
<img src="cid:logo" alt="Fellside Primary School logo"><a href="mailto:sarah@example.com">write</a>
<script>var child = "Leo";</script><pre>  two  spaces</pre>
<svg><text>Jane Okafor</text></svg><p>a &lt;b&gt; &amp; c</p>
</body></html>"""


def test_visible_text_is_kept_and_the_rest_is_context_only() -> None:
    document = read_html(MARKUP)
    visible = "".join(document.texts)
    assert "Dear Sarah," in visible and "small but seen" in visible and "write" in visible
    assert "  two  spaces" in visible and "a <b> & c" in visible
    for hidden in ("Leo", "401 023 2153", "hidden one", "hidden two", "Jane Okafor", "Fellside", "sarah@"):
        assert hidden not in visible
    context = " ".join(document.context)
    for found in ("Leo Whitfield", "Sarah Whitfield 07700 900123", "401 023 2153", "Fellside Primary School logo",
                  "sarah@example.com", "Jane Okafor"):
        assert found in context
    assert document.dropped["comments"] == 1 and document.dropped["images"] == 1


def test_the_rebuilt_html_has_no_attributes_comments_or_hidden_content() -> None:
    document = read_html(MARKUP)
    rebuilt = write_html(document, ["X" if "Sa" in text else text for text in document.texts])
    assert "title=" not in rebuilt and "<!--" not in rebuilt and "href" not in rebuilt and "<img" not in rebuilt
    assert "<script" not in rebuilt and "hidden" not in rebuilt and "Leo" not in rebuilt
    assert "<p>Dear <b>X</b>rah,</p>" in rebuilt and "a &lt;b&gt; &amp; c" in rebuilt


def test_block_boundaries_separate_words_for_the_detectors() -> None:
    document = read_html("<p>Leo</p><p>Whitfield</p><b>Sa</b>rah")
    pieces = document.pieces(document.texts)
    assert [getattr(piece, "text", piece) for piece in pieces] == ["\n", "Leo", "\n", "Whitfield", "\n", "Sa", "rah"]


def test_an_unclosed_hidden_element_hides_the_rest() -> None:
    document = read_html('<p>Seen</p><div style="visibility:hidden"><p>Leo Whitfield</p>')
    assert "".join(document.texts) == "Seen"
