"""Second held-out speaker-attribution set (blind2) for rallycrawl.

Invented protest-news excerpts (wire copy, local papers, features, live blogs, opinion-flavoured
reports) in en/de/es/fr/it/pt.  Every person, organisation, outlet and town is made up; no text is
copied from real articles, and the set was written without reading the attribution code or tests.

Each case is (language, [paragraph, ...], [(fragment of a quotation, expected speaker), ...]).
The expected speaker is the full name as first introduced (no titles), the organisation's name as
written (without its article), or None when no named person or organisation is meant (an unnamed
protester, "organisers", "one resident" ...).  An unnamed spokesperson of a named organisation is
attributed to that organisation.

Held out (stop 26): written by a session that had read no rule, then only counted
(``python bench/speaker_battery.py --blind2``: 143 of 166 right before that stop's rules, 148 after).
Its misses have not been read; a change written from them makes it one more tune set, and a new
held-out set would be needed.
"""

EN = [
    # 1 plain after-quote attribution, wire style
    ("en", ["MARLOW BRIDGE, March 4 (Wire) - Hundreds of nurses marched on the regional health office on Tuesday.",
            "“We are not asking for a miracle, we are asking for safe staffing,” said Denise Okonkwo-Hale, "
            "a ward sister who has worked at Marlow General for 19 years."],
     [("asking for safe staffing", "Denise Okonkwo-Hale")]),
    # 2 speaker named in earlier paragraph, pronoun continuation two paragraphs later
    ("en", ["Among the crowd outside the depot was Gareth Pruitt, a 54-year-old bus driver from Cransley.",
            "He said he had not had a real pay rise in six years and had taken a second job stacking shelves at night.",
            "“My kids think I live at the depot,” he said. “I barely see them on weekdays.”"],
     [("live at the depot", "Gareth Pruitt"), ("barely see them", "Gareth Pruitt")]),
    # 3 unnamed protester
    ("en", ["The march wound through the old market square shortly after noon.",
            "“I came because my rent went up by a third and nobody seems to care,” said one protester, "
            "who declined to give her name."],
     [("went up by a third", None)]),
    # 4 organisation statement, unnamed spokesperson
    ("en", ["The Tenants’ Alliance of Wexbury announced in a written statement that the eviction moratorium must be extended.",
            "“Thousands of families are one letter away from homelessness,” a spokesperson for the alliance said."],
     [("one letter away from homelessness", "Tenants’ Alliance of Wexbury")]),
    # 5 colon-introduced, title before name
    ("en", ["Council leader Priya Ramsbottom was unmoved by the demonstration.",
            "Speaking to reporters at the town hall, "
            "she said: \u201cThe budget is set and we will not be reopening it because of a petition.\u201d"],
     [("will not be reopening it", "Priya Ramsbottom")]),
    # 6 two speakers alternating
    ("en", ["Union organiser Tomasz Wielgus addressed the picket line from the back of a flatbed truck.",
            "“They have made record profits and offered us crumbs,” Wielgus said.",
            "Management disputed that account. “The offer on the table is the most generous in the sector,” said "
            "Helen Caddick, the plant’s operations director.",
            "Wielgus dismissed her remarks. “If it’s so generous, why did nobody vote for it?”"],
     [("offered us crumbs", "Tomasz Wielgus"), ("most generous in the sector", "Helen Caddick"),
      ("why did nobody vote for it", "Tomasz Wielgus")]),
    # 7 partial quote inside reported speech
    ("en", ["Police chief Aldous Fenwright described the overnight clashes as \u201ca small minority intent on trouble\u201d "
            "and said officers had shown restraint."],
     [("small minority intent on trouble", "Aldous Fenwright")]),
    # 8 "according to"
    ("en", ["According to Marisol Quintero, who coordinates the volunteer legal team, \u201cat least forty people were "
            "held for more than twelve hours without seeing a lawyer.\u201d"],
     [("without seeing a lawyer", "Marisol Quintero")]),
    # 9 told outlet (speaker is person, not outlet)
    ("en", ["Student leader Kwabena Asante-Moore told the Dunmore Courier that the occupation would continue "
            "\u201cfor as long as it takes, whether that is a week or a term.\u201d"],
     [("whether that is a week or a term", "Kwabena Asante-Moore")]),
    # 10 quote naming another person (distractor inside quote)
    ("en", ["“I have written to Councillor Brough three times and never had a reply,” said Yvonne Tellick, "
            "who lives on the estate earmarked for demolition."],
     [("never had a reply", "Yvonne Tellick")]),
    # 11 live blog with timestamp
    ("en", ["14:32 — Crowds are now filling Harrowgate Road as far as the railway bridge.",
            "14:40 — Organisers say they expect more than ten thousand people. “This is bigger than anything we "
            "planned for,” one of the stewards told our reporter."],
     [("bigger than anything we planned for", None)]),
    # 12 live blog, named, earlier entry
    ("en", ["15:05 — Our correspondent Ruth Abernathy is at the front of the march.",
            "15:12 — Farmers’ representative Colm Daveney has just spoken from the stage: “We feed this country and "
            "we are treated like a nuisance.”"],
     [("treated like a nuisance", "Colm Daveney")]),
    # 13 inverted said-X with apposition before name
    ("en", ["“Nobody wants to strike two weeks before Christmas,” said the branch secretary, Lorraine Eckersley. "
            "“But the employer has left us no choice.”"],
     [("two weeks before Christmas", "Lorraine Eckersley"), ("left us no choice", "Lorraine Eckersley")]),
    # 14 feature: speaker introduced, long quote in new paragraph without attribution
    ("en", ["Amira Hollings-Baptiste has spent every Saturday for a year outside the Ferris Street clinic, "
            "holding a hand-painted sign.",
            "“People walk past and some of them stop. Most of them have a story about waiting lists. That’s why I keep "
            "coming back, even when it rains.”"],
     [("That’s why I keep coming back", "Amira Hollings-Baptiste")]),
    # 15 quote, speaker identified in following sentence
    ("en", ["“We have been patient for far too long.” Those were the words of Ibrahim Sorley, chairman of the "
            "Eastgate Traders’ Association, as shopkeepers pulled down their shutters in protest."],
     [("patient for far too long", "Ibrahim Sorley")]),
    # 16 single quotes, UK tabloid-ish style
    ("en", ["Angry parents stormed out of the meeting at St Aldric’s primary last night.",
            "Mum-of-three Kerry Blanchflower, 36, said: \u2018They’re closing the only school within walking distance. "
            "It’s a disgrace.\u2019"],
     [("only school within walking distance", "Kerry Blanchflower")]),
    # 17 organisation as speaker via named statement
    ("en", ["In a statement, Greenline Freight said the blockade had cost it \u201cseveral hundred thousand pounds a day\u201d "
            "and urged police to act."],
     [("several hundred thousand pounds a day", "Greenline Freight")]),
    # 18 two people, second unnamed
    ("en", ["Retired teacher Bernard Ashdown-Kaye, 71, said he had marched against every war since 1982.",
            "\u201cI never thought I’d be doing this for my pension,\u201d he said.",
            "Beside him, a younger woman in a high-visibility vest said: \u201cThis is the first protest I’ve ever "
            "been to.\u201d"],
     [("doing this for my pension", "Bernard Ashdown-Kaye"), ("first protest I’ve ever been to", None)]),
    # 19 wrote on social media
    ("en", ["Campaigner Saoirse Lindqvist-Byrne wrote on social media late on Friday: \u201cThe council has "
            "backed down on the library closures. This is what happens when people organise.\u201d"],
     [("backed down on the library closures", "Saoirse Lindqvist-Byrne")]),
    # 20 nested quote: speaker quoting someone else
    ("en", ["Dockworker Femi Adewunmi recalled the moment the redundancy notices arrived.",
            "\u201cThe manager came in and said \u2018this is nothing personal\u2019, and then he left. Twenty years, and "
            "that was it,\u201d Adewunmi said."],
     [("Twenty years, and that was it", "Femi Adewunmi")]),
    # 21 quote after name with 'says' present tense (feature)
    ("en", ["For Olwen Prydderch, the fight over the valley is personal. Her grandfather farmed the land that the "
            "reservoir would flood.",
            "\u201cYou can’t put a price on a place like this,\u201d says Prydderch, looking across the fields."],
     [("put a price on a place like this", "Olwen Prydderch")]),
    # 22 organisation named with acronym; spokesperson named
    ("en", ["The National Union of Rail Operatives (NURO) called the strike after talks collapsed.",
            "NURO general secretary Declan Moorcroft said: \u201cOur members have been treated with contempt.\u201d"],
     [("treated with contempt", "Declan Moorcroft")]),
    # 23 union statement without spokesperson name
    ("en", ["The National Union of Rail Operatives (NURO) called the strike after talks collapsed. "
            "\u201cThe company walked away from the table, not us,\u201d the union said in its written statement."],
     [("walked away from the table", "National Union of Rail Operatives")]),
    # 24 "they" with no named organisation
    ("en", ["The group of cyclists blocked the junction for about twenty minutes before police arrived.",
            "\u201cWe just want a road where our children won’t get killed,\u201d they said in a leaflet handed to "
            "drivers."],
     [("road where our children won’t get killed", None)]),
    # 25 opinion-flavoured report, skeptical framing
    ("en", ["Housing minister Julian Carrow-Pike insisted, not for the first time, that the crisis was "
            "\u201cbeing gripped at every level of government.\u201d Campaigners were not convinced.",
            "\u201cHe has been gripping it for three years and rents keep going up,\u201d said Naledi Fairweather of "
            "the Renters’ Union of Southmoor."],
     [("being gripped", "Julian Carrow-Pike"), ("gripping it for three years", "Naledi Fairweather")]),
    # 26 quote split by attribution mid-sentence
    ("en", ["\u201cIf the government thinks we will go quietly,\u201d said Rosalind Achterberg, a junior doctor in her "
            "second year, \u201cthen it has badly misjudged the mood.\u201d"],
     [("go quietly", "Rosalind Achterberg"), ("badly misjudged the mood", "Rosalind Achterberg")]),
    # 27 Q&A format interview excerpt
    ("en", ["We spoke to strike leader Marguerite Osei-Blake after the rally.",
            "Q: How long can your members hold out?",
            "A: \u201cAs long as the hardship fund lasts, and people have been very generous so far.\u201d"],
     [("hardship fund lasts", "Marguerite Osei-Blake")]),
    # 28 speaker named after long quote with 'added'
    ("en", ["Hospital porter Desmond Ugwu said the dispute was about dignity as much as money.",
            "\u201cWe are the people who keep the place running at three in the morning,\u201d he added. "
            "\u201cAll we want is to be paid like it.\u201d"],
     [("three in the morning", "Desmond Ugwu"), ("paid like it", "Desmond Ugwu")]),
    # 29 two named speakers in same paragraph, second with pronoun she
    ("en", ["Organisers Liam Harcastle and Beatrix Onyango disagreed on what should happen next.",
            "Harcastle wants "
            "another march in the spring. \u201cWe need to keep the pressure on,\u201d he said. Onyango prefers a "
            "boycott. \u201cMarches are easy to ignore; empty shops are not,\u201d she said."],
     [("keep the pressure on", "Liam Harcastle"), ("empty shops are not", "Beatrix Onyango")]),
    # 30 quote attributed to placard text? -> avoid; instead anonymous official
    ("en", ["A senior official at the interior ministry, speaking on condition of anonymity, said the authorities "
            "had \u201cno intention of banning next week’s march.\u201d"],
     [("no intention of banning", None)]),
    # 31 named mayor, reported via local paper, later paragraph continuation
    ("en", ["Mayor Cecilia Vandermolen of Ostbury met the hunger strikers on Monday evening.",
            "After the meeting, she told the Ostbury Gazette she had been \u201cdeeply moved by what they told me\u201d.",
            "\u201cI will raise this with the regional authority tomorrow morning,\u201d she said."],
     [("deeply moved by what they told me", "Cecilia Vandermolen"), ("regional authority tomorrow morning", "Cecilia Vandermolen")]),
    # 32 sentence-initial 'Said' inversion
    ("en", ["Reaction from the crowd was mixed. Said Horace Lemberg, a shop owner on the square: \u201cI support them, "
            "but I also have bills to pay and today I sold nothing.\u201d"],
     [("today I sold nothing", "Horace Lemberg")]),
    # 33 organisation speaker via 'the group'
    ("en", ["Climate group Tidewater Rising claimed responsibility for the road blockade.",
            "\u201cWe apologise for the disruption, but not for the cause,\u201d the group said on its website."],
     [("not for the cause", "Tidewater Rising")]),
    # 34 speaker introduced only by surname later, full name earlier; quotes in different paragraphs
    ("en", ["The protest was led by Anselm Hardiman-Cole, a former miner who now runs a food bank in Treleigh.",
            "Police estimated the crowd at 2,000; organisers put it at 5,000.",
            "Hardiman-Cole was blunt. \u201cWe are a rich country with children going hungry. Work that out.\u201d"],
     [("children going hungry", "Anselm Hardiman-Cole")]),
    # 35 'asked' question quote by named journalist? use protester asking
    ("en", ["\u201cWho is going to look after my mother if the day centre shuts?\u201d asked Glenys Barraclough, "
            "holding a photograph of her 88-year-old mother."],
     [("look after my mother", "Glenys Barraclough")]),
    # 36 quote with speaker described as 'a police spokesman' (generic) -> None, plus named organiser
    ("en", ["A police spokesman said: \u201cThe event passed off largely peacefully with two arrests.\u201d",
            "Organiser Dervla Kinsella thanked marchers. \u201cYou did this city proud today,\u201d she told the crowd."],
     [("largely peacefully with two arrests", None), ("did this city proud", "Dervla Kinsella")]),
    # 37 speaker after quote with 'according to' plus org name
    ("en", ["\u201cThe pipeline would cross three aquifers that supply drinking water to 40,000 people,\u201d according "
            "to a briefing paper from the Fenland Water Defence Network."],
     [("cross three aquifers", "Fenland Water Defence Network")]),
    # 38 long feature: speaker in first para, quote in 4th with intervening paraphrase
    ("en", ["At 6am the car park of the Brackley distribution centre is still dark. Ngozi Fairclough, 42, pours tea "
            "from a flask for the dozen workers who have kept the picket going since October.",
            "She started at the warehouse eight years ago, when, she says, the targets were hard but possible.",
            "Now pickers are tracked by handheld scanners that beep if they fall behind.",
            "\u201cYou feel like a machine that keeps breaking down,\u201d she says. \u201cAnd they just replace the part.\u201d"],
     [("machine that keeps breaking down", "Ngozi Fairclough"), ("just replace the part", "Ngozi Fairclough")]),
    # 39 quote from a named company via spokesperson with name of company in possessive
    ("en", ["A spokeswoman for Harlan & Doyle Construction said the firm \u201crespects the right to protest but will "
            "not tolerate trespass on an active building site.\u201d"],
     [("will not tolerate trespass", "Harlan & Doyle Construction")]),
    # 40 chain: X said that Y had told him (speaker is X as quoter)
    ("en", ["Farmer Rhodri Vaughan-Price said his neighbour had already sold up.",
            "\u201cHe told me he couldn’t face another "
            "winter of this, and honestly I don’t blame him,\u201d Vaughan-Price said."],
     [("honestly I don’t blame him", "Rhodri Vaughan-Price")]),
]

DE = [
    ("de", ["HALBERSTEIN (dpa-ähnlich) - Mehrere tausend Beschäftigte des Nahverkehrs haben am Montag die Arbeit "
            "niedergelegt.",
            "„Ohne deutliche Lohnerhöhung wird hier kein Bus mehr fahren“, sagte Verhandlungsführerin Birgit "
            "Kallenbach am Rande der Kundgebung."],
     [("kein Bus mehr fahren", "Birgit Kallenbach")]),
    ("de", ["Unter den Demonstranten war auch Ferdinand Oltmanns, Lehrer an einer Gesamtschule in Wiesenau.",
            "Er sei zum ersten Mal seit dreißig Jahren auf einer Demonstration, erzählte er.",
            "„Ich kann meinen Schülern nicht erklären, warum niemand etwas tut.“"],
     [("warum niemand etwas tut", "Ferdinand Oltmanns")]),
    ("de", ["„Das ist der größte Protest, den diese Stadt je gesehen hat“, rief eine Rednerin ins Mikrofon."],
     [("den diese Stadt je gesehen hat", None)]),
    ("de", ["Der Landesverband Ökologischer Landbau Nordmark kritisierte die Pläne in einer Mitteilung scharf. "
            "„Damit wird kleinen Höfen die Existenzgrundlage entzogen“, hieß es darin."],
     [("Existenzgrundlage entzogen", "Landesverband Ökologischer Landbau Nordmark")]),
    ("de", ["»Wir lassen uns von Drohungen nicht einschüchtern«, sagt Leonie Brackwede. Die 23-jährige Studentin "
            "organisiert seit Wochen die Besetzung des Hörsaals.",
            "»Die Hochschulleitung redet mit uns erst, seit wir hier sitzen«, sagt sie."],
     [("nicht einschüchtern", "Leonie Brackwede"), ("seit wir hier sitzen", "Leonie Brackwede")]),
    ("de", ["Oberbürgermeister Hartwig Schellenberg zeigte sich gesprächsbereit.",
            "Er machte aber auch klar: "
            "„Eine Blockade der Innenstadt an jedem Samstag werden wir nicht hinnehmen.“"],
     [("an jedem Samstag", "Hartwig Schellenberg")]),
    ("de", ["Die Demonstration sei „ein starkes Signal an die Landesregierung“ gewesen, sagte Grünen-Sprecherin "
            "Miriam Ostheimer."],
     [("starkes Signal an die Landesregierung", "Miriam Ostheimer")]),
    ("de", ["Die Polizei sprach von einem weitgehend friedlichen Verlauf.",
            "Anders sieht das Jasper Uhlendorf vom Ermittlungsausschuss Elbtal. „Wir haben mindestens zwölf "
            "Verletzte durch Pfefferspray gezählt“, sagte er."],
     [("zwölf Verletzte durch Pfefferspray", "Jasper Uhlendorf")]),
    ("de", ["Nach Angaben von Organisator Emre Kaplanoğlu kamen rund 4000 Menschen.",
            "„Wir hatten mit der Hälfte "
            "gerechnet“, sagte Kaplanoğlu."],
     [("mit der Hälfte gerechnet", "Emre Kaplanoğlu")]),
    ("de", ["Liveticker, 11.45 Uhr: Der Zug hat den Marktplatz erreicht.",
            "11.52 Uhr: Auf der Bühne spricht jetzt Gewerkschaftssekretärin Dagmar Vollrath. „Wir sind nicht "
            "die Verursacher dieser Krise, und wir werden sie nicht bezahlen“, ruft sie unter Applaus."],
     [("nicht die Verursacher dieser Krise", "Dagmar Vollrath")]),
    ("de", ["„Wer hier wohnt, kann sich die Stadt bald nicht mehr leisten“, sagt eine ältere Anwohnerin, die "
            "ihren Namen nicht in der Zeitung lesen möchte."],
     [("bald nicht mehr leisten", None)]),
    ("de", ["Landwirt Heiner Brüggemann aus Ostervelde ist mit seinem Traktor 80 Kilometer gefahren.",
            "„Die Leute in Berlin wissen nicht, was ein Liter Diesel für uns bedeutet“, sagt er. "
            "Seine Frau Marlene Brüggemann nickt. „Wir arbeiten siebzig Stunden die Woche und legen trotzdem drauf.“"],
     [("was ein Liter Diesel", "Heiner Brüggemann"), ("legen trotzdem drauf", "Marlene Brüggemann")]),
    ("de", ["Innensenator Volker Degenhardt verteidigte den Einsatz. Die Beamten hätten „zu jeder Zeit besonnen und "
            "verhältnismäßig“ gehandelt, erklärte er im Innenausschuss."],
     [("jeder Zeit besonnen und verhältnismäßig", "Volker Degenhardt")]),
    ("de", ["Das Bündnis „Bezahlbar Wohnen Lindau“ hat für Samstag zu einer Großdemonstration aufgerufen.",
            "„Wir erwarten, dass die Stadt endlich den Mietendeckel umsetzt, den sie versprochen hat“, sagte "
            "Bündnissprecher Kai-Uwe Rademacher."],
     [("den Mietendeckel umsetzt", "Kai-Uwe Rademacher")]),
    ("de", ["Die Klimagruppe Letzter Aufruf Süd teilte mit, man werde die Aktionen fortsetzen. „Solange die "
            "Regierung wegschaut, bleiben wir auf der Straße“, schrieb die Gruppe auf ihrer Internetseite."],
     [("Solange die Regierung wegschaut", "Letzter Aufruf Süd")]),
    ("de", ["„Wir sind keine Chaoten“, betont Svenja Mahlstedt. „Wir sind Krankenschwestern, Erzieherinnen und "
            "Busfahrer, die nicht mehr können.“ Die 41-Jährige ist Betriebsrätin im Kreisklinikum Haselbach."],
     [("Wir sind keine Chaoten", "Svenja Mahlstedt"), ("Erzieherinnen und Busfahrer", "Svenja Mahlstedt")]),
    ("de", ["Arbeitgebervertreter Rüdiger Falkenhain nannte die Forderungen der Gewerkschaft realitätsfern.",
            "„Wenn wir das zahlen, sind in zwei Jahren die Hälfte der Arbeitsplätze weg“, sagte er der "
            "Nordwestdeutschen Rundschau."],
     [("Hälfte der Arbeitsplätze weg", "Rüdiger Falkenhain")]),
    ("de", ["Am Rande der Kundgebung sprach unsere Reporterin mit Aylin Demirtaş, die mit ihren zwei Kindern "
            "gekommen war.",
            "Frage: Warum sind Sie heute hier?",
            "Demirtaş: „Weil die Kita meiner Tochter seit Monaten nur noch vier Stunden am Tag öffnet.“"],
     [("nur noch vier Stunden am Tag", "Aylin Demirtaş")]),
    ("de", ["Die Stimmung kippte am Nachmittag. Ein Mann mit Megafon forderte die Menge auf, die Absperrung zu "
            "durchbrechen. „Die Polizei hat uns lange genug hingehalten“, rief er."],
     [("lange genug hingehalten", None)]),
    ("de", ["Der Stadtrat Konrad Pfisterer (Freie Wähler) warf den Demonstranten vor, „die Innenstadt in Geiselhaft "
            "zu nehmen“. Die Organisatorin der Proteste, Hannelore Quast, wies das zurück.",
            "„Geiselhaft ist, wenn "
            "Menschen ihre Wohnung verlieren, weil ein Investor mehr Rendite will“, sagte sie."],
     [("Innenstadt in Geiselhaft", "Konrad Pfisterer"), ("ein Investor mehr Rendite will", "Hannelore Quast")]),
    ("de", ["Die Gewerkschaft Erziehung und Soziales (GES) kündigte weitere Warnstreiks an. „Die Geduld der "
            "Beschäftigten ist erschöpft“, sagte ein Sprecher der GES."],
     [("Geduld der Beschäftigten ist erschöpft", "Gewerkschaft Erziehung und Soziales")]),
    ("de", ["Seit drei Wochen campieren die Aktivisten im Wald bei Grünhagen. Einer von ihnen ist Lukas Weidemeyer, "
            "Informatikstudent aus Kassel.",
            "Er schläft in einem Baumhaus in zwölf Metern Höhe. Die Räumung erwartet er jeden Tag.",
            "»Angst habe ich nicht«, sagt Weidemeyer. »Eher Wut, dass es so weit kommen musste.«"],
     [("Angst habe ich nicht", "Lukas Weidemeyer"), ("so weit kommen musste", "Lukas Weidemeyer")]),
    ("de", ["Kommentar: Natürlich kann man, wie Wirtschaftsministerin Elke Trautwein, von einem „bedauerlichen "
            "Einzelfall, der sich so nicht wiederholen wird“ sprechen. Die 600 Menschen vor dem Werkstor sehen das anders."],
     [("Einzelfall, der sich so nicht wiederholen", "Elke Trautwein")]),
    ("de", ["„Was hier passiert, ist ein Angriff auf die Pressefreiheit“, erklärte der Journalistenverband "
            "Nordmark, nachdem zwei Fotografen vorübergehend festgenommen worden waren."],
     [("Angriff auf die Pressefreiheit", "Journalistenverband Nordmark")]),
    ("de", ["Pfarrer Matthias Grünewald-Hess öffnete am Abend seine Kirche für die Demonstranten.",
            "„Wer friert, "
            "soll sich hier aufwärmen dürfen, egal wofür er demonstriert“, sagte er. Der Kirchenvorstand trage die "
            "Entscheidung mit."],
     [("egal wofür er demonstriert", "Matthias Grünewald-Hess")]),
]

ES = [
    ("es", ["VALDEMORA, 12 may (Agencia) - Miles de docentes se manifestaron este martes frente a la Consejería de "
            "Educación.",
            "«No vamos a aceptar más recortes en la escuela pública», afirmó la portavoz del sindicato, Rocío "
            "Altamirano Peláez."],
     [("más recortes en la escuela pública", "Rocío Altamirano Peláez")]),
    ("es", ["Entre los manifestantes se encontraba Baltasar Urquiza, jubilado de 72 años y vecino de Torrelobos.",
            "Llegó en autobús a las siete de la mañana, con una pancarta hecha a mano.",
            "«Mi pensión no da ni para la calefacción», dijo. «Y encima nos piden paciencia»."],
     [("ni para la calefacción", "Baltasar Urquiza"), ("nos piden paciencia", "Baltasar Urquiza")]),
    ("es", ["«Esto no es un problema de orden público, es un problema de vivienda», señaló una manifestante que "
            "prefirió no dar su nombre."],
     [("es un problema de vivienda", None)]),
    ("es", ["La Plataforma de Afectados por el Embalse de Riofrío denunció en un comunicado que el proyecto "
            "\"anegará tres pueblos y decenas de hectáreas de regadío\"."],
     [("anegará tres pueblos", "Plataforma de Afectados por el Embalse de Riofrío")]),
    ("es", ["El alcalde de San Esteban del Cerro, Aurelio Benavente, aseguró que el Ayuntamiento \"escuchará a los "
            "vecinos\", aunque descartó paralizar las obras."],
     [("escuchará a los vecinos", "Aurelio Benavente")]),
    ("es", ["Según Itziar Goikoetxea, coordinadora de la marcha, «la participación ha superado todas las "
            "previsiones»."],
     [("superado todas las previsiones", "Itziar Goikoetxea")]),
    ("es", ["Los repartidores cortaron la avenida durante dos horas.",
            "«Trabajamos doce horas al día y no tenemos ni contrato», explicó Yeferson Cardona Ruiz, de 29 años. "
            "A su lado, su compañera Dayana Mosquera añadió: «Si te caes de la moto, la empresa ni te llama»."],
     [("ni contrato", "Yeferson Cardona Ruiz"), ("la empresa ni te llama", "Dayana Mosquera")]),
    ("es", ["El delegado del Gobierno, Fermín Olazábal, defendió la actuación policial.",
            "«Los agentes actuaron con proporcionalidad ante un grupo violento», declaró en rueda de prensa."],
     [("actuaron con proporcionalidad", "Fermín Olazábal")]),
    ("es", ["Directo | 18:05 La cabecera de la manifestación llega a la plaza del Carmen.",
            "18:12 Desde el escenario habla Encarnación Villalobos, de la Coordinadora de Barrios del Sur: «Hoy "
            "demostramos que los barrios no están solos»."],
     [("los barrios no están solos", "Encarnación Villalobos")]),
    ("es", ["La Asociación de Agricultores Jóvenes del Bajo Segre convocó la tractorada.",
            "«No podemos vender por debajo del coste de producción», explicó la organización en sus redes sociales."],
     [("por debajo del coste de producción", "Asociación de Agricultores Jóvenes del Bajo Segre")]),
    ("es", ["«¿Cuántas veces más tenemos que salir a la calle para que nos escuchen?», se preguntaba Milagros "
            "Echeverría, enfermera del hospital comarcal de Villanoble."],
     [("salir a la calle para que nos escuchen", "Milagros Echeverría")]),
    ("es", ["El consejero de Sanidad, Ignacio Lozano Ferrer, calificó la huelga de irresponsable y política.",
            "El comité de empresa respondió horas después. «Irresponsable es dejar una planta entera con dos "
            "enfermeras», replicó su presidenta, Amparo Cifuentes."],
     [("dejar una planta entera con dos enfermeras", "Amparo Cifuentes")]),
    ("es", ["Los organizadores calcularon que unas 20.000 personas participaron en la marcha. «Ha sido un éxito "
            "rotundo y esto solo es el principio», dijeron al terminar."],
     [("esto solo es el principio", None)]),
    ("es", ["Crónica. Anselmo Garrido lleva cuarenta años pescando en la ría de Pontenova. Su padre también lo hizo, "
            "y su abuelo.",
            "Ahora la planta de celulosa amenaza con ampliar su vertido, y Garrido ha cambiado las redes por las "
            "pancartas.",
            "«El mar nos lo ha dado todo», dice mientras mira al puerto. «No voy a quedarme callado viendo cómo lo "
            "matan»."],
     [("El mar nos lo ha dado todo", "Anselmo Garrido"), ("quedarme callado", "Anselmo Garrido")]),
    ("es", ["«Si el Gobierno no retira la reforma», advirtió el secretario general de la Unión Obrera del Metal, "
            "Casimiro Ledesma, «la huelga será indefinida»."],
     [("la huelga será indefinida", "Casimiro Ledesma")]),
    ("es", ["El colectivo Madres por el Aire Limpio entregó 30.000 firmas en el Ayuntamiento de Vallegrande. "
            "\"Nuestros hijos respiran humo todos los días a la entrada del colegio\", afirmó su portavoz, "
            "Lucía Santángel."],
     [("respiran humo todos los días", "Lucía Santángel")]),
    ("es", ["Fuentes de la Jefatura Superior de Policía, que pidieron el anonimato, indicaron que \"no se descartan "
            "nuevas detenciones en los próximos días\"."],
     [("no se descartan nuevas detenciones", None)]),
    ("es", ["La ministra de Trabajo, Remedios Albarracín, se reunió con los sindicatos el jueves.",
            "Tras el encuentro, reconoció que hay \"margen para mejorar la propuesta\".",
            "«No vamos a romper la mesa de diálogo por una diferencia de dos puntos», añadió."],
     [("margen para mejorar la propuesta", "Remedios Albarracín"), ("por una diferencia de dos puntos", "Remedios Albarracín")]),
    ("es", ["El estudiante Martín Oyarzún, de 19 años, relató su detención: «Un policía me dijo \"tú te vienes\" "
            "y me metió en la furgoneta sin explicarme nada»."],
     [("sin explicarme nada", "Martín Oyarzún")]),
    ("es", ["Para Gumersindo Palacios, dueño de una ferretería en la calle Mayor, el corte de tráfico es un "
            "desastre.",
            "«Hoy no ha entrado ni un cliente», se lamentaba.",
            "La vecina Consuelo Arribas lo ve de otra manera: «Un día sin coches tampoco viene mal»."],
     [("no ha entrado ni un cliente", "Gumersindo Palacios"), ("sin coches tampoco viene mal", "Consuelo Arribas")]),
    ("es", ["En declaraciones a Radio Sierra Norte, el portavoz vecinal Eusebio Carmona aseguró que la protesta "
            "\"va a continuar hasta que se cierre el vertedero\"."],
     [("hasta que se cierre el vertedero", "Eusebio Carmona")]),
    ("es", ["La empresa Transportes Halcón Ibérica lamentó los incidentes. «Respetamos el derecho de huelga, pero no "
            "los sabotajes a nuestros vehículos», señaló un portavoz de la compañía."],
     [("no los sabotajes a nuestros vehículos", "Transportes Halcón Ibérica")]),
    ("es", ["Opinión | Dice el concejal de Urbanismo, Teodoro Manzanares, que los desahucios son \"cosa de los "
            "tribunales\". Quizá debería bajar a la calle Olmos un martes por la mañana."],
     [("cosa de los tribunales", "Teodoro Manzanares")]),
    ("es", ["Una de las portavoces de la acampada es Nerea Zubizarreta, estudiante de Medicina.",
            "La universidad ha amenazado con expedientes disciplinarios.",
            "«Que nos expedienten si quieren; no nos vamos a ir hasta que rompan los convenios», insiste."],
     [("no nos vamos a ir hasta que rompan los convenios", "Nerea Zubizarreta")]),
    ("es", ["\"Hemos venido desde Almarza porque allí ya no queda ni médico\", contó Florentino Ayala, uno de los "
            "cerca de 300 vecinos que viajaron en autobús hasta la capital."],
     [("ya no queda ni médico", "Florentino Ayala")]),
]

FR = [
    ("fr", ["SAINT-AUBIN-LES-ROCHES, 3 mars (Agence) - Plusieurs milliers de manifestants ont défilé mardi contre "
            "la fermeture de la maternité.",
            "« Nous ne laisserons pas mourir notre hôpital », a déclaré Solène Marchetti-Roux, sage-femme et "
            "déléguée syndicale."],
     [("laisserons pas mourir notre hôpital", "Solène Marchetti-Roux")]),
    ("fr", ["Dans le cortège, on croise Gaspard Lemoigne, 58 ans, cheminot depuis trente-deux ans.",
            "Il a pris sa journée sans solde pour venir.",
            "« Je ne suis pas là pour moi, je suis là pour ceux qui viendront après », explique-t-il."],
     [("pour ceux qui viendront après", "Gaspard Lemoigne")]),
    ("fr", ["« On nous parle de dialogue, mais personne ne nous a reçus », lance une manifestante, drapeau à la "
            "main."],
     [("personne ne nous a reçus", None)]),
    ("fr", ["Le Collectif des Riverains de la Zone Portuaire a dénoncé dans un communiqué « un projet conçu sans "
            "aucune concertation avec les habitants »."],
     [("sans aucune concertation", "Collectif des Riverains de la Zone Portuaire")]),
    ("fr", ["Le préfet, Hugues de Montclaret, a défendu l'interdiction du rassemblement.",
            "Selon lui, « les conditions "
            "de sécurité n'étaient pas réunies »."],
     [("conditions de sécurité", "Hugues de Montclaret")]),
    ("fr", ["« C'est une victoire, mais une victoire d'étape », estime Mathilde Kerguelen, porte-parole de "
            "l'intersyndicale. « Le texte n'est pas retiré, il est seulement suspendu. »"],
     [("victoire d'étape", "Mathilde Kerguelen"), ("seulement suspendu", "Mathilde Kerguelen")]),
    ("fr", ["Pour le maire de Villeneuve-sur-Aulne, Bertrand Favreau, ces blocages "
            "« pénalisent d'abord les commerçants du centre-ville »."],
     [("pénalisent d'abord les commerçants", "Bertrand Favreau")]),
    ("fr", ["Direct - 14 h 20 : La tête du cortège arrive place de la République.",
            "14 h 35 : Au micro, Karim Benhaddou, de la Fédération des Locataires Solidaires, prend la parole : "
            "« Aucune famille ne doit être expulsée cet hiver. »"],
     [("Aucune famille ne doit être expulsée", "Karim Benhaddou")]),
    ("fr", ["Les agriculteurs ont déversé du fumier devant la sous-préfecture.",
            "« On vend notre lait moins cher qu'il ne nous coûte », a expliqué Jean-Baptiste Coatanéa, éleveur à "
            "Plouvenec. Son voisin, Yannick Le Gall, renchérit : « Ici, un paysan se suicide tous les deux jours "
            "et tout le monde s'en fiche. »"],
     [("moins cher qu'il ne nous coûte", "Jean-Baptiste Coatanéa"), ("tout le monde s'en fiche", "Yannick Le Gall")]),
    ("fr", ["Le syndicat Solidarité Rail Ouest a appelé à reconduire la grève. « La direction joue le pourrissement "
            "du conflit », a indiqué le syndicat."],
     [("joue le pourrissement du conflit", "Solidarité Rail Ouest")]),
    ("fr", ["« Qui va garder nos enfants si la crèche ferme en juin ? » s'interroge Nadia Ferhat, mère de deux "
            "enfants, venue avec une cinquantaine de parents."],
     [("si la crèche ferme en juin", "Nadia Ferhat")]),
    ("fr", ["Reportage. Depuis six semaines, Thérèse Vaucouleurs occupe avec ses collègues le hall de l'usine "
            "Fontanel, promise à la fermeture.",
            "Elle y a installé un réchaud, des lits de camp et un tableau où sont notés les tours de garde.",
            "Les négociations avec le repreneur sont au point mort.",
            "« Ici, c'est devenu notre deuxième maison, dit-elle. On ne partira pas sans un plan social digne "
            "de ce nom. »"],
     [("notre deuxième maison", "Thérèse Vaucouleurs"), ("plan social digne de ce nom", "Thérèse Vaucouleurs")]),
    ("fr", ["Les organisateurs revendiquent 15 000 participants, la police 6 000. « Les chiffres de la préfecture "
            "sont une insulte », ont réagi les organisateurs."],
     [("sont une insulte", None)]),
    ("fr", ["La ministre du Travail, Claire Dumoulin-Sarrazin, a estimé sur une radio nationale que la réforme "
            "était « indispensable pour sauver le système ».",
            "« Nous irons jusqu'au bout, parce que c'est l'intérêt du pays », a-t-elle ajouté."],
     [("intérêt du pays", "Claire Dumoulin-Sarrazin")]),
    ("fr", ["Interrogé par Le Courrier de l'Estuaire, l'adjoint à l'urbanisme Rodolphe Castagnet a reconnu que "
            "« la concertation aurait pu être mieux menée »."],
     [("aurait pu être mieux menée", "Rodolphe Castagnet")]),
    ("fr", ["L'étudiant Elias Mbarga raconte son interpellation : « Un policier m'a dit "
            "\u201c tu n'as rien à faire ici \u201d, puis il m'a plaqué au sol sans sommation. »"],
     [("plaqué au sol sans sommation", "Elias Mbarga")]),
    ("fr", ["La direction de Transalpes Logistique a réagi en fin de journée. « Nous restons ouverts au dialogue, "
            "mais le blocage des entrepôts doit cesser immédiatement », a fait savoir l'entreprise."],
     [("blocage des entrepôts doit cesser", "Transalpes Logistique")]),
    ("fr", ["Une source policière, sous couvert d'anonymat, évoque « une cinquantaine d'individus très mobiles et "
            "équipés »."],
     [("très mobiles et équipés", None)]),
    ("fr", ["Parmi les soignants, Odile Charpentier, infirmière de nuit depuis vingt ans, et son collègue "
            "Farid Touati, aide-soignant.",
            "« On fait des nuits à une infirmière pour trente patients », dit Odile Charpentier.",
            "« Et après, on nous applaudit à la télé », ironise Farid Touati."],
     [("une infirmière pour trente patients", "Odile Charpentier"), ("on nous applaudit à la télé", "Farid Touati")]),
    ("fr", ["Éditorial. Le président de la région, Armand Ducasse-Perrin, promettait il y a un an « une ligne de "
            "bus toutes les vingt minutes ». Les usagers de Saint-Florent attendent toujours."],
     [("une ligne de bus toutes les vingt minutes", "Armand Ducasse-Perrin")]),
    ("fr", ["Sur son compte, la militante écologiste Léa Vasseur-Nogaret a publié une vidéo de l'évacuation.",
            "« Ils peuvent nous déloger, ils ne pourront pas déloger nos idées », écrit-elle en légende."],
     [("ne pourront pas déloger nos idées", "Léa Vasseur-Nogaret")]),
    ("fr", ["« La colère est profonde et elle ne retombera pas avec une prime », prévient Grégoire Malaterre, "
            "secrétaire départemental de la Confédération Autonome du Travail. Il appelle à une nouvelle journée "
            "de mobilisation jeudi."],
     [("ne retombera pas avec une prime", "Grégoire Malaterre")]),
    ("fr", ["L'association Vélo Cité Garonne organisait samedi une vélorution dans les rues de la ville.",
            "« Chaque année, des cyclistes meurent sur ce boulevard et rien ne change », a rappelé sa présidente, "
            "Inès Larrouy."],
     [("rien ne change", "Inès Larrouy")]),
    ("fr", ["Le député Maxence Delaroche a quitté l'hémicycle en signe de protestation.",
            "« Je ne participerai pas "
            "à cette mascarade », a-t-il lancé avant de sortir.",
            "Sa collègue de la majorité, Sandrine Huchon, a dénoncé « un coup de théâtre parfaitement calculé »."],
     [("cette mascarade", "Maxence Delaroche"), ("coup de théâtre parfaitement calculé", "Sandrine Huchon")]),
    ("fr", ["Les habitants du quartier des Tilleuls se sont rassemblés devant la mairie.",
            "« Depuis trois ans, on nous promet la rénovation de l'ascenseur, et ma mère de 84 ans ne sort plus de "
            "chez elle », témoigne un habitant du huitième étage."],
     [("ne sort plus de chez elle", None)]),
]

IT = [
    ("it", ["VALLEBRUNA, 9 aprile (Agenzia) - Migliaia di lavoratori hanno sfilato oggi contro la chiusura dello "
            "stabilimento.",
            "«Qui ci sono trecento famiglie che rischiano di restare senza stipendio», ha detto Ottavio Sansoni, "
            "segretario provinciale della Federazione Operai Metalmeccanici Uniti."],
     [("trecento famiglie", "Ottavio Sansoni")]),
    ("it", ["Tra i manifestanti c'era anche Graziella Fumagalli, 67 anni, pensionata di Borgo Larese.",
            "È arrivata in pullman alle sei del mattino.",
            "«Con la mia pensione non pago nemmeno la bolletta del gas», racconta."],
     [("nemmeno la bolletta del gas", "Graziella Fumagalli")]),
    ("it", ["«Non siamo contro il progresso, siamo contro chi distrugge la valle», ha spiegato uno dei "
            "manifestanti, che non ha voluto dare il proprio nome."],
     [("contro chi distrugge la valle", None)]),
    ("it", ["Il Comitato No Discarica Val Teverina ha annunciato nuove iniziative. \"Andremo avanti anche con i "
            "ricorsi al Tar\", si legge in una nota del comitato."],
     [("ricorsi al Tar", "Comitato No Discarica Val Teverina")]),
    ("it", ["Il sindaco di Castelrosso, Everardo Mancuso, ha definito la protesta \"legittima ma del tutto sproporzionata\".",
            "«Non posso bloccare un'opera già finanziata», ha aggiunto."],
     [("legittima ma del tutto sproporzionata", "Everardo Mancuso"), ("opera già finanziata", "Everardo Mancuso")]),
    ("it", ["Secondo Rebecca Astolfi, portavoce del coordinamento studentesco, «le aule sono fredde e i soffitti "
            "cadono a pezzi, e nessuno ci ascolta»."],
     [("soffitti cadono a pezzi", "Rebecca Astolfi")]),
    ("it", ["Diretta - ore 11.20: il corteo è arrivato in piazza Garibaldi.",
            "Ore 11.35: dal palco parla l'infermiera Loredana Cicerchia: «Abbiamo fatto turni di sedici ore durante "
            "l'emergenza e adesso ci tagliano i posti»."],
     [("turni di sedici ore", "Loredana Cicerchia")]),
    ("it", ["«Se il governo non ci convoca entro venerdì», ha avvertito Gianpaolo Ferracuti, «bloccheremo i porti "
            "di tutta la costa»."],
     [("bloccheremo i porti", "Gianpaolo Ferracuti")]),
    ("it", ["Il tassista Salvatore Indelicato ha parlato con i giornalisti davanti alla prefettura.",
            "«Lavoro dodici "
            "ore al giorno», ha detto. La collega Annarita Bellomo ha aggiunto: «Le app ci stanno rubando il "
            "lavoro sotto gli occhi di tutti»."],
     [("dodici ore al giorno", "Salvatore Indelicato"), ("ci stanno rubando il lavoro", "Annarita Bellomo")]),
    ("it", ["L'azienda Ceramiche Ruffino Sud ha replicato con un comunicato: «La decisione di delocalizzare è "
            "dolorosa ma inevitabile»."],
     [("dolorosa ma inevitabile", "Ceramiche Ruffino Sud")]),
]

PT = [
    ("pt", ["SÃO JERÔNIMO DA SERRA, 15 jun (Agência) - Cerca de cinco mil professores protestaram nesta terça-feira "
            "em frente à Assembleia.",
            "\"Estamos há três anos sem reajuste salarial\", afirmou a presidente do sindicato, Rosângela Tavares "
            "Moura."],
     [("três anos sem reajuste", "Rosângela Tavares Moura")]),
    ("pt", ["Entre os manifestantes estava Joaquim Albuquerque Neto, de 61 anos, motorista de autocarro em "
            "Vilarinho.",
            "Veio com a mulher e dois netos.",
            "«A renda da casa leva-me metade do salário», disse. «Não sei como os jovens conseguem viver.»"],
     [("metade do salário", "Joaquim Albuquerque Neto"), ("como os jovens conseguem viver", "Joaquim Albuquerque Neto")]),
    ("pt", ["\"A gente só quer que a polícia pare de matar os nossos filhos\", disse uma moradora da comunidade, "
            "que pediu para não ser identificada."],
     [("pare de matar os nossos filhos", None)]),
    ("pt", ["O Movimento dos Atingidos pela Barragem do Rio Claro divulgou nota afirmando que \"nenhuma família será "
            "removida sem indenização justa\"."],
     [("sem indenização justa", "Movimento dos Atingidos pela Barragem do Rio Claro")]),
    ("pt", ["Segundo o coordenador do protesto, Valdir Nascimento Pereira, \"a adesão superou todas as "
            "expectativas\"."],
     [("superou todas as expectativas", "Valdir Nascimento Pereira")]),
    ("pt", ["O secretário de Segurança, Osvaldo Brandão, defendeu a ação da tropa de choque.",
            "\"Houve depredação de patrimônio público e a polícia agiu dentro da lei\", declarou em entrevista "
            "coletiva."],
     [("agiu dentro da lei", "Osvaldo Brandão")]),
    ("pt", ["Ao vivo | 16h10 - O ato chega à Praça da Matriz.",
            "16h18 - No carro de som, a estudante Thaíssa Gonçalves discursa: \"A universidade pública não está à "
            "venda e nós vamos provar isso nas ruas\"."],
     [("não está à venda", "Thaíssa Gonçalves")]),
    ("pt", ["«Se o governo não recuar», avisou o dirigente da Frente Sindical dos Estivadores, Ernesto Valadares, "
            "«a greve vai parar o porto por tempo indeterminado»."],
     [("parar o porto por tempo indeterminado", "Ernesto Valadares")]),
    ("pt", ["A agricultora Benedita Sampaio perdeu metade da colheita com a seca.",
            "\"Ninguém do governo veio aqui "
            "ver\", contou. O vizinho, Raimundo Feitosa, completou: \"O açude secou em agosto e até agora nada\"."],
     [("Ninguém do governo veio aqui ver", "Benedita Sampaio"), ("até agora nada", "Raimundo Feitosa")]),
    ("pt", ["A empresa Transportes Litoral Norte afirmou, em nota, que \"respeita o direito de greve, mas não "
            "aceitará bloqueios nas garagens\"."],
     [("não aceitará bloqueios nas garagens", "Transportes Litoral Norte")]),
]

BLIND2 = EN + DE + ES + FR + IT + PT
