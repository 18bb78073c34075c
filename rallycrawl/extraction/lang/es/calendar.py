"""Spanish month and weekday names (lower case; abbreviations included)."""

MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4, "mayo": 5,
    "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
    "sep": 9, "sept": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
#: words between a day and its month ("7 *de* abril de 2021"), and between a month and its year
#: ("7 de abril *de* 2021", "7 de abril *del* 2021")
MONTH_LINKS = ("de",)
YEAR_LINKS = ("de", "del")
#: other weekday forms and their numbers (Monday 0), beside WEEKDAYS: without their accents
WEEKDAY_NUMBERS = {"miercoles": 2, "sabado": 5}
