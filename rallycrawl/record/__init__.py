"""The article record: rallycrawl's output contract, defined once (see ``docs/record.md``).

:mod:`.fields` holds the record's keys and parts with their metadata; :mod:`.validate`
checks a record against them; :mod:`.views` derives the CSV columns; the stores'
tables come from the same metadata (:mod:`rallycrawl.stores.schema`), and so do the
tables of ``docs/record.md`` (:mod:`.docs`).  No Scrapy import here.
"""

from .fields import (
    ADDED_KEYS,
    ADDED_PART_KEYS,
    DEMAND_SOURCES,
    ORGANISATION_ROLES,
    PART_FIELDS,
    PARTS,
    QUOTE_KINDS,
    RECORD_FIELDS,
    SCHEMA_VERSION,
    ArticleRecord,
    Demand,
    Event,
    FieldSpec,
    Organisation,
    Quote,
    spec_of,
    specs,
    utc_now,
    with_added_keys,
)
from .validate import DATE_FORMS, RecordError, validate_record

__all__ = [
    "ADDED_KEYS", "ADDED_PART_KEYS", "DATE_FORMS", "DEMAND_SOURCES", "ORGANISATION_ROLES", "PART_FIELDS",
    "PARTS", "QUOTE_KINDS", "RECORD_FIELDS", "SCHEMA_VERSION", "ArticleRecord", "Demand", "Event",
    "FieldSpec", "Organisation", "Quote", "RecordError", "spec_of", "specs", "utc_now", "validate_record",
    "with_added_keys",
]
