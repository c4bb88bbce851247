"""Synthetic people, places and words for the demo store (see demo.py).

Nothing here is anyone's real data: names are drawn from lists of common first and last names in
many scripts and combined at random; phone numbers lie only in Ofcom's drama range 07700 900xxx;
e-mail addresses only at example.org; addresses are made-up streets in real West Mercia towns with
postcodes in the towns' real outward districts and a random inward code.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# --- names -------------------------------------------------------------------------------

# (first name, gender). Common English and Welsh names first, then the many communities of
# Herefordshire, Shropshire, Telford and Worcestershire, in their own scripts and accents.
FIRST_NAMES_COMMON: tuple[tuple[str, str], ...] = (
    ("Olivia", "female"), ("Amelia", "female"), ("Emily", "female"), ("Sophie", "female"),
    ("Jessica", "female"), ("Hannah", "female"), ("Charlotte", "female"), ("Lucy", "female"),
    ("Sarah", "female"), ("Rebecca", "female"), ("Laura", "female"), ("Emma", "female"),
    ("Karen", "female"), ("Julie", "female"), ("Susan", "female"), ("Margaret", "female"),
    ("Jean", "female"), ("Chloe", "female"), ("Megan", "female"), ("Ellie", "female"),
    ("Rhiannon", "female"), ("Bethan", "female"), ("Siân", "female"), ("Zoë", "female"),
    ("Jack", "male"), ("Oliver", "male"), ("Harry", "male"), ("George", "male"),
    ("Thomas", "male"), ("James", "male"), ("William", "male"), ("Daniel", "male"),
    ("Matthew", "male"), ("Ryan", "male"), ("Liam", "male"), ("Callum", "male"),
    ("David", "male"), ("Paul", "male"), ("Mark", "male"), ("Stephen", "male"),
    ("Peter", "male"), ("Michael", "male"), ("Dylan", "male"), ("Rhys", "male"),
    ("Alex", "non_binary"), ("Sam", "not_stated"), ("Charlie", "non_binary"),
    ("Jordan", "other"),
)
FIRST_NAMES_DIVERSE: tuple[tuple[str, str], ...] = (
    ("Łucja", "female"), ("Małgorzata", "female"), ("Agnieszka", "female"),
    ("Krzysztof", "male"), ("Wojciech", "male"), ("Bartłomiej", "male"),
    ("Ioana", "female"), ("Andreea", "female"), ("Mihai", "male"), ("Ștefan", "male"),
    ("Rūta", "female"), ("Gintarė", "female"), ("Jonas", "male"), ("Mindaugas", "male"),
    ("Inês", "female"), ("Conceição", "female"), ("João", "male"), ("Gonçalo", "male"),
    ("Priya", "female"), ("Gurpreet", "female"), ("Harjit", "male"), ("Arjun", "male"),
    ("Aisha", "female"), ("Fatima", "female"), ("Yusuf", "male"), ("Imran", "male"),
    ("محمد", "male"), ("فاطمة", "female"), ("Олена", "female"), ("Дмитро", "male"),
    ("Siobhán", "female"), ("Aoife", "female"), ("Seán", "male"), ("Pádraig", "male"),
    ("Chiamaka", "female"), ("Adaeze", "female"), ("Kwame", "male"), ("Tunde", "male"),
    ("Mei", "female"), ("Wei", "male"), ("Thảo", "female"), ("Minh", "male"),
    ("Renée", "female"), ("Chloé", "female"), ("José", "male"), ("Søren", "male"),
)
LAST_NAMES_COMMON: tuple[str, ...] = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
    "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
    "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood",
    "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King",
    "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis",
    "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter",
    "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards",
    "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Foster",
    "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain",
    "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler",
    "Fisher", "Jenkins", "Dixon", "Harvey", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur",
    "Gibson", "Andrews", "Reynolds", "Payne", "Pearce", "Brooks", "Lawrence", "Bradley",
    "Gill", "Dawson", "Burton", "Bevan", "Pritchard", "Prosser", "Vaughan", "Gwilliam",
)
LAST_NAMES_DIVERSE: tuple[str, ...] = (
    "O'Brien", "O'Connor", "O'Brien-Smith", "McCarthy", "Taylor-Jones", "Llewellyn",
    "Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski",
    "Popescu", "Ionescu", "Kazlauskas", "Petrauskienė", "Silva", "Gonçalves", "Ferreira",
    "Nguyễn", "Trần", "Chen", "Wang", "Okafor", "Adeyemi", "Mensah", "Osei",
    "Mahmood", "Iqbal", "Rahman", "Chowdhury", "Sharma", "Kumar", "Mistry", "Sandhu",
    "حسن", "العلي", "Коваленко", "Шевченко", "Müller", "Nørgaard", "Dubois", "Łukasik",
)


def ascii_slug(text: str, fallback: str = "contact") -> str:
    """A name as plain lower-case letters for an e-mail address (Zoë -> zoe, محمد -> contact)."""
    folded = unicodedata.normalize("NFKD", text).replace("ł", "l").replace("Ł", "L")
    slug = "".join(ch for ch in folded.lower() if ch.isascii() and ch.isalnum())
    return slug or fallback


_FIRST_SLUGS = {name: ascii_slug(name) for name, _ in FIRST_NAMES_COMMON + FIRST_NAMES_DIVERSE}
_LAST_SLUGS = {name: ascii_slug(name) for name in LAST_NAMES_COMMON + LAST_NAMES_DIVERSE}

LANGUAGES = {
    "Łucja": "Polish", "Małgorzata": "Polish", "Agnieszka": "Polish", "Krzysztof": "Polish",
    "Wojciech": "Polish", "Bartłomiej": "Polish", "Ioana": "Romanian", "Andreea": "Romanian",
    "Mihai": "Romanian", "Ștefan": "Romanian", "Rūta": "Lithuanian", "Gintarė": "Lithuanian",
    "Jonas": "Lithuanian", "Mindaugas": "Lithuanian", "Inês": "Portuguese",
    "Conceição": "Portuguese", "João": "Portuguese", "Gonçalo": "Portuguese",
    "Gurpreet": "Punjabi", "Harjit": "Punjabi", "محمد": "Arabic", "فاطمة": "Arabic",
    "Олена": "Ukrainian", "Дмитро": "Ukrainian", "Thảo": "Vietnamese", "Minh": "Vietnamese",
    "Mei": "Mandarin", "Wei": "Mandarin",
}

# --- places ------------------------------------------------------------------------------

# Town: (real outward districts, relative population weight).
TOWNS: dict[str, tuple[tuple[str, ...], int]] = {
    "Worcester": (("WR1", "WR2", "WR3", "WR4", "WR5"), 100),
    "Hereford": (("HR1", "HR2", "HR3", "HR4"), 60),
    "Shrewsbury": (("SY1", "SY2", "SY3", "SY4", "SY5"), 75),
    "Telford": (("TF1", "TF2", "TF3", "TF4", "TF7"), 140),
    "Kidderminster": (("DY10", "DY11"), 55),
    "Redditch": (("B97", "B98"), 85),
    "Malvern": (("WR13", "WR14"), 30),
    "Ludlow": (("SY8",), 11),
    "Bromsgrove": (("B60", "B61"), 35),
    "Evesham": (("WR11",), 25),
}
_TOWN_NAMES = tuple(TOWNS)
_TOWN_WEIGHTS = tuple(weight for _, weight in TOWNS.values())
# Letters used in the inward part of a postcode (never C, I, K, M, O or V).
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

STREETS: tuple[str, ...] = (
    "Station Road", "Church Lane", "Orchard Close", "Severn Way", "Malvern View",
    "Meadow Road", "Mill Street", "Victoria Avenue", "Albert Road", "The Crescent",
    "Hop Pole Lane", "Cider Mill Close", "Wyre Drive", "Teme Road", "Bredon Grove",
    "Elgar Avenue", "Foregate Row", "Castle Walk", "Priory Gardens", "Canal Side",
    "Farriers Way", "Kingfisher Close", "Ashdale Road", "Beech Grove", "Holly Bank",
    "Linden Avenue", "Sandpits Lane", "Wrekin View", "Longmynd Rise", "Clee Hill Road",
    "Abbey Foregate Mews", "Vineyard Close", "Blackpole Lane", "Lichfield Way", "Chantry Road",
)
FLAT_WORDS = ("Flat", "Apartment", "Unit")


def postcode(rng: random.Random, town: str) -> str:
    outward = rng.choice(TOWNS[town][0])
    return f"{outward} {rng.randrange(10)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"


def drama_phone(rng: random.Random) -> str:
    """A mobile number in Ofcom's drama range 07700 900000-900999, as E.164."""
    return f"+447700900{rng.randrange(1000):03d}"


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    gender: str
    phone: str | None
    email: str | None
    address_line1: str
    address_line2: str | None
    town: str
    postcode: str
    preferred_language: str | None
    interpreter_needed: bool
    disability: str


def person(rng: random.Random) -> Person:
    diverse = rng.random() < 0.3
    first, gender = rng.choice(FIRST_NAMES_DIVERSE if diverse else FIRST_NAMES_COMMON)
    if rng.random() < 0.08:
        gender = "not_stated"
    last = rng.choice(LAST_NAMES_DIVERSE if diverse and rng.random() < 0.7 else LAST_NAMES_COMMON)
    town = rng.choices(_TOWN_NAMES, _TOWN_WEIGHTS)[0]
    language = LANGUAGES.get(first) if rng.random() < 0.6 else None
    email = None
    if rng.random() < 0.55:
        email = f"{_FIRST_SLUGS[first]}.{_LAST_SLUGS[last]}{rng.randrange(100)}@example.org"
    return Person(
        first_name=first,
        last_name=last,
        gender=gender,
        phone=drama_phone(rng) if rng.random() < 0.88 else None,
        email=email,
        address_line1=f"{rng.randrange(1, 240)} {rng.choice(STREETS)}",
        address_line2=f"{rng.choice(FLAT_WORDS)} {rng.randrange(1, 30)}" if rng.random() < 0.2 else None,
        town=town,
        postcode=postcode(rng, town),
        preferred_language=language or "English",
        interpreter_needed=bool(language) and rng.random() < 0.4,
        disability=rng.choices(("no", "yes", "not_stated"), (70, 15, 15))[0],
    )


# --- staff -------------------------------------------------------------------------------

# (username, display name, role, relative caseload weight, active). Caseloads are uneven on
# purpose: a part-timer, a new starter, and one caseworker who has left VAL (inactive), whose
# open cases were handed over.
STAFF: tuple[tuple[str, str, str, float, bool], ...] = (
    ("a.khan", "Aisha Khan", "caseworker", 1.8, True),
    ("b.morgan", "Bethan Morgan", "caseworker", 1.5, True),
    ("c.nowak", "Celina Nowak", "caseworker", 1.3, True),
    ("d.price", "Daniel Price", "caseworker", 1.2, True),
    ("e.okafor", "Esther Okafor", "caseworker", 1.1, True),
    ("f.walsh", "Fionnuala Walsh", "caseworker", 1.0, True),
    ("g.singh", "Gurpreet Singh", "caseworker", 1.0, True),
    ("h.evans", "Huw Evans", "caseworker", 0.9, True),
    ("j.taylor", "Jade Taylor", "caseworker", 0.8, True),
    ("k.lewis", "Kieran Lewis", "caseworker", 0.6, True),
    ("l.patel", "Leena Patel", "caseworker", 0.5, True),  # part time
    ("m.davies", "Megan Davies", "caseworker", 0.3, True),  # new starter
    ("r.owen", "Rhian Owen", "caseworker", 1.0, False),  # left VAL
    ("s.hughes", "Siân Hughes", "witness_care", 0.0, True),
    ("t.kowalczyk", "Tomasz Kowalczyk", "witness_care", 0.0, True),
    ("p.ellis", "Pauline Ellis", "supervisor", 0.0, True),
    ("n.ahmed", "Naveed Ahmed", "supervisor", 0.0, True),
    ("i.jones", "Ian Jones", "admin", 0.0, True),
)
LEAVER = "r.owen"
ABSENT = "f.walsh"  # away for a few weeks: her open cases went to absence cover

# --- words -------------------------------------------------------------------------------

COURTS = (
    "Worcester Magistrates' Court", "Kidderminster Magistrates' Court",
    "Telford Magistrates' Court", "Shrewsbury Magistrates' Court", "Hereford Justice Centre",
    "Worcester Crown Court", "Shrewsbury Crown Court", "Hereford Crown Court",
)
LATE_REASONS = (
    "Police referral arrived without a usable phone number",
    "High referral volume after the bank holiday",
    "Caseworker absence; picked up by absence cover",
    "Witness Care heard from the court late",
    "Waiting for an interpreter to be booked",
    "Case management system outage",
    "Victim asked us to call back after a hospital stay",
)
REASSIGN_REASONS = (
    "Absence cover",
    "Caseload rebalancing",
    "Specialist caseworker for this kind of crime",
    "Victim asked for a different caseworker",
    "Absence cover (long-term sickness)",
)
CLOSURE_REASONS = {
    "no_consent": "Victim did not consent to contact",
    "unreached": "No contact after repeated attempts",
    "declined": "Victim declined support",
    "signposted": "Information and signposting only",
    "specialist": "Referred to a specialist service",
    "supported": "Support complete: victim feels better able to cope",
    "moved": "Victim moved out of the area; referred to the local service",
}
ACTIONS: dict[str, tuple[str, ...]] = {
    "safety": ("Safety plan agreed", "Door and window locks fitted", "Personal alarm provided",
               "Referral for an independent domestic violence adviser"),
    "health": ("Support to register with a GP", "Referral to talking therapies"),
    "emotional": ("Weekly support calls with the SPOC", "Referral for counselling",
                  "Peer support group"),
    "housing": ("Support with a housing application to the council",
                "Request for a management move to the housing association"),
    "money": ("Help with a Criminal Injuries Compensation claim", "Food bank voucher",
              "Help to replace stolen documents"),
    "support_networks": ("Introduced to a local peer support group",
                         "Agreed who the victim can call on in a crisis"),
    "children_family": ("Referral to Early Help for the children", "Letter to the school"),
    "work_learning": ("Letter to the employer explaining absence", "Help to contact college"),
    "justice_information": ("Explained the court process", "Referral to the Witness Service",
                            "Pre-trial court visit arranged"),
    "communication_access": ("Interpreter booked for appointments",
                             "Easy-read information sent", "Large-print letters arranged"),
}
REFERRAL_NOTES = (
    None, None, None, None,
    "Victim asked for calls after 5pm only",
    "Officer in the case: PC 4412; victim prefers a female caseworker",
    "Second incident this year at the same address",
    "Victim is a carer for an elderly parent",
    "Victim works nights; mornings are best",
)
CASEWORKER_REASONS = (
    "Victim is a carer and the offender knows the household routine",
    "Repeat victim of the same group; risk of reprisals",
    "Severe anxiety since the offence; GP letter seen",
)
