"""Language resources for 'no' (Norwegian Bokmål; pages tagged "nb" or "nn" are read with
them too): one module per topic (see rallycrawl.extraction.lang)."""
