"""Language resources for 'ru' (Russian): one module per topic (see rallycrawl.extraction.lang)."""
