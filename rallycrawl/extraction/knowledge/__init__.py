"""Cached adapters over maintained lexical libraries, one module per kind of knowledge.

They answer questions the rules ask (is this a common word of the language? a place?
a first name, and of which gender?) from data that was not written from our pages.
Each adapter loads its library lazily, once, and degrades to "don't know" when the
library is missing.
"""
