"""Spiders discover and fetch pages; they know nothing of extraction."""
