"""Language resources for 'fr': one module per topic (see rallycrawl.extraction.lang)."""
