"""Safe contact: what may be sent or said to a victim (DESIGN section 2).

Each channel is yes / no / unknown, and unknown means no: nothing outward is produced against a
"no" or an "unknown".
"""

from __future__ import annotations

from collections.abc import Mapping

from .vocabulary import CONTACT_CHANNELS

# The words for a banner: "Do not write — do not leave voicemail".
_DONT = {
    "safe_to_call": "do not call",
    "safe_to_leave_voicemail": "do not leave voicemail",
    "safe_to_text": "do not text",
    "safe_to_write": "do not write",
    "safe_to_email": "do not e-mail",
}


def is_safe(permissions: Mapping[str, str], channel: str) -> bool:
    """True only for an explicit yes."""
    if channel not in CONTACT_CHANNELS:
        raise ValueError(f"unknown contact channel {channel!r}")
    return permissions.get(channel) == "yes"


def unsafe_channels(permissions: Mapping[str, str]) -> list[str]:
    return [c for c in CONTACT_CHANNELS if not is_safe(permissions, c)]


def permission_banner(permissions: Mapping[str, str]) -> str | None:
    """A warning nobody can miss, or None when every channel is safe."""
    unsafe = unsafe_channels(permissions)
    if not unsafe:
        return None
    words = [_DONT[c] for c in unsafe]
    words[0] = words[0][0].upper() + words[0][1:]
    unknown = [c for c in unsafe if permissions.get(c) not in ("no",)]
    text = " — ".join(words)
    if unknown:
        text += " (not yet known counts as not safe)"
    return text
