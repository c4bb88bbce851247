"""The fixed vocabularies of the work: offence categories, sources, genders, yes/no answers.

Codes are what files and the store hold; labels are what a caseworker reads.
"""

from __future__ import annotations

OFFENCE_CATEGORIES: dict[str, str] = {
    "homicide_bereaved": "Homicide (bereaved family)",
    "road_death_bereaved": "Road death (bereaved family)",
    "attempted_murder": "Attempted murder",
    "sexual_offence": "Sexual offence",
    "domestic_abuse": "Domestic abuse",
    "stalking": "Stalking",
    "harassment": "Harassment",
    "hate_crime": "Hate crime",
    "terrorism": "Terrorism",
    "modern_slavery": "Modern slavery and human trafficking",
    "child_sexual_exploitation": "Child sexual exploitation",
    "criminal_exploitation": "Criminal exploitation",
    "wounding_gbh": "Wounding or GBH with intent",
    "arson_endanger_life": "Arson with intent to endanger life",
    "assault": "Assault",
    "robbery": "Robbery",
    "burglary": "Burglary",
    "theft": "Theft",
    "criminal_damage": "Criminal damage",
    "fraud": "Fraud",
    "cyber_crime": "Cyber crime",
    "road_traffic_collision": "Road traffic collision",
    "rural_crime": "Rural crime",
    "antisocial_behaviour": "Anti-social behaviour",
    "other": "Other",
}

# Victims' Code: victims of the most serious crime get the enhanced service.
MOST_SERIOUS_OFFENCES: frozenset[str] = frozenset(
    {
        "homicide_bereaved",
        "road_death_bereaved",
        "attempted_murder",
        "sexual_offence",
        "domestic_abuse",
        "hate_crime",
        "terrorism",
        "modern_slavery",
        "child_sexual_exploitation",
        "wounding_gbh",
        "arson_endanger_life",
    }
)

REFERRAL_SOURCES: dict[str, str] = {
    "police": "Police referral",
    "self": "Self-referral",
    "partner": "Partner agency",
}

GENDERS: dict[str, str] = {
    "female": "Female",
    "male": "Male",
    "non_binary": "Non-binary",
    "other": "Other",
    "not_stated": "Not stated",
}

DISABILITY_ANSWERS: dict[str, str] = {"yes": "Yes", "no": "No", "not_stated": "Not stated"}

# A contact permission: unknown means no (DESIGN section 2, safe contact).
PERMISSION_ANSWERS: tuple[str, ...] = ("yes", "no", "unknown")

CONTACT_CHANNELS: dict[str, str] = {
    "safe_to_call": "call",
    "safe_to_leave_voicemail": "leave voicemail",
    "safe_to_text": "text",
    "safe_to_write": "write",
    "safe_to_email": "email",
}

CASE_STATUSES: dict[str, str] = {
    "new": "New — awaiting first contact",
    "contacting": "Trying to make contact",
    "assessing": "Needs assessment",
    "supported": "Being supported",
    "closed": "Closed",
}

RISK_LEVELS: dict[str, str] = {"standard": "Standard", "medium": "Medium", "high": "High"}


def offence_label(code: str) -> str:
    return OFFENCE_CATEGORIES.get(code, code)
