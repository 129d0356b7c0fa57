"""Case studies: drafts made from a family's papers (case content, sealed, destroyed with the case),
and publications (the verified, anonymised artefacts, which hold no reference to any family).

A :class:`CaseStudy` and its :class:`CaseStudyItem` s belong to a case: what was chosen, the terms
and areas the reviewer added, what the redaction found (the family's identifiers themselves) are
sealed with the case key; the redacted drafts are objects in the encrypted store under the same key.

A :class:`Publication` and its :class:`PublicationPart` s name no case, no document, no person of the
family and no supporter: only the audit log's ``published`` event links a publication to the case
study it came from.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["CaseStudy", "CaseStudyItem", "Publication", "PublicationPart"]


class CaseStudy(Base):
    """draft -> accepted -> published (or discarded); a coordinator may send an accepted one back.

    ``settings_sealed``: title, chosen sources, terms, extra identifiers, areas, exclusions, rendering.
    ``history_sealed``: who did what when after the draft (times of acceptance and publication are
    sealed so that no plain column lines up with a publication's time). ``report_sealed``: the
    pseudonyms used across the case study."""

    __tablename__ = "case_studies"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    revision: Mapped[int]
    drafted_by: Mapped[str] = mapped_column(ID)
    drafted_at: Mapped[datetime]
    accepted_by: Mapped[str | None] = mapped_column(ID)
    consent: Mapped[str] = mapped_column(String(16))  # given, restricted, missing, refused, withdrawn
    consent_id: Mapped[str | None] = mapped_column(ID)
    settings_sealed: Mapped[bytes]
    history_sealed: Mapped[bytes]
    report_sealed: Mapped[bytes | None]


class CaseStudyItem(Base):
    """One chosen document or note of the draft, and its redacted rendering (an object in the
    encrypted store, under the case key) or the reason it could not be redacted."""

    __tablename__ = "case_study_items"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_study_id: Mapped[str] = mapped_column(ID, ForeignKey("case_studies.id"), index=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    position: Mapped[int]
    source_kind: Mapped[str] = mapped_column(String(16))  # document, note
    source_id: Mapped[str] = mapped_column(ID, index=True)
    status: Mapped[str] = mapped_column(String(16))  # ready, failed, excluded
    output_kind: Mapped[str | None] = mapped_column(String(16))  # pdf, text
    object_id: Mapped[str | None] = mapped_column(ID)
    size: Mapped[int | None] = mapped_column(BigInteger)
    report_sealed: Mapped[bytes | None]
    reason_sealed: Mapped[bytes | None]


class Publication(Base):
    """A published case study: a title checked to identify nobody, and its parts. Nothing here points
    back to a family, a document or a supporter."""

    __tablename__ = "publications"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(ID)
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[str | None] = mapped_column(ID)


class PublicationPart(Base):
    """One verified artefact; ``id`` names the object in the published store (with its extension)."""

    __tablename__ = "publication_parts"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    publication_id: Mapped[str] = mapped_column(ID, ForeignKey("publications.id"), index=True)
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))  # pdf, text
    content_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
