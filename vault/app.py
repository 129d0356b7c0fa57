"""The vault assembled: one database, one object store, one key file, every service over them.

``open_vault(settings)`` is what the command line and the server call; tests build a
:class:`Vault` directly with a fixed clock and seeded ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from vault.clock import Clock, SystemClock
from vault.db import Database, upgrade
from vault.errors import SetupError
from vault.ids import IdSource, RandomIds
from vault.jobs import JobEngine, JobRunner, JobService, engine_for
from vault.keyfile import LiveKeyring
from vault.mail import Mailer
from vault.services import (
    AccessService,
    AuditService,
    AuthService,
    CaseService,
    CaseStudyRedactor,
    CaseStudyService,
    ConsentService,
    Core,
    DisclosureService,
    DocumentService,
    EnquiryService,
    KeyService,
    NoteService,
    OverrideService,
    PreviewService,
    PublicationService,
    PublishedStore,
    PublishingService,
    RetentionService,
    ReturnService,
    StaffService,
    StatisticsService,
    SubjectAccessService,
    SweepService,
    shared_redactor,
)
from vault.services.abilities import AbilityService
from vault.services.account import AccountService
from vault.services.case_audit import CaseAuditService
from vault.services.digest import DigestService
from vault.services.family import FamilyService
from vault.services.outbox import Outbox
from vault.services.passwords import Passwords
from vault.services.search import CaseSearchService
from vault.services.sharing import SharingService
from vault.settings import Rules, Settings

if TYPE_CHECKING:
    from storage import ByteStore, Keyring

__all__ = ["Vault", "open_vault"]


class Vault:
    def __init__(
        self,
        *,
        database: Database,
        keyring: Keyring | LiveKeyring,
        backend: ByteStore,
        rules: Rules | None = None,
        clock: Clock | None = None,
        ids: IdSource | None = None,
        published: ByteStore | None = None,
        redactor: CaseStudyRedactor | None = None,
        jobs: JobEngine | None = None,
        mailer: Mailer | None = None,
    ) -> None:
        self.rules = rules or Rules()
        self.core = Core(
            database=database,
            keyring=keyring if isinstance(keyring, LiveKeyring) else LiveKeyring(keyring),
            backend=backend,
            clock=clock or SystemClock(),
            ids=ids or RandomIds(),
            rules=self.rules,
        )
        passwords = Passwords(self.rules)
        self.auth = AuthService(self.core, passwords)
        self.staff = StaffService(self.core, passwords)
        self.cases = CaseService(self.core)
        self.access = AccessService(self.core)
        self.documents = DocumentService(self.core)
        self.previews = PreviewService(self.core)
        self.notes = NoteService(self.core)
        self.consents = ConsentService(self.core)
        self.disclosures = DisclosureService(self.core)
        self.overrides = OverrideService(self.core)
        self.enquiries = EnquiryService(self.core)
        self.returns = ReturnService(self.core)
        self.subject_access = SubjectAccessService(self.core)
        # Mail to families and recipients (policy 002, 4.2); the digest keeps its own mailer.
        self.outbox = Outbox(mailer)
        self.family = FamilyService(self.core, passwords, self.auth, self.outbox)
        self.sharing = SharingService(self.core, self.outbox)
        self.retention = RetentionService(self.core)
        self.sweep = SweepService(self.core)
        self.statistics = StatisticsService(self.core)
        self.audit = AuditService(self.core)
        self.search = CaseSearchService(self.core)
        self.case_audit = CaseAuditService(self.core)
        self.account = AccountService(self.core, passwords)
        self.abilities = AbilityService(self.core)
        self.keys = KeyService(self.core)
        # Case studies: the published store is a byte store of its own (open_vault opens the settings'
        # one; a vault built directly, as in tests, keeps its publications in memory).
        from storage import MemoryStore

        self.published_store = PublishedStore(published if published is not None else MemoryStore())
        # Long work (vault.jobs): without an engine, jobs are recorded and a JobRunner runs them when
        # asked (tests); open_vault gives the engine that suits the database.
        self.jobs = JobService(self.core, jobs)
        self.digests = DigestService(self.core, consents=self.consents, subject_access=self.subject_access,
                                     overrides=self.overrides, retention=self.retention, mailer=mailer)
        engine = self.redactor = redactor or shared_redactor()  # drafts, revisions, publication: jobs
        self.case_studies = CaseStudyService(self.core, engine, jobs=self.jobs)
        self.publishing = PublishingService(self.core, engine, self.published_store, jobs=self.jobs)
        self.publications = PublicationService(self.core, self.published_store)

    def start_worker(self, *, name: str, queues: Sequence[str] | None = None) -> None:
        """Run jobs in this process, in the background (``vault serve`` does, in every process)."""
        if self.jobs.engine is not None:
            self.jobs.engine.start(self.job_runner(name), queues=queues)

    def job_runner(self, name: str) -> JobRunner:
        stale = self.rules.job_stale_seconds
        return JobRunner(self, worker=name, stale_after=stale, heartbeat_every=max(0.2, stale / 6))

    @property
    def database(self) -> Database:
        return self.core.database

    def close(self) -> None:
        if self.jobs.engine is not None:
            self.jobs.engine.close()
        self.core.database.dispose()
        for backend in (self.core.backend, self.published_store.backend):
            # An S3 store holds pooled TLS connections; the embedded stores hold nothing to close.
            close = getattr(backend, "close", None)
            if close is not None:
                close()

    def __repr__(self) -> str:
        return f"Vault({self.core.database!r}, {self.core.backend!r})"


def open_vault(settings: Settings, *, clock: Clock | None = None, migrate: bool = True) -> Vault:
    """Open the vault a settings file describes, bringing its schema up to date first."""
    from storage import Keyring, StorageError, open_backend

    if settings.publications_url == settings.store_url:
        raise SetupError("the published store must not be the families' store: give published_store_url a place of its own")
    try:
        keyring = Keyring.load(settings.key_file)
        backend = open_backend(settings.store_url)
        published = open_backend(settings.publications_url)
    except StorageError as error:
        raise SetupError(str(error)) from None
    database = Database(settings.database_url)
    if migrate:
        upgrade(database.engine)
    return Vault(database=database, keyring=keyring, backend=backend, rules=settings.rules, clock=clock, published=published,
                 mailer=Mailer(settings.smtp) if settings.smtp is not None else None,
                 jobs=engine_for(database, stale_after=settings.rules.job_stale_seconds,
                                 sweep_every=max(1.0, settings.rules.job_stale_seconds / 3)))
