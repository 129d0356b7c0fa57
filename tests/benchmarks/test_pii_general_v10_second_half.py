"""The second half of the tenth general-English PII set (``benchmarks/pii_general_v10``, documents g10-21 to g10-40:
everyday English-language writing from the Middle East, North and East Africa, the Caribbean and Latin America: Egypt,
Jordan, Lebanon, the United Arab Emirates, Israel, Morocco, Ethiopia, Tanzania, Rwanda, Barbados, the Bahamas, St
Lucia, Belize, Mexico, Colombia, Chile, Peru, Argentina and Brazil, by locals and by expats there): its genres, and the
phone and address layouts of its countries.

The set's own format test (labels, self-checks, density, freshness, the kept-back rule) is the first half's author's;
this file holds only what is particular to this half, so it reads the documents through the loader alone."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.text_holdout import load

DOCS = [d for d in load(Path(__file__).resolve().parents[2] / "benchmarks" / "pii_general_v10" / "documents")
        if 21 <= int(d.id.split("-")[1]) <= 40]

SECOND_HALF_GENRES = [
    "kitesurf_school_student_record_card", "compound_gate_visitor_log", "school_run_carpool_group_chat",
    "volunteer_placement_confirmation_email", "intercity_bus_lost_luggage_claim", "spanish_school_homestay_form",
    "church_harvest_committee_notice", "building_residents_whatsapp_group", "startup_investor_update_email",
    "riad_staff_handover_notebook", "safari_vehicle_booking_manifest", "regatta_sloop_crew_sign_on_sheet",
    "quinceanera_vendor_deposit_tracker", "apartment_sublet_handover_checklist", "building_evacuation_warden_roster",
    "dog_walker_client_sheet", "condominium_owners_assembly_minutes", "fishing_charter_booking_confirmation",
    "craft_market_stall_allocation", "international_movers_survey_quote",
]


def _surfaces(kind: str) -> list[str]:
    return [d.text[g.start:g.end] for d in DOCS for g in d.gold if g.type == kind]


def test_the_genres_of_the_second_half_are_all_there() -> None:
    """g10-21 to g10-40: twenty genres, one a document, in order."""
    assert [int(d.id.split("-")[1]) for d in DOCS] == list(range(21, 41))
    assert [d.genre for d in DOCS] == SECOND_HALF_GENRES
    assert all(d.id == f"g10-{n}-{genre}" for n, d, genre in zip(range(21, 41), DOCS, SECOND_HALF_GENRES))


# (what the layout is, its pattern): national layouts as dialled at home, then international forms
SECOND_HALF_PHONE_LAYOUTS = [
    ("Egyptian mobile with its trunk 0 (010 5550 3817, 0122 555 4096)", r"01\d{1,2} \d{3,4} \d{4}"),
    ("Cairo landline with its trunk 0", r"02 2555 \d{4}"),
    ("Egypt, international: Cairo, Dahab and a mobile", r"\+20 (?:2|69|1\d\d) \d{3,4} \d{4}"),
    ("Jordanian mobile, national", r"07[789] 555 \d{4}"),
    ("Jordan, international: a mobile and an Amman landline", r"\+962 (?:7[789]|6) 555 \d{4}"),
    ("Lebanon (seven or eight digits, so written with +961)", r"\+961 (?:3|7[016]) 555 \d{3}"),
    ("UAE mobile, national", r"05[025] 555 \d{4}"),
    ("UAE, international: mobiles and a Dubai landline", r"\+971 (?:4|5[0-26]) 555 \d{4}"),
    ("Israeli mobile with dashes", r"05[24]-555-\d{4}"),
    ("Israel, international: a Tel Aviv landline and a mobile", r"\+972 (?:3|5\d) 555 \d{4}"),
    ("Moroccan mobile, national", r"06[67]\d 555 \d{3}"),
    ("Morocco, international: a Marrakech landline and a mobile", r"\+212 (?:524|661) 555 \d{3}"),
    ("Ethiopian mobile and Gondar landline, national", r"09\d\d 555 \d{3}|058 555 \d{4}"),
    ("Ethiopia, international: a mobile and an Addis landline", r"\+251 (?:93|11) 555 \d{4}"),
    ("Tanzanian mobile, national", r"07[56]\d 555 \d{3}"),
    ("Tanzania, international: a mobile and an Arusha landline", r"\+255 713 555 \d{3}|\+255 27 255 \d{4}"),
    ("Rwandan mobile, national", r"07[28]\d 555 \d{3}"),
    ("Rwanda, international: mobiles and a Kigali landline", r"\+250 78\d 555 \d{3}|\+250 252 555 \d{3}"),
    ("Kenya, international", r"\+254 7\d\d 555 \d{3}"),
    ("Barbados as dialled there (fiction range 555-01xx)", r"\(246\) 555-01\d\d|246-555-01\d\d"),
    ("the Bahamas as dialled there", r"\(242\) 555-01\d\d|242-555-01\d\d"),
    ("St Lucia as dialled there", r"\(758\) 555-01\d\d|758-555-01\d\d"),
    ("the Caribbean, international", r"\+1 (?:246|242|758) 555 01\d\d"),
    ("relatives and guests in the US and Canada", r"\((?:614|305|213|306)\) 555-01\d\d|\+1 (?:614|503) 555 01\d\d"),
    ("Belize (seven digits, so written with +501)", r"\+501 [26]\d\d \d{4}"),
    ("Mexico (ten digits without a trunk, so written with +52), old mobile 1 too", r"\+52 (?:1 )?33 5555 \d{4}"),
    ("Colombia, international: mobiles and Medellín's 604", r"\+57 3\d\d 555 \d{4}|\+57 604 555 \d{4}"),
    ("Peru, international: mobiles and a Cusco landline", r"\+51 9\d\d 555 \d{3}|\+51 84 555 \d{3}"),
    ("Chile, international: mobiles and Santiago landlines", r"\+56 9 555\d \d{4}|\+56 2 2555 \d{4}"),
    ("Buenos Aires landline with its trunk 0, with and without brackets", r"\(011\) 4555-\d{4}|011 4555-\d{4}"),
    ("Argentine mobile, international with its 9", r"\+54 9 11 5555 \d{4}"),
    ("Brazil, international: mobiles with their 9 and landlines", r"\+55 \d\d 95555 \d{4}|\+55 \d\d [35]555 \d{4}"),
    ("a Brazilian freephone number", r"0800 555 \d{4}"),
    ("relatives and guests in Europe and Korea, and a UK drama-range mobile",
     r"\+(?:351|31|33|43|353|82) [\d ]+|\+44 7700 900\d{3}"),
]


def test_the_second_halfs_phones_are_in_the_layouts_of_its_countries() -> None:
    phones = _surfaces("PHONE")
    missing = [name for name, layout in SECOND_HALF_PHONE_LAYOUTS if not any(re.fullmatch(layout, p) for p in phones)]
    assert missing == []
    codes = {m[1] for p in phones if (m := re.match(r"\+(\d{1,3}) ", p))}
    # the half's countries in international form, and where its people's relatives and guests live
    assert codes == {"1", "20", "212", "250", "251", "254", "255", "31", "33", "351", "353", "43", "44", "501", "51",
                     "52", "54", "55", "56", "57", "82", "961", "962", "971", "972"}, sorted(codes)
    nanp = [p for p in phones if re.fullmatch(r"(?:\+1 )?\(?\d{3}\)?[ .\-]?555[ .\-]01\d\d", p)]
    assert nanp and all(re.search(r"555[ .\-]01\d\d$", p) for p in nanp)  # the fiction range 555-0100 to 555-0199
    assert sum(g.typo for d in DOCS for g in d.gold) >= 1  # a number written a digit short on a bus ticket


SECOND_HALF_ADDRESS_MARKS = [
    ("Portuguese Rua with floor and side, and a 4+3 postal code", r"^Rua .+, 3\.º Dto, \d{4}-\d{3} Porto$"),
    ("a PO box with its town (Dahab, Amman, Kigali, Addis Ababa, Arusha, Nassau, Caye Caulker)",
     r"\bP\.?O\.? Box [N\-\d]+, "),
    ("a compound villa alone", r"^Villa \d+$"),
    ("Amman's five-digit code after a PO box", r"^PO Box \d+, Amman \d{5}$"),
    ("Beirut rue with a named building", r"^Rue .+, Bldg .+"),
    ("Kigali street code and house number", r"^KG \d+ Ave, No\. \d+, "),
    ("Rwandan cell, district and province", r"^Cell .+, .+ District, .+ Province$"),
    ("Addis Ababa sub-city, woreda and house number", r"Sub-City, Woreda \d+, House No\. \d+, Addis Ababa$"),
    ("a US apartment and ZIP", r"\bApt \w+, .+, OH \d{5}$"),
    ("Peruvian calle and cuesta in a barrio", r"^Calle \w+ \d+, San Blas, Cusco$|^Cuesta San Blas \d+, Cusco$"),
    ("Barbados lot, road and parish; a parish postcode", r"^Lot \d+, .+ Road, St\. Thomas$|, BB\d{5}$"),
    ("Dubai tower apartment and villa in a street", r"^Villa \d+, Street \d+\w?, Al Barsha \d$"),
    ("Tel Aviv street, floor and seven-digit code", r"\bSt \d+, \d+th floor, Tel Aviv-Yafo \d{7}$"),
    ("Marrakech derbs", r"^(?:.+, )?\d* ?Derb .+, (?:.+, )?Marrakech(?: \d{5})?$"),
    ("Arusha plot and block", r"^Plot \d+, .+ Block [A-Z], Arusha$"),
    ("Nassau house off a drive, and a Family Island lot on the Queen's Highway",
     r", off .+ Drive, Nassau$|Queen's Highway, .+, Exuma$"),
    ("Mexican colonia, five-digit code and state", r"\bCol\. .+, \d{5} Zapopan, Jal\.$"),
    ("Colombian carrera and calle with # and apto", r"^(?:Carrera|Calle) \d+(?: Sur)? # \d+\w?-\d+, Apto \d+"),
    ("Chilean avenida and pasaje in a comuna", r"^(?:Av\.|Pasaje) .+, (?:Providencia|Ñuñoa), Santiago$"),
    ("Buenos Aires floor and flat, and the CPA", r"\d° [A-Z], C\d{4}[A-Z]{3} CABA$"),
    ("Brazilian rua, state and CEP", r"– (?:SP|RJ), \d{5}-\d{3}$"),
    ("Belize village and district", r"Caye Caulker Village, Belize District$"),
    ("St Lucian quarter and postcode", r"Soufrière, LC\d\d \d{3}$"),
    ("Cairo districts", r"Fifth Settlement, New Cairo$|, Zamalek, Cairo$|, Nasr City, Cairo$"),
]


def test_the_second_halfs_street_addresses_are_of_its_countries() -> None:
    addresses = "\n".join(_surfaces("ADDRESS"))
    missing = [name for name, mark in SECOND_HALF_ADDRESS_MARKS if not re.search(mark, addresses, re.MULTILINE)]
    assert missing == []
    assert sum("," not in a for a in _surfaces("ADDRESS")) >= 4  # partial addresses: a villa number alone
