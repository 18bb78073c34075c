"""English attribution rules read on the unlabelled bench pages (branch spk-en): each on invented
sentences and names, and switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes
import pytest

#: (the rules off by default as tune-only are switched on here: each test shows what one does)
pytestmark = pytest.mark.usefixtures("tune_only_rules_on")


def speakers(*paragraphs, language="en"):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


def test_descriptor_noun(rule_off):
    # a job noun that is no title word ends the descriptor after the verb: the full name speaks
    former = ['"We will not back down," said former Harbour Union adviser Dara Quill.']
    aide = ['"The vote is close," said Kestrel Council aide Tam Brodie.']
    assert speakers(*former) == ["Dara Quill"]
    assert speakers(*aide) == ["Tam Brodie"]
    # a title word there already did so; a name without a first name after the noun is left alone
    assert speakers('"We will not back down," said Harbour Union president Dara Quill.') == ["Dara Quill"]
    rule_off("descriptor_noun")
    assert speakers(*former) == ["Harbour Union"]
    assert speakers(*aide) == ["Kestrel Council"]


def test_lead_and_team(rule_off):
    # a person, "and", a possessive and a noun for those they work with: the person speaks
    wrote = ['"We found a second leak," Ada Wolton and her team wrote in the survey.']
    known = ["Tam Brodie led the count.", '"The river is lower," Brodie and his colleagues said.']
    assert speakers(*wrote) == ["Ada Wolton"]
    assert speakers(*known) == ["Tam Brodie"]
    # two people named are still nobody, and somebody unnamed with a team is nobody
    assert speakers('"We found it," Ada Wolton and Tam Brodie wrote.') == [None]
    assert speakers('"We found it," the mayor and his team said.') == [None]
    rule_off("lead_and_team")
    assert speakers(*wrote) == [None]
    assert speakers(*known) == [None]


def test_first_person_nobody(rule_off):
    # the writer's "I" after the quotation, or after a verb read as a cue, names nobody
    told = ['"We will not back down," I told the mayor.']
    wrote = ['"Measure twice," I wrote in my notebook.']
    assert speakers(*told) == [None]
    assert speakers(*wrote) == [None]
    # a named speaker in the same sentence still speaks
    assert speakers('"We will not back down," said Tam Brodie, I was told.') == ["Tam Brodie"]
    rule_off("first_person_nobody")
    assert speakers(*told) == ["I"]
    assert speakers(*wrote) == ["I"]


def test_spokesperson_pronoun(rule_off):
    # "she"/"he" right after an organisation's unnamed spokesperson spoke: the organisation
    after = [
        "The striking cleaners do not want to disrupt flights, a spokeswoman for the Harbour Workers Union said.",
        '"They want public support," she said.',
    ]
    added = ['"We want a deal," a Harbour Workers Union spokesman said.', '"They are tired," he added.']
    assert speakers(*after) == ["Harbour Workers Union"]
    assert speakers(*added) == ["Harbour Workers Union", "Harbour Workers Union"]
    # somebody of that gender named since, a pronoun of the other gender, or too far on: not the organisation
    since = [after[0], "Tom Brant, a cleaner, marched too.", '"They want support," he said.']
    assert speakers(*since) == ["Tom Brant"]
    assert speakers(after[0], '"They want support," he said.') == [None]
    assert speakers(after[0], "The march went on.", "More people came.", after[1]) == [None]
    rule_off("spokesperson_pronoun")
    assert speakers(*after) == [None]


def test_unnamed_pronoun(rule_off):
    # "she" right after one person the article does not name spoke is that person: nobody, not a girl named before
    woman = [
        "Ada Wolton, seven, was among the children at the club.",
        "A woman who lives nearby said the riots were cruel.",
        'She said: "It is terrible."',
    ]
    teacher = [
        woman[0],
        "A teacher at the club said the riots were cruel. The teacher added that Mona Brill, 35, was recovering.",
        'She said: "It is terrible."',
    ]
    assert speakers(*woman) == [None]
    assert speakers(*teacher) == [None]
    # a man unnamed leaves "she" to the woman named; somebody named after the unnamed one spoke is meant
    man = [woman[0], "A man who lives nearby said the riots were cruel.", woman[2]]
    assert speakers(*man) == ["Ada Wolton"]
    later = ["A teacher said the riots were cruel.", "Ada Wolton agreed.", '"We are tired," she added.']
    assert speakers(*later) == ["Ada Wolton"]
    rule_off("unnamed_pronoun")
    assert speakers(*woman) == ["Ada Wolton"]
    assert speakers(*teacher) == ["Ada Wolton"]


def test_org_role_alias(rule_off):
    # "the force" after a police force was named is that force; with none named, nobody (never another organisation)
    named = ["Brindle Police named the man on Monday.", 'In a post online, the force said: "Extra patrols start at noon."']
    after = ["Brindle Police named the man on Monday.", '"Extra patrols start at noon," the force said.']
    assert speakers(*named) == ["Brindle Police"]
    assert speakers(*after) == ["Brindle Police"]
    assert speakers("The Harbour Union marched on Monday.", after[1]) == [None]
    rule_off("org_role_alias")
    assert speakers(*named) == [None]
    assert speakers(*after) == [None]


def test_viewpoint_for(rule_off):
    # 'For <name>,' opening the sentence of a quotation is a point of view, as German "für" and Spanish "para"
    text = ['For Dara Quill, "this is about dignity."']
    assert speakers(*text) == ["Dara Quill"]
    assert speakers('For years, the estate was "a forgotten place."') == [None]
    rule_off("viewpoint_cue")
    assert speakers(*text) == [None]


def test_unnamed_with_capitals(rule_off):
    # "a"/"one", capitalised words and a lower-case noun: one person unnamed, no speaker borrowed from before
    before = '"Our town is safe," said Dara Quill.'
    user = [before, '"Do not hide it," one Kestrel commenter wrote.']
    aide = [before, '"Do not hide it," said a Republican aide, who asked not to be named.']
    assert speakers(*user) == ["Dara Quill", None]
    assert speakers(*aide) == ["Dara Quill", None]
    # an organisation's spokesperson still speaks for it
    assert speakers(before, '"Do not hide it," a Harbour Union spokesman said.') == ["Dara Quill", "Harbour Union"]
    rule_off("unnamed_with_capitals")
    assert speakers(*user) == ["Dara Quill", "Dara Quill"]


BEFORE = '"Our town is safe," said Dara Quill.'


def test_unnamed_capitalised_noun(rule_off):
    # "a"/"one" and a capitalised noun (a party member): one person unnamed, never a speaker "Democrat"
    said = [BEFORE, '"Do not hide it," said one Democrat.']
    before = [BEFORE, '"Do not hide it," a Democrat said.']
    assert speakers(*said) == ["Dara Quill", None]
    assert speakers(*before) == ["Dara Quill", None]
    rule_off("unnamed_capitalised_noun")
    assert speakers(*said) == ["Dara Quill", "Democrat"]
    assert speakers(*before) == ["Dara Quill", "Dara Quill"]


def test_role_after_verb(rule_off):
    # "said the <noun>": one named with that role, else nobody (never borrowed)
    shop = [BEFORE, '"Do not hide it," said the shopkeeper.']
    named = ["Tom Brant, a shopkeeper, closed early.", '"Do not hide it," said the shopkeeper.']
    assert speakers(*shop) == ["Dara Quill", None]
    assert speakers(*named) == ["Tom Brant"]
    rule_off("role_after_verb")
    assert speakers(*shop) == ["Dara Quill", "Dara Quill"]


def test_bare_noun_after_verb(rule_off):
    # one lower-case noun after the verb: unnamed people, as before it ('organisers said')
    text = [BEFORE, '"Do not hide it," said witnesses.']
    assert speakers(*text) == ["Dara Quill", None]
    rule_off("bare_noun_after_verb")
    assert speakers(*text) == ["Dara Quill", "Dara Quill"]


def test_possessed_role(rule_off):
    # a role after a lower-case possessive is somebody unnamed
    text = [BEFORE, '"Do not hide it," the family\'s lawyer said.']
    assert speakers(*text) == ["Dara Quill", None]
    rule_off("possessed_role")
    assert speakers(*text) == ["Dara Quill", "Dara Quill"]


def test_quoted_as_saying(rule_off):
    # the object of a verb of quoting before "as" and the cue speaks, not the outlet
    named = ['The Star quoted Dara Quill as saying: "We will win."']
    spokesman = ['Reuters quoted a Harbour Union spokesman as saying the strike would "go on."']
    pronoun = ["Dara Quill spoke first.", 'The Star quoted her as saying: "We will win."']
    assert speakers(*named) == ["Dara Quill"]
    assert speakers(*spokesman) == ["Harbour Union"]
    assert speakers(*pronoun) == ["Dara Quill"]
    rule_off("quoted_as_saying")
    assert speakers(*named) == [None]
    assert speakers(*pronoun) == [None]


def test_more_english_reporting_verbs():
    # verbs and verb-particle cues English reporters use after a quotation (lang/en/quotes.py REPORTING_VERBS,
    # TWO_WORD_CUES): each names its subject as the speaker
    for cue in ("texted", "emailed", "murmured", "repeated", "shot back", "fired back", "summed up", "scoffed", "gushed", "confessed", "swore", "piped up"):
        assert speakers(f'"We will win," Dara Quill {cue}.') == ["Dara Quill"], cue


def test_role_noun_subject(rule_off):
    # "the <noun> said" with a noun no list of roles holds: the person introduced with it, else nobody
    text = ["Dara Quill, a landlord, marched on Monday.", "The crowd grew by noon.", '"We will win," the landlord said.']
    assert speakers(*text) == ["Dara Quill"]
    assert speakers("Dara Quill marched on Monday.", '"We will win," the landlord said.') == [None]
    rule_off("role_noun_subject")
    assert speakers(*text) == [None]


def test_acronym_descriptor(rule_off):
    # capitalised words holding an acronym open the descriptor: the name after the title speaks
    text = ['"We will win," said HWU Local 12 president Dara Quill.']
    assert speakers(*text) == ["Dara Quill"]
    rule_off("acronym_descriptor")
    assert speakers(*text) == ["HWU Local"]


def test_us_office_titles():
    # titles of US offices, written out or abbreviated, before a name (lang/en TITLES, _TITLE_ABBREVIATIONS)
    for title in ("Assemblywoman", "Councilmember", "Ald.", "Dist. Atty."):
        assert speakers(f'"We will win," said {title} Dara Quill.') == ["Dara Quill"], title


def test_unnamed_with_phrase(rule_off):
    # the phrase after the noun of one person unnamed is no part of who it is
    text = [BEFORE, '"Do not hide it," said one HWU operative in the state.']
    assert speakers(*text) == ["Dara Quill", None]
    # an organisation's spokesperson with a phrase after still speaks for it
    assert speakers(BEFORE, '"Do not hide it," a Harbour Union spokesman in Kestrel said.') == ["Dara Quill", "Harbour Union"]
    rule_off("unnamed_with_phrase")
    assert speakers(*text) == ["Dara Quill", "HWU"]


def test_possessive_spokesperson(rule_off):
    # an organisation's possessive and a spokesperson word: the organisation; a person's stays nobody
    text = ['"We will talk," the Harbour Union\'s spokesperson said.']
    assert speakers(*text) == ["Harbour Union"]
    assert speakers('"We will talk," Tom Brant\'s spokesman said.') == [None]
    rule_off("possessive_spokesperson")
    assert speakers(*text) == [None]


def test_colon_possessor(rule_off):
    # a paragraph closing on a possessive, a noun for what somebody says and a colon names who speaks next
    named = ["Dara Quill's message to the council:", '"We waited years."']
    pronoun = ["Dara Quill spoke at noon.", "Her reply:", '"We waited years."']
    assert speakers(*named) == ["Dara Quill"]
    assert speakers(*pronoun) == ["Dara Quill"]
    rule_off("colon_possessor")
    assert speakers(*named) == [None]
    assert speakers(*pronoun) == [None]


def test_passive_before_cue(rule_off):
    # the words between a subject and its cue ('was quoted as', 'can be heard') are no part of the subject
    quoted = ['"We will win," Dara Quill was quoted as saying.']
    heard = ['In the video, Dara Quill can be heard saying: "We will win."']
    assert speakers(*quoted) == ["Dara Quill"]
    assert speakers(*heard) == ["Dara Quill"]
    rule_off("passive_before_cue")
    assert speakers(*quoted) == [None]


def test_organisation_apposition_role(rule_off):
    # a name with an apposition saying what kind of group it is: "the <that noun>" means it
    coalition = ["The march was organised by Eastvale Rising, a coalition of tenant groups.", '"We will win," the coalition said.']
    group = ["Kestrel Watch, a local campaign group, organised the vigil.", '"We will win," the group said.']
    assert speakers(*coalition) == ["Eastvale Rising"]
    assert speakers(*group) == ["Kestrel Watch"]
    # a person with such an apposition is no organisation
    assert speakers("Dara Quill, a campaign group founder, spoke.", '"We will win," the group said.') == [None]
    rule_off("organisation_apposition_role")
    assert speakers(*coalition) == [None]
