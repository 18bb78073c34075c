"""The relational schema shared by the SQLite and PostgreSQL stores.

One exported record becomes one row of ``articles`` and rows of
``organisations``, ``quotes``, ``demands`` and ``events`` that point at it by
``article_id``.  An article is identified by its URL (``url_key``, the URL in
canonical form); each distinct content (headline and body, see
:func:`content_hash`) of one URL is one *version*: a re-crawl with the same
content adds no row, a changed article adds a row with ``version + 1`` and
``is_latest`` moves to it, the old one is kept.  ``record`` holds the whole
exported record as JSON, so nothing of the contract is lost to the tables.

``seen_urls`` is the state of incremental runs: every URL (and canonical URL)
of a stored article, and of pages turned away as not an article or not about
a protest, so that a later run need not download them again.

This module knows the two dialects' types and placeholders; it runs no SQL
itself (see :mod:`rallycrawl.stores.base`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from w3lib.url import canonicalize_url

from ..record import ArticleRecord, Demand, Event, Organisation, Quote, specs

#: Version of the tables' layout, kept in ``store_meta``; bump it with a migration.
#: 2: ``merged_events`` and ``event_reports`` (events merged across articles), created on
#: opening a layout-1 database (new tables only: nothing to convert).
STORE_SCHEMA_VERSION = 2

#: ``seen_urls.status`` values
STORED = "stored"
NOT_ARTICLE = "not_article"
NOT_PROTEST = "not_protest"


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # one of the keys of Dialect.types
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    constraints: tuple[str, ...] = ()
    indexes: tuple[str, ...] = ()  # CREATE [UNIQUE] INDEX statements, {table} filled in

    @cached_property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.type != "id")


def _cols(spec: str) -> tuple[Column, ...]:
    """``"name type [null]; ..."`` -> columns (NOT NULL unless ``null`` is given)."""
    out = []
    for part in spec.split(";"):
        words = part.split()
        if words:
            out.append(Column(words[0], words[1], nullable=len(words) > 2 and words[2] == "null"))
    return tuple(out)


def _record_columns(cls: type) -> tuple[Column, ...]:
    """The columns of the fields of ``cls`` (the record or a part) that have an SQL type, in order."""
    return tuple(Column(s.name, s.sql, s.nullable) for s in specs(cls) if s.sql)


#: the ``articles`` columns that are the store's own, each after the record column it follows
_ARTICLE_STORE_COLUMNS = {
    "url": "url_key text",
    "domain": "version int; is_latest bool; content_hash text; stored_at text; last_seen_at text",
}


def _article_columns() -> tuple[Column, ...]:
    out = list(_cols("id id"))
    for column in _record_columns(ArticleRecord):
        out.append(column)
        out.extend(_cols(_ARTICLE_STORE_COLUMNS.get(column.name, "")))
    return (*out, *_cols("record json"))


_ARTICLE_REF = _cols("article_id ref; position int")

TABLES: tuple[Table, ...] = (
    # the record's columns come from its field metadata (rallycrawl.record): one table per part
    Table(
        "articles",
        _article_columns(),
        constraints=("UNIQUE (url_key, version)",),
        indexes=(
            "CREATE UNIQUE INDEX IF NOT EXISTS articles_latest ON articles (url_key) WHERE is_latest = TRUE",
            "CREATE INDEX IF NOT EXISTS articles_domain ON articles (domain)",
            "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
        ),
    ),
    Table(
        "organisations",
        _ARTICLE_REF + _record_columns(Organisation),
        constraints=("PRIMARY KEY (article_id, position)",),
        indexes=("CREATE INDEX IF NOT EXISTS organisations_name ON organisations (name)",),
    ),
    Table(
        "quotes",
        _ARTICLE_REF + _record_columns(Quote),
        constraints=("PRIMARY KEY (article_id, position)",),
        indexes=("CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker)",),
    ),
    Table(
        "demands",
        _ARTICLE_REF + _record_columns(Demand),
        constraints=("PRIMARY KEY (article_id, position)",),
    ),
    Table(
        "events",
        _cols("article_id ref") + _record_columns(Event),
        constraints=("PRIMARY KEY (article_id)",),
        indexes=("CREATE INDEX IF NOT EXISTS events_date ON events (date)",),
    ),
    # Events merged across articles (rallycrawl.stores.events): one row per merged event ...
    Table(
        "merged_events",
        _cols(
            "event_id text; kind text null; date_first text null; date_last text null; place text null;"
            " target text null; organisers json; demands json; slogans json; size_min int null;"
            " size_max int null; sizes json; sources json; report_count int; reports json;"
            " created_at text; updated_at text"
        ),
        constraints=("PRIMARY KEY (event_id)",),
        indexes=(
            "CREATE INDEX IF NOT EXISTS merged_events_first ON merged_events (date_first)",
            "CREATE INDEX IF NOT EXISTS merged_events_last ON merged_events (date_last)",
        ),
    ),
    # ... and one row per article (URL) placed in one, with why it joined.
    Table(
        "event_reports",
        _cols("url_key text; url text; event_id text; score real null; reasons json; joined_at text"),
        constraints=("PRIMARY KEY (url_key)",),
        indexes=("CREATE INDEX IF NOT EXISTS event_reports_event ON event_reports (event_id)",),
    ),
    Table(
        "seen_urls",
        _cols(
            "url_key text; url text; article_url_key text null; status text;"
            " first_seen_at text; last_seen_at text"
        ),
        constraints=("PRIMARY KEY (url_key)",),
    ),
)

TABLE = {t.name: t for t in TABLES}

# -- views for analysts: the latest version only, and full-text search ----------------------

#: the article columns a ``latest_*`` view of a part repeats, so that a part row reads alone
_ARTICLE_CONTEXT = ("url", "domain", "headline", "published", "language", "is_protest")


def latest_view_sql(table: str) -> str:
    """``SELECT`` of a ``latest_<table>`` view: rows of the latest version of each article only.

    Old versions keep their organisations, quotes and demands, so a count over the
    plain tables counts a changed article twice; the views never do.
    """
    if table == "articles":
        return "SELECT * FROM articles WHERE is_latest = TRUE"
    context = ", ".join(f"a.{c}" for c in _ARTICLE_CONTEXT)
    return (f"SELECT p.*, {context} FROM {table} p "
            "JOIN articles a ON a.id = p.article_id WHERE a.is_latest = TRUE")


#: the tables that get a ``latest_*`` view
LATEST_VIEWS = ("articles", "organisations", "quotes", "demands", "events")
#: the tables that hold the parts of one article version, in the record's key order
PART_TABLES = ("organisations", "quotes", "demands")


@dataclass(frozen=True, eq=False)  # hashed by identity, so that its SQL can be cached
class Dialect:
    name: str
    types: dict[str, str]
    param_style: str  # a format string for a named placeholder

    def param(self, name: str) -> str:
        return self.param_style.format(name)

    def create_table(self, table: Table) -> str:
        cols = []
        for c in table.columns:
            sql = f"{c.name} {self.types[c.type]}"
            if c.type == "ref":
                sql += " NOT NULL REFERENCES articles (id) ON DELETE CASCADE"
            elif c.type != "id" and not c.nullable:
                sql += " NOT NULL"
            cols.append(sql)
        body = ",\n  ".join(cols + list(table.constraints))
        return f"CREATE TABLE IF NOT EXISTS {table.name} (\n  {body}\n)"

    def create_statements(self) -> list[str]:
        out = []
        for table in TABLES:
            out.append(self.create_table(table))
            out.extend(table.indexes)
        return out

    @lru_cache(maxsize=64)  # noqa: B019 - two module-level dialects, a handful of tables
    def insert(self, table: str, *, returning_id: bool = False) -> str:
        names = TABLE[table].column_names
        sql = (
            f"INSERT INTO {table} ({', '.join(names)}) "
            f"VALUES ({', '.join(self.param(n) for n in names)})"
        )
        return sql + " RETURNING id" if returning_id else sql

    @lru_cache(maxsize=1)  # noqa: B019
    def upsert_seen(self) -> str:
        """Note a URL as seen; a stored URL stays ``stored`` when it is later turned away."""
        p = self.param
        return (
            "INSERT INTO seen_urls (url_key, url, article_url_key, status, first_seen_at, last_seen_at) "
            f"VALUES ({p('url_key')}, {p('url')}, {p('article')}, {p('status')}, {p('now')}, {p('now')}) "
            "ON CONFLICT (url_key) DO UPDATE SET last_seen_at = excluded.last_seen_at, "
            f"status = CASE WHEN seen_urls.status = '{STORED}' THEN seen_urls.status ELSE excluded.status END, "
            "article_url_key = COALESCE(excluded.article_url_key, seen_urls.article_url_key)"
        )


SQLITE = Dialect(
    "sqlite",
    {"id": "INTEGER PRIMARY KEY AUTOINCREMENT", "ref": "INTEGER", "text": "TEXT", "int": "INTEGER",
     "real": "REAL", "bool": "INTEGER", "json": "TEXT"},
    ":{}",
)
POSTGRES = Dialect(
    "postgres",
    {"id": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "ref": "BIGINT", "text": "TEXT",
     "int": "BIGINT", "real": "DOUBLE PRECISION", "bool": "BOOLEAN", "json": "JSONB"},
    "%({})s",
)

#: what full-text search covers: per table, the text columns indexed
SEARCH_COLUMNS = {"articles": ("headline", "description", "body"), "quotes": ("text", "speaker", "organisation")}


def view_statements(dialect: Dialect) -> list[str]:
    """The ``latest_*`` views, (re)created whenever a store opens (cheap, idempotent)."""
    create = "CREATE OR REPLACE VIEW" if dialect is POSTGRES else "CREATE VIEW IF NOT EXISTS"
    return [f"{create} latest_{t} AS {latest_view_sql(t)}" for t in LATEST_VIEWS]


def sqlite_search_statements(table: str) -> list[str]:
    """An FTS5 index ``<table>_search`` over ``table``'s text, kept current by triggers.

    ``articles_search`` reads its text from ``articles`` (its rowid is the article's
    ``id``); a part's index keeps its own copy with the part's ``article_id`` and
    ``position`` (a part's SQLite rowid is not stable across ``VACUUM``).
    """
    cols = SEARCH_COLUMNS[table]
    names = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    fts = f"{table}_search"
    tokenize = "tokenize='unicode61 remove_diacritics 2'"
    if table == "articles":
        create = f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({names}, content='{table}', content_rowid='id', {tokenize})"
        delete = f"INSERT INTO {fts} ({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
        insert = f"INSERT INTO {fts} (rowid, {names}) VALUES (new.id, {new});"
    else:
        create = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({names}, "
                  f"article_id UNINDEXED, position UNINDEXED, {tokenize})")
        delete = f"DELETE FROM {fts} WHERE article_id = old.article_id AND position = old.position;"
        insert = (f"INSERT INTO {fts} ({names}, article_id, position) "
                  f"VALUES ({new}, new.article_id, new.position);")
    return [
        create,
        f"CREATE TRIGGER IF NOT EXISTS {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_update AFTER UPDATE OF {names} ON {table} BEGIN {delete} {insert} END",
    ]


def sqlite_search_backfill(table: str) -> str:
    """Index the rows a store held before its ``<table>_search`` existed."""
    fts = f"{table}_search"
    if table == "articles":
        return f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')"
    names = ", ".join(SEARCH_COLUMNS[table])
    return f"INSERT INTO {fts} ({names}, article_id, position) SELECT {names}, article_id, position FROM {table}"


def postgres_search_statements(table: str) -> list[str]:
    """A GIN index over ``table``'s text and a ``<table>_search`` view whose ``document``
    column is the indexed expression (so ``document @@ websearch_to_tsquery(...)`` uses it)."""
    document = " || ' ' || ".join(f"coalesce({c}, '')" for c in SEARCH_COLUMNS[table])
    vector = f"to_tsvector('simple', {document})"
    return [
        f"CREATE INDEX IF NOT EXISTS {table}_search_idx ON {table} USING GIN (({vector}))",
        f"CREATE OR REPLACE VIEW {table}_search AS SELECT *, {vector} AS document FROM {table}",
    ]


#: ``store_meta`` keeps the layout version; the first store to open a database creates it.
META_TABLE = "CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


# -- from a record to rows ----------------------------------------------------------------


def url_key(url: str) -> str:
    """The form of a URL that identifies an article: canonical query order, no fragment."""
    return canonicalize_url(url.strip())


def content_hash(record: dict[str, Any]) -> str:
    """What decides whether a re-crawled article changed: its headline and body."""
    text = f"{record.get('headline') or ''}\n\n{record.get('body') or ''}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_row(record: dict[str, Any], *, version: int, stored_at: str) -> dict[str, Any]:
    """The ``articles`` row of one version of a record (JSON columns still Python objects)."""
    row = {name: record.get(name) for name in TABLE["articles"].column_names}
    row.update(
        url_key=url_key(record["url"]),
        version=version,
        is_latest=True,
        content_hash=content_hash(record),
        stored_at=stored_at,
        last_seen_at=stored_at,
        authors=list(record.get("authors") or []),
        record=record,
    )
    return row


def part_rows(record: dict[str, Any], article_id: int) -> dict[str, list[dict[str, Any]]]:
    """Rows of ``organisations``, ``quotes``, ``demands`` and ``events`` for one article version."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in PART_TABLES:
        names = TABLE[table].column_names
        rows[table] = [
            {**{n: part.get(n) for n in names}, "article_id": article_id, "position": i}
            for i, part in enumerate(record.get(table) or [])
        ]
    event = record.get("event")
    rows["events"] = []
    if event:
        row = {n: event.get(n) for n in TABLE["events"].column_names}
        row.update(article_id=article_id, tactics=list(event.get("tactics") or []),
                   slogans=list(event.get("slogans") or []))
        rows["events"].append(row)
    return rows


@lru_cache(maxsize=16)
def json_columns(table: str) -> tuple[str, ...]:
    return tuple(c.name for c in TABLE[table].columns if c.type == "json")
