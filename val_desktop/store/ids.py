"""Row ids: UUIDs (DESIGN section 4) that are time-ordered (version 7, RFC 9562).

A random (version 4) id lands on a random page of every index that holds it, so writing a batch
of new rows touches pages all over a big store and commits slow down as the store grows. A
version 7 id starts with the time it was made, so new rows go in next to each other. It reveals
when a row was created, which the row's own updated_at says anyway.
"""

from __future__ import annotations

from uuid_utils.compat import uuid7 as new_id  # a standard uuid.UUID, made in Rust

__all__ = ["new_id"]
