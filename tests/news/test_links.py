"""The link classifier and URL dates, on URLs written the way news sites write them."""

from datetime import date

import pytest

from rallycrawl.discovery.links import LinkKind, classify_link, url_date_range

ARTICLES = [
    "https://news.example.org/2021/04/07/students-march-on-city-hall/",
    "https://news.example.org/world/2021/apr/07/nurses-strike-over-staffing",
    "https://news.example.org/news/world-europe-56612345",
    "https://news.example.org/local/teachers-walk-out-over-pay-cuts.html",
    "https://news.example.org/story/12345678",
    "https://news.example.org/politics/article/tenant-union-holds-vigil",
    "https://news.example.org/news/20210407-strike-ends",
    "https://news.example.org/2021-04-07/dockworkers-blockade",
]
LISTINGS = [
    "https://news.example.org/",
    "https://news.example.org/index.html",
    "https://news.example.org/world/",
    "https://news.example.org/world/europe",
    "https://news.example.org/tag/climate-protest",
    "https://news.example.org/topics/labour/",
    "https://news.example.org/author/jane-doe/",
    "https://news.example.org/authors/jane-doe-and-john-roe-at-large",
    "https://news.example.org/world/page/2/",
    "https://news.example.org/world?page=3",
    "https://news.example.org/2021/04/",
    "https://news.example.org/2021/04/07/",
    "https://news.example.org/category/local-news/",
]
SKIPPED = [
    "https://news.example.org/video/crowds-gather-outside-parliament-in-the-rain",
    "https://news.example.org/news/in-pictures/march-for-the-climate",
    "https://news.example.org/gallery/2021/04/07/protest-photos-from-the-square",
    "https://news.example.org/podcasts/the-week-in-protest",
    "https://news.example.org/files/report-on-the-protest-2021.pdf",
    "https://news.example.org/images/2021/04/crowd.jpg",
    "https://news.example.org/newsletters/sign-up",
    "https://news.example.org/login?next=/2021/04/07/students-march",
    "https://news.example.org/2021/04/07/students-march?share=facebook",
    "mailto:desk@news.example.org",
    "ftp://news.example.org/2021/04/07/students-march-on-city-hall",
]


@pytest.mark.parametrize("url", ARTICLES)
def test_articles(url):
    assert classify_link(url).kind is LinkKind.ARTICLE, classify_link(url)


@pytest.mark.parametrize("url", LISTINGS)
def test_listings(url):
    assert classify_link(url).kind is LinkKind.LISTING, classify_link(url)


@pytest.mark.parametrize("url", SKIPPED)
def test_skipped(url):
    assert classify_link(url).kind is LinkKind.SKIP, classify_link(url)


def test_rel_and_link_text():
    assert classify_link("https://n.example.org/x/climate", rel="tag").kind is LinkKind.LISTING
    assert classify_link("https://n.example.org/x/2", rel="next").kind is LinkKind.LISTING
    headline = "Thousands rally in the capital against the new housing law"
    assert classify_link("https://n.example.org/p/xq7", text=headline).kind is LinkKind.ARTICLE
    assert classify_link("https://n.example.org/node/123/view").kind is LinkKind.UNKNOWN


@pytest.mark.parametrize(
    ("url", "span"),
    [
        ("https://n.example.org/2021/04/07/slug-of-story", (date(2021, 4, 7), date(2021, 4, 7))),
        ("https://n.example.org/2021/4/7/slug", (date(2021, 4, 7), date(2021, 4, 7))),
        ("https://n.example.org/2021/04/", (date(2021, 4, 1), date(2021, 4, 30))),
        ("https://n.example.org/2020/02/slug", (date(2020, 2, 1), date(2020, 2, 29))),
        ("https://n.example.org/2021/12/", (date(2021, 12, 1), date(2021, 12, 31))),
        ("https://n.example.org/news/20210407-strike", (date(2021, 4, 7), date(2021, 4, 7))),
        ("https://n.example.org/2021-04-07-slug", (date(2021, 4, 7), date(2021, 4, 7))),
        ("https://n.example.org/news/world-56612345", None),
        ("https://n.example.org/2021/", None),
        ("https://n.example.org/2021/13/40/slug", None),
        ("https://n.example.org/x?date=2021-04-07", None),
    ],
)
def test_url_date_range(url, span):
    assert url_date_range(url) == span


def test_long_urls_are_fast():
    url = "https://n.example.org/" + "-".join(["word"] * 200_000) + "/" + "2021" * 50_000
    assert classify_link(url).kind in set(LinkKind)
    assert url_date_range("https://n.example.org/" + "2021/" * 100_000) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://n.example.org/2019/11/18/politics/council-vote-delayed/index.html",
        "https://n.example.org/en-us/news/us/doctors-offer-free-flu-shots-to-families/ar-BBWZedJ",
        "https://n.example.org/article/3834/1",
        "https://n.example.org/feather-duvet-lung.html",
        "https://n.example.org/news/news_view.html?idx=8723&page=1",
        "https://n.example.org/columnists/201911181077343476-royal-visit-draws-crowds/",
    ],
)
def test_articles_in_less_common_shapes(url):
    assert classify_link(url).kind is LinkKind.ARTICLE, classify_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://n.example.org/news/world/asia",
        "https://n.example.org/world/index.html",
        "https://n.example.org/news/news_list.html?page=3",
        "https://n.example.org/authors/jane-doe/2",
    ],
)
def test_listings_in_less_common_shapes(url):
    assert classify_link(url).kind is LinkKind.LISTING, classify_link(url)


def test_a_short_slug_is_only_a_guess():
    assert not classify_link("https://n.example.org/success-mindset/").certain
    assert classify_link("https://n.example.org/tag/climate").certain
