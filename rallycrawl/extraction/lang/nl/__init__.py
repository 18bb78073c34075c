"""Language resources for 'nl': one module per topic (see rallycrawl.extraction.lang)."""
