"""Finding cases by name, case ref, crime reference, postcode or referral source id (FTS5)."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import text
from sqlalchemy.orm import Session

# Same idea of a token as FTS5's unicode61 tokenizer: runs of letters and digits.
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(typed: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed: every word, each as a prefix.

    Tokens are quoted, so nothing typed (quotes, operators, SQL) can change the query's meaning.
    """
    tokens = [t for t in _TOKEN.findall(typed) if t.replace("_", "")]
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)


_SEARCH = text(
    """
    SELECT d.case_id FROM case_fts
    JOIN case_search_doc d ON d.id = case_fts.rowid
    JOIN cases c ON c.id = d.case_id
    WHERE case_fts MATCH :q AND c.deleted = 0
    ORDER BY c.referred_at DESC
    LIMIT :limit
    """
)


def search_case_ids(session: Session, typed: str, limit: int = 500) -> list[uuid.UUID]:
    """Ids of the cases matching what was typed, most recent referral first."""
    query = fts_query(typed)
    if query is None:
        return []
    rows = session.execute(_SEARCH, {"q": query, "limit": limit}).scalars()
    return [uuid.UUID(hex=value) for value in rows]
