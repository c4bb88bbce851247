"""The case summary's sections on the victim's journey beyond VAL: restorative justice, court
(prosecutions, their milestones, the victim's needs as a witness) and complaints and Right to
Review. They render the parts store.documents.SUMMARY_PARTS loads ("rj_referrals",
"prosecutions", "complaints", "vrr_requests") in the style of letters.case_summary, which lists
them in its SECTIONS.

case_summary imports this module, so the shared table helpers are imported from it inside each
renderer (at call time, when both modules are loaded).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..domain.complaints import right_label
from ..domain.court.witness_needs import describe_witness_needs
from ..domain.right_to_review import ReviewStage
from ..store.complaints import ComplaintView, VRRView
from ..store.court import CaseCourtView
from ..store.documents import CaseSummaryData
from ..store.rj import RJReferralView
from .furniture import Styles, text_width


def _gap() -> Spacer:
    return Spacer(1, 2 * mm)


# -- restorative justice ------------------------------------------------------------------------


def rj_pairs(view: RJReferralView, day) -> list[tuple[str, str]]:
    p = view.pathway
    referred = day(p.referred_on) + (f" by {p.referred_by}" if p.referred_by else "")
    pairs = [
        ("Stage", f"{p.stage.label} since {day(p.entered_on)}"),
        ("Referred", referred),
        ("Facilitator", view.facilitator_name or "None assigned"),
        ("Offender reference", p.offender.reference or ""),
    ]
    if view.closure_text:
        pairs.append(("Closure", view.closure_text))
    pairs.append(("Next step", "; ".join(view.next_steps) or "Nothing outstanding"))
    return pairs


def render_rj(data: CaseSummaryData, st: Styles) -> list:
    from .case_summary import _none, day, fields

    referrals: list[RJReferralView] = data.parts["rj_referrals"]
    if not referrals:
        return _none("No restorative justice referral.", st)
    out: list = []
    if len(referrals) > 1:
        out.append(Paragraph(f"{len(referrals)} referrals, the newest first.", st.small))
    for n, view in enumerate(referrals):
        if n:
            out.append(_gap())
        out.append(fields(rj_pairs(view, day), st))
    return out


# -- court --------------------------------------------------------------------------------------


def hearing_text(hearing, day) -> str:
    if hearing is None:
        return "None listed"
    text = f"{hearing.label}: {day(hearing.on)}"
    if hearing.at is not None:
        text += f" at {hearing.at:%H:%M}"
    if hearing.venue:
        text += f", {hearing.venue}"
    return text


def witness_line(view: CaseCourtView, day) -> str:
    """The victim's needs as a witness in one line (as the case's Court tab says them)."""
    if view.witness.row_version is None:
        return "Nothing recorded yet about this victim as a witness."
    return describe_witness_needs(view.witness.needs, day)


def render_court(data: CaseSummaryData, st: Styles) -> list:
    from .case_summary import _none, day, fields, table

    views: list[CaseCourtView] = data.parts["prosecutions"]
    if not views:
        return _none("The case is not linked to a prosecution.", st)
    w = text_width()
    out: list = []
    for n, view in enumerate(views):
        p = view.prosecution
        if n:
            out.append(_gap())
        others = len([c for c in p.cases if c.case_id != data.case_id])
        out.append(fields([
            ("Court", p.court or "Not recorded"),
            ("Defendant reference", p.defendant_ref),
            ("Charges", "; ".join(p.charges) or "None recorded"),
            ("Witness Care officer", p.officer_name or "None assigned"),
            ("Next hearing", hearing_text(p.next_hearing, day)),
            ("Other cases linked", str(others) if others else "None"),
        ], st))
        out.append(Spacer(1, 1.5 * mm))
        if p.milestones:
            rows = [(day(m.milestone.occurred_on), day(m.milestone.received_on), m.text)
                    for m in p.milestones]
            out.append(table(["Happened", "Received by Witness Care", "What"], rows,
                             [w * 0.13, w * 0.23, w * 0.64], st))
        else:
            out += _none("No court milestone is recorded yet.", st)
        out.append(Spacer(1, 1.5 * mm))
        out.append(Paragraph("<b>Witness needs:</b> " + escape(witness_line(view, day)),
                             st.cell))
    return out


# -- complaints and Right to Review -------------------------------------------------------------


def _about(c) -> str:
    return c.about.label + (f": {c.about_name}" if c.about_name else "")


def _handled(c, day) -> str:
    lines = [f"Acknowledged {day(c.acknowledged_on)}" if c.acknowledged_on
             else "Not acknowledged",
             f"Responded {day(c.responded_on)}" if c.responded_on else "No full response"]
    if c.passed_on is not None:
        text = f"Passed on to {c.passed_on.organisation} {day(c.passed_on.on)}"
        if c.passed_on.victim_told_on:
            text += f", victim told {day(c.passed_on.victim_told_on)}"
        lines.append(text)
    return "\n".join(lines)


def _outcome(outcome, on, day) -> str:
    if outcome is None:
        return "Open"
    return outcome.label + (f" {day(on)}" if on else "")


def _review_stage(name: str, stage: ReviewStage | None, day) -> str | None:
    if stage is None:
        return None
    if stage.concluded_on is None:
        return f"{name} since {day(stage.started_on)}"
    text = f"{name} {day(stage.started_on)} to {day(stage.concluded_on)}"
    return text + (f": {stage.result.label}" if stage.result else "")


def vrr_stage(view: VRRView, day) -> str:
    r = view.request
    stages = [s for s in (_review_stage("Local resolution", r.local_resolution, day),
                          _review_stage("Independent review", r.independent_review, day)) if s]
    return "\n".join(stages) or "Not started"


def render_complaints(data: CaseSummaryData, st: Styles) -> list:
    from .case_summary import _none, day, table

    complaints: list[ComplaintView] = data.parts["complaints"]
    requests: list[VRRView] = data.parts["vrr_requests"]
    if not complaints and not requests:
        return _none("No complaint and no Right to Review request.", st)
    w = text_width()
    out: list = []
    if complaints:
        rows = [(day(v.complaint.received_on), _about(v.complaint),
                 "\n".join(right_label(n) for n in sorted(v.complaint.rights)) or "None given",
                 _handled(v.complaint, day),
                 _outcome(v.complaint.outcome, v.complaint.outcome_on, day))
                for v in complaints]
        out.append(table(["Received", "About", "Code right", "Handled", "Outcome"], rows,
                         [w * 0.11, w * 0.17, w * 0.33, w * 0.22, w * 0.17], st))
    else:
        out += _none("No complaint.", st)
    out.append(Spacer(1, 1.5 * mm))
    if requests:
        rows = [(day(v.request.requested_on), v.request.body.label,
                 f"{v.request.decision.label}, told {day(v.request.decision_communicated_on)}",
                 v.timeliness.label, vrr_stage(v, day),
                 _outcome(v.request.outcome, v.request.outcome_on, day))
                for v in requests]
        out.append(Paragraph("<b>Victims' Right to Review</b>", st.cell))
        out.append(table(["Requested", "Review by", "Decision", "In time", "Stage", "Outcome"],
                         rows, [w * 0.11, w * 0.13, w * 0.22, w * 0.18, w * 0.21, w * 0.15],
                         st))
    else:
        out += _none("No Right to Review request.", st)
    return out
