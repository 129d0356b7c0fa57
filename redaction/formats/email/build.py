"""Writing the redacted e-mail: a new message built from the redacted tree, nothing copied over.

Headers: only the kept fields, rewritten (display names redacted, every address replaced by a
placeholder at ``example.invalid``), plus MIME-Version; no Message-ID, no Received, no client headers.
Parts: text and HTML bodies, text attachments, redacted attachments and nested messages, each with a
fresh Content-Type and a redacted file name; the ``email`` package chooses 8bit, quoted-printable or
base64 and draws new boundaries. Preambles and epilogues are not written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from email import policy
from email.headerregistry import Address as HeaderAddress
from email.headerregistry import Group
from email.message import EmailMessage, MIMEPart

from redaction.formats._joint import JointResult
from redaction.formats.email.html import write_html
from redaction.formats.email.sites import PLACEHOLDER_DOMAIN, Sites
from redaction.formats.email.tree import (
    Address,
    AddressField,
    BinaryLeaf,
    HtmlLeaf,
    MessageNode,
    Multipart,
    Node,
    TextLeaf,
)

__all__ = ["Attached", "build_message"]

POLICY = policy.default


@dataclass(frozen=True)
class Attached:
    """A binary attachment's redacted bytes (from its own format's redactor)."""

    data: bytes
    content_type: str
    extension: str | None  # a new extension when the type changed (a .docx written as .pdf)


def build_message(tree: MessageNode, sites: Sites, result: JointResult, attached: Mapping[int, Attached | None]) -> bytes:
    writer = _Writer(sites, result, attached)
    return writer.message(tree).as_bytes(policy=POLICY)


class _Writer:
    def __init__(self, sites: Sites, result: JointResult, attached: Mapping[int, Attached | None]) -> None:
        self.sites = sites
        self.result = result
        self.attached = attached

    def message(self, node: MessageNode) -> EmailMessage:
        message = EmailMessage(policy=POLICY)
        message["MIME-Version"] = "1.0"
        for field in node.fields:
            if isinstance(field, AddressField):
                value = self._addresses(field)
                if value:
                    message[field.name] = value
            elif field.name == "Subject":
                message["Subject"] = _one_line(self.sites.text_of(self.result, id(field)) or "")
            else:
                try:
                    message[field.name] = _one_line(field.value)
                except (ValueError, TypeError):
                    continue  # a Date no parser reads: left out
        body = self.node(node.body) or self._empty()
        for name, value in body.items():
            if name.lower() != "mime-version":
                message[name] = value
        message.set_payload(body.get_payload())
        return message

    def _addresses(self, field: AddressField) -> list[HeaderAddress | Group]:
        value: list[HeaderAddress | Group] = [self._address(a) for a in field.addresses]
        for group in field.groups:
            name = _one_line(self.sites.text_of(self.result, id(group)) or "") or "undisclosed-recipients"
            value.append(Group(name, [self._address(a) for a in group[1]]))
        return value

    def _address(self, address: Address) -> HeaderAddress:
        display = self.sites.text_of(self.result, id(address)) or ""
        spec = self.sites.placeholder(address.addr_spec) if address.addr_spec else f"unknown@{PLACEHOLDER_DOMAIN}"
        return HeaderAddress(display_name=_one_line(display), addr_spec=spec)

    def node(self, node: Node) -> MIMEPart | None:
        if isinstance(node, Multipart):
            children = [part for part in map(self.node, node.children) if part is not None]
            if not children:
                return None
            part = MIMEPart(policy=POLICY)
            part["Content-Type"] = f"multipart/{node.subtype}"
            for child in children:
                part.attach(child)
            return part
        part = MIMEPart(policy=POLICY)
        if isinstance(node, MessageNode):
            part.set_content(self.message(node), disposition="attachment")
        elif isinstance(node, TextLeaf):
            part.set_content(self.sites.body_of(self.result, node), subtype="plain", charset="utf-8",
                             **self._placing(node, None))
        elif isinstance(node, HtmlLeaf):
            html = write_html(self.sites.html[id(node)], self.sites.html_texts(self.result, node))
            part.set_content(html, subtype="html", charset="utf-8", **self._placing(node, None))
        else:
            redacted = self.attached.get(id(node))
            if redacted is None:
                return None  # dropped (listed in the report)
            maintype, _, subtype = redacted.content_type.partition(";")[0].strip().partition("/")
            part.set_content(redacted.data, maintype, subtype, **self._placing(node, redacted.extension))
        return part

    def _placing(self, leaf: TextLeaf | HtmlLeaf | BinaryLeaf, extension: str | None) -> dict[str, Any]:
        filename = self.sites.filename_of(self.result, leaf, extension=extension)
        disposition = leaf.disposition or ("attachment" if filename or isinstance(leaf, BinaryLeaf) else None)
        return {"disposition": disposition, "filename": filename}

    @staticmethod
    def _empty() -> MIMEPart:
        part = MIMEPart(policy=POLICY)
        part.set_content("", subtype="plain", charset="utf-8")
        return part


def _one_line(value: str) -> str:
    """A header value on one line: a decoded encoded word may hold line breaks, which no header may."""
    return " ".join(value.split())
