"""An e-mail as the redactor sees it: a tree of decoded nodes, nothing left encoded.

    MessageNode (kept headers, decoded) -> body: Multipart | TextLeaf | HtmlLeaf | BinaryLeaf | MessageNode

Every leaf carries what it was called (file name) and how it was shown (inline or attachment), and
``where``, a place name for reports and refusals that never quotes the content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from redaction.formats.sniff import FileType

__all__ = ["Address", "AddressField", "BinaryLeaf", "HtmlLeaf", "MessageNode", "Multipart", "Node", "TextField",
           "TextLeaf"]


@dataclass
class Address:
    display_name: str
    addr_spec: str


@dataclass
class AddressField:
    name: str  # From, To, Cc, Bcc, Reply-To, Sender
    addresses: list[Address]
    groups: list[tuple[str, list[Address]]] = field(default_factory=list)  # named groups ("Team: a, b;")


@dataclass
class TextField:
    name: str  # Subject, Date
    value: str


@dataclass
class Leaf:
    where: str
    filename: str | None
    disposition: str | None  # inline, attachment, or None (not said)


@dataclass
class TextLeaf(Leaf):
    text: str = ""


@dataclass
class HtmlLeaf(Leaf):
    html: str = ""


@dataclass
class BinaryLeaf(Leaf):
    data: bytes = b""
    file_type: FileType | None = None


@dataclass
class Multipart:
    subtype: str  # mixed, alternative, related ...
    children: list[Node]


@dataclass
class MessageNode:
    where: str
    fields: list[AddressField | TextField]
    body: Node
    dropped: dict[str, int] = field(default_factory=dict)  # header names dropped, with how many of each
    unreadable: list[str] = field(default_factory=list)  # address headers that could not be read: dropped


Node = Union[Multipart, TextLeaf, HtmlLeaf, BinaryLeaf, MessageNode]
