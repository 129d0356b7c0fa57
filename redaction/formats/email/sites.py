"""Every text of an e-mail placed in one ``JointText``: display names (after their field name, so the
detectors read them as names), group names, subjects, attachment file names, text bodies and the
visible text of HTML bodies; HTML attributes, comments and hidden elements as context only.

Links are removed before anything is read (``[LINK]``): a URL carries identifiers (a case reference,
an address) in forms no detector reads, and tokens that look like encoded data. What the e-mail itself
says about people — display names and addresses — becomes known identifiers of this e-mail, so
"Jane Okafor" in the From header is removed from the body too, whatever the model makes of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from redaction.formats._joint import Context, JointResult, JointText
from redaction.formats.email.html import HtmlDocument, read_html
from redaction.formats.email.tree import (
    Address,
    AddressField,
    BinaryLeaf,
    HtmlLeaf,
    MessageNode,
    Multipart,
    Node,
    TextField,
    TextLeaf,
)

__all__ = ["LINK_LABEL", "Sites", "leaves", "messages", "split_name"]

LINK_LABEL = "[LINK]"
PLACEHOLDER_DOMAIN = "example.invalid"  # RFC 2606: a domain that never resolves
_LINK = re.compile(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>\"'\]\)]+")
_ORGANISATION = re.compile(
    r"(?i)\b(?:school|academy|college|council|office|team|services?|nhs|trust|surgery|practice|ltd|limited|plc|"
    r"department|admin|info|no-?reply|support|sendiass|hospital|clinic|centre|center|group|nursery|federation|"
    r"university|board|unit|reception|enquiries|partnership|mailbox)\b")
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")
_SURNAME_FIRST = re.compile(r"\s*([^,]+?),\s*([^,]+?)\s*")


def messages(node: Node) -> Iterator[MessageNode]:
    if isinstance(node, MessageNode):
        yield node
        yield from messages(node.body)
    elif isinstance(node, Multipart):
        for child in node.children:
            yield from messages(child)


def leaves(node: Node) -> Iterator[TextLeaf | HtmlLeaf | BinaryLeaf]:
    if isinstance(node, MessageNode):
        yield from leaves(node.body)
    elif isinstance(node, Multipart):
        for child in node.children:
            yield from leaves(child)
    else:
        yield node


@dataclass
class Sites:
    tree: MessageNode
    joint: JointText = field(default_factory=JointText)
    slots: dict[int, int] = field(default_factory=dict)  # id(object) -> slot
    bodies: dict[int, int] = field(default_factory=dict)  # id(TextLeaf) -> its text's slot
    html_slots: dict[int, list[int]] = field(default_factory=dict)  # id(HtmlLeaf) -> its text nodes' slots
    html: dict[int, HtmlDocument] = field(default_factory=dict)
    addresses: dict[str, str] = field(default_factory=dict)  # address (lower case) -> placeholder
    people: list[str] = field(default_factory=list)  # display names that name a person
    organisations: list[str] = field(default_factory=list)  # display names of an office, a school, a team
    links: int = 0

    def __post_init__(self) -> None:
        for message in messages(self.tree):
            self._headers(message)
        for leaf in leaves(self.tree):
            self._leaf(leaf)

    def known(self) -> dict[str, list[str]]:
        """What the e-mail says about who is who, as known identifiers of this e-mail."""
        found: dict[str, list[str]] = {}
        if self.people:
            found["PERSON"] = list(dict.fromkeys(self.people))
        if self.addresses:
            found["EMAIL"] = list(self.addresses)
        return found

    def terms(self) -> list[str]:
        """Display names of offices, schools and teams: removed verbatim (they are no person's name)."""
        return list(dict.fromkeys(self.organisations))

    def placeholder(self, address: str) -> str:
        return self.addresses.get(address.lower(), "")

    def _headers(self, message: MessageNode) -> None:
        for header in message.fields:
            if isinstance(header, TextField):
                if header.name == "Subject":
                    self.slots[id(header)] = self.joint.slot(self._unlinked(header.value), context="Subject: ")
                continue
            for address in self._all(header):
                self._address(header.name, address)
            for group in header.groups:
                if group[0].strip():
                    self.slots[id(group)] = self.joint.slot(group[0], context=f"{header.name} group: ")

    @staticmethod
    def _all(header: AddressField) -> list[Address]:
        return [*header.addresses, *(a for _, members in header.groups for a in members)]

    def _address(self, name: str, address: Address) -> None:
        if address.addr_spec:
            self.addresses.setdefault(address.addr_spec.lower(),
                                      f"redacted-{len(self.addresses) + 1}@{PLACEHOLDER_DOMAIN}")
        display = " ".join(address.display_name.split())
        if not display:
            return
        self.slots[id(address)] = self.joint.slot(display, context=f"{name}: ")
        if "@" in display or not _NAME_WORD.search(display):
            return  # an address as a display name (known already), or initials alone: the detectors judge it
        (self.organisations if _ORGANISATION.search(display) else self.people).append(_natural(display))

    def _leaf(self, leaf: TextLeaf | HtmlLeaf | BinaryLeaf) -> None:
        if leaf.filename:
            stem, _ = split_name(leaf.filename)
            self.slots[id(leaf)] = self.joint.slot(re.sub(r"[_.]+", " ", stem), context="Attachment: ")
        if isinstance(leaf, TextLeaf):
            self.bodies[id(leaf)] = self.joint.slot(self._unlinked(leaf.text))
        elif isinstance(leaf, HtmlLeaf):
            document = read_html(leaf.html)
            document.texts = [self._unlinked(text) for text in document.texts]
            self.html[id(leaf)] = document
            self.html_slots[id(leaf)] = self.joint.group(*document.pieces(document.texts))
            if document.context:
                self.joint.group(Context("\n\n".join(self._unlinked(t) for t in document.context)))

    def _unlinked(self, text: str) -> str:
        replaced, count = _LINK.subn(LINK_LABEL, text)
        self.links += count
        return replaced

    # -- reading the result back ---------------------------------------------------------------

    def text_of(self, result: JointResult, key: int) -> str | None:
        slot = self.slots.get(key)
        return None if slot is None else result.texts[slot]

    def body_of(self, result: JointResult, leaf: TextLeaf) -> str:
        return result.texts[self.bodies[id(leaf)]]

    def html_texts(self, result: JointResult, leaf: HtmlLeaf) -> list[str]:
        return [result.texts[slot] for slot in self.html_slots[id(leaf)]]

    def filename_of(self, result: JointResult, leaf: TextLeaf | HtmlLeaf | BinaryLeaf, *,
                    extension: str | None = None) -> str | None:
        """The redacted file name, with its own extension or ``extension`` (the output's type changed)."""
        redacted = self.text_of(result, id(leaf))
        if redacted is None or leaf.filename is None:
            return None
        stem = re.sub(r"[\x00-\x1f/\\\\]+", " ", redacted).strip(" .") or "attachment"
        extension = extension or split_name(leaf.filename)[1]
        return f"{stem}.{extension}" if extension else stem


def split_name(filename: str) -> tuple[str, str]:
    """(stem, extension); an extension is at most five characters after the last dot."""
    stem, dot, extension = filename.rpartition(".")
    if dot and stem and 0 < len(extension) <= 5 and extension.isalnum():
        return stem, extension
    return filename, ""


def _natural(display: str) -> str:
    """'Okafor, Jane' is Jane Okafor."""
    match = _SURNAME_FIRST.fullmatch(display)
    return f"{match.group(2)} {match.group(1)}" if match and " " not in match.group(1).strip() else display
