"""Language resources for 'de': one module per topic (see rallycrawl.extraction.lang)."""
