"""A brand, a performer or a work named as the modifier of the kind of thing it names: "the Ninja air fryer",
"a Bosch washing machine", "the Ed Sheeran concert", "the Jamie Oliver recipe", "the Hilton staff".

Reviews, forum posts and complaints name products and shops this way, and a model reading a capitalised word
types it PERSON. A person written before a lower-case noun of a product, a shop or a performance is its
maker's or performer's name, not somebody the text is about. Taken only:

- when the candidate, with the capitalised words just before and after it, is one to three capitalised words, not a possessive ("Priya's laptop" is Priya's), not
  after a title ("Mr Bosch"), and the kind word follows after one plain space (a cell gap or a line break
  ends the phrase);
- when a determiner stands before it ("the", "a", "my", "our", "this", ...: "my Fitbit watch"), or, with none,
  when no word of it is a given name ("claim for Bosch washing machine"; "ask Tom phone" stays: a given name
  with no determiner before it may be the subject of a verb that looks like a noun).

A family's or a case's word ("the Smith family", "the Jones case") is no kind here, nor what a person holds (an
account, a plan, a card, a ticket, a parcel: "the Tuilagi account"): it still identifies. Words in capitals of
four letters or more are a name as forms and ledgers write one ("The ALESANA TUILAGI account"). A
weather system is named the other way round, its kind first ("Storm Eunice", "Hurricane Milton"), and is no one
either.
"""

from __future__ import annotations

import regex

from redaction.spans import Span
from redaction.text.given_names import is_given_name
from redaction.text.names import TITLE

__all__ = ["why_kind_after"]

_KINDS = sorted("""
air fryer fryer grill barbecue bbq vacuum hoover mixer blender dishwasher washing machine washer dryer fridge freezer
oven microwave kettle toaster coffee machine espresso machine hob cooker heater boiler laptop notebook computer pc
phone smartphone tablet tv television monitor headphones earbuds earphones speaker soundbar watch smartwatch camera
printer router console controller app mattress sofa pillow duvet
trainers sneakers boots shoes jacket coat hoodie backpack suitcase pram stroller buggy car seat drill mower
lawnmower recipe cookbook concert gig tour album song single film movie show series documentary podcast book novel
biography musical store shop outlet branch staff hotel restaurant franchise brand range model
products product charger cable battery batteries firmware software website courier driver rep advert
""".split(), key=lambda w: (-len(w), w))
# one order in every process (see pattern_cache): longest first, so "washing machine" before "washing"
_KIND_AFTER = regex.compile(
    r"[ ](?:" + "|".join(regex.escape(k) for k in _KINDS) + r"|washing[ ]machine|coffee[ ]machine|espresso[ ]machine"
    r"|air[ ]fryer|car[ ]seat)(?![\p{L}\p{N}'’\-])")
_DETERMINER_BEFORE = regex.compile(
    r"(?:^|[^\p{L}])(?i:the|a|an|my|our|your|his|her|their|this|that|these|those|new|old|latest|cheap|some)[ ]\Z")
_TITLE_BEFORE = regex.compile(rf"(?i:{TITLE})\.?[ ]+\Z")
_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}\-]*")
# Capitalised words just before the candidate, one plain space apart: the rest of its run ("Jamie" before the
# candidate "Oliver" of "the Jamie Oliver recipe"), read with it.
_WORD_AFTER = regex.compile(r"[ ]\p{Lu}[\p{L}\p{M}\-]*(?![\p{L}\p{N}'’])")
_RUN_BEFORE = regex.compile(
    rf"(?:(?!(?:The|A|An|My|Our|Your|His|Her|Their|This|That|These|Those|{TITLE})\.?[ ])\p{{Lu}}[\p{{L}}\p{{M}}\-]*[ ]){{1,2}}\Z")


# A weather system is named as people are, after its kind: "Storm Eunice", "Hurricane Milton", "Cyclone Gabrielle".
# "Storm" is a given name too ("Storm Wardle", "Storm and Faith"): after it only a given name that is no surname
# makes a storm ("Storm Eunice"); the other kinds are no one's name.
_STORM = regex.compile(r"(?P<kind>Storm|Hurricane|Cyclone|Typhoon|Tropical[ ]Storm|Tropical[ ]Cyclone|Tropical[ ]Depression)"
                       r"[ ](?P<name>\p{Lu}\p{Ll}+)(?![\p{L}\-]|[ ]\p{Lu})")
_STORM_BEFORE = regex.compile(r"(?:Storm|Hurricane|Cyclone|Typhoon|Tropical[ ]Storm|Tropical[ ]Cyclone|Tropical[ ]Depression)[ ]\Z")


def _storm(text: str, at: int) -> bool:
    """Whether a weather system's kind and its name begin at ``at``."""
    match = _STORM.match(text, at)
    if match is None:
        return False
    if match.group("kind") != "Storm":
        return True
    from redaction.gazetteer import lookup

    name = match.group("name")
    info = lookup(name)
    return is_given_name(name) and (info is None or info.last < info.first)


def why_kind_after(text: str, span: Span) -> str | None:
    """Why a PERSON candidate is a brand, a performer or a work before the kind of thing it names, or a storm
    after its kind ("Storm Eunice"), or ``None``."""
    if span.type not in ("PERSON", "LOCATION"):
        return None
    kind = _STORM_BEFORE.search(text, max(0, span.start - 24), span.start)
    if _storm(text, span.start) or (kind is not None and _storm(text, kind.start())):
        return "a weather system named after its kind ('Storm Eunice', 'Hurricane Milton')"  # ("Milton" is a town too)
    if span.type != "PERSON":
        return None
    start = span.start
    run = _RUN_BEFORE.search(text, max(0, start - 40), start)
    if run is not None:
        start = run.start()
    end = span.end
    while _KIND_AFTER.match(text, end) is None:  # "Jamie" of "the Jamie Oliver recipe": read on to the kind
        more = _WORD_AFTER.match(text, end)
        if more is None or end - start > 40:
            return None
        end = more.end()
    surface = text[start:end]
    if surface.endswith(("'s", "’s", "s'")) or text.startswith(("'", "’"), end):
        return None
    words = surface.split()
    if not 1 <= len(words) <= 3 or not all(_WORD.fullmatch(w) for w in words):
        return None
    if any(len(w) > 3 and w.isupper() for w in words):
        return None  # "The ALESANA TUILAGI account": a name in capitals, as forms and ledgers write one
    before = text[max(0, start - 12) : start]
    if _TITLE_BEFORE.search(before) is not None or _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start):
        return None
    if _DETERMINER_BEFORE.search(before) is None and any(is_given_name(w) for w in words):
        return None
    return "a brand, a performer or a work before the kind of thing it names ('the Ninja air fryer', 'the Ed Sheeran concert')"
