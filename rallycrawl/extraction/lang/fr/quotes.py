"""French words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

REPORTING_VERBS = frozenset("""
dit déclaré déclare affirmé affirme expliqué explique ajouté ajoute souligné souligne indiqué indique
estimé estime assuré assure précisé précise confié confie lancé martelé martèle insisté insiste
rappelé rappelle averti avertit reconnu reconnaît regretté regrette dénoncé dénonce répondu répond
poursuit résume raconte raconté témoigne témoigné écrit glisse glissé soupire soupiré juge jugé
tranche tranché déplore déploré s'indigne lâche lâché résumé observe observé commente commenté
note noté constate constaté conclut conclu prévient prévenu détaille détaillé annonce annoncé
nuance nuancé souffle soufflé sourit s'inquiète s'insurge s'emporte poursuivi
selon d'après
demande demandé s'interroge interroge questionne réagi réagit fustige fustigé s'exclame s'agace
s'étonne s'alarme ironise ironisé réclame réclamé exige exigé plaide plaidé défend défendu argue
argué avance avancé rétorque rétorqué réplique répliqué renchérit renchéri tempête fulmine assène
asséné reprend enchaîne enchaîné admet admis concède concédé considère considéré alerte alerté
accuse accusé critique critiqué salue salué confirme confirmé décrit
cite citait
""".split())
TWO_WORD_CUES = frozenset()
SOURCE_CUES = frozenset({("selon",), ("d'après",)})
AUXILIARIES = frozenset("a ont avait".split())
SINGULAR_PRONOUNS = {"il": "m", "elle": "f"}
PLURAL_PRONOUNS = frozenset("ils elles nous".split())
TITLES = frozenset("""
m. mme madame monsieur ministre maire député députée porte-parole président présidente secrétaire
général générale directeur directrice sénateur sénatrice dirigeant dirigeante responsable délégué
déléguée
""".split())
GENDERED_TITLES = {"m.": "m", "mme": "f", "madame": "f", "monsieur": "m", "présidente": "f",
                   "directrice": "f", "députée": "f", "sénatrice": "f", "dirigeante": "f", "déléguée": "f"}
#: the attribution may stand inside the quotation marks: « …, affirme-t-elle. … »
INCISE_IN_QUOTES = True
#: endings of compound nouns that are titles (German "Polizeisprecher"); none here
TITLE_ENDINGS = ()

#: a sentence opening with one of these gives what it quotes to whom it names next
#: ('Pour la CGT, « … »', 'Pour Jean Dupont, délégué syndical, « … »'): rule ``viewpoint_cue``
VIEWPOINT_BEFORE_NAME = frozenset({("pour",), ("aux", "yeux", "de"), ("aux", "yeux", "du"), ("à", "en", "croire"),
                                   ("a", "en", "croire"), ("selon", "les", "mots", "de")})
#: ... or to the person a pronoun or possessive means, with its gender (None: either)
VIEWPOINT_PHRASES = {
    ("pour", "lui"): "m", ("pour", "elle"): "f", ("à", "ses", "yeux"): None, ("a", "ses", "yeux"): None,
    ("à", "son", "avis"): None, ("a", "son", "avis"): None, ("selon", "ses", "mots"): None,
    ("à", "l'entendre"): None, ("à", "l’entendre"): None,
}
#: impersonal attributions right after a quotation: nobody is named, and nobody is borrowed
#: from around it ('« … », peut-on lire dans le communiqué'): rule ``impersonal_cue``
IMPERSONAL_CUES = frozenset({("peut-on",), ("lit-on",), ("entend-on",), ("dit-on",)})

#: role nouns that, after "le"/"la"/"l'", name a person the article introduced ('la syndicaliste a appelé',
#: 's'inquiète la jeune femme'), with the gender they tell (None: the article tells it): rule ``language_roles``
ROLE_NOUNS = {
    "syndicaliste": None, "militant": "m", "militante": "f", "porte-parole": None, "responsable": None,
    "dirigeant": "m", "dirigeante": "f", "secrétaire": None, "ministre": None, "président": "m",
    "présidente": "f", "député": "m", "députée": "f", "maire": None, "élu": "m", "élue": "f",
    "manifestant": "m", "manifestante": "f", "étudiant": "m", "étudiante": "f", "enseignant": "m",
    "enseignante": "f", "professeur": None, "professeure": "f", "femme": "f", "homme": "m",
    "retraité": "m", "retraitée": "f", "infirmier": "m", "infirmière": "f", "salarié": "m", "salariée": "f",
    "ouvrier": "m", "ouvrière": "f", "cheminot": "m", "délégué": "m", "déléguée": "f", "mère": "f",
    "père": "m", "avocat": "m", "avocate": "f", "sénateur": "m", "sénatrice": "f", "directeur": "m",
    "directrice": "f", "proviseur": "m", "proviseure": "f", "préfet": "m", "préfète": "f", "agriculteur": "m",
    "agricultrice": "f", "éleveur": "m", "éleveuse": "f", "habitant": "m", "habitante": "f", "lycéen": "m",
    "lycéenne": "f", "chercheur": "m", "chercheuse": "f", "chef": None, "patron": "m", "patronne": "f",
}
#: nouns that, after "le"/"la"/"l'", name an organisation the article introduced ('a indiqué la préfecture')
ORG_ROLE_NOUNS = frozenset("""
syndicat entreprise société groupe collectif association gouvernement ministère préfecture mairie intersyndicale
organisation fédération confédération mouvement parti direction rectorat
""".split())
#: the gender a singular article gives the noun after it
ARTICLE_GENDERS = {"le": "m", "la": "f"}

#: nouns for somebody unnamed who speaks for an organisation ('a indiqué un porte-parole de la
#: préfecture', 'selon une source syndicale'): with an organisation after them the organisation
#: speaks, else nobody (rule ``unnamed_member``); the words that join them to it; plural sources
MEMBER_NOUNS = frozenset("porte-parole membre source sources responsable représentant représentante cadre".split())
MEMBER_LINKS = frozenset("de du des d'".split())
MEMBER_PLURALS = frozenset("sources".split())

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset("les".split())
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("ans",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("cite citait".split())
#: pronouns after a source word that name the person it means ('Selon lui, « … »', 'D'après elle');
#: None: several people, nobody: rule ``source_pronoun``
SOURCE_PRONOUNS = {"lui": "m", "elle": "f", "eux": None, "elles": None}
