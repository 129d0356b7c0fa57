"""The parent portal's pages and delivered sharing (TestClient over the real app): a supporter invites
a parent, the parent joins with a passphrase and their authenticator app, uploads, asks for a
document back, withdraws a consent and downloads what is held on them; the supporter is told; a
recipient opens a link and downloads, and after it expires it is "Page not found"."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from html import unescape

from fastapi.testclient import TestClient
from vault_world import Cast, reviewed
from web_world import csrf_of

from vault.api.worker import serving_app
from vault.app import Vault
from vault.clock import FixedClock
from vault.services import (
    ConsentDecision,
    ConsentInput,
    ConsentMethod,
    DisclosureInput,
    NewDocument,
    RecipientKind,
    totp,
)

PASSPHRASE = "purple kettle garden walk"


def _invite(staff: TestClient, case_id: str) -> str:
    page = staff.get(f"/web/cases/{case_id}/family")
    assert page.status_code == 200 and "Invite someone" in page.text
    parent = re.search(r'<option value="([0-9a-f]{32})">Sarah Whitfield \(parent\)', page.text)
    assert parent, page.text
    made = staff.post(f"/web/cases/{case_id}/family", data={"csrf_token": csrf_of(page.text), "person": parent.group(1)})
    assert made.status_code == 200, made.text
    link = re.search(r'id="invitation-link">([^<]+)<', made.text)
    assert link
    return unescape(link.group(1)).replace("http://127.0.0.1", "")


def _join(family: TestClient, path: str, clock: FixedClock) -> bytes:
    form = family.get(path)
    assert form.status_code == 200 and "Set up your account" in form.text
    short = family.post(path, data={"csrf_token": csrf_of(form.text), "username": "sarah", "passphrase": "short",
                                    "passphrase_again": "short"})
    assert short.status_code == 400 and "at least 12 characters" in short.text
    joined = family.post(path, data={"csrf_token": csrf_of(form.text), "username": "sarah", "passphrase": PASSPHRASE,
                                     "passphrase_again": PASSPHRASE})
    assert joined.status_code == 303 and joined.headers["location"] == "/web/account/authenticator"
    assert family.get("/web/family/").headers["location"] == "/web/account/authenticator"  # the app first
    start = family.get("/web/account/authenticator")
    shown = family.post("/web/account/authenticator", data={"csrf_token": csrf_of(start.text)})
    secret = re.search(r'id="secret"><code>([A-Z2-7 ]+)</code>', shown.text)
    assert secret
    key = totp.secret_from_text(secret.group(1))
    done = family.post("/web/account/authenticator/confirm",
                       data={"csrf_token": csrf_of(shown.text), "code": totp.code_at(key, clock.now())})
    assert done.status_code == 303
    assert family.get("/web/").headers["location"] == "/web/family/"
    return key


def test_a_parent_joins_and_uses_the_portal(vault: Vault, cast: Cast, clock: FixedClock,
                                           signed_in: Callable[[str], TestClient]) -> None:
    letter = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"the paediatric letter"),
                                    NewDocument(title="Paediatric letter", filename="letter.txt")).id
    consent = vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient="Hill School", decision=ConsentDecision.GIVEN,
        method=ConsentMethod.EMAIL, obtained_on=date(2026, 6, 30)))
    staff = signed_in("sam")
    path = _invite(staff, cast.own)
    with TestClient(serving_app(vault), base_url="http://127.0.0.1", follow_redirects=False) as family:
        _join(family, path, clock)
        assert family.get(path).status_code == 404  # the invitation is spent
        home = family.get("/web/family/")
        assert home.status_code == 200 and "Paediatric letter" in home.text and 'aria-label="Menu"' in home.text
        assert family.get(f"/web/family/documents/{letter}").content == b"the paediatric letter"
        # Upload, as the page's script does it (one file, JSON back), and without the script.
        upload = family.get("/web/family/upload")
        sent = family.post("/web/family/upload", headers={"Accept": "application/json"},
                           data={"csrf_token": csrf_of(upload.text), "title-1": "School report"},
                           files={"file-1": ("report.txt", b"the school report", "text/plain")})
        assert sent.status_code == 200 and sent.json()["files"][0]["ok"], sent.text
        plain = family.post("/web/family/upload", data={"csrf_token": csrf_of(upload.text)},
                            files={"file-1": ("photo.txt", b"a photo of a letter", "text/plain")})
        assert plain.status_code == 303 and plain.headers["location"] == "/web/family/?done=uploaded#documents"
        # Ask for the letter back.
        asked = family.post(f"/web/family/documents/{letter}/return", data={"csrf_token": csrf_of(home.text)})
        assert asked.status_code == 303
        assert "You asked for it back" in family.get("/web/family/").text
        # Withdraw the consent to the school.
        consents = family.get("/web/family/consents")
        assert "Hill School" in consents.text
        withdrawn = family.post(f"/web/family/consents/{consent.id}/withdraw", data={"csrf_token": csrf_of(consents.text)})
        assert withdrawn.status_code == 303
        after = family.get(withdrawn.headers["location"])
        assert "Your answer is saved" in after.text and "Withdraw" not in after.text.split("Tell us something new")[0]
        # Ask for what is held, and download it.
        info = family.get("/web/family/my-information")
        family.post("/web/family/my-information", data={"csrf_token": csrf_of(info.text)})
        info = family.get("/web/family/my-information?asked=true")
        assert "Being prepared" in info.text and "/download" not in info.text  # the supporter reviews it first
        asked_for = vault.subject_access.list(cast.supporter, cast.own)[0].id
        reviewed(vault, cast.supporter, asked_for)
        vault.subject_access.release(cast.supporter, asked_for)
        info = family.get("/web/family/my-information")
        request_id = re.search(r'/web/family/my-information/([0-9a-f]{32})/download', info.text)
        assert request_id and request_id.group(1) == asked_for
        archive = family.post(f"/web/family/my-information/{request_id.group(1)}/download", data={"csrf_token": csrf_of(info.text)})
        assert archive.status_code == 200
        assert "case.json" in zipfile.ZipFile(io.BytesIO(archive.content)).namelist()
        # Nothing of anyone else: another family's case, the staff pages, another's document.
        other_doc = vault.documents.upload(cast.other_supporter, cast.other, io.BytesIO(b"theirs"),
                                           NewDocument(title="Theirs", filename="theirs.txt")).id
        for other in (f"/web/cases/{cast.other}", f"/web/cases/{cast.own}", f"/web/family/documents/{other_doc}",
                      f"/web/cases/{cast.other}/family", "/web/family-notices"):
            assert family.get(other).status_code == 404, other
    # The supporter is told, on the dashboard.
    dashboard = staff.get("/web/")
    assert "From families in the portal" in dashboard.text
    notices = staff.get("/web/family-notices")
    assert notices.text.count("Mark as seen") == 5  # two uploads, a return, a consent, their data


def test_staff_are_not_given_the_family_pages(signed_in: Callable[[str], TestClient]) -> None:
    staff = signed_in("sam")
    for path in ("/web/family/", "/web/family/upload", "/web/family/consents", "/web/family/my-information"):
        assert staff.get(path).status_code == 404, path


def test_a_recipient_opens_the_link_downloads_and_it_expires(vault: Vault, cast: Cast, clock: FixedClock,
                                                            signed_in: Callable[[str], TestClient],
                                                            browser: TestClient) -> None:
    report = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"the school report"),
                                    NewDocument(title="School report", filename="report.txt")).id
    vault.consents.record(cast.supporter, cast.own, ConsentInput(
        recipient_kind=RecipientKind.ORGANISATION, recipient="Hill School", decision=ConsentDecision.GIVEN,
        method=ConsentMethod.EMAIL, obtained_on=date(2026, 6, 30)))
    disclosure = vault.disclosures.disclose(cast.supporter, cast.own, DisclosureInput(
        organisation="Hill School", purpose="Annual review", shared="The report", document_ids=(report,)))
    staff = signed_in("sam")
    listed = staff.get(f"/web/cases/{cast.own}/disclosures")
    assert f"/web/disclosures/{disclosure.id}/links" in listed.text
    page = staff.get(f"/web/disclosures/{disclosure.id}/links")
    made = staff.post(f"/web/disclosures/{disclosure.id}/links", data={"csrf_token": csrf_of(page.text), "days": "1"})
    assert made.status_code == 200
    link = unescape(re.search(r'id="share-link">([^<]+)<', made.text).group(1)).replace("http://127.0.0.1", "")  # type: ignore[union-attr]
    # A second link, revoked from the staff page.
    clock.advance(seconds=60)
    page = staff.get(f"/web/disclosures/{disclosure.id}/links")
    second = staff.post(f"/web/disclosures/{disclosure.id}/links", data={"csrf_token": csrf_of(page.text), "days": "7",
                                                                         "single_use": "yes"})
    revoked = unescape(re.search(r'id="share-link">([^<]+)<', second.text).group(1)).replace("http://127.0.0.1", "")  # type: ignore[union-attr]
    link_id = re.findall(r'/web/share-links/([0-9a-f]{32})/revoke', second.text)
    assert len(link_id) == 2
    ended = [staff.post(f"/web/share-links/{i}/revoke", data={"csrf_token": csrf_of(second.text), "disclosure": disclosure.id})
             for i in link_id[1:]]
    assert ended[0].status_code == 303
    assert "Revoked" in staff.get(f"/web/disclosures/{disclosure.id}/links").text
    with TestClient(serving_app(vault), base_url="http://127.0.0.1", follow_redirects=False) as recipient:
        opened = recipient.get(link)
        assert opened.status_code == 200 and "School report" in opened.text and "CONFIDENTIAL" in opened.text
        assert recipient.get(f"{link}/documents/{report}").content == b"the school report"
        assert recipient.get(revoked).status_code == 404
        clock.advance(timedelta(days=2))
        assert recipient.get(link).status_code == 404
        assert recipient.get(f"{link}/documents/{report}").status_code == 404


def test_a_young_person_has_their_own_pages_without_the_familys(vault: Vault, cast: Cast, clock: FixedClock,
                                                               signed_in: Callable[[str], TestClient]) -> None:
    vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"the paediatric letter"),
                           NewDocument(title="Paediatric letter", filename="letter.txt"))
    staff = signed_in("sam")
    page = staff.get(f"/web/cases/{cast.own}/family")
    leo = re.search(r'<option value="([0-9a-f]{32})">Leo Whitfield \(child\)', page.text)
    assert leo  # 12: old enough for an account of their own
    made = staff.post(f"/web/cases/{cast.own}/family", data={"csrf_token": csrf_of(page.text), "person": leo.group(1)})
    path = unescape(re.search(r'id="invitation-link">([^<]+)<', made.text).group(1)).replace("http://127.0.0.1", "")  # type: ignore[union-attr]
    with TestClient(serving_app(vault), base_url="http://127.0.0.1", follow_redirects=False) as young:
        _join(young, path, clock)
        home = young.get("/web/family/")
        assert home.status_code == 200 and "Paediatric letter" not in home.text  # their parent's, not theirs
        assert "Sharing" not in home.text and young.get("/web/family/consents").status_code == 404
        info = young.get("/web/family/my-information")
        assert "about you." in info.text and "and your child" not in info.text


def test_the_supporter_is_told_what_an_invitation_needs(vault: Vault, cast: Cast, clock: FixedClock,
                                                       signed_in: Callable[[str], TestClient]) -> None:
    staff = signed_in("sam")
    page = staff.get(f"/web/cases/{cast.own}/family")
    parent = re.search(r'<option value="([0-9a-f]{32})">Sarah Whitfield \(parent\)', page.text).group(1)  # type: ignore[union-attr]
    refused = staff.post(f"/web/cases/{cast.own}/family", data={"csrf_token": csrf_of(page.text), "person": parent,
                                                               "email": "sarah@example.org"})
    assert refused.status_code == 400 and "consent to e-mail contact" in refused.text
    assert 'value="sarah@example.org"' in refused.text  # what was typed is kept
    made = staff.post(f"/web/cases/{cast.own}/family", data={"csrf_token": csrf_of(page.text), "person": parent,
                                                            "email": "sarah@example.org", "email_consent": "Agreed by phone, 30 June"})
    assert made.status_code == 200 and "Send this link to sarah@example.org, marked CONFIDENTIAL" in made.text
    path = unescape(re.search(r'id="invitation-link">([^<]+)<', made.text).group(1)).replace("http://127.0.0.1", "")  # type: ignore[union-attr]
    assert "Invited" in staff.get(f"/web/cases/{cast.own}/family").text
    assert staff.get(f"/web/cases/{cast.other}/family").status_code == 404  # not sam's family
    clock.advance(timedelta(days=8))
    with TestClient(serving_app(vault), base_url="http://127.0.0.1", follow_redirects=False) as late:
        assert late.get(path).status_code == 404
