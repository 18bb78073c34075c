"""Norwegian month and weekday names (lower case; abbreviations included, not "des", which is
a French and German word)."""

MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6,
    "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "desember": 12, "des": 12,
}
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
