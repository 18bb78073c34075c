"""Language resources for 'en': one module per topic (see rallycrawl.extraction.lang)."""
