"""Downloader components: what may be fetched, and how politely.

``seen_articles`` skips article URLs the store already holds, ``redirect_guard``
refuses redirects to private addresses, ``address_guard`` is the download handler
that checks the address actually connected to, ``backoff`` honours Retry-After.
"""
