"""English attribution rules of round attr12 (issue 11): quotations that were given no speaker where a
reader sees one, and "he"/"she" reaching the person a reader means; each on paragraphs and names invented
for these tests, and switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def found(*paragraphs, language="en"):
    return extract_quotes(list(paragraphs), language=language).quotes


def speakers(*paragraphs, language="en"):
    return [q.speaker for q in found(*paragraphs, language=language)]


def test_relative_aside(rule_off):
    # a relative clause between commas after the name, before the verb: its last word is no subject
    said = ['"The march was peaceful," Ysolde Marrack, who organised it, told reporters.']
    assert speakers(*said) == ["Ysolde Marrack"]
    assert found(*said)[0].rule == "relative_aside"
    assert speakers('"It was calm," Ysolde Marrack, a teacher who organised it, said.') == ["Ysolde Marrack"]
    assert speakers('"It was calm," Ysolde Marrack, 45, who organised it, said.') == ["Ysolde Marrack"]
    # the quotation before the sentence that names her
    after = ["Hundreds marched on Saturday.", '"The march was peaceful." Ms Ysolde Marrack, who organised it, told reporters the police kept away.']
    assert speakers(*after) == ["Ysolde Marrack"]
    # no comma before the relative word: the phrase is somebody unnamed
    assert speakers('"It was calm," the man who organised it said.') == [None]
    rule_off("relative_aside")
    assert speakers(*said) == [None]


def test_dash_signature(rule_off):
    signed = ['Supporters gathered outside. "We are not going away. We will be back." \u2013 Ysolde Marrack, organiser']
    assert speakers(*signed) == ["Ysolde Marrack"]
    assert speakers('"We will be back." \u2014 Corvin Aldersey, chair of the Larchmoor Tenants Association') == ["Corvin Aldersey"]
    assert speakers('"We will be back." - Ysolde Marrack, 45, from Larchmoor') == ["Ysolde Marrack"]
    # a sentence that goes on after the name, a possessive, a verb: no signature
    assert speakers('Voters chose "change" \u2013 Corvin Aldersey, the mayor, lost.') == [None]
    assert speakers('The film "Night Ferry" \u2013 Corvin Aldersey\'s debut \u2013 opens on Friday.') == [None]
    assert speakers('"We will be back." \u2013 Corvin Aldersey won the seat in 2019.') == [None]
    rule_off("dash_signature")
    assert speakers(*signed) == [None]


def test_article_modifier_surname(rule_off):
    text = ['Olvar Brenholt won in three sets. "My legs gave out in the last set," the 12th-ranked Brenholt said. "I played well."']
    assert speakers(*text) == ["Olvar Brenholt", "Olvar Brenholt"]
    assert speakers('Olvar Brenholt won. "It was close," the second-seeded Brenholt told reporters.') == ["Olvar Brenholt"]
    # a surname nobody was named with before: nobody
    assert speakers('"My legs gave out in the last set," the 12th-ranked Brenholt said.') == [None]
    rule_off("article_modifier_surname")
    assert speakers(*text) == [None, None]


def test_statement_brand(rule_off):
    before = ['Google said in a statement: "We take these reports seriously."']
    assert speakers(*before) == ["Google"]
    assert speakers('"We take these reports seriously," Larchmoor said in a statement.') == ["Larchmoor"]
    # no statement, a word that opens sentences, a plural noun, an outlet: nobody
    assert speakers('Google said: "We take these reports seriously."') == [None]
    assert speakers('Later said in a statement: "We take these reports seriously."') == [None]
    assert speakers('Officers said in a statement: "We take these reports seriously."') == [None]
    assert speakers('Reuters said in a statement: "We take these reports seriously."') == [None]
    rule_off("statement_brand")
    assert speakers(*before) == [None]


def test_titled_pronoun(rule_off):
    text = ["The crowd cheered when Ms Marrack reached the stage.", '"We need more buses," she said.']
    assert speakers(*text) == ["Marrack"]
    both = ["Mr Aldersey led the march, joined by Ms Marrack.", '"We wrote three letters," she said.']
    assert speakers(*both) == ["Marrack"]
    assert speakers("The crowd cheered for Mr Aldersey and Ms Marrack.", '"We need more buses," he said.') == ["Aldersey"]
    rule_off("titled_pronoun")
    assert speakers(*text) == [None]


def test_possessive_words(rule_off):
    text = ["Ysolde Marrack was asked about the closure.", 'Her answer: "The park stays open."']
    assert speakers(*text) == ["Ysolde Marrack"]
    assert speakers("Corvin Aldersey was asked about the closure. His reply was short: \"No.\"") == ["Corvin Aldersey"]
    assert speakers("Marrack's message to the council was simple: \"Keep the park open.\"") == ["Marrack"]
    # nobody to mean, a plural possessor, a noun that is no speech: nobody
    assert speakers('Her reply: "No."') == [None]
    assert speakers("Her children's message was simple: \"Keep the park open.\"") == [None]
    rule_off("possessive_words")
    assert speakers(*text) == [None]


def test_modified_org_role(rule_off):
    text = ['The Larchmoor foreign ministry said it "regrets a plan that will harm the harbour".']
    assert speakers(*text) == ["Larchmoor foreign ministry"]
    assert speakers('"We regret the decision," said the Larchmoor city council.') == ["Larchmoor city council"]
    assert speakers("Larchmoor's foreign ministry said the move was \"a mistake\".") == ["Larchmoor's foreign ministry"]
    # lower-case words that are no name of an organisation
    assert speakers('"We regret it," Officials at the company said.') == [None]
    rule_off("modified_org_role")
    assert speakers(*text) == [None]


def test_with_participle(rule_off):
    text = ['Two councils criticised the plan, with Foreign Minister Ysolde Marrack warning of "a long winter of unrest".']
    assert speakers(*text) == ["Ysolde Marrack"]
    assert speakers('Residents protested, with Aldersey saying: "We will not move."') == ["Aldersey"]
    rule_off("with_participle")
    assert speakers(*text) == [None]


def test_expletive_fragment(rule_off):
    text = ['"For ten years, sales have fallen every spring," says analyst Corvin Aldersey. That has led to "endless belt-tightening".']
    assert speakers(*text) == ["Corvin Aldersey", "Corvin Aldersey"]
    there = ["Corvin Aldersey runs the ferry line.", '"Nobody wants a strike," he said. There could be trouble "if the ferries stop for good".']
    assert speakers(*there) == ["Corvin Aldersey", "Corvin Aldersey"]
    # a subject of its own ("Critics"): not the speaker before
    assert speakers('"We will be back," said Ysolde Marrack. Critics called it "a stunt".') == ["Ysolde Marrack", None]
    rule_off("expletive_fragment")
    assert speakers(*text) == ["Corvin Aldersey", None]


def test_object_points_back(rule_off):
    text = ['"The park stays open."', "Corvin Aldersey said as much on Monday."]
    assert speakers(*text) == ["Corvin Aldersey"]
    assert speakers('"The park stays open."', "Corvin Aldersey has said that more than once.") == ["Corvin Aldersey"]
    assert speakers("Ysolde Marrack spoke first.", '"The park stays open."', "Corvin Aldersey said so too.") == ["Corvin Aldersey"]
    # "that" opening a clause: no pointing back
    assert speakers('"The park stays open."', "Corvin Aldersey said that the council would meet.") == [None]
    assert speakers('"The park stays open."', "Corvin Aldersey said that, but the council disagreed.") == [None]
    rule_off("object_points_back")
    assert speakers(*text) == [None]


def test_scene_break(rule_off):
    separated = ["Corvin Aldersey opened the meeting.", "* * *", '"We have no choice," he said.']
    assert speakers(*separated) == [None]
    # a separator is one whatever its length (not cut off at a heading's word count)
    assert speakers("Corvin Aldersey opened the meeting.", "\u2014" * 30, '"We have no choice," he said.') == [None]
    assert speakers("Ysolde Marrack opened the meeting.", "___", "Henrik Aldersey spoke next.", '"We have no choice," she said.') == [None]
    assert speakers("Corvin Aldersey opened the meeting.", '"We have no choice," he said.') == ["Corvin Aldersey"]
    # a heading does not change the scene: the story under it goes on
    assert speakers("Corvin Aldersey opened the meeting.", "BUDGET CUTS", '"We have no choice," he said.') == ["Corvin Aldersey"]
    rule_off("scene_break")
    assert speakers(*separated) == ["Corvin Aldersey"]


def test_organisation_reports(rule_off):
    text = [
        "The Larchmoor Tenants Association said in a statement on Monday that the council had ignored it.",
        '"We wrote letters. Nobody answered."',
    ]
    assert speakers(*text) == ["Larchmoor Tenants Association"]
    wrote = ["In a letter to residents, the Larchmoor Tenants Association wrote:", '"We wrote letters. Nobody answered."']
    assert speakers(*wrote) == ["Larchmoor Tenants Association"]
    # a person who reports after the organisation is named: the person
    person = [
        "The Larchmoor Tenants Association organised the march. Corvin Aldersey, the mayor, said the council would respond.",
        '"We wrote letters."',
    ]
    assert speakers(*person) == ["Corvin Aldersey"]
    rule_off("organisation_reports")
    assert speakers(*text) == [None]


def test_possessive_statement(rule_off):
    text = ['The Larchmoor Tenants Association\'s statement read: "The closure is a betrayal."']
    assert speakers(*text) == ["Larchmoor Tenants Association"]
    assert speakers('"The closure is a betrayal," Ysolde Marrack\'s letter said.') == ["Ysolde Marrack"]
    # a relation of the possessor speaks, unnamed
    assert speakers('"The closure is a betrayal," Ysolde Marrack\'s lawyer said.') == [None]
    rule_off("possessive_statement")
    assert speakers(*text) == [None]


def test_name_given(rule_off):
    text = ['"We have had enough," said one protester, who gave only her first name, Maren.']
    assert speakers(*text) == ["Maren"]
    assert speakers('"We have had enough," said one protester, who asked to be identified only as Maren Marrack.') == ["Maren Marrack"]
    assert speakers('One protester, who gave only her first name, Maren, said: "We have had enough."') == ["Maren"]
    # no name given: nobody
    assert speakers('"We have had enough," said one protester, who declined to give her name.') == [None]
    rule_off("name_given")
    assert speakers(*text) == [None]


def test_group_not_institution(rule_off):
    text = ['The Larchmoor Tenants Association marched to the offices of Larchmoor Council. "We will be back," the group said.']
    assert speakers(*text) == ["Larchmoor Tenants Association"]
    # "the union", "the company": the one whose name says so, as before
    union = ['Members of the Harbour Workers Union marched past the Larchmoor Shipping Company. "We will not negotiate," the company said.']
    assert speakers(*union) == ["Larchmoor Shipping Company"]
    rule_off("group_not_institution")
    assert speakers(*text) == ["Larchmoor Council"]


def test_organisation_by_context(rule_off):
    group = ["Activists from Rising Tallow blocked the road.", '"We will be back," the group said.']
    assert speakers(*group) == ["Rising Tallow"]
    named = ['"We will block every road," said the climate group Green Larkspur.']
    assert speakers(*named) == ["Green Larkspur"]
    assert speakers('"We will block every road," the campaign group Green Larkspur said.') == ["Green Larkspur"]
    # a person after such a word stays a person
    assert speakers('"We will be back," said the group\'s founder, Maren Marrack.') == ["Maren Marrack"]
    rule_off("organisation_by_context")
    assert speakers(*group) == [None]


def test_statement_brand_of_several_words():
    # a name of common words, which is no person, speaking "in a statement": a group
    assert speakers('"We will block every road," Quiet Harbour said in a statement.') == ["Quiet Harbour"]
    assert speakers('Quiet Harbour said in a statement: "We will block every road."') == ["Quiet Harbour"]
    # a first name leads a person's name, no group's
    assert speakers('"We will act," Maren Quiet said in a statement.') == ["Maren Quiet"]


def test_compound_role(rule_off):
    text = ["Maren Marrack was defiant.", '"We are here for our children," the mother-of-three told the crowd.']
    assert speakers(*text) == ["Maren Marrack"]
    # the gender the noun tells skips a person of the other gender named since
    both = ["Henrik Aldersey was defiant. Maren Marrack agreed.", '"We are here for our children," the father-of-two said.']
    assert speakers(*both) == ["Henrik Aldersey"]
    assert speakers("Maren Marrack was defiant.", '"We are here," the 45-year-old mum-of-three said.') == ["Maren Marrack"]
    rule_off("compound_role")
    assert speakers(*text) == [None]
