"""Attribution rules and data of stop 31 (spk31): people introduced by a role, named again by another noun or
only later.  Every sentence and name is written for these tests; each rule is also switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


# --- clergy nouns (ROLE_NOUNS, PERSON_ROLES, ROLE_SYNONYMS) ---------------------------------------------------

def test_a_priest_named_again_by_his_office():
    assert speakers(
        "O padre Joaquim Sobral visitou ontem o piquete.", "«Estas pessoas precisam de comer», disse o padre.", language="pt"
    ) == ["Joaquim Sobral"]
    assert speakers(
        "El párroco Joaquín Sobral visitó el piquete.", "La fábrica, del empresario Rubén Antúnez, está parada.",
        "«Esta gente tiene hambre», dijo el sacerdote.", language="es",
    ) == ["Joaquín Sobral"]
    assert speakers(
        "Le curé Jean Sobrier a rendu visite au piquet de grève.", "L'usine, de l'industriel Marc Conti, est à l'arrêt.",
        "« Ces gens ont faim », a dit le prêtre.", language="fr",
    ) == ["Jean Sobrier"]


def test_another_noun_for_the_priest_is_not_the_businessman_named_since():
    assert speakers(
        "Il parroco Luigi Sobrero ha visitato il presidio.", "La fabbrica, dell'imprenditore Mario Conti, è ferma.",
        "«Questa gente ha fame», ha detto il sacerdote.", language="it",
    ) == ["Luigi Sobrero"]


# --- role_noun_around_name -------------------------------------------------------------------------------------

# (the opening paragraph stands far from the quotation: its sentences are read for their names only)
VIGIL = [
    "O padre Joaquim Sobral juntou-se ontem à vigília dos trabalhadores da têxtil Lanifícios do Vale.",
    "Os trabalhadores estão sem salário. A empresa, detida pelo empresário Rui Antunes, alega dificuldades.",
    "«Esta gente tem fome», afirmou o sacerdote.",
]
VICAR = [
    "The vigil was led by the Rev. Tom Ashby, vicar of St Anne's, who opposes the eviction.",
    "The vicar told the crowd: “These families belong here.”",
]


def test_a_role_noun_before_the_name_in_a_sentence_read_for_names():
    assert speakers(*VIGIL, language="pt") == ["Joaquim Sobral"]


def test_a_role_noun_after_the_names_comma():
    assert speakers(*VICAR, language="en") == ["Tom Ashby"]


def test_role_noun_around_name_switched_off(rule_off):
    rule_off("role_noun_around_name")
    assert speakers(*VIGIL, language="pt") == ["Rui Antunes"]
    assert speakers(*VICAR, language="en") == ["St Anne"]


# --- role_named_later ------------------------------------------------------------------------------------------

CONSTABLE = [
    "The chief constable has defended the police response to the march. “My officers acted with restraint,” he told reporters.",
    "Chief Constable Peter Langley said footage would be reviewed. Organiser Mia Holt disagreed: “They kettled us for hours.”",
]
MAYOR = [
    "Die Bürgermeisterin hat den Protest als „verständlich, aber zu laut“ bezeichnet.",
    "Rathauschefin Karin Lohmeyer traf sich mit einer Abordnung. „Wir hören zu“, sagte sie.",
]


def test_an_office_named_before_its_holder():
    assert speakers(*CONSTABLE, language="en") == ["Peter Langley", "Mia Holt"]
    # (a synonym for the office, the holder named in the paragraph after)
    assert speakers(*MAYOR, language="de") == ["Karin Lohmeyer", "Karin Lohmeyer"]


def test_the_holder_named_in_the_paragraph_after_the_last_quotation():
    assert speakers(
        "The minister has defended the cuts. “We had no choice,” she told MPs.",
        "Later, Health Minister Ruth Kaye announced a review.", language="en",
    ) == ["Ruth Kaye"]
    assert speakers(
        "La préfète a justifié l'interdiction. « La sécurité prime », a-t-elle déclaré.",
        "La préfète Claire Vasseur a reçu les organisateurs lundi.", language="fr",
    ) == ["Claire Vasseur"]
    assert speakers(
        "La alcaldesa ha calificado la protesta de «legítima pero desproporcionada».",
        "La alcaldesa, Marta Ibáñez, recibió a una delegación vecinal.", language="es",
    ) == ["Marta Ibáñez"]


def test_nobody_with_that_role_named_later_is_nobody():
    assert speakers(
        "The mayor has criticised the blockade. “This helps nobody,” he said.",
        "Protest organiser Jim Bell disagreed.", language="en",
    ) == [None]
    # (another office)
    assert speakers(
        "The minister has defended the cuts. “We had no choice,” she told MPs.",
        "Labour MP Dan Cole said: “She had every choice.”", language="en",
    ) == [None, "Dan Cole"]


def test_role_named_later_switched_off(rule_off):
    rule_off("role_named_later")
    assert speakers(*CONSTABLE, language="en") == [None, "Mia Holt"]
    assert speakers(*MAYOR, language="de") == [None, "Karin Lohmeyer"]


# --- presented_person -------------------------------------------------------------------------------------------

PRESENTED = {
    "en": ["Among the marchers was Edna Pollard, 79, a retired nurse.", "“I marched in 1984 and I'm marching now.”"],
    "de": ["Unter den Demonstrierenden war auch Gertrud Wiesner (64).", "„Ich bin seit dreißig Jahren dabei.“"],
    "it": ["Tra i manifestanti c'era anche Lucia Ferrante, 74 anni, pensionata.", "«Ho lavorato qui quarant'anni»."],
    "pt": ["Entre os manifestantes estava também Rosa Lemos, de 80 anos, aposentada.", "“Trabalhei aqui a vida toda.”"],
    "fr": ["Parmi les manifestants, il y avait aussi Jeanne Morel, 77 ans, ancienne ouvrière.", "« J'ai fait ma première grève à seize ans. »"],
    "nl": ["Onder de demonstranten was ook Truus de Boer (81), oud-verpleegster.", "“Ik loop al vijftig jaar mee.”"],
}
WANT = {"en": "Edna Pollard", "de": "Gertrud Wiesner", "it": "Lucia Ferrante", "pt": "Rosa Lemos", "fr": "Jeanne Morel",
        "nl": "Truus de Boer"}


def test_a_quotation_alone_after_a_sentence_presenting_one_person():
    for language, paragraphs in PRESENTED.items():
        assert speakers(*paragraphs, language=language) == [WANT[language]], language
    # (in the same paragraph; after a title)
    assert speakers("Among the marchers was Edna Pollard, 79. “I marched in 1984.”", language="en") == ["Edna Pollard"]
    assert speakers("Among the speakers was Mayor Jo Kent.", "“I stand with you.”", language="en") == ["Jo Kent"]


def test_a_groups_words_or_several_people_presented_are_nobodys():
    assert speakers(PRESENTED["en"][0], "“We marched in 1984 and we're marching now.”", language="en") == [None]
    assert speakers("Unter den Rednern war auch Jan Kolbe.", "„Wir haben keine Wahl.“", language="de") == [None]
    assert speakers(
        "Among the marchers was Edna Pollard and her husband Jim Pollard.", "“I marched in 1984.”", language="en"
    ) == [None]


def test_a_sentence_between_or_a_speaker_named_leaves_the_presented_person():
    assert speakers(PRESENTED["en"][0], "“This plan is dead,” said organiser Tim Rowe.", language="en") == ["Tim Rowe"]
    assert speakers(PRESENTED["en"][0], "Police estimated the crowd at 2,000.", "“I have never seen so many people.”",
                    language="en") != ["Edna Pollard"]


def test_presented_person_switched_off(rule_off):
    rule_off("presented_person")
    assert speakers(*PRESENTED["en"], language="en") == [None]
    assert speakers(*PRESENTED["it"], language="it") == [None]


# --- asked_participle_alone -------------------------------------------------------------------------------------

ASKED = {
    "pt": ("Procurada, a prefeita Ana Lemos disse que “os ganhos aumentaram”.", "Ana Lemos"),
    "es": ("Consultada, la alcaldesa Marta Ibáñez respondió que «la obra sigue adelante».", "Marta Ibáñez"),
    "it": ("Contattata, la sindaca Anna Ricci ha spiegato che «il cantiere ripartirà».", "Anna Ricci"),
}


def test_a_participle_of_asking_alone_before_its_comma():
    for language, (sentence, want) in ASKED.items():
        assert speakers(sentence, language=language) == [want], language
    assert speakers(
        "Procurada, a empresa Entrega Rápida disse, por meio de sua assessoria, que “os ganhos aumentaram”.", language="pt"
    ) == ["Entrega Rápida"]


def test_asked_participle_alone_switched_off(rule_off):
    rule_off("asked_participle_alone")
    assert speakers(ASKED["pt"][0], language="pt") == ["Procurada"]


# --- legal_form_org (people.py) ------------------------------------------------------------------------------------

COMPANY = ["Die Kellmann GmbH hat den Tarifvertrag gekündigt.", "„Wir bieten faire Löhne“, sagte das Unternehmen."]


def test_a_name_ending_in_a_legal_form_is_a_company():
    assert speakers(*COMPANY, language="de") == ["Kellmann GmbH"]
    from rallycrawl.extraction.people import read_name

    assert read_name(["Ceramiche", "Valdarno", "SpA"]).is_org
    assert not read_name(["Anna", "Koch"]).is_org


def test_legal_form_org_switched_off(rule_off):
    rule_off("legal_form_org")
    assert speakers(*COMPANY, language="de") == [None]


# --- org_noun_adjective ---------------------------------------------------------------------------------------------

UNIONS = {
    "es": ("«Hemos cerrado el acuerdo», aseguró el sindicato mayoritario Unión Portuaria.", "Unión Portuaria"),
    "it": ("«Abbiamo chiuso l'accordo», ha detto il sindacato autonomo Unione Portuali.", "Unione Portuali"),
    "fr": ("« Nous avons signé », a indiqué le syndicat majoritaire Union Portuaire.", "Union Portuaire"),
    "pt": ("“Fechámos o acordo”, disse o sindicato maioritário União Portuária.", "União Portuária"),
}


def test_an_adjective_between_the_organisation_noun_and_its_name():
    for language, (sentence, want) in UNIONS.items():
        assert speakers(sentence, language=language) == [want], language
    # (as the subject, and "patronal" among the Spanish organisation nouns)
    assert speakers("La patronal hotelera Hostelmar replicó que «los datos reales rondan el 30%».", language="es") == [
        "Hostelmar"
    ]
    assert speakers("«La huelga ha sido un éxito», aseguró el sindicato SIT.",
                    "«Los datos reales rondan el 30%», replicó la patronal Hostelmar.", language="es") == ["SIT", "Hostelmar"]


def test_org_noun_adjective_switched_off(rule_off):
    rule_off("org_noun_adjective")
    assert speakers(UNIONS["es"][0], language="es") == [None]


def test_a_role_noun_before_the_names_comma():
    paragraphs = [
        "The blaze was brought under control after midnight, the county's deputy fire chief, Martin Greeley, said.",
        "Protesters said a flare had been thrown. Police have not confirmed that account.",
        "“We are not in a position to say how this started,” the deputy chief said on Sunday.",
    ]
    assert speakers(*paragraphs, language="en") == ["Martin Greeley"]


def test_the_trust_is_an_organisation_noun():
    assert speakers(
        "Nurses marched to the offices of the Fenwick Health Trust on Monday.",
        "The trust said in a statement that it “values every member of staff”.", language="en",
    ) == ["Fenwick Health Trust"]


# --- conjunction_not_verb -------------------------------------------------------------------------------------------

MAYOR_ES = ("El alcalde de Torrelosa, Fermín Escartín, aseguró que el Ayuntamiento «no tiene competencias», aunque se "
            "comprometió a trasladar las quejas a la Consejería.")


def test_a_conjunction_after_the_quotation_opens_a_clause_of_its_own():
    assert speakers(MAYOR_ES, language="es") == ["Fermín Escartín"]
    assert speakers("Il sindaco Marco Neri ha detto che il Comune «farà il possibile», mentre la Regione tace.",
                    language="it") == ["Marco Neri"]
    assert speakers("Bürgermeister Jan Kolbe sagte, die Stadt werde „alles tun“, während die Landesregierung schweigt.",
                    language="de") == ["Jan Kolbe"]
    # ("wie" names the speaker after it)
    assert speakers("„Wir bleiben“, wie Bürgermeister Jan Kolbe betonte.", language="de") == ["Jan Kolbe"]


def test_conjunction_not_verb_switched_off(rule_off):
    rule_off("conjunction_not_verb")
    assert speakers(MAYOR_ES, language="es") == ["Consejería"]


# --- descriptor_phrase_subject --------------------------------------------------------------------------------------

RETIRED = ["Retired teacher Joan Price, 72, was angry.", "“I am furious.”"]


def test_descriptor_phrase_subject_is_off_by_default():
    assert speakers(*RETIRED, language="en") == [None]


def test_a_descriptor_phrase_before_the_opening_name(tune_only_rules_on):
    assert speakers(*RETIRED, language="en") == ["Joan Price"]
    assert speakers("Local resident Joan Price was furious.", "“I am furious.”", language="en") == ["Joan Price"]
    # (a verb before the name: the name is its object)
    assert speakers("Big crowds met President Joe Biden.", "“We love him.”", language="en") == [None]


def test_descriptor_phrase_subject_switched_off(tune_only_rules_on, rule_off):
    rule_off("descriptor_phrase_subject")
    assert speakers(*RETIRED, language="en") == [None]


# --- French "auprès de" among INTERVIEW_PHRASES ----------------------------------------------------------------------

def test_aupres_de_an_outlet_between_the_verb_and_its_subject():
    assert speakers("« C'est inacceptable », a réagi auprès de l'AFP le délégué CGT Paul Martin.", language="fr") == [
        "Paul Martin"
    ]
    assert speakers("« C'est inacceptable », a déclaré auprès du Parisien la maire Anne Roux.", language="fr") == [
        "Anne Roux"
    ]


# --- source_sentence ------------------------------------------------------------------------------------------------

SOURCES = {
    "en": (["According to Jane Ost, the situation is serious. “We cannot go on.”"], "Jane Ost"),
    "de": (["Laut Jana Ost ist die Lage ernst. „Wir können nicht mehr.“"], "Jana Ost"),
    "fr": (["Selon Jeanne Ost, la situation est grave. « On n'en peut plus. »"], "Jeanne Ost"),
    "it": (["Secondo Giulia Conti la situazione è grave. «Non ce la facciamo più»."], "Giulia Conti"),
    "pt": (["Segundo Ana Reis, a situação é grave. “Não aguentamos mais.”"], "Ana Reis"),
    "nl": (["Volgens Sanne Bos is de maat vol.", "“We pikken dit niet langer.”"], "Sanne Bos"),
}


def test_a_quotation_alone_after_a_sentence_reporting_a_source():
    for language, (paragraphs, want) in SOURCES.items():
        assert speakers(*paragraphs, language=language) == [want], language


def test_an_organisation_as_the_source_keeps_its_longer_name_for_a_later_noun():
    assert speakers(
        "Según la Consejería de Educación, el seguimiento de la huelga fue del 18 %.",
        "El departamento añadió que los servicios mínimos «se han cumplido».", language="es",
    ) == ["Consejería de Educación"]


def test_source_sentence_switched_off(rule_off):
    rule_off("source_sentence")
    assert speakers(*SOURCES["en"][0], language="en") == [None]


# --- fronted_clause_verb_subject ------------------------------------------------------------------------------------

FRONTED = ["Ob die Schließung noch abgewendet werden kann, ließ Bürgermeisterin Gesine Wolf offen. „Die Kassenlage ist dramatisch.“"]


def test_the_subject_after_a_fronted_clause_and_the_verb():
    assert speakers(*FRONTED, language="de") == ["Gesine Wolf"]
    assert speakers("Toen de politie kwam, nam Anna Berg het woord. “We blijven.”", language="nl") == ["Anna Berg"]
    assert speakers("Gesine Wolf ist Bürgermeisterin.",
                    "Ob die Schließung abgewendet werden kann, ließ sie offen. „Die Kassenlage ist dramatisch.“",
                    language="de") == ["Gesine Wolf"]
    # (a plural verb before "sie": several people)
    assert speakers("Anna Berg und Jan Kolbe sind Eltern.", "Ob die Schule bleibt, ließen sie offen. „Wir hoffen es.“",
                    language="de") == [None]


def test_fronted_clause_verb_subject_switched_off(rule_off):
    rule_off("fronted_clause_verb_subject")
    assert speakers(*FRONTED, language="de") == [None]


# --- PRESENTING_PHRASES (presented_person) and viewpoint_source_sentence --------------------------------------------

def test_a_phrase_presenting_one_person():
    assert speakers("One of them is Jane Ost, a nurse.", "“I have not slept for days.”", language="en") == ["Jane Ost"]
    assert speakers("Eine davon ist Lena Brückner.", "„Ich habe seit Tagen nicht geschlafen.“", language="de") == [
        "Lena Brückner"
    ]
    assert speakers("C'est le cas de Jeanne Morel, infirmière.", "« Je ne dors plus. »", language="fr") == ["Jeanne Morel"]
    assert speakers("È il caso di Giulia Conti, infermiera.", "«Non dormo da giorni».", language="it") == ["Giulia Conti"]


VIEWPOINT = ["For Jane Ost, the fight is personal.", "“My son was arrested.”"]


def test_a_point_of_view_opening_the_sentence_before():
    assert speakers(*VIEWPOINT, language="en") == ["Jane Ost"]
    assert speakers("Pour Jeanne Morel, le combat est personnel.", "« Mon fils a été arrêté. »", language="fr") == [
        "Jeanne Morel"
    ]


def test_viewpoint_source_sentence_switched_off(rule_off):
    rule_off("viewpoint_source_sentence")
    assert speakers(*VIEWPOINT, language="en") == [None]


# --- speech_noun_of -------------------------------------------------------------------------------------------------

REPLY = "Dura la replica della Cgil: «È uno scandalo»."


def test_a_noun_for_what_somebody_says_of_a_name_before_the_colon():
    assert speakers(REPLY, language="it") == ["Cgil"]
    assert speakers("La réponse de la CGT ne s'est pas fait attendre : « C'est un scandale ».", language="fr") == ["CGT"]
    assert speakers("La reacción del sindicato CCOO fue inmediata: «Es un escándalo».", language="es") == ["CCOO"]
    assert speakers("Netta la posizione del sindaco Paolo Verdi: «Non si tocca».", language="it") == ["Paolo Verdi"]
    assert speakers("De reactie van de FNV was fel: “Dit is een schandaal.”", language="nl") == ["FNV"]
    # (a verb between the noun and "of"; German)
    assert speakers("Scharfe Kritik kam von Verdi-Chef Frank Werner: „Das ist ein Skandal.“", language="de") == [
        "Frank Werner"
    ]
    assert speakers("La respuesta llegó de Marta Ruiz: «No nos vamos».", language="es") == ["Marta Ruiz"]
    # (no name after the noun: nobody)
    assert speakers("La respuesta llegó de inmediato: «No nos vamos».", language="es") == [None]


def test_speech_noun_of_switched_off(rule_off):
    rule_off("speech_noun_of")
    assert speakers(REPLY, language="it") == [None]


# --- introduced_after_quote -----------------------------------------------------------------------------------------

ESTATE = ["The council leader, Tom Reed, defended the plan.",
          "“We are not going anywhere.” Jane Ost, 52, has lived on the estate for 30 years."]


def test_a_quotation_opening_its_paragraph_then_the_person_introduced():
    assert speakers(*ESTATE, language="en") == ["Jane Ost"]
    assert speakers("Bürgermeister Tom Reed verteidigte den Plan.",
                    "„Wir gehen hier nicht weg.“ Jana Ost, 52, lebt seit 30 Jahren in der Siedlung.", language="de") == [
        "Jana Ost"
    ]
    assert speakers("Le maire, Paul Vidal, a défendu le projet.",
                    "« On ne partira pas. » Jeanne Morel, 52 ans, vit dans la cité depuis 30 ans.", language="fr") == [
        "Jeanne Morel"
    ]


def test_a_person_named_before_is_not_introduced():
    # (Tom Reed named again: the rule does not read the sentence after as introducing him)
    paragraphs = ["Jane Ost, 52, lives on the estate. The council leader, Tom Reed, defended the plan.",
                  "“We are not going anywhere.” Tom Reed has led the council since 2019."]
    assert [q.rule for q in extract_quotes(paragraphs, language="en").quotes] != ["introduced_after_quote"]


def test_introduced_after_quote_switched_off(rule_off):
    rule_off("introduced_after_quote")
    assert speakers(*ESTATE, language="en") == ["Tom Reed"]


def test_the_person_introduced_over_a_left_out_pronoun_guess():
    assert speakers("El alcalde, Tomás Reyes, defendió el plan.",
                    "«No nos vamos a ir». Marta Ruiz, de 52 años, vive desde hace 30 años en el barrio.", language="es") == [
        "Marta Ruiz"
    ]


def test_an_office_named_before_its_holder_with_a_left_out_subject_or_dutch_de():
    assert speakers("Il questore ha difeso l'operato degli agenti. «Abbiamo agito con prudenza», ha detto.",
                    "Il questore Marco Ferri incontrerà domani i manifestanti.", language="it") == ["Marco Ferri"]
    assert speakers("La alcaldesa ha defendido la actuación policial. «Se actuó con proporcionalidad», señaló.",
                    "La alcaldesa, Marta Ibáñez, recibirá hoy a los vecinos.", language="es") == ["Marta Ibáñez"]
    assert speakers("De burgemeester verdedigde het optreden. “We hebben gepast gehandeld”, zei hij.",
                    "Burgemeester Jan de Wit ontvangt de bewoners morgen.", language="nl") == ["Jan de Wit"]


def test_more_presenting_phrases():
    assert speakers("Also speaking was Mayor Jo Kent.", "“I stand with you.”", language="en") == ["Jo Kent"]
    assert speakers("Mittendrin: Jana Ost, 19, Schülerin.", "„Ich war noch nie so wütend.“", language="de") == ["Jana Ost"]
    assert speakers("Darunter auch Jana Ost (19).", "„Ich war noch nie so wütend.“", language="de") == ["Jana Ost"]


# --- interview_question_paragraph -----------------------------------------------------------------------------------

INTERVIEW_DE = ["Wir sprachen mit Gewerkschafterin Jana Ost.", "Wie lange dauert der Streik noch?", "„So lange wie nötig.“"]


def test_the_answer_opening_the_paragraph_after_a_question_of_its_own():
    assert speakers(*INTERVIEW_DE, language="de") == ["Jana Ost"]
    assert speakers("Abbiamo incontrato la sindacalista Giulia Conti.", "Quanto durerà lo sciopero?", "«Il tempo necessario».",
                    language="it") == ["Giulia Conti"]


def test_interview_question_paragraph_switched_off(rule_off):
    rule_off("interview_question_paragraph")
    assert speakers(*INTERVIEW_DE, language="de") == [None]


def test_a_noun_for_what_somebody_says_of_a_name_after_the_quotation():
    assert speakers("«No hay acuerdo», fue la respuesta de Pedro Gil.", language="es") == ["Pedro Gil"]
    assert speakers("«È uno scandalo», è stata la replica della Cgil.", language="it") == ["Cgil"]
    assert speakers("“Não há acordo”, foi a resposta de Paulo Reis.", language="pt") == ["Paulo Reis"]
    assert speakers("«No hay acuerdo», fue la respuesta.", language="es") == [None]


# --- clefts (CLEFT_OPENERS, CLEFT_VERBS) and the presented person of the quoting sentence ------------------------------

def test_a_cleft_presents_the_speaker():
    assert speakers("A parlare è Luca Rossi, delegato Fiom: «Non ci fermeremo».", language="it") == ["Luca Rossi"]
    assert speakers("A spiegarlo è Luca Rossi, delegato Fiom. «Non ci fermeremo».", language="it") == ["Luca Rossi"]
    assert speakers("Quem fala é Ana Lima, professora: “Não vamos parar”.", language="pt") == ["Ana Lima"]
    assert speakers("Quien lo explica es Marta Ruiz, vecina del barrio: «No nos vamos».", language="es") == ["Marta Ruiz"]
    # (a place after "a": no cleft)
    assert speakers("A Roma è arrivata la Cgil.", "«Siamo qui».", language="it") == [None]


# --- tonic_pronoun_aside --------------------------------------------------------------------------------------------

def test_a_stressed_pronoun_between_commas_repeats_the_subject():
    assert speakers("La CGT, elle, dénonce « un passage en force ».", language="fr") == ["CGT"]
    assert speakers("Le maire Paul Vidal, lui, assure que « tout va bien ».", language="fr") == ["Paul Vidal"]


def test_tonic_pronoun_aside_switched_off(rule_off):
    rule_off("tonic_pronoun_aside")
    assert speakers("La CGT, elle, dénonce « un passage en force ».", language="fr") == [None]
