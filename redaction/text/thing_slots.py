"""Places in an English sentence that a person's bare name does not fill: a candidate there is a thing, a brand or
an organisation, whatever a model typing a capitalised word says.

- after an article: English writes no "a", "an" or "the" before a person's name ("a Saab and a Peugeot", "an
  Epson", "the Jacuzzi was broken", "the Ritz-Carlton"). Taken for one capitalised word only, right after the
  article, where the phrase ends after it or a joining word or a verb follows (a lower-case noun after it makes
  it a modifier, a person's as often as a brand's: "the Kacper party invite"). Not taken: a family or a group
  named by its surname ("the Okafor twins", "the Hendersons", "the Mwangi's house"); a capital "A" (somebody's
  initial: "A Khan, Year 5") unless no list of names holds the word; a capitalised word after it (the word is a
  name's first: "the Sarah Jones case" is the kind reader's);
- after the verbs that take an employer, a school, a bank or an airline: "works at", "studied at", "graduated
  from", "banks with", "flew with", "stayed at", "shops at" ("He studied at McGill", "banks with Equity"). "Works
  for" and "employed by" take people too ("works for Ahmed"): there only a word no list of names holds ("works
  for Nestlé").
"""

from __future__ import annotations

import regex

from redaction.spans import Span

__all__ = ["why_thing_slot"]

_ONE_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[\-][\p{Lu}][\p{L}\p{M}]*)?")
_ARTICLE_BEFORE = regex.compile(r"(?:^|(?<=[^\p{L}\p{N}'’\-]))(?P<article>a|an|the|The|A)[ ]\Z")
# What follows a surname that names a family or a group of people: "the Okafor twins", "the Mwangi's house".
_GROUP_AFTER = regex.compile(
    r"(?:['’]s?|[ ]+(?i:family|families|household|twins|triplets|kids|children|boys|girls|brothers|sisters|siblings"
    r"|parents|clan|lot|case|estate|account|name|surname)\b|[ ]+\p{Lu})")
# After the article's word the sentence goes on as after a noun phrase: it ends, or a joining word or a verb follows.
# A lower-case noun after it makes the word a modifier, a person's as often as a brand's ("the Kacper party
# invite", "the Ninja air fryer": the kind reader's, :mod:`redaction.text.kind_after`).
_PHRASE_ENDS_AFTER = regex.compile(
    r"(?:[ ]*(?:[.,;:!?)\]]|\n|$)|[ ]+(?:and|or|but|nor|was|is|were|are|has|had|have|will|would|can|could|did|does"
    r"|which|that|in|on|at|for|with|to|from|of|by|last|this|again|yesterday|today|instead|too|broke|broken)\b)")
_EMPLOYER_VERB_BEFORE = regex.compile(
    r"\b(?i:(?:works|worked|working|work|employed|job|placement|internship|interning|studied|studies|studying|study"
    r"|enrolled|teaches|taught|lectures|stayed|staying|stay|shops|shopped|shop|shopping)[ ]+at"
    r"|graduated[ ]+from|(?:banks|banked|banking|bank|flew|flying|fly|flies)[ ]+with|flew|(?:is|was)[ ]+at[ ]+uni[ ]+at)"
    r"[ ]+\Z")
_EMPLOYER_FOR_BEFORE = regex.compile(r"\b(?i:(?:works|worked|working|work)[ ]+for|employed[ ]+by)[ ]+\Z")


def _no_name(word: str) -> bool:
    """Whether no list of names holds the word (either half of a hyphenated one)."""
    from redaction.gazetteer import lookup
    from redaction.text.given_names import is_given_name
    from redaction.text.surnames import is_surname

    return all(lookup(part) is None and not is_given_name(part) and not is_surname(part) for part in word.split("-"))


def why_thing_slot(text: str, span: Span) -> str | None:
    """Why a one-word PERSON candidate stands where English puts a thing or an organisation (see the module), or
    ``None``."""
    if span.type != "PERSON":
        return None
    word = text[span.start : span.end]
    if _ONE_WORD.fullmatch(word) is None:
        return None
    article = _ARTICLE_BEFORE.search(text, max(0, span.start - 5), span.start)
    if article is not None:
        said = article.group("article")
        if _GROUP_AFTER.match(text, span.end) is not None:
            return None
        if _PHRASE_ENDS_AFTER.match(text, span.end) is None:
            return None
        if said.casefold() == "the" and word.endswith("s") and not word.endswith("ss"):
            return None  # "the Hendersons": a family
        if said == "A" and not _no_name(word):
            return None  # "A Khan": an initial and a surname
        return "a thing after an article: English writes no 'a' or 'the' before a person's name ('a Saab', 'the Jacuzzi')"
    if _EMPLOYER_VERB_BEFORE.search(text, max(0, span.start - 30), span.start) is not None:
        if _GROUP_AFTER.match(text, span.end) is not None:
            return None
        return "an employer, a school, a bank or an airline after the verb that takes one ('studied at McGill')"
    if _EMPLOYER_FOR_BEFORE.search(text, max(0, span.start - 30), span.start) is not None and _no_name(word):
        return "an employer no list of names holds after 'works for' ('works for Nestlé')"
    return None
