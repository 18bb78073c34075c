"""Finding article URLs on news sites: link classes, URL dates, trap guards, feeds and sitemaps.

Pure functions and small stateful guards; the ``news`` spider does the fetching.
"""
