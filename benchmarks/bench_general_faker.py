"""General-English PII built with Faker: ours beside stock Presidio on the same texts, same run.

    .venv/bin/python benchmarks/bench_general_faker.py [--seed dev|held] [--docs 400] [--misses N] [--no-stock]

Public general-English PII test sets are commonly built with the Faker library (presidio-research's data generator
fills sentence templates with Faker values). This benchmark does the same with templates of its own, written before
anyone looked at what the detector does with them: customer-service e-mails, HR notes, forum posts, delivery notes,
appointment reminders, chat. Street addresses and telephone numbers come from the English-speaking locales (en_US,
en_GB, en_CA, en_AU, en_IN, en_NZ, en_IE), names also from many others (German, French, Spanish, Italian, Polish,
Brazilian, Dutch, Turkish, Vietnamese, Nordic, Czech, Hungarian, Romanian, Indonesian, Yoruba, Zulu, Irish ...).
Every span is labelled by construction: PERSON, PHONE, ADDRESS (a street address, one line or the locale's whole
multi-line block), EMAIL, LOCATION (a city alone); dates, amounts, order numbers, times and year ranges beside them
are tricky negatives (they must stay); company names are neutral (predictions inside them are not counted).

Scoring is ``bench_text_holdout.score`` (the hold-out sets' scoring, so the figures compare): span recall per gold
type (every letter and digit of the span inside some prediction of any type), precision per predicted type and
overall, tricky negatives untouched. Token recall per type is also given (a gold span's whitespace-separated tokens,
each found when its letters and digits are covered), the measure presidio-research's evaluator reports.

Two seeds. ``dev`` may be studied freely (``--misses N`` lists ours' misses and wrong predictions). ``held`` is
scored twice only: once on the untouched detector and once at the end of a piece of work; its misses are never
printed (``--misses`` is refused with it).

Needs ``faker`` (the ``test`` extra: ``pip install -e .[test]``); without it the benchmark says so and stops.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_text_holdout import PRESIDIO_TYPES, Pred, Score, context, covered, score, stock_presidio
from benchmarks.text_holdout import Gold, HoldoutDocument

SEEDS = {"dev": 20261207, "held": 7310449}

PLACE_LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "en_IN", "en_NZ", "en_IE")
NAME_LOCALES = PLACE_LOCALES + ("de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "pt_BR", "nl_NL", "tr_TR", "vi_VN",
                                "sv_SE", "fi_FI", "cs_CZ", "hu_HU", "ro_RO", "da_DK", "no_NO", "id_ID", "yo_NG",
                                "zu_ZA", "ga_IE", "es_MX", "fr_CA")

# The templates. {name}/{first}/{last} are one person (a second: {name_b}/{first_b}/{last_b}); {phone}, {phone_b};
# {address} is the locale's whole address (multi-line where the locale writes it so), {address_line} the same on one
# line, {street} the street address alone; {email}; {city}, {city_b}. Negatives: {date}, {amount}, {order}, {time},
# {years}, {ticket}, {count}. Neutral: {company}.
TEMPLATES = (
    "Hi {first},\n\nThanks for contacting {company} support. Your order {order} placed on {date} for {amount} has "
    "shipped to:\n\n{name}\n{address}\n\nIf anything is wrong, call us on {phone}.\n\nBest,\n{name_b}",
    "Please update my delivery address to {address_line}. My phone is {phone} and my email is {email}. Thanks, {name}",
    "Reminder: {name} has an appointment with Dr. {last_b} on {date} at {time}. To reschedule call {phone}.",
    "HR note ({date}): {name} ({email}) transferred from the {city} office to {city_b}. Manager: {name_b}.",
    "Hey, it's {first}! Just moved to {city}. New number is {phone} if you want to catch up :)",
    "Delivery note - leave parcel with neighbour {name_b} at {street} if no answer. Contact {phone}. Ref {ticket}.",
    "My name is {name} and I live at {address_line}. I was charged {amount} twice on {date}.",
    "{name} wrote:\n> does anyone know a good plumber in {city}?\nTry {name_b}, he did our kitchen in {years}. His "
    "number is {phone_b}.",
    "Dear {name},\n\nWe are pleased to offer you the position of analyst at {company}, starting {date}. Please "
    "confirm by replying to {email_b} or by calling {phone_b}.\n\nKind regards,\n{name_b}\nHuman Resources",
    "Patient: {name}\nDOB: {dob}\nAddress: {address_line}\nPhone: {phone}\nEmail: {email}",
    "Customer {name} called at {time} about ticket {ticket}; asked that we send the refund of {amount} to {email}.",
    "{first} and {first_b} are flying from {city} to {city_b} on {date}.",
    "I spoke with {name} yesterday. She said {first_b} would call back on {phone} before {time}.",
    "Ship to:\n{name}\n{address}\nTel: {phone}",
    "From: {name} <{email}>\nTo: {name_b} <{email_b}>\nSubject: Invoice {order}\n\nHi {first_b}, the invoice for "
    "{amount} is attached. Payment is due by {date}.\n\n{first}",
    "Lost wallet found near {street}, {city}. Belongs to {name}? Call me on {phone}. - {first_b}",
    "{name} ({phone}) reported a leak at {address_line} on {date}. Plumber booked for {time}.",
    "we met {first} at the conference in {city} in {years}, she now works with {name_b}",
    "Volunteer list: {name}, {name_b} and {name_c}. Meet at {street} at {time}.",
    "Please contact our agent {name} at {phone} or {email} for viewing the flat at {street}.",
    "Mr. {last} said his wife {first_b} would collect the package. Order {order}, {count} items.",
    "Thank you {name} for your review! We've passed it to {first_b} in our {city} branch.",
    "Emergency contact: {name_b}, tel. {phone_b}, {address_line}",
    "Hi all, I'm {first}, new here from {city}. Looking for a running group for {count} people.",
    "Meeting moved to {date} {time}. Dial-in: {phone}. Host: {name}.",
    "Can you ask {first} to ring {name_b} on {phone_b}? It's about the {years} accounts.",
    "Sender: {name}, {address_line}\nRecipient: {name_b}, {address_line_b}\nWeight: {count} kg",
    "{name} is our new account manager; reach her at {email} or {phone}.",
    "Last login from {city} on {date}. If this wasn't you, contact security at {phone}.",
    "The tenancy at {address_line} runs from {date} for {amount} a month, signed by {name} and {name_b}.",
    "Booking confirmed for {name}: {count} nights in {city}, check-in {date}. Questions? {email_b}",
    "Doctor's note: {name} was seen on {date} and may return to work. Signed, Dr. {name_b}",
    "lol {first} just texted me from {city}, says call her at {phone}",
    "Please send the signed forms to {name}, {address}, before {date}.",
    "Our technician {first_b} {last_b} will visit {street} between {time} and {time_b}.",
    "Witness statement taken from {name} of {address_line} on {date}; telephone {phone}.",
    "Forwarding {first}'s message: 'I'm in {city} until {date}, my mobile is {phone}'.",
    "Account holder: {name}\nBilling address: {address}\nContact: {email}",
    "{name_b} recommended {name} for the role; both worked in {city} from {years}.",
    "Good morning {name}, your parcel {ticket} will be delivered to {street} today between {time} and {time_b}.",
    "Referral: {first} {last}, age {count}, lives in {city}. Mother {name_b}, phone {phone_b}.",
    "Interview with {name} rescheduled; new slot {date} at {time}. Call {phone} if late.",
)

GOLD_KINDS = {"name": "PERSON", "first": "PERSON", "last": "PERSON", "phone": "PHONE", "address": "ADDRESS",
              "address_line": "ADDRESS", "street": "ADDRESS", "email": "EMAIL", "city": "LOCATION"}
NEG_KINDS = {"date", "amount", "order", "time", "years", "ticket", "count", "dob"}
NEUTRAL_KINDS = {"company"}
_FIELD = re.compile(r"\{(\w+)\}")


def _faker():  # type: ignore[no-untyped-def]
    try:
        from faker import Faker
    except ImportError:
        raise SystemExit("bench_general_faker: the 'faker' package is missing; install the test extra "
                         "(pip install -e '.[test]' or pip install faker)") from None
    return Faker


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", folded).lower()


class _Filler:
    """Draws the values of one document (a seeded ``random.Random`` and seeded Faker instances per locale)."""

    def __init__(self, seed: int) -> None:
        faker = _faker()
        self.rng = random.Random(seed)
        self.fakers = {}
        for i, loc in enumerate(NAME_LOCALES):
            f = faker(loc)
            f.seed_instance(seed * 100 + i)
            self.fakers[loc] = f

    def person(self) -> tuple[str, str]:
        f = self.fakers[self.rng.choice(NAME_LOCALES)]
        return f.first_name(), f.last_name()

    def values(self) -> dict[str, str]:
        rng = self.rng
        place = self.fakers[rng.choice(PLACE_LOCALES)]
        place_b = self.fakers[rng.choice(PLACE_LOCALES)]
        en = self.fakers["en_US"]
        v: dict[str, str] = {}
        for suffix in ("", "_b", "_c"):
            first, last = self.person()
            v["first" + suffix], v["last" + suffix], v["name" + suffix] = first, last, f"{first} {last}"
            v["email" + suffix] = (f"{_ascii(first)}.{_ascii(last)}@{en.free_email_domain()}"
                                   if rng.random() < 0.5 and _ascii(first) and _ascii(last) else en.email())
        for suffix, f in (("", place), ("_b", place_b)):
            v["phone" + suffix] = f.phone_number()
            address = f.address()
            v["address" + suffix] = address
            v["address_line" + suffix] = re.sub(r"\s*\n\s*", ", ", address)
            v["street" + suffix] = f.street_address()
            v["city" + suffix] = f.city()
        v["date"] = rng.choice([en.date(pattern="%B %d, %Y"), en.date(pattern="%d/%m/%Y"), en.date(pattern="%Y-%m-%d"),
                                en.date(pattern="%d %b %Y"), en.day_of_week()])
        v["dob"] = en.date(pattern=rng.choice(["%m/%d/%Y", "%d %B %Y", "%Y-%m-%d"]))
        v["amount"] = rng.choice([f"${rng.randint(5, 4000)}.{rng.randint(0, 99):02d}", f"£{rng.randint(5, 900)}",
                                  f"{rng.randint(10, 2500):,} EUR", f"${rng.randint(1000, 99999):,}"])
        v["order"] = rng.choice([f"#{rng.randint(10000, 999999)}", f"ORD-{rng.randint(1000, 99999)}",
                                 f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}"])
        v["ticket"] = rng.choice([f"TKT-{rng.randint(100000, 999999)}", f"1Z{rng.randint(10**9, 10**10 - 1)}",
                                  f"case {rng.randint(1000, 99999)}"])
        for key in ("time", "time_b"):
            v[key] = rng.choice([f"{rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])} {rng.choice(['am', 'pm', 'AM', 'PM'])}",
                                 f"{rng.randint(7, 20):02d}:{rng.choice(['00', '30'])}", f"{rng.randint(1, 11)}pm"])
        start = rng.randint(1995, 2022)
        v["years"] = rng.choice([f"{start}-{start + rng.randint(1, 4)}", f"{start}–{str(start + 1)[2:]}", str(start)])
        v["count"] = str(rng.randint(2, 40))
        v["company"] = en.company()
        return v


def build(template: str, values: dict[str, str], doc_id: str) -> HoldoutDocument:
    text, gold, negatives, neutral = [], [], [], []
    at, last = 0, 0
    for match in _FIELD.finditer(template):
        text.append(template[last:match.start()])
        at += match.start() - last
        key = match[1]
        value = values[key]
        base = re.sub(r"_[bc]$", "", key)
        span = (at, at + len(value))
        if base in GOLD_KINDS:
            gold.append(Gold(span[0], span[1], GOLD_KINDS[base], None))
        elif base in NEG_KINDS:
            negatives.append(span)
        elif base in NEUTRAL_KINDS:
            neutral.append(span)
        else:
            raise KeyError(f"template field {key!r} has no kind")
        text.append(value)
        at += len(value)
        last = match.end()
    text.append(template[last:])
    return HoldoutDocument(id=doc_id, genre="faker", text="".join(text), gold=tuple(gold), negatives=tuple(negatives),
                           neutral=tuple(neutral))


def documents(seed: int, n: int) -> list[HoldoutDocument]:
    filler = _Filler(seed)
    return [build(TEMPLATES[i % len(TEMPLATES)], filler.values(), f"{seed}-{i:04d}-t{i % len(TEMPLATES):02d}")
            for i in range(n)]


def token_recall(docs: Sequence[HoldoutDocument], predictions: Sequence[Sequence[Pred]]) -> tuple[Counter[str], Counter[str]]:
    """Per gold type: tokens found and tokens in all (a token is found when its letters and digits are covered)."""
    found, total = Counter(), Counter()
    for doc, preds in zip(docs, predictions, strict=True):
        for g in doc.gold:
            for m in re.finditer(r"\S+", doc.text[g.start:g.end]):
                s, e = g.start + m.start(), g.start + m.end()
                if not any(ch.isalnum() for ch in doc.text[s:e]):
                    continue
                total[g.type] += 1
                found[g.type] += covered(s, e, preds, doc.text)
    return found, total


def _r(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def print_table(name: str, docs: Sequence[HoldoutDocument], ours: Score, ours_tok: tuple[Counter[str], Counter[str]],
                stock: Score | None, stock_tok: tuple[Counter[str], Counter[str]] | None, seconds: float) -> None:
    print(f"seed {name}: {len(docs)} documents from {len(TEMPLATES)} templates, {sum(ours.total.values())} gold spans, "
          f"{ours.negatives} tricky negatives ({seconds:.1f} s for ours)")
    print(f"{'type':<12}{'gold':>6} | {'ours R':>7}{'tokR':>7}{'P':>7} | {'stock R':>8}{'tokR':>7}{'P':>7}")
    types = sorted(set(ours.total) | set(ours.made) | (set(stock.made) if stock else set()))
    for kind in types:
        cells = (f"{_r(stock.found[kind], stock.total[kind]):>8}{_r(stock_tok[0][kind], stock_tok[1][kind]):>7}"
                 f"{_r(stock.right[kind], stock.made[kind]):>7}" if stock and stock_tok else "")
        print(f"{kind:<12}{ours.total[kind]:>6} | {_r(ours.found[kind], ours.total[kind]):>7}"
              f"{_r(ours_tok[0][kind], ours_tok[1][kind]):>7}{_r(ours.right[kind], ours.made[kind]):>7} | {cells}")
    for label, q, tok in (("ours", ours, ours_tok), ("stock", stock, stock_tok)):
        if q is None or tok is None:
            continue
        print(f"{label:<6} overall recall {sum(q.found.values()) / max(1, sum(q.total.values())):.4f}  "
              f"token recall {sum(tok[0].values()) / max(1, sum(tok[1].values())):.4f}  "
              f"precision {sum(q.right.values()) / max(1, sum(q.made.values())):.4f}  "
              f"negatives untouched {q.negatives_kept / max(1, q.negatives):.1%} of {q.negatives}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", choices=sorted(SEEDS), default="dev")
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="list up to N misses and wrong predictions (dev only)")
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    args = parser.parse_args()
    if args.misses and args.seed != "dev":
        raise SystemExit("--misses: only with --seed dev (the held seed's misses are never printed)")

    docs = documents(SEEDS[args.seed], args.docs)
    from redaction.text import TextRedactor

    redactor = TextRedactor()
    started = time.perf_counter()
    ours_preds = [[(s.start, s.end, s.type) for s in spans] for spans in redactor.detect_many([d.text for d in docs])]
    seconds = time.perf_counter() - started
    ours = score(docs, ours_preds)
    stock = stock_tok = None
    if not args.no_stock:
        analyzer = stock_presidio()
        stock_preds = [[(r.start, r.end, PRESIDIO_TYPES.get(r.entity_type, r.entity_type))
                        for r in analyzer.analyze(d.text, language="en")] for d in docs]
        stock, stock_tok = score(docs, stock_preds), token_recall(docs, stock_preds)
    print_table(args.seed, docs, ours, token_recall(docs, ours_preds), stock, stock_tok, seconds)
    if args.misses:
        print(f"\nmisses (first {args.misses} of {len(ours.missed)}):")
        for doc, s, e, kind in ours.missed[:args.misses]:
            print(f"  {doc.id} {kind:<9} {doc.text[s:e]!r}\n      {context(doc, s, e)}")
        print(f"\nwrong predictions (first {args.misses} of {len(ours.unmatched)}):")
        for doc, s, e, kind in ours.unmatched[:args.misses]:
            print(f"  {doc.id} {kind:<9} {doc.text[s:e]!r}\n      {context(doc, s, e)}")
        print(f"\nnegatives touched: {len(ours.touched)}")
        for doc, s, e in ours.touched[:args.misses]:
            print(f"  {doc.id} {doc.text[s:e]!r}\n      {context(doc, s, e)}")


if __name__ == "__main__":
    main()
