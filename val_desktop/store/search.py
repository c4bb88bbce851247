"""Finding cases by name, case ref, crime reference, postcode or referral source id (FTS5)."""

from __future__ import annotations

import re
import uuid

from sqlalchemy.orm import Session

# Same idea of a token as FTS5's unicode61 tokenizer: runs of letters and digits.
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(typed: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed: every word, as a prefix.

    A word made of several parts (a crime reference 22/1234/26, a source id ATH-2026-1) is
    matched as a phrase, its parts in order, so "22/1" finds 22/1… and not every case with a 22
    and a 1 somewhere. Everything is quoted: nothing typed (quotes, operators, SQL) can change
    the query's meaning.
    """
    terms = []
    for word in typed.split():
        tokens = [t for t in _TOKEN.findall(word) if t.replace("_", "")]
        if tokens:
            terms.append('"' + " ".join(tokens) + '"*')
    return " AND ".join(terms) if terms else None


# Newest index entries first (a case is indexed when it arrives), straight from the FTS index:
# no join with the cases (a tombstoned case has already left the index).
_SEARCH = """
    SELECT d.case_id FROM case_search_doc d
    WHERE d.id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
    ORDER BY d.id DESC
"""


def search_case_ids(session: Session, typed: str, limit: int = 100) -> list[uuid.UUID]:
    """Ids of the cases matching what was typed — a quick find: at most `limit`, the most
    recently added first. (The Cases screen lists every match through case_list instead.)"""
    query = fts_query(typed)
    if query is None:
        return []
    # Straight to SQLite: this runs on every keystroke, and the statement needs no translating.
    raw = session.connection().connection.driver_connection
    return [uuid.UUID(hex=value) for (value,) in raw.execute(_SEARCH, (query, limit))]
