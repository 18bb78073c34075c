"""News that uses protest words in other senses, and plain protest reports, in seven languages.

Controls: military strikes, bowling and baseball strikes, footballers called strikers, stock and car
rallies, the march of prices, a product demonstration, a government's or a club's protest lodged, a
hunger strike that is a goal drought, occupation as a job or as employment ("l'occupazione cresce"),
unemployment ("el paro baja"), a team's training camp ("concentración", "rassemblement des Bleus"),
a stalled negotiation ("bloqueo", "blocage"), rescuers sent ("movilización de recursos",
"mobilisation des secours"), a fair ("la manifestation accueille 150 exposants"), funeral and
historical processions ("cortège funèbre", "corteo storico"), a guard of honour ("piquete de honor",
"picchetto d'onore"), a machine that fails ("die Server streikten", "billettautomatene streiket"),
a film's cast ("Besetzung"), works or traffic halted ("paralisação das obras"), frozen assets
("bloqueio de bens"), a religious vigil.  Reports: an announced strike, a rally, a march, a vigil,
a blockade, an opinion piece, an occupation.

Every sentence and name is invented.  The "r1" cases were written first and scored before any rule
(controls wrongly protest: en 9/16, de 10/16, es 10/15, fr 9/15, it 8/15, pt 8/15, no 11/15; reports
found: es 8/10, fr 9/10, it 9/10, no 9/10, the rest 10/10); the "r2" cases were written after the r1
rules, as a check on text they were not written from (3 of 30 controls wrong, 14 of 14 reports found;
on main: 23 of 30 controls wrong, 13 of 14 reports found).  The "r3" cases are protest reports that use
the words those senses look at (drivers who rally, a hunger strike after an attack, "Stellenabbau",
"vor der Botschaft", "protestan la falta de agua", "dans le but de", firefighters' own mobilisation,
"utenfor ambassaden", a march on an anniversary): 12 of 23 were lost to the first rules and all found
after they were narrowed.  The "r4" cases were written last (0 of 14 controls wrong, 14 of 14 reports
found; on main 8 of 14 wrong, 13 of 14 found).
"""

import pytest

from rallycrawl.extraction.relevance import score_protest
from tests.helpers.article_pages import article_page

#: look-alikes still scored as protests: a military occupation whose headline has no troops in it
#: (the lead's "tens of thousands" displaced is a protest context word), and the wartime
#: "okkupasjonen" named in a headline about a history book
KNOWN_FALSE = {"en-r1-milocc", "no-r1-okkupasjon"}

CONTROLS = [
    ('en-r1-productdemo', 'en', 'Startup shows off delivery robot in live demonstration', [
        'Kestrel Robotics gave a live demonstration of its sidewalk delivery robot at a trade fair in Harwick on Wednesday, steering it through a crowd of visitors to a parked van.',
        'The company says the robot can carry up to 20 kilograms and will be tested on city streets next year.',
    ]),
    ('en-r1-noteprotest', 'en', 'Valdoria sends note of protest over border fence', [
        'The foreign ministry of Valdoria said it had sent a note of protest to its neighbour after soldiers began building a fence across a disputed stretch of the border.',
        'The ministry called the construction a violation of a 1998 agreement and demanded that work stop.',
    ]),
    ('en-r1-hungermetaphor', 'en', "Pelton's forwards on a hunger strike in front of goal", [
        "Pelton Rovers have gone five matches without scoring, a hunger strike in front of goal that has left manager Ivo Brandt searching for answers before Saturday's derby.",
        'Brandt said his strikers were creating chances but lacked confidence.',
    ]),
    ('en-r1-occupationjob', 'en', 'Nursing remains the occupation with most vacancies, survey finds', [
        'Nursing remains the occupation with the largest number of unfilled posts, with staff shortages reported in every region, a survey of employers found.',
        'Care workers and software developers were also in short supply.',
    ]),
    ('en-r1-tennisrally', 'en', 'Kessel wins 40-shot rally as crowd roars her on', [
        'Nadia Kessel won a 40-shot rally on set point as the crowd roared her on, and went on to beat the top seed 7-5, 6-3 in the quarter-finals.',
        'She will face Irina Volko for a place in the final.',
    ]),
    ('de-r1-motor2', 'de', 'Pech für Hellberg: Motor streikte in der letzten Runde', [
        'Der Motor streikte in der letzten Runde, und Jonas Hellberg rollte mit qualmendem Auto an die Box.',
        'Der Rennstall kündigte eine Untersuchung an.',
    ]),
    ('de-r1-server', 'de', 'Server streiken: Online-Banking stundenlang gestört', [
        'Kunden der Nordbank konnten am Montag stundenlang keine Überweisungen tätigen, weil die Server des Instituts streikten.',
        'Eine Sprecherin entschuldigte sich und kündigte Entschädigungen an.',
    ]),
    ('de-r1-akku', 'de', 'Hersteller demonstriert neuen Akku auf der Messe', [
        'Der Batteriehersteller Voltwerk hat auf der Messe in Hannover vorgeführt, wie sein neuer Akku in zehn Minuten geladen werden kann.',
        'Vorstandschef Rainer Obst demonstrierte das Laden vor Hunderten Besuchern am Stand.',
    ]),
    ('de-r1-protestnote', 'de', 'Außenministerium protestiert gegen Grenzverletzung', [
        'Das Außenministerium hat den Botschafter des Nachbarlandes einbestellt und gegen die Verletzung des Luftraums protestiert.',
        'Eine Protestnote sei übergeben worden, hieß es aus Regierungskreisen.',
    ]),
    ('de-r1-besetzung', 'de', 'Die Besetzung für den neuen Krimi steht', [
        'Die Hauptrollen im neuen Sonntagskrimi übernehmen Mara Lindt und Tobias Wendel, teilte der Sender mit.',
        'Gedreht wird ab März in der Innenstadt von Bremen, auf dem Platz vor dem Rathaus.',
    ]),
    ('de-r1-spieldemo', 'de', 'Demo des neuen Rollenspiels ab Freitag verfügbar', [
        'Wer das neue Rollenspiel des Studios Falkenhain vorab testen will, kann ab Freitag eine Demo herunterladen.',
        'Enthalten sind in der Demo die ersten zwei Stunden des Spiels, gegen eine Registrierung.',
    ]),
    ('de-r1-marschpreise', 'de', 'Der Marsch der Preise geht weiter', [
        'Die Inflation steigt im November wieder, vor allem Lebensmittel sind teurer geworden, teilte das Statistikamt mit.',
        'Der Marsch der Preise nach oben belastet vor allem Haushalte mit geringem Einkommen, gegen den Trend sanken nur die Energiepreise.',
    ]),
    ('es-r1-paro', 'es', 'El paro baja en 20.000 personas en noviembre', [
        'El número de desempleados inscritos en las oficinas de empleo bajó en 20.000 personas en noviembre, según los datos publicados este martes.',
        'La afiliación de trabajadores marcó un nuevo récord.',
    ]),
    ('es-r1-concentracion', 'es', 'La selección inicia la concentración en Las Rozas', [
        'La selección femenina inicia este lunes la concentración en Las Rozas para preparar los dos partidos clasificatorios contra Noruega y Gales.',
        'La seleccionadora, Marta Olaizola, ha convocado a 24 jugadoras.',
    ]),
    ('es-r1-bloqueo', 'es', 'El bloqueo de la negociación del convenio se prolonga', [
        'La patronal y los representantes de los trabajadores no lograron este jueves desbloquear la negociación del convenio del metal, cuyo bloqueo dura ya tres meses.',
        'Ambas partes volverán a reunirse la próxima semana.',
    ]),
    ('es-r1-movilizacion', 'es', 'Movilización de recursos para frenar el incendio', [
        'Protección Civil ha ordenado la movilización de cuatro hidroaviones y 200 efectivos para frenar el incendio declarado en la sierra de Valdeluz.',
        'Los vecinos de dos urbanizaciones han sido desalojados de forma preventiva.',
    ]),
    ('es-r1-protestaronpenalti', 'es', 'Los jugadores protestaron el penalti durante varios minutos', [
        'Los jugadores del Atlético Nervión protestaron el penalti señalado en el minuto 88 durante varios minutos, y el capitán vio la tarjeta amarilla.',
        'El club estudia presentar un recurso ante el comité.',
    ]),
    ('es-r1-sentada', 'es', 'Se leyó la novela de una sentada', [
        'La escritora Lucía Barrenetxea asegura que su nuevo libro se lee de una sentada, y los primeros lectores le dan la razón.',
        'La novela llega a las librerías el jueves.',
    ]),
    ('fr-r1-salon', 'fr', 'Le Salon du livre attend 20 000 visiteurs', [
        "La manifestation, organisée par l'office de tourisme, réunira ce week-end 150 auteurs et 40 éditeurs au parc des expositions de Vallon.",
        'Les organisateurs attendent 20 000 visiteurs sur trois jours.',
    ]),
    ('fr-r1-mobilisationsecours', 'fr', 'Incendie: importante mobilisation des secours dans le massif', [
        'Plus de 300 pompiers étaient mobilisés dimanche pour lutter contre un incendie dans le massif des Aubrais, une mobilisation exceptionnelle selon la préfecture.',
        'Deux hameaux ont été évacués par précaution.',
    ]),
    ('fr-r1-blocageneg', 'fr', "Négociations salariales: le blocage persiste chez l'assureur", [
        "Le blocage persiste dans les négociations annuelles chez l'assureur Mutalis, où direction et représentants du personnel ne sont pas parvenus à un accord jeudi.",
        'Une nouvelle réunion est prévue le 12 janvier.',
    ]),
    ('fr-r1-rassemblementbleus', 'fr', 'Rassemblement des Bleus: trois nouveaux à Clairefontaine', [
        'Le sélectionneur a convoqué trois nouveaux joueurs pour le rassemblement de novembre à Clairefontaine, avant deux matchs de qualification.',
        'Le rassemblement débutera lundi.',
    ]),
    ('fr-r1-cortegefunebre', 'fr', "Des centaines de personnes dans le cortège funèbre de l'ancien maire", [
        "Le cortège funèbre de l'ancien maire de Saint-Ardent, Michel Vauclair, a traversé la ville samedi devant des centaines d'habitants venus lui rendre hommage.",
        'Il avait dirigé la commune pendant trente ans.',
    ]),
    ('fr-r1-protestationoff', 'fr', "Paris adresse une protestation officielle après l'arrestation d'un journaliste", [
        "Le ministère des Affaires étrangères a adressé une protestation officielle aux autorités de Valdoria après l'arrestation d'un journaliste français.",
        'Le ministère demande sa libération immédiate.',
    ]),
    ('it-r1-fame', 'it', "L'attacco del Borgorosso fa lo sciopero della fame", [
        "Cinque partite senza segnare: l'attacco del Borgorosso sembra aver dichiarato uno sciopero della fame davanti alla porta.",
        "L'allenatore Sandro Vellini chiede pazienza ai tifosi.",
    ]),
    ('it-r1-fiera', 'it', 'Torna la fiera del tartufo: cento espositori in piazza', [
        'La manifestazione, giunta alla ventesima edizione, porta in piazza Garibaldi cento espositori e migliaia di visitatori attesi nel fine settimana.',
        'Il programma prevede degustazioni e concerti.',
    ]),
    ('it-r1-corteostorico', 'it', 'Il corteo storico apre il palio di Montecalvo', [
        'Oltre 400 figuranti in costume hanno sfilato domenica nel corteo storico che apre il palio di Montecalvo.',
        'Migliaia di turisti hanno assistito alla sfilata lungo il corso.',
    ]),
    ('it-r1-occupazione', 'it', "Istat, l'occupazione cresce: 80 mila lavoratori in più", [
        "A ottobre l'occupazione è cresciuta di 80 mila unità rispetto al mese precedente, con un aumento dei lavoratori dipendenti a tempo indeterminato.",
        'Il tasso di disoccupazione scende al 6,1%.',
    ]),
    ('it-r1-mobilitazione', 'it', 'Maltempo, mobilitazione dei soccorsi nella valle', [
        'Vigili del fuoco e protezione civile sono stati mobilitati nella notte nella valle del Sarno dopo le piogge torrenziali, in una mobilitazione che ha coinvolto 300 persone.',
        'Sono state evacuate cinquanta famiglie.',
    ]),
    ('it-r1-picchetto', 'it', "Il picchetto d'onore accoglie il presidente in visita", [
        "Un picchetto d'onore dei carabinieri ha accolto martedì il presidente di Valdoria al suo arrivo al Quirinale.",
        "I due capi di Stato hanno firmato accordi sull'energia.",
    ]),
    ('pt-r1-fome', 'pt', 'O ataque do Vilarense está em greve de fome', [
        'Cinco jogos sem marcar: o ataque do Vilarense parece ter entrado em greve de fome em frente à baliza.',
        'O treinador Rui Pestana pediu paciência aos adeptos.',
    ]),
    ('pt-r1-mobilizacao', 'pt', 'Incêndio obriga à mobilização de 400 bombeiros', [
        'O incêndio na serra da Lousinha obrigou à mobilização de 400 bombeiros e seis meios aéreos, segundo a Proteção Civil.',
        'Duas aldeias foram evacuadas por precaução.',
    ]),
    ('pt-r1-paralisacaoobras', 'pt', 'Paralisação das obras do metro atrasa inauguração', [
        'A paralisação das obras da linha vermelha do metro, por falta de materiais, vai atrasar a inauguração para o próximo ano, admitiu a empresa.',
        'Os trabalhos estão parados desde setembro.',
    ]),
    ('pt-r1-chuvaparalisou', 'pt', 'Chuva forte paralisou o trânsito na cidade', [
        'A chuva forte que caiu na tarde de segunda-feira paralisou o trânsito em várias avenidas da zona norte.',
        'Os bombeiros registaram dezenas de ocorrências.',
    ]),
    ('pt-r1-vigilia', 'pt', 'Fiéis participam da vigília de Páscoa na catedral', [
        'Milhares de fiéis participaram na noite de sábado da vigília de Páscoa na catedral de Vilarinho, presidida pelo bispo.',
        'A celebração durou três horas.',
    ]),
    ('pt-r1-protestosarbitro', 'pt', 'Jogadores protestam contra o árbitro e técnico é expulso', [
        'Os jogadores do Vilarense protestaram muito contra o árbitro depois do pênalti marcado nos acréscimos, e o técnico acabou expulso.',
        'O clube vai pedir o áudio do VAR.',
    ]),
    ('no-r1-protestud', 'no', 'Utenriksdepartementet protesterer mot arrestasjonen', [
        'Utenriksdepartementet har kalt inn ambassadøren og protesterer mot arrestasjonen av en norsk journalist i Valdoria.',
        'Departementet krever at journalisten løslates.',
    ]),
    ('no-r1-klubbprotest', 'no', 'Klubben la inn protest etter kampen', [
        'Fjellby IL la mandag inn protest mot resultatet i cupkampen, fordi motstanderen skal ha brukt en spiller uten spilletillatelse.',
        'Forbundet vil behandle saken neste uke.',
    ]),
    ('no-r1-sulte', 'no', 'Angrepet til Fjellby i sultestreik foran mål', [
        'Fem kamper uten scoring: angrepet til Fjellby IL ser ut til å være i sultestreik foran mål.',
        'Trener Ola Brekke ber om tålmodighet.',
    ]),
    ('no-r1-tvaksjon', 'no', 'TV-aksjonen samlet inn over 200 millioner', [
        'Årets TV-aksjon samlet inn over 200 millioner kroner til arbeid mot sult, og tusenvis av bøssebærere gikk fra dør til dør søndag.',
        'Pengene går til prosjekter i tolv land.',
    ]),
    ('no-r1-demostyrke', 'no', 'Fjellby demonstrerte styrke i seieren', [
        'Fjellby IL demonstrerte sin styrke med en 4-0-seier borte mot Sandvik søndag.',
        'Laget leder nå serien med seks poeng.',
    ]),
    ('no-r1-markering', 'no', 'Markering av 200-årsjubileet i Sandvik', [
        'Sandvik markerte lørdag 200-årsjubileet med konserter og fyrverkeri foran rådhuset.',
        'Tusenvis av innbyggere deltok på markeringen.',
    ]),
    ('no-r1-streikmaskin', 'no', 'Billettautomatene streiket på stasjonen', [
        'Billettautomatene på Sandvik stasjon streiket hele mandag, og mange reisende måtte kjøpe billett på toget.',
        'Operatøren beklager.',
    ]),
    ('en-r2-forwards2', 'en', 'Coach defends his strikers after sixth goalless game', [
        'Coach Ivo Brandt defended his strikers on Friday after a sixth game without a goal, saying the chances would start to go in.',
        'The club is also in talks to sign a forward on loan.',
    ]),
    ('en-r2-protestref2', 'en', "Jets protest referee's call as late goal stands", [
        "The Harlan Jets formally protested the referee's decision to allow a late goal in Sunday's 2-1 defeat, arguing the ball had crossed the line.",
        'The league will review footage this week.',
    ]),
    ('en-r2-occ2', 'en', 'Shortage occupations list adds chefs and welders', [
        "Chefs, welders and care workers have been added to the government's list of shortage occupations, making it easier for employers to recruit from abroad.",
        'Unions said training at home should come first.',
    ]),
    ('de-r2-macht2', 'de', 'Demonstration der Geschlossenheit auf dem Parteitag', [
        'Mit einer Demonstration der Geschlossenheit hat die Partei ihren Parteitag beendet; die Delegierten stimmten fast einstimmig für das Programm.',
        'Der Vorsitzende sprach von einem starken Signal.',
    ]),
    ('de-r2-protestamt2', 'de', 'Bundesregierung protestiert gegen Festnahme einer Journalistin', [
        'Auch die Bundesregierung hat gegen die Festnahme einer deutschen Journalistin in Valdoria protestiert und den Botschafter einbestellt.',
        'Die Journalistin war am Wochenende am Flughafen festgenommen worden.',
    ]),
    ('es-r2-bloqueo2', 'es', 'El bloqueo de los presupuestos amenaza la legislatura', [
        'El bloqueo de los presupuestos en el Parlamento autonómico amenaza con acortar la legislatura, según fuentes del Gobierno regional.',
        'La oposición exige rebajas fiscales para negociar.',
    ]),
    ('es-r2-movil2', 'es', 'Movilización de 300 agentes para el partido de alto riesgo', [
        'Interior ha ordenado la movilización de 300 agentes para el partido de alto riesgo del domingo entre el Real Olmedo y el Atlético Nervión.',
        'Las aficiones llegarán escoltadas al estadio.',
    ]),
    ('fr-r2-foire2', 'fr', 'La foire aux vins attire des milliers de visiteurs', [
        'La manifestation, qui fête sa trentième édition, accueille cette année 120 vignerons.',
        'Les organisateurs espèrent dépasser les 15 000 visiteurs.',
    ]),
    ('fr-r2-blocage2', 'fr', 'Budget: le blocage des discussions inquiète les maires', [
        'Le blocage des discussions sur le budget des collectivités inquiète les maires, qui réclament de la visibilité.',
        'Le gouvernement promet une réponse avant la fin du mois.',
    ]),
    ('it-r2-occ2', 'it', 'Occupazione record nel terzo trimestre', [
        "Nel terzo trimestre l'occupazione ha raggiunto un nuovo record, con 24 milioni di occupati, secondo i dati diffusi oggi.",
        'Cresce soprattutto il lavoro a tempo indeterminato.',
    ]),
    ('it-r2-protesta2', 'it', 'Proteste del tecnico per il fuorigioco, espulso', [
        "Le proteste del tecnico per il gol annullato sono costate l'espulsione all'allenatore del Rocca.",
        'La società farà ricorso.',
    ]),
    ('pt-r2-paralis2', 'pt', 'Apagão paralisou o metrô por duas horas', [
        'Um apagão paralisou o metrô de Campo Aldeado por duas horas na manhã desta quarta-feira.',
        'Milhares de passageiros ficaram presos nas estações.',
    ]),
    ('pt-r2-bloq2', 'pt', 'Justiça determina bloqueio de contas da empresa', [
        'A Justiça determinou o bloqueio de contas da construtora Alvorada por dívidas trabalhistas com 200 trabalhadores.',
        'A empresa diz que vai recorrer contra a decisão.',
    ]),
    ('no-r2-maskin2', 'no', 'Kortterminalene streiket i hele landet', [
        'Kortterminalene i flere butikkjeder streiket lørdag, og kundene måtte betale kontant.',
        'Leverandøren beklager feilen.',
    ]),
    ('de-r4-r4e', 'de', 'Heizung streikt: Schule schickt Kinder nach Hause', [
        'Weil in der Grundschule am Lindenweg die Heizung streikt, schickte die Schulleitung die Kinder am Montag nach Hause.',
        'Ein Techniker soll den Schaden bis Mittwoch beheben.',
    ]),
    ('es-r4-r4i', 'es', 'La concentración de la selección arranca sin el capitán', [
        'La selección arranca este lunes su concentración en Las Rozas sin su capitán, lesionado en el último partido de liga.',
        'El seleccionador ha llamado a dos debutantes.',
    ]),
    ('fr-r4-r4n', 'fr', 'Fête des vendanges: la manifestation attend 30 000 visiteurs', [
        'La manifestation, qui fête sa quinzième édition, attend 30 000 visiteurs sur deux jours dans les rues du village.',
        'Des concerts sont prévus chaque soir.',
    ]),
    ('it-r4-r4q', 'it', 'Il tasso di occupazione sale al 62 per cento', [
        "Il tasso di occupazione è salito al 62 per cento a settembre, il livello più alto dall'inizio della serie storica.",
        'In calo gli inattivi.',
    ]),
    ('pt-r4-r4v', 'pt', 'Temporal paralisa aeroporto por três horas', [
        'Um temporal paralisou as operações do aeroporto por três horas na noite de domingo.',
        'Dez voos foram desviados.',
    ]),
    ('no-r4-r4y', 'no', 'Heisen streiket igjen på sykehuset', [
        'Heisen på Sandvik sykehus streiket igjen mandag, og pasienter måtte bæres ned trappene.',
        'Sykehuset har bestilt ny heis.',
    ]),
    ('en-r1-milocc', 'en', 'Talks on ending occupation of northern province stall', [
        'Negotiations on ending the occupation of the northern province by Tarvian troops stalled again on Thursday, with both sides accusing the other of bad faith.',
        'The occupation has lasted three years and displaced tens of thousands of people.',
    ]),
    ('no-r1-okkupasjon', 'no', 'Ny bok om okkupasjonen av Nordland', [
        'Historikeren Kari Lunde har skrevet en ny bok om okkupasjonen av Nordland under andre verdenskrig.',
        'Boka bygger på brev og dagbøker fra tusenvis av innbyggere.',
    ]),
]

REPORTS = [
    ('en-r1-binstrike', 'en', 'Bin collectors to strike for two weeks from Monday', [
        'Refuse collectors in Marsdale will walk out for two weeks from Monday after rejecting a pay offer, their union said.',
        "The refuse collectors' union said the council's offer of 3 per cent was far below inflation and that members had voted overwhelmingly for action.",
    ]),
    ('en-r1-occupy', 'en', 'Students occupy lecture hall over tuition rise', [
        'About 80 students have occupied the main lecture hall at Carrow University since Tuesday night, demanding that the university reverse a 15 per cent rise in tuition fees.',
        "The students' union said the occupation would continue until management agreed to talks.",
    ]),
    ('de-r1-hoersaal', 'de', 'Studierende besetzen Hörsaal der Universität', [
        'Rund 100 Studierende haben am Dienstag den größten Hörsaal der Universität Weißbach besetzt.',
        'Sie fordern mehr Wohnheimplätze und ein günstigeres Semesterticket und wollen bleiben, bis das Präsidium verhandelt.',
    ]),
    ('de-r1-kleben', 'de', 'Klimaaktivisten kleben sich auf Kreuzung fest', [
        'Mehrere Klimaaktivisten haben sich am Morgen auf einer Kreuzung in der Innenstadt festgeklebt und den Berufsverkehr lahmgelegt.',
        'Nach zwei Stunden löste die Polizei die Blockade auf.',
    ]),
    ('es-r1-concentracion', 'es', 'Cientos de vecinos se concentran contra el cierre del centro de salud', [
        'Cientos de vecinos se concentraron este sábado frente al centro de salud de Arroyal para exigir que no se cierre por las tardes.',
        'Portaban pancartas y corearon consignas contra la consejería.',
    ]),
    ('es-r1-vigilia', 'es', 'Vigilia por la ciclista atropellada en la avenida', [
        'Un centenar de personas celebró este jueves una vigilia en la avenida donde murió atropellada una ciclista y reclamó un carril bici protegido.',
        'Familiares de la joven leyeron un comunicado.',
    ]),
    ('es-r1-encierro', 'es', 'Trabajadores de la fábrica se encierran en la planta', [
        'Unos 40 trabajadores de la fábrica de conservas de Puerto Alba se encerraron este lunes en la planta contra el despido de 120 compañeros.',
        'El comité de empresa exige la readmisión de todos los despedidos.',
    ]),
    ('fr-r1-lycee', 'fr', 'Des lycéens occupent leur établissement contre la réforme', [
        'Des élèves du lycée Jean-Moulin de Vallon occupent leur établissement depuis mardi pour dénoncer la réforme du baccalauréat.',
        "La proviseure a demandé l'intervention de la police.",
    ]),
    ('fr-r1-piquet', 'fr', "Piquet de grève devant l'entrepôt", [
        "Les salariés de l'entrepôt logistique de Mirande ont installé lundi un piquet de grève devant les grilles pour réclamer des hausses de salaires.",
        "Aucun camion n'est sorti de la journée.",
    ]),
    ('it-r1-occupazione', 'it', 'Studenti occupano il liceo contro la riforma', [
        'Gli studenti del liceo Galilei di Valdorso occupano da martedì la scuola per protestare contro la riforma della maturità.',
        'La preside ha chiesto un incontro con i rappresentanti.',
    ]),
    ('pt-r1-vigilia', 'pt', 'Vigília por ciclista atropelado pede ciclovia', [
        'Cerca de 200 pessoas fizeram uma vigília na avenida onde um ciclista morreu atropelado e pediram uma ciclovia protegida.',
        'A família agradeceu o apoio.',
    ]),
    ('pt-r1-semterra', 'pt', 'Sem-terra ocupam fazenda no interior', [
        'Cerca de 300 famílias ligadas ao movimento sem-terra ocuparam uma fazenda no interior do estado na madrugada de segunda-feira.',
        'O movimento reivindica a desapropriação da área.',
    ]),
    ('no-r1-tog', 'no', 'Tusenvis i tog for klimaet', [
        'Tusenvis av ungdommer gikk i tog gjennom sentrum fredag og krevde at regjeringen stanser oljeletingen.',
        'Toget endte foran Stortinget.',
    ]),
    ('no-r1-okkuperte', 'no', 'Studenter okkuperte administrasjonsbygget', [
        'Rundt 50 studenter okkuperte tirsdag administrasjonsbygget ved universitetet i protest mot kutt i studentboliger.',
        'De krever et møte med rektor.',
    ]),
    ('no-r1-markering', 'no', 'Markering mot vold utenfor Stortinget', [
        'Flere hundre mennesker deltok i en markering mot vold mot kvinner utenfor Stortinget lørdag.',
        'Arrangørene krever flere krisesentre.',
    ]),
    ('en-r2-nurses2', 'en', 'Nurses stage 24-hour walkout over staffing', [
        "Nurses at St Alder's Hospital staged a 24-hour walkout on Thursday over what their union called dangerous staffing levels.",
        'Pickets gathered at the main entrance from dawn.',
    ]),
    ('es-r2-vivienda2', 'es', 'Inquilinos se encierran en la sede de la empresa', [
        'Una veintena de inquilinos se encerraron este jueves en la sede de la gestora de viviendas contra las subidas del alquiler.',
        'Exigen una reunión con la dirección.',
    ]),
    ('it-r2-rider2', 'it', 'I rider incrociano le braccia contro il cottimo', [
        'I rider delle consegne a domicilio hanno incrociato le braccia ieri sera per protestare contro il pagamento a cottimo.',
        "Un presidio si è tenuto davanti alla sede dell'azienda.",
    ]),
    ('pt-r2-metro2', 'pt', 'Metroviários cruzam os braços e param linhas', [
        'Os metroviários cruzaram os braços nesta terça-feira e duas linhas do metrô não funcionaram, em protesto contra a privatização.',
        'O sindicato promete nova paralisação.',
    ]),
    ('en-r3-drivers3', 'en', 'Bus drivers rally outside depot over rotas', [
        'Bus drivers rallied outside the Kellmoor depot on Monday morning over new rotas, their union said.',
        'About 120 drivers took part.',
    ]),
    ('en-r3-historic3', 'en', 'Historic rally fills square as thousands demand fair wages', [
        'Thousands of workers filled Union Square on Saturday in what organisers called a historic rally for a higher minimum wage.',
        'Speakers from six unions addressed the crowd.',
    ]),
    ('en-r3-hunger3', 'en', 'Prisoners begin hunger strike after attack on inmate', [
        'Prisoners at Harlow jail have begun a hunger strike after an attack on an inmate by guards, campaigners said.',
        'They are demanding an independent inquiry.',
    ]),
    ('de-r3-system3', 'de', 'Im Gesundheitssystem streiken die Pflegekräfte', [
        'Im Gesundheitssystem streiken ab Montag die Pflegekräfte von zwölf Kliniken, kündigte die Gewerkschaft an.',
        'Sie fordern mehr Personal.',
    ]),
    ('de-r3-stellen3', 'de', 'Gegen Stellenabbau: Beschäftigte besetzen Werk', [
        'Aus Protest gegen den Abbau von 500 Stellen besetzten Beschäftigte am Dienstag das Werk in Oberau.',
        'Unterstützt wird die Aktion von der Gewerkschaft.',
    ]),
    ('de-r3-botschaft3', 'de', 'Exil-Iraner protestieren vor der Botschaft', [
        'Vor der Botschaft protestierte am Samstag eine Gruppe von Exil-Iranern gegen Hinrichtungen.',
        'Laut Polizei waren es 300 Teilnehmende.',
    ]),
    ('de-r3-hunger3', 'de', 'Hungerstreik vor dem Tor der Fabrik', [
        'Drei entlassene Arbeiter sind vor dem Tor der Fabrik in den Hungerstreik getreten.',
        'Sie fordern ihre Wiedereinstellung.',
    ]),
    ('es-r3-falta3', 'es', 'Vecinos protestan la falta de agua en el barrio', [
        'Cientos de vecinos protestaron este lunes la falta de agua en el barrio de La Ribera y cortaron la avenida principal.',
        'Exigen una solución inmediata.',
    ]),
    ('es-r3-jugadoras3', 'es', 'Las jugadoras convocan una concentración frente a la federación', [
        'Las jugadoras de la liga femenina convocaron una concentración frente a la sede de la federación para exigir un convenio.',
        'Denuncian salarios por debajo del mínimo.',
    ]),
    ('fr-r3-pompiers3', 'fr', 'Les pompiers en colère: forte mobilisation devant la préfecture', [
        'Les sapeurs-pompiers du département étaient mobilisés mardi devant la préfecture, une mobilisation inédite contre la baisse des effectifs.',
        'Ils ont allumé des fumigènes.',
    ]),
    ('fr-r3-convoque3', 'fr', "L'intersyndicale a convoqué un rassemblement devant la mairie", [
        "L'intersyndicale a convoqué un rassemblement jeudi devant la mairie de Vallon contre la fermeture de la crèche.",
        'Une centaine de personnes sont attendues.',
    ]),
    ('fr-r3-but3', 'fr', "Grève de la faim dans le but d'obtenir un titre de séjour", [
        "Quatre hommes observent une grève de la faim dans le but d'obtenir un titre de séjour, devant la préfecture.",
        'Leurs soutiens se rassemblent chaque soir.',
    ]),
    ('it-r3-vigili3', 'it', 'Vigili del fuoco in mobilitazione contro i tagli', [
        'I vigili del fuoco del comando provinciale sono in mobilitazione contro i tagli agli organici, con un presidio davanti alla prefettura.',
        'I sindacati chiedono nuove assunzioni.',
    ]),
    ('it-r3-fabbrica3', 'it', 'Occupazione della fabbrica, gli operai dipendenti contro la chiusura', [
        "Gli operai hanno avviato l'occupazione della fabbrica Meccanord, i dipendenti sono contro la chiusura annunciata.",
        'Il presidio è permanente.',
    ]),
    ('pt-r3-acidente3', 'pt', 'Operários paralisam obras após acidente', [
        'Após o acidente que matou um colega, os operários paralisaram as obras da ponte em protesto contra a falta de segurança.',
        'O sindicato exige fiscalização.',
    ]),
    ('no-r3-ambassade3', 'no', 'Hundrevis protesterte utenfor ambassaden', [
        'Hundrevis av mennesker samlet seg utenfor ambassaden lørdag i protest mot krigen.',
        'De bar plakater og flagg.',
    ]),
    ('no-r3-dommen3', 'no', 'Protest mot dommen samlet tusenvis', [
        'Tusenvis samlet seg foran tinghuset i protest mot dommen i voldtektssaken.',
        'Arrangørene krever lovendring.',
    ]),
    ('no-r3-årsdag3', 'no', 'Markering mot krigen på årsdagen for invasjonen', [
        'Flere hundre mennesker deltok i en markering mot krigen på årsdagen for invasjonen foran Stortinget.',
        'De krevde mer støtte.',
    ]),
    ('no-r3-sulte3', 'no', 'Asylsøker i sultestreik for å nå sitt mål', [
        'En asylsøker har vært i sultestreik i to uker for å nå sitt mål om opphold, sier advokaten.',
        'Han protesterer mot utvisningen.',
    ]),
]


@pytest.mark.parametrize(
    "case_id, language, headline, paragraphs",
    [
        pytest.param(*c, id=c[0], marks=pytest.mark.xfail(strict=True, reason="known look-alike scored as a protest"))
        if c[0] in KNOWN_FALSE else pytest.param(*c, id=c[0])
        for c in CONTROLS
    ],
)
def test_other_sense_is_not_a_protest(case_id, language, headline, paragraphs):
    is_protest, score = score_protest(headline, paragraphs, language)
    assert not is_protest, f"{case_id}: score {score}"


@pytest.mark.parametrize("case_id, language, headline, paragraphs", REPORTS, ids=[c[0] for c in REPORTS])
def test_plain_report_is_a_protest(case_id, language, headline, paragraphs):
    is_protest, score = score_protest(headline, paragraphs, language)
    assert is_protest, f"{case_id}: score {score}"


#: one look-alike and one report per language, through the whole extraction (language detection included)
_THROUGH_EXTRACTION = [
    "en-r1-hungermetaphor", "de-r1-server", "es-r1-bloqueo", "fr-r1-mobilisationsecours", "it-r1-occupazione",
    "pt-r1-paralisacaoobras", "no-r1-klubbprotest",
    "en-r2-nurses2", "de-r1-hoersaal", "es-r1-vigilia", "fr-r1-lycee", "it-r1-occupazione", "pt-r1-semterra", "no-r1-tog",
]


@pytest.mark.parametrize("index", range(len(_THROUGH_EXTRACTION)), ids=lambda i: f"{_THROUGH_EXTRACTION[i]}-{i}")
def test_sense_through_extract_article(index):
    from rallycrawl import extract_article

    case_id = _THROUGH_EXTRACTION[index]
    expected = index >= 7  # the first seven are look-alikes, the rest reports
    _, language, headline, paragraphs = next(c for c in (REPORTS if expected else CONTROLS) if c[0] == case_id)
    record = extract_article(
        article_page(headline, paragraphs, language), f"https://news.example/{case_id}",
        fetched_at="2026-01-01T00:00:00Z", min_words=10,
    )
    assert record["is_protest"] is expected, record.get("protest_score")
