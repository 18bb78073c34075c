"""DEV4: invented protest-news excerpts in English, Spanish, German and French for developing
quote/speaker attribution.  Written by a session that had read no rule of the attribution code.
Every person, organisation, outlet and place is made up (only generic institution names such as
a High Court, a Guardia Civil or a préfecture appear); no real article text is used.
Styles imitate agency copy, regional dailies, online outlets, long features, live blogs, court
reports, interviews and police or company statements: speakers named paragraphs earlier and then
referred to by surname, role noun or pronoun; several people per article; quotes running over
paragraphs; inverted verbs ("said Smith", "sagte Müller", "dijo García", "ajoute-t-elle");
"according to" / "laut" / "según" / "selon"; long titles and appositions; institutions, companies
and courts as speakers; embedded quoted fragments; dash incisos; Q&A; unnamed and group speakers
(None); and cases where the nearest name is not the speaker.

Each case is (language, [paragraph, ...], [(fragment of a quotation, expected speaker or None)]).
Expected speakers are full names as first introduced, or organisation names as written without
the article; None when the speaker is unnamed.

How it is used (stop 27): a development set, not a held-out one."""

EN = [
    # 1 agency lede, inverted "said Surname" after full intro
    ("en", ["HALVERING, Ohio (Newsline) — Hundreds of nurses walked off the job Tuesday at Halvering General Hospital, the first strike at the 400-bed facility in more than three decades.",
            "Dana Kowalczyk, who has worked in the hospital's cardiac unit for 14 years, said staffing had become dangerous. “We are exhausted and we are done being polite,” said Kowalczyk, holding a hand-painted sign.",
            "“Every single shift, somebody goes home crying,” she added."],
     [("We are exhausted and we are done being polite", "Dana Kowalczyk"), ("Every single shift, somebody goes home crying", "Dana Kowalczyk")]),
    # 2 union leader (f) vs hospital CEO (m), role noun and pronouns
    ("en", ["The strike was called by the Lakeshore Nurses Association, whose president, Gwen Ostrowski, led a rally outside the main entrance on Tuesday morning.",
            "Hospital chief executive Raymond Pell said management had offered a 9 percent raise over three years and accused the union of “walking away from a fair deal.”",
            "The union leader rejected that account. “Nine percent over three years does not even cover what our members lost to inflation last year,” she said.",
            "Pell, for his part, said the hospital would bring in agency nurses. “Patient care will continue uninterrupted,” he told reporters."],
     [("walking away from a fair deal", "Raymond Pell"), ("does not even cover what our members lost", "Gwen Ostrowski"), ("Patient care will continue uninterrupted", "Raymond Pell")]),
    # 3 nearest name is the object of criticism
    ("en", ["Councillor Priya Ramsden criticised Mayor Tom Eckley on Thursday, saying his transport budget was “a slap in the face to every bus driver in this city.”"],
     [("a slap in the face to every bus driver", "Priya Ramsden")]),
    # 4 demand that a named minister resign; speaker after
    ("en", ["“Gareth Lyle has lost the confidence of every rail worker in this country and he should go today,” the general secretary of the Rail and Maritime Union, Neil Braddock, told a crowd of about 2,000 outside Parliament."],
     [("has lost the confidence of every rail worker", "Neil Braddock")]),
    # 5 police statement, institution
    ("en", ["Several people were detained after scuffles broke out near the town hall in Northfield late on Saturday.",
            "In a statement released on Sunday morning, Northfield Police said officers had “responded proportionately to a volatile and fast-moving situation” and that two officers had been treated for minor injuries."],
     [("responded proportionately to a volatile and fast-moving situation", "Northfield Police")]),
    # 6 unnamed protester after a named organiser
    ("en", ["The march was organised by Ellis Vantongeren, a local youth worker, who said about 600 people had signed up online.",
            "One protester, who declined to give her name because she feared losing her job at the distribution centre, said conditions had worsened since the new quotas were introduced. “They time our toilet breaks now,” she said. “They actually time them with a stopwatch.”"],
     [("They time our toilet breaks now", None), ("They actually time them with a stopwatch", None)]),
    # 7 quote over several paragraphs (open quote without closing mark)
    ("en", ["Marjorie Quayle, 67, has lived on the Ashcombe estate since it was built. She spoke to the Courier in her kitchen, where the damp has crept up behind the fridge.",
            "“When we moved in, this was the best place in the borough to bring up children. We had a playground, a doctor, a library, a bus every ten minutes.",
            "“Now the library is shut, the doctor is two buses away and they want to knock the whole lot down and sell it to people who have never set foot here.",
            "“I will be on that picket line every morning until they listen.”"],
     [("this was the best place in the borough", "Marjorie Quayle"), ("they want to knock the whole lot down", "Marjorie Quayle"), ("on that picket line every morning", "Marjorie Quayle")]),
    # 8 Q&A interview
    ("en", ["Teodor Marchetti, 41, is the lead organiser of the Fairwage Riders campaign, which has staged three delivery strikes in Carrow this year. He spoke to the Evening Ledger ahead of Friday's action.",
            "What do riders actually want?",
            "A guaranteed minimum per hour, not per drop. Right now a rider can wait forty minutes outside a restaurant and earn nothing for it.",
            "The platform says most riders like the flexibility.",
            "Flexibility is a nice word for not knowing whether you can pay rent this week."],
     [("A guaranteed minimum per hour, not per drop", "Teodor Marchetti"), ("Flexibility is a nice word for not knowing", "Teodor Marchetti")]),
    # 9 live blog entries
    ("en", ["14:32 — Crowds are now filling Victoria Parade. Our reporter Hana Liddell says the mood is loud but peaceful.",
            "14:41 — The Greenbelt Alliance spokesperson Oliver Mbeki has just addressed the crowd from the back of a truck: “This council thinks it can pave over the last green field in Crossley and nobody will notice. Look around you. We noticed.”",
            "14:55 — Police have closed Canal Street to traffic. A force spokesperson told us: “We are facilitating a lawful protest and would ask drivers to avoid the area.”"],
     [("pave over the last green field in Crossley", "Oliver Mbeki"), ("We are facilitating a lawful protest", None)]),
    # 10 court report: judge and prosecutor, role nouns
    ("en", ["Three climate activists who glued themselves to the steps of the Brennock Crown Court were fined £400 each on Monday.",
            "Prosecutor Alan Whitcombe told the court the protest had caused “significant disruption to people trying to attend their own hearings.”",
            "Sentencing, Judge Miriam Ashdown said she accepted the defendants were “sincere and peaceful people who care deeply about the planet” but that sincerity was not a defence.",
            "“The right to protest is precious, but it does not include the right to stop other people getting to court,” the judge said."],
     [("significant disruption to people trying to attend", "Alan Whitcombe"), ("sincere and peaceful people who care", "Miriam Ashdown"), ("does not include the right to stop other people", "Miriam Ashdown")]),
    # 11 company statement
    ("en", ["Brackwell Foods said in a statement that it was “disappointed that the union has chosen industrial action over continued talks” and that its offer remained on the table.",
            "The company added that deliveries to supermarkets would be “prioritised according to contingency plans.”"],
     [("disappointed that the union has chosen industrial action", "Brackwell Foods"), ("prioritised according to contingency plans", "Brackwell Foods")]),
    # 12 according to
    ("en", ["Saturday's march was “the largest this town has seen since the pit closed in 1987,” according to organiser Lewis Tranter, who put the crowd at more than 5,000."],
     [("the largest this town has seen since", "Lewis Tranter")]),
    # 13 group "they" stays None
    ("en", ["Dozens of students occupied the administration building at Wrexley University on Wednesday, demanding the university freeze tuition for postgraduates.",
            "“We will not pay for their mistakes with our futures,” they said in a short video posted from inside the building."],
     [("We will not pay for their mistakes", None)]),
    # 14 organisation subject with we
    ("en", ["The Coalition for Fair Rents, which represents tenants in four tower blocks, said: “We have written to the council three times since March and we have not received a single reply.”"],
     [("written to the council three times since March", "Coalition for Fair Rents")]),
    # 15 long title before name
    ("en", ["Labour MP for Castlemoor and Dunby Rachel Osei-Hart, who joined the picket line on Friday, said the closure would “rip the heart out of a community that has already given everything.”"],
     [("rip the heart out of a community", "Rachel Osei-Hart")]),
    # 16 fire chief, descriptive role, then by role noun later
    ("en", ["The blaze at the occupied warehouse was brought under control shortly after midnight, the county's deputy fire chief, Martin Greeley, said.",
            "Protesters told reporters the fire had started after a flare was thrown over the fence. Police have not confirmed that account.",
            "“We are not in a position to say how this started and I would ask people not to speculate,” the deputy chief said at a briefing on Sunday."],
     [("We are not in a position to say how this started", "Martin Greeley")]),
    # 17 apposition with age
    ("en", ["Anna Berg, 34, a primary teacher from Welby, travelled three hours to attend. “I have thirty-two children in my class and one teaching assistant for two days a week,” she said."],
     [("thirty-two children in my class", "Anna Berg")]),
    # 18 question quote, asked
    ("en", ["“Who is going to look after my mother when they close the day centre?” asked Joan Pettifer, 71, who cares for her 94-year-old mother at home."],
     [("Who is going to look after my mother", "Joan Pettifer")]),
    # 19 chant, None
    ("en", ["As the column reached the bridge, the crowd began to chant: “Whose streets? Our streets! Whose jobs? Our jobs!”",
            "Organiser Keisha Donnelly, speaking through a megaphone, urged marchers to stay on the agreed route."],
     [("Whose streets? Our streets! Whose jobs?", None)]),
    # 20 quote then another person's rebuttal
    ("en", ["“Management have known about the asbestos in Block C since at least 2019,” said Craig Hollinshead, the union's health and safety representative.",
            "But Fiona Straker, a spokeswoman for Wendle Engineering, dismissed the claim: “Every survey we have commissioned has been shared with the workforce, and none of them found asbestos in Block C.”"],
     [("known about the asbestos in Block C", "Craig Hollinshead"), ("Every survey we have commissioned has been shared", "Fiona Straker")]),
    # 21 two speakers in one paragraph
    ("en", ["“It's a good first step,” said Harriet Mwangi of the tenants' union, while landlord representative Bernard Coyle called the rent cap “a disaster that will drive small owners out of the market.”"],
     [("It's a good first step", "Harriet Mwangi"), ("a disaster that will drive small owners", "Bernard Coyle")]),
    # 22 mid-sentence fragments, described as
    ("en", ["Senator Darnell Hollis described the proposal as “a disgrace” and said it would “gut rural bus services for a generation,” adding that he would vote against it."],
     [("gut rural bus services for a generation", "Darnell Hollis")]),
    # 23 told outlet, surname only after long intro
    ("en", ["SANTOS BAY (Coastwire) — Dockworkers at the port of Santos Bay extended their strike into a second week on Monday, leaving more than 40 container ships waiting offshore.",
            "Paulo Ferreira, a spokesman for the Port Workers' Federation, said the union would not return to talks until the port authority withdrew plans to automate two terminals.",
            "“Automation is not progress if it means throwing 1,200 families onto the street,” Ferreira told Coastwire by phone."],
     [("Automation is not progress if it means", "Paulo Ferreira")]),
    # 24 colon then quote in next paragraph
    ("en", ["Asked whether the city would meet the strikers' demands, Mayor Karin Lindqvist was blunt:",
            "“Not with money we do not have. I will not cut the fire service to pay for a settlement.”"],
     [("Not with money we do not have", "Karin Lindqvist")]),
    # 25 two women, surname resolution and pronoun
    ("en", ["Sandra Hughes and Denise Mallon have shared a till at the Brookfield supermarket for eleven years. Both are on strike for the first time in their lives.",
            "“I never thought I'd be stood out here with a placard,” Mallon said, laughing.",
            "Hughes was more cautious. “I just want them to sit down and talk to us properly,” she said. “Nobody wants to be out here in November.”"],
     [("never thought I'd be stood out here", "Denise Mallon"), ("sit down and talk to us properly", "Sandra Hughes"), ("Nobody wants to be out here in November", "Sandra Hughes")]),
    # 26 social media post
    ("en", ["In a post on social media late on Wednesday, Councillor Hamid Rauf wrote: “I stand with the refuse workers. They kept this city clean through the pandemic and they deserve better than a pay cut.”"],
     [("I stand with the refuse workers", "Hamid Rauf")]),
    # 27 feature, present tense says, surname later
    ("en", ["At six in the morning the picket at Gate 4 is already a dozen strong. Maureen Tolland, 58, has brought a flask of tea and a tin of flapjacks.",
            "Her husband worked at the plant for thirty years before his back gave out, and her son is one of the 300 facing redundancy.",
            "“This factory built this town,” says Tolland. “If it goes, the town goes with it.”"],
     [("This factory built this town", "Maureen Tolland"), ("If it goes, the town goes with it", "Maureen Tolland")]),
    # 28 name inside the quote
    ("en", ["“I told Minister Ashworth to his face last spring that this would end in strikes, and he laughed,” said Bryn Caddick, secretary of the Valleys Bus Drivers' branch."],
     [("I told Minister Ashworth to his face", "Bryn Caddick")]),
    # 29 group named earlier, "the group said in a statement"
    ("en", ["Members of the Rising Tide Collective blocked the entrance to the Pellham oil terminal for six hours on Thursday.",
            "Police arrested 14 people. Local MP Richard Varley said the action was “reckless and selfish and put lives at risk on the road.”",
            "The group said in a statement that its members had “no intention of stopping until the expansion is cancelled.”"],
     [("reckless and selfish and put lives", "Richard Varley"), ("no intention of stopping until the expansion", "Rising Tide Collective")]),
    # 30 police sources None
    ("en", ["Police sources said the man arrested at the scene was “not believed to be connected to the organisers of the march” and had travelled from outside the region."],
     [("not believed to be connected to the organisers", None)]),
    # 31 anonymous official
    ("en", ["A senior government official, speaking on condition of anonymity because talks were ongoing, said ministers were “prepared to move on pay but not on pensions.”",
            "Opposition leader Catherine Ambrose said the government was “negotiating through the newspapers instead of across the table.”"],
     [("prepared to move on pay but not on pensions", None), ("negotiating through the newspapers instead of", "Catherine Ambrose")]),
    # 32 said the 52-year-old
    ("en", ["Derek Antrobus has worked on the line at Kellerby Glass since 1994.",
            "“They gave us a four-minute video call to tell us we were finished,” said the 52-year-old, who has two children at university."],
     [("gave us a four-minute video call", "Derek Antrobus")]),
    # 33 union leader three paragraphs back, employer in between
    ("en", ["The GMT Workers' Union general secretary, Lorraine Pickersgill, announced the ballot result at a press conference in Sheffield on Monday.",
            "Eighty-four percent of members voted for strike action on a turnout of 71 percent.",
            "The employer, Trentbridge Logistics, said through its director of operations, Simon Akers, that it remained “open to further discussions at any time.”",
            "The union leader said that offer had been made before. “We have heard ‘open to discussions’ for nine months and not one penny has moved,” she said."],
     [("open to further discussions at any time", "Simon Akers"), ("not one penny has moved", "Lorraine Pickersgill")]),
    # 34 straight quotes, regional online outlet
    ("en", ["Residents packed the community hall in Ferrisford on Tuesday night to oppose plans for a 24-hour quarry.",
            "\"My kids' bedroom window is 200 metres from where they want to blast,\" said Owen Gallagher, who organised the meeting.",
            "Quarry operator Stonemarch Aggregates said in an emailed response that the plans were \"fully compliant with national guidance on noise and dust.\""],
     [("My kids' bedroom window is 200 metres", "Owen Gallagher"), ("fully compliant with national guidance on noise", "Stonemarch Aggregates")]),
    # 35 inner single quotes
    ("en", ["Witnesses described officers moving in without warning shortly after 4pm.",
            "“An officer looked at us and said, ‘Right, that's enough,’ and then they just charged at the front row,” said Tamsin Oduya, a 23-year-old nursing student who was at the front of the crowd."],
     [("and then they just charged at the front row", "Tamsin Oduya")]),
    # 36 letter to staff
    ("en", ["In a letter to staff seen by the Gazette, chief executive Olivia Stannard wrote that the company “cannot sustain current pay levels in the present market” and that voluntary redundancies would be offered first."],
     [("cannot sustain current pay levels in the present market", "Olivia Stannard")]),
    # 37 parliamentary exchange
    ("en", ["Responding in the Commons, the transport minister, Jeremy Forsdyke, said the government had “bent over backwards” to reach a deal.",
            "“There is a fair offer on the table, and I would urge the union to put it to its members,” he said.",
            "His shadow, Nadia Karim, accused him of “hiding behind the train operators” and said: “The minister could end this strike tomorrow if he picked up the phone.”"],
     [("There is a fair offer on the table", "Jeremy Forsdyke"), ("could end this strike tomorrow if he picked", "Nadia Karim")]),
    # 38 split quote around said
    ("en", ["“We came here peacefully,” said Joseph Adeyemi, one of the organisers, “and we will leave here peacefully, whatever anyone tries to provoke.”"],
     [("we will leave here peacefully, whatever anyone", "Joseph Adeyemi")]),
    # 39 statement read
    ("en", ["A statement from the Westmere Ambulance Trust, read to reporters outside its headquarters, said the trust had “well-rehearsed plans to ensure that emergency calls are answered.”"],
     [("well-rehearsed plans to ensure that emergency calls", "Westmere Ambulance Trust")]),
    # 40 he after intervening woman
    ("en", ["Council leader Graham Pocock defended the decision to close three libraries at a stormy meeting on Monday, while campaigner Ruth Anselm read out a petition signed by 8,000 residents.",
            "Anselm was loudly applauded. Pocock was heckled repeatedly from the public gallery.",
            "“I understand people are angry, but I have to set a legal budget,” he said."],
     [("I have to set a legal budget", "Graham Pocock")]),
    # 41 video statement
    ("en", ["In a video posted online on Sunday, the leader of the farmers' convoy, Hugh Trevelyan, said the tractors would “stay on the ring road until someone in government returns our calls.”"],
     [("stay on the ring road until someone", "Hugh Trevelyan")]),
    # 42 court ruling
    ("en", ["The High Court ruled on Friday that the blanket ban on marches in the city centre had been unlawful.",
            "The ruling said the ban “went further than was necessary to protect public order” and that the police had failed to consider less restrictive options."],
     [("went further than was necessary to protect", "High Court")]),
    # 43 shouted by unnamed man
    ("en", ["As the minister's car pulled away, a man in a hi-vis jacket shouted: “You'll be back here when you want our votes!”",
            "The minister, Alastair Penhaligon, did not respond."],
     [("You'll be back here when you want our votes", None)]),
    # 44 speaker named only after second quote, said the woman
    ("en", ["“I was a nurse for 38 years. I held people's hands while they died,” the woman said, her voice breaking. “And now I can't afford to heat my flat.”",
            "She would give only her first name, Carol."],
     [("I held people's hands while they died", None), ("can't afford to heat my flat", None)]),
    # 45 reported speech with 'said that' and partial quote, then resolves to spokesman with spokeswoman present
    ("en", ["Hannah Briers, a spokeswoman for the organisers, said about 20,000 people had taken part. Inspector Colin Reddaway gave a lower estimate.",
            "The inspector said officers had counted “somewhere in the region of eight thousand people” passing the cathedral, and that the march had been “overwhelmingly good-natured from start to finish.”"],
     [("somewhere in the region of eight thousand people", "Colin Reddaway"), ("overwhelmingly good-natured from start to finish", "Colin Reddaway")]),
]

ES = [
    # 1 teletipo, cargo largo y nombre, luego apellido tras la cita
    ("es", ["VALDEMORA, 12 (Agencia Meridiana) — Cerca de 2.000 trabajadores del metal secundaron este martes la primera jornada de huelga convocada en la comarca del Bajo Tormal.",
            "La secretaria de Organización de Unión Metalúrgica en la provincia, Begoña Urquiza, cifró el seguimiento en el 90 %.",
            "«Las empresas llevan dos años batiendo récords de beneficio y ahora nos ofrecen una subida del 1 %», dijo Urquiza ante los piquetes."],
     [("llevan dos años batiendo récords de beneficio", "Begoña Urquiza")]),
    # 2 la dirigente vs el empresario, rol con género
    ("es", ["La portavoz del comité de empresa, Rocío Lanzarote, y el director de la planta, Aurelio Manzaneque, se reunieron durante tres horas sin alcanzar un acuerdo.",
            "Al término del encuentro, el directivo aseguró que la compañía «ha hecho un esfuerzo enorme» y que la propuesta «es la mejor posible en el contexto actual del sector».",
            "La dirigente sindical lo negó. «Nos han traído el mismo papel que en julio con otra fecha», afirmó."],
     [("es la mejor posible en el contexto actual", "Aurelio Manzaneque"), ("Nos han traído el mismo papel que en julio", "Rocío Lanzarote")]),
    # 3 inciso —dijo— dentro de la cita
    ("es", ["«No nos vamos a mover de aquí —dijo Anselmo Garrigós, de 63 años, mientras señalaba la tienda de campaña— hasta que alguien de la Consejería baje a hablar con nosotros»."],
     [("hasta que alguien de la Consejería baje", "Anselmo Garrigós")]),
    # 4 según explicó, detrás
    ("es", ["La plataforma convocará nuevas movilizaciones cada jueves «mientras el hospital siga sin pediatra de guardia por las noches», según explicó su coordinadora, Nuria Baeza."],
     [("mientras el hospital siga sin pediatra de guardia", "Nuria Baeza")]),
    # 5 nombre en la cita / objeto, no hablante
    ("es", ["El concejal de Izquierda Común Iñaki Zubeldia exigió la dimisión del alcalde, Fausto Carrizo, al que acusó de «mentir a los vecinos sobre el coste real del aparcamiento»."],
     [("mentir a los vecinos sobre el coste real", "Iñaki Zubeldia")]),
    # 6 institución: Subdelegación
    ("es", ["Unas 4.500 personas, según la Subdelegación del Gobierno, y más de 15.000, según los convocantes, se manifestaron el domingo en Puertollano del Río.",
            "La Subdelegación informó de que la marcha «se desarrolló con total normalidad» y de que no hubo que lamentar incidentes."],
     [("se desarrolló con total normalidad", "Subdelegación del Gobierno")]),
    # 7 vecina anónima, con nombre cerca
    ("es", ["El presidente de la asociación vecinal, Teodoro Abascal, encabezó la protesta frente a la parada suprimida.",
            "Una vecina de 78 años, que prefirió no identificarse, se quejó de que ahora tiene que caminar casi un kilómetro cuesta arriba. «Con mis rodillas, eso es quedarme encerrada en casa», lamentó."],
     [("eso es quedarme encerrada en casa", None)]),
    # 8 cita en varios párrafos con comillas de continuación
    ("es", ["Leonor Casabó trabaja desde hace 22 años en la residencia de mayores de Santa Eulalia. Atiende a este diario durante su descanso, todavía con el uniforme puesto.",
            "«Por la noche somos dos auxiliares para 48 residentes. Si uno se cae y otro pide ayuda a la vez, tienes que elegir a quién atiendes primero.",
            "»Eso no es cuidar a nadie. Eso es apagar fuegos durante ocho horas y volver a casa sin dormir pensando en lo que has dejado sin hacer»."],
     [("somos dos auxiliares para 48 residentes", "Leonor Casabó"), ("Eso es apagar fuegos durante ocho horas", "Leonor Casabó")]),
    # 9 partido entre paréntesis, comillas inglesas
    ("es", ["El diputado Ernesto Valbuena (Alianza Cívica) calificó la ley de “un ataque frontal contra el derecho de reunión” y anunció que su grupo la recurrirá ante el Tribunal Constitucional."],
     [("un ataque frontal contra el derecho de reunión", "Ernesto Valbuena")]),
    # 10 sindicato como hablante con nosotros
    ("es", ["El sindicato Enfermería Unida del Norte aseguró en un comunicado: «Llevamos meses advirtiendo de que el verano sería insostenible y nadie nos ha escuchado»."],
     [("Llevamos meses advirtiendo de que el verano", "Enfermería Unida del Norte")]),
    # 11 fuentes policiales None
    ("es", ["Fuentes de la Policía Local consultadas por Diario del Llano aseguraron que los daños en el mobiliario urbano «superan con creces los 20.000 euros»."],
     [("superan con creces los 20.000 euros", None)]),
    # 12 en declaraciones a, inversión
    ("es", ["«Si cierran la mina, este valle se queda sin futuro y sin gente», advirtió en declaraciones a Radio Cierzo el alcalde de Villarrubia, Hermenegildo Sopeña."],
     [("este valle se queda sin futuro", "Hermenegildo Sopeña")]),
    # 13 ellos grupales None
    ("es", ["Decenas de estudiantes se encerraron el miércoles en el rectorado de la Universidad de Calzadilla para exigir la rebaja de las tasas de máster.",
            "«No nos iremos hasta que el rector firme un compromiso por escrito», aseguraron desde una de las ventanas."],
     [("No nos iremos hasta que el rector firme", None)]),
    # 14 él/ella con dos personas, pronombre implícito, sujeto omitido
    ("es", ["Al acto asistieron la consejera de Empleo, Amparo Villacañas, y el presidente de la patronal, Gregorio Lastras.",
            "Villacañas defendió el nuevo plan de formación, que a su juicio «permitirá recolocar a la mitad de los despedidos en menos de un año».",
            "Lastras, en cambio, se mostró escéptico: «Los planes de formación están muy bien en un PowerPoint, pero las empresas necesitan certidumbre fiscal»."],
     [("permitirá recolocar a la mitad de los despedidos", "Amparo Villacañas"), ("están muy bien en un PowerPoint", "Gregorio Lastras")]),
    # 15 sentencia judicial como hablante
    ("es", ["El Tribunal Superior de Justicia de Almedra ha anulado la sanción de 600 euros impuesta a un sindicalista durante un piquete.",
            "La sentencia considera que la actuación del trabajador «se enmarca en el ejercicio legítimo del derecho de huelga» y que la multa carecía de motivación suficiente."],
     [("se enmarca en el ejercicio legítimo del derecho", "Tribunal Superior de Justicia de Almedra")]),
    # 16 pregunta y exclamación
    ("es", ["«¿Quién va a cuidar de nuestros hijos si cierran la escuela infantil?», preguntó a gritos Yolanda Cebrián, madre de dos niños, ante la puerta del Ayuntamiento.",
            "«¡Queremos respuestas, no más excusas!», corearon a continuación los cerca de 300 padres concentrados."],
     [("Quién va a cuidar de nuestros hijos", "Yolanda Cebrián"), ("Queremos respuestas, no más excusas", None)]),
    # 17 réplica de otra persona
    ("es", ["«La empresa sabía desde marzo que el andamio no cumplía la normativa», denunció el delegado de prevención, Julián Orbegozo.",
            "Construcciones Almiral replicó en una nota remitida a este periódico que la obra «ha superado todas las inspecciones preceptivas» y que colaborarán con la investigación."],
     [("sabía desde marzo que el andamio no cumplía", "Julián Orbegozo"), ("ha superado todas las inspecciones preceptivas", "Construcciones Almiral")]),
    # 18 edad entre comas
    ("es", ["Marcelino Ruedas, de 58 años, lleva 30 conduciendo autobuses en la ciudad. «Nunca había visto una plantilla tan quemada como ahora», confesó."],
     [("Nunca había visto una plantilla tan quemada", "Marcelino Ruedas")]),
    # 19 dos puntos y cita en párrafo siguiente
    ("es", ["Preguntada por si dimitiría si la huelga se prolonga, la ministra de Transportes, Consuelo Arrebola, fue tajante:",
            "«No. Mi obligación es resolver el conflicto, no huir de él»."],
     [("Mi obligación es resolver el conflicto", "Consuelo Arrebola")]),
    # 20 el portavoz rol después de varios párrafos, con mujer intermedia
    ("es", ["El portavoz de la Coordinadora Estatal de Pensionistas, Benigno Ardanaz, leyó el manifiesto final en la plaza de la Constitución.",
            "Antes había intervenido la exconcejala Milagros Tostado, muy aplaudida por los asistentes.",
            "Más tarde, el portavoz insistió en que las movilizaciones continuarán: «Los lunes al sol no son solo para los parados; los pensionistas también sabemos hacer ruido», dijo."],
     [("los pensionistas también sabemos hacer ruido", "Benigno Ardanaz")]),
    # 21 estilo indirecto con fragmento citado y "según"
    ("es", ["Según la Consejería de Educación, el seguimiento de la huelga docente fue del 18 %, una cifra que los sindicatos elevan al 65 %.",
            "El departamento añadió que los servicios mínimos «se han cumplido escrupulosamente en todos los centros»."],
     [("se han cumplido escrupulosamente en todos los centros", "Consejería de Educación")]),
    # 22 entrevista pregunta-respuesta
    ("es", ["Soledad Ibarrola (Tolosa de Campos, 1971) preside desde hace una década la Asociación de Afectados por la Autovía. Conversamos con ella en su casa, a escasos 50 metros del trazado.",
            "—¿Qué piden exactamente?",
            "—Que entierren la autovía a su paso por el pueblo. No pedimos nada que no se haya hecho en otras ciudades.",
            "—El Ministerio dice que es inviable económicamente.",
            "—Inviable es vivir con 40.000 camiones al día pasando por delante de la ventana."],
     [("Que entierren la autovía a su paso", "Soledad Ibarrola"), ("Inviable es vivir con 40.000 camiones", "Soledad Ibarrola")]),
    # 23 crónica en directo
    ("es", ["12.15 — La cabecera de la manifestación llega a la plaza de España. Los organizadores piden a los asistentes que no bloqueen la salida del metro.",
            "12.32 — Interviene desde el escenario la secretaria general de Fuerza Obrera, Pilar Santamarina: «Hoy no estamos aquí para pedir, estamos aquí para exigir lo que es nuestro».",
            "12.40 — Un portavoz de la Policía Nacional nos confirma que no se han registrado incidentes."],
     [("Hoy no estamos aquí para pedir", "Pilar Santamarina")]),
    # 24 nombre mencionado dentro de la cita
    ("es", ["«Le dije al consejero Ballesteros en persona que esto iba a acabar así, y se rio», recordó Amadeo Quiñones, presidente de la cooperativa."],
     [("Le dije al consejero Ballesteros en persona", "Amadeo Quiñones")]),
    # 25 empresa en comunicado, luego "la compañía"
    ("es", ["Lácteos del Norbe anunció el jueves el cierre de su planta de Ribalta, que emplea a 210 personas.",
            "En un comunicado, la compañía atribuye la decisión a «la caída sostenida del consumo y el aumento de los costes energéticos» y asegura que ofrecerá recolocaciones en otras fábricas del grupo."],
     [("la caída sostenida del consumo y el aumento", "Lácteos del Norbe")]),
    # 26 apellido compuesto y rol "el sindicalista"
    ("es", ["El responsable de Acción Sindical de Trabajadores Unidos, Ramón Iturbe-Salcedo, participó en la asamblea de Astilleros del Sur.",
            "La directora de Recursos Humanos, Clara Menchaca, había enviado horas antes una carta a la plantilla.",
            "«Esa carta es una amenaza encubierta y así la vamos a denunciar ante la Inspección», aseguró el sindicalista."],
     [("Esa carta es una amenaza encubierta", "Ramón Iturbe-Salcedo")]),
    # 27 alcaldesa por cargo y pronombre, él cerca
    ("es", ["La alcaldesa de Fuentealba, Remedios Ocaña, recibió a una delegación de los agricultores, encabezada por Casimiro Bermejo.",
            "Tras la reunión, la regidora explicó que trasladará las demandas al Gobierno regional, aunque reconoció que «el margen del Ayuntamiento es muy limitado en materia agraria»."],
     [("el margen del Ayuntamiento es muy limitado", "Remedios Ocaña")]),
    # 28 carta / redes sociales
    ("es", ["La exdiputada Covadonga Larrinaga escribió en sus redes sociales: «Hoy me manifiesto como abuela, no como política. Nuestros nietos merecen un aire que se pueda respirar»."],
     [("Hoy me manifiesto como abuela, no como política", "Covadonga Larrinaga")]),
    # 29 citas de dos personas en el mismo párrafo
    ("es", ["Mientras el delegado sindical Hilario Benjumea habló de «un éxito rotundo de la plantilla», la empresa, Transportes Galindo, calificó el paro de «minoritario y sin incidencia en el servicio»."],
     [("un éxito rotundo de la plantilla", "Hilario Benjumea"), ("minoritario y sin incidencia en el servicio", "Transportes Galindo")]),
    # 30 manifestante anónima junto a su pareja
    ("es", ["Entre los asistentes había muchas familias jóvenes. «Pagamos 950 euros por un piso de 50 metros y sin ascensor», contaba una joven que empujaba un carrito, mientras su pareja sostenía una pancarta."],
     [("Pagamos 950 euros por un piso", None)]),
    # 31 agentes/Guardia Civil institución "el instituto armado"
    ("es", ["La Guardia Civil detuvo a dos personas durante el corte de la autovía A-74 a la altura de Villaseca.",
            "El instituto armado explicó en una nota que los detenidos «se negaron reiteradamente a abandonar la calzada» y que uno de ellos agredió a un agente."],
     [("se negaron reiteradamente a abandonar la calzada", "Guardia Civil")]),
    # 32 declaraciones tras la cita con "añadió" y cambio de hablante
    ("es", ["«Esto es solo el principio», advirtió la presidenta del colectivo de interinos, Eulalia Prats, al término de la concentración.",
            "Su compañero en la junta directiva, Saturnino Vela, fue más allá: «Si en septiembre no hay oferta de estabilización, no empezará el curso en ningún instituto de la provincia».",
            "«Y que nadie diga que no avisamos», añadió Prats."],
     [("Si en septiembre no hay oferta de estabilización", "Saturnino Vela"), ("Y que nadie diga que no avisamos", "Eulalia Prats")]),
    # 33 gobierno central, fuentes del ministerio None; ministerio hablante
    ("es", ["Fuentes del Ministerio de Agricultura admitieron que la reunión fue «tensa», pero recalcaron que el diálogo sigue abierto.",
            "El Ministerio, en cambio, había difundido por la mañana un comunicado en el que aseguraba que las ayudas «llegarán a todos los afectados antes de final de año»."],
     [("llegarán a todos los afectados antes de final", "Ministerio de Agricultura")]),
    # 34 la víctima / el herido: nombre introducido en primer párrafo, citado por descripción
    ("es", ["Gervasio Ulloa, fotógrafo freelance, resultó herido en la cabeza por el impacto de una pelota de goma durante los disturbios del sábado.",
            "El reportero, que sigue ingresado, relató a Crónica del Sur que «no había ninguna advertencia previa ni ningún grupo violento cerca» cuando recibió el impacto."],
     [("no había ninguna advertencia previa ni", "Gervasio Ulloa")]),
    # 35 reacción de la oposición que cita al gobierno
    ("es", ["La portavoz del Gobierno regional, Inmaculada Pizarro, afirmó que la huelga de médicos «responde a intereses políticos y no sanitarios».",
            "El líder de la oposición, Fidel Carreño, replicó que «lo único político aquí son las listas de espera de once meses»."],
     [("responde a intereses políticos y no sanitarios", "Inmaculada Pizarro"), ("lo único político aquí son las listas", "Fidel Carreño")]),
    # 36 sujeto elíptico en varios párrafos
    ("es", ["El catedrático de Sociología Laboral Efrén Montoliu, autor de un estudio sobre la precariedad en el sector turístico, participó en la mesa redonda organizada por las camareras de piso.",
            "Recordó que el 70 % de las trabajadoras encuestadas toma analgésicos a diario para poder terminar la jornada.",
            "«No estamos hablando de un problema de productividad, sino de salud pública», subrayó."],
     [("No estamos hablando de un problema de productividad", "Efrén Montoliu")]),
    # 37 "sostuvo" con nombre antes y cita en medio de la frase
    ("es", ["Ángela Retuerto, de la Red de Despensas Solidarias, sostuvo que la demanda de alimentos «se ha duplicado en apenas seis meses» y que muchos de los nuevos usuarios «tienen trabajo, pero no les llega»."],
     [("se ha duplicado en apenas seis meses", "Ángela Retuerto"), ("tienen trabajo, pero no les llega", "Ángela Retuerto")]),
    # 38 portavoz anónimo de empresa None
    ("es", ["Un portavoz de la concesionaria, que pidió no ser identificado, aseguró que los recortes de frecuencias «son temporales y obedecen a la falta de conductores»."],
     [("son temporales y obedecen a la falta", None)]),
    # 39 hablante introducido con «para» + opinión
    ("es", ["Para el economista Bernardo Altamira, la subida del salario mínimo «no ha destruido empleo en ninguna de las comunidades estudiadas»."],
     [("no ha destruido empleo en ninguna", "Bernardo Altamira")]),
    # 40 dos mujeres, «la primera», «la segunda» evitado: apellido y «ella» tras una tercera persona masculina
    ("es", ["Las enfermeras Carmela Anzuola y Esperanza Tobarra llevan 12 días en huelga de hambre frente al hospital comarcal. Las acompaña el médico jubilado Fulgencio Rey, que controla sus constantes.",
            "«Estamos débiles, pero más decididas que el primer día», aseguró Tobarra desde su silla plegable.",
            "Anzuola, la más joven de las dos, apenas habló. «Solo pido que vengan a vernos», dijo en voz baja."],
     [("más decididas que el primer día", "Esperanza Tobarra"), ("Solo pido que vengan a vernos", "Carmela Anzuola")]),
]

DE = [
    # 1 Agenturmeldung, so + Name nachgestellt
    ("de", ["Kalbenstedt (nmd) - Rund 1.500 Beschäftigte des Autozulieferers Hebrand Technik haben am Dienstag vor dem Werkstor gegen die geplante Verlagerung der Produktion nach Osteuropa protestiert.",
            "„Wir lassen uns nicht wie eine Zitrone auspressen und dann wegwerfen“, sagte Betriebsratschef Volker Tiedemann vor der Menge.",
            "„Das Werk schreibt schwarze Zahlen, das wissen alle hier“, so Tiedemann weiter."],
     [("Wir lassen uns nicht wie eine Zitrone", "Volker Tiedemann"), ("Das Werk schreibt schwarze Zahlen", "Volker Tiedemann")]),
    # 2 Gewerkschafterin vs Arbeitgebervertreter, Genus
    ("de", ["Die Verhandlungsführerin der Gewerkschaft Handel und Dienste, Sabine Krautwurst, und der Personalvorstand der Kettler-Märkte, Joachim Brehme, saßen am Montag zum vierten Mal zusammen.",
            "Der Manager bezeichnete das Angebot als „marktgerecht und für beide Seiten tragfähig“.",
            "Die Gewerkschafterin hielt dagegen: „Mit diesem Angebot verlieren unsere Kolleginnen an der Kasse real Geld, und zwar jeden Monat.“"],
     [("marktgerecht und für beide Seiten tragfähig", "Joachim Brehme"), ("verlieren unsere Kolleginnen an der Kasse", "Sabine Krautwurst")]),
    # 3 Kreisvorsitzender mit Partei in Klammern
    ("de", ["Der Kreisvorsitzende der Bürgerliste Ostland, Gerd Wollenhaupt (BLO), nannte die Schließung der Geburtsstation „einen Schlag ins Gesicht aller jungen Familien im Landkreis“."],
     [("einen Schlag ins Gesicht aller jungen Familien", "Gerd Wollenhaupt")]),
    # 4 Polizei als Institution
    ("de", ["Bei der Demonstration gegen den Ausbau des Flughafens Brennersfeld ist es am Samstag zu Rangeleien gekommen.",
            "Die Polizei teilte am Abend mit, Einsatzkräfte seien „mit Flaschen und Pyrotechnik beworfen“ worden, drei Beamte seien leicht verletzt.",
            "„Der weit überwiegende Teil der Versammlung verlief friedlich“, hieß es in der Mitteilung der Polizeidirektion Brennersfeld weiter."],
     [("Der weit überwiegende Teil der Versammlung", "Polizeidirektion Brennersfeld")]),
    # 5 laut
    ("de", ["Laut dem Veranstalter, dem Bündnis Mietenwende, kamen mehr als 8.000 Menschen zu der Kundgebung auf dem Marktplatz, die Polizei sprach von rund 3.000.",
            "Laut Polizeisprecherin Jana Mewes verlief die Versammlung „zu jedem Zeitpunkt friedlich und gut organisiert“.",
            "Die Mieten in der Stadt seien „in fünf Jahren um fast 40 Prozent gestiegen, die Löhne nicht einmal um zehn“, sagte Bündnissprecher Carsten Neuhäuser."],
     [("zu jedem Zeitpunkt friedlich und gut organisiert", "Jana Mewes"), ("in fünf Jahren um fast 40 Prozent gestiegen", "Carsten Neuhäuser")]),
    # 6 » « guillemets, Feature, Nachname später
    ("de", ["Hannelore Brünings steht seit 5 Uhr früh am Feuer in der Tonne. Die 61-Jährige arbeitet seit 34 Jahren in der Wäscherei des Kreisklinikums.",
            "»Wir waschen hier die Bettwäsche von Sterbenden und Neugeborenen«, sagt Brünings. »Und jetzt sollen wir an eine Fremdfirma verkauft werden wie ein altes Möbelstück.«"],
     [("Wir waschen hier die Bettwäsche von Sterbenden", "Hannelore Brünings"), ("an eine Fremdfirma verkauft werden", "Hannelore Brünings")]),
    # 7 Name im Zitat ist nicht Sprecher
    ("de", ["„Ich habe Minister Oberhauser schon im Frühjahr gesagt, dass die Landwirte das nicht hinnehmen werden“, sagte Bauernverbandspräsident Ludger Hespenheide vor den rund 600 Traktoren."],
     [("Ich habe Minister Oberhauser schon im Frühjahr", "Ludger Hespenheide")]),
    # 8 Rücktrittsforderung, Objekt nah
    ("de", ["Die Landtagsabgeordnete Derya Karakurt forderte den Rücktritt von Innenminister Bernd Olmesdahl. Dieser habe „die Lage in der Nacht völlig falsch eingeschätzt und die Einsatzkräfte im Stich gelassen“."],
     [("die Lage in der Nacht völlig falsch eingeschätzt", "Derya Karakurt")]),
    # 9 unbenannte Demonstrantin
    ("de", ["Unter den Demonstrierenden war auch die Stadträtin Leonie Voßkamp (Bürgerliste Ostland).",
            "Eine Pflegekraft, die ihren Namen nicht in der Zeitung lesen möchte, erzählte von Nachtschichten allein mit 30 Patienten. „Man hat ständig Angst, dass man etwas übersieht“, sagte sie."],
     [("Man hat ständig Angst, dass man etwas übersieht", None)]),
    # 10 Zitat über mehrere Absätze
    ("de", ["Für Friedemann Lorenzen, 47, Lokführer aus Gersdorf, ist der Streik der erste seiner Laufbahn. Er steht mit einer Warnweste vor dem Stellwerk.",
            "„Ich fahre seit 23 Jahren Züge. Ich habe Dienstpläne erlebt, die sich jede Woche ändern, Pausen in Bahnhöfen ohne Toilette, Nächte in Hotels, die ich selbst bezahlt habe.",
            "Irgendwann ist einfach Schluss. Meine Kinder kennen mich nur noch müde.“"],
     [("Ich fahre seit 23 Jahren Züge", "Friedemann Lorenzen"), ("Meine Kinder kennen mich nur noch müde", "Friedemann Lorenzen")]),
    # 11 Gericht / Urteil
    ("de", ["Das Verwaltungsgericht Hollstein hat das Verbot des Protestcamps im Stadtpark aufgehoben.",
            "Die Stadt habe „nicht hinreichend dargelegt, dass von dem Camp eine unmittelbare Gefahr für die öffentliche Sicherheit ausgeht“, heißt es in dem Beschluss.",
            "Ein Sprecher der Stadt kündigte an, man werde die Entscheidung prüfen."],
     [("nicht hinreichend dargelegt, dass von dem Camp", "Verwaltungsgericht Hollstein")]),
    # 12 sagte Name nach Zitat, zwei Personen
    ("de", ["„Das ist kein Warnstreik mehr, das ist ein Hilferuf“, sagte Erzieherin Svenja Pohlmann aus der Kita Regenbogen.",
            "Ihr Kollege Matthias Dreesen ergänzte: „Wir betreuen inzwischen 25 Kinder zu zweit, manchmal allein.“"],
     [("Das ist kein Warnstreik mehr", "Svenja Pohlmann"), ("Wir betreuen inzwischen 25 Kinder zu zweit", "Matthias Dreesen")]),
    # 13 der Gewerkschafter nach Unterbrechung durch Frau
    ("de", ["Der Bezirksleiter der Industriegewerkschaft Chemie Nordwest, Rainer Kuhlmey, sprach am Mittag auf der Kundgebung.",
            "Auch die Oberbürgermeisterin Annegret Fiebig hatte sich angekündigt, ließ sich aber kurzfristig vertreten.",
            "„Wir werden diesen Standort nicht kampflos aufgeben“, rief der Gewerkschafter unter dem Applaus der Beschäftigten."],
     [("Wir werden diesen Standort nicht kampflos", "Rainer Kuhlmey")]),
    # 14 Unternehmen Stellungnahme
    ("de", ["Lindholm Logistik erklärte auf Anfrage, man bedauere den Streik. Man sei „jederzeit zu konstruktiven Gesprächen auf Basis des vorliegenden Angebots bereit“."],
     [("jederzeit zu konstruktiven Gesprächen auf Basis", "Lindholm Logistik")]),
    # 15 indirekte Rede mit Zitatfetzen, so der Sprecher
    ("de", ["Die Lage an der Autobahnauffahrt sei „weiterhin angespannt, aber unter Kontrolle“, so ein Polizeisprecher am Nachmittag."],
     [("weiterhin angespannt, aber unter Kontrolle", None)]),
    # 16 Doppelpunkt, Zitat im Folgeabsatz
    ("de", ["Auf die Frage, ob die Stadt den Forderungen der Busfahrer nachkommen werde, antwortete Oberbürgermeister Karl-Heinz Wettengel knapp:",
            "„Nicht mit Geld, das wir nicht haben. Ich werde dafür keine Schulen schließen.“"],
     [("Nicht mit Geld, das wir nicht haben", "Karl-Heinz Wettengel")]),
    # 17 Alter in Kommas, sie-Pronomen
    ("de", ["Mira Ostendorf, 19, Schülerin aus Lübbersdorf, hat die Klimademo an ihrer Schule organisiert. „Wir schwänzen nicht, wir lernen hier mehr als in jeder Doppelstunde“, sagt sie."],
     [("wir lernen hier mehr als in jeder Doppelstunde", "Mira Ostendorf")]),
    # 18 Ministerium als Sprecher
    ("de", ["Das Landesministerium für Wissenschaft wies die Kritik der Studierenden zurück. Die Kürzungen seien „moderat und mit den Hochschulleitungen abgestimmt“, erklärte das Ministerium."],
     [("moderat und mit den Hochschulleitungen abgestimmt", "Landesministerium für Wissenschaft")]),
    # 19 Sprechchor None
    ("de", ["Als der Zug das Rathaus erreichte, skandierten die Demonstrierenden: „Wir sind hier, wir sind laut, weil man uns die Zukunft klaut!“"],
     [("weil man uns die Zukunft klaut", None)]),
    # 20 Interview Frage-Antwort
    ("de", ["Cornelia Haberkorn ist Sprecherin der Bürgerinitiative Lebenswertes Talheim, die seit zwei Jahren gegen die geplante Müllverbrennungsanlage kämpft. Mit ihr sprach Jens Albers.",
            "Frau Haberkorn, die Genehmigung ist erteilt. Ist der Kampf verloren?",
            "Keineswegs. Wir haben Klage eingereicht, und die Chancen stehen nicht schlecht.",
            "Der Betreiber sagt, die Anlage sei die modernste in Europa.",
            "Das sagen alle Betreiber. Modern heißt nicht, dass sie neben einen Kindergarten gehört."],
     [("Wir haben Klage eingereicht, und die Chancen", "Cornelia Haberkorn"), ("Modern heißt nicht, dass sie neben", "Cornelia Haberkorn")]),
    # 21 Liveticker
    ("de", ["11:05 Uhr – Die Kundgebung auf dem Domplatz beginnt mit einer Schweigeminute.",
            "11:20 Uhr – Jetzt spricht die Vorsitzende des Landeselternrats, Petra Hollmichel: „Unsere Kinder sitzen in Containern, während im Haushalt Milliarden für Prestigeprojekte stehen.“",
            "11:34 Uhr – Ein Polizeisprecher sagt uns: „Wir zählen derzeit etwa 4.000 Teilnehmende, alles friedlich.“"],
     [("Unsere Kinder sitzen in Containern", "Petra Hollmichel"), ("Wir zählen derzeit etwa 4.000 Teilnehmende", None)]),
    # 22 Zitat vorn, Sprecher in Apposition mit langer Funktion
    ("de", ["„Wer die Pflege kaputtspart, spart am Ende an Menschenleben“, warnte die stellvertretende Landesvorsitzende des Sozialverbands Mitte, Heike Trautwein-Scholl."],
     [("Wer die Pflege kaputtspart, spart am Ende", "Heike Trautwein-Scholl")]),
    # 23 Reaktion einer anderen Person auf Zitat
    ("de", ["Landrat Eberhard Schwenningen (BLO) sprach von „maßlos überzogenen Forderungen“ der Gewerkschaft.",
            "Die Sekretärin der Gewerkschaft Öffentliche Dienste, Aylin Demirtaş, konterte: „Maßlos ist, dass eine Busfahrerin nach 20 Jahren weniger verdient als der Praktikant im Landratsamt.“"],
     [("Maßlos ist, dass eine Busfahrerin nach 20 Jahren", "Aylin Demirtaş")]),
    # 24 er-Pronomen nach zwei Personen unterschiedlichen Geschlechts
    ("de", ["Bürgermeisterin Ute Kallenbach und Feuerwehrkommandant Olaf Siebrecht trafen am späten Abend am Ort der Blockade ein.",
            "Er verschaffte sich zunächst einen Überblick. „Die Rettungswege müssen frei bleiben, das ist nicht verhandelbar“, sagte er anschließend den Aktivisten."],
     [("Die Rettungswege müssen frei bleiben", "Olaf Siebrecht")]),
    # 25 Konjunktiv mit eingebettetem Zitat, dann Fortsetzung
    ("de", ["Der Sprecher der Initiative Kohleausstieg Jetzt, Tobias Wiegandt, sagte, man habe die Besetzung der Bagger „bewusst gewaltfrei und transparent“ angekündigt.",
            "Der Energiekonzern Rhenmark AG habe dagegen „jede Gesprächsanfrage seit Monaten ignoriert“, so Wiegandt."],
     [("jede Gesprächsanfrage seit Monaten ignoriert", "Tobias Wiegandt")]),
    # 26 Sie-Gruppe None
    ("de", ["Die rund 40 Landwirte hatten ihre Traktoren vor dem Ministerium abgestellt. „Wir bleiben, bis der Minister rauskommt und mit uns redet“, riefen sie den Beamten zu."],
     [("Wir bleiben, bis der Minister rauskommt", None)]),
    # 27 Gewerkschaft als Subjekt mit wir
    ("de", ["Der Lokführerbund Nord erklärte am Sonntag: „Wir haben alles versucht, um einen Streik zu vermeiden. Die Bahn hat uns keine Wahl gelassen.“"],
     [("Wir haben alles versucht, um einen Streik", "Lokführerbund Nord")]),
    # 28 Anonyme Quelle None, Politiker in der Nähe
    ("de", ["Aus Regierungskreisen hieß es, man sei „zu Zugeständnissen bei der Arbeitszeit, nicht aber beim Lohn“ bereit. Ministerpräsident Hartmut Gelbrich äußerte sich zunächst nicht."],
     [("zu Zugeständnissen bei der Arbeitszeit", None)]),
    # 29 Gericht, Richterin und Staatsanwalt
    ("de", ["Vor dem Amtsgericht Wennefeld mussten sich am Donnerstag zwei Klimaaktivisten wegen Nötigung verantworten.",
            "Staatsanwalt Florian Wiesecke warf ihnen vor, „Hunderte Pendler bewusst als Druckmittel missbraucht“ zu haben.",
            "Die Vorsitzende Richterin Beate Lindenschmidt verhängte Geldstrafen von je 30 Tagessätzen. „Das Anliegen ist legitim, die Mittel sind es nicht“, sagte die Richterin in der Urteilsbegründung."],
     [("Hunderte Pendler bewusst als Druckmittel missbraucht", "Florian Wiesecke"), ("Das Anliegen ist legitim, die Mittel", "Beate Lindenschmidt")]),
    # 30 geteiltes Zitat mit sagte in der Mitte
    ("de", ["„Wir sind friedlich gekommen“, sagte Organisator Emre Yıldırım, „und wir werden auch friedlich wieder gehen, egal wer uns provozieren will.“"],
     [("wir werden auch friedlich wieder gehen", "Emre Yıldırım")]),
    # 31 Frage-Zitat
    ("de", ["„Wer soll denn meine Mutter pflegen, wenn die Tagespflege schließt?“, fragte Rosemarie Kütemeier, 72, unter Tränen."],
     [("Wer soll denn meine Mutter pflegen", "Rosemarie Kütemeier")]),
    # 32 Betriebsrätin mit zwei Männern, Nachname und sie
    ("de", ["An der Pressekonferenz nahmen Werkleiter Dirk Pannenbecker, Personalchef Holger Strasburger und Betriebsratsvorsitzende Tanja Röwekamp teil.",
            "Pannenbecker verteidigte den Stellenabbau als „schmerzhaft, aber alternativlos“.",
            "Röwekamp widersprach. „Alternativlos ist für mich nur eins: dass wir dagegen kämpfen“, sagte sie."],
     [("Alternativlos ist für mich nur eins", "Tanja Röwekamp")]),
    # 33 Brief / Schreiben
    ("de", ["In einem Schreiben an die Belegschaft, das dem Kreisanzeiger vorliegt, kündigt Vorstandschef Maximilian Ahrendt „tiefgreifende strukturelle Veränderungen an allen deutschen Standorten“ an."],
     [("tiefgreifende strukturelle Veränderungen an allen", "Maximilian Ahrendt")]),
    # 34 unbenannter Mann ruft
    ("de", ["Als der Staatssekretär Wolfram Eichhorst in seinen Dienstwagen stieg, rief ihm ein Mann hinterher: „Vor der Wahl wart ihr alle noch bei uns auf dem Hof!“"],
     [("Vor der Wahl wart ihr alle noch", None)]),
    # 35 Zitat nur mit Funktion, Name im vorherigen Absatz, dazwischen zweiter Mann
    ("de", ["Die Polizeipräsidentin von Kalbenstedt, Martina Heuberger, verteidigte den Einsatz gegen die Hausbesetzer.",
            "Kritik kam vom Anwalt der Besetzer, Jonas Everding, der von „unverhältnismäßiger Härte“ sprach.",
            "„Wir haben dreimal zur Räumung aufgefordert, bevor eine einzige Beamtin das Gebäude betreten hat“, sagte die Polizeipräsidentin."],
     [("Wir haben dreimal zur Räumung aufgefordert", "Martina Heuberger")]),
]

FR = [
    # 1 dépêche, a déclaré + nom
    ("fr", ["SAINT-VÉRAN-SUR-LOIRE, 14 mars (Agence Hexa) - Plusieurs centaines de salariés de la fonderie Maucourt ont manifesté jeudi devant la sous-préfecture contre la fermeture annoncée du site.",
            "« On nous a sacrifiés sur l'autel des actionnaires », a déclaré Thierry Lamarzelle, délégué syndical, devant les grilles.",
            "« Cette usine tourne depuis 1911, elle peut encore tourner cent ans », a ajouté le syndicaliste."],
     [("sacrifiés sur l'autel des actionnaires", "Thierry Lamarzelle"), ("elle peut encore tourner cent ans", "Thierry Lamarzelle")]),
    # 2 inversion ajoute-t-elle, deux personnes
    ("fr", ["Gisèle Aubertin, aide-soignante à l'Ehpad des Tilleuls depuis seize ans, a rejoint le piquet dès 6 heures. À ses côtés, son collègue Bastien Roudier distribue des tracts.",
            "« On nous demande de faire une toilette en sept minutes », raconte-t-elle. « Sept minutes pour laver quelqu'un, l'habiller et lui parler un peu », ajoute-t-elle."],
     [("faire une toilette en sept minutes", "Gisèle Aubertin"), ("Sept minutes pour laver quelqu'un", "Gisèle Aubertin")]),
    # 3 porte-parole de la préfecture, titre long
    ("fr", ["Le porte-parole de la préfecture du Haut-Vernois, Cédric Valmont, a indiqué que « treize personnes ont été interpellées, dont deux mineurs », à l'issue de la manifestation de samedi."],
     [("treize personnes ont été interpellées", "Cédric Valmont")]),
    # 4 selon
    ("fr", ["Le cortège a réuni « au moins 12 000 personnes, soit deux fois plus que le mois dernier », selon l'intersyndicale du Vernois, tandis que la police en a compté 4 500."],
     [("au moins 12 000 personnes, soit deux fois", "intersyndicale du Vernois")]),
    # 5 la syndicaliste vs le directeur
    ("fr", ["La secrétaire générale de l'USTR locale, Nadège Fauconnier, et le directeur du site, Hervé Castagnac, ont été reçus séparément à la préfecture.",
            "À la sortie, le directeur a évoqué « une rencontre franche et constructive ».",
            "La syndicaliste s'est montrée beaucoup moins enthousiaste : « On nous a servi les mêmes chiffres qu'en janvier, sans une seule garantie sur l'emploi. »"],
     [("On nous a servi les mêmes chiffres", "Nadège Fauconnier")]),
    # 6 nom dans la citation, pas locuteur
    ("fr", ["« J'ai dit au ministre Delaunay les yeux dans les yeux que la profession ne l'accepterait pas », a lancé Jean-Baptiste Quéméner, président de la fédération des marins-pêcheurs de Kerbrest."],
     [("J'ai dit au ministre Delaunay les yeux", "Jean-Baptiste Quéméner")]),
    # 7 demande de démission, objet proche
    ("fr", ["La députée Samia Benhaddou (Alliance des territoires) a réclamé la démission du préfet Philippe Arnouville, qu'elle accuse d'avoir « laissé pourrir la situation pendant trois semaines »."],
     [("laissé pourrir la situation pendant trois semaines", "Samia Benhaddou")]),
    # 8 manifestante anonyme, élu à proximité
    ("fr", ["Le maire de Montbazac, Raymond Gillot, a défilé en tête du cortège, écharpe tricolore en bandoulière.",
            "Un peu plus loin, une retraitée qui n'a pas souhaité donner son nom brandit une casserole. « J'ai travaillé quarante-trois ans, je ne vais pas me taire maintenant », lance-t-elle."],
     [("je ne vais pas me taire maintenant", None)]),
    # 9 citation sur plusieurs paragraphes
    ("fr", ["Yannick Le Gouëff, 52 ans, est ostréiculteur à Penvénan depuis trente ans. Il nous reçoit dans son hangar, les bottes encore pleines de vase.",
            "« Quand j'ai commencé, on vendait tout ce qu'on produisait. Aujourd'hui, la moitié de mes huîtres meurent avant d'être vendues.",
            "» Et on vient nous expliquer que c'est la faute des ostréiculteurs. Qu'ils viennent voir l'eau qui sort de la station d'épuration. »"],
     [("la moitié de mes huîtres meurent", "Yannick Le Gouëff"), ("Qu'ils viennent voir l'eau qui sort", "Yannick Le Gouëff")]),
    # 10 police/préfecture institution
    ("fr", ["Dans un communiqué publié dimanche, la préfecture de police de Lauzières a dénoncé « des violences inacceptables contre les forces de l'ordre » et annoncé l'ouverture d'une enquête."],
     [("des violences inacceptables contre les forces", "préfecture de police de Lauzières")]),
    # 11 question-réponse
    ("fr", ["Élodie Marchetti-Roux, 29 ans, porte-parole du collectif Étudiants précaires, revient pour nous sur la mobilisation.",
            "Qu'attendez-vous du gouvernement ?",
            "Un repas à un euro pour tous les étudiants, sans condition de ressources. Ce n'est pas un luxe, c'est manger.",
            "Le ministère parle d'un coût trop élevé.",
            "Le coût, c'est des étudiants qui s'évanouissent en amphi."],
     [("Un repas à un euro pour tous", "Élodie Marchetti-Roux"), ("des étudiants qui s'évanouissent en amphi", "Élodie Marchetti-Roux")]),
    # 12 direct, heures
    ("fr", ["15h02 - Le cortège s'élance de la place de la République. Ambiance festive, fanfare en tête.",
            "15h20 - Au micro, la secrétaire fédérale de Fédération Enseignement Uni, Bérénice Castaing : « Nous ne sommes pas venus négocier la couleur des murs des classes surchargées. »",
            "15h35 - Un commissaire présent sur place nous indique : « Pour l'instant, aucun incident n'est à déplorer. »"],
     [("négocier la couleur des murs", "Bérénice Castaing"), ("Pour l'instant, aucun incident n'est à déplorer", None)]),
    # 13 tribunal : président et procureure
    ("fr", ["Quatre militants écologistes comparaissaient lundi devant le tribunal correctionnel de Valcourt pour avoir bloqué un convoi de pesticides.",
            "La procureure, Mathilde Sarrazin, a requis des peines d'amende en dénonçant « une mise en danger délibérée des chauffeurs ».",
            "Le président du tribunal, Alain Bouchereau, a finalement prononcé une relaxe. « Le tribunal ne juge pas une cause, il juge des faits », a-t-il rappelé."],
     [("une mise en danger délibérée des chauffeurs", "Mathilde Sarrazin"), ("Le tribunal ne juge pas une cause", "Alain Bouchereau")]),
    # 14 entreprise communiqué
    ("fr", ["Le groupe Vallorin a « pris acte du mouvement social » mais « regrette que les organisations syndicales n'aient pas laissé leur chance aux négociations », a-t-il fait savoir dans un communiqué."],
     [("regrette que les organisations syndicales n'aient", "Vallorin")]),
    # 15 slogan
    ("fr", ["Sous les fenêtres du ministère, les manifestants scandaient : « Des profs, des classes, pas des promesses ! »"],
     [("Des profs, des classes, pas des promesses", None)]),
    # 16 pronom il après deux personnes de genres différents
    ("fr", ["Le délégué de l'UST Ludovic Perrache et l'avocate des salariés, Me Inès Rabaud, ont tenu une conférence de presse commune.",
            "Elle a annoncé une procédure devant les prud'hommes pour « licenciement déguisé ». Il a, lui, appelé à une grève reconductible : « Tant que la direction ne retire pas son plan, on ne reprendra pas le travail », a-t-il martelé."],
     [("Tant que la direction ne retire pas", "Ludovic Perrache")]),
    # 17 estime / juge + incise au milieu
    ("fr", ["« Ce n'est pas une réforme, estime Francis Audouard, maire (DVG) de Castelmoron, c'est une mise à mort des petites communes. »"],
     [("c'est une mise à mort des petites communes", "Francis Audouard")]),
    # 18 groupe « ils » None
    ("fr", ["Une cinquantaine d'agriculteurs ont déversé du fumier devant la direction départementale des territoires. « On n'a plus rien à perdre », expliquent-ils, « alors on ne lâchera pas ». "],
     [("On n'a plus rien à perdre", None)]),
    # 19 syndicat sujet avec « nous »
    ("fr", ["Le syndicat Rail Solidaire Atlantique a prévenu : « Nous appelons l'ensemble des cheminots à cesser le travail dès mardi 20 heures. »"],
     [("Nous appelons l'ensemble des cheminots", "Rail Solidaire Atlantique")]),
    # 20 source anonyme
    ("fr", ["Selon une source proche du dossier, le gouvernement serait « prêt à lâcher sur l'âge, mais pas sur la durée de cotisation ». Le Premier ministre, Gaspard Lefranc, n'a pas commenté."],
     [("prêt à lâcher sur l'âge", None)]),
    # 21 réaction d'une autre personne
    ("fr", ["« Les chiffres de la participation sont gonflés, comme d'habitude », a balayé le ministre de l'Intérieur, Olivier Dambrine.",
            "Réponse cinglante de la cheffe de file des écologistes, Capucine Morvan : « Quand on compte les manifestants avec des lunettes de soleil, évidemment on en voit moins. »"],
     [("Les chiffres de la participation sont gonflés", "Olivier Dambrine"), ("compte les manifestants avec des lunettes", "Capucine Morvan")]),
    # 22 l'élue rôle, plusieurs paragraphes plus tôt
    ("fr", ["La conseillère régionale Armelle Tréguier a passé la matinée avec les grévistes de la plateforme logistique.",
            "Le directeur régional de l'entreprise, Stéphane Ollivaux, n'a pas souhaité s'exprimer.",
            "« Ces salariés soulèvent des colis de vingt kilos toute la nuit pour un salaire de misère », a dénoncé l'élue, qui promet de saisir l'inspection du travail."],
     [("soulèvent des colis de vingt kilos", "Armelle Tréguier")]),
    # 23 deux-points, citation au paragraphe suivant
    ("fr", ["Interrogée sur une éventuelle réquisition des raffineries, la ministre de la Transition énergétique, Laurence Viguié, a été claire :",
            "« Si la situation l'exige, je n'hésiterai pas. Les Français doivent pouvoir aller travailler. »"],
     [("je n'hésiterai pas. Les Français doivent", "Laurence Viguié")]),
    # 24 âge entre parenthèses / virgules + confie
    ("fr", ["Karim Bensalah, 38 ans, chauffeur de bus depuis douze ans, confie qu'il pense à quitter le métier. « Je rentre le soir, je ne parle plus à mes enfants, je suis vidé », dit-il."],
     [("je ne parle plus à mes enfants", "Karim Bensalah")]),
    # 25 question exclamation
    ("fr", ["« Mais qui va soigner nos enfants la nuit, si vous fermez les urgences pédiatriques ? », a interpellé une mère de famille, Sandrine Poirel, devant le directeur de l'agence régionale de santé."],
     [("qui va soigner nos enfants la nuit", "Sandrine Poirel")]),
    # 26 décision de justice
    ("fr", ["Le tribunal administratif de Rocheval a suspendu l'arrêté interdisant la manifestation. Dans son ordonnance, le tribunal estime que l'interdiction porte « une atteinte grave et manifestement illégale à la liberté de manifester »."],
     [("une atteinte grave et manifestement illégale", "tribunal administratif de Rocheval")]),
    # 27 citation coupée avec incise -t-il
    ("fr", ["Fabrice Lhermitte, porte-parole de la coordination des sages-femmes, n'a pas mâché ses mots. « On nous applaudissait en 2020, rappelle-t-il. Aujourd'hui, on nous ignore, et les maternités ferment les unes après les autres. »"],
     [("les maternités ferment les unes après les autres", "Fabrice Lhermitte")]),
    # 28 deux femmes, nom de famille
    ("fr", ["Colette Brignac et Maryse Tissandier, caissières au supermarché de la zone des Aulnes, font grève pour la première fois de leur vie.",
            "« J'ai mis dix ans à oser », sourit Tissandier. Brignac, elle, est plus amère : « On nous a promis une prime qui n'est jamais arrivée. »"],
     [("On nous a promis une prime", "Colette Brignac")]),
    # 29 pronom elle, homme intervient entre
    ("fr", ["La présidente de l'association Vivre à Bellerive, Odile Castagnède, a déposé un recours contre le projet d'entrepôt.",
            "Le promoteur, Vincent Lacombe, assure que le chantier créera 300 emplois.",
            "« Trois cents emplois, et trois mille camions par jour sous nos fenêtres », rétorque-t-elle."],
     [("trois mille camions par jour sous", "Odile Castagnède")]),
    # 30 homme crie, None, élu à côté
    ("fr", ["Lorsque le sénateur Bertrand Mazeyrat est sorti de la mairie, un homme lui a crié : « Vous reviendrez quand il faudra nos voix ! »"],
     [("Vous reviendrez quand il faudra nos voix", None)]),
]

DEV4 = EN + ES + DE + FR
