"""Brands and products told by the form of their name, not by a list of them: candidates a model or a capitalised
word pattern types PERSON although no person is named so.

- a coined word: one capitalised word that no list of names holds, made of two dictionary words run together,
  the second of four letters or more ("Fibrelink", "Kitlocker", "Quillmark", "Rightmove"), not ending as English
  place-names and surnames do ("Featherby", "Kettleborough", "Netherhall"), and not written with a possessive (a
  person's: "Alesana's mum"). Compound surnames ("Blackwood", "Littlewood", "Fairweather")
  are in the gazetteer and stay; so does a coined-looking word the text writes after a title ("Mr Sandbrook") or
  pairs with a name ("Sandbrook and Ashworth");
- a product's or a plan's name with its code of capitals after it ("Purevax RCP", "Delta Dental PPO", "Timberline
  HDZ"), when no word of it reads as a name and one is capitalised; post-nominal letters ("Adeyemi MBE", "Dr Rao
  FRCP") and the next field's label ("Child's name: hollie-mae cole  DOB:") are no code.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.english import is_english_word, two_words_run_together
from redaction.text.names import TITLE
from redaction.text.text_caches import per_text

__all__ = ["why_brand_form"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_TITLE_BEFORE = regex.compile(rf"(?i:{TITLE})\.?\s+\Z")  # "Mr⏎Kettleborough": a title at a line's end too
# Endings of English place-names and the surnames made from them ("Featherby", "Kettleborough", "Netherhall"): a
# word ending so is a name's shape, whatever two words it splits into.
_TOPONYMIC_END = regex.compile(
    r"(?i:by|ton|ham|ley|leigh|lee|well|wood|worth|worthy|ford|field|borough|brough|bury|burgh|berry|hall|gate|dale"
    r"|moor|more|combe|coombe|thorpe|thwaite|wick|wich|mouth|land|ridge|shaw|croft|cliffe|cliff|stone|brook|bridge"
    r"|hurst|holme|hill|side|stead|stow|ster|ing|den|don|water|ness|caster|chester|cester|port|beck|burn|haugh"
    r"|raise|low|lowe|church|castle|bourne|bourn|mere|marsh|hope|heath|ward|smith|man|son|sen|ey|ay|all|ell)\Z")
# A code of three or four capitals ending the candidate or just after it (two capitals are somebody's initials:
# "Okafor AB" in a citation, "KG and WG").
_CODE_LAST = regex.compile(r"[ \u00a0](\p{Lu}{3,4})\Z")
# one plain space: a wider gap, or a colon after, makes the capitals the next field's label ("name  DOB:")
_CODE_AFTER = regex.compile(r"[ ](\p{Lu}{3,4})(?![\p{L}\p{N}:])")
# Letters written after a person's name: honours, degrees, professional bodies, offices.
_POST_NOMINALS = frozenset("""
MBE OBE CBE KBE DBE BEM QPM KCB GCB KC QC MP MSP MLA MEP AM JP DL FRS FRSE FRCP MRCP FRCS FRCGP MRCGP FRCPCH MRCPCH
FRCPSYCH FRCR FRCA FRCOG MRCS MRCPSYCH MCSP HCPC NMC RGN RMN RNLD SRN BSC MSC PHD DPHIL MBBS MBCHB LLB LLM BED MED
MBA MPHIL ACCA ACMA FCCA FCA CPA CFA RIBA MRICS FRICS CENG MICE MIET MBCS MCIPD CIPD DCLINPSY CPSYCHOL AFBPSS FBPSS
SENCO SENCOS ESQ RET SNR JNR GBE KG KT
""".split())


def why_brand_form(text: str, span: Span) -> str | None:
    """Why a PERSON candidate is a brand or a product by its name's form (see the module), or ``None``."""
    if span.type != "PERSON" or _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None:
        return None
    surface = text[span.start : span.end]
    words = _WORD.findall(surface)
    if (len(words) == 1 and _coined(words[0]) and not text.startswith(("'s", "’s"), span.end)  # "Alesana's mum"
            and not _after_a_title_somewhere(text, words[0])
            and not _paired_with_a_name(text, span)):
        return "a coined word: two dictionary words run together that no list of names holds ('Fibrelink', 'Kitlocker')"
    code = _CODE_LAST.search(surface) or _CODE_AFTER.match(text, span.end)
    if code is None or code.group(1) in _POST_NOMINALS:
        return None
    named = [w for w in words if w != code.group(1)]
    if not any(w[:1].isupper() for w in named):  # a product's name is written with its capital
        return None
    # a maker's initialism before it ("GAF Timberline HDZ") is no name either
    if any(not w.isupper() for w in named) and not any(_a_name(w) for w in named if not (w.isupper() and len(w) <= 3)):
        return "a product's or a plan's name with its code of capitals ('Purevax RCP', 'Delta Dental PPO')"
    return None


# "Sandbrook and Ashworth", "Hughes & Sandbrook", "Patel, Sandbrook": a word joined to another word.
_JOINED_AFTER = regex.compile(r"[ \u00a0]*(?:,|[ \u00a0](?:and|or|&))[ \u00a0]+(\p{Lu}[\p{L}'’\-]+)")
_JOINED_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’\-]+)(?:,|[ \u00a0]+(?:and|or|&))[ \u00a0]+\Z")


def _paired_with_a_name(text: str, span: Span) -> bool:
    """The candidate is joined by "and", "or", "&" or a comma to a word that reads as a name: a list of people."""
    after = _JOINED_AFTER.match(text, span.end)
    before = _JOINED_BEFORE.search(text, max(0, span.start - 40), span.start)
    return any(m is not None and _a_name(m.group(1)) for m in (after, before))


def _coined(word: str) -> bool:
    # a family by its surname ("the Hendersons") is read as its singular: a name's plural is no brand
    forms = (word, word[:-1]) if word.endswith("s") and not word.endswith("ss") else (word,)
    return (len(word) >= 7 and word[:1].isupper() and not word.isupper() and word[1:].islower()
            and not any(_TOPONYMIC_END.search(form) is not None or _a_name(form) for form in forms)
            and not is_english_word(word) and two_words_run_together(word, shortest_tail=4))


def _a_name(word: str) -> bool:
    """Any reading as a name: the gazetteer's (either way, however weak), or a given name we know."""
    from redaction.gazetteer import lookup
    from redaction.text.given_names import is_given_name

    return lookup(word.capitalize()) is not None or is_given_name(word.capitalize())


@per_text(maxsize=4096)  # one text is asked about the same word for each candidate and copy
def _after_a_title_somewhere(text: str, word: str) -> bool:
    """The text writes ``word`` after a title somewhere ("Mr Sandbrook"): a surname, whatever its form."""
    return regex.search(rf"(?i:{TITLE})\.?[ \u00a0]+{regex.escape(word)}(?![\p{{L}}\p{{N}}])", text) is not None
