"""Journey events: what happens on a case that starts a Code clock or calls for reassessment.

Each kind maps to the rules-table trigger it starts (or none). Which kinds call for a needs
reassessment is data (resources/reassessment.json), read by `needs.ReassessmentSchedule`.
"""

from __future__ import annotations

EVENT_KINDS: dict[str, tuple[str, str | None]] = {
    # kind: (label, rules-table trigger)
    "referral_received": ("Referral received", "referral_received"),
    "arrest": ("Suspect arrested", "investigation_step"),
    "interview": ("Suspect interviewed", "investigation_step"),
    "release": ("Suspect released", "investigation_step"),
    "police_bail": ("Suspect on police bail", "investigation_step"),
    "released_under_investigation": ("Released under investigation", "investigation_step"),
    "no_investigation": ("Decision not to investigate", "investigation_step"),
    "charge": ("Suspect charged", "charge_decision"),
    "no_further_action": ("No further action", "charge_decision"),
    "out_of_court_disposal": ("Out-of-court disposal", "charge_decision"),
    "first_hearing_listed": ("First hearing listed", "hearing_listed"),
    "trial_date_listed": ("Trial date listed", "hearing_listed"),
    "hearing_adjourned": ("Hearing adjourned or vacated", "hearing_listed"),
    "bail_outcome": ("Court bail outcome", "bail_outcome"),
    "warrant": ("Warrant issued", "bail_outcome"),
    "verdict": ("Verdict", "court_outcome"),
    "sentence": ("Sentence", "court_outcome"),
    "appeal": ("Appeal", "court_outcome"),
    "rj_outcome": ("Restorative justice outcome", None),
    "complaint_received": ("Complaint received", "complaint_received"),
}


def trigger_for(kind: str) -> str | None:
    try:
        return EVENT_KINDS[kind][1]
    except KeyError:
        raise ValueError(f"unknown journey event {kind!r}") from None


def event_label(kind: str) -> str:
    return EVENT_KINDS.get(kind, (kind, None))[0]
