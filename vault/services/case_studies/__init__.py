"""Case studies (policy 003): a family's papers, redacted and verified, reviewed by their supporter,
published by a second person into a store that holds nothing of the family.

    draft (supporter) -> revise ... -> accept (supporter) -> publish (another coordinator)
                                   \\-> discard              \\-> send back (coordinator)

``CaseStudyService`` is the supporter's side, ``PublishingService`` the coordinator's,
``PublicationService`` what every member of staff reads. ``shared_redactor()`` is the one redaction
engine of the process (the text model loads on first use).
"""

from __future__ import annotations

from vault.services.case_studies.publications import (
    PublicationService,
    PublishedPart,
    PublishedStore,
)
from vault.services.case_studies.publishing import PublishingService
from vault.services.case_studies.redacting import CaseStudyRedactor, shared_redactor
from vault.services.case_studies.service import CaseStudyService, Rendering
from vault.services.case_studies.views import (
    PURPOSE,
    AreaInput,
    CaseStudyInput,
    CaseStudyItemView,
    CaseStudyReview,
    CaseStudyRevision,
    CaseStudyState,
    CaseStudySummary,
    CaseStudyView,
    ItemStatus,
    PublicationPartView,
    PublicationView,
    SuspectView,
)

__all__ = [
    "PURPOSE",
    "AreaInput",
    "CaseStudyInput",
    "CaseStudyItemView",
    "CaseStudyRedactor",
    "CaseStudyReview",
    "CaseStudyRevision",
    "CaseStudyService",
    "CaseStudyState",
    "CaseStudySummary",
    "CaseStudyView",
    "ItemStatus",
    "PublicationPartView",
    "PublicationService",
    "PublicationView",
    "PublishedPart",
    "PublishedStore",
    "PublishingService",
    "Rendering",
    "SuspectView",
    "shared_redactor",
]
