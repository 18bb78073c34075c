"""Blind speaker-attribution cases, set 5 (invented protest news). Every person, organisation, outlet, town, street and institution named in these excerpts is invented (plausible for the country, but not real; any resemblance to real people or bodies is accidental), and the cases were written from general knowledge of how the press in each language attributes quotations, without reading the extractor, its tests or any other project file."""

NL = [
    ("nl", [
        "Ruim tweehonderd huurders trokken zaterdagmiddag door het centrum van Lindeburg om te protesteren tegen de huurverhoging van woningcorporatie Thuisgracht. Op spandoeken stond onder meer ‘Wonen is geen luxe’.",
        "“We betalen al drie jaar te veel en niemand bij de corporatie neemt de telefoon op”, zei Marloes Bakkenes van huurdersvereniging Lindeburg-Noord op het bordes van het stadhuis.",
        "Wethouder Tjeerd van der Hoeven kwam naar buiten om een petitie in ontvangst te nemen. “Ik begrijp de boosheid, maar de gemeente kan de huren niet bevriezen”, aldus de wethouder.",
    ], [
        ("We betalen al drie jaar te veel", "Marloes Bakkenes"),
        ("Ik begrijp de boosheid, maar de gemeente", "Tjeerd van der Hoeven"),
    ]),
    ("nl", [
        "Honderden boeren blokkeerden dinsdagochtend met hun trekkers de afrit bij Brakelveen. Volgens Gerrit Lammers, voorzitter van de Agrarische Kring Brakelveen, is de maat vol. “Ze zetten ons weg als vervuilers, terwijl wij het voedsel op tafel zetten.”",
        "De Verkeerscentrale Noord-Oost meldde rond het middaguur dat “de afrit voorlopig niet vrij te geven is”.",
    ], [
        ("Ze zetten ons weg als vervuilers", "Gerrit Lammers"),
        ("de afrit voorlopig niet vrij te geven is", "Verkeerscentrale Noord-Oost"),
    ]),
    ("nl", [
        "Op het Stationsplein van Duinendaal staan woensdagavond zo'n zestig mensen met kaarsen. Ze herdenken Jamal Ouaziz, de bezorger die vorige maand bij een aanrijding om het leven kwam.",
        "“Hij werkte zeven dagen per week voor een hongerloon”, vertelt zijn neef Karim Ouaziz. “Niemand van het bedrijf is hier vanavond.”",
        "Buurtbewoonster Annelies Kroon zegt: “Dit kruispunt is al jaren levensgevaarlijk. De gemeente wist het.”",
    ], [
        ("Hij werkte zeven dagen per week", "Karim Ouaziz"),
        ("Niemand van het bedrijf is hier vanavond", "Karim Ouaziz"),
        ("Dit kruispunt is al jaren levensgevaarlijk", "Annelies Kroon"),
    ]),
    ("nl", [
        "Schoonmakers van ziekenhuis De Linde in Ravensveld leggen vanaf maandag het werk neer. De Algemene Bond voor Schoonmakers (ABS) eist een loonsverhoging van acht procent.",
        "“Zonder schoonmakers kan geen enkele operatiekamer open”, laat bestuurder Fatima El Khadiri van de ABS weten.",
        "Schoonmaakbedrijf Glansgroep noemt de staking ‘onverantwoord’. “We hebben een redelijk bod gedaan en de deur staat open”, stelt directeur Ruud Verhagen.",
    ], [
        ("Zonder schoonmakers kan geen enkele operatiekamer open", "Fatima El Khadiri"),
        ("We hebben een redelijk bod gedaan", "Ruud Verhagen"),
    ]),
    ("nl", [
        "Burgemeester Hanneke Zwart van Oosterkamp heeft de blokkade van klimaatactivisten op de Kanaalweg zaterdag laten beëindigen. Ruim veertig activisten werden aangehouden, onder wie woordvoerder Bas Roelofs van actiegroep Vloedlijn.",
        "“De blokkade vormde een direct gevaar voor hulpdiensten”, zei ze maandag in de gemeenteraad.",
        "“Dat is een drogreden, er was gewoon een omleiding”, reageert hij.",
    ], [
        ("De blokkade vormde een direct gevaar voor hulpdiensten", "Hanneke Zwart"),
        ("Dat is een drogreden, er was gewoon een omleiding", "Bas Roelofs"),
    ]),
    ("nl", [
        "Al twaalf dagen bezetten studenten de hal van het Van Limburg-gebouw van de Hogeschool Ravensveld. Wij spraken met twee van hen.",
        "Noor Hoekstra: “We gaan pas weg als het college de bezuinigingen op de lerarenopleiding terugdraait.”",
        "Daan Vermeulen: “Het eten wordt door buurtbewoners gebracht. Dat geeft ons echt moed om door te gaan.”",
    ], [
        ("We gaan pas weg als het college", "Noor Hoekstra"),
        ("Dat geeft ons echt moed om door te gaan", "Daan Vermeulen"),
    ]),
    ("nl", [
        "Bij de poort van distributiecentrum Kortevaart staan sinds zes uur 's ochtends stakende magazijnmedewerkers. Kaderlid Henk Brouwer van vakbond Transport Samen voert het woord.",
        "“Ze laten ons tillen tot onze ruggen het begeven. Vorig jaar zijn er elf collega's uitgevallen met klachten.",
        "“Het bedrijf praat over robots en efficiëntie, maar vergeet de mensen die het werk doen”, aldus Brouwer.",
    ], [
        ("Ze laten ons tillen tot onze ruggen", "Henk Brouwer"),
        ("maar vergeet de mensen die het werk doen", "Henk Brouwer"),
    ]),
    ("nl", [
        "Een kleine groep bewoners van de wijk Graswijk protesteerde donderdag 's avonds tegen de komst van een datacenter. 'Ze pompen ons grondwater weg voor andermans cloud', zei initiatiefnemer Wilma van den Berg.",
        "Projectontwikkelaar NordVolt reageerde per mail: 'Wij houden ons aan alle vergunningseisen en gaan graag het gesprek aan.'",
    ], [
        ("Ze pompen ons grondwater weg voor andermans cloud", "Wilma van den Berg"),
        ("Wij houden ons aan alle vergunningseisen", "NordVolt"),
    ]),
    ("nl", [
        "Op het Plein in Merkelo verzamelden zich zondag enkele honderden mensen voor een stille tocht na de sluiting van het laatste buurthuis. Op een groot doek stond: “Eerst de bieb, nu het buurthuis, wat is het volgende?”",
        "“Mijn moeder kwam hier elke dinsdag koffie drinken, ze heeft nu niemand meer”, zegt een vrouw van in de zestig die haar naam niet in de krant wil.",
        "Wethouder Erik Jansma liet weten dat “er gekeken wordt naar een tijdelijke oplossing in het wijkcentrum van de kerk”.",
    ], [
        ("Eerst de bieb, nu het buurthuis", None),
        ("Mijn moeder kwam hier elke dinsdag", None),
        ("er gekeken wordt naar een tijdelijke oplossing", "Erik Jansma"),
    ]),
    ("nl", [
        "Burgemeester Joost Terpstra van Haarsloot heeft een noodverordening afgekondigd voor het gebied rond de haven, waar vissers sinds maandag de sluis blokkeren.",
        "“Ik heb niets tegen de vissers, maar ik laat niet toe dat heel Zandhorst zonder veerdienst zit”, zei Terpstra tegen Het Veenblad.",
        "Visser Klaas Dijkstra: “Zandhorst is onze buurman, daar hebben we niets tegen. Het gaat om het ministerie.”",
    ], [
        ("Ik heb niets tegen de vissers", "Joost Terpstra"),
        ("Zandhorst is onze buurman, daar hebben", "Klaas Dijkstra"),
    ]),
    ("nl", [
        "Bij een demonstratie tegen de sluiting van de kraamafdeling in Vreeswijkerveen zijn zaterdag drie mensen aangehouden. Volgens de politie werden agenten bekogeld met eieren.",
        "“Het overgrote deel van de demonstranten gedroeg zich keurig”, zegt politiewoordvoerder Ilse Dorrestein. “Een klein groepje zocht duidelijk de confrontatie.”",
        "Organisator Petra Huisman van het comité Kraamzorg Dichtbij betreurt de incidenten. “Dit waren geen mensen van ons, dat wil ik duidelijk zeggen.”",
    ], [
        ("Een klein groepje zocht duidelijk de confrontatie", "Ilse Dorrestein"),
        ("Dit waren geen mensen van ons", "Petra Huisman"),
    ]),
    ("nl", [
        "Leraren in de regio Zuiderdam staken woensdag voor de tweede keer deze maand. De Algemene Onderwijsunie stelt in een verklaring dat “het geduld van leraren nu echt op is”.",
        "Minister Yvonne Stuiver reageerde in de Tweede Kamer kortaf: “Staken lost het lerarentekort niet op, praten wel.”",
    ], [
        ("het geduld van leraren nu echt op is", "Algemene Onderwijsunie"),
        ("Staken lost het lerarentekort niet op", "Yvonne Stuiver"),
    ]),
    ("nl", [
        "Op de Markt van Kortevaart hielden scholieren vrijdag een klimaatstaking. Organisator Lotte van Dam (17) zegt: “We spijbelen niet, we doen het huiswerk dat de politiek laat liggen.”",
        "Het Westhovencollege, de school van een groot deel van de scholieren, had vooraf laten weten de afwezigheid niet te zullen bestraffen.",
        "“Dat vinden we heel netjes”, zegt ze. “Maar we komen volgende maand gewoon terug.”",
    ], [
        ("We spijbelen niet, we doen het huiswerk", "Lotte van Dam"),
        ("Maar we komen volgende maand gewoon terug", "Lotte van Dam"),
    ]),
    ("nl", [
        "De rechter in Ravensveld heeft dinsdag bepaald dat de bezetters van het voormalige belastingkantoor aan de Dijkstraat het pand binnen een week moeten verlaten. Eigenaar Ferdinand Koster had een kort geding aangespannen. Advocaat Mirjam Terlouw stond de krakers bij.",
        "“Dit pand staat al acht jaar leeg, terwijl honderden mensen op straat slapen”, zei zij na afloop.",
        "“De rechter heeft gewoon de wet toegepast”, reageerde hij tevreden.",
    ], [
        ("Dit pand staat al acht jaar leeg", "Mirjam Terlouw"),
        ("De rechter heeft gewoon de wet toegepast", "Ferdinand Koster"),
    ]),
    ("nl", [
        "Buschauffeurs van vervoerder RegioLijn legden donderdag urenlang het werk neer, nadat collega Said Amrani tijdens zijn dienst werd aangevallen.",
        "“Said is gelukkig weer thuis, maar dit had iedereen kunnen overkomen”, zei chauffeur Monique Plas bij de remise.",
        "RegioLijn liet weten “alle begrip te hebben voor de emoties” en extra beveiligers in te zetten.",
    ], [
        ("maar dit had iedereen kunnen overkomen", "Monique Plas"),
        ("alle begrip te hebben voor de emoties", "RegioLijn"),
    ]),
    ("nl", [
        "Het is koud op het dak van de fabriekshal in Oosterkamp. Zes werknemers van gieterij Smeets & Zn. zitten er al sinds zondag, uit protest tegen het ontslag van honderdtwintig collega's.",
        "“We hebben dekens, een gasbrander en genoeg koffie”, vertelt Jeroen Smeulders (54), die er sinds zijn zeventiende werkt. “Naar beneden komen we pas als de directie praat.”",
        "Zijn dochter Eva Smeulders staat beneden met een thermoskan. “Mijn vader is niet iemand die snel opgeeft”, zegt ze.",
    ], [
        ("Naar beneden komen we pas als de directie praat", "Jeroen Smeulders"),
        ("Mijn vader is niet iemand die snel opgeeft", "Eva Smeulders"),
    ]),
    ("nl", [
        "De gemeente Lindeburg gaat in gesprek met de bewoners van woonwagenkamp De Heide, die vrijdag de toegangsweg van het gemeentelijk depot blokkeerden. “We willen eerst de-escaleren en dan pas praten”, zo laat de gemeente weten.",
        "Bewoner Johnny Hendriks noemt dat ‘mooie woorden’. “Dat zeggen ze al sinds 2019, er is nooit iets gebeurd”, aldus Hendriks.",
    ], [
        ("We willen eerst de-escaleren en dan pas praten", "gemeente Lindeburg"),
        ("Dat zeggen ze al sinds 2019", "Johnny Hendriks"),
    ]),
    ("nl", [
        "Vakbondsbestuurder Ahmed Boukhari leidt de acties in de haven van Zuiderdam. Een gesprek op de kade.",
        "Hoe lang houden jullie dit vol? “Zo lang als nodig is. De stakingskas is goed gevuld.”",
        "Wat zegt u tegen reders die klagen over schade? “Die schade hebben ze zelf veroorzaakt door niet te onderhandelen.”",
    ], [
        ("Zo lang als nodig is. De stakingskas", "Ahmed Boukhari"),
        ("Die schade hebben ze zelf veroorzaakt", "Ahmed Boukhari"),
    ]),
    ("nl", [
        "Op het Vrijheidsplein in Brakelveen demonstreerden zondag zo'n duizend mensen tegen de bouw van een afvalverbrandingsoven. Onder de sprekers waren raadslid Sevda Yilmaz en natuurkundige Pieter-Jan Oudshoorn.",
        "“De uitstoot komt precies boven de basisscholen terecht”, waarschuwde hij.",
        "“Niemand heeft de buurt gevraagd of ze dit wilde”, zei zij. “Dat is het echte schandaal.”",
    ], [
        ("De uitstoot komt precies boven de basisscholen terecht", "Pieter-Jan Oudshoorn"),
        ("Niemand heeft de buurt gevraagd of ze dit wilde", "Sevda Yilmaz"),
    ]),
    ("nl", [
        "Actievoerders van Extinctie Nu hebben maandag urenlang de provinciale weg bij Haarsloot geblokkeerd. Zeventig mensen werden aangehouden.",
        "“De situatie is onder controle en de weg is weer vrij”, meldt de politie Noordkust via sociale media.",
        "Woordvoerder Femke Brandsma van Extinctie Nu spreekt van een succes. “Zeventig mensen die bereid zijn een nacht in de cel te zitten, dat zegt genoeg.”",
    ], [
        ("De situatie is onder controle en de weg", "politie Noordkust"),
        ("die bereid zijn een nacht in de cel te zitten", "Femke Brandsma"),
    ]),
    ("nl", [
        "Zorgmedewerkers van thuiszorgorganisatie ZorgSaam Veenland voeren actie voor een betere reiskostenvergoeding. ‘Ik rijd elke dag honderd kilometer en krijg er de helft van vergoed’, vertelt wijkverpleegkundige Ingrid Bosma aan De Kustbode.",
        "De bestuurder van ZorgSaam, Mark de Groot, stelt dat ‘de ruimte in de begroting er simpelweg niet is’.",
    ], [
        ("Ik rijd elke dag honderd kilometer", "Ingrid Bosma"),
        ("de ruimte in de begroting er simpelweg niet is", "Mark de Groot"),
    ]),
    ("nl", [
        "Wethouder Anouk Verbeek van Duinendaal ging donderdagavond in gesprek met ouders die al een week het gemeentehuis bezetten uit protest tegen de sluiting van basisschool De Springplank.",
        "De ouders hadden spandoeken opgehangen aan de balustrade van de raadszaal. Een van hen, vader Rachid Bennani, las een brief voor van zijn dochter.",
        "“Ik ga niet beloven wat ik niet kan waarmaken”, zei de wethouder na afloop. “Maar ik neem deze brief serieus mee naar het college.”",
    ], [
        ("Ik ga niet beloven wat ik niet kan waarmaken", "Anouk Verbeek"),
        ("Maar ik neem deze brief serieus mee", "Anouk Verbeek"),
    ]),
    ("nl", [
        "Bij vleesverwerker Vandermolen in Merkelo is het werk woensdag stilgelegd. “Arbeidsmigranten worden hier uitgeknepen en dat pikken we niet langer”, aldus de BVI, de Bond Voedingsindustrie.",
        "Vandermolen laat in een reactie weten dat “alle medewerkers gewoon volgens de cao worden betaald”.",
    ], [
        ("Arbeidsmigranten worden hier uitgeknepen en dat", "BVI"),
        ("alle medewerkers gewoon volgens de cao worden betaald", "Vandermolen"),
    ]),
    ("nl", [
        "Op de picketline bij de papierfabriek in Zandhorst staan Wouter Kuipers (58) en zijn vrouw Gerda Kuipers-Mol (56) zij aan zij. Allebei werken ze al dertig jaar in de fabriek.",
        "“Als de fabriek dichtgaat, verliezen we in één klap allebei ons inkomen”, zegt zij. Hij vult aan: “En onze zoon werkt hier ook nog, in de ploegendienst.”",
    ], [
        ("verliezen we in één klap allebei ons inkomen", "Gerda Kuipers-Mol"),
        ("En onze zoon werkt hier ook nog", "Wouter Kuipers"),
    ]),
    ("nl", [
        "De zondagsopenstelling van winkels in Oosterkamp leidde zaterdag tot een protest van winkelpersoneel. Wat vindt het winkelend publiek? Wij vroegen het op de Hoogstraat.",
        "Yara Kok (23), studente: “Ik snap het personeel wel, die willen ook een vrije dag met hun gezin.”",
        "Hans Wijnands (71), gepensioneerd: “Vroeger was alles op zondag dicht en niemand die klaagde.”",
    ], [
        ("Ik snap het personeel wel", "Yara Kok"),
        ("Vroeger was alles op zondag dicht", "Hans Wijnands"),
    ]),
    ("nl", [
        "Honderden fietsers reden zondag mee in een protesttocht tegen het schrappen van de fietstunnel onder het spoor in Ravensveld.",
        "“Gedeputeerde Van Rijswijk beloofde ons vorig jaar nog dat de tunnel er zou komen”, zegt Mustafa Öztürk van de Fietsersbond Ravensveld. “Nu is het geld ineens op.”",
        "Gedeputeerde Harm van Rijswijk reageert schriftelijk: “De kosten zijn verdubbeld, dat kunnen we niet verantwoorden.”",
    ], [
        ("Gedeputeerde Van Rijswijk beloofde ons vorig jaar", "Mustafa Öztürk"),
        ("De kosten zijn verdubbeld, dat kunnen", "Harm van Rijswijk"),
    ]),
    ("nl", [
        "“Zorg is geen handelswaar, zorg is van ons allemaal”, scandeerden de ruim vijfhonderd demonstranten die zaterdag van het station naar het ziekenhuis in Lindeburg liepen.",
        "Bestuursvoorzitter Carla Mulder van het Sint-Annaziekenhuis zegt “begrip te hebben voor de zorgen van de inwoners”, maar houdt vast aan de sluiting van de spoedeisende hulp.",
    ], [
        ("Zorg is geen handelswaar, zorg", None),
        ("begrip te hebben voor de zorgen", "Carla Mulder"),
    ]),
    ("nl", [
        "In de raadsvergadering van Kortevaart kwam het dinsdag tot een fel debat over de ontruiming van het tentenkamp in het Julianapark. Oppositieleider Dirk-Jan Hovenkamp (Lokaal Kortevaart) verweet burgemeester Saskia Oldenhof dat zij ‘met harde hand’ had ingegrepen.",
        "“Er is niets hards aan het handhaven van een verbod dat drie weken vooraf was aangekondigd”, aldus Oldenhof.",
        "“Drie weken? Die mensen hadden nergens anders heen te gaan”, zei Hovenkamp.",
    ], [
        ("Er is niets hards aan het handhaven", "Saskia Oldenhof"),
        ("Die mensen hadden nergens anders heen te gaan", "Dirk-Jan Hovenkamp"),
    ]),
    ("nl", [
        "Volgens actiecomité Red de Polder hebben inmiddels vierduizend mensen de petitie tegen de windturbines bij Haarsloot getekend.",
        "“Wij zijn niet tegen duurzame energie, maar wel tegen turbines van tweehonderd meter naast ons huis”, zegt secretaris Bram Hoogendoorn, staande voor de boerderij van buurman Evert Swart.",
        "Energiebedrijf Windkracht Noord benadrukt dat “omwonenden tot dertig procent kunnen meeprofiteren”.",
    ], [
        ("Wij zijn niet tegen duurzame energie", "Bram Hoogendoorn"),
        ("omwonenden tot dertig procent kunnen meeprofiteren", "Windkracht Noord"),
    ]),
    ("nl", [
        "Studenten van de Universiteit Lindeburg hebben dinsdag het bestuursgebouw bezet uit protest tegen de verhoging van het collegegeld voor masterstudenten. Rector magnificus Wendela Schippers noemde de bezetting ‘begrijpelijk maar onacceptabel’.",
        "“We willen met de studenten praten, maar niet onder druk van een bezetting”, zei ze.",
        "Studentenleider Thijs Aarts reageert: “Ze hebben maanden de tijd gehad om te praten. Nu is het te laat.”",
    ], [
        ("We willen met de studenten praten", "Wendela Schippers"),
        ("Ze hebben maanden de tijd gehad", "Thijs Aarts"),
    ]),
    ("nl", [
        "Met een lange colonne toeterende taxi's trokken chauffeurs maandag door de binnenstad van Zuiderdam, uit protest tegen het nieuwe vergunningenstelsel.",
        "Chauffeur Ali Yıldız zegt: “Ik moet straks tweeduizend euro betalen voor een vergunning die ik al twintig jaar heb.”",
        "De gemeente Zuiderdam zegt dat “het stelsel juist bedoeld is om de kwaliteit van het taxivervoer te verbeteren”.",
    ], [
        ("Ik moet straks tweeduizend euro betalen", "Ali Yıldız"),
        ("het stelsel juist bedoeld is om de kwaliteit", "gemeente Zuiderdam"),
    ]),
    ("nl", [
        "Pastoor Frans Lemmens opende donderdagavond de deuren van de Sint-Jozefkerk in Merkelo voor uitgeprocedeerde asielzoekers, nadat de gemeente hun opvang had gestopt. Hij sprak de aanwezigen toe.",
        "“Deze mensen hebben geen dak boven hun hoofd en het vriest. Ik kan en wil ze niet wegsturen.",
        "“Als de burgemeester mij wil arresteren, dan weet hij waar ik ben”, aldus Lemmens.",
    ], [
        ("Ik kan en wil ze niet wegsturen", "Frans Lemmens"),
        ("Als de burgemeester mij wil arresteren", "Frans Lemmens"),
    ]),
    ("nl", [
        "Bezorgers van maaltijdplatform Snelbord legden vrijdagavond in Ravensveld het werk neer. 'We rijden in de regen voor een paar euro per rit en als je valt, ben je zelf de pineut', zegt bezorger Timo de Leeuw (22).",
        "Snelbord laat weten 'met alle bezorgers in gesprek te blijven' maar noemt de actievoerders 'een kleine groep'.",
    ], [
        ("We rijden in de regen voor een paar euro", "Timo de Leeuw"),
        ("met alle bezorgers in gesprek te blijven", "Snelbord"),
    ]),
    ("nl", [
        "Honderden inwoners van Oosterkamp kwamen maandagavond bijeen bij het monument aan de Kerkbrink voor een wake voor Sophie Veltman, de 19-jarige die vorige week werd doodgestoken.",
        "“Geweld hoort niet in onze straten, en wij laten ons niet bang maken”, sprak burgemeester Gijs van Wijk de menigte toe. “Sophie had haar hele leven nog voor zich.”",
        "Een vriendin van Sophie, die anoniem wil blijven, zegt: “Ze was altijd de eerste die voor een ander opkwam.”",
    ], [
        ("Geweld hoort niet in onze straten", "Gijs van Wijk"),
        ("Sophie had haar hele leven nog voor zich", "Gijs van Wijk"),
        ("Ze was altijd de eerste die voor een ander opkwam", None),
    ]),
    ("nl", [
        "Minister van Landbouw Jacqueline Berkhout heeft maandagavond boerenactiegroep Trekker Vooruit ontvangen, na een dag van blokkades in het hele land.",
        "“Het was een open gesprek, maar ik heb geen toezeggingen gedaan”, zei Berkhout na afloop tegen verslaggevers.",
        "Voorman Sjoerd Wiersma van Trekker Vooruit was minder positief. “Ze luisterde wel, maar we hebben niets concreets gehoord. Dan gaan de trekkers dus weer de weg op.”",
    ], [
        ("maar ik heb geen toezeggingen gedaan", "Jacqueline Berkhout"),
        ("Ze luisterde wel, maar we hebben niets concreets gehoord", "Sjoerd Wiersma"),
    ]),
]

IT = [
    ("it", [
        "Oltre tremila persone hanno sfilato ieri mattina per le vie di Valdoria contro la chiusura dello stabilimento Ferlam, che dà lavoro a 420 operai.",
        "«Questa fabbrica non si tocca, è il cuore di questa città», ha detto dal palco la segretaria provinciale della Clu, Rosaria Cantelmo.",
        "Il sindaco Michele Brandolini ha sfilato in testa al corteo con la fascia tricolore. «Il Comune è al fianco dei lavoratori, senza se e senza ma», ha dichiarato.",
    ], [
        ("Questa fabbrica non si tocca", "Rosaria Cantelmo"),
        ("Il Comune è al fianco dei lavoratori", "Michele Brandolini"),
    ]),
    ("it", [
        "Gli studenti del liceo classico Manfredi di San Ferreolo occupano la scuola da tre giorni. «Non chiediamo la luna, chiediamo aule dove non piova dentro», spiega Giulia Ferrandi, rappresentante d'istituto.",
        "Secondo la dirigente scolastica, Antonella Rinaldi, l'occupazione «sta creando un danno enorme agli studenti che vogliono fare lezione».",
    ], [
        ("Non chiediamo la luna, chiediamo aule", "Giulia Ferrandi"),
        ("sta creando un danno enorme agli studenti", "Antonella Rinaldi"),
    ]),
    ("it", [
        "Davanti ai cancelli della logistica Speedmar, a Borgoletto, il presidio dei facchini va avanti dalle cinque del mattino. «Siamo qui perché ci pagano a cottimo e ci licenziano con un messaggio», dice Ibrahima Diallo, 34 anni, da otto nel magazzino.",
        "Ha poi aggiunto: «Se non ci ascoltano, domani blocchiamo anche l'altro ingresso».",
    ], [
        ("ci pagano a cottimo e ci licenziano", "Ibrahima Diallo"),
        ("Se non ci ascoltano, domani blocchiamo", "Ibrahima Diallo"),
    ]),
    ("it", [
        "Momenti di tensione ieri pomeriggio a Castelmurano durante il corteo contro il nuovo inceneritore. Alcuni manifestanti hanno lanciato fumogeni contro il cordone di polizia.",
        "«Due agenti sono rimasti lievemente feriti e quattro persone sono state denunciate», fa sapere la Questura di Castelmurano.",
        "Il comitato No Inceneritore prende le distanze: «Chi ha lanciato i fumogeni non fa parte del nostro percorso», sottolinea la portavoce Chiara Mastrangelo.",
    ], [
        ("Due agenti sono rimasti lievemente feriti", "Questura di Castelmurano"),
        ("Chi ha lanciato i fumogeni non fa parte", "Chiara Mastrangelo"),
    ]),
    ("it", [
        "Trattori in piazza a Fontebruna: circa duecento agricoltori hanno bloccato la statale per tutta la mattinata.",
        "«Il prezzo del grano è fermo a vent'anni fa – sottolinea Vincenzo Lo Cascio, allevatore e portavoce del coordinamento Terra Viva – mentre il gasolio e i concimi costano il triplo».",
        "Il prefetto Alberto Sannino ha convocato un tavolo per lunedì.",
    ], [
        ("Il prezzo del grano è fermo", "Vincenzo Lo Cascio"),
        ("mentre il gasolio e i concimi costano il triplo", "Vincenzo Lo Cascio"),
    ]),
    ("it", [
        "Al presidio degli infermieri davanti all'ospedale San Matteo di Roccalunga c'erano anche il direttore generale dell'Asl, Paolo Guarnieri, e la delegata sindacale Marta Esposito.",
        "«Mancano sessanta infermieri e i turni sono diventati disumani», ha denunciato lei.",
        "«Le assunzioni sono già state autorizzate dalla Regione», ha replicato lui.",
    ], [
        ("Mancano sessanta infermieri e i turni", "Marta Esposito"),
        ("Le assunzioni sono già state autorizzate", "Paolo Guarnieri"),
    ]),
    ("it", [
        "Il ministro dei Trasporti, Fabrizio Dell'Orto, ha dichiarato: «Lo sciopero di venerdì è illegittimo e ho chiesto alla Commissione di garanzia di intervenire».",
        "Immediata la replica del segretario del Sindacato Autonomo Trasporti, Gennaro Pirozzi: «Dell'Orto non ha mai incontrato un macchinista in vita sua».",
    ], [
        ("Lo sciopero di venerdì è illegittimo", "Fabrizio Dell'Orto"),
        ("Dell'Orto non ha mai incontrato un macchinista", "Gennaro Pirozzi"),
    ]),
    ("it", [
        "«Le case a chi le abita, non ai turisti», recitava lo striscione in testa al corteo che ieri ha attraversato il centro storico di Lagomare.",
        "«Mio figlio lavora qui ma non trova un monolocale sotto gli ottocento euro», racconta una signora che preferisce non dire il nome.",
        "L'assessora alla Casa, Laura Benvenuti, ha promesso un regolamento sugli affitti brevi entro l'anno. «Su questo non possiamo più permetterci di rimandare», ha detto.",
    ], [
        ("Le case a chi le abita", None),
        ("Mio figlio lavora qui ma non trova", None),
        ("Su questo non possiamo più permetterci", "Laura Benvenuti"),
    ]),
    ("it", [
        "Adesione oltre l'ottanta per cento allo sciopero nello stabilimento Vetrerie Riunite di Pietravelle, secondo i dati diffusi dalla Fmu.",
        "«È un segnale chiarissimo all'azienda», ha commentato il segretario provinciale Salvatore Imbriani. «I lavoratori non accetteranno il trasferimento della produzione all'estero».",
        "L'azienda, in una nota, parla invece di «adesione inferiore al trenta per cento» e di «clima sereno in fabbrica».",
    ], [
        ("I lavoratori non accetteranno il trasferimento", "Salvatore Imbriani"),
        ("adesione inferiore al trenta per cento", "Vetrerie Riunite"),
    ]),
    ("it", [
        "Lucia Marchetti, 27 anni, è una delle attiviste di Ultima Marea che ieri si sono incollate all'asfalto sul ponte di Valdoria. L'abbiamo raggiunta al telefono dopo il rilascio.",
        "Perché proprio il ponte? «Perché è il punto dove tutti ci vedono. Nessuno può fare finta di niente».",
        "Non teme le denunce? «Ho più paura di quello che succederà al clima che di un processo».",
    ], [
        ("Perché è il punto dove tutti ci vedono", "Lucia Marchetti"),
        ("Ho più paura di quello che succederà", "Lucia Marchetti"),
    ]),
    ("it", [
        "Una fiaccolata silenziosa ha attraversato ieri sera il quartiere Borgo Nuovo di San Ferreolo, in memoria di Ahmed Saidi, il rider morto investito la scorsa settimana. In prima fila la sorella, Nadia Saidi, e l'avvocato della famiglia, Roberto Carnevali.",
        "«Ahmed pedalava dieci ore al giorno per mandare soldi a casa», dice lei con la voce rotta.",
        "«Chiederemo che venga accertata anche la responsabilità della piattaforma», spiega lui.",
    ], [
        ("Ahmed pedalava dieci ore al giorno", "Nadia Saidi"),
        ("Chiederemo che venga accertata anche la responsabilità", "Roberto Carnevali"),
    ]),
    ("it", [
        "Il Comune di Lagomare fa sapere che «lo sgombero dell'ex caserma Volturno avverrà solo dopo aver trovato una sistemazione alle famiglie».",
        "Gli occupanti, una trentina di nuclei familiari, restano però sul piede di guerra. «Ce l'hanno già promesso due volte, e siamo ancora qui», dice Franco Abate, tra i portavoce del comitato Casa per Tutti.",
    ], [
        ("avverrà solo dopo aver trovato una sistemazione", "Comune di Lagomare"),
        ("Ce l'hanno già promesso due volte", "Franco Abate"),
    ]),
    ("it", [
        "«Abbiamo chiesto un incontro tre volte e non ci hanno mai risposto», spiega al Corriere di Valdoria Stefania Olivieri, delegata dei lavoratori del call center Telefast, in sciopero da lunedì.",
        "Telefast, contattata, non ha voluto commentare. Il consigliere regionale Mauro Gentile ha annunciato un'interrogazione: «La Regione ha dato milioni a questa azienda, ora deve rendere conto».",
    ], [
        ("Abbiamo chiesto un incontro tre volte", "Stefania Olivieri"),
        ("La Regione ha dato milioni a questa azienda", "Mauro Gentile"),
    ]),
    ("it", [
        "La sindaca di Borgoletto, Elena Castaldi, ha incontrato ieri i pendolari che da settimane protestano contro i ritardi della linea ferroviaria.",
        "«Ho scritto all'amministratore delegato di Ferrovie Regionali – sottolinea Castaldi – e pretendo risposte entro dieci giorni».",
        "Poi ha aggiunto: «Se non arriveranno, saremo noi sindaci a salire sui binari».",
    ], [
        ("Ho scritto all'amministratore delegato di Ferrovie Regionali", "Elena Castaldi"),
        ("saremo noi sindaci a salire sui binari", "Elena Castaldi"),
    ]),
    ("it", [
        "In piazza del Mercato, a Castelmurano, i commercianti hanno abbassato le saracinesche per un'ora contro il caro bollette. Abbiamo raccolto alcune voci.",
        "Giuseppe Ardito, panettiere: «La bolletta della luce è passata da 900 a 3.000 euro al mese. Così chiudo».",
        "Sara Colonna, fioraia: «Non siamo contro nessuno, vogliamo solo poter lavorare».",
    ], [
        ("La bolletta della luce è passata", "Giuseppe Ardito"),
        ("Non siamo contro nessuno, vogliamo solo", "Sara Colonna"),
    ]),
    ("it", [
        "«Siamo pronti a incatenarci ai cancelli», afferma Davide Loreti, operaio della cartiera Montalto, mentre accanto a lui il collega Franco Seveso distribuisce volantini.",
        "La direzione dell'azienda ha convocato i sindacati per giovedì.",
        "«Andremo all'incontro, ma senza farci illusioni», ha aggiunto Loreti.",
    ], [
        ("Siamo pronti a incatenarci ai cancelli", "Davide Loreti"),
        ("Andremo all'incontro, ma senza farci illusioni", "Davide Loreti"),
    ]),
    ("it", [
        "Il questore di Pietravelle ha difeso l'operato degli agenti durante lo sgombero del presidio davanti alla sede della Regione.",
        "«Abbiamo agito con la massima prudenza, dopo ore di mediazione», ha spiegato il questore, Raffaele Monteleone, in conferenza stampa.",
        "Di tutt'altro avviso il consigliere comunale Andrea Pace, presente allo sgombero: «Ho visto manganellate su ragazzi seduti a terra».",
    ], [
        ("Abbiamo agito con la massima prudenza", "Raffaele Monteleone"),
        ("Ho visto manganellate su ragazzi seduti", "Andrea Pace"),
    ]),
    ("it", [
        "Le tende degli studenti davanti al rettorato dell'Università di Valdoria sono arrivate a quota cinquanta. La protesta è contro il caro affitti.",
        "«Pago 550 euro per una stanza senza finestra», racconta Matteo Serra, 22 anni, studente di Ingegneria.",
        "La rettrice Cristina Pellegatti ha detto di comprendere la protesta. «L'ateneo metterà a disposizione trecento nuovi posti letto entro l'anno», ha aggiunto.",
    ], [
        ("Pago 550 euro per una stanza", "Matteo Serra"),
        ("L'ateneo metterà a disposizione trecento nuovi posti", "Cristina Pellegatti"),
    ]),
    ("it", [
        "Sciopero dei netturbini a Roccalunga: i rifiuti si accumulano per le strade da tre giorni.",
        "«Senza i dispositivi di sicurezza non torniamo a lavorare», ha fatto sapere il sindacato Fisa.",
        "Secondo l'assessore all'Ambiente, Tommaso Riva, «la situazione tornerà alla normalità entro il fine settimana».",
    ], [
        ("Senza i dispositivi di sicurezza non torniamo", "Fisa"),
        ("la situazione tornerà alla normalità entro", "Tommaso Riva"),
    ]),
    ("it", [
        "Al tavolo in prefettura a Fontebruna, ieri, nessun passo avanti sulla vertenza Metalsud. «L'azienda non ha presentato alcun piano industriale», ha detto all'uscita la delegata della Fmu Ornella Vitale, mentre il responsabile delle risorse umane, Luca Bernasconi, ha ribattuto: «Il piano c'è, ma serve prima un accordo sugli esuberi».",
        "Il prossimo incontro è fissato per martedì.",
    ], [
        ("L'azienda non ha presentato alcun piano", "Ornella Vitale"),
        ("serve prima un accordo sugli esuberi", "Luca Bernasconi"),
    ]),
    ("it", [
        "Il sindaco di San Ferreolo, Antonio Grimaldi, ha partecipato alla marcia per la pace organizzata dalle parrocchie della diocesi.",
        "Alla partenza, don Luigi Ferrante ha letto una preghiera per le vittime della guerra.",
        "«Una comunità che marcia unita è una comunità che non ha paura», ha detto il primo cittadino al termine del corteo.",
    ], [
        ("Una comunità che marcia unita", "Antonio Grimaldi"),
    ]),
    ("it", [
        "«Nessun lavoratore sarà lasciato indietro», si legge in una nota di Autolinee Pietravelle, l'azienda dei trasporti pubblici al centro della protesta degli autisti.",
        "Parole che non convincono gli autisti. «Sono tre anni che ci ripetono la stessa frase», commenta Gianni Morabito, da vent'anni al volante.",
    ], [
        ("Nessun lavoratore sarà lasciato indietro", "Autolinee Pietravelle"),
        ("Sono tre anni che ci ripetono", "Gianni Morabito"),
    ]),
    ("it", [
        "Suor Angela Ricci gestisce da dodici anni la mensa per i poveri di Borgoletto, che il Comune vuole trasferire in periferia. Ieri ha guidato un sit-in sotto il municipio.",
        "«Qui vengono ogni giorno duecento persone. Molte non hanno i soldi per l'autobus.",
        "«Spostarci in periferia significa lasciarle senza un pasto», dice.",
    ], [
        ("Qui vengono ogni giorno duecento persone", "Angela Ricci"),
        ("Spostarci in periferia significa lasciarle senza", "Angela Ricci"),
    ]),
    ("it", [
        "L'eurodeputata Valentina Orsini si è unita ieri al presidio dei pescatori nel porto di Lagomare, in protesta contro il fermo pesca.",
        "I pescatori hanno bloccato l'imboccatura del porto con una trentina di pescherecci. Il comandante della Capitaneria, Saverio D'Amico, ha seguito la situazione da una motovedetta.",
        "«Porterò la voce di questi uomini a Bruxelles», ha assicurato lei.",
    ], [
        ("Porterò la voce di questi uomini", "Valentina Orsini"),
    ]),
    ("it", [
        "Si è aperto ieri al tribunale di Castelmurano il processo a dodici attivisti accusati di aver bloccato l'autostrada durante la protesta contro il caro carburante.",
        "«I miei assistiti hanno esercitato un diritto costituzionale», ha sostenuto in aula l'avvocata Francesca Lombardo.",
        "Il pubblico ministero Nicola Valenti ha ribattuto: «Il diritto di manifestare non comprende quello di mettere in pericolo la vita degli automobilisti».",
    ], [
        ("I miei assistiti hanno esercitato un diritto", "Francesca Lombardo"),
        ("Il diritto di manifestare non comprende", "Nicola Valenti"),
    ]),
    ("it", [
        "Sono circa quindicimila, secondo gli organizzatori, i partecipanti al corteo per il clima di Valdoria; appena quattromila secondo la Questura.",
        "«È la manifestazione più grande degli ultimi dieci anni in questa città», spiega Alessio Morandi del collettivo Clima Adesso.",
        "«Non c'è un pianeta B, non c'è più tempo», gridavano in coro i ragazzi.",
    ], [
        ("la manifestazione più grande degli ultimi dieci anni", "Alessio Morandi"),
        ("Non c'è un pianeta B", None),
    ]),
    ("it", [
        "Incontro teso ieri al ministero tra la ministra del Lavoro, Giovanna Ferri, e il leader della Clu, Marco Tedeschi, sulla riforma delle pensioni.",
        "«È stato un dialogo franco e ci rivedremo presto», ha detto lei uscendo.",
        "«Un incontro inutile: lo sciopero generale resta confermato», ha commentato invece lui.",
    ], [
        ("stato un dialogo franco e ci rivedremo presto", "Giovanna Ferri"),
        ("lo sciopero generale resta confermato", "Marco Tedeschi"),
    ]),
    ("it", [
        "Blocco stradale dei residenti di Roccalunga sulla provinciale per chiedere la messa in sicurezza del ponte sul torrente.",
        "«Ogni giorno i nostri figli passano su quel ponte con lo scuolabus», sottolinea Rita Galasso, promotrice della protesta.",
        "La Provincia, in una nota, fa sapere che «i lavori partiranno entro la prossima primavera».",
    ], [
        ("Ogni giorno i nostri figli passano", "Rita Galasso"),
        ("i lavori partiranno entro la prossima primavera", "Provincia"),
    ]),
    ("it", [
        "È scontro tra i sindaci di Fontebruna e Pietravelle sulla discarica al confine tra i due comuni, contro cui ieri hanno manifestato oltre mille persone.",
        "«Il collega Rossetti ha firmato l'autorizzazione senza consultare nessuno», ha attaccato il sindaco di Fontebruna, Ernesto Caputo.",
        "Il sindaco di Pietravelle, Walter Rossetti, ha replicato a stretto giro: «Caputo sa benissimo che l'autorizzazione è della Regione».",
    ], [
        ("Il collega Rossetti ha firmato l'autorizzazione", "Ernesto Caputo"),
        ("Caputo sa benissimo che l'autorizzazione", "Walter Rossetti"),
    ]),
    ("it", [
        "Tra i manifestanti c'era anche Anna Belfiore, 81 anni, ex operaia tessile del lanificio Valbruna, che chiuse nel 1994.",
        "«Io qui ho fatto il mio primo sciopero a sedici anni», racconta sorridendo. «Oggi sono tornata per i miei nipoti».",
        "«Finché ho gambe, sarò in piazza con loro», ha concluso.",
    ], [
        ("Io qui ho fatto il mio primo sciopero", "Anna Belfiore"),
        ("Oggi sono tornata per i miei nipoti", "Anna Belfiore"),
        ("Finché ho gambe, sarò in piazza", "Anna Belfiore"),
    ]),
]

PT = [
    ("pt", [
        "Cerca de 2 mil professores da rede estadual ocuparam nesta quarta-feira a praça central de Vila Serrana em protesto contra o atraso no pagamento do piso salarial.",
        "“Não dá mais para trabalhar sem saber quando o salário vai cair”, disse a presidente do Sindicato dos Professores de Vila Serrana, Mariana Albuquerque.",
        "A Secretaria de Educação afirmou, em nota, que “os valores serão quitados até o fim do mês”.",
    ], [
        ("Não dá mais para trabalhar sem saber", "Mariana Albuquerque"),
        ("os valores serão quitados até o fim", "Secretaria de Educação"),
    ]),
    ("pt", [
        "Moradores do bairro Jardim Esperança bloquearam a rodovia com pneus em chamas na manhã desta segunda-feira, após mais uma semana sem abastecimento de água.",
        "“A gente paga conta todo mês e não sai uma gota da torneira”, afirmou a diarista Cláudia Nogueira, de 41 anos.",
        "A Polícia Militar informou que “a pista foi liberada por volta das 10h, sem registro de feridos”.",
    ], [
        ("A gente paga conta todo mês", "Cláudia Nogueira"),
        ("a pista foi liberada por volta das 10h", "Polícia Militar"),
    ]),
    ("pt", [
        "Segundo o coordenador do Movimento dos Sem-Teto da Serra, Josué Ribeiro, cerca de 300 famílias participam da ocupação do antigo hotel no centro de Santa Luzia do Paraíso.",
        "“O prédio está abandonado há quinze anos. Aqui ninguém está roubando nada de ninguém”, disse Ribeiro.",
        "De acordo com a prefeita Sandra Valadares, a prefeitura “está disposta a negociar, mas não vai tolerar a ocupação de prédios privados”.",
    ], [
        ("O prédio está abandonado há quinze anos", "Josué Ribeiro"),
        ("está disposta a negociar, mas não vai tolerar", "Sandra Valadares"),
    ]),
    ("pt", [
        "O deputado estadual Ronaldo Teixeira visitou nesta terça o acampamento dos caminhoneiros na rodovia que corta Pedra Branca do Oeste.",
        "Teixeira declarou: “O preço do diesel está matando o transporte de carga no interior”.",
        "E acrescentou: “Vou levar a pauta da categoria para a Assembleia na semana que vem”.",
    ], [
        ("O preço do diesel está matando", "Ronaldo Teixeira"),
        ("Vou levar a pauta da categoria", "Ronaldo Teixeira"),
    ]),
    ("pt", [
        "Na porta da fábrica de calçados Passo Firme, em Campo Alegre do Sul, a costureira Luciana Prado e o cortador Edson Matos dividem a mesma barraca há seis dias.",
        "“Eles querem demitir metade do turno da noite sem pagar a rescisão”, diz ela.",
        "“Se eles não pagam, a gente não sai daqui”, completa ele.",
    ], [
        ("Eles querem demitir metade do turno", "Luciana Prado"),
        ("Se eles não pagam, a gente não sai daqui", "Edson Matos"),
    ]),
    ("pt", [
        "“Fora, despejo! Aqui mora gente”, dizia a faixa estendida na entrada da comunidade Vila Aurora, onde a Justiça determinou a reintegração de posse.",
        "“Eu criei meus quatro filhos nesse barraco”, contou uma moradora que pediu para não ser identificada.",
        "O defensor público Caio Mendonça disse que vai recorrer: “A decisão ignora que há crianças e idosos no local”.",
    ], [
        ("Fora, despejo! Aqui mora gente", None),
        ("Eu criei meus quatro filhos nesse barraco", None),
        ("A decisão ignora que há crianças", "Caio Mendonça"),
    ]),
    ("pt", [
        "“A universidade não pode funcionar com metade do orçamento”, afirmou ao Jornal da Serra a reitora da Universidade Federal de Itaberaba, Helena Cavalcanti, durante o ato que reuniu estudantes e servidores.",
        "O estudante Pedro Lucas Farias, do diretório central, discursou em seguida. “Sem bolsa, eu não consigo nem pagar o ônibus para vir à aula”, disse.",
    ], [
        ("A universidade não pode funcionar com metade", "Helena Cavalcanti"),
        ("eu não consigo nem pagar o ônibus", "Pedro Lucas Farias"),
    ]),
    ("pt", [
        "Em assembleia lotada, os servidores da saúde de Águas Claras do Norte aprovaram greve por tempo indeterminado.",
        "“O governador Tavares prometeu reajuste na campanha e até agora nada”, discursou a enfermeira Rosângela Pimentel, diretora do sindicato da categoria.",
        "Procurado, o governador Otávio Tavares disse, por meio da assessoria, que “o reajuste depende do equilíbrio das contas públicas”.",
    ], [
        ("O governador Tavares prometeu reajuste na campanha", "Rosângela Pimentel"),
        ("o reajuste depende do equilíbrio das contas", "Otávio Tavares"),
    ]),
    ("pt", [
        "Líder da marcha dos agricultores familiares que chegou nesta sexta à capital do estado, Francisca das Dores Lima, 58, falou à reportagem.",
        "Francisca das Dores Lima: “Andamos 300 quilômetros porque o crédito rural não chega no pequeno. Só chega no grande”.",
        "Por que agora? “Porque a seca deste ano levou tudo. Não temos mais o que perder”.",
    ], [
        ("porque o crédito rural não chega no pequeno", "Francisca das Dores Lima"),
        ("Porque a seca deste ano levou tudo", "Francisca das Dores Lima"),
    ]),
    ("pt", [
        "O ato contra o aumento da tarifa de ônibus reuniu 5 mil pessoas, segundo os organizadores do Coletivo Tarifa Justa, e 1.200, segundo a Polícia Militar.",
        "“A tarifa subiu 20% e o salário não subiu nada”, disse o estudante Gabriel Antunes, um dos organizadores.",
        "A prefeitura de Vila Serrana informou que “o reajuste segue o contrato com as concessionárias”.",
    ], [
        ("A tarifa subiu 20% e o salário", "Gabriel Antunes"),
        ("o reajuste segue o contrato com as concessionárias", "prefeitura de Vila Serrana"),
    ]),
    ("pt", [
        "Na audiência pública desta quinta na Câmara Municipal de Santa Luzia do Paraíso, a vereadora Tânia Rezende e o secretário de Obras, Márcio Quintela, discutiram duramente sobre a retirada dos ambulantes do centro.",
        "“Essas pessoas trabalham ali há trinta anos e foram tratadas como criminosas”, acusou ela.",
        "“A operação cumpriu uma decisão judicial”, rebateu ele.",
    ], [
        ("Essas pessoas trabalham ali há trinta anos", "Tânia Rezende"),
        ("A operação cumpriu uma decisão judicial", "Márcio Quintela"),
    ]),
    ("pt", [
        "Integrantes do Movimento Terra e Pão (MTP) ocuparam na madrugada deste domingo a fazenda Boa Vista, em Pedra Branca do Oeste.",
        "Em nota, o MTP afirmou que “a área é improdutiva e deve ser destinada à reforma agrária”.",
        "O advogado do proprietário, Fernando Assis, disse que vai pedir a reintegração de posse. “A fazenda é produtiva e tem a documentação em dia”.",
    ], [
        ("a área é improdutiva e deve ser destinada", "MTP"),
        ("A fazenda é produtiva e tem a documentação", "Fernando Assis"),
    ]),
    ("pt", [
        "Os garis de Itaberaba da Serra entraram no terceiro dia de greve. A coleta de lixo está suspensa em todos os bairros.",
        "A porta-voz da categoria, Joana D'Arc Silveira, esteve na porta da prefeitura pela manhã.",
        "“Não é greve por capricho. Tem gari trabalhando sem luva e sem bota”, disse ela. E completou: “Já tivemos dois colegas internados este ano”.",
    ], [
        ("Tem gari trabalhando sem luva e sem bota", "Joana D'Arc Silveira"),
        ("Já tivemos dois colegas internados este ano", "Joana D'Arc Silveira"),
    ]),
    ("pt", [
        "O padre Anselmo Vieira celebrou uma missa campal no acampamento dos sem-terra e fez duras críticas à operação policial da semana passada.",
        "“Eu vi crianças chorando e mulheres sendo empurradas. Isso não pode ser esquecido.",
        "“A Igreja vai estar ao lado dessas famílias até o fim”, afirmou o padre.",
    ], [
        ("Eu vi crianças chorando e mulheres", "Anselmo Vieira"),
        ("A Igreja vai estar ao lado dessas famílias", "Anselmo Vieira"),
    ]),
    ("pt", [
        "Trabalhadores da mineradora Serra Dourada cruzaram os braços nesta segunda, conforme o Sindicato dos Mineiros de Itaberaba.",
        "“A empresa bateu recorde de lucro e oferece reajuste abaixo da inflação”, declarou o presidente do sindicato, Wellington Barros.",
        "A Serra Dourada diz que “a proposta apresentada é compatível com o cenário do mercado”.",
    ], [
        ("A empresa bateu recorde de lucro", "Wellington Barros"),
        ("a proposta apresentada é compatível com o cenário", "Serra Dourada"),
    ]),
    ("pt", [
        "O que pensam os passageiros da greve do metrô? O Jornal da Serra ouviu quem esperava nas paradas de ônibus lotadas.",
        "Renata Guimarães, 35, vendedora: “Saí de casa às 5h e ainda não cheguei. Entendo a greve, mas quem paga somos nós”.",
        "José Carlos Moura, 67, aposentado: “Na minha época greve era coisa séria, hoje é por qualquer coisa”.",
    ], [
        ("Entendo a greve, mas quem paga somos nós", "Renata Guimarães"),
        ("Na minha época greve era coisa séria", "José Carlos Moura"),
    ]),
    ("pt", [
        "“Nós não vamos aceitar a privatização da companhia de água”, afirmou a deputada Cristiane Lobo ao lado do prefeito Hélio Damasceno, durante o ato na escadaria da Assembleia.",
        "Damasceno, que também discursou, foi mais cauteloso: “Precisamos de investimento, venha de onde vier”.",
    ], [
        ("Nós não vamos aceitar a privatização", "Cristiane Lobo"),
        ("Precisamos de investimento, venha de onde vier", "Hélio Damasceno"),
    ]),
    ("pt", [
        "A delegada Patrícia Furtado, responsável pelo inquérito sobre a morte do entregador durante o protesto, concedeu entrevista coletiva nesta tarde.",
        "O caso provocou manifestações em todo o estado. Familiares do jovem Kauã Mendes, de 19 anos, estiveram presentes.",
        "“Nenhuma hipótese está descartada, inclusive a de excesso por parte dos policiais”, disse ela.",
    ], [
        ("Nenhuma hipótese está descartada, inclusive", "Patrícia Furtado"),
    ]),
    ("pt", [
        "Centenas de enfermeiros concentraram-se esta manhã à porta do Hospital Distrital de Vila Nova de Ribalta, no primeiro de três dias de greve.",
        "«Estamos exaustos e ninguém no ministério nos ouve», disse Sónia Carvalhal, dirigente do Sindicato Independente dos Enfermeiros do Centro.",
        "A Unidade Local de Saúde de Ribalta garantiu, em comunicado, que «os serviços mínimos estão a ser cumpridos em todas as unidades».",
    ], [
        ("Estamos exaustos e ninguém no ministério", "Sónia Carvalhal"),
        ("os serviços mínimos estão a ser cumpridos", "Unidade Local de Saúde de Ribalta"),
    ]),
    ("pt", [
        "Os agricultores do Vale do Souto levaram esta terça-feira cerca de 200 tratores até à rotunda de entrada de Alvarinhos. Segundo a Associação de Agricultores do Souto, a adesão superou as expectativas.",
        "«Os custos de produção duplicaram e os apoios de Bruxelas chegam sempre tarde», afirmou o presidente da associação, Joaquim Pereira Lopes.",
        "A ministra da Agricultura, Teresa Vasconcelos, disse compreender as reivindicações. «Estamos a trabalhar para antecipar os pagamentos», garantiu.",
    ], [
        ("Os custos de produção duplicaram", "Joaquim Pereira Lopes"),
        ("Estamos a trabalhar para antecipar os pagamentos", "Teresa Vasconcelos"),
    ]),
    ("pt", [
        "O presidente da Câmara de Castelo de Moura Alta, Rui Sacadura, recebeu esta quarta-feira os moradores que contestam o encerramento do centro de saúde.",
        "«Fizemos tudo para manter o centro aberto, mas a decisão não é da autarquia», explicou o autarca.",
        "«Vamos continuar a pressionar o Governo até ao fim», acrescentou.",
    ], [
        ("Fizemos tudo para manter o centro aberto", "Rui Sacadura"),
        ("Vamos continuar a pressionar o Governo", "Rui Sacadura"),
    ]),
    ("pt", [
        "«Casas para viver, não para especular», gritavam os estudantes que desfilaram no sábado pelas ruas de Ribeira do Souto.",
        "«Pago 450 euros por um quarto numa cave sem janela», contou ao Diário de Ribalta Inês Fontoura, estudante de Arquitetura.",
    ], [
        ("Casas para viver, não para especular", None),
        ("Pago 450 euros por um quarto", "Inês Fontoura"),
    ]),
    ("pt", [
        "Cerca de cinquenta ativistas climáticos bloquearam esta manhã a entrada do terminal de combustíveis do Porto de Santa Amara.",
        "De acordo com a PSP, «foram identificadas 38 pessoas e o acesso foi reposto às 11h».",
        "«Enquanto houver gás a entrar por este porto, voltaremos», garantiu Tiago Sarmento, porta-voz do coletivo Maré Alta.",
    ], [
        ("foram identificadas 38 pessoas e o acesso", "PSP"),
        ("Enquanto houver gás a entrar por este porto", "Tiago Sarmento"),
    ]),
    ("pt", [
        "Carla Meireles é coordenadora da comissão de trabalhadores da fábrica de cortiça que está em greve há duas semanas em Alvarinhos.",
        "Porque é que a greve se prolonga? «Porque a administração recusa sentar-se à mesa desde o primeiro dia.»",
        "Até quando aguentam? «Temos um fundo de greve e a solidariedade da terra. Aguentamos o tempo que for preciso.»",
    ], [
        ("Porque a administração recusa sentar-se à mesa", "Carla Meireles"),
        ("Aguentamos o tempo que for preciso", "Carla Meireles"),
    ]),
    ("pt", [
        "No tribunal de Vila Nova de Ribalta, a juíza Margarida Sequeira ouviu esta segunda-feira o dono do restaurante Tasca do Largo, Vítor Bragança, acusado de agredir um manifestante à porta do estabelecimento.",
        "«O senhor reagiu de forma desproporcionada», disse ela durante a audiência.",
        "«Só quis proteger o meu estabelecimento e os meus clientes», respondeu ele.",
    ], [
        ("O senhor reagiu de forma desproporcionada", "Margarida Sequeira"),
        ("Só quis proteger o meu estabelecimento", "Vítor Bragança"),
    ]),
    ("pt", [
        "O secretário-geral da Frente Sindical dos Transportes, Álvaro Mesquita, declarou: «O ministro Henriques tem de perceber que sem maquinistas não há comboios».",
        "O ministro das Infraestruturas, Paulo Henriques, reagiu ao fim da tarde: «A porta do ministério está aberta, mas não negociamos sob ameaça de greve».",
    ], [
        ("O ministro Henriques tem de perceber", "Álvaro Mesquita"),
        ("A porta do ministério está aberta", "Paulo Henriques"),
    ]),
    ("pt", [
        "As vigílias contra o encerramento da escola primária de Aldeia do Freixo já vão na terceira semana.",
        "«Os meus filhos vão ter de fazer quarenta quilómetros por dia», diz Filipa Antunes, mãe de dois alunos. Segundo ela, «ninguém da câmara veio cá falar com os pais».",
    ], [
        ("Os meus filhos vão ter de fazer", "Filipa Antunes"),
        ("ninguém da câmara veio cá falar", "Filipa Antunes"),
    ]),
    ("pt", [
        "O padre Henrique Bastos juntou-se ontem à vigília dos trabalhadores da têxtil Lanifícios da Serra.",
        "Os trabalhadores estão há dois meses sem salário. A empresa, detida pelo empresário Artur Lacerda, alega dificuldades financeiras.",
        "«Esta gente tem fome, e isso não é uma questão de contas», afirmou o sacerdote.",
    ], [
        ("Esta gente tem fome, e isso", "Henrique Bastos"),
    ]),
    ("pt", [
        "Escolas fechadas em todo o distrito de Ribalta devido à greve dos professores.",
        "A FND garante que «a adesão à greve rondou os noventa por cento em todo o distrito».",
        "O Ministério da Educação contrapõe que «a maioria das escolas funcionou com normalidade».",
    ], [
        ("a adesão à greve rondou os noventa", "FND"),
        ("a maioria das escolas funcionou com normalidade", "Ministério da Educação"),
    ]),
    ("pt", [
        "«Estamos a falar de famílias inteiras despejadas», referiu Beatriz Lemos, da associação Habitar Ribalta, enquanto o vereador Nuno Sarmento Ferraz ouvia em silêncio.",
        "Mais tarde, o vereador respondeu: «A câmara tem uma bolsa de casas, mas não chega para todos».",
    ], [
        ("Estamos a falar de famílias inteiras despejadas", "Beatriz Lemos"),
        ("A câmara tem uma bolsa de casas", "Nuno Sarmento Ferraz"),
    ]),
]

DE = [
    ("de", [
        "Rund 400 Beschäftigte der Klinik am Stadtpark in Hohenbrück haben am Dienstag für mehr Personal gestreikt. Zur Kundgebung sprach die Betriebsratsvorsitzende Katrin Vollmer.",
        "Sie dankte zunächst den Kolleginnen aus der Nachtschicht. Danach sagte sie: „Wir lassen uns nicht länger mit warmen Worten abspeisen.“",
        "Klinikgeschäftsführer Stefan Aurich bedauerte den Streik. „Die Versorgung der Patienten war jederzeit gesichert“, teilte er mit.",
    ], [
        ("Wir lassen uns nicht länger mit warmen Worten", "Katrin Vollmer"),
        ("Die Versorgung der Patienten war jederzeit gesichert", "Stefan Aurich"),
    ]),
    ("de", [
        "Mit rund 300 Traktoren haben Landwirte am Montag die Zufahrten nach Mühlhagen blockiert. Laut Polizeisprecher Jörg Ahrens verlief der Protest „weitgehend friedlich und ohne Zwischenfälle“.",
        "„Wir stehen hier nicht zum Spaß, sondern weil unsere Höfe ums Überleben kämpfen“, so Bauernsprecher Heiner Lüdeking.",
    ], [
        ("weitgehend friedlich und ohne Zwischenfälle", "Jörg Ahrens"),
        ("Wir stehen hier nicht zum Spaß", "Heiner Lüdeking"),
    ]),
    ("de", [
        "„Wenn wir jetzt nicht handeln, ist der Wald in zehn Jahren verschwunden“, sagte Aktivistin Mara Osterkamp dem Quellinger Tagblatt. Seit drei Wochen besetzen sie und rund 60 Mitstreiter Baumhäuser im Rotenbacher Forst.",
        "Der Kieskonzern Bergmann Baustoffe will das Waldstück roden. Bergmann Baustoffe erklärte, man halte sich „an alle rechtlichen Vorgaben und Genehmigungen“.",
    ], [
        ("ist der Wald in zehn Jahren verschwunden", "Mara Osterkamp"),
        ("an alle rechtlichen Vorgaben und Genehmigungen", "Bergmann Baustoffe"),
    ]),
    ("de", [
        "Die Oberbürgermeisterin hat den Protest der Mieterinnen und Mieter vor dem Rathaus am Donnerstag als „berechtigt, aber in der Form überzogen“ bezeichnet.",
        "Rathauschefin Bettina Schöller empfing eine Abordnung der Initiative Faire Mieten Kaltenwerder im Sitzungssaal. „Wir nehmen die Sorgen ernst, aber Mietpreise werden nicht im Rathaus gemacht“, sagte sie.",
        "Initiativensprecher Tobias Reinhold zeigte sich enttäuscht: „Das ist dieselbe Ausrede wie vor zwei Jahren.“",
    ], [
        ("berechtigt, aber in der Form überzogen", "Bettina Schöller"),
        ("aber Mietpreise werden nicht im Rathaus gemacht", "Bettina Schöller"),
        ("Das ist dieselbe Ausrede wie vor zwei Jahren", "Tobias Reinhold"),
    ]),
    ("de", [
        "Seit zwei Wochen streiken die Busfahrer der Verkehrsbetriebe Hohenbrück. Wir sprachen mit Gewerkschaftssekretär Deniz Aksoy von der Gewerkschaft Nahverkehr und Dienste.",
        "Anzeiger: Herr Aksoy, wie lange soll der Streik noch dauern?",
        "Aksoy: „So lange, bis ein Angebot auf dem Tisch liegt, das diesen Namen verdient. Die Kolleginnen fahren seit Jahren am Limit.“",
    ], [
        ("bis ein Angebot auf dem Tisch liegt", "Deniz Aksoy"),
        ("Die Kolleginnen fahren seit Jahren am Limit", "Deniz Aksoy"),
    ]),
    ("de", [
        "Laut Veranstalter nahmen rund 5.000 Menschen an der Demonstration gegen Rechtsextremismus in Bad Quellingen teil, die Polizei sprach von 3.000.",
        "„Diese Stadt ist bunt, und das bleibt sie auch“, rief Pfarrerin Ulrike Danneberg von der Bühne, bevor Bürgermeister Klaus Wendt ergänzte: „Wer hier Hass sät, wird auf unseren Widerstand stoßen.“",
    ], [
        ("Diese Stadt ist bunt, und das", "Ulrike Danneberg"),
        ("Wer hier Hass sät, wird auf unseren Widerstand", "Klaus Wendt"),
    ]),
    ("de", [
        "Vor dem Amtsgericht Mühlhagen standen am Mittwoch zwei Klimaaktivisten: die Studentin Lea Brandstätter und der Rentner Wolfgang Heise. Beiden wird Nötigung vorgeworfen, weil sie sich auf der Bundesstraße festgeklebt hatten.",
        "„Ich würde es jederzeit wieder tun, die Klimakrise wartet nicht“, sagte sie vor Gericht.",
        "„Ich habe Enkelkinder, für die ich mich verantwortlich fühle“, erklärte er.",
    ], [
        ("Ich würde es jederzeit wieder tun", "Lea Brandstätter"),
        ("Ich habe Enkelkinder, für die ich mich", "Wolfgang Heise"),
    ]),
    ("de", [
        "Bei einer Blockade des Kohlekraftwerks Rotenbach sind am Samstag mehrere Aktivisten vorübergehend festgenommen worden. „Die Einsatzkräfte wurden mit Steinen und Pyrotechnik beworfen“, teilte die Polizeidirektion Rotenbach mit.",
        "Das Bündnis Kohle Stopp widersprach: „Unsere Aktion war friedlich, Gewalt ging allein von der Polizei aus.“",
    ], [
        ("Die Einsatzkräfte wurden mit Steinen und Pyrotechnik", "Polizeidirektion Rotenbach"),
        ("Unsere Aktion war friedlich, Gewalt ging", "Bündnis Kohle Stopp"),
    ]),
    ("de", [
        "Gewerkschaftschefin Anja Korff hat im Tarifkonflikt beim Paketdienst Blitzpaket mit unbefristeten Streiks gedroht.",
        "Der Arbeitgeberverband hatte zuvor ein Angebot von drei Prozent vorgelegt. Verhandlungsführer Michael Brenner nannte es „ausgewogen und der Lage angemessen“.",
        "„Drei Prozent bei dieser Inflation sind ein Schlag ins Gesicht“, sagte sie am Abend in Hohenbrück.",
    ], [
        ("ausgewogen und der Lage angemessen", "Michael Brenner"),
        ("Drei Prozent bei dieser Inflation sind", "Anja Korff"),
    ]),
    ("de", [
        "„Wir sind hier, wir sind laut, weil man uns die Zukunft klaut“, skandierten die Schülerinnen und Schüler auf dem Marktplatz von Kaltenwerder.",
        "„Die Politik redet seit Jahren und tut nichts“, so die 16-jährige Organisatorin Jana Pfeiffer.",
    ], [
        ("weil man uns die Zukunft klaut", None),
        ("Die Politik redet seit Jahren und tut nichts", "Jana Pfeiffer"),
    ]),
    ("de", [
        "Der Landrat des Kreises Hohenbrück-Land, Martin Schäfer, stellte sich am Freitag den protestierenden Eltern. Er sagte: „Die Schließung der Geburtsstation ist für mich die schwerste Entscheidung meiner Amtszeit.“",
        "Laut den Kreiskliniken ist die Entscheidung „wegen des Fachkräftemangels nicht mehr umkehrbar“.",
    ], [
        ("Die Schließung der Geburtsstation ist für mich", "Martin Schäfer"),
        ("wegen des Fachkräftemangels nicht mehr umkehrbar", "Kreiskliniken"),
    ]),
    ("de", [
        "„Das ist ein schwarzer Tag für die Beschäftigten.“ Mit diesen Worten kommentierte Betriebsrat Holger Mäurer die Ankündigung des Autozulieferers Kettler Systems, das Werk in Rotenbach zu schließen.",
        "Vorstandschef Eberhard Lindqvist begründete die Entscheidung mit „dramatisch eingebrochenen Auftragszahlen aus der Automobilindustrie“.",
    ], [
        ("Das ist ein schwarzer Tag", "Holger Mäurer"),
        ("dramatisch eingebrochenen Auftragszahlen aus der Automobilindustrie", "Eberhard Lindqvist"),
    ]),
    ("de", [
        "Die Stadt Bad Quellingen hat das Protestcamp im Kurpark räumen lassen. „Die Sicherheit im Park war nicht mehr gewährleistet“, erklärte die Stadt Bad Quellingen am Abend.",
        "Campsprecherin Helin Demir kündigte an, man werde „an anderer Stelle und mit noch mehr Menschen“ wiederkommen.",
    ], [
        ("Die Sicherheit im Park war nicht mehr gewährleistet", "Stadt Bad Quellingen"),
        ("an anderer Stelle und mit noch mehr Menschen", "Helin Demir"),
    ]),
    ("de", [
        "Ministerpräsidentin Gabriele Hartung hat die Bauernproteste scharf kritisiert. Agrarverbandspräsident Reinhard Moll hielt dagegen.",
        "„Wer Politiker an ihren Häusern bedroht, hat jede Legitimation verloren“, sagte sie dem Hohenbrücker Anzeiger.",
        "„Niemand von uns hat jemanden bedroht, das waren Trittbrettfahrer“, sagte er.",
    ], [
        ("Wer Politiker an ihren Häusern bedroht", "Gabriele Hartung"),
        ("Niemand von uns hat jemanden bedroht", "Reinhard Moll"),
    ]),
    ("de", [
        "Bei einer Mahnwache für den bei einem Arbeitsunfall getöteten Bauarbeiter Marek Nowak versammelten sich am Sonntag rund 150 Menschen vor der Baustelle an der Lindenallee in Mühlhagen.",
        "„Marek hatte keine Sicherung, weil die Firma Zeit sparen wollte“, sagte sein Kollege Dariusz Wójcik.",
        "Die Baufirma Hartmann & Söhne wies die Vorwürfe zurück: „Alle geltenden Sicherheitsvorschriften wurden auf der Baustelle eingehalten.“",
    ], [
        ("Marek hatte keine Sicherung, weil die Firma", "Dariusz Wójcik"),
        ("Alle geltenden Sicherheitsvorschriften wurden auf der Baustelle", "Hartmann & Söhne"),
    ]),
    ("de", [
        "Das Verwaltungsgericht Kaltenwerder hat das Versammlungsverbot der Stadt gegen die Mahnwache der Initiative Sichere Radwege gekippt. Der Vorsitzende Richter Thomas Eckhardt ließ keinen Zweifel an seiner Einschätzung.",
        "In der Begründung sagte er: „Die Versammlungsfreiheit gilt auch dann, wenn der Verkehr kurzzeitig beeinträchtigt wird.“",
        "Stadtsprecherin Nicole Brückner kündigte an, die Stadt werde das Urteil „sorgfältig prüfen und dann über weitere Schritte entscheiden“.",
    ], [
        ("Die Versammlungsfreiheit gilt auch dann", "Thomas Eckhardt"),
        ("sorgfältig prüfen und dann über weitere Schritte", "Nicole Brückner"),
    ]),
    ("de", [
        "Gastwirt Ludger Weber hat seine Kneipe in der Altstadt von Rotenbach zum Treffpunkt der streikenden Stahlarbeiter gemacht.",
        "„Die Jungs haben hier schon nach der Schicht ihr Bier getrunken, als mein Vater noch hinterm Tresen stand.",
        "„Jetzt, wo es ihnen dreckig geht, lasse ich sie nicht im Regen stehen“, so Weber.",
    ], [
        ("Die Jungs haben hier schon nach der Schicht", "Ludger Weber"),
        ("lasse ich sie nicht im Regen stehen", "Ludger Weber"),
    ]),
    ("de", [
        "„Ich arbeite seit sieben Jahren hier und habe noch nie eine Gehaltserhöhung bekommen“, sagt eine Verkäuferin, die ihren Namen nicht in der Zeitung lesen möchte. Sie steht mit etwa 30 Kolleginnen vor der Filiale des Modehauses Engelhardt in Bad Quellingen.",
        "Das Unternehmen Engelhardt erklärte auf Anfrage, man zahle „deutlich über dem branchenüblichen Niveau der Region“.",
    ], [
        ("Ich arbeite seit sieben Jahren hier", None),
        ("deutlich über dem branchenüblichen Niveau der Region", "Engelhardt"),
    ]),
    ("de", [
        "Der Verkehrsminister des Landes, Frank Obermaier, hat die Blockaden der Klimagruppe Letzter Sommer als „kriminelles Theater auf dem Rücken der Pendler“ bezeichnet.",
        "Die Fraktionschefin der Ökologischen Liste, Sabine Kühnel, nannte die Wortwahl unangemessen. „Man kann die Aktionsform kritisieren, ohne junge Menschen zu Kriminellen zu erklären“, erklärte sie.",
    ], [
        ("kriminelles Theater auf dem Rücken der Pendler", "Frank Obermaier"),
        ("Man kann die Aktionsform kritisieren", "Sabine Kühnel"),
    ]),
    ("de", [
        "Seit Montag halten Studierende den Hörsaal 1 der Universität Hohenbrück besetzt. Sie fordern ein günstigeres Semesterticket und mehr Wohnheimplätze. Sprecher der Besetzer ist der Soziologiestudent Lukas Bremer.",
        "Am Mittwoch kam Universitätspräsidentin Claudia Reitz in den Hörsaal. Sie hörte sich die Forderungen an und versprach: „Ich setze mich beim Land für zusätzliche Wohnheimplätze ein.“",
        "Bremer zeigte sich danach vorsichtig optimistisch: „Das ist ein erster Schritt, aber wir bleiben, bis es schriftlich vorliegt.“",
    ], [
        ("Ich setze mich beim Land für zusätzliche", "Claudia Reitz"),
        ("aber wir bleiben, bis es schriftlich vorliegt", "Lukas Bremer"),
    ]),
]

ES = [
    ("es", [
        "La jueza Marta Aranguren absolvió ayer a los ocho sindicalistas juzgados por el piquete en la conservera Atlántica de Puerto Salinas. En la sentencia dijo: «El derecho de huelga ampara la información a los compañeros, aunque sea insistente».",
        "El abogado de la empresa, Gonzalo Ferrer, anunció que recurrirá. «Hubo coacciones y están grabadas en vídeo», señaló.",
    ], [
        ("El derecho de huelga ampara la información", "Marta Aranguren"),
        ("Hubo coacciones y están grabadas", "Gonzalo Ferrer"),
    ]),
    ("es", [
        "«Llevamos seis meses sin cobrar y la empresa sigue facturando», señaló a este diario Rosa Martín Iglesias, una de las trabajadoras encerradas desde el lunes en la sede de la empresa de limpieza Brillomax en Valdemora del Río.",
        "Brillomax aseguró en un comunicado que «los pagos se regularizarán en las próximas semanas».",
    ], [
        ("Llevamos seis meses sin cobrar", "Rosa Martín Iglesias"),
        ("los pagos se regularizarán en las próximas semanas", "Brillomax"),
    ]),
    ("es", [
        "Unos 600 tractores colapsaron ayer los accesos a Torrealba de Campos. Según la Unión de Labradores de Torrealba, la protesta «es solo el principio de una movilización que durará meses».",
        "«No podemos vender por debajo de lo que nos cuesta producir», explicó Anselmo Rebollo, ganadero de 52 años, subido a su tractor.",
        "La Guardia Civil informó de que «no se registraron incidentes de consideración durante la jornada».",
    ], [
        ("es solo el principio de una movilización", "Unión de Labradores de Torrealba"),
        ("No podemos vender por debajo de lo que", "Anselmo Rebollo"),
        ("no se registraron incidentes de consideración", "Guardia Civil"),
    ]),
    ("es", [
        "En el pleno municipal de Valdemora del Río, la concejala de Vivienda, Lucía Somoza, y el portavoz de la oposición, Jaime Ortuño, protagonizaron un duro cruce por el desalojo de la calle del Pozo.",
        "«El Ayuntamiento ha ofrecido alternativa habitacional a todas las familias», defendió ella.",
        "«Eso es falso, y los vecinos que están en la tribuna lo saben», replicó él.",
    ], [
        ("El Ayuntamiento ha ofrecido alternativa habitacional", "Lucía Somoza"),
        ("los vecinos que están en la tribuna lo saben", "Jaime Ortuño"),
    ]),
    ("es", [
        "El delegado del Gobierno en la región defendió ayer la actuación policial durante la manifestación estudiantil del jueves. «Los agentes actuaron con proporcionalidad ante un grupo muy violento», dijo.",
        "El delegado, Andrés Villalobos, compareció en rueda de prensa junto a la jefa superior de Policía, Carmen Osuna, quien añadió: «Hay cuatro agentes heridos, uno de ellos con una fractura en la mano».",
    ], [
        ("Los agentes actuaron con proporcionalidad", "Andrés Villalobos"),
        ("Hay cuatro agentes heridos, uno de ellos", "Carmen Osuna"),
    ]),
    ("es", [
        "«¡Sanidad pública, no se vende, se defiende!», coreaban los miles de manifestantes que recorrieron ayer el centro de Puerto Salinas.",
        "«Mi madre lleva catorce meses esperando una operación de cadera», contaba una mujer que prefirió no dar su nombre.",
        "La consejera de Sanidad, Pilar Echevarría, replicó que la lista de espera «se ha reducido un 12% en el último año».",
    ], [
        ("Sanidad pública, no se vende", None),
        ("Mi madre lleva catorce meses esperando", None),
        ("se ha reducido un 12% en el último año", "Pilar Echevarría"),
    ]),
    ("es", [
        "Entrevista con Ximena Paredes, vocera de la Coordinadora Estudiantil de Ciudad Esmeralda, tras la toma de la Facultad de Derecho.",
        "Pregunta: ¿Hasta cuándo van a mantener la toma?",
        "Ximena Paredes: «Hasta que el rector firme el compromiso de no subir la matrícula. No antes».",
        "Pregunta: ¿Temen un desalojo? Paredes: «Sabemos que puede pasar, pero tenemos el apoyo de los profesores».",
    ], [
        ("Hasta que el rector firme el compromiso", "Ximena Paredes"),
        ("pero tenemos el apoyo de los profesores", "Ximena Paredes"),
    ]),
    ("es", [
        "La secretaria general del sindicato de maestros, Gabriela Fuentes, encabezó ayer la marcha docente que llegó hasta el Ministerio de Educación en San Isidro del Monte.",
        "Los maestros exigen un aumento salarial del 15%. El ministro, Héctor Salgado, no recibió a la comisión porque se encontraba de viaje.",
        "«Nos dan la espalda una vez más, pero volveremos la semana que viene con el doble de gente», afirmó ella al cierre del acto.",
    ], [
        ("Nos dan la espalda una vez más", "Gabriela Fuentes"),
    ]),
    ("es", [
        "Cientos de vecinos del barrio de La Alameda cortaron ayer la autovía para exigir el soterramiento de las vías del tren. «Llevamos veinte años esperando una promesa que nadie cumple», explicó el presidente de la asociación vecinal, Ramón Quintana.",
        "Añadió que «si hace falta, cortaremos la autovía todos los domingos hasta el verano».",
    ], [
        ("Llevamos veinte años esperando una promesa", "Ramón Quintana"),
        ("cortaremos la autovía todos los domingos", "Ramón Quintana"),
    ]),
    ("es", [
        "«Con Beltrán al frente de la empresa, las cosas solo han ido a peor», dijo el delegado sindical Óscar Llorente, mientras a su lado la trabajadora Maribel Ruiz sostenía una pancarta. Ella añadió: «Nos quitaron las pagas extra y ahora quieren quitarnos el puesto».",
        "El consejero delegado de Metalúrgica del Norte, Álvaro Beltrán, declinó hacer declaraciones.",
    ], [
        ("Con Beltrán al frente de la empresa", "Óscar Llorente"),
        ("Nos quitaron las pagas extra", "Maribel Ruiz"),
    ]),
    ("es", [
        "Transportistas de la zona metropolitana de Ciudad Esmeralda bloquearon desde temprano las principales avenidas en protesta por los asaltos en carretera.",
        "“Cada semana matan a un compañero y la autoridad no hace nada”, aseguró Rigoberto Anaya, líder de la Alianza de Transportistas Unidos.",
        "La Secretaría de Seguridad Ciudadana informó en un comunicado que “se reforzará la vigilancia en los tramos más conflictivos”.",
    ], [
        ("Cada semana matan a un compañero", "Rigoberto Anaya"),
        ("se reforzará la vigilancia en los tramos", "Secretaría de Seguridad Ciudadana"),
    ]),
    ("es", [
        "Según la portavoz de la Plataforma por el Tren de Torrealba, Inmaculada Cordero, «la comarca no puede quedarse incomunicada mientras en la capital se inauguran líneas de alta velocidad».",
        "El alcalde, Fermín Gállego, se sumó a la concentración. «Estoy aquí como vecino, no como alcalde», dijo.",
    ], [
        ("la comarca no puede quedarse incomunicada", "Inmaculada Cordero"),
        ("Estoy aquí como vecino, no como alcalde", "Fermín Gállego"),
    ]),
    ("es", [
        "Esteban Marín y su hija, Alba Marín Solís, de 24 años, participaron juntos en la marcha contra el cierre de la mina de Peñaseca.",
        "«Yo bajé a la mina con dieciocho años y mi padre antes que yo», recordó él.",
        "«Aquí no hay otro trabajo; si cierran, me tendré que ir fuera», explicó ella.",
    ], [
        ("Yo bajé a la mina con dieciocho años", "Esteban Marín"),
        ("si cierran, me tendré que ir fuera", "Alba Marín Solís"),
    ]),
    ("es", [
        "«El seguimiento de la huelga en la hostelería ha sido masivo, del 92%», aseguró el SUT en un comunicado difundido a mediodía.",
        "«Los datos reales rondan el 40%», replicó la patronal hostelera Hostevalde.",
    ], [
        ("El seguimiento de la huelga en la hostelería", "SUT"),
        ("Los datos reales rondan el 40%", "Hostevalde"),
    ]),
    ("es", [
        "Dos personas fueron detenidas en el piquete de la huelga del metal en el polígono de Las Arenas, según la Policía Nacional, que aseguró que «los piquetes impidieron por la fuerza la entrada de los camiones».",
        "El portavoz del comité de huelga, Sergio Montenegro, lo negó: «Fue un piquete informativo y la policía cargó sin motivo».",
    ], [
        ("los piquetes impidieron por la fuerza", "Policía Nacional"),
        ("Fue un piquete informativo y la policía", "Sergio Montenegro"),
    ]),
    ("es", [
        "La abogada laboralista Nuria Castellví tomó la palabra al final de la manifestación en Puerto Salinas:",
        "«Hoy no estamos aquí solo por un convenio. Estamos aquí por las que limpian hoteles con las manos rotas.",
        "»Y no nos vamos a ir hasta que nos escuchen».",
    ], [
        ("Estamos aquí por las que limpian hoteles", "Nuria Castellví"),
        ("Y no nos vamos a ir hasta que nos escuchen", "Nuria Castellví"),
    ]),
    ("es", [
        "Una multitudinaria concentración en la plaza Mayor de Valdemora del Río recordó anoche a Nerea Olaizola, asesinada el fin de semana por su expareja.",
        "«No es un caso aislado, es una lacra que nos afecta a todos», lamentó la alcaldesa, Begoña Urrutia, en declaraciones a La Voz de Valdemora.",
        "Un minuto de silencio cerró el acto.",
    ], [
        ("es una lacra que nos afecta a todos", "Begoña Urrutia"),
    ]),
    ("es", [
        "Los trabajadores de la planta de Autopiezas Andinas en San Isidro del Monte cumplen hoy diez días de paro. De acuerdo con el secretario del sindicato, Wilmer Cárdenas, «la empresa pretende despedir a 300 personas sin indemnización».",
        "Autopiezas Andinas respondió en un comunicado: «Los ajustes son necesarios para garantizar la viabilidad de la compañía».",
    ], [
        ("la empresa pretende despedir a 300 personas", "Wilmer Cárdenas"),
        ("Los ajustes son necesarios para garantizar", "Autopiezas Andinas"),
    ]),
    ("es", [
        "La ministra de Agricultura, Elena Sotomayor, recibió ayer a los representantes de los agricultores que mantienen cortadas tres carreteras nacionales. Luego, ante la prensa, ella dijo: «Hemos acordado un calendario de ayudas, pero necesito que levanten los cortes».",
        "El líder de la protesta, Demetrio Bernal, no lo ve tan claro: «Nos vamos a casa cuando el dinero esté en la cuenta, no antes».",
    ], [
        ("Hemos acordado un calendario de ayudas", "Elena Sotomayor"),
        ("Nos vamos a casa cuando el dinero", "Demetrio Bernal"),
    ]),
    ("es", [
        "¿Qué opinan los usuarios de la huelga de autobuses? Lo preguntamos en la estación de Puerto Salinas.",
        "Julián Gaspar, 68 años, jubilado: «Entiendo a los conductores, pero a mí me cuesta una hora más llegar al hospital».",
        "Daniela Rocha, 20 años, estudiante: «Que les paguen lo que piden y que se acabe ya, que tengo exámenes».",
    ], [
        ("Entiendo a los conductores, pero a mí", "Julián Gaspar"),
        ("Que les paguen lo que piden", "Daniela Rocha"),
    ]),
]

FR = [
    ("fr", [
        "Devant l'usine Savelec de Montreval-sur-Lize, le délégué syndical Karim Benslimane est monté sur une palette pour s'adresser aux grévistes. Il a d'abord remercié les salariés des autres sites venus en renfort.",
        "Puis il a lancé : « Ils veulent délocaliser, on va leur montrer qu'ici on ne se laisse pas faire ! »",
        "Savelec assure dans un communiqué qu'« aucune décision n'a encore été prise sur l'avenir du site ».",
    ], [
        ("Ils veulent délocaliser, on va leur montrer", "Karim Benslimane"),
        ("aucune décision n'a encore été prise", "Savelec"),
    ]),
    ("fr", [
        "Au quatrième jour de grève, les aides-soignantes de l'Ehpad Les Tilleuls, à Bourg-la-Forêt, tiennent toujours le piquet devant l'entrée. Parmi elles, Sandrine Lefebvre, vingt ans de maison.",
        "« On nous demande de faire une toilette en sept minutes. Ce n'est plus du soin, c'est de la chaîne », a-t-elle confié.",
        "Le directeur de l'établissement, Philippe Garnier, « regrette un mouvement qui pénalise les résidents ».",
    ], [
        ("On nous demande de faire une toilette", "Sandrine Lefebvre"),
        ("regrette un mouvement qui pénalise les résidents", "Philippe Garnier"),
    ]),
    ("fr", [
        "Selon la préfecture du Val-d'Aurac, 2 300 personnes ont défilé samedi à Villeneuve-d'Aurac contre la réforme des retraites, 8 000 selon l'intersyndicale.",
        "« Le gouvernement ne peut pas ignorer une telle mobilisation », estime Hélène Marchal, secrétaire départementale de l'UST.",
        "La préfecture du Val-d'Aurac a indiqué que « trois interpellations ont eu lieu en fin de cortège ».",
    ], [
        ("Le gouvernement ne peut pas ignorer", "Hélène Marchal"),
        ("trois interpellations ont eu lieu en fin de cortège", "préfecture du Val-d'Aurac"),
    ]),
    ("fr", [
        "Au conseil municipal de Port-Marignac, lundi soir, la maire Françoise Delmas et le chef de l'opposition, Bruno Castagné, se sont opposés sur l'évacuation du squat de la rue des Tanneurs.",
        "« Nous avons relogé toutes les familles qui le souhaitaient », a-t-elle affirmé.",
        "« C'est faux, des enfants dorment encore dans des voitures », a-t-il répliqué.",
    ], [
        ("Nous avons relogé toutes les familles", "Françoise Delmas"),
        ("des enfants dorment encore dans des voitures", "Bruno Castagné"),
    ]),
    ("fr", [
        "Le procureur de la République de Castelvieil a requis mardi six mois de prison avec sursis contre quatre militants écologistes qui avaient envahi la piste de l'aérodrome. « Ces faits ont mis en danger la vie d'autrui », a-t-il soutenu.",
        "Lors de l'audience, le procureur Jean-Marc Rouvière a également insisté sur le coût de l'intervention. L'avocate de la défense, Me Claire Aubertin, a plaidé la relaxe : « Mes clients ont agi en état de nécessité face à l'urgence climatique. »",
    ], [
        ("Ces faits ont mis en danger la vie", "Jean-Marc Rouvière"),
        ("Mes clients ont agi en état de nécessité", "Claire Aubertin"),
    ]),
    ("fr", [
        "« Étudiants précaires, étudiants en colère ! », scandaient quelque 500 manifestants jeudi devant le rectorat de Montreval-sur-Lize.",
        "« Je saute un repas sur deux pour payer mon loyer », témoigne une étudiante en licence de lettres, qui préfère garder l'anonymat.",
        "Le recteur, Olivier Brunet, a reçu une délégation. « Des aides d'urgence seront débloquées dès la semaine prochaine », a-t-il promis.",
    ], [
        ("Étudiants précaires, étudiants en colère", None),
        ("Je saute un repas sur deux", None),
        ("Des aides d'urgence seront débloquées", "Olivier Brunet"),
    ]),
    ("fr", [
        "Agricultrice à Saint-Fiacre-sur-Lize, Mathilde Roussel est l'une des porte-parole du blocage de l'autoroute. Entretien.",
        "Pourquoi bloquer l'autoroute ? Mathilde Roussel : « Parce que c'est le seul moyen qu'on nous écoute. On a essayé les courriers, les réunions, rien. »",
        "Jusqu'à quand ? Mathilde Roussel : « Jusqu'à ce que le ministre vienne ici, sur ce pont, nous parler en face. »",
    ], [
        ("Parce que c'est le seul moyen", "Mathilde Roussel"),
        ("Jusqu'à ce que le ministre vienne ici", "Mathilde Roussel"),
    ]),
    ("fr", [
        "La secrétaire générale de la Fédération des cheminots autonomes, Nadia Belkacem, a appelé à une grève reconductible à partir de lundi.",
        "La direction de la Compagnie ferroviaire régionale, dirigée par Thierry Vasseur, a proposé une prime de 300 euros, jugée « insuffisante » par les syndicats.",
        "« On ne se contentera pas de miettes, il faut une vraie revalorisation des salaires », a-t-elle martelé sur les ondes de Radio Lize.",
    ], [
        ("On ne se contentera pas de miettes", "Nadia Belkacem"),
    ]),
    ("fr", [
        "« Nous demandons simplement que la mairie respecte ses engagements sur les logements sociaux », explique à L'Écho de la Lize Ousmane Kanté, président de l'association Locataires unis de la cité des Peupliers.",
        "Le bailleur Habitat Lizéen répond que « les travaux de rénovation commenceront au printemps ».",
    ], [
        ("Nous demandons simplement que la mairie respecte", "Ousmane Kanté"),
        ("les travaux de rénovation commenceront au printemps", "Habitat Lizéen"),
    ]),
    ("fr", [
        "Sur le piquet de grève de la raffinerie de Port-Marignac, l'ambiance est tendue. « On tiendra aussi longtemps qu'il le faudra », prévient Loïc Ménard, tandis que sa collègue Élodie Faure rappelle : « La direction a engrangé des bénéfices records l'an dernier. »",
        "La direction n'a pas souhaité réagir.",
    ], [
        ("On tiendra aussi longtemps qu'il le faudra", "Loïc Ménard"),
        ("La direction a engrangé des bénéfices records", "Élodie Faure"),
    ]),
    ("fr", [
        "Le ministre de l'Intérieur, Laurent Séguier, a vivement critiqué les violences survenues en marge de la manifestation de Castelvieil. « Les casseurs seront retrouvés et punis », a-t-il déclaré.",
        "La députée Anne-Sophie Morel a dénoncé de son côté « une stratégie de la tension voulue par Laurent Séguier lui-même ».",
    ], [
        ("Les casseurs seront retrouvés et punis", "Laurent Séguier"),
        ("une stratégie de la tension voulue par", "Anne-Sophie Morel"),
    ]),
    ("fr", [
        "D'après Jean-Pierre Lacoste, président du syndicat agricole Terres d'Aurac, « le prix du lait ne couvre même plus les coûts de production ».",
        "« Les jeunes ne reprennent plus les fermes. Dans dix ans, il n'y aura plus personne ici », poursuit-il.",
    ], [
        ("le prix du lait ne couvre même plus", "Jean-Pierre Lacoste"),
        ("il n'y aura plus personne ici", "Jean-Pierre Lacoste"),
    ]),
    ("fr", [
        "Le père Étienne Lagarde a pris la parole devant la cathédrale de Castelvieil, où une centaine de sans-papiers occupent le parvis depuis dix jours.",
        "« Ces hommes et ces femmes travaillent dans nos cuisines et sur nos chantiers.",
        "« Ils demandent simplement le droit d'exister au grand jour », a-t-il déclaré sous les applaudissements.",
    ], [
        ("Ces hommes et ces femmes travaillent", "Étienne Lagarde"),
        ("Ils demandent simplement le droit d'exister", "Étienne Lagarde"),
    ]),
    ("fr", [
        "Chauffeurs de taxi et chauffeurs VTC se sont retrouvés face à face jeudi devant la gare de Villeneuve-d'Aurac. Nous avons interrogé Rachid Haddad, taxi depuis quinze ans, et Julie Perrin, chauffeuse VTC.",
        "« Les plateformes nous volent nos clients sans payer de licence », accuse-t-il.",
        "« Moi aussi je travaille soixante heures par semaine pour un salaire de misère », rétorque-t-elle.",
    ], [
        ("Les plateformes nous volent nos clients", "Rachid Haddad"),
        ("Moi aussi je travaille soixante heures", "Julie Perrin"),
    ]),
    ("fr", [
        "Les salariés de l'hypermarché Grandprix de Bourg-la-Forêt ont débrayé samedi matin. « Le projet de passage en location-gérance menace 180 emplois », indique l'UST dans un tract distribué aux clients.",
        "Le directeur du magasin, Grégory Lambert, se veut rassurant : « Tous les contrats de travail seront intégralement repris. »",
    ], [
        ("Le projet de passage en location-gérance menace", "UST"),
        ("Tous les contrats de travail seront", "Grégory Lambert"),
    ]),
    ("fr", [
        "Mobilisation contre la fermeture de la maternité de Castelvieil : le directeur de l'agence régionale de santé, Bernard Tissot, a confirmé la décision vendredi.",
        "La sénatrice du département, Isabelle Cazeneuve, s'est jointe aux manifestants samedi. Dans un entretien à La Dépêche de Marignac, elle a déclaré : « Fermer cette maternité, c'est obliger des femmes à accoucher sur la route. »",
        "« La sécurité des patientes impose de regrouper les plateaux techniques », avait justifié Bernard Tissot.",
    ], [
        ("c'est obliger des femmes à accoucher", "Isabelle Cazeneuve"),
        ("La sécurité des patientes impose de regrouper", "Bernard Tissot"),
    ]),
    ("fr", [
        "« Je ne laisserai pas cette usine fermer sans me battre », a assuré le maire de Montreval-sur-Lize devant les salariés de la papeterie Dufresne. Yves Pelletier a annoncé qu'il saisirait le ministre de l'Industrie.",
        "Selon le délégué du personnel Fabrice Joubert, « la direction prépare la fermeture depuis au moins deux ans ».",
    ], [
        ("Je ne laisserai pas cette usine fermer", "Yves Pelletier"),
        ("la direction prépare la fermeture depuis", "Fabrice Joubert"),
    ]),
    ("fr", [
        "La militante écologiste Camille Vasseur-Roy a été relâchée mardi après quarante-huit heures de garde à vue. Devant le commissariat, elle a remercié ses soutiens.",
        "Elle a ensuite ajouté : « La garde à vue ne nous fera pas taire, on sera sur le chantier de l'autoroute dès demain. »",
        "Le concessionnaire Autoroutes du Sud-Lize a déposé plainte, estimant que « les dégradations dépassent les 200 000 euros ».",
    ], [
        ("La garde à vue ne nous fera pas taire", "Camille Vasseur-Roy"),
        ("les dégradations dépassent les 200 000 euros", "Autoroutes du Sud-Lize"),
    ]),
    ("fr", [
        "Devant la mairie de Saint-Fiacre-sur-Lize, une quarantaine de parents d'élèves ont déployé des banderoles contre la fermeture d'une classe.",
        "« Vingt-neuf enfants par classe en maternelle, ce n'est pas possible », confie Aurélie Gauthier, mère de deux enfants, à Radio Lize.",
        "L'inspectrice d'académie, Valérie Renaud, a assuré que la décision serait « réexaminée à la rentrée en fonction des effectifs ».",
    ], [
        ("Vingt-neuf enfants par classe en maternelle", "Aurélie Gauthier"),
        ("réexaminée à la rentrée en fonction des effectifs", "Valérie Renaud"),
    ]),
    ("fr", [
        "Le porte-parole du collectif Vélo en ville, Antoine Marchetti, a organisé vendredi une « masse critique » à Port-Marignac. « Nous voulons des pistes cyclables sécurisées, pas des promesses », a-t-il résumé.",
        "L'adjointe aux mobilités, Sophie Lemaire, a répondu que « douze kilomètres de pistes seront livrés d'ici 2026 ».",
        "« On nous a déjà promis la même chose en 2020 », ajoute-t-il, sceptique.",
    ], [
        ("Nous voulons des pistes cyclables sécurisées", "Antoine Marchetti"),
        ("douze kilomètres de pistes seront livrés", "Sophie Lemaire"),
        ("On nous a déjà promis la même chose", "Antoine Marchetti"),
    ]),
]

EN = [
    ("en", [
        "Hundreds of nurses walked out of Harrowfield General Hospital on Tuesday in the first strike at the site in three decades. Union rep Debbie Carlisle addressed the picket line shortly after 7am.",
        "She thanked patients for their support. Then she said: “We are not doing this lightly. We are doing this because wards are dangerously short-staffed.”",
        "Harrowfield Health Trust said in a statement that “patient safety remains our absolute priority”.",
    ], [
        ("We are not doing this lightly", "Debbie Carlisle"),
        ("patient safety remains our absolute priority", "Harrowfield Health Trust"),
    ]),
    ("en", [
        "“We've been told for two years the rent rise would be fair, and now it's 18 per cent,” Marcus Okafor told the Harrowfield Courier. He is one of around 60 tenants on the Greenhill estate withholding rent this month.",
        "According to landlord Oakmere Homes, the increase “reflects the cost of long-overdue repairs and rising interest rates”.",
    ], [
        ("We've been told for two years", "Marcus Okafor"),
        ("reflects the cost of long-overdue repairs", "Oakmere Homes"),
    ]),
    ("en", [
        "Councillor Priya Natarajan and developer Graham Pettigrew clashed at Thursday's planning meeting over the plan to demolish the Kettlemoor Lido, which campaigners have occupied since Sunday.",
        "“This pool is the beating heart of the community and it is not for sale,” she said.",
        "“Nobody wants to lose the lido, but it is crumbling and nobody will pay to fix it,” he replied.",
    ], [
        ("This pool is the beating heart", "Priya Natarajan"),
        ("but it is crumbling and nobody will pay", "Graham Pettigrew"),
    ]),
    ("en", [
        "The chief constable has defended officers' handling of Saturday's march through Brackenford, in which 14 people were arrested. “My officers faced bottles and fireworks, and they showed remarkable restraint,” he told reporters.",
        "Chief Constable Alan Fairweather said a review of body-worn footage was under way. Organiser Tasha Mwangi disputed his account: “The violence started when police kettled peaceful marchers for four hours.”",
    ], [
        ("My officers faced bottles and fireworks", "Alan Fairweather"),
        ("The violence started when police kettled", "Tasha Mwangi"),
    ]),
    ("en", [
        "“No jobs on a dead planet, no planet for dead jobs,” read one placard held aloft outside the Port Selwyn refinery on Saturday.",
        "“I've worked here 22 years and I've never been this worried,” said one refinery worker, who asked not to be named, as he crossed the protesters' line.",
        "Refinery owner Castlegate Energy said the protest had “caused no disruption whatsoever to operations at the site”.",
    ], [
        ("No jobs on a dead planet", None),
        ("I've worked here 22 years and", None),
        ("caused no disruption whatsoever to operations", "Castlegate Energy"),
    ]),
    ("en", [
        "Leah Donovan, 19, is one of the students who have been camped on the lawn of Ashbury Vale University for three weeks. We spoke to her on Friday.",
        "Courier: How long are you prepared to stay? Donovan: “As long as it takes. The university has the money to cut fees, it just chooses not to.”",
        "Courier: What do you say to critics? Donovan: “People think we're just kids messing about. We've read every line of the budget.”",
    ], [
        ("The university has the money to cut fees", "Leah Donovan"),
        ("We've read every line of the budget", "Leah Donovan"),
    ]),
    ("en", [
        "Transport secretary Helen Ashworth has ruled out fresh talks with striking train drivers, despite a third week of cancellations across the northern network.",
        "The drivers' union, led by general secretary Declan Moore, is demanding a 9 per cent pay rise. Services between Kettlemoor and Port Selwyn were again suspended yesterday.",
        "“The offer on the table is fair and final, and I urge drivers to accept it,” she said in the Commons.",
    ], [
        ("The offer on the table is fair and final", "Helen Ashworth"),
    ]),
    ("en", [
        "“We're not going anywhere until this is sorted,” said picket captain Ron Stubbs, as fellow striker Janice Hale handed out tea beside a burning brazier outside the Millbridge bus depot. “Not until they put a proper offer in writing,” she added.",
        "Operator Redline Buses said it was disappointed and urged staff to return to work.",
    ], [
        ("We're not going anywhere until this is sorted", "Ron Stubbs"),
        ("Not until they put a proper offer in writing", "Janice Hale"),
    ]),
    ("en", [
        "Dozens of farmers drove tractors down Main Street in Cedar Hollow on Monday to protest a proposed cut to water allocations from Lake Marren.",
        "“If they take our water, this whole valley dries up and blows away,” said Earl Whitcomb, 64, who grows alfalfa on 400 acres east of town.",
        "According to the Marren County Sheriff's Office, the protest was “peaceful and well-organized, with no arrests made.”",
    ], [
        ("this whole valley dries up and blows away", "Earl Whitcomb"),
        ("peaceful and well-organized, with no arrests made", "Marren County Sheriff's Office"),
    ]),
    ("en", [
        "A judge on Wednesday refused to grant an injunction against climate protesters occupying the offices of insurer Broadleaf Mutual in Ashbury Vale.",
        "Judge Rosalind Marsh said the company had failed to show any real harm. In her ruling, she wrote: “Inconvenience, however irritating to the claimant, is not the same as damage.”",
        "Broadleaf Mutual said it was “considering all of its options, including an appeal”.",
    ], [
        ("however irritating to the claimant, is not the same", "Rosalind Marsh"),
        ("considering all of its options, including an appeal", "Broadleaf Mutual"),
    ]),
    ("en", [
        "Addressing the rally outside Brackenford Town Hall, teachers' union leader Gareth Pryce said:",
        "“Our members have had a real-terms pay cut every year for a decade. Classrooms are crumbling and support staff have been slashed.",
        "“If the council thinks we'll just go quietly, they have badly misjudged the mood in this room.”",
    ], [
        ("Our members have had a real-terms pay cut", "Gareth Pryce"),
        ("they have badly misjudged the mood in this room", "Gareth Pryce"),
    ]),
    ("en", [
        "Maggie Flynn has lived on Alder Street for 41 years. Now she faces eviction so that the terrace can make way for luxury flats.",
        "“My husband Tom built that back extension with his own hands,” says Flynn, who joined Saturday's march with her grandchildren. “They'll have to carry me out.”",
    ], [
        ("My husband Tom built that back extension", "Maggie Flynn"),
        ("They'll have to carry me out", "Maggie Flynn"),
    ]),
    ("en", [
        "Warehouse workers at the Fulcrum Logistics hub near East Dunmore will strike for five days from Monday, the Allied Workers Union (AWU) said.",
        "“Our members are timed on toilet breaks and disciplined for missing impossible targets,” the AWU said in a statement.",
        "Fulcrum Logistics said its pay rates were “among the highest in the regional logistics sector”.",
    ], [
        ("Our members are timed on toilet breaks", "AWU"),
        ("among the highest in the regional logistics sector", "Fulcrum Logistics"),
    ]),
    ("en", [
        "Activists Jade Kowalski and Simon Achterberg spent eleven hours locked to the gates of Hartsfield Quarry on Tuesday in protest at plans to extend it towards the River Lenn.",
        "“The police cut the chains at about 2am, but we'd made our point,” he told the Kettlemoor Gazette.",
        "“This quarry will poison the river that half this county drinks from,” she said.",
    ], [
        ("The police cut the chains at about 2am", "Simon Achterberg"),
        ("This quarry will poison the river", "Jade Kowalski"),
    ]),
    ("en", [
        "Farming minister Rupert Ellingham has promised to meet tractor protesters who brought Brackenford to a standstill on Thursday. In a post on social media, he wrote: “I hear you, and my door is open. Let's talk.”",
        "Protest organiser Cathy Morgan-Blythe was unimpressed. “We've had open doors for years. What we need is a fair price for milk,” she said.",
    ], [
        ("I hear you, and my door is open", "Rupert Ellingham"),
        ("What we need is a fair price for milk", "Cathy Morgan-Blythe"),
    ]),
    ("en", [
        "Several hundred people gathered at Victoria Gardens in Millbridge on Sunday evening for a candlelit vigil for Daniel Osei, the 17-year-old stabbed outside a youth club last week.",
        "“Daniel should be sitting his exams right now,” Mayor Patricia Gould told the crowd. “Instead we are lighting candles for him.”",
        "His cousin, Kwame Osei, read a poem. “He was the funniest person I knew,” he said afterwards.",
    ], [
        ("Daniel should be sitting his exams right now", "Patricia Gould"),
        ("Instead we are lighting candles for him", "Patricia Gould"),
        ("He was the funniest person I knew", "Kwame Osei"),
    ]),
    ("en", [
        "Six people were arrested after protesters blocked the entrance to the Port Selwyn container terminal on Friday.",
        "“The right to protest is not a right to shut down critical infrastructure,” said Superintendent Neil Barraclough of Selwyn Valley Police.",
        "Protest group Open Harbour said the arrests were “a disgraceful attack on peaceful dissent”.",
    ], [
        ("The right to protest is not a right", "Neil Barraclough"),
        ("a disgraceful attack on peaceful dissent", "Open Harbour"),
    ]),
    ("en", [
        "Nearly 900 nurses at St. Brendan's Medical Center in Lake Marren walked off the job Tuesday. According to Dana Whitfield, president of the Lake Marren Nurses Association, “management has refused to discuss staffing ratios for eight months.”",
        "Hospital CEO Richard Lang said in a statement that replacement nurses had been brought in and that “patient care will continue uninterrupted.”",
    ], [
        ("management has refused to discuss staffing ratios", "Dana Whitfield"),
        ("patient care will continue uninterrupted", "Richard Lang"),
    ]),
    ("en", [
        "Residents of Carver Court blockaded the building's lobby on Friday to stop bailiffs from evicting a disabled tenant.",
        "Neighbour Olu Adeyemi said: “Mrs Hartley has lived on the fourth floor for thirty years and she's going nowhere.”",
        "Housing association Riverstone Living said it had offered Ms Hartley “a suitable ground-floor flat nearby on three separate occasions”.",
    ], [
        ("Mrs Hartley has lived on the fourth floor", "Olu Adeyemi"),
        ("a suitable ground-floor flat nearby on three", "Riverstone Living"),
    ]),
    ("en", [
        "Students have occupied the library at Harrowfield Metropolitan University in protest at plans to cut 120 academic jobs.",
        "“We are here because our lecturers are being thrown on the scrapheap,” said third-year history student Aisha Rahman, speaking from a first-floor window.",
        "Harrowfield Metropolitan University said the occupation was “disrupting the studies of thousands of students during the exam period”.",
    ], [
        ("our lecturers are being thrown on the scrapheap", "Aisha Rahman"),
        ("disrupting the studies of thousands of students", "Harrowfield Metropolitan University"),
    ]),
    ("en", [
        "Retired miner Bill Hargreaves, 78, was at the front of the march against the reopening of the Thornley opencast site, alongside his granddaughter Megan Hargreaves, 16.",
        "“I spent forty years underground, and I'll not see this valley dug up again,” he said.",
        "“Grandad taught me that you stand up for where you live,” she said. “So here I am.”",
    ], [
        ("I spent forty years underground", "Bill Hargreaves"),
        ("Grandad taught me that you stand up", "Megan Hargreaves"),
    ]),
    ("en", [
        "The leader of Ashbury Vale Council has apologised to residents after a protest over missed bin collections descended into chaos at Tuesday's full council meeting.",
        "“I understand people's frustration, and I am sorry we let them down,” said Jonathan Pryor, who has led the council since May. He added: “Collections will be back to normal by the end of the month.”",
    ], [
        ("I understand people's frustration, and I am sorry", "Jonathan Pryor"),
        ("Collections will be back to normal", "Jonathan Pryor"),
    ]),
    ("en", [
        "The following is an edited transcript of an interview with Harpreet Singh, chair of the Brackenford Allotment Society, whose members have occupied the site since the council announced plans to sell it.",
        "Interviewer: Why occupy rather than petition?",
        "Singh: “We petitioned. We got 4,000 signatures and nobody at the town hall even replied.”",
        "Interviewer: What happens if bailiffs come? Singh: “Then they'll find a lot of pensioners with spades waiting for them.”",
    ], [
        ("We got 4,000 signatures and nobody", "Harpreet Singh"),
        ("find a lot of pensioners with spades", "Harpreet Singh"),
    ]),
    ("en", [
        "Speaking to the Kettlemoor Gazette, postal worker Stephen Kirkby said: “They've cut our rounds, cut our breaks and now they want to cut our pensions.”",
        "Kirkby, who has delivered letters in the town for 26 years, was among 200 staff on the picket line. His manager, Fiona Treadwell, declined to comment, but parent company Swiftpost said the changes were “essential to keep the service viable”.",
    ], [
        ("now they want to cut our pensions", "Stephen Kirkby"),
        ("essential to keep the service viable", "Swiftpost"),
    ]),
    ("en", [
        "Grandmother Eileen Crossley, 81, was among dozens of protesters who sat in the road outside the Kettlemoor gas plant on Wednesday. Officers spent an hour trying to persuade her to move.",
        "Inspector Mark Dunning eventually carried her to the pavement. Afterwards, she said: “I've had a good innings. The young ones haven't even started theirs.”",
        "Dunning told reporters: “We dealt with Mrs Crossley with the utmost care and respect.”",
    ], [
        ("The young ones haven't even started theirs", "Eileen Crossley"),
        ("We dealt with Mrs Crossley with the utmost", "Mark Dunning"),
    ]),
]

BLIND5 = NL + IT + PT + DE + ES + FR + EN
