import re
from datetime import datetime, timezone

from rallycrawl.utils.clock import utc_now


def test_utc_now_is_iso_to_the_second_with_the_utc_offset():
    stamp = utc_now()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", stamp)
    assert abs((datetime.fromisoformat(stamp) - datetime.now(timezone.utc)).total_seconds()) < 5


def test_one_definition_serves_extraction_spiders_and_stores():
    from rallycrawl.extraction import article
    from rallycrawl.spiders import base as spiders_base
    from rallycrawl.stores import base as stores_base

    assert article.utc_now is spiders_base.utc_now is stores_base.utc_now is utc_now
