"""Pets and toys: a name given to an animal or a toy is nobody's name.

Families' messages, pupil profiles and "all about me" pages name the child's animals and comforters: "our dog
Biscuit sleeps on his bed", "the class guinea pigs Nibbles and Peanut", "his teddy Mr Snuggles", "a cat called
Luna", "Bramble (the therapy dog)". The name stands right after the animal's or the toy's noun (with the words
that own it: "our", "the class", "therapy"), after "called" or "named" following that noun, or before an
apposition that says what it is ("Bramble (the therapy dog)", "Bella the dog"). A plural noun ("guinea pigs", "rabbits") owns the list of
names after it ("Nibbles and Peanut"). The noun itself in lower case after an owner ("her teddy") is the toy.
The nouns are matched in lower case only: "Bill (Teddy's dad)" and "her Teddy" are people.
"""

from __future__ import annotations

import regex

from redaction.spans import Span

__all__ = ["why_pet_or_toy"]

_ANIMALS = (
    r"dog|dogs|puppy|puppies|cat|cats|kitten|kittens|rabbit|rabbits|hamster|hamsters|guinea[ ]pigs?"
    r"|gerbils?|pony|ponies|horse|horses|tortoise|tortoises|budgie|budgies|parrot|parrots|goldfish|fish|snake"
    r"|lizard|gecko|ferret|ferrets|hens|rat|rats|axolotl|bearded[ ]dragon|labrador|spaniel"
    r"|cockapoo|terrier|collie|greyhound|dachshund|pug"
)
_TOYS = (
    r"teddy[ ]bear|teddy|teddies|doll|dolls|dolly|toy|toys|soft[ ]toy|cuddly[ ]toy|comforter|blankie"
    r"|puppet|puppets|dinosaur|unicorn|plushie|bunny[ ]rabbit"
)
_KIND = rf"(?:{_ANIMALS}|{_TOYS})"
# Who owns the animal or the toy, and what kind of animal it is: "our", "the class", "his therapy".
_OWNER = (
    r"(?:our|my|his|her|their|your|the|a|an|\p{L}+['’]s|family|class|school|new|old|pet|rescue)"
)
_QUALIFIER = r"(?:(?i:pet|family|class|school|therapy|assistance|guide|hearing|rescue|new|old|little|big|favourite"
_QUALIFIER += r"|grey|black|white|ginger|brown|pink|blue|stuffed|toy|sensory|reading|emotional[ ]support)[ ]+){0,3}"
_NAMES_BEFORE = r"(?:\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*)?(?:,[ ]*|[ ]+(?:and|&)[ ]+))*"

# A made-up title may open a toy's name: "his teddy Mr Snuggles", "her doll Princess Sparkle".
_TITLE = r"(?:(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Lord|Captain|Professor|Prof|Princess|Prince|King|Queen)\.?[ ]+)?"
_BEFORE = regex.compile(
    rf"\b(?i:{_OWNER})[ ]+{_QUALIFIER}{_KIND}(?:[ ]+(?:called|named))?,?[ ]+{_TITLE}\Z"
)
# A plural noun owns every name of the list after it: "guinea pigs Nibbles and Peanut".
_PLURAL_BEFORE = regex.compile(
    rf"\b(?i:{_OWNER})[ ]+{_QUALIFIER}{_KIND}(?<=s)(?:[ ]+(?:called|named))?,?[ ]+"
    rf"{_NAMES_BEFORE}\Z"
)
# "Bramble (the therapy dog)", "Luna (cat, 4 yrs)", "Bella the dog"; not after a comma, which also parts a list ("my brother Yahya, my
# cat Biscuit").
_APPOSITION_AFTER = regex.compile(
    rf"(?:[ ]*\([ ]*(?:(?i:our|my|his|her|their|the|a)[ ]+)?|[ ]+the[ ]+){_QUALIFIER}{_KIND}\b(?!['’])"
    r"(?![ ]+(?i:sitter|walker|groomer|trainer|handler|owner|minder|carer|lady|man|woman|club|show|food|person))"
)
_LOWER_TOY = regex.compile(rf"(?:{_TOYS}|{_ANIMALS})")
_OWNER_BEFORE = regex.compile(r"(?i:\b(?:my|his|her|their|our|your|the)[ ]+)\Z")


def why_pet_or_toy(text: str, span: Span) -> str | None:
    """Why a person candidate is the name of an animal or a toy, or ``None``."""
    if span.type != "PERSON":
        return None
    surface = text[span.start : span.end]
    if surface.islower():
        if _LOWER_TOY.fullmatch(surface) and _OWNER_BEFORE.search(text, max(0, span.start - 8), span.start):
            return "an animal or a toy in lower case after its owner ('her teddy'): the thing, nobody's name"
        return None
    lo = max(0, span.start - 60)
    if _BEFORE.search(text, lo, span.start) is not None or _PLURAL_BEFORE.search(text, lo, span.start) is not None:
        return "the name of an animal or a toy: its noun stands before it ('our dog Biscuit', 'his teddy Mr Snuggles')"
    if _APPOSITION_AFTER.match(text, span.end) is not None:
        return "the name of an animal or a toy: an apposition says so ('Biscuit, our dog', 'Bramble (the therapy dog)')"
    return None
