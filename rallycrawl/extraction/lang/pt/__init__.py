"""Language resources for 'pt': one module per topic (see rallycrawl.extraction.lang)."""
