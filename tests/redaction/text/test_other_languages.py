"""Welsh keeps its words and loses its names; another language is not shredded word by word, and says what
is not guaranteed."""

from __future__ import annotations

import pytest

from redaction.text import TextRedactor
from redaction.text.language import language_of, ordinary_word
from redaction.text.settings import RedactionSettings

WELSH = """Annwyl Mrs Gwenllian Pritchard,

Diolch am ddod i'r cyfarfod adolygiad blynyddol yn Ysgol Gynradd Bro Taf ddydd Llun. Roedd Osian yn hapus iawn \
yn y dosbarth ac mae ei athrawes, Miss Eleri Tomos, yn dweud bod ei ddarllen wedi gwella. Bydd Rhys ab Owain, y \
therapydd iaith a lleferydd, yn ymweld â'r ysgol ym mis Medi.

Siaradodd Dafydd ap Gwilym â'r pennaeth am y cynllun datblygu unigol.

Cofion cynnes,
Mererid Huws
Cydlynydd Anghenion Dysgu Ychwanegol
"""

GERMAN = """Sehr geehrte Frau Schneider,

vielen Dank für das Gespräch am Montag. Ihr Sohn Lukas hat in der Schule große Fortschritte gemacht. Die \
Lehrerin, Frau Anna Becker, sagt, dass er beim Lesen und Schreiben viel Unterstützung braucht. Wir werden im \
nächsten Monat ein weiteres Treffen mit dem Schulpsychologen vereinbaren. Bitte bringen Sie die Unterlagen vom \
Kinderarzt mit.

Mit freundlichen Grüßen
Thomas Wagner
Klassenlehrer
"""


@pytest.fixture(scope="module")
def redactor() -> TextRedactor:
    return TextRedactor(settings=RedactionSettings(dob="remove"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (WELSH, "cy"),
        (GERMAN, "de"),
        ("Mum rang to say that she is worried about the transport and would like a call back from the SENCo.", "en"),
        ("Bonjour, je vous écris pour vous dire que mon fils a été malade pendant la semaine et il ne va pas à "
         "l'école.", "fr"),
        ("ok thanks", "en"),  # too short to tell: read as English
    ],
)
def test_language_of(text: str, code: str) -> None:
    assert language_of(text).code == code


def test_welsh_mutations_are_words() -> None:
    welsh = language_of(WELSH)
    assert ordinary_word("ddarllen", welsh) and ordinary_word("Gymraeg", welsh) and ordinary_word("Roedd", welsh)
    assert not ordinary_word("Osian", welsh)


def test_welsh_keeps_its_words_and_loses_its_names(redactor: TextRedactor) -> None:
    result = redactor.redact(WELSH)
    out = result.redacted
    for name in ("Gwenllian", "Pritchard", "Osian", "Eleri", "Tomos", "Rhys", "Owain", "Dafydd", "Gwilym",
                 "Mererid", "Huws", "Bro Taf"):
        assert name not in out, name
    for word in ("Annwyl", "Diolch am ddod", "cyfarfod adolygiad blynyddol", "Roedd", "dosbarth", "athrawes",
                 "ddarllen wedi gwella", "Bydd", "therapydd iaith a lleferydd", "Siaradodd", "pennaeth",
                 "cynllun datblygu unigol", "Cofion cynnes", "Cydlynydd Anghenion Dysgu Ychwanegol", "â'r ysgol"):
        assert word in out, word
    assert "Person" in out and "[School 1]" in out
    assert result.language == "cy" and result.not_guaranteed == ()


def test_ap_patronymic_is_one_person(redactor: TextRedactor) -> None:
    out = redactor.redact("Siaradodd Dafydd ap Gwilym â'r pennaeth ddoe am y cynllun datblygu a'r cymorth.").redacted
    assert "Gwilym" not in out and "Dafydd" not in out and out.count("Person") == 1


def test_german_is_not_shredded(redactor: TextRedactor) -> None:
    result = redactor.redact(GERMAN)
    out = result.redacted
    for name in ("Schneider", "Lukas", "Anna Becker", "Thomas Wagner"):
        assert name not in out, name
    for word in ("Sehr geehrte", "Gespräch am Montag", "Ihr Sohn", "Schule große Fortschritte", "Lehrerin",
                 "Lesen und Schreiben viel Unterstützung", "Treffen", "Schulpsychologen", "Bitte bringen",
                 "Unterlagen vom Kinderarzt", "Mit freundlichen Grüßen", "Klassenlehrer"):
        assert word in out, word
    assert result.language == "de"
    assert result.not_guaranteed and "German" in result.not_guaranteed[0]


def test_german_known_identifiers_still_go(redactor: TextRedactor) -> None:
    out = redactor.redact(GERMAN + "\nLukas' Telefon: 07700 900123", known={"PERSON": ["Lukas Schneider"]}).redacted
    assert "Lukas" not in out and "Schneider" not in out and "07700 900123" not in out


def test_english_has_no_caveat(redactor: TextRedactor) -> None:
    result = redactor.redact("Ella Hughes attended the review with her mother and the SENCo on Tuesday morning.")
    assert result.language == "en" and result.not_guaranteed == ()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sunflower lanyard scheme was explained to staff.", "Sunflower lanyard scheme"),  # read as a place too
        ("Makaton signs and Attention Autism sessions happen daily.", "Makaton signs"),
    ],
)
def test_a_lower_case_dictionary_word_is_no_part_of_a_name(redactor: TextRedactor, text: str, kept: str) -> None:
    """The model reads every line; where names have capitals, its person is cut at a lower-case dictionary word
    (particles such as "van", "ap" stay inside)."""
    assert kept in redactor.redact(text).redacted


def test_a_particle_stays_inside_a_name(redactor: TextRedactor) -> None:
    out = redactor.redact("We met Willemijn van der Berg at the review on Tuesday.").redacted
    assert "Willemijn" not in out and "Berg" not in out and "van der" not in out


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Dzień dobry, dziękuję za spotkanie w piątek.", "pl"),
        ("Merci beaucoup pour la réunion de lundi.", "fr"),
        ("Gracias por la reunión del martes.", "es"),
        ("Maria de la Cruz attended the meeting", None),  # particles of a name, and English
        ("Dear Mrs Da Silva, Ana e Joao de Souza", None),
        ("Jean de la Fontaine and Pierre du Pont came to the school", None),
    ],
)
def test_a_line_of_another_language_in_an_english_text(line: str, code: str | None) -> None:
    from redaction.text.language import line_language

    assert line_language(line) == code


def test_a_line_of_another_language_keeps_its_words_and_loses_its_names() -> None:
    detector = TextRedactor()
    text = ("Notes from the parent's message, forwarded by the family worker:\n"
            "Dzień dobry, dziękuję za spotkanie w piątek. Pozdrawiam, Katarzyna Nowak\n"
            "Merci beaucoup pour la réunion de lundi.\n"
            "The family worker, Sophie Martin, will reply on Monday.")
    found = {text[s.start : s.end] for s in detector.detect(text)}
    assert not any(word in value for value in found for word in ("Dzień", "dziękuję", "spotkanie", "Merci", "réunion"))
    assert any("Katarzyna" in value for value in found) and any("Nowak" in value for value in found)
    assert any("Sophie Martin" in value for value in found)
