"""Organisation-extraction cases, set 2 (stop 30). Short invented news reports in seven languages (en, de, fr, es, it, pt, nl), written in the style of wire and local-paper copy without reading the extractor or its tests. Organisations, companies, people and places are invented or used fictitiously; a few well-known national bodies (parties, courts, police forces, news agencies, big union confederations) appear as realistic context. "required" lists the organisations a protest analyst must get: the groups that organised or took part in the protest and its targets when those are named organisations (in the non-protest stories, about one in six, the organisations the story is about); each entry gives the longest form written in the text as "name" and every other form the text uses for the same organisation under "aliases" (acronyms, short forms), without a leading article unless the article belongs to the name. "allowed" lists every other organisation-like proper name in the text (outlets, agencies, parties, courts, police forces, clubs, companies, sub-units); predicting these is neither rewarded nor penalised. Anything else predicted counts against the extractor: the texts contain deliberate decoys such as sentence-initial capitalised words, titled people, places, demonyms, streets and squares, event and programme names, quoted slogans, weekdays and months, descriptors glued to names and job titles built on organisation names. Every name, alias and allowed entry occurs verbatim in its case's headline or paragraphs."""

CASES = []

# ---------------------------------------------------------------------- en
CASES += [
    {
        "language": "en",
        "headline": "Teachers and parents rally outside Harmon County school board over closures",
        "paragraphs": [
            "Hundreds of parents, teachers and students marched on Tuesday from Lindell Square to the offices of the Harmon County Board of Education, protesting a plan to close six elementary schools by next autumn. The march was called by the Coalition for Public Schools and Families, a network of parent-teacher groups formed last year after the district first floated the closures.",
            "“They are closing the schools our grandparents built,” said Marisa Oyelaran, the Coalition's spokeswoman. Members of the Harmon Education Association, the local teachers' union, wore red shirts and carried signs reading “Save Our Schools”. The union-backed rally also drew a group of nurses from St. Brendan's Hospital, several of whom said their own children attend schools on the list.",
            "The Board of Education said in a statement that falling enrolment left it no choice. Superintendent Dale Porter told the Harmon Gazette that the district faced a $14 million shortfall next year. The HEA said it would ask the state Department of Education to review the plan before the board's final vote in March.",
        ],
        "required": [
            {"name": "Harmon County Board of Education", "aliases": ["Board of Education"]},
            {"name": "Coalition for Public Schools and Families", "aliases": ["Coalition"]},
            {"name": "Harmon Education Association", "aliases": ["HEA"]},
        ],
        "allowed": ["St. Brendan's Hospital", "Harmon Gazette", "Department of Education"],
    },
    {
        "language": "en",
        "headline": "Zappo couriers stage go-slow in Leeds over pay per drop",
        "paragraphs": [
            "Delivery riders working for Zappo logged off the app for four hours on Friday evening and gathered outside the company's regional hub on Kirkstall Road, demanding a minimum of £4.50 per drop. The action was organised by the Independent Riders & Couriers Union, whose Yorkshire branch says it represents more than 600 Zappo riders across the county.",
            "The IRCU said Zappo's drivers had seen their earnings fall by a fifth since the company introduced dynamic pricing in March. Riders also complained about accounts being deactivated without warning or appeal. “We are not self-employed if an algorithm can sack us,” said rider Tomasz Wilk, who has worked for the platform for three years.",
            "Zappo Technologies Ltd, the London-based parent, said fewer than 40 riders had taken part and that average pay exceeded the real living wage. Leeds City Council said it had no role in the dispute but would raise drivers' concerns with the West Yorkshire Combined Authority at its next transport meeting.",
        ],
        "required": [
            {"name": "Zappo Technologies Ltd", "aliases": ["Zappo"]},
            {"name": "Independent Riders & Couriers Union", "aliases": ["IRCU"]},
        ],
        "allowed": ["Leeds City Council", "West Yorkshire Combined Authority"],
    },
    {
        "language": "en",
        "headline": "Climate protesters glue themselves to doors of Harrowgate & Pell headquarters",
        "paragraphs": [
            "Eleven activists from Last Chance for the Climate were arrested on Monday after gluing their hands to the revolving doors of Harrowgate & Pell Bank plc in the City of London, in protest at the lender's financing of a new oil terminal off the Shetland Islands. Dozens of supporters sang and held banners on the pavement outside.",
            "The group said Harrowgate & Pell had arranged $2.3 billion in loans for Northsea Basin Energy since 2021. “Every pound they lend is a flood somewhere else,” the group said in a statement posted on Instagram. City of London Police said the protesters were being held on suspicion of criminal damage and obstruction.",
            "A spokesman for the bank said it was “committed to net zero by 2050” and respected the right to peaceful protest. Northsea Basin Energy declined to comment. Last Chance for the Climate, which emerged from a split in Extinction Rebellion last year, has pledged further actions against banks throughout September.",
        ],
        "required": [
            {"name": "Last Chance for the Climate", "aliases": []},
            {"name": "Harrowgate & Pell Bank plc", "aliases": ["Harrowgate & Pell"]},
        ],
        "allowed": ["Northsea Basin Energy", "Instagram", "City of London Police", "Extinction Rebellion"],
    },
    {
        "language": "en",
        "headline": "Nurses walk out at Northgate hospitals in row over unpaid overtime",
        "paragraphs": [
            "Nurses and healthcare assistants at the Royal Northgate Hospitals NHS Foundation Trust began a 48-hour strike on Wednesday morning, the first walkout in the trust's history. Picket lines formed outside both main sites before dawn, with staff saying chronic understaffing had left them working unpaid hours on almost every shift.",
            "The strike was called by the Health and Care Workers' Alliance after 81 per cent of members voted for action. “Patients deserve nurses who are not exhausted,” said Priya Ramanathan, the Alliance's regional organiser. Members of Unison and the GMB joined the pickets in solidarity, and several local councillors brought tea and sandwiches.",
            "The trust said emergency and cancer services would continue as normal. A Department of Health and Social Care spokesperson said pay was set by the independent review body and urged the union to return to talks. The Northgate Evening Post reported that 140 planned operations had been postponed.",
        ],
        "required": [
            {"name": "Royal Northgate Hospitals NHS Foundation Trust", "aliases": []},
            {"name": "Health and Care Workers' Alliance", "aliases": ["Alliance"]},
            {"name": "Unison", "aliases": []},
            {"name": "GMB", "aliases": []},
        ],
        "allowed": ["Department of Health and Social Care", "Northgate Evening Post"],
    },
    {
        "language": "en",
        "headline": "Velmora profits slide as shoppers trade down, shares fall 9%",
        "paragraphs": [
            "Velmora Beauty Group reported a 23% drop in first-half operating profit on Thursday, blaming weaker demand for premium skincare in China and higher marketing costs in Europe. Revenue fell to $1.84 billion from $1.97 billion a year earlier, below the average of analysts' expectations compiled by LSEG.",
            "Shares in the company, which owns the Velmora and Lune Botanica brands, closed down 9.2% in New York, their steepest fall since 2020. Chief Executive Hélène Marchetti said the group would cut 600 jobs and close its plant in Dayton, Ohio, by the end of next year.",
            "Analysts at Crane Whitfield & Co said the guidance cut was steeper than expected. Rival Oriel Cosmetics Inc. reported flat sales last week. Velmora said it would still buy back $300 million of its own stock this year, according to a filing with the Securities and Exchange Commission.",
        ],
        "required": [
            {"name": "Velmora Beauty Group", "aliases": ["Velmora"]},
        ],
        "allowed": ["LSEG", "Lune Botanica", "Crane Whitfield & Co", "Oriel Cosmetics Inc.", "Securities and Exchange Commission"],
    },
    {
        "language": "en",
        "headline": "Traditional owners blockade access road to Kalgara lithium project",
        "paragraphs": [
            "About 80 people blocked the main access road to the Kalgara lithium project in Western Australia's Pilbara on Saturday, halting deliveries for most of the day. The blockade was organised by the Warrangu Traditional Owners Aboriginal Corporation, which says the mine's planned second pit would destroy at least 14 rock shelters with ancient art.",
            "The miner, Redgum Minerals Ltd, said it held all necessary approvals from the state government and had consulted “extensively” with traditional owners. Redgum's shares fell 4% on the ASX on Monday. Supporters from the Pilbara Environment Network and the Pilbara Mineworkers' Union's Port Hedland branch joined the protest.",
            "WA Police said the blockade was peaceful and no arrests were made. The Warrangu corporation has asked the federal Environment Minister to issue an emergency heritage declaration under Commonwealth law, a request the Department of Climate Change, Energy, the Environment and Water confirmed it had received on Friday.",
        ],
        "required": [
            {"name": "Warrangu Traditional Owners Aboriginal Corporation", "aliases": []},
            {"name": "Redgum Minerals Ltd", "aliases": ["Redgum"]},
            {"name": "Pilbara Environment Network", "aliases": []},
            {"name": "Pilbara Mineworkers' Union", "aliases": []},
        ],
        "allowed": ["ASX", "WA Police", "Department of Climate Change, Energy, the Environment and Water"],
    },
    {
        "language": "en",
        "headline": "Tenants rally against rent hikes at Brightline-owned buildings in Queens",
        "paragraphs": [
            "More than 200 tenants and supporters rallied on Sunday outside the Jackson Heights offices of Brightline Residential Partners, which bought 31 rent-stabilized buildings in northern Queens last year. The protest was organised by Queens Tenants United, a coalition of building associations, together with the 84-40 Elmhurst Avenue Tenants' Association.",
            "Tenants said Brightline had filed more than 90 eviction cases in housing court since January and left boilers broken for weeks. “They bought our homes as an investment product,” said Gloria Aponte, president of the 84-40 Elmhurst Avenue Tenants' Association. The group Comité de Inquilinos de Corona brought a contingent of Spanish-speaking families.",
            "Brightline Residential Partners LLC said in an email that it had invested $12 million in repairs since the purchase. City Council Member Ana Ruiz said she would ask the Department of Housing Preservation and Development to inspect the buildings, the Northern Queens Courier reported.",
        ],
        "required": [
            {"name": "Brightline Residential Partners LLC", "aliases": ["Brightline Residential Partners", "Brightline"]},
            {"name": "Queens Tenants United", "aliases": []},
            {"name": "84-40 Elmhurst Avenue Tenants' Association", "aliases": []},
            {"name": "Comité de Inquilinos de Corona", "aliases": []},
        ],
        "allowed": ["Department of Housing Preservation and Development", "Northern Queens Courier"],
    },
    {
        "language": "en",
        "headline": "Farmers block highway in Punjab demanding crop price guarantee",
        "paragraphs": [
            "Thousands of farmers blocked the Amritsar–Delhi national highway at three points on Tuesday, demanding a legal guarantee of minimum support prices for wheat and paddy. The protest was called by the Kisan Sangharsh Morcha of Punjab, an umbrella of 22 farm unions, and disrupted traffic for nearly six hours.",
            "Leaders of the Morcha said the Punjab government had failed to keep a promise made in 2022. “We will not go home with empty hands,” said Gurnam Singh Dhillon, president of the Doaba Kisan Union, one of the member groups. Members of the Punjab Landless Labourers' Front, a farm workers' body, also joined the sit-in.",
            "The state government said talks would be held with farmer leaders on Friday. The National Highways Authority of India said it had diverted traffic through Jalandhar. The Press Trust of India reported that police had detained about 40 protesters near Ludhiana who tried to block a railway line.",
        ],
        "required": [
            {"name": "Kisan Sangharsh Morcha of Punjab", "aliases": ["Morcha"]},
            {"name": "Punjab government", "aliases": []},
            {"name": "Doaba Kisan Union", "aliases": []},
            {"name": "Punjab Landless Labourers' Front", "aliases": []},
        ],
        "allowed": ["National Highways Authority of India", "Press Trust of India"],
    },
    {
        "language": "en",
        "headline": "Ashford Rovers stun leaders Kingsbridge City with late winner",
        "paragraphs": [
            "Ashford Rovers moved out of the relegation zone with a 2-1 win over league leaders Kingsbridge City on Saturday, substitute Kofi Mensah heading in a corner in the 89th minute at Meadow Lane Park. Kingsbridge had taken the lead through Jonny Hale before half-time, but Rovers levelled soon after the restart.",
            "Rovers manager Steve Arkwright said the victory was the club's most important in years. “Nobody gave us a chance,” he told BBC Radio Kent. Kingsbridge City remain three points clear at the top from Harlow Athletic, who were held to a goalless draw at Dunmore Town.",
            "The Football Association said it would review an incident in stoppage time in which a coin was thrown at the Kingsbridge goalkeeper. Ashford Rovers FC said any supporter identified would receive a lifetime ban. The National League fixture was watched by a season-high crowd of 4,812.",
        ],
        "required": [
            {"name": "Ashford Rovers FC", "aliases": ["Ashford Rovers", "Rovers"]},
            {"name": "Kingsbridge City", "aliases": ["Kingsbridge"]},
        ],
        "allowed": ["BBC Radio Kent", "Harlow Athletic", "Dunmore Town", "Football Association", "National League"],
    },
    {
        "language": "en",
        "headline": "Students occupy Eastmoor library over university's arms investments",
        "paragraphs": [
            "Around 60 students occupied the main library at the University of Eastmoor on Thursday night, demanding that the institution sell its shares in defence contractor Kestrel Dynamics plc. The occupation was organised by Eastmoor Divest for Peace, a student campaign backed by the Eastmoor Students' Union, which voted to support it last month.",
            "Campaigners said the university's endowment held £8.6 million in Kestrel shares. “Our fees should not be funding weapons,” said second-year student Amira Haddad. Members of the Academic and Related Staff Union brought food and sleeping bags to the occupiers on Friday morning and held a short teach-in on the library steps.",
            "A university spokesperson said Eastmoor's investment policy was “under regular review” and that the library would remain open to other students. Kestrel Dynamics said it complied with all UK export controls. The Office for Students said it did not comment on individual institutions.",
        ],
        "required": [
            {"name": "University of Eastmoor", "aliases": []},
            {"name": "Kestrel Dynamics plc", "aliases": ["Kestrel Dynamics", "Kestrel"]},
            {"name": "Eastmoor Divest for Peace", "aliases": []},
            {"name": "Eastmoor Students' Union", "aliases": []},
            {"name": "Academic and Related Staff Union", "aliases": []},
        ],
        "allowed": ["Office for Students"],
    },
    {
        "language": "en",
        "headline": "Ghana health workers march on ministry over unpaid allowances",
        "paragraphs": [
            "Several thousand nurses, midwives and pharmacists marched through central Accra on Wednesday to the Ministry of Health, demanding payment of allowances they say are 14 months in arrears. The march was led by the Coalition of Health Sector Unions, an alliance of seven professional bodies, and the Mortuary and Allied Workers' Association.",
            "Protesters carried placards reading “No Pay, No Care” and sang outside the ministry's gates for two hours. Coalition chairman Dr. Kwesi Ampofo said members would withdraw outpatient services from Monday if the government did not respond. The Ghana Medical Association said it supported the demands but would not join any strike.",
            "Health Minister Abena Owusu-Ansah told Radio Gold Coast 101.3 that the Ministry of Finance had released funds covering half of the arrears and that the rest would follow in the first quarter. The Ghana Police Service said the march passed off peacefully.",
        ],
        "required": [
            {"name": "Ministry of Health", "aliases": []},
            {"name": "Coalition of Health Sector Unions", "aliases": ["Coalition"]},
            {"name": "Mortuary and Allied Workers' Association", "aliases": []},
        ],
        "allowed": ["Ghana Medical Association", "Radio Gold Coast 101.3", "Ministry of Finance", "Ghana Police Service"],
    },
    {
        "language": "en",
        "headline": "Appeals court upholds $48m fine against Tristar Logistics over safety breaches",
        "paragraphs": [
            "A federal appeals court on Monday upheld a $48 million penalty against Tristar Logistics Inc. for repeated safety violations at its warehouses in Ohio and Indiana. The Sixth Circuit Court of Appeals rejected the company's argument that the Occupational Safety and Health Administration had exceeded its authority.",
            "The case stems from a 2021 inspection that found blocked fire exits and faulty forklifts at four Tristar sites. OSHA had cited the company 37 times in five years. Tristar's lawyers, from the firm Baxley Morgan LLP, argued the fines were “grossly disproportionate” for a company of its size.",
            "Tristar said it was disappointed and was considering an appeal to the U.S. Supreme Court. The Midwest Warehouse Safety Project, which had filed a brief supporting the agency, welcomed the ruling and said it would encourage workers at other firms to report hazards.",
        ],
        "required": [
            {"name": "Tristar Logistics Inc.", "aliases": ["Tristar"]},
            {"name": "Occupational Safety and Health Administration", "aliases": ["OSHA"]},
        ],
        "allowed": ["Sixth Circuit Court of Appeals", "Baxley Morgan LLP", "U.S. Supreme Court", "Midwest Warehouse Safety Project"],
    },
    {
        "language": "en",
        "headline": "Riders and drivers protest bus cuts at Lakeshore transit meeting",
        "paragraphs": [
            "Dozens of bus riders and drivers packed a meeting of the Lakeshore Regional Transit Commission on Thursday evening, interrupting commissioners as they voted to cut service on 11 routes from January. The protest was organised by Fare-Free Lakeshore, a riders' advocacy group, and Transit Workers' Union Local 4412, which represents about 900 drivers and mechanics.",
            "“You are cutting the buses that nurses and cleaners take to work,” said Deborah Mills of Fare-Free Lakeshore. Union president Raj Malhotra said the cuts would eliminate 70 driving jobs. The LRTC chair, Councillor Peter Vance, briefly suspended the meeting after chanting broke out in the public gallery.",
            "The commission said a $19-million deficit left it no choice and blamed the province for freezing operating grants. The Ministry of Transportation of Ontario said municipalities had received record funding this year. Local 4412 has said it will hold a strike vote next month.",
        ],
        "required": [
            {"name": "Lakeshore Regional Transit Commission", "aliases": ["LRTC"]},
            {"name": "Fare-Free Lakeshore", "aliases": []},
            {"name": "Transit Workers' Union Local 4412", "aliases": ["Local 4412"]},
        ],
        "allowed": ["Ministry of Transportation of Ontario"],
    },
    {
        "language": "en",
        "headline": "Villagers march against 1,200-home scheme on Ferndale green belt",
        "paragraphs": [
            "Around 500 residents marched through Ferndale on Saturday to oppose plans for 1,200 homes on green belt land north of the village. The march, from St Mary's churchyard to the parish hall, was organised by the Ferndale Valley Action Group and supported by the Carrowshire branch of the Council for Rural Landscapes.",
            "The scheme, submitted by Oakhurst Homes (Midlands) Ltd, would more than double the size of the village. “This isn't about nimbyism, it's about flooding and a single road in and out,” said Jean Tulley, chair of the action group. Oakhurst said the development would include 360 affordable homes and a new primary school.",
            "Carrow District Council's planning committee is due to decide the application in November. The council's leader, Cllr Michael Hart, said he could not comment on a live application. The Environment Agency has lodged a holding objection over flood risk on the lower fields.",
        ],
        "required": [
            {"name": "Ferndale Valley Action Group", "aliases": []},
            {"name": "Council for Rural Landscapes", "aliases": []},
            {"name": "Oakhurst Homes (Midlands) Ltd", "aliases": ["Oakhurst"]},
            {"name": "Carrow District Council", "aliases": []},
        ],
        "allowed": ["Environment Agency"],
    },
    {
        "language": "en",
        "headline": "Researchers map vast deep-sea coral reef off Irish coast",
        "paragraphs": [
            "Scientists from the Atlantic Ocean Research Centre and University College Kilbride have mapped a cold-water coral reef stretching 42 kilometres along the edge of the Porcupine Bank, one of the largest found in European waters. The survey used an autonomous submarine supplied by Norwegian firm Havdyp Robotics AS.",
            "The findings, published in the journal Frontiers in Marine Science, suggest the reef is at least 8,000 years old. “We were astonished by the density of life,” said lead author Dr. Siobhán Keane of UCK. The project was funded by the European Research Council and Science Foundation Ireland.",
            "The Killybegs Fish Producers' Co-operative said it would seek talks on any proposed protected zone, warning that its members already faced tight quotas. The Department of Agriculture, Food and the Marine said it would study the research carefully before making any decision.",
        ],
        "required": [
            {"name": "Atlantic Ocean Research Centre", "aliases": []},
            {"name": "University College Kilbride", "aliases": ["UCK"]},
        ],
        "allowed": ["Havdyp Robotics AS", "Frontiers in Marine Science", "European Research Council", "Science Foundation Ireland", "Killybegs Fish Producers' Co-operative", "Department of Agriculture, Food and the Marine"],
    },
    {
        "language": "en",
        "headline": "Residents barricade roads in Kwanele over water outages",
        "paragraphs": [
            "Residents of Kwanele township barricaded several roads with burning tyres and rocks on Monday, protesting against water outages that have lasted more than three weeks in some sections. The shutdown was called by the Kwanele Concerned Residents' Forum, which accuses the Mopane Local Municipality of failing to repair broken pumps.",
            "Shops in the township centre stayed closed and minibus drivers from the Kwanele & District Taxi Association joined the shutdown. “We are buying water at R20 a bucket,” said forum secretary Lerato Mokoena. The South African Police Service fired rubber bullets to disperse a group outside the municipal offices.",
            "Mopane municipality spokesperson Themba Khoza said the water board, Lowveld Bulk Water, had cut supply over unpaid bills of R340 million. The Economic Freedom Fighters said it would lay charges against the municipal manager. SABC News reported that four people were arrested.",
        ],
        "required": [
            {"name": "Kwanele Concerned Residents' Forum", "aliases": []},
            {"name": "Mopane Local Municipality", "aliases": ["Mopane municipality"]},
            {"name": "Kwanele & District Taxi Association", "aliases": []},
        ],
        "allowed": ["South African Police Service", "Lowveld Bulk Water", "Economic Freedom Fighters", "SABC News"],
    },
    {
        "language": "en",
        "headline": "Bluebird Coffee workers strike at 40 stores on busiest day of the year",
        "paragraphs": [
            "Baristas at roughly 40 Bluebird Coffee Co. stores across Oregon and Washington walked off the job on Friday during the chain's annual “Golden Mug Day” promotion. The strike was called by the Baristas Organizing Committee of the Pacific Northwest, which says staff are understaffed and underpaid on the company's busiest day.",
            "The union, which has won elections at 112 of the company's 380 stores, accuses Bluebird of stalling contract talks for 18 months. “They want us to smile for the promo and go home with nothing,” said shift supervisor Caleb Ortiz. The National Labor Relations Board has issued three complaints against the company.",
            "Bluebird said most stores remained open and that it had offered to resume bargaining in January. The Portland Labor Solidarity Network organised a rally of about 300 people outside the flagship store on Burnside Street, where speakers urged customers to boycott the chain for the day.",
        ],
        "required": [
            {"name": "Bluebird Coffee Co.", "aliases": ["Bluebird"]},
            {"name": "Baristas Organizing Committee of the Pacific Northwest", "aliases": []},
            {"name": "Portland Labor Solidarity Network", "aliases": []},
        ],
        "allowed": ["National Labor Relations Board"],
    },
    {
        "language": "en",
        "headline": "Journalists protest in Abuja against proposed media licensing bill",
        "paragraphs": [
            "Hundreds of journalists and press freedom campaigners marched to the National Assembly in Abuja on Tuesday to protest against a bill that would require all online news sites to obtain a licence from the National Media Regulatory Council. The march was organised by the Federation of Independent Journalists of Nigeria (FIJN) and the Coalition for a Free Press in Nigeria.",
            "Protesters carried copies of the constitution and placards reading “Licence to Silence”. FIJN president Ngozi Ibekwe said the bill would allow the regulator to shut down outlets without a court order. The Daily Meridian, whose reporters joined the march, ran a blank front page in solidarity.",
            "Senator Bello Yusuf, who sponsored the bill, told the Nigerian Wire Service that it aimed to curb fake news, not independent reporting. The NMRC said it had not been consulted on the draft. Amnesty International called on lawmakers to withdraw the bill before its second reading.",
        ],
        "required": [
            {"name": "National Assembly", "aliases": []},
            {"name": "Federation of Independent Journalists of Nigeria", "aliases": ["FIJN"]},
            {"name": "Coalition for a Free Press in Nigeria", "aliases": []},
            {"name": "Daily Meridian", "aliases": []},
        ],
        "allowed": ["National Media Regulatory Council", "NMRC", "Nigerian Wire Service", "Amnesty International"],
    },
]

# ---------------------------------------------------------------------- de
CASES += [
    {
        "language": "de",
        "headline": "Tausende demonstrieren in Berlin gegen Mieterhöhungen der Vonora",
        "paragraphs": [
            "Mehrere tausend Menschen sind am Samstag in Berlin-Neukölln gegen Mieterhöhungen des Wohnungskonzerns Vonora Wohnen SE auf die Straße gegangen. Aufgerufen hatte das Bündnis für bezahlbare Mieten und gegen Verdrängung, ein Zusammenschluss aus mehr als 40 Mieterinitiativen. Die Polizei sprach von 6.000 Teilnehmern, die Veranstalter von über 10.000.",
            "Der Zug führte vom Hermannplatz bis vor die Konzernzentrale am Kottbusser Damm. Auf Transparenten stand „Wohnen ist kein Spekulationsobjekt“. Auch der Mieterverein Neukölln-Süd e.V. und die Initiative Vonora & Co. vergesellschaften hatten zur Teilnahme aufgerufen und verteilten Flugblätter zu einem geplanten Volksbegehren.",
            "Vonora hatte zum 1. Juli die Mieten in rund 18.000 Wohnungen um bis zu 15 Prozent angehoben. Ein Sprecher des Unternehmens verwies auf gestiegene Instandhaltungskosten. Die Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen kündigte an, die Erhöhungen zu prüfen. Die Linke forderte erneut einen landesweiten Mietendeckel.",
        ],
        "required": [
            {"name": "Vonora Wohnen SE", "aliases": ["Vonora"]},
            {"name": "Bündnis für bezahlbare Mieten und gegen Verdrängung", "aliases": []},
            {"name": "Mieterverein Neukölln-Süd e.V.", "aliases": []},
            {"name": "Initiative Vonora & Co. vergesellschaften", "aliases": []},
        ],
        "allowed": ["Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen", "Die Linke", "Linke"],
    },
    {
        "language": "de",
        "headline": "Warnstreik an Uniklinik Kellerberg: Verdi legt OP-Betrieb lahm",
        "paragraphs": [
            "Mit einem ganztägigen Warnstreik hat die Gewerkschaft Verdi am Dienstag den Betrieb am Universitätsklinikum Kellerberg weitgehend lahmgelegt. Der Verdi-Landesbezirk Hessen sprach von rund 1.200 Pflegekräften, Therapeutinnen und Servicebeschäftigten, die die Arbeit niederlegten. Zahlreiche planbare Operationen mussten verschoben werden. Die Notaufnahme blieb nach einer Notdienstvereinbarung geöffnet.",
            "Die Beschäftigten fordern einen Entlastungstarifvertrag mit festen Personalschlüsseln für alle Stationen. „Wir können nicht mehr, und die Patienten merken das“, sagte die Intensivpflegerin Jana Brückner bei einer Kundgebung vor dem Haupteingang. Unterstützung kam vom Bündnis Klinikpersonal entlasten Kellerberg, das Unterschriften von Patienten und Angehörigen sammelte.",
            "Der Klinikvorstand nannte den Streik unverhältnismäßig und verwies auf laufende Gespräche. Das Hessische Ministerium für Wissenschaft und Kunst sah sich nicht zuständig und verwies auf die Tarifautonomie. Wie der Kellerberger Anzeiger berichtet, will Verdi noch vor Ostern zu einem mehrtägigen Ausstand aufrufen.",
        ],
        "required": [
            {"name": "Verdi", "aliases": []},
            {"name": "Universitätsklinikum Kellerberg", "aliases": ["Uniklinik Kellerberg"]},
            {"name": "Bündnis Klinikpersonal entlasten Kellerberg", "aliases": []},
        ],
        "allowed": ["Verdi-Landesbezirk Hessen", "Hessische Ministerium für Wissenschaft und Kunst", "Kellerberger Anzeiger"],
    },
    {
        "language": "de",
        "headline": "Bauern blockieren mit Traktoren Zufahrten in Hannover",
        "paragraphs": [
            "Mit mehr als 800 Traktoren haben Landwirte am Montagmorgen die Zufahrten zur Innenstadt von Hannover blockiert. Sie protestieren gegen die geplante Streichung der Agrardiesel-Rückvergütung durch die Bundesregierung. Zu der Sternfahrt aufgerufen hatten die Initiative Land schafft Zukunft Niedersachsen und der Landesbauernverband Niedersachsen-Süd.",
            "Auf dem Trammplatz vor dem Neuen Rathaus stand „Ohne Bauern kein Essen“ auf Plakaten. Landesbauernverband-Chef Hinrich Meyer-Oltmanns warf der Bundesregierung vor, die Landwirtschaft kaputtzusparen. Auch Lohnunternehmer und Spediteure aus dem Verband Spedition und Logistik Niedersachsen schlossen sich mit Lastwagen dem Protest an.",
            "Die Polizeidirektion Hannover sprach von erheblichen Verkehrsbehinderungen im Berufsverkehr. Das Bundesministerium für Ernährung und Landwirtschaft erklärte, an den Sparplänen festhalten zu wollen, aber für Gespräche offen zu sein. Die Deutsche Presse-Agentur berichtete von Staus von bis zu 20 Kilometern rund um die Landeshauptstadt.",
        ],
        "required": [
            {"name": "Bundesregierung", "aliases": []},
            {"name": "Land schafft Zukunft Niedersachsen", "aliases": []},
            {"name": "Landesbauernverband Niedersachsen-Süd", "aliases": ["Landesbauernverband"]},
            {"name": "Verband Spedition und Logistik Niedersachsen", "aliases": []},
        ],
        "allowed": ["Polizeidirektion Hannover", "Bundesministerium für Ernährung und Landwirtschaft", "Deutsche Presse-Agentur"],
    },
    {
        "language": "de",
        "headline": "Haldor Maschinenbau kappt Prognose – Aktie bricht ein",
        "paragraphs": [
            "Der Maschinenbauer Haldor hat wegen schwacher Nachfrage aus China seine Jahresprognose gesenkt. Die Haldor Maschinenbau AG rechnet für 2024 nur noch mit einem Umsatz von 2,1 bis 2,3 Milliarden Euro, wie das Unternehmen am Mittwochabend in Heilbronn mitteilte. Bisher waren bis zu 2,6 Milliarden Euro in Aussicht gestellt worden.",
            "Die im SDax notierte Aktie fiel am Donnerstag im Xetra-Handel um bis zu 14 Prozent. Analysten des Bankhauses Greiff & Söhne sprachen von einer „herben Enttäuschung“. Vorstandschef Matthias Kern kündigte ein Sparprogramm an, das auch Stellen in der Verwaltung und im Vertrieb kosten soll.",
            "Besonders schwach lief das Geschäft mit Verpackungsanlagen der Tochter Haldor Pack GmbH. Die IG Metall Heilbronn-Neckarsulm forderte die Geschäftsführung auf, betriebsbedingte Kündigungen auszuschließen. Der Betriebsrat will am Freitag über die Details der Pläne informiert werden. Branchenbeobachter rechnen mit dem Abbau von mehreren hundert Arbeitsplätzen im Inland.",
        ],
        "required": [
            {"name": "Haldor Maschinenbau AG", "aliases": ["Haldor Maschinenbau", "Haldor"]},
        ],
        "allowed": ["SDax", "Xetra", "Bankhauses Greiff & Söhne", "Haldor Pack GmbH", "IG Metall Heilbronn-Neckarsulm", "IG Metall"],
    },
    {
        "language": "de",
        "headline": "Aktivisten besetzen Wald bei Rotenfels gegen Ausbau der B 312",
        "paragraphs": [
            "Rund 70 Klimaaktivistinnen und -aktivisten haben ein Waldstück bei Rotenfels besetzt, um die geplante Verbreiterung der Bundesstraße 312 zu verhindern. Seit Sonntag errichteten sie nach eigenen Angaben zwölf Baumhäuser. Hinter der Aktion steht die Gruppe Wald statt Asphalt, die von der Bürgerinitiative Lebenswertes Ermstal unterstützt wird.",
            "Der Landesbetrieb Straßenbau Süd will im Herbst mit den Rodungen beginnen; betroffen wären rund neun Hektar Mischwald. „Wir bleiben, bis die Planung gestoppt ist“, sagte eine Sprecherin, die sich Eule nannte. Auch der BUND-Kreisverband Reutlingen kritisierte die Pläne und kündigte eine Klage an.",
            "Das Regierungspräsidium Tübingen erklärte, der Planfeststellungsbeschluss sei rechtskräftig. Die Polizei beobachtete die Lage zunächst, eine Räumung sei derzeit nicht geplant. Bürgermeister Klaus Riedinger (CDU) sprach sich für den Ausbau aus, weil die Ortsdurchfahrt täglich von 18.000 Fahrzeugen belastet werde. Anwohner hatten jahrelang eine Umgehung gefordert, die Planung dauerte fast zwei Jahrzehnte.",
        ],
        "required": [
            {"name": "Wald statt Asphalt", "aliases": []},
            {"name": "Bürgerinitiative Lebenswertes Ermstal", "aliases": []},
            {"name": "Landesbetrieb Straßenbau Süd", "aliases": []},
        ],
        "allowed": ["BUND-Kreisverband Reutlingen", "BUND", "Regierungspräsidium Tübingen", "CDU"],
    },
    {
        "language": "de",
        "headline": "Studierende protestieren in Wien gegen Studiengebühren",
        "paragraphs": [
            "Mehrere tausend Studierende haben am Donnerstag in Wien gegen die geplante Wiedereinführung von Studiengebühren demonstriert. Der Zug führte von der Universität Wien über den Ring bis zum Minoritenplatz, wo das Bundesministerium für Bildung, Wissenschaft und Forschung seinen Sitz hat. Aufgerufen hatte die Hochschülerinnen- und Hochschülerschaft an der Universität Wien gemeinsam mit der Plattform Uni brennt weiter.",
            "„Bildung darf keine Frage des Geldbeutels sein“, sagte Lea Hofbauer, Vorsitzende der ÖH Uni Wien, vor dem Ministerium. Laut Regierungsentwurf sollen Studierende ab dem Wintersemester pro Semester 363,36 Euro zahlen. Auch der Betriebsrat für das wissenschaftliche Universitätspersonal Wien schloss sich dem Protest an.",
            "Das Ministerium verwies auf die angespannte Budgetlage und kündigte Ausnahmen für Studierende mit geringem Einkommen an. Die Universitätenkonferenz (uniko) äußerte Verständnis für beide Seiten. Die Regierungsparteien ÖVP und Grüne verteidigten die Pläne, die Opposition sprach von einem Rückschritt. Weitere Proteste sind für den Beginn des Sommersemesters angekündigt.",
        ],
        "required": [
            {"name": "Bundesministerium für Bildung, Wissenschaft und Forschung", "aliases": []},
            {"name": "Hochschülerinnen- und Hochschülerschaft an der Universität Wien", "aliases": ["ÖH Uni Wien"]},
            {"name": "Plattform Uni brennt weiter", "aliases": []},
            {"name": "Betriebsrat für das wissenschaftliche Universitätspersonal Wien", "aliases": []},
        ],
        "allowed": ["Universität Wien", "Universitätenkonferenz", "uniko", "ÖVP", "Grüne"],
    },
    {
        "language": "de",
        "headline": "Fortuna Elmshorn siegt im Derby gegen den SV Blankenese 09",
        "paragraphs": [
            "Fortuna Elmshorn hat das Nord-Derby in der Regionalliga gegen den SV Blankenese 09 mit 3:1 gewonnen und die Tabellenführung ausgebaut. Vor 7.400 Zuschauern im Stadion am Krückaupark traf Stürmer Malte Jessen doppelt. Für die Gäste verkürzte Ole Petersen kurz nach der Pause zwischenzeitlich auf 1:2.",
            "„Das war ein Arbeitssieg, aber ein verdienter“, sagte Fortuna-Trainer Sven Harms. Der SVB hatte nach einer Gelb-Roten Karte gegen Innenverteidiger Timo Krause ab der 62. Minute in Unterzahl spielen müssen. Beim SV Blankenese 09 wächst damit der Druck auf Trainer Dirk Albers.",
            "Der Norddeutsche Fußball-Verband kündigte an, Ermittlungen wegen Pyrotechnik im Gästeblock einzuleiten. Die Fortuna empfängt am kommenden Sonntag den VfR Husum, der SVB muss zum Nachholspiel beim TuS Harksheide antreten, das am Mittwoch angepfiffen wird. Bis dahin muss Albers auf drei verletzte Stammspieler verzichten.",
        ],
        "required": [
            {"name": "Fortuna Elmshorn", "aliases": ["Fortuna"]},
            {"name": "SV Blankenese 09", "aliases": ["SVB"]},
        ],
        "allowed": ["Regionalliga", "Norddeutsche Fußball-Verband", "VfR Husum", "TuS Harksheide"],
    },
    {
        "language": "de",
        "headline": "Basel: Hunderte protestieren gegen Stellenabbau bei Rhytech",
        "paragraphs": [
            "Rund 600 Beschäftigte des Pharmakonzerns Rhytech haben am Mittwoch vor dem Hauptsitz im Basler Klybeck-Quartier gegen den geplanten Abbau von 850 Stellen protestiert. Zur Kundgebung aufgerufen hatten die Gewerkschaft Industrie & Dienste Nordwestschweiz (GID) und die Angestelltenvereinigung der Rhytech, ein Verband des mittleren Kaders.",
            "Die Rhytech Pharma AG will bis Ende 2025 Teile der Forschung nach Boston und Singapur verlagern. „Man opfert Basel für die Marge“, sagte GID-Sekretär Reto Gisler. Die Beschäftigten überreichten der Konzernleitung eine Petition mit 3.200 Unterschriften und forderten einen Sozialplan.",
            "Der Regierungsrat des Kantons Basel-Stadt zeigte sich besorgt und kündigte Gespräche mit dem Unternehmen an. Rhytech verwies auf den Kostendruck im Generika-Geschäft und auf auslaufende Patente. Laut Keystone-SDA sollen die ersten Kündigungen im Frühjahr ausgesprochen werden. Die Gewerkschaft droht für diesen Fall mit Streiks an allen drei Basler Standorten.",
        ],
        "required": [
            {"name": "Rhytech Pharma AG", "aliases": ["Rhytech"]},
            {"name": "Gewerkschaft Industrie & Dienste Nordwestschweiz", "aliases": ["GID"]},
            {"name": "Angestelltenvereinigung der Rhytech", "aliases": []},
        ],
        "allowed": ["Regierungsrat des Kantons Basel-Stadt", "Keystone-SDA"],
    },
    {
        "language": "de",
        "headline": "Tausende protestieren in Riesa gegen Parteitag der Heimatunion",
        "paragraphs": [
            "Mehrere tausend Menschen haben am Samstag in Riesa gegen den Bundesparteitag der rechtsextremen Deutschen Heimatunion protestiert. Das Bündnis Kein Platz für Hetze, ein Zusammenschluss aus Gewerkschaften, Kirchengemeinden und Antifa-Gruppen, hatte zu Blockaden der Zufahrtsstraßen zur Sachsenstahl-Arena aufgerufen. Bereits am frühen Morgen saßen Hunderte Menschen auf den Straßen rund um die Halle.",
            "Unter den Demonstrierenden waren auch Mitglieder der DGB-Jugend Sachsen und der Evangelisch-Lutherischen Kirchgemeinde Riesa-Gröba, deren Pfarrerin eine Andacht auf der Straße hielt. „Riesa bleibt bunt“, riefen die Teilnehmenden, als die ersten Delegierten mit Bussen eintrafen. Die Stimmung blieb nach Angaben von Beobachtern über weite Strecken friedlich.",
            "Die Polizeidirektion Dresden war mit rund 2.000 Beamten im Einsatz, auch aus Bayern und Thüringen. Nach Polizeiangaben wurden zwölf Personen vorübergehend festgenommen. Die Deutsche Heimatunion sprach von „linksextremer Gewalt“. Der Verfassungsschutz stuft die DHU in Sachsen als gesichert rechtsextremistisch ein.",
        ],
        "required": [
            {"name": "Deutsche Heimatunion", "aliases": ["Deutschen Heimatunion", "Heimatunion", "DHU"]},
            {"name": "Bündnis Kein Platz für Hetze", "aliases": []},
            {"name": "DGB-Jugend Sachsen", "aliases": []},
            {"name": "Evangelisch-Lutherischen Kirchgemeinde Riesa-Gröba", "aliases": []},
        ],
        "allowed": ["Polizeidirektion Dresden", "Verfassungsschutz"],
    },
    {
        "language": "de",
        "headline": "Protest vor Rathaus: Fernwärme-Kunden wehren sich gegen Preisschock",
        "paragraphs": [
            "Rund 400 Mieterinnen und Mieter haben am Donnerstagabend vor dem Rathaus in Lindenau gegen drastische Preiserhöhungen für Fernwärme protestiert. Die Stadtwerke Lindenau GmbH hatten die Arbeitspreise zum Jahresbeginn um 84 Prozent angehoben. Zur Kundgebung aufgerufen hatte der Mieterverein Lindenau und Umgebung e.V. gemeinsam mit dem Arbeitslosenzentrum Lindenau-Nord.",
            "Viele Haushalte müssten nun Nachzahlungen von mehr als 1.500 Euro leisten, sagte Mietervereins-Geschäftsführerin Petra Lanz. Die Demonstrierenden forderten den Stadtrat auf, als Eigentümer der Stadtwerke einzugreifen. Die Fraktion von Bündnis 90/Die Grünen schloss sich der Forderung an. Die Stadtverwaltung verwies dagegen auf die Eigenständigkeit des Unternehmens.",
            "Ein Sprecher der Stadtwerke verwies auf gestiegene Gaspreise und langfristige Lieferverträge. Das Bundeskartellamt prüft nach Angaben der Verbraucherzentrale Sachsen bereits mehrere Fernwärme-Tarife in der Region. Der Stadtrat will sich im März in einer Sondersitzung mit den Preisen befassen. Bis dahin sollen Härtefälle eine Stundung beantragen können.",
        ],
        "required": [
            {"name": "Stadtwerke Lindenau GmbH", "aliases": ["Stadtwerke"]},
            {"name": "Stadtrat", "aliases": []},
            {"name": "Mieterverein Lindenau und Umgebung e.V.", "aliases": []},
            {"name": "Arbeitslosenzentrum Lindenau-Nord", "aliases": []},
        ],
        "allowed": ["Bündnis 90/Die Grünen", "Bundeskartellamt", "Verbraucherzentrale Sachsen"],
    },
    {
        "language": "de",
        "headline": "Landgericht verurteilt Energieversorger Nordstrom Plus zu Rückzahlungen",
        "paragraphs": [
            "Das Landgericht Düsseldorf hat den Energieversorger Nordstrom Plus zur Rückzahlung unzulässig erhöhter Abschläge an rund 40.000 Kunden verurteilt. Geklagt hatte die Verbraucherzentrale Nordrhein-Westfalen im Wege einer Musterfeststellungsklage, wie ein Gerichtssprecher am Freitag mitteilte. Das Urteil ist noch nicht rechtskräftig, gilt unter Fachleuten aber als richtungsweisend.",
            "Die Nordstrom Plus GmbH & Co. KG hatte im Herbst 2022 die monatlichen Abschläge ohne Begründung teils verdreifacht. Die Richter werteten das als Verstoß gegen das Energiewirtschaftsgesetz. „Das ist ein wichtiges Signal für alle Verbraucher“, sagte Verbraucherschützer Jörg Wendt nach der Urteilsverkündung.",
            "Das Unternehmen kündigte an, Revision beim Bundesgerichtshof einzulegen. Betroffene Kunden müssen sich nicht selbst melden, die Rückzahlungen sollen automatisch erfolgen. Nach Angaben der Bundesnetzagentur sind derzeit mehr als ein Dutzend ähnliche Verfahren gegen Billiganbieter anhängig. Verbraucherschützer raten Betroffenen, ihre Abrechnungen sorgfältig aufzubewahren.",
        ],
        "required": [
            {"name": "Nordstrom Plus GmbH & Co. KG", "aliases": ["Nordstrom Plus"]},
            {"name": "Landgericht Düsseldorf", "aliases": []},
            {"name": "Verbraucherzentrale Nordrhein-Westfalen", "aliases": []},
        ],
        "allowed": ["Bundesgerichtshof", "Bundesnetzagentur"],
    },
    {
        "language": "de",
        "headline": "Eltern und Erzieher demonstrieren gegen Kita-Notstand in Hamburg",
        "paragraphs": [
            "Mit Kinderwagen, Trillerpfeifen und selbst gemalten Schildern sind am Freitagnachmittag rund 3.000 Eltern, Erzieherinnen und Kinder durch die Hamburger Innenstadt gezogen. Sie protestierten gegen den Personalmangel in den Kitas, der vielerorts zu verkürzten Öffnungszeiten führt. Aufgerufen hatten die Elterninitiative Kita-Notstand Hamburg und der Landeselternausschuss Kindertagesbetreuung (LEA).",
            "Unterstützt wurde der Protest von der Fachgruppe Sozial- und Erziehungsdienst bei Verdi Hamburg, deren Mitglieder in Warnwesten mitliefen. „Wir betreuen 25 Kinder zu zweit, das ist keine Bildung mehr“, sagte eine Erzieherin aus Wilhelmsburg bei der Auftaktkundgebung. Viele Kitas hatten an diesem Tag früher geschlossen.",
            "Die Kundgebung endete vor der Sozialbehörde. Die Behörde für Arbeit, Gesundheit, Soziales, Familie und Integration erklärte, man habe die Zahl der Ausbildungsplätze für Erzieher verdoppelt. Die CDU-Fraktion in der Bürgerschaft forderte eine gesetzliche Kita-Garantie. Die Initiativen wollen im Herbst erneut auf die Straße gehen.",
        ],
        "required": [
            {"name": "Elterninitiative Kita-Notstand Hamburg", "aliases": []},
            {"name": "Landeselternausschuss Kindertagesbetreuung", "aliases": ["LEA"]},
            {"name": "Fachgruppe Sozial- und Erziehungsdienst bei Verdi Hamburg", "aliases": []},
            {"name": "Behörde für Arbeit, Gesundheit, Soziales, Familie und Integration", "aliases": ["Sozialbehörde"]},
        ],
        "allowed": ["Verdi Hamburg", "Verdi", "CDU-Fraktion", "CDU", "Bürgerschaft"],
    },
    {
        "language": "de",
        "headline": "Forscher aus Greifswald entdecken neues Bakterium im Bodden",
        "paragraphs": [
            "Das Institut für Küsten- und Boddenökologie der Universität Greifswald hat im Greifswalder Bodden eine bislang unbekannte Bakterienart entdeckt, die Mikroplastik zersetzen kann. Die Ergebnisse erschienen in der Fachzeitschrift Nature Microbiology und stoßen international auf großes Interesse. Die Entdeckung gelang eher zufällig bei Routinemessungen.",
            "Die Forschenden um Professorin Anja Vollmer isolierten den Stamm aus Sedimentproben, die sie 2022 nahe der Insel Riems entnommen hatten. Das Bakterium baut demnach Polyethylen bis zu zehnmal schneller ab als bisher bekannte Arten. Finanziert wurde das Projekt von der Deutschen Forschungsgemeinschaft.",
            "Das Unternehmen Baltic Enzymes GmbH aus Stralsund will nun gemeinsam mit dem Institut prüfen, ob sich das Verfahren industriell nutzen lässt. Das Leibniz-Institut für Ostseeforschung Warnemünde lobte die Arbeit als „bemerkenswert“, mahnte aber weitere Freilandversuche an. Bis zu einer Anwendung dürften nach Einschätzung der Forschenden noch Jahre vergehen.",
        ],
        "required": [
            {"name": "Institut für Küsten- und Boddenökologie", "aliases": []},
            {"name": "Universität Greifswald", "aliases": []},
        ],
        "allowed": ["Nature Microbiology", "Deutschen Forschungsgemeinschaft", "Baltic Enzymes GmbH", "Leibniz-Institut für Ostseeforschung Warnemünde"],
    },
    {
        "language": "de",
        "headline": "Flinkr-Fahrer streiken in Köln nach Kündigungswelle",
        "paragraphs": [
            "Dutzende Fahrradkuriere des Lebensmittel-Lieferdienstes Flinkr haben am Montag in Köln die Arbeit niedergelegt und zwei Lager im Belgischen Viertel und in Ehrenfeld blockiert. Auslöser war die fristlose Kündigung von 14 Beschäftigten, die zuvor eine Betriebsratswahl initiiert hatten. Organisiert wurde der wilde Streik vom Rider Collective Köln.",
            "„Das Geschäftsmodell von Flinkr funktioniert nur, solange wir uns nicht wehren“, sagte Kurier Emre Yilmaz. Die Gewerkschaft Logistik-Handel-Zustellung (GLHZ) sicherte den Streikenden Rechtsschutz zu und schickte Vertreter zu beiden Lagern. Rund 40 weitere Kuriere legten aus Solidarität ihre Schicht nieder, mehrere Dutzend Bestellungen blieben liegen.",
            "Die Flinkr Deutschland GmbH, eine Tochter des Berliner Start-ups Flinkr Technologies, erklärte, die Kündigungen hätten „nichts mit der Betriebsratswahl zu tun“. Das Arbeitsgericht Köln wird sich am 12. März mit den ersten Kündigungsschutzklagen befassen, berichtet der Kölner Stadt-Anzeiger. Die Kuriere wollen bis dahin jeden Montag streiken.",
        ],
        "required": [
            {"name": "Flinkr Deutschland GmbH", "aliases": ["Flinkr"]},
            {"name": "Rider Collective Köln", "aliases": []},
            {"name": "Gewerkschaft Logistik-Handel-Zustellung", "aliases": ["GLHZ"]},
        ],
        "allowed": ["Flinkr Technologies", "Arbeitsgericht Köln", "Kölner Stadt-Anzeiger"],
    },
    {
        "language": "de",
        "headline": "Bürgerinitiative protestiert gegen Wasserverbrauch der Quantix-Chipfabrik",
        "paragraphs": [
            "Rund 1.500 Menschen haben am Sonntag in Kelbra gegen den Bau einer Chipfabrik des US-Konzerns Quantix Semiconductor demonstriert. Die Bürgerinitiative Grundwasser schützen – Goldene Aue, die seit einem Jahr gegen das Projekt mobil macht, befürchtet, dass das Werk jährlich bis zu sechs Millionen Kubikmeter Grundwasser verbrauchen könnte.",
            "An der Kundgebung auf dem Marktplatz beteiligten sich auch der Wasserverband Helme-Unstrut, der vor Engpässen bei der Trinkwasserversorgung warnt, sowie die Naturschutzjugend Sachsen-Anhalt. „Hier wird unsere Zukunft für 3.000 Arbeitsplätze verkauft“, sagte Initiativensprecher Bernd Kallweit. Er kündigte weitere Proteste bis zur Entscheidung über die Baugenehmigung an.",
            "Die Landesregierung in Magdeburg verteidigte die Ansiedlung als größte Investition in der Geschichte des Landes. Das Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten teilte mit, ein unabhängiges Gutachten zur Wasserversorgung sei in Auftrag gegeben. Quantix erklärte, man werde Brauchwasser weitgehend recyceln.",
        ],
        "required": [
            {"name": "Quantix Semiconductor", "aliases": ["Quantix"]},
            {"name": "Bürgerinitiative Grundwasser schützen – Goldene Aue", "aliases": []},
            {"name": "Wasserverband Helme-Unstrut", "aliases": []},
            {"name": "Naturschutzjugend Sachsen-Anhalt", "aliases": []},
            {"name": "Landesregierung", "aliases": []},
        ],
        "allowed": ["Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten"],
    },
    {
        "language": "de",
        "headline": "Flugbegleiter von Alpenair streiken – 200 Flüge gestrichen",
        "paragraphs": [
            "Ein Streik des Kabinenpersonals hat am Donnerstag bei der Regionalfluggesellschaft Alpenair zur Streichung von mehr als 200 Flügen geführt. Betroffen waren vor allem die Drehkreuze München und Stuttgart. Zu dem 24-stündigen Ausstand aufgerufen hatte die Gewerkschaft Kabine & Cockpit Süd (GKCS), die für rund 1.900 Flugbegleiterinnen und Flugbegleiter verhandelt.",
            "Die Gewerkschaft fordert 12 Prozent mehr Gehalt und eine Begrenzung der Dienstzeiten. Alpenair habe seit April kein verhandelbares Angebot vorgelegt, sagte GKCS-Verhandlungsführerin Sabine Roth. Streikende versammelten sich am Morgen mit Transparenten vor dem Terminal 2 des Münchner Flughafens. Dort verteilten sie Flugblätter an wartende Passagiere.",
            "Die Alpenair Luftverkehrs-AG nannte den Streik „völlig überzogen“ und kündigte an, eine einstweilige Verfügung beim Arbeitsgericht München zu beantragen. Die Flughafen München GmbH riet Passagieren, vor der Anreise den Status ihres Fluges zu prüfen. Auch für Freitag wird noch mit einzelnen Ausfällen und Verspätungen gerechnet.",
        ],
        "required": [
            {"name": "Alpenair Luftverkehrs-AG", "aliases": ["Alpenair"]},
            {"name": "Gewerkschaft Kabine & Cockpit Süd", "aliases": ["GKCS"]},
        ],
        "allowed": ["Arbeitsgericht München", "Flughafen München GmbH"],
    },
]

# ---------------------------------------------------------------------- fr
CASES += [
    {
        "language": "fr",
        "headline": "Limoges : des sans-papiers occupent le hall de la préfecture",
        "paragraphs": [
            "Une cinquantaine de travailleurs sans papiers ont occupé mardi après-midi le hall de la préfecture de la Haute-Vienne, à Limoges, pour réclamer l'examen de leurs dossiers de régularisation. L'action était organisée par le Collectif des travailleurs sans-papiers du Limousin, soutenu par la Ligue des droits de l'homme et plusieurs sections syndicales.",
            "« Nous travaillons dans la restauration, le bâtiment, le nettoyage, mais l'État nous ignore », a déclaré Mamadou Diallo, porte-parole du collectif. Certains attendent une réponse depuis plus de deux ans. L'Union départementale CGT de la Haute-Vienne et Solidaires 87 ont apporté leur soutien et installé une table devant l'entrée.",
            "Les occupants ont quitté les lieux dans la soirée après avoir obtenu un rendez-vous avec le secrétaire général de la préfecture, prévu le 14 novembre. La préfecture de la Haute-Vienne a indiqué que « chaque dossier fait l'objet d'un examen individuel », rapporte Le Populaire du Centre.",
        ],
        "required": [
            {"name": "préfecture de la Haute-Vienne", "aliases": []},
            {"name": "Collectif des travailleurs sans-papiers du Limousin", "aliases": []},
            {"name": "Ligue des droits de l'homme", "aliases": []},
            {"name": "Union départementale CGT de la Haute-Vienne", "aliases": []},
            {"name": "Solidaires 87", "aliases": []},
        ],
        "allowed": ["État", "CGT", "Le Populaire du Centre", "Populaire du Centre"],
    },
    {
        "language": "fr",
        "headline": "Des éleveurs laitiers bloquent le siège de Bréval à Laval",
        "paragraphs": [
            "Près de 300 éleveurs laitiers ont bloqué jeudi l'accès au siège du groupe laitier Bréval, à Laval, avec une centaine de tracteurs et des bottes de paille. Ils réclament une hausse du prix du lait, payé selon eux 60 euros de moins par tonne que chez les concurrents. La mobilisation était lancée par la Coordination des éleveurs laitiers de l'Ouest (CELO) et les Jeunes Agriculteurs de la Mayenne.",
            "« Bréval fait ses marges sur notre dos », a lancé un éleveur de Craon, sous les applaudissements. Des pneus ont été brûlés devant les grilles. L'Association des producteurs de lait Bréval Grand Ouest, qui négocie les contrats avec l'industriel, a appelé à poursuivre le mouvement jusqu'à l'ouverture de discussions.",
            "La direction de Laiterie Bréval SAS a dénoncé des « méthodes inacceptables » et assuré que ses prix étaient conformes aux indicateurs de la loi Egalim. Le ministère de l'Agriculture et de la Souveraineté alimentaire a proposé une médiation. Selon Ouest-France, les manifestants comptaient rester sur place toute la nuit.",
        ],
        "required": [
            {"name": "Laiterie Bréval SAS", "aliases": ["Bréval"]},
            {"name": "Coordination des éleveurs laitiers de l'Ouest", "aliases": ["CELO"]},
            {"name": "Jeunes Agriculteurs de la Mayenne", "aliases": []},
            {"name": "Association des producteurs de lait Bréval Grand Ouest", "aliases": []},
        ],
        "allowed": ["ministère de l'Agriculture et de la Souveraineté alimentaire", "Ouest-France"],
    },
    {
        "language": "fr",
        "headline": "Seine-Saint-Denis : les enseignants en grève contre les suppressions de postes",
        "paragraphs": [
            "Plusieurs milliers d'enseignants, de parents et d'élèves ont défilé mercredi entre la place de la République et le rectorat de Créteil pour dénoncer la suppression annoncée de 120 postes dans les collèges de Seine-Saint-Denis. Le cortège était emmené par l'intersyndicale départementale, qui regroupe la FSU 93 et SUD éducation 93, et par le collectif de parents Bouge ton collège 93.",
            "« Nos élèves ne sont pas des variables d'ajustement », scandaient les manifestants. La Fédération des conseils de parents d'élèves (FCPE) de Seine-Saint-Denis a appelé les familles à ne pas envoyer leurs enfants en classe. Selon l'intersyndicale, le taux de grévistes atteignait 48 % dans le second degré.",
            "Le rectorat de Créteil a évoqué une « baisse démographique » et assuré que les moyens par élève restaient supérieurs à la moyenne nationale. Le ministère de l'Éducation nationale n'a pas souhaité commenter. Une nouvelle journée d'action est prévue le 2 avril, avec un rassemblement devant le ministère.",
        ],
        "required": [
            {"name": "rectorat de Créteil", "aliases": []},
            {"name": "FSU 93", "aliases": []},
            {"name": "SUD éducation 93", "aliases": []},
            {"name": "Bouge ton collège 93", "aliases": []},
            {"name": "Fédération des conseils de parents d'élèves", "aliases": ["FCPE"]},
        ],
        "allowed": ["ministère de l'Éducation nationale"],
    },
    {
        "language": "fr",
        "headline": "Le chiffre d'affaires de Norvelle recule de 6 % au troisième trimestre",
        "paragraphs": [
            "Le groupe de cosmétiques Norvelle a annoncé mardi un chiffre d'affaires de 1,42 milliard d'euros au troisième trimestre, en baisse de 6 % sur un an, pénalisé par le ralentissement du marché chinois du luxe. Les analystes interrogés par FactSet tablaient sur un repli limité à 3 %.",
            "À la Bourse de Paris, l'action Norvelle SA a cédé 7,8 % à la clôture, sa plus forte baisse depuis mars 2020. Le directeur financier, Bertrand Aubry, a confirmé l'objectif de marge annuelle mais averti que le quatrième trimestre « resterait difficile ». La filiale Maison Ambroise, spécialisée dans les parfums, a mieux résisté.",
            "Norvelle avait racheté en janvier le laboratoire suisse Derma Alpina AG pour 900 millions d'euros, une acquisition jugée coûteuse par plusieurs investisseurs. Chez Oddo BHF, un analyste estime que « le point bas n'est pas encore atteint ». Le groupe publiera ses résultats annuels le 19 février.",
        ],
        "required": [
            {"name": "Norvelle SA", "aliases": ["Norvelle"]},
        ],
        "allowed": ["FactSet", "Bourse de Paris", "Maison Ambroise", "Derma Alpina AG", "Oddo BHF"],
    },
    {
        "language": "fr",
        "headline": "Bruxelles : des dizaines de milliers de manifestants contre la réforme des pensions",
        "paragraphs": [
            "Entre 40 000 et 60 000 personnes ont défilé jeudi dans les rues de Bruxelles contre la réforme des pensions portée par le gouvernement fédéral. À l'appel du front commun syndical, qui réunit la Fédération générale du travail de Belgique (FGTB), la Confédération des syndicats chrétiens (CSC) et la Centrale générale des syndicats libéraux de Belgique (CGSLB), le cortège est parti de la gare du Nord.",
            "La SNCB a annoncé un service réduit, avec un train sur trois sur les grandes lignes. « On nous demande de travailler plus longtemps pour gagner moins », a déclaré Anne Delvaux, secrétaire fédérale de la FGTB. De nombreux enseignants et agents des services publics avaient fait grève pour l'occasion.",
            "Le Premier ministre a rappelé que la réforme figurait dans l'accord de gouvernement et qu'elle était « indispensable pour financer les retraites de demain ». La zone de police Bruxelles-Capitale Ixelles a fait état de quelques heurts près du boulevard Pachéco. Selon l'agence Belga, les syndicats préparent une grève générale.",
        ],
        "required": [
            {"name": "gouvernement fédéral", "aliases": []},
            {"name": "Fédération générale du travail de Belgique", "aliases": ["FGTB"]},
            {"name": "Confédération des syndicats chrétiens", "aliases": ["CSC"]},
            {"name": "Centrale générale des syndicats libéraux de Belgique", "aliases": ["CGSLB"]},
        ],
        "allowed": ["front commun syndical", "SNCB", "zone de police Bruxelles-Capitale Ixelles", "Belga"],
    },
    {
        "language": "fr",
        "headline": "Le Racing Club de Vernouillet renverse l'US Aubagne et prend la tête",
        "paragraphs": [
            "Mené 1-0 à la pause, le Racing Club de Vernouillet s'est imposé 3-1 samedi soir face à l'Union sportive Aubagne-Garlaban, lors de la 14e journée de National. Le RCV prend ainsi la tête du classement, avec un point d'avance sur l'Étoile sportive de Cognac, tenue en échec à domicile.",
            "Les Aubagnais avaient ouvert le score par Yanis Belkacem dès la 12e minute. Mais l'entrée de Kévin Morel a changé la physionomie du match : l'attaquant a délivré deux passes décisives avant d'inscrire le troisième but en fin de rencontre. « On a montré du caractère », a réagi l'entraîneur vernolien, Pascal Guérin.",
            "L'US Aubagne, qui reste sur trois défaites consécutives, glisse à la septième place. La commission de discipline de la Fédération française de football examinera mardi des incidents survenus en tribune. Le Racing recevra le Stade olympique de Lannion vendredi prochain.",
        ],
        "required": [
            {"name": "Racing Club de Vernouillet", "aliases": ["RCV", "Racing"]},
            {"name": "Union sportive Aubagne-Garlaban", "aliases": ["US Aubagne"]},
        ],
        "allowed": ["National", "Étoile sportive de Cognac", "Fédération française de football", "Stade olympique de Lannion"],
    },
    {
        "language": "fr",
        "headline": "À Saint-Amour-des-Monts, la population se mobilise pour sauver sa maternité",
        "paragraphs": [
            "Plus de 2 000 personnes se sont rassemblées samedi devant le centre hospitalier Pierre-Vernet de Saint-Amour-des-Monts pour protester contre la fermeture programmée de la maternité. Le rassemblement était organisé par le Comité de défense et de développement de l'hôpital public de Saint-Amour, créé il y a dix ans lors d'une première menace de fermeture.",
            "L'Agence régionale de santé Bourgogne-Franche-Comté justifie la fermeture par le manque de pédiatres et d'anesthésistes. « Les femmes devront faire une heure de route pour accoucher », s'indigne Hélène Vuillermoz, présidente du comité. La Coordination nationale des comités de défense des hôpitaux de proximité avait dépêché une délégation.",
            "Le maire, Jean-Luc Mathieu (divers gauche), et plusieurs élus du conseil départemental du Jura ont défilé en écharpe tricolore. La direction du centre hospitalier Pierre-Vernet renvoie à l'ARS. De son côté, la CFDT Santé-Sociaux du Jura a déposé un préavis de grève pour la fin du mois.",
        ],
        "required": [
            {"name": "centre hospitalier Pierre-Vernet", "aliases": []},
            {"name": "Agence régionale de santé Bourgogne-Franche-Comté", "aliases": ["ARS"]},
            {"name": "Comité de défense et de développement de l'hôpital public de Saint-Amour", "aliases": []},
            {"name": "Coordination nationale des comités de défense des hôpitaux de proximité", "aliases": []},
            {"name": "CFDT Santé-Sociaux du Jura", "aliases": []},
        ],
        "allowed": ["conseil départemental du Jura", "CFDT"],
    },
    {
        "language": "fr",
        "headline": "Des chauffeurs VTC paralysent l'accès à Roissy contre la baisse des tarifs de Rydo",
        "paragraphs": [
            "Plusieurs centaines de chauffeurs VTC ont ralenti la circulation lundi matin aux abords de l'aéroport Paris-Charles-de-Gaulle, pour protester contre la baisse de 15 % des tarifs imposée par la plateforme Rydo. L'opération escargot, partie de la porte Maillot, était organisée par l'Union des chauffeurs indépendants VTC & taxis et l'association Chauffeurs unis d'Île-de-France (CUIF).",
            "« Avec Rydo, on roule 60 heures pour gagner le smic », dénonce Karim Benali, porte-parole de CUIF. Les chauffeurs réclament un tarif minimum de 1,20 euro par kilomètre et la fin des déconnexions arbitraires. Rydo France SAS, filiale du groupe estonien Rydo Mobility, n'a pas répondu aux sollicitations de l'AFP.",
            "La gendarmerie des transports aériens a signalé jusqu'à 25 km de bouchons sur l'A1. Le ministère délégué chargé des Transports a convoqué les plateformes et les représentants des chauffeurs pour une réunion le 28 mai. L'Autorité des relations sociales des plateformes d'emploi (ARPE) doit rendre un avis d'ici l'été.",
        ],
        "required": [
            {"name": "Rydo France SAS", "aliases": ["Rydo"]},
            {"name": "Union des chauffeurs indépendants VTC & taxis", "aliases": []},
            {"name": "Chauffeurs unis d'Île-de-France", "aliases": ["CUIF"]},
        ],
        "allowed": ["Rydo Mobility", "AFP", "gendarmerie des transports aériens", "ministère délégué chargé des Transports", "Autorité des relations sociales des plateformes d'emploi", "ARPE"],
    },
    {
        "language": "fr",
        "headline": "Deux-Sèvres : manifestation sous haute tension contre une nouvelle réserve d'eau",
        "paragraphs": [
            "Environ 4 000 personnes selon les organisateurs, 1 800 selon la préfecture, ont manifesté dimanche près de Mauzé-sur-le-Mignon contre le chantier d'une nouvelle réserve de substitution, surnommée « bassine » par ses opposants. L'appel avait été lancé par le collectif Pas une goutte de plus, la Confédération paysanne des Deux-Sèvres et l'association Nature & Marais 79.",
            "Le projet est porté par la Coopérative de l'eau du Val de Sèvre, qui regroupe 140 irrigants. Ses opposants dénoncent un « accaparement de l'eau » au profit de l'agriculture intensive. Des affrontements ont éclaté en fin d'après-midi lorsque quelques centaines de manifestants ont tenté d'approcher le chantier, gardé par 1 500 gendarmes.",
            "La Coopérative assure que les réserves, remplies en hiver, soulagent les nappes en été. Le préfet des Deux-Sèvres a dénoncé des « violences inacceptables ». La Fédération départementale des syndicats d'exploitants agricoles (FDSEA) a organisé une contre-manifestation de soutien aux irrigants à Niort.",
        ],
        "required": [
            {"name": "Pas une goutte de plus", "aliases": []},
            {"name": "Confédération paysanne des Deux-Sèvres", "aliases": []},
            {"name": "Nature & Marais 79", "aliases": []},
            {"name": "Coopérative de l'eau du Val de Sèvre", "aliases": ["Coopérative"]},
        ],
        "allowed": ["Fédération départementale des syndicats d'exploitants agricoles", "FDSEA"],
    },
    {
        "language": "fr",
        "headline": "Le tribunal de commerce de Lyon place le fabricant de vélos Cyclaris en redressement judiciaire",
        "paragraphs": [
            "Le tribunal de commerce de Lyon a placé mercredi en redressement judiciaire le fabricant de vélos électriques Cyclaris, qui emploie 420 salariés dans le Rhône et l'Isère. L'entreprise, fondée en 2014, avait demandé elle-même l'ouverture d'une procédure collective après l'échec d'une levée de fonds de 30 millions d'euros.",
            "Cyclaris SAS a vu ses ventes chuter de 35 % en 2023, dans un marché saturé après l'euphorie de la période Covid. Le tribunal a fixé une période d'observation de six mois et désigné le cabinet Meyer & Associés comme administrateur judiciaire. Bpifrance, actionnaire minoritaire, s'est dit prêt à étudier un plan de reprise.",
            "Le comité social et économique de l'entreprise redoute des suppressions d'emplois sur le site de Vénissieux. La Région Auvergne-Rhône-Alpes, qui avait accordé une avance remboursable de 4 millions d'euros, suit le dossier « avec attention », selon Le Progrès. Une audience intermédiaire est fixée au mois de juin.",
        ],
        "required": [
            {"name": "Cyclaris SAS", "aliases": ["Cyclaris"]},
            {"name": "tribunal de commerce de Lyon", "aliases": []},
        ],
        "allowed": ["Meyer & Associés", "Bpifrance", "Région Auvergne-Rhône-Alpes", "Le Progrès", "Progrès"],
    },
    {
        "language": "fr",
        "headline": "Marseille : des locataires manifestent contre l'insalubrité chez Habitat Phocéen",
        "paragraphs": [
            "Plusieurs centaines de locataires ont manifesté samedi devant le siège du bailleur social Habitat Phocéen, dans le 3e arrondissement de Marseille, pour dénoncer l'état de leurs logements : cafards, moisissures, ascenseurs en panne depuis des mois. Le rassemblement était organisé par le collectif Belsunce debout et la fédération des Bouches-du-Rhône de la Confédération nationale du logement (CNL).",
            "« On paie 600 euros pour vivre avec des rats », a lancé au micro Fatima Saïdi, mère de trois enfants. Les manifestants exigent un plan d'urgence de rénovation et le relogement des familles dont les logements ont été déclarés insalubres. Habitat Phocéen SA d'HLM gère près de 14 000 logements dans la ville.",
            "La direction du bailleur a promis un « plan de travaux de 45 millions d'euros » sur cinq ans. La Ville de Marseille, actionnaire de référence, a annoncé une réunion avec les locataires. La Fondation Toit pour tous avait classé plusieurs résidences parmi les plus dégradées du département.",
        ],
        "required": [
            {"name": "Habitat Phocéen SA d'HLM", "aliases": ["Habitat Phocéen"]},
            {"name": "Belsunce debout", "aliases": []},
            {"name": "Confédération nationale du logement", "aliases": ["CNL"]},
        ],
        "allowed": ["Ville de Marseille", "Fondation Toit pour tous"],
    },
    {
        "language": "fr",
        "headline": "Des chercheurs toulousains découvrent une exoplanète « océan »",
        "paragraphs": [
            "Une équipe du Laboratoire d'astrophysique de la Garonne (LAG), rattaché à l'université Toulouse-Midi et au CNRS, a identifié une exoplanète qui pourrait être entièrement recouverte d'un océan. Baptisée TOI-2291 c, elle tourne autour d'une naine rouge située à 97 années-lumière de la Terre.",
            "Les résultats, publiés dans la revue Astronomy & Astrophysics, reposent sur des observations du télescope spatial James-Webb. « Sa densité est trop faible pour une planète rocheuse et trop forte pour une géante gazeuse », explique l'astrophysicienne Claire Dubosc, première autrice de l'étude, qui parle d'une « découverte rare ».",
            "Le Centre national d'études spatiales (CNES) a cofinancé l'instrument d'analyse utilisé par l'équipe. D'autres observations sont prévues en 2025 avec les télescopes de l'Observatoire européen austral (ESO), au Chili, afin de confirmer la présence de vapeur d'eau dans l'atmosphère. Les chercheurs espèrent publier ces résultats d'ici deux ans.",
        ],
        "required": [
            {"name": "Laboratoire d'astrophysique de la Garonne", "aliases": ["LAG"]},
            {"name": "université Toulouse-Midi", "aliases": []},
        ],
        "allowed": ["CNRS", "Astronomy & Astrophysics", "Centre national d'études spatiales", "CNES", "Observatoire européen austral", "ESO"],
    },
    {
        "language": "fr",
        "headline": "À Nantes, les intermittents du spectacle perturbent la Fête des Remparts",
        "paragraphs": [
            "Une centaine d'intermittents du spectacle ont envahi vendredi soir la scène principale de la Fête des Remparts, à Nantes, retardant d'une heure le concert d'ouverture. Ils protestent contre le projet de réforme de l'assurance chômage. L'action était menée par la Coordination des intermittents et précaires de Loire-Atlantique et le Syndicat des techniciens du spectacle et de l'audiovisuel de l'Ouest (STSAO).",
            "« Sans nous, pas de fête », pouvait-on lire sur une banderole déployée devant le public. Les intermittents dénoncent un durcissement des règles d'indemnisation qui, selon eux, exclurait un tiers des techniciens. L'association Les Scènes de l'Estuaire, qui organise l'événement avec la Ville de Nantes, a dit « comprendre » leur colère.",
            "Le ministère du Travail, de la Santé et des Solidarités affirme que la réforme « préserve les spécificités » du régime. L'Unédic doit présenter ses projections mardi. La Coordination appelle à de nouvelles actions tout l'été, notamment lors des grands festivals de juillet.",
        ],
        "required": [
            {"name": "ministère du Travail, de la Santé et des Solidarités", "aliases": []},
            {"name": "Coordination des intermittents et précaires de Loire-Atlantique", "aliases": ["Coordination"]},
            {"name": "Syndicat des techniciens du spectacle et de l'audiovisuel de l'Ouest", "aliases": ["STSAO"]},
        ],
        "allowed": ["Les Scènes de l'Estuaire", "Ville de Nantes", "Unédic"],
    },
    {
        "language": "fr",
        "headline": "Sénégal : les enseignants marchent à Dakar pour le respect des accords",
        "paragraphs": [
            "Des milliers d'enseignants ont marché mardi à Dakar, de la place de l'Obélisque jusqu'au rond-point de la RTS, pour exiger l'application des accords signés avec le gouvernement en 2022. La marche était organisée par l'Alliance des syndicats autonomes de l'éducation et de la formation (ASAEF), qui regroupe onze organisations du préscolaire au supérieur.",
            "Les enseignants réclament notamment le paiement des rappels d'indemnités et la fin des lenteurs dans la délivrance des actes de carrière. « Le gouvernement nous a signé des accords qu'il ne respecte pas », a déclaré Ousmane Ndiaye, coordonnateur de l'ASAEF. Le Syndicat des professeurs du privé laïc et confessionnel s'est joint au cortège.",
            "Le ministère de l'Éducation nationale a assuré dans un communiqué que 70 % des engagements avaient été honorés. Selon l'Agence de presse sénégalaise (APS), une rencontre avec le Premier ministre est prévue la semaine prochaine. L'ASAEF menace de boycotter les examens de fin d'année.",
        ],
        "required": [
            {"name": "gouvernement", "aliases": []},
            {"name": "ministère de l'Éducation nationale", "aliases": []},
            {"name": "Alliance des syndicats autonomes de l'éducation et de la formation", "aliases": ["ASAEF"]},
            {"name": "Syndicat des professeurs du privé laïc et confessionnel", "aliases": []},
        ],
        "allowed": ["RTS", "Agence de presse sénégalaise", "APS"],
    },
    {
        "language": "fr",
        "headline": "Genève : la fonction publique en grève contre le budget du Conseil d'État",
        "paragraphs": [
            "Plusieurs milliers d'employés de l'État de Genève ont débrayé jeudi et défilé de la place Neuve jusqu'à l'Hôtel de Ville, où siège le Conseil d'État, pour protester contre le projet de budget 2025 qui prévoit le gel des annuités. Le mouvement était lancé par le Cartel intersyndical de la fonction publique genevoise, soutenu par le Syndicat des services publics (SSP).",
            "Dans les écoles, un enseignant sur trois était en grève selon les syndicats. Aux Hôpitaux universitaires de Genève (HUG), un service minimum a été assuré. « On ne peut pas soigner et enseigner avec des effectifs qui stagnent alors que la population augmente », a déclaré une infirmière au micro.",
            "La conseillère d'État chargée des finances a défendu un budget « responsable » face à un déficit de 400 millions de francs. Le Grand Conseil doit voter le budget en décembre. Le Parti libéral-radical (PLR) a dénoncé une grève « politique » à quelques mois des élections.",
        ],
        "required": [
            {"name": "Conseil d'État", "aliases": []},
            {"name": "Cartel intersyndical de la fonction publique genevoise", "aliases": []},
            {"name": "Syndicat des services publics", "aliases": ["SSP"]},
        ],
        "allowed": ["État de Genève", "Hôpitaux universitaires de Genève", "HUG", "Grand Conseil", "Parti libéral-radical", "PLR"],
    },
    {
        "language": "fr",
        "headline": "Les pêcheurs bloquent le port de Brest contre le parc éolien en mer",
        "paragraphs": [
            "Une cinquantaine de chalutiers ont bloqué lundi l'entrée du port de commerce de Brest pour protester contre le projet de parc éolien flottant au large de l'île de Sein. Les marins-pêcheurs répondaient à l'appel du Comité départemental des pêches maritimes et des élevages marins du Finistère (CDPMEM 29), qui dénonce la perte de zones de pêche historiques.",
            "« On nous prend la mer morceau par morceau », explique un patron-pêcheur de Douarnenez. Les pêcheurs ont tiré des fusées de détresse devant les locaux d'Éolien Iroise SAS, le consortium chargé du projet, qui associe l'énergéticien Norvent et la Banque des Territoires. Le collectif Défense de la mer d'Iroise, qui regroupe plaisanciers et riverains, s'est associé à la mobilisation.",
            "La préfecture maritime de l'Atlantique a interdit toute navigation dans la rade pendant l'après-midi. Éolien Iroise a rappelé que le projet avait fait l'objet d'un débat public en 2021 et que des compensations financières étaient prévues pour la filière. Selon Le Télégramme, le blocage devait être levé dans la soirée.",
        ],
        "required": [
            {"name": "Comité départemental des pêches maritimes et des élevages marins du Finistère", "aliases": ["CDPMEM 29"]},
            {"name": "Éolien Iroise SAS", "aliases": ["Éolien Iroise"]},
            {"name": "Défense de la mer d'Iroise", "aliases": []},
        ],
        "allowed": ["Norvent", "Banque des Territoires", "préfecture maritime de l'Atlantique", "Le Télégramme", "Télégramme"],
    },
]

# ---------------------------------------------------------------------- es
CASES += [
    {
        "language": "es",
        "headline": "Miles de personas marchan en Madrid contra los fondos de inversión y los pisos turísticos",
        "paragraphs": [
            "Miles de personas se manifestaron el domingo en el centro de Madrid para exigir una bajada de los alquileres y el fin de los pisos turísticos en los barrios céntricos. La marcha, que partió de la glorieta de Atocha, fue convocada por la Coordinadora de Inquilinas y Vecinas de Madrid y más de 40 asociaciones vecinales.",
            "Los manifestantes se detuvieron frente a la sede de Arcadia Residencial SOCIMI, S.A., propietaria de unos 3.000 pisos en la capital, al grito de «Madrid no se vende». La Asociación de Vecinos de Lavapiés-Embajadores denunció que Arcadia ha comunicado subidas de hasta el 40 % a decenas de familias al renovar sus contratos.",
            "La Delegación del Gobierno cifró la asistencia en 22.000 personas; los organizadores, en 150.000. El Ministerio de Vivienda y Agenda Urbana recordó que la ley permite declarar zonas tensionadas, algo que la Comunidad de Madrid, principal blanco de las críticas de los convocantes, se niega a aplicar. Arcadia no respondió a las preguntas de Europa Press.",
        ],
        "required": [
            {"name": "Coordinadora de Inquilinas y Vecinas de Madrid", "aliases": []},
            {"name": "Arcadia Residencial SOCIMI, S.A.", "aliases": ["Arcadia"]},
            {"name": "Asociación de Vecinos de Lavapiés-Embajadores", "aliases": []},
            {"name": "Comunidad de Madrid", "aliases": []},
        ],
        "allowed": ["Delegación del Gobierno", "Ministerio de Vivienda y Agenda Urbana", "Europa Press"],
    },
    {
        "language": "es",
        "headline": "Huelga educativa en Sevilla: miles de docentes exigen bajar las ratios",
        "paragraphs": [
            "Miles de docentes de la enseñanza pública andaluza secundaron este jueves la huelga convocada para exigir la reducción de las ratios y de la carga lectiva. En Sevilla, la manifestación recorrió la avenida de la Constitución hasta la sede de la Consejería de Desarrollo Educativo y Formación Profesional, en la isla de la Cartuja.",
            "La protesta fue convocada por el Sindicato Andaluz de Profesorado y Personal Educativo (SAPPE) y la Federación de Enseñanza de Comisiones Obreras de Andalucía, con el apoyo de la Federación Andaluza de AMPAS por la Escuela Pública (FAAEP). «Con 30 alumnos por aula no se puede atender la diversidad», explicó una profesora de Dos Hermanas.",
            "Según el SAPPE, el seguimiento alcanzó el 62 %; la Consejería lo rebajó al 18 %. La Junta de Andalucía sostiene que las ratios andaluzas están por debajo de la media estatal y que se han creado 2.000 plazas docentes en dos años. CCOO anunció nuevas movilizaciones para el inicio del próximo curso.",
        ],
        "required": [
            {"name": "Consejería de Desarrollo Educativo y Formación Profesional", "aliases": ["Consejería"]},
            {"name": "Junta de Andalucía", "aliases": []},
            {"name": "Sindicato Andaluz de Profesorado y Personal Educativo", "aliases": ["SAPPE"]},
            {"name": "Federación de Enseñanza de Comisiones Obreras de Andalucía", "aliases": ["CCOO"]},
            {"name": "Federación Andaluza de AMPAS por la Escuela Pública", "aliases": ["FAAEP"]},
        ],
        "allowed": [],
    },
    {
        "language": "es",
        "headline": "Grupo Hidalvia dispara su beneficio un 38 % gracias a las renovables",
        "paragraphs": [
            "Grupo Hidalvia obtuvo un beneficio neto de 612 millones de euros en el primer semestre, un 38 % más que un año antes, impulsado por la mayor producción hidráulica y eólica, según informó este martes a la Comisión Nacional del Mercado de Valores (CNMV). Los ingresos cayeron un 9 %, hasta 4.870 millones, por el descenso de los precios mayoristas.",
            "La eléctrica, con sede en Bilbao, elevó su previsión de resultado bruto de explotación para el conjunto del año. Su consejero delegado, Íñigo Zubiaurre, destacó la venta de su filial chilena Hidalvia Andes SpA al fondo canadiense Northwind Infrastructure Partners por 1.100 millones de euros.",
            "En el Ibex 35, las acciones de Hidalvia Energía, S.A. subieron un 3,4 %, liderando las ganancias del selectivo. Los analistas de Renta Ibérica Valores consideran que la compañía seguirá beneficiándose de un año hidrológico favorable, aunque advierten del impacto de la nueva fiscalidad sobre las energéticas.",
        ],
        "required": [
            {"name": "Hidalvia Energía, S.A.", "aliases": ["Grupo Hidalvia", "Hidalvia"]},
        ],
        "allowed": ["Comisión Nacional del Mercado de Valores", "CNMV", "Hidalvia Andes SpA", "Northwind Infrastructure Partners", "Ibex 35", "Renta Ibérica Valores"],
    },
    {
        "language": "es",
        "headline": "Jubilados marchan frente al Congreso contra el veto a la ley de movilidad",
        "paragraphs": [
            "Cientos de jubilados y jubiladas se concentraron el miércoles frente al Congreso de la Nación, en Buenos Aires, para rechazar el veto presidencial a la ley que actualizaba los haberes previsionales. La protesta fue convocada por la Mesa Coordinadora de Jubilados y Pensionados de la República Argentina y el Centro de Jubilados Unidos de La Matanza.",
            "A la movilización se sumaron columnas de la Asociación Trabajadores del Estado (ATE) y del Movimiento de Desocupados 17 de Julio. «Con 300.000 pesos no llegamos ni a mitad de mes», dijo Norma Ibáñez, de 78 años. Efectivos de la Policía Federal Argentina y de Gendarmería Nacional intentaron despejar la avenida Entre Ríos.",
            "El Gobierno nacional sostiene que el aumento pondría en riesgo el equilibrio fiscal. La Oficina del Presidente difundió un comunicado en el que acusó a los manifestantes de «defender la casta». Según la agencia Noticias Argentinas, hubo al menos seis detenidos y una decena de heridos leves.",
        ],
        "required": [
            {"name": "Gobierno nacional", "aliases": []},
            {"name": "Mesa Coordinadora de Jubilados y Pensionados de la República Argentina", "aliases": []},
            {"name": "Centro de Jubilados Unidos de La Matanza", "aliases": []},
            {"name": "Asociación Trabajadores del Estado", "aliases": ["ATE"]},
            {"name": "Movimiento de Desocupados 17 de Julio", "aliases": []},
        ],
        "allowed": ["Congreso de la Nación", "Congreso", "Policía Federal Argentina", "Gendarmería Nacional", "Oficina del Presidente", "Noticias Argentinas"],
    },
    {
        "language": "es",
        "headline": "Maestros de Chiapas bloquean accesos a Tuxtla Gutiérrez en demanda de plazas",
        "paragraphs": [
            "Miles de maestros del Sindicato Independiente de Trabajadores de la Educación de Chiapas (SITECH) bloquearon este lunes los principales accesos a Tuxtla Gutiérrez para exigir la basificación de 4.500 docentes interinos y el pago de salarios atrasados. Los bloqueos, en la carretera Panamericana y el libramiento norte, provocaron filas de varios kilómetros.",
            "La Sección 59 del SITECH, que agrupa a docentes de la región Altos, instaló además un plantón frente al Palacio de Gobierno. «Llevamos dos años trabajando sin plaza», denunció una maestra de Chamula. Integrantes de la Unión Campesina Tierra y Libertad de los Altos se sumaron a la protesta con pancartas y víveres.",
            "La Secretaría de Educación de Chiapas dijo que mantiene abierta una mesa de diálogo con el magisterio. La Secretaría de Educación Pública (SEP) federal aseguró que los recursos ya fueron transferidos al Gobierno de Chiapas, al que corresponde pagar a los docentes estatales.",
        ],
        "required": [
            {"name": "Sindicato Independiente de Trabajadores de la Educación de Chiapas", "aliases": ["SITECH"]},
            {"name": "Unión Campesina Tierra y Libertad de los Altos", "aliases": []},
            {"name": "Secretaría de Educación de Chiapas", "aliases": []},
            {"name": "Gobierno de Chiapas", "aliases": []},
        ],
        "allowed": ["Sección 59 del SITECH", "Secretaría de Educación Pública", "SEP"],
    },
    {
        "language": "es",
        "headline": "El Atlético Guadalmar tumba al líder y se mete en la pelea por el ascenso",
        "paragraphs": [
            "El Club Deportivo Atlético Guadalmar derrotó el sábado por 2-0 al líder, el Sporting Villanueva de la Sierra, en el estadio Municipal de Los Pinares, y se sitúa a cuatro puntos de la zona de ascenso de Primera Federación. Los goles llegaron en la segunda parte, obra de Dani Soler y del canterano Iker Molina.",
            "El Atlético Guadalmar, que encadena cinco jornadas sin perder, fue muy superior tras el descanso. «El equipo ha creído en lo que hacemos», afirmó su entrenador, Joaquín Barrera. El Sporting, que no perdía desde septiembre, terminó con diez por la expulsión de su central Rubén Cuesta.",
            "El Comité de Competición de la Real Federación Española de Fútbol estudiará el lanzamiento de objetos desde la grada de animación. El próximo fin de semana, el Guadalmar visita a la Unión Deportiva Almansil, mientras que el Sporting recibe al CD Torrecillas.",
        ],
        "required": [
            {"name": "Club Deportivo Atlético Guadalmar", "aliases": ["Atlético Guadalmar", "Guadalmar"]},
            {"name": "Sporting Villanueva de la Sierra", "aliases": ["Sporting"]},
        ],
        "allowed": ["Primera Federación", "Comité de Competición", "Real Federación Española de Fútbol", "Unión Deportiva Almansil", "CD Torrecillas"],
    },
    {
        "language": "es",
        "headline": "Campesinos bloquean la vía al Mar en rechazo a un proyecto de Minera Andina del Oro",
        "paragraphs": [
            "Más de 2.000 campesinos y habitantes de San Jacinto del Cauca bloquean desde el martes la vía al Mar, en Antioquia, en rechazo al proyecto de explotación de oro a cielo abierto de Minera Andina del Oro S.A.S. La movilización fue convocada por el Comité por la Defensa del Agua y la Montaña de San Jacinto y la Asociación de Juntas de Acción Comunal del municipio.",
            "Los manifestantes aseguran que la mina afectaría las fuentes que abastecen a 40 veredas. «Sin agua no hay café ni vida», gritaban los asistentes. La Corporación Autónoma Regional del Centro de Antioquia (Corantioquia) aún no ha resuelto la licencia ambiental. La empresa, filial de la canadiense Goldridge Resources Inc., asegura que cumplirá todos los estándares.",
            "La Gobernación de Antioquia anunció una mesa de diálogo para el jueves con participación de la Agencia Nacional de Minería (ANM) y la Defensoría del Pueblo. La Policía Nacional informó de que la vía permanecía cerrada y recomendó a los transportadores usar rutas alternas.",
        ],
        "required": [
            {"name": "Minera Andina del Oro S.A.S.", "aliases": ["Minera Andina del Oro"]},
            {"name": "Comité por la Defensa del Agua y la Montaña de San Jacinto", "aliases": []},
            {"name": "Asociación de Juntas de Acción Comunal", "aliases": []},
        ],
        "allowed": ["Corporación Autónoma Regional del Centro de Antioquia", "Corantioquia", "Goldridge Resources Inc.", "Gobernación de Antioquia", "Agencia Nacional de Minería", "ANM", "Defensoría del Pueblo", "Policía Nacional"],
    },
    {
        "language": "es",
        "headline": "Huelga en Aceros Urbide contra el cierre de la planta de Zumárraga",
        "paragraphs": [
            "La plantilla de Aceros Urbide, S.L. inició el lunes una huelga indefinida contra el cierre de la acería de Zumárraga (Gipuzkoa), anunciado por la dirección la semana pasada y que afectaría a 340 trabajadores. Cerca de 2.000 personas se manifestaron por la tarde por las calles del municipio, convocadas por el comité de empresa y los sindicatos ELA, LAB, CCOO de Euskadi y UGT-FICA Euskadi.",
            "«Urbide ha recibido millones en ayudas públicas y ahora se quiere llevar la producción a Polonia», denunció la portavoz de ELA en la empresa, Miren Etxeberria. Los trabajadores colgaron pancartas en el puente sobre el río Urola y cortaron durante una hora la carretera GI-632.",
            "El Departamento de Industria, Transición Energética y Sostenibilidad del Gobierno Vasco se ha ofrecido a mediar y ha pedido a la empresa que presente un plan de viabilidad. La matriz del grupo, la alemana Steinhaus Stahl GmbH, no ha hecho declaraciones. Urbide había perdido 22 millones de euros en 2023.",
        ],
        "required": [
            {"name": "Aceros Urbide, S.L.", "aliases": ["Aceros Urbide", "Urbide"]},
            {"name": "ELA", "aliases": []},
            {"name": "LAB", "aliases": []},
            {"name": "CCOO de Euskadi", "aliases": []},
            {"name": "UGT-FICA Euskadi", "aliases": []},
        ],
        "allowed": ["Departamento de Industria, Transición Energética y Sostenibilidad", "Gobierno Vasco", "Steinhaus Stahl GmbH"],
    },
    {
        "language": "es",
        "headline": "Madres buscadoras protestan frente a la Fiscalía de Guanajuato",
        "paragraphs": [
            "Integrantes de colectivos de búsqueda de personas desaparecidas se manifestaron el viernes frente a las oficinas de la Fiscalía General del Estado de Guanajuato, en la capital del estado, para exigir avances en la identificación de más de 1.200 cuerpos que permanecen en los servicios forenses. La protesta fue encabezada por el colectivo Rastreadoras del Bajío por Nuestros Hijos.",
            "Las madres colocaron en la reja fichas con los rostros de sus hijos y leyeron sus nombres uno a uno. «No vamos a dejar de buscar aunque la Fiscalía nos dé la espalda», dijo una de las fundadoras. También participaron el Centro de Derechos Humanos Fray Juan de Zumárraga y la organización Acompañar para Sanar, A.C.",
            "La Fiscalía informó en un comunicado de que el nuevo Centro de Identificación Humana comenzará a operar en marzo. La Comisión Nacional de Búsqueda registra más de 3.000 personas desaparecidas en el estado. El Gobierno de Guanajuato no respondió a las solicitudes de información de La Jornada.",
        ],
        "required": [
            {"name": "Fiscalía General del Estado de Guanajuato", "aliases": ["Fiscalía de Guanajuato", "Fiscalía"]},
            {"name": "Rastreadoras del Bajío por Nuestros Hijos", "aliases": []},
            {"name": "Centro de Derechos Humanos Fray Juan de Zumárraga", "aliases": []},
            {"name": "Acompañar para Sanar, A.C.", "aliases": []},
        ],
        "allowed": ["Centro de Identificación Humana", "Comisión Nacional de Búsqueda", "Gobierno de Guanajuato", "La Jornada", "Jornada"],
    },
    {
        "language": "es",
        "headline": "Decenas de miles marchan en Tenerife bajo el lema «Canarias tiene un límite»",
        "paragraphs": [
            "Decenas de miles de personas se manifestaron el sábado en Santa Cruz de Tenerife bajo el lema «Canarias tiene un límite», en protesta contra el modelo turístico y la construcción de nuevos complejos hoteleros en la costa. La marcha fue convocada por la Plataforma Salvemos Punta Verde, la Asociación Tinerfeña de Amigos de la Naturaleza (ATAN) y una veintena de colectivos.",
            "Los manifestantes exigieron la paralización del hotel de 420 habitaciones que el Grupo Hotelero Atlanza levanta en Punta Verde, en el sur de la isla. «Aquí vivimos, no somos un decorado», rezaba una pancarta. Ecologistas en Acción se sumó a la convocatoria junto al sindicato Intersindical Canaria.",
            "El presidente del Cabildo de Tenerife defendió que el proyecto cuenta con todos los permisos y anunció una ecotasa para 2025. Atlanza Hotels & Resorts, S.L. aseguró que la obra generará 600 empleos directos. La Delegación del Gobierno en Canarias cifró la asistencia en 57.000 personas.",
        ],
        "required": [
            {"name": "Plataforma Salvemos Punta Verde", "aliases": []},
            {"name": "Asociación Tinerfeña de Amigos de la Naturaleza", "aliases": ["ATAN"]},
            {"name": "Ecologistas en Acción", "aliases": []},
            {"name": "Intersindical Canaria", "aliases": []},
            {"name": "Atlanza Hotels & Resorts, S.L.", "aliases": ["Grupo Hotelero Atlanza"]},
            {"name": "Cabildo de Tenerife", "aliases": []},
        ],
        "allowed": ["Delegación del Gobierno en Canarias"],
    },
    {
        "language": "es",
        "headline": "Más de 1.500 tractores colapsan Zaragoza en protesta por los precios",
        "paragraphs": [
            "Más de 1.500 tractores colapsaron este miércoles los accesos a Zaragoza en una protesta convocada por la Unión de Pequeños Agricultores y Ganaderos del Bajo Aragón (UPABA) y la Plataforma 21E del Campo Aragonés para denunciar los bajos precios en origen y el exceso de burocracia de la Política Agraria Común.",
            "La columna principal avanzó por la autovía A-68 hasta la plaza del Pilar, donde los agricultores descargaron varias toneladas de melocotones. «Los supermercados venden a dos euros lo que nos pagan a veinte céntimos», denunció un fruticultor de Caspe. Los convocantes señalaron especialmente a la cadena Frutimax, a la que acusan de imponer precios por debajo de costes.",
            "El Ministerio de Agricultura, Pesca y Alimentación convocó a las organizaciones agrarias a una reunión el próximo lunes. El Gobierno de Aragón expresó su apoyo a las reivindicaciones. Frutimax Distribución, S.A. rechazó las acusaciones y defendió que cumple escrupulosamente la Ley de la Cadena Alimentaria.",
        ],
        "required": [
            {"name": "Unión de Pequeños Agricultores y Ganaderos del Bajo Aragón", "aliases": ["UPABA"]},
            {"name": "Plataforma 21E del Campo Aragonés", "aliases": []},
            {"name": "Frutimax Distribución, S.A.", "aliases": ["Frutimax"]},
            {"name": "Ministerio de Agricultura, Pesca y Alimentación", "aliases": []},
        ],
        "allowed": ["Gobierno de Aragón"],
    },
    {
        "language": "es",
        "headline": "Activistas paralizan un desahucio en el Raval y ocupan la sede de un fondo",
        "paragraphs": [
            "Un centenar de activistas paralizaron este martes el desahucio de una familia con tres menores en la calle de la Riereta, en el barrio barcelonés del Raval, y después ocuparon durante tres horas las oficinas del fondo Vesta Capital Partners en el paseo de Gràcia. La acción fue organizada por el Sindicat d'Habitatge del Raval y la Plataforma de Afectados por la Hipoteca (PAH) de Barcelona.",
            "La familia, de origen marroquí, vive en el piso desde 2016 y dejó de pagar el alquiler cuando el padre perdió su empleo. Vesta adquirió el edificio en 2021 y, según el sindicato, ha vaciado ya 14 de sus 20 viviendas. «Queremos un alquiler social, no caridad», afirmó Núria Puig, portavoz del Sindicat d'Habitatge.",
            "Los Mossos d'Esquadra desalojaron a los activistas sin practicar detenciones. Fuentes de Vesta Capital Partners aseguraron que la empresa había ofrecido un alquiler social que la familia rechazó. El Ayuntamiento de Barcelona ha abierto un expediente al fondo por posible acoso inmobiliario, según informó La Vanguardia.",
        ],
        "required": [
            {"name": "Vesta Capital Partners", "aliases": ["Vesta"]},
            {"name": "Sindicat d'Habitatge del Raval", "aliases": ["Sindicat d'Habitatge"]},
            {"name": "Plataforma de Afectados por la Hipoteca", "aliases": ["PAH"]},
        ],
        "allowed": ["Mossos d'Esquadra", "Ayuntamiento de Barcelona", "La Vanguardia", "Vanguardia"],
    },
    {
        "language": "es",
        "headline": "Caravaca se echa a la calle para defender su hospital comarcal",
        "paragraphs": [
            "Unas 8.000 personas, según los organizadores, recorrieron el domingo las calles de Caravaca de la Cruz para exigir más especialistas en el Hospital Comarcal del Noroeste, donde las listas de espera para algunas consultas superan el año. La marcha fue convocada por la Plataforma Ciudadana en Defensa de la Sanidad Pública del Noroeste, creada hace tres años.",
            "Encabezaban la manifestación los alcaldes de los cinco municipios de la comarca, junto a representantes de la Junta de Personal del Área IV de Salud y del Sindicato de Técnicos de Enfermería (SAE). «Un parto no puede esperar 80 kilómetros», se leía en una de las pancartas que abrían el recorrido.",
            "El Servicio Murciano de Salud (SMS) atribuye el déficit a la falta de médicos dispuestos a trabajar en zonas rurales y ha ofrecido incentivos de hasta 1.000 euros mensuales. La Consejería de Salud asegura que en marzo se incorporarán dos cardiólogos y un neurólogo. El PSOE llevará el asunto a la Asamblea Regional.",
        ],
        "required": [
            {"name": "Plataforma Ciudadana en Defensa de la Sanidad Pública del Noroeste", "aliases": []},
            {"name": "Junta de Personal del Área IV de Salud", "aliases": []},
            {"name": "Sindicato de Técnicos de Enfermería", "aliases": ["SAE"]},
            {"name": "Servicio Murciano de Salud", "aliases": ["SMS"]},
            {"name": "Consejería de Salud", "aliases": []},
        ],
        "allowed": ["Hospital Comarcal del Noroeste", "PSOE", "Asamblea Regional"],
    },
    {
        "language": "es",
        "headline": "Estudiantes chilenos marchan en Santiago para exigir el fin del CAE",
        "paragraphs": [
            "Miles de estudiantes universitarios marcharon este jueves por la Alameda, en el centro de Santiago, para exigir que el Gobierno cumpla su promesa de condonar las deudas del Crédito con Aval del Estado (CAE). La marcha, autorizada por la Delegación Presidencial de la Región Metropolitana, fue convocada por la Confederación de Estudiantes de Chile (Confech).",
            "Junto a los estudiantes marcharon integrantes de la Coordinadora Nacional de Deudores Educacionales, que agrupa a cerca de 80.000 profesionales endeudados. «Estudiamos para endeudarnos de por vida», dijo Camila Rojas, vocera de la Federación de Estudiantes de la Universidad Metropolitana del Pacífico (FEUMP).",
            "El Ministerio de Educación afirmó que el proyecto de ley de financiamiento se encuentra en el Senado y pidió a los parlamentarios acelerar su tramitación. Al término de la marcha, Carabineros de Chile usó carros lanzaaguas contra un grupo de encapuchados frente a la casa central de la Universidad de Chile.",
        ],
        "required": [
            {"name": "Gobierno", "aliases": []},
            {"name": "Ministerio de Educación", "aliases": []},
            {"name": "Confederación de Estudiantes de Chile", "aliases": ["Confech"]},
            {"name": "Coordinadora Nacional de Deudores Educacionales", "aliases": []},
            {"name": "Federación de Estudiantes de la Universidad Metropolitana del Pacífico", "aliases": ["FEUMP"]},
        ],
        "allowed": ["Delegación Presidencial de la Región Metropolitana", "Senado", "Carabineros de Chile", "Universidad de Chile"],
    },
]

# ---------------------------------------------------------------------- it
CASES += [
    {
        "language": "it",
        "headline": "Sanità, corteo a Castelnuovo per salvare il punto nascita",
        "paragraphs": [
            "Oltre tremila persone hanno sfilato sabato per le vie di Castelnuovo di Garfagnana per chiedere che il punto nascita dell'ospedale Santa Croce non venga chiuso. La manifestazione è stata organizzata dal Comitato per la difesa dell'ospedale della Valle del Serchio, nato nel 2019, con l'adesione di sindaci, parroci e associazioni di volontariato.",
            "«Partorire a un'ora e mezza di curve non è una scelta, è un rischio», ha detto dal palco Giulia Bertolini, portavoce del Comitato. In testa al corteo c'erano i gonfaloni di undici comuni. Hanno aderito anche la Fp Cgil di Lucca e la Misericordia di Castelnuovo, che gestisce il servizio di ambulanze della valle.",
            "L'Azienda Usl Toscana nord ovest sostiene che con meno di 300 parti l'anno il reparto non garantisce gli standard di sicurezza fissati dal ministero della Salute. La Regione Toscana ha annunciato un incontro con i sindaci per la prossima settimana, mentre il comitato minaccia un ricorso al Tar.",
        ],
        "required": [
            {"name": "Comitato per la difesa dell'ospedale della Valle del Serchio", "aliases": ["Comitato"]},
            {"name": "Fp Cgil di Lucca", "aliases": []},
            {"name": "Misericordia di Castelnuovo", "aliases": []},
            {"name": "Azienda Usl Toscana nord ovest", "aliases": []},
            {"name": "Regione Toscana", "aliases": []},
        ],
        "allowed": ["ospedale Santa Croce", "ministero della Salute", "Tar"],
    },
    {
        "language": "it",
        "headline": "Piombino, sciopero e corteo dei metalmeccanici contro la cassa integrazione",
        "paragraphs": [
            "Migliaia di lavoratori hanno partecipato giovedì a Piombino allo sciopero di otto ore proclamato da Fiom-Cgil, Fim-Cisl e Uilm contro il ricorso alla cassa integrazione per 1.400 dipendenti delle Acciaierie del Tirreno S.p.A. Il corteo è partito dai cancelli dello stabilimento ed è arrivato fino a piazza Bovio, dove si è tenuto il comizio conclusivo.",
            "«L'azienda ci chiede sacrifici, ma non presenta un piano industriale», ha attaccato il segretario provinciale della Fiom, Marco Pellegrini. I sindacati chiedono al governo di convocare un tavolo al Ministero delle Imprese e del Made in Italy. Alla protesta si è unito il Comitato Salute Pubblica Piombino Val di Cornia.",
            "Acciaierie del Tirreno, controllata dal gruppo indiano Varuna Steel Ltd, ha spiegato che la cassa integrazione è legata al fermo dell'altoforno per manutenzione. Il sindaco ha espresso solidarietà ai lavoratori. Secondo l'Ansa, la Prefettura di Livorno ha convocato le parti per lunedì mattina.",
        ],
        "required": [
            {"name": "Acciaierie del Tirreno S.p.A.", "aliases": ["Acciaierie del Tirreno"]},
            {"name": "Fiom-Cgil", "aliases": ["Fiom"]},
            {"name": "Fim-Cisl", "aliases": []},
            {"name": "Uilm", "aliases": []},
            {"name": "Comitato Salute Pubblica Piombino Val di Cornia", "aliases": []},
        ],
        "allowed": ["Ministero delle Imprese e del Made in Italy", "Varuna Steel Ltd", "Ansa", "Prefettura di Livorno"],
    },
    {
        "language": "it",
        "headline": "Serie B, la Pro Valdarno espugna Montebello e vola in zona playoff",
        "paragraphs": [
            "La Pro Valdarno ha vinto 2-1 sul campo dell'Atletico Montebello nella dodicesima giornata di Serie B e si è portata al sesto posto in classifica. Decisive le reti di Matteo Cellini e, nel recupero, del difensore brasiliano Thiago Rocha, dopo il momentaneo pareggio dei padroni di casa firmato da Luca Fabbri.",
            "«Abbiamo sofferto, ma la squadra non ha mai smesso di crederci», ha detto l'allenatore dell'Unione Sportiva Pro Valdarno 1922, Roberto Donati. L'Atletico Montebello Calcio resta invece al penultimo posto e domenica prossima affronterà in trasferta la Virtus Castelfranco, diretta concorrente per la salvezza.",
            "Il giudice sportivo della Lega Nazionale Professionisti Serie B valuterà il lancio di fumogeni dalla curva ospite al 70'. Il presidente montebellese ha confermato la fiducia al tecnico nonostante la contestazione dei tifosi a fine gara. Sky Sport ha trasmesso la partita in diretta.",
        ],
        "required": [
            {"name": "Unione Sportiva Pro Valdarno 1922", "aliases": ["Pro Valdarno"]},
            {"name": "Atletico Montebello Calcio", "aliases": ["Atletico Montebello"]},
        ],
        "allowed": ["Serie B", "Virtus Castelfranco", "Lega Nazionale Professionisti Serie B", "Sky Sport"],
    },
    {
        "language": "it",
        "headline": "Bologna, studenti in piazza contro la riforma degli istituti tecnici",
        "paragraphs": [
            "Migliaia di studenti delle scuole superiori hanno sfilato venerdì mattina per il centro di Bologna contro la riforma degli istituti tecnici e professionali voluta dal ministero dell'Istruzione e del merito. Il corteo, partito da piazza XX Settembre, è stato organizzato dalla Rete degli Studenti Medi dell'Emilia-Romagna e dal Coordinamento dei collettivi studenteschi di Bologna.",
            "«Non siamo manodopera a basso costo per le aziende», recitava lo striscione in testa al corteo. Gli studenti contestano la riduzione del percorso da cinque a quattro anni e l'aumento delle ore di alternanza scuola-lavoro. Hanno aderito anche la Flc Cgil Bologna e il Comitato genitori per la scuola pubblica Emilia-Romagna.",
            "Davanti all'Ufficio scolastico regionale per l'Emilia-Romagna alcuni manifestanti hanno lanciato vernice rossa contro il portone. La Digos della Questura di Bologna ha identificato una decina di giovani. Il ministero ha ribadito che la riforma «avvicina la scuola al mondo del lavoro».",
        ],
        "required": [
            {"name": "ministero dell'Istruzione e del merito", "aliases": []},
            {"name": "Rete degli Studenti Medi dell'Emilia-Romagna", "aliases": []},
            {"name": "Coordinamento dei collettivi studenteschi di Bologna", "aliases": []},
            {"name": "Flc Cgil Bologna", "aliases": []},
            {"name": "Comitato genitori per la scuola pubblica Emilia-Romagna", "aliases": []},
            {"name": "Ufficio scolastico regionale per l'Emilia-Romagna", "aliases": []},
        ],
        "allowed": ["Digos", "Questura di Bologna"],
    },
    {
        "language": "it",
        "headline": "Piacenza, sciopero e picchetti al magazzino Zanzo: fermi i camion",
        "paragraphs": [
            "Blocco dei cancelli e camion fermi dalle prime ore di martedì davanti al polo logistico di Zanzo a Castel San Giovanni, nel Piacentino. Circa 300 facchini, in gran parte dipendenti di cooperative in appalto, hanno incrociato le braccia su iniziativa del Si Cobas per protestare contro il mancato rinnovo di 47 contratti a termine.",
            "Il magazzino, il più grande del gruppo in Italia, è gestito per conto di Zanzo Italia S.r.l. dalla Cooperativa Servizi Logistici Emiliani, che secondo il sindacato applica un contratto «pirata». «Ci chiedono 180 colli l'ora e poi ci mandano a casa», racconta un lavoratore senegalese. Il presidio ha ricevuto la solidarietà dell'Usb Piacenza.",
            "In mattinata la Polizia di Stato ha tentato di far passare alcuni tir, con momenti di tensione. La Prefettura di Piacenza ha convocato per giovedì un tavolo con le parti. Zanzo ha fatto sapere di «rispettare la legge e i contratti nazionali» e ha rimandato ogni questione alla cooperativa.",
        ],
        "required": [
            {"name": "Zanzo Italia S.r.l.", "aliases": ["Zanzo"]},
            {"name": "Si Cobas", "aliases": []},
            {"name": "Cooperativa Servizi Logistici Emiliani", "aliases": []},
            {"name": "Usb Piacenza", "aliases": []},
        ],
        "allowed": ["Polizia di Stato", "Prefettura di Piacenza"],
    },
    {
        "language": "it",
        "headline": "Sulmona, in migliaia contro la centrale del gasdotto Adriagas",
        "paragraphs": [
            "Circa cinquemila persone hanno manifestato domenica a Sulmona contro la centrale di compressione del metanodotto che Adriagas S.p.A. intende costruire in località Case Pente. Il corteo è stato promosso dal Comitato cittadino per l'ambiente della Valle Peligna insieme a Legambiente Abruzzo e al Wwf Italia.",
            "Gli organizzatori ricordano che l'area è ad alto rischio sismico e che l'impianto sorgerebbe a pochi chilometri dal Parco nazionale della Majella. «Non siamo contro il progresso, siamo contro un'opera inutile e pericolosa», ha detto la portavoce del Comitato, Anna Di Cesare. In piazza anche molti sindaci della Valle Peligna con la fascia tricolore.",
            "Adriagas, partecipata al 60 per cento dalla Cassa Depositi e Prestiti, sostiene che l'opera è strategica per la sicurezza energetica nazionale. La Regione Abruzzo ha chiesto al governo una nuova valutazione di impatto ambientale. Il Consiglio di Stato si pronuncerà sul ricorso dei comitati a febbraio.",
        ],
        "required": [
            {"name": "Adriagas S.p.A.", "aliases": ["Adriagas"]},
            {"name": "Comitato cittadino per l'ambiente della Valle Peligna", "aliases": ["Comitato"]},
            {"name": "Legambiente Abruzzo", "aliases": []},
            {"name": "Wwf Italia", "aliases": []},
        ],
        "allowed": ["Cassa Depositi e Prestiti", "Regione Abruzzo", "Consiglio di Stato"],
    },
    {
        "language": "it",
        "headline": "Il Tar del Lazio annulla la multa dell'Antitrust a Brevia Airlines",
        "paragraphs": [
            "Il Tribunale amministrativo regionale del Lazio ha annullato la sanzione da 4,2 milioni di euro inflitta dall'Autorità garante della concorrenza e del mercato alla compagnia aerea Brevia Airlines per presunte pratiche commerciali scorrette legate ai voli cancellati durante l'estate 2022.",
            "Secondo i giudici, l'Antitrust non avrebbe dimostrato che la compagnia abbia ostacolato i rimborsi in modo sistematico. Brevia Airlines S.p.A., con base a Bergamo, aveva presentato ricorso sostenendo che le cancellazioni erano dovute a scioperi del controllo di volo in Francia e a carenze di personale negli scali.",
            "L'Antitrust potrà ora impugnare la sentenza davanti al Consiglio di Stato. Il Codacons ha definito la decisione «un pessimo segnale per i passeggeri». Brevia ha accolto con soddisfazione il verdetto e ha annunciato nuove rotte da Orio al Serio verso il Nord Africa a partire dalla primavera.",
        ],
        "required": [
            {"name": "Tribunale amministrativo regionale del Lazio", "aliases": ["Tar del Lazio"]},
            {"name": "Autorità garante della concorrenza e del mercato", "aliases": ["Antitrust"]},
            {"name": "Brevia Airlines S.p.A.", "aliases": ["Brevia Airlines", "Brevia"]},
        ],
        "allowed": ["Consiglio di Stato", "Codacons"],
    },
    {
        "language": "it",
        "headline": "Napoli, disoccupati occupano la sede della Regione: «Vogliamo i corsi promessi»",
        "paragraphs": [
            "Un centinaio di disoccupati ha occupato per alcune ore mercoledì l'atrio di Palazzo Santa Lucia, sede della giunta della Regione Campania, chiedendo l'avvio dei percorsi di formazione e inserimento lavorativo promessi due anni fa. L'iniziativa è del Movimento Disoccupati Organizzati 23 Marzo, che riunisce circa 600 iscritti tra Napoli e provincia.",
            "«Ci avevano garantito un percorso entro marzo, siamo a novembre e non è partito nulla», ha spiegato uno dei portavoce. I manifestanti hanno esposto striscioni dalle finestre e acceso fumogeni. Con loro c'erano anche gli attivisti della Rete Sud Lavoro e Dignità, arrivati in corteo dalla stazione centrale.",
            "Dopo una trattativa con i funzionari dell'assessorato alla Formazione, i disoccupati hanno lasciato il palazzo. La Questura di Napoli ha denunciato dodici persone per interruzione di pubblico servizio. Il Comune di Napoli ha chiesto alla Regione di sbloccare i fondi del Fondo sociale europeo.",
        ],
        "required": [
            {"name": "Regione Campania", "aliases": ["Regione"]},
            {"name": "Movimento Disoccupati Organizzati 23 Marzo", "aliases": []},
            {"name": "Rete Sud Lavoro e Dignità", "aliases": []},
        ],
        "allowed": ["Questura di Napoli", "Comune di Napoli", "Fondo sociale europeo"],
    },
    {
        "language": "it",
        "headline": "Sardegna, i pastori versano il latte in strada: «Sotto un euro non si vive»",
        "paragraphs": [
            "Centinaia di pastori hanno bloccato lunedì la statale 131 all'altezza di Macomer, versando sull'asfalto migliaia di litri di latte ovino per protestare contro il prezzo pagato dagli industriali, fermo a 85 centesimi al litro. La mobilitazione è stata lanciata dal Comitato spontaneo dei pastori del Nuorese e sostenuta da Coldiretti Sardegna.",
            "Nel mirino dei pastori c'è in particolare il caseificio Formaggi Gennargentu S.r.l., primo acquirente dell'isola, accusato di aver imposto il prezzo agli altri trasformatori. «Sotto un euro non si vive», hanno scritto i manifestanti su uno striscione. Davanti allo stabilimento di Gennargentu a Ottana i carabinieri hanno presidiato i cancelli.",
            "La Regione Autonoma della Sardegna ha convocato per venerdì a Cagliari un tavolo di filiera con industriali e organizzazioni agricole. Il Consorzio per la tutela del formaggio Pecorino Romano ha annunciato un piano di ritiro delle eccedenze. Secondo La Nuova Sardegna, il blocco è durato sei ore.",
        ],
        "required": [
            {"name": "Comitato spontaneo dei pastori del Nuorese", "aliases": []},
            {"name": "Coldiretti Sardegna", "aliases": []},
            {"name": "Formaggi Gennargentu S.r.l.", "aliases": ["Gennargentu"]},
        ],
        "allowed": ["Regione Autonoma della Sardegna", "Consorzio per la tutela del formaggio Pecorino Romano", "La Nuova Sardegna", "Nuova Sardegna"],
    },
    {
        "language": "it",
        "headline": "Milano, inquilini delle case popolari in corteo contro gli sfratti dell'Aler",
        "paragraphs": [
            "Alcune centinaia di inquilini delle case popolari hanno manifestato sabato a Milano, dal quartiere San Siro fino alla sede dell'Aler in viale Romagna, contro gli sfratti per morosità incolpevole e lo stato di degrado degli alloggi. La protesta è stata convocata dal Comitato abitanti San Siro e dall'Unione Inquilini di Milano, con l'adesione di una trentina di associazioni.",
            "Secondo gli organizzatori, l'Azienda lombarda per l'edilizia residenziale di Milano ha avviato nell'ultimo anno oltre 900 procedure di sfratto, mentre più di 8.000 alloggi restano vuoti perché in attesa di ristrutturazione. «Case vuote e famiglie in strada: è questo il modello Lombardia?», si leggeva su un cartello.",
            "L'Aler ha replicato che gli sfratti riguardano «casi di morosità consolidata» e che 1.200 alloggi saranno riassegnati entro l'anno. Il Comune di Milano ha chiesto alla Regione Lombardia, che controlla l'azienda, un piano straordinario. Il Pd lombardo ha presentato una mozione in consiglio regionale.",
        ],
        "required": [
            {"name": "Azienda lombarda per l'edilizia residenziale di Milano", "aliases": ["Aler"]},
            {"name": "Comitato abitanti San Siro", "aliases": []},
            {"name": "Unione Inquilini di Milano", "aliases": []},
        ],
        "allowed": ["Comune di Milano", "Regione Lombardia", "Pd"],
    },
    {
        "language": "it",
        "headline": "Torino, sciopero dei trasporti: metro chiusa e corteo degli autisti",
        "paragraphs": [
            "Metropolitana chiusa e quasi nove autobus su dieci fermi venerdì a Torino per lo sciopero di 24 ore dei dipendenti di Trasporti Integrati Subalpini S.p.A., proclamato da Filt-Cgil, Fit-Cisl, Uiltrasporti e Faisa-Confail. In mattinata circa 500 autisti hanno sfilato dal deposito di corso Tortona fino a Palazzo Civico, sede del Comune di Torino, socio unico dell'azienda.",
            "I sindacati denunciano la carenza di 300 autisti, turni spezzati fino a 13 ore e aggressioni a bordo in aumento. «La città cresce, il servizio si sgretola», ha detto un delegato Filt. Al corteo ha partecipato anche l'associazione di utenti Pendolari Piemontesi Uniti, che chiede un piano di assunzioni straordinario.",
            "Tis ha annunciato l'assunzione di 120 nuovi conducenti entro giugno e ha ricordato che il rinnovo del contratto nazionale non dipende dall'azienda. L'assessora comunale ai Trasporti ha convocato i sindacati per martedì. L'Agenzia della mobilità piemontese ha stimato in 400.000 i passeggeri rimasti a piedi.",
        ],
        "required": [
            {"name": "Trasporti Integrati Subalpini S.p.A.", "aliases": ["Tis"]},
            {"name": "Filt-Cgil", "aliases": ["Filt"]},
            {"name": "Fit-Cisl", "aliases": []},
            {"name": "Uiltrasporti", "aliases": []},
            {"name": "Faisa-Confail", "aliases": []},
            {"name": "Comune di Torino", "aliases": []},
            {"name": "Pendolari Piemontesi Uniti", "aliases": []},
        ],
        "allowed": ["Agenzia della mobilità piemontese"],
    },
    {
        "language": "it",
        "headline": "Palermo, presidio davanti all'Asp: «Troppi obiettori, l'aborto è un diritto»",
        "paragraphs": [
            "Alcune centinaia di donne hanno partecipato giovedì pomeriggio al presidio davanti alla sede dell'Azienda sanitaria provinciale di Palermo per denunciare la difficoltà di accedere all'interruzione volontaria di gravidanza negli ospedali della provincia. La protesta è stata promossa dalla rete femminista Mai Più Sole Palermo, insieme al consultorio autogestito Le Mimose.",
            "Secondo i dati raccolti dalle attiviste, in otto strutture pubbliche su undici tutti i ginecologi sono obiettori di coscienza. «Non chiediamo un favore, chiediamo che la legge 194 sia applicata», ha detto al megafono una delle organizzatrici. Al presidio hanno aderito anche la Cgil Palermo e l'Associazione Luca Coscioni.",
            "In una nota, l'Asp di Palermo ha assicurato che il servizio è garantito grazie a medici «a gettone» provenienti da altre strutture. L'assessorato regionale della Salute ha annunciato una verifica. Una delegazione sarà ricevuta la prossima settimana dalla commissione Sanità dell'Assemblea regionale siciliana.",
        ],
        "required": [
            {"name": "Azienda sanitaria provinciale di Palermo", "aliases": ["Asp di Palermo", "Asp"]},
            {"name": "Mai Più Sole Palermo", "aliases": []},
            {"name": "Le Mimose", "aliases": []},
            {"name": "Cgil Palermo", "aliases": []},
            {"name": "Associazione Luca Coscioni", "aliases": []},
        ],
        "allowed": ["Assemblea regionale siciliana"],
    },
]

# ---------------------------------------------------------------------- pt
CASES += [
    {
        "language": "pt",
        "headline": "Sem-teto ocupam prédio da Cohab em Campinas e cobram moradias prometidas",
        "paragraphs": [
            "Cerca de 400 famílias ligadas ao Movimento de Luta por Moradia Digna de Campinas ocuparam na madrugada desta terça-feira a sede da Companhia de Habitação Popular de Campinas (Cohab), no centro da cidade. Os manifestantes cobram a entrega de 1.200 unidades habitacionais prometidas pela Prefeitura de Campinas desde 2021 e o fim dos despejos na região do Ouro Verde.",
            "«Estamos há três anos na fila e nada acontece», disse Rosângela Ferreira, coordenadora do movimento. Integrantes da Central de Movimentos Populares e do Sindicato dos Trabalhadores da Construção Civil de Campinas e Região levaram mantimentos aos ocupantes. A Guarda Municipal cercou o prédio, mas não houve confronto.",
            "Em nota, a Prefeitura informou que as obras foram atrasadas por problemas com a construtora Habitare Engenharia Ltda., que entrou em recuperação judicial. A Cohab disse estar aberta ao diálogo. O Ministério das Cidades afirmou que os recursos do programa Minha Casa, Minha Vida para o município estão garantidos.",
        ],
        "required": [
            {"name": "Movimento de Luta por Moradia Digna de Campinas", "aliases": []},
            {"name": "Companhia de Habitação Popular de Campinas", "aliases": ["Cohab"]},
            {"name": "Prefeitura de Campinas", "aliases": ["Prefeitura"]},
            {"name": "Central de Movimentos Populares", "aliases": []},
            {"name": "Sindicato dos Trabalhadores da Construção Civil de Campinas e Região", "aliases": []},
        ],
        "allowed": ["Guarda Municipal", "Habitare Engenharia Ltda.", "Ministério das Cidades"],
    },
    {
        "language": "pt",
        "headline": "Milhares de professores desfilam em Lisboa pela recuperação do tempo de serviço",
        "paragraphs": [
            "Milhares de professores desfilaram este sábado entre o Marquês de Pombal e a Assembleia da República, em Lisboa, para exigir a recuperação integral do tempo de serviço congelado. A manifestação foi convocada pela Federação Nacional dos Professores (Fenprof) e pelo Sindicato Independente de Professores e Educadores do Norte (SIPEN), com o apoio de associações de pais.",
            "«Seis anos, seis meses e 23 dias», gritavam os manifestantes, em referência ao tempo que reclamam. O secretário-geral da Fenprof acusou o Governo de «adiar compromissos» e de tratar os docentes como «um custo». A Confederação Nacional das Associações de Pais (Confap) esteve representada no desfile.",
            "O Ministério da Educação, Ciência e Inovação garantiu, em comunicado, que a recuperação será feita de forma faseada até 2027. Segundo a PSP, cerca de 35 mil pessoas participaram no protesto. A Lusa apurou que novas greves às avaliações estão a ser preparadas para junho.",
        ],
        "required": [
            {"name": "Governo", "aliases": []},
            {"name": "Ministério da Educação, Ciência e Inovação", "aliases": []},
            {"name": "Federação Nacional dos Professores", "aliases": ["Fenprof"]},
            {"name": "Sindicato Independente de Professores e Educadores do Norte", "aliases": ["SIPEN"]},
            {"name": "Confederação Nacional das Associações de Pais", "aliases": ["Confap"]},
        ],
        "allowed": ["Assembleia da República", "PSP", "Lusa"],
    },
    {
        "language": "pt",
        "headline": "Lucros da Tejo Energia caem 18% no primeiro semestre",
        "paragraphs": [
            "A Tejo Energia, SGPS, S.A. registou um lucro líquido de 312 milhões de euros no primeiro semestre, menos 18% do que no mesmo período do ano passado, penalizada pela descida dos preços da eletricidade no mercado ibérico. Os resultados foram comunicados esta quarta-feira à Comissão do Mercado de Valores Mobiliários (CMVM).",
            "As receitas recuaram 11%, para 5,6 mil milhões de euros. O presidente executivo, Rui Valadares, destacou o crescimento da produção solar no Alentejo e no Texas, onde a subsidiária Tejo Renewables North America LLC inaugurou dois parques. A dívida líquida subiu para 14,2 mil milhões de euros.",
            "Na bolsa de Lisboa, as ações da Tejo recuavam 2,1% a meio da sessão, numa altura em que o PSI seguia em terreno negativo. Os analistas do CaixaBank BPI mantiveram a recomendação de compra, enquanto o Banco Atlântico de Investimento cortou o preço-alvo para 4,10 euros.",
        ],
        "required": [
            {"name": "Tejo Energia, SGPS, S.A.", "aliases": ["Tejo Energia", "Tejo"]},
        ],
        "allowed": ["Comissão do Mercado de Valores Mobiliários", "CMVM", "Tejo Renewables North America LLC", "bolsa de Lisboa", "PSI", "CaixaBank BPI", "Banco Atlântico de Investimento"],
    },
    {
        "language": "pt",
        "headline": "Indígenas marcham em Brasília contra o marco temporal",
        "paragraphs": [
            "Cerca de 6 mil indígenas de mais de 150 povos marcharam nesta quarta-feira pela Esplanada dos Ministérios, em Brasília, contra a tese do marco temporal, aprovada em lei pelo Congresso Nacional no ano passado. A mobilização, parte do Acampamento Terra Livre, foi organizada pela Articulação dos Povos Indígenas do Brasil (Apib) e pela Coordenação das Organizações Indígenas da Amazônia Brasileira (Coiab).",
            "Os manifestantes pintaram o rosto com urucum e carregavam faixas com a frase «Nossa história não começa em 1988». «O marco temporal é a legalização do genocídio», afirmou a liderança Tainá Guajajara. Membros do Conselho Indigenista Missionário (Cimi) acompanharam o ato do início ao fim.",
            "A marcha terminou em frente ao Supremo Tribunal Federal, que analisa ações contra a lei. A Frente Parlamentar da Agropecuária defendeu a norma como garantia de segurança jurídica no campo. A Polícia Militar do Distrito Federal estimou o público em 5 mil pessoas e não registrou incidentes.",
        ],
        "required": [
            {"name": "Congresso Nacional", "aliases": []},
            {"name": "Articulação dos Povos Indígenas do Brasil", "aliases": ["Apib"]},
            {"name": "Coordenação das Organizações Indígenas da Amazônia Brasileira", "aliases": ["Coiab"]},
            {"name": "Conselho Indigenista Missionário", "aliases": ["Cimi"]},
        ],
        "allowed": ["Supremo Tribunal Federal", "Frente Parlamentar da Agropecuária", "Polícia Militar do Distrito Federal"],
    },
    {
        "language": "pt",
        "headline": "Moradores do Porto protestam contra despejos e alojamento local",
        "paragraphs": [
            "Centenas de pessoas concentraram-se este domingo na Avenida dos Aliados, frente aos Paços do Concelho, para exigir à Câmara Municipal do Porto medidas contra os despejos e a expansão do alojamento local no centro histórico. O protesto foi convocado pela plataforma Porto Não Está à Venda e pela Associação de Inquilinos e Moradores do Porto Oriental (AIMPO).",
            "«Os nossos vizinhos foram substituídos por malas de viagem», lia-se num cartaz. Os organizadores acusam a imobiliária Douro Prime Investimentos, Lda. de comprar prédios inteiros na Sé e em Miragaia para os converter em apartamentos turísticos anunciados na plataforma Stayzy. A Rede Habitar – Associação pelo Direito à Cidade também participou.",
            "A Câmara do Porto lembrou que suspendeu novos registos de alojamento local em 2023 e que tem 2.400 casas de renda acessível em construção. A Douro Prime não respondeu ao contacto do Jornal de Notícias. O Bloco de Esquerda vai propor na Assembleia Municipal uma quota máxima por freguesia.",
        ],
        "required": [
            {"name": "Câmara Municipal do Porto", "aliases": ["Câmara do Porto"]},
            {"name": "Porto Não Está à Venda", "aliases": []},
            {"name": "Associação de Inquilinos e Moradores do Porto Oriental", "aliases": ["AIMPO"]},
            {"name": "Douro Prime Investimentos, Lda.", "aliases": ["Douro Prime"]},
            {"name": "Rede Habitar – Associação pelo Direito à Cidade", "aliases": []},
        ],
        "allowed": ["Stayzy", "Jornal de Notícias", "Bloco de Esquerda", "Assembleia Municipal"],
    },
    {
        "language": "pt",
        "headline": "Entregadores fazem «breque» contra o Rapidim no Rio e em São Paulo",
        "paragraphs": [
            "Milhares de entregadores de aplicativo cruzaram os braços nesta segunda-feira no Rio de Janeiro e em São Paulo, num novo «breque» contra a redução das taxas pagas pelo Rapidim, líder do setor de entregas de comida. No Rio, os motoboys fizeram buzinaço em frente ao escritório da empresa, em Botafogo, convocados pelo Sindicato dos Entregadores por Aplicativo do Rio de Janeiro (SindEntregas-RJ).",
            "Em São Paulo, o protesto foi liderado pelo Coletivo Motoca Unida, que reuniu cerca de 2 mil motociclistas na Avenida Paulista. «O Rapidim lucra bilhões e paga R$ 6 por entrega», disse o entregador Paulo Henrique Alves. Os trabalhadores pedem taxa mínima de R$ 10 e seguro contra acidentes.",
            "A Rapidim Agência de Restaurantes Online S.A. afirmou, em nota, que os ganhos médios por hora superam o salário mínimo. O Ministério do Trabalho e Emprego informou que o projeto de lei que regulamenta o setor segue parado na Câmara dos Deputados. A Associação Brasileira de Mobilidade e Tecnologia (Amobitec) não comentou.",
        ],
        "required": [
            {"name": "Rapidim Agência de Restaurantes Online S.A.", "aliases": ["Rapidim"]},
            {"name": "Sindicato dos Entregadores por Aplicativo do Rio de Janeiro", "aliases": ["SindEntregas-RJ"]},
            {"name": "Coletivo Motoca Unida", "aliases": []},
        ],
        "allowed": ["Ministério do Trabalho e Emprego", "Câmara dos Deputados", "Associação Brasileira de Mobilidade e Tecnologia", "Amobitec"],
    },
    {
        "language": "pt",
        "headline": "Ribeirense vence em Aldeia Nova e isola-se na liderança da Liga 3",
        "paragraphs": [
            "O Grupo Desportivo Ribeirense venceu este domingo por 2-0 no terreno do Clube Desportivo de Aldeia Nova, em jogo da 18.ª jornada da Liga 3, e isolou-se no primeiro lugar, com três pontos de vantagem sobre o Atlético Clube de Montemor. Os golos foram marcados por Diogo Pires, aos 34 minutos, e pelo cabo-verdiano Nélson Tavares, já nos descontos.",
            "«Foi uma vitória de equipa, num campo muito difícil», afirmou o treinador do Ribeirense, Carlos Moutinho. O Aldeia Nova, que jogou em inferioridade numérica desde os 60 minutos por expulsão de Rúben Lage, cai para o sétimo lugar e vê fugir os lugares de subida.",
            "O Conselho de Disciplina da Federação Portuguesa de Futebol abriu um processo ao clube da casa devido ao arremesso de objetos para o relvado. Na próxima jornada, o Ribeirense recebe a União Desportiva de Sarilhos, enquanto o Aldeia Nova visita o Sporting Clube Lourinhanense.",
        ],
        "required": [
            {"name": "Grupo Desportivo Ribeirense", "aliases": ["Ribeirense"]},
            {"name": "Clube Desportivo de Aldeia Nova", "aliases": ["Aldeia Nova"]},
        ],
        "allowed": ["Liga 3", "Atlético Clube de Montemor", "Conselho de Disciplina", "Federação Portuguesa de Futebol", "União Desportiva de Sarilhos", "Sporting Clube Lourinhanense"],
    },
    {
        "language": "pt",
        "headline": "Enfermeiros em greve em Coimbra: cirurgias adiadas na ULS",
        "paragraphs": [
            "A greve dos enfermeiros da Unidade Local de Saúde de Coimbra obrigou esta quinta-feira ao adiamento de cerca de 150 cirurgias programadas e de centenas de consultas. A paralisação, de dois dias, foi convocada pelo Sindicato dos Enfermeiros Portugueses (SEP) e pelo Sindicato Democrático dos Enfermeiros do Centro e Ilhas (SDECI), que exigem a contratação de 300 profissionais.",
            "Ao início da manhã, algumas dezenas de enfermeiros concentraram-se à porta dos Hospitais da Universidade de Coimbra, com cartazes onde se lia «Enfermeiros exaustos, doentes em risco». «Há colegas a fazer 80 horas extraordinárias por mês», afirmou uma dirigente do SDECI. O Movimento de Utentes dos Serviços Públicos juntou-se à concentração.",
            "O conselho de administração da ULS de Coimbra estimou a adesão em 38%, enquanto os sindicatos falam em mais de 80%. O Ministério da Saúde garantiu que o plano de contratações será apresentado até ao final do mês. A Ordem dos Enfermeiros manifestou «compreensão» pelas reivindicações.",
        ],
        "required": [
            {"name": "Unidade Local de Saúde de Coimbra", "aliases": ["ULS de Coimbra", "ULS"]},
            {"name": "Ministério da Saúde", "aliases": []},
            {"name": "Sindicato dos Enfermeiros Portugueses", "aliases": ["SEP"]},
            {"name": "Sindicato Democrático dos Enfermeiros do Centro e Ilhas", "aliases": ["SDECI"]},
            {"name": "Movimento de Utentes dos Serviços Públicos", "aliases": []},
        ],
        "allowed": ["Hospitais da Universidade de Coimbra", "Ordem dos Enfermeiros"],
    },
    {
        "language": "pt",
        "headline": "Taxistas paralisam Luanda contra aumento do preço dos combustíveis",
        "paragraphs": [
            "Milhares de taxistas paralisaram esta segunda-feira a circulação dos candongueiros em Luanda, em protesto contra o aumento de 33% no preço do gasóleo decidido pelo Governo. A greve, de três dias, foi convocada pela Associação dos Taxistas de Luanda e Bengo (ATLB) e deixou milhares de passageiros a pé em bairros como Cazenga e Viana.",
            "Em Cazenga, grupos de jovens queimaram pneus e bloquearam estradas, levando a Polícia Nacional a disparar gás lacrimogéneo. O Movimento Cidadania Activa de Angola e a Central Geral dos Sindicatos Independentes e Livres de Angola juntaram-se ao protesto e apelaram à suspensão imediata do aumento.",
            "O Ministério dos Recursos Minerais, Petróleo e Gás justificou o aumento com a retirada gradual dos subsídios acordada com o Fundo Monetário Internacional. A Sonangol garantiu o abastecimento normal dos postos. Segundo a Rádio Ecclesia, pelo menos dez pessoas foram detidas durante o primeiro dia de greve.",
        ],
        "required": [
            {"name": "Governo", "aliases": []},
            {"name": "Associação dos Taxistas de Luanda e Bengo", "aliases": ["ATLB"]},
            {"name": "Movimento Cidadania Activa de Angola", "aliases": []},
            {"name": "Central Geral dos Sindicatos Independentes e Livres de Angola", "aliases": []},
        ],
        "allowed": ["Polícia Nacional", "Ministério dos Recursos Minerais, Petróleo e Gás", "Fundo Monetário Internacional", "Sonangol", "Rádio Ecclesia"],
    },
    {
        "language": "pt",
        "headline": "Professores e técnicos da UFSCe entram em greve por reajuste salarial",
        "paragraphs": [
            "Professores e técnicos-administrativos da Universidade Federal do Sertão Central (UFSCe) aprovaram nesta segunda-feira a adesão à greve nacional das universidades federais. A paralisação, que começa na quarta, foi convocada pelo Sindicato Nacional dos Docentes das Instituições de Ensino Superior (Andes-SN) e pela Federação de Sindicatos de Trabalhadores Técnico-Administrativos em Instituições de Ensino Superior Públicas do Brasil (Fasubra).",
            "Na UFSCe, a greve foi aprovada por 412 votos a 97 em assembleia da Associação dos Docentes da UFSCe (Adufsce), seção sindical do Andes-SN. Os servidores reivindicam reajuste de 22% em três anos e a recomposição do orçamento das universidades, que, segundo a reitoria, mal cobre as contas de luz e limpeza até outubro.",
            "O Ministério da Educação (MEC) afirmou que a proposta de reajuste zero em 2024 e 9% em 2025 é «a possível dentro do arcabouço fiscal». O Diretório Central dos Estudantes da UFSCe declarou apoio à greve e convocou um ato para sexta-feira em frente à reitoria.",
        ],
        "required": [
            {"name": "Ministério da Educação", "aliases": ["MEC"]},
            {"name": "Sindicato Nacional dos Docentes das Instituições de Ensino Superior", "aliases": ["Andes-SN"]},
            {"name": "Federação de Sindicatos de Trabalhadores Técnico-Administrativos em Instituições de Ensino Superior Públicas do Brasil", "aliases": ["Fasubra"]},
            {"name": "Associação dos Docentes da UFSCe", "aliases": ["Adufsce"]},
            {"name": "Diretório Central dos Estudantes da UFSCe", "aliases": []},
        ],
        "allowed": ["Universidade Federal do Sertão Central", "UFSCe"],
    },
    {
        "language": "pt",
        "headline": "Barroso: centenas marcham contra mina de lítio da Lusolítio",
        "paragraphs": [
            "Centenas de pessoas marcharam este sábado entre as aldeias de Covas do Barroso e Romainho, no concelho de Boticas, contra a mina de lítio a céu aberto que a Lusolítio – Exploração Mineira, S.A. pretende abrir na região. A caminhada foi organizada pela Associação Unidos em Defesa do Barroso Vivo, com o apoio da associação ambientalista Zero e do Grupo de Estudos de Ordenamento do Território e Ambiente (Geota).",
            "Os manifestantes, muitos deles agricultores idosos, carregavam cartazes com «Não à mina, sim à vida». O Barroso foi classificado pela FAO como Património Agrícola Mundial. «Querem transformar os nossos baldios num buraco», disse Aida Fernandes, presidente do conselho diretivo dos baldios de Covas.",
            "A Agência Portuguesa do Ambiente (APA) emitiu no ano passado uma declaração de impacte ambiental favorável condicionada, decisão contestada pelos moradores. A Lusolítio garante que o projeto criará 300 postos de trabalho. A Câmara Municipal de Boticas anunciou que vai recorrer para o Supremo Tribunal Administrativo.",
        ],
        "required": [
            {"name": "Lusolítio – Exploração Mineira, S.A.", "aliases": ["Lusolítio"]},
            {"name": "Associação Unidos em Defesa do Barroso Vivo", "aliases": []},
            {"name": "Zero", "aliases": []},
            {"name": "Grupo de Estudos de Ordenamento do Território e Ambiente", "aliases": ["Geota"]},
            {"name": "Agência Portuguesa do Ambiente", "aliases": ["APA"]},
        ],
        "allowed": ["FAO", "Câmara Municipal de Boticas", "Supremo Tribunal Administrativo"],
    },
    {
        "language": "pt",
        "headline": "Bancários protestam contra fechamento de agências do Banco Vértice",
        "paragraphs": [
            "Funcionários do Banco Vértice S.A. fizeram nesta quinta-feira um protesto em frente à sede do banco, na Avenida Faria Lima, em São Paulo, contra o fechamento de 180 agências e a demissão de cerca de 2 mil trabalhadores anunciados no mês passado. O ato foi organizado pelo Sindicato dos Bancários e Financiários de São Paulo, Osasco e Região, que paralisou 40 agências na capital.",
            "«O Vértice teve lucro recorde de R$ 4,3 bilhões e mesmo assim demite», afirmou a presidente do sindicato. A Confederação Nacional dos Trabalhadores do Ramo Financeiro (Contraf-CUT) anunciou que levará o caso ao Ministério Público do Trabalho. Clientes da Associação dos Aposentados e Pensionistas de Osasco também participaram, criticando a redução do atendimento presencial.",
            "Em nota, o Banco Vértice disse que a reestruturação acompanha a migração dos clientes para os canais digitais e que oferecerá um programa de demissão voluntária. A Federação Brasileira de Bancos (Febraban) não comentou. O Procon-SP informou que vai notificar o banco para explicar como atenderá os clientes idosos.",
        ],
        "required": [
            {"name": "Banco Vértice S.A.", "aliases": ["Banco Vértice", "Vértice"]},
            {"name": "Sindicato dos Bancários e Financiários de São Paulo, Osasco e Região", "aliases": []},
            {"name": "Confederação Nacional dos Trabalhadores do Ramo Financeiro", "aliases": ["Contraf-CUT"]},
            {"name": "Associação dos Aposentados e Pensionistas de Osasco", "aliases": []},
        ],
        "allowed": ["Ministério Público do Trabalho", "Federação Brasileira de Bancos", "Febraban", "Procon-SP"],
    },
]

# ---------------------------------------------------------------------- nl
CASES += [
    {
        "language": "nl",
        "headline": "Honderden Dokkumers protesteren tegen sloop van oude zuivelfabriek",
        "paragraphs": [
            "Honderden inwoners van Dokkum hebben zaterdag gedemonstreerd tegen de geplande sloop van de voormalige zuivelfabriek De Eendracht aan het Zuiderbolwerk. Het protest was georganiseerd door de Vereniging tot Behoud van het Dokkumer Stadsgezicht, die de fabriek uit 1912 wil laten aanwijzen als gemeentelijk monument.",
            "Projectontwikkelaar Waddenhof Vastgoed B.V. wil op de plek 64 appartementen bouwen. „Als dit verdwijnt, verdwijnt een stuk van onze geschiedenis”, zei voorzitter Sjoerd Hoekstra van de vereniging. Ook de Bond Heemschut en de Stichting Industrieel Erfgoed Friesland steunden het protest met sprekers en informatiekramen.",
            "De gemeente Noardeast-Fryslân verleende in maart een sloopvergunning. Wethouder Anke de Vries zei dat de fabriek „technisch niet te redden” is. De vereniging stapt naar de Raad van State. Het Friesch Dagblad meldde dat de sloop op zijn vroegst in het najaar kan beginnen.",
        ],
        "required": [
            {"name": "Vereniging tot Behoud van het Dokkumer Stadsgezicht", "aliases": []},
            {"name": "Waddenhof Vastgoed B.V.", "aliases": []},
            {"name": "gemeente Noardeast-Fryslân", "aliases": []},
            {"name": "Bond Heemschut", "aliases": []},
            {"name": "Stichting Industrieel Erfgoed Friesland", "aliases": []},
        ],
        "allowed": ["De Eendracht", "Raad van State", "Friesch Dagblad"],
    },
    {
        "language": "nl",
        "headline": "Boeren blokkeren snelwegen uit protest tegen stikstofplannen",
        "paragraphs": [
            "Honderden boeren hebben woensdagochtend met trekkers de op- en afritten van de A28 en de A7 geblokkeerd uit protest tegen de nieuwe stikstofplannen van het kabinet. De acties werden gecoördineerd door Farmers Defence Force en de regionale actiegroep Boerenverzet Noord. In de ochtendspits stond op sommige trajecten meer dan 400 kilometer file.",
            "De boeren richten hun woede vooral op het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur, dat de uitstoot rond Natura 2000-gebieden met de helft wil terugdringen. „Wij zijn geen vervuilers, wij voeden Nederland”, zei melkveehouder Gert-Jan Mulder. LTO Noord zei de zorgen te delen maar nam afstand van de blokkades.",
            "Rijkswaterstaat riep weggebruikers op de regio te mijden. De politie en de Koninklijke Marechaussee hielden enkele trekkers tegen bij de afrit naar Zwolle. Het kabinet laat in een reactie weten open te staan voor gesprekken met de sector. Volgens het ANP werden vier boeren aangehouden.",
        ],
        "required": [
            {"name": "kabinet", "aliases": []},
            {"name": "ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "aliases": []},
            {"name": "Farmers Defence Force", "aliases": []},
            {"name": "Boerenverzet Noord", "aliases": []},
        ],
        "allowed": ["LTO Noord", "Rijkswaterstaat", "Koninklijke Marechaussee", "ANP"],
    },
    {
        "language": "nl",
        "headline": "Klimaatactivisten bezetten hoofdkantoor Stadhouders Bank in Amsterdam",
        "paragraphs": [
            "Ruim honderd klimaatactivisten hebben donderdag urenlang de hal van het hoofdkantoor van Stadhouders Bank N.V. aan de Zuidas in Amsterdam bezet. Ze eisen dat de bank stopt met de financiering van nieuwe olie- en gasprojecten. De actie werd georganiseerd door Code Zwart voor het Klimaat en de Amsterdamse afdeling van Scientist Rebellion.",
            "Volgens de actievoerders verstrekte Stadhouders sinds het Klimaatakkoord van Parijs ruim 11 miljard euro aan leningen voor fossiele bedrijven, onder wie het Noorse Nordhav Petroleum ASA. „Jullie bonussen, onze overstromingen”, stond op een spandoek. Ook leden van Milieudefensie Jong sloten zich bij de bezetting aan.",
            "De politie voerde de activisten aan het eind van de middag weg; 87 mensen werden aangehouden. Stadhouders Bank zegt „in gesprek te blijven met maatschappelijke organisaties” en wijst op haar doel om in 2050 klimaatneutraal te zijn. De Nederlandsche Bank wilde niet reageren op vragen over de financiering.",
        ],
        "required": [
            {"name": "Stadhouders Bank N.V.", "aliases": ["Stadhouders Bank", "Stadhouders"]},
            {"name": "Code Zwart voor het Klimaat", "aliases": []},
            {"name": "Scientist Rebellion", "aliases": []},
            {"name": "Milieudefensie Jong", "aliases": []},
        ],
        "allowed": ["Nordhav Petroleum ASA", "De Nederlandsche Bank", "Nederlandsche Bank"],
    },
    {
        "language": "nl",
        "headline": "Winst Veldkamp Installatietechniek daalt door personeelstekort",
        "paragraphs": [
            "Installatiebedrijf Veldkamp Installatietechniek Groep N.V. heeft in het eerste halfjaar een nettowinst geboekt van 41,3 miljoen euro, 22 procent minder dan een jaar eerder. Het bedrijf uit Zwolle wijt de daling aan het tekort aan monteurs, waardoor projecten vertraging oplopen, en aan hogere kosten voor onderaannemers.",
            "De omzet steeg wel met 6 procent tot 1,18 miljard euro, vooral dankzij de vraag naar warmtepompen en laadpalen. Topvrouw Marieke Holtkamp verwacht dat de marges in de tweede jaarhelft herstellen. Veldkamp nam in april het Belgische Elektro Vanhove NV over voor 95 miljoen euro.",
            "Op het Damrak daalde het aandeel Veldkamp donderdag ruim 5 procent. Analisten van Kempen & Co noemen de cijfers „teleurstellend maar verklaarbaar”. Brancheorganisatie Installatie Nederland waarschuwde eerder dat er tot 2030 zo'n 60.000 technici extra nodig zijn. Veldkamp wil zelf dit jaar driehonderd leerlingen opleiden in een eigen vakschool.",
        ],
        "required": [
            {"name": "Veldkamp Installatietechniek Groep N.V.", "aliases": ["Veldkamp Installatietechniek", "Veldkamp"]},
        ],
        "allowed": ["Elektro Vanhove NV", "Kempen & Co", "Installatie Nederland"],
    },
    {
        "language": "nl",
        "headline": "Duizenden in Heerlen op straat tegen afschaling ziekenhuis",
        "paragraphs": [
            "Ruim vijfduizend mensen hebben zondag in Heerlen gedemonstreerd tegen het plan om de spoedeisende hulp en de verloskunde van het Parkstad Medisch Centrum naar Sittard te verhuizen. De mars van het station naar het ziekenhuis was georganiseerd door het actiecomité Parkstad Verdient Beter en de FNV Zorg & Welzijn.",
            "„Bij een hartinfarct telt elke minuut”, zei actievoerder Ine Souren vanaf een podium op het Pancratiusplein. Volgens het comité neemt de aanrijtijd voor tienduizenden inwoners met een kwartier toe. Burgemeesters uit de regio liepen mee, net als leden van de Vereniging van Huisartsen in Oostelijk Zuid-Limburg.",
            "De raad van bestuur van het Parkstad Medisch Centrum zegt dat de zorg door personeelstekorten niet op twee locaties verantwoord kan worden geleverd. Zorgverzekeraar Limburgia, de grootste financier, steunt de plannen. De Nederlandse Zorgautoriteit moet nog toetsen of de bereikbaarheid voldoende blijft.",
        ],
        "required": [
            {"name": "Parkstad Medisch Centrum", "aliases": []},
            {"name": "Limburgia", "aliases": []},
            {"name": "Parkstad Verdient Beter", "aliases": []},
            {"name": "FNV Zorg & Welzijn", "aliases": []},
            {"name": "Vereniging van Huisartsen in Oostelijk Zuid-Limburg", "aliases": []},
        ],
        "allowed": ["Zorgverzekeraar Limburgia", "FNV", "Nederlandse Zorgautoriteit"],
    },
    {
        "language": "nl",
        "headline": "Studenten en docenten in Den Haag tegen miljardenbezuiniging op onderwijs",
        "paragraphs": [
            "Zo'n twintigduizend studenten, docenten en onderzoekers hebben maandag op het Malieveld in Den Haag geprotesteerd tegen de bezuiniging van ruim 1 miljard euro op hoger onderwijs en wetenschap. De manifestatie was georganiseerd door de Landelijke Studentenvakbond (LSVb), het Interstedelijk Studenten Overleg (ISO) en de actiegroep Hoger Onderwijs in Verzet.",
            "Veel universiteiten en hogescholen hadden de colleges geschrapt, zodat studenten konden deelnemen. Ook de Universiteit Leiden en de Hogeschool Rijnmond stuurden delegaties van bestuurders. „Eerst de langstudeerboete, nu dit”, stond op een van de borden. De Algemene Onderwijsbond (AOb) sprak van „kaalslag”.",
            "Het ministerie van Onderwijs, Cultuur en Wetenschap houdt vast aan de plannen, die onderdeel zijn van het hoofdlijnenakkoord. Universiteiten van Nederland, de koepel van de veertien universiteiten, waarschuwt dat duizenden banen verdwijnen. De Tweede Kamer debatteert volgende week over de onderwijsbegroting.",
        ],
        "required": [
            {"name": "ministerie van Onderwijs, Cultuur en Wetenschap", "aliases": []},
            {"name": "Landelijke Studentenvakbond", "aliases": ["LSVb"]},
            {"name": "Interstedelijk Studenten Overleg", "aliases": ["ISO"]},
            {"name": "Hoger Onderwijs in Verzet", "aliases": []},
            {"name": "Universiteit Leiden", "aliases": []},
            {"name": "Hogeschool Rijnmond", "aliases": []},
            {"name": "Algemene Onderwijsbond", "aliases": ["AOb"]},
        ],
        "allowed": ["Universiteiten van Nederland", "Tweede Kamer"],
    },
    {
        "language": "nl",
        "headline": "Eerste nederlaag voor koploper FC Lauwersmeer tegen SV Veluwezoom '09",
        "paragraphs": [
            "Koploper FC Lauwersmeer heeft zaterdag voor het eerst dit seizoen verloren. Op een uitverkocht Sportpark De Hessenweg won SV Veluwezoom '09 met 2-1 door treffers van Daan Verhoeven en Youssef El Amrani. Lauwersmeer kwam via een strafschop van aanvoerder Jelle Dijkstra nog terug tot 2-1, maar verder kwam de ploeg niet.",
            "„We hebben laten zien dat ze te kloppen zijn”, zei Veluwezoom-trainer Hans Brink na afloop. Door de zege klimt de club naar de vierde plaats in de Keuken Kampioen Divisie. Lauwersmeer behoudt een voorsprong van vijf punten op Achilles Oost, dat gelijkspeelde bij RKSV Heuvelrug.",
            "De KNVB onderzoekt een incident in de tweede helft, toen vanaf de tribune met bekers werd gegooid naar een grensrechter. SV Veluwezoom '09 heeft via zijn website excuses aangeboden en kondigt stadionverboden aan. Omroep Gelderland zond het duel live uit.",
        ],
        "required": [
            {"name": "FC Lauwersmeer", "aliases": ["Lauwersmeer"]},
            {"name": "SV Veluwezoom '09", "aliases": []},
        ],
        "allowed": ["Keuken Kampioen Divisie", "Achilles Oost", "RKSV Heuvelrug", "KNVB", "Omroep Gelderland"],
    },
    {
        "language": "nl",
        "headline": "Havenarbeiders leggen Antwerpse haven plat uit protest tegen hervorming",
        "paragraphs": [
            "Duizenden havenarbeiders hebben dinsdag het werk neergelegd in de haven van Antwerpen, waardoor tientallen schepen niet konden worden gelost. Ze protesteren tegen het plan van de federale regering om de wet-Major, die het statuut van de havenarbeider regelt, te versoepelen. De staking werd georganiseerd door de Belgische Transportbond (BTB) en ACV-Transcom.",
            "Enkele honderden stakers trokken in optocht naar het Havenhuis, de zetel van Port of Antwerp-Bruges. „Zonder dokwerkers geen haven”, scandeerden ze. Volgens de vakbonden dreigen uitzendkrachten de erkende havenarbeiders te verdringen. Werkgeversorganisatie Cepa betreurt de actie en spreekt van „miljoenenverliezen”.",
            "De federale regering laat weten dat de hervorming nodig is om Europese regels na te leven; het Europees Hof van Justitie oordeelde eerder dat het statuut te rigide is. De Vlaamse Havenarbeidersbond, die zich bij de staking aansloot, kondigde nieuwe acties aan. Volgens Belga lag ook in Gent het werk stil.",
        ],
        "required": [
            {"name": "federale regering", "aliases": []},
            {"name": "Belgische Transportbond", "aliases": ["BTB"]},
            {"name": "ACV-Transcom", "aliases": []},
            {"name": "Port of Antwerp-Bruges", "aliases": []},
            {"name": "Vlaamse Havenarbeidersbond", "aliases": []},
        ],
        "allowed": ["Cepa", "Werkgeversorganisatie Cepa", "Europees Hof van Justitie", "Belga"],
    },
    {
        "language": "nl",
        "headline": "Huurders protesteren bij stadhuis tegen verkoop sociale huurwoningen",
        "paragraphs": [
            "Ruim driehonderd huurders hebben woensdagavond voor de Stopera in Amsterdam geprotesteerd tegen de verkoop van 1.100 sociale huurwoningen door Woonstichting Amstelhuis aan de Britse belegger Hemlock Residential. De demonstratie was georganiseerd door Huurdersvereniging De Pijp-Noord en de Bond Precaire Woonvormen, die spreken van „uitverkoop van de stad”.",
            "Volgens de huurders zullen de huren na de verkoop fors stijgen, omdat Hemlock Residential B.V. de woningen na mutatie in de vrije sector wil verhuren. „Wij wonen hier al veertig jaar en worden nu verhandeld als aandelen”, zei bewoonster Gerda Kuipers. De Woonbond steunt de actie.",
            "De wethouder Wonen zei in de gemeenteraadsvergadering dat de gemeente Amsterdam de verkoop niet kan tegenhouden, maar wel afspraken wil maken over de huurprijzen. Amstelhuis stelt dat de opbrengst nodig is voor verduurzaming van de overige 14.000 woningen. Het Parool meldt dat de Autoriteit woningcorporaties de transactie nog moet goedkeuren.",
        ],
        "required": [
            {"name": "Woonstichting Amstelhuis", "aliases": ["Amstelhuis"]},
            {"name": "Hemlock Residential B.V.", "aliases": ["Hemlock Residential"]},
            {"name": "gemeente Amsterdam", "aliases": []},
            {"name": "Huurdersvereniging De Pijp-Noord", "aliases": []},
            {"name": "Bond Precaire Woonvormen", "aliases": []},
            {"name": "Woonbond", "aliases": []},
        ],
        "allowed": ["Het Parool", "Parool", "Autoriteit woningcorporaties"],
    },
    {
        "language": "nl",
        "headline": "Schoonmakers op stations leggen werk neer: „Respect en een eerlijk loon”",
        "paragraphs": [
            "Honderden schoonmakers die op treinstations werken, hebben vrijdag het werk neergelegd. Ze zijn in dienst van Glansrijk Facilitair B.V., dat in opdracht van NS de stations in de Randstad schoonhoudt. Op Utrecht Centraal voerden ruim tweehonderd stakers actie met fluitjes en ratels. De staking werd georganiseerd door FNV Schoonmaak en de Schoonmaakvakbond Samen Sterk.",
            "De schoonmakers eisen een loonsverhoging van 14 procent en willen dat Glansrijk stopt met het inzetten van zzp'ers. Ook NS moet volgens de bonden meer betalen voor de schoonmaak. „Zonder ons is dit station binnen een dag een vuilnisbelt”, zei schoonmaakster Fatma Yilmaz. Reizigersorganisatie Rover betuigde steun aan de stakers.",
            "De Nederlandse Spoorwegen laten weten dat het overleg tussen schoonmaakbedrijf en vakbonden een zaak is van Glansrijk, maar dat het bedrijf „de zorgen serieus neemt”. De Vereniging Facilitaire Dienstverleners Nederland noemt de looneis onbetaalbaar. De treinen reden normaal. De bonden dreigen volgende week met een nieuwe staking van twee dagen.",
        ],
        "required": [
            {"name": "Glansrijk Facilitair B.V.", "aliases": ["Glansrijk"]},
            {"name": "Nederlandse Spoorwegen", "aliases": ["NS"]},
            {"name": "FNV Schoonmaak", "aliases": []},
            {"name": "Schoonmaakvakbond Samen Sterk", "aliases": []},
        ],
        "allowed": ["Rover", "Reizigersorganisatie Rover", "Vereniging Facilitaire Dienstverleners Nederland", "FNV"],
    },
    {
        "language": "nl",
        "headline": "Omwonenden betogen tegen PFAS-vervuiling door Scheldechem",
        "paragraphs": [
            "Ruim duizend mensen hebben zondag in Zwijndrecht betoogd tegen de PFAS-vervuiling rond de fabriek van Scheldechem NV. Ze eisen een volledige sanering van de vervuilde grond en een onafhankelijk gezondheidsonderzoek. De mars werd georganiseerd door burgerbeweging Grondig Gezond Zwijndrecht, samen met Bond Beter Leefmilieu en de ouders van basisschool De Klimop.",
            "„Onze kinderen hebben PFOS in hun bloed, en niemand neemt verantwoordelijkheid”, zei een moeder op het podium. De betogers trokken langs de fabriekspoort naar het gemeentehuis. Ook Greenpeace België en de vakbond ABVV-Metaal Antwerpen-Waasland liepen mee, net als enkele werknemers van de fabriek zelf.",
            "Scheldechem zegt sinds 2021 meer dan 200 miljoen euro in sanering te hebben geïnvesteerd. De betogers richtten zich ook tot de Vlaamse Regering, die volgens hen te lang heeft toegekeken. Het Departement Omgeving en de Openbare Vlaamse Afvalstoffenmaatschappij (OVAM) volgen de sanering op.",
        ],
        "required": [
            {"name": "Scheldechem NV", "aliases": ["Scheldechem"]},
            {"name": "Vlaamse Regering", "aliases": []},
            {"name": "Grondig Gezond Zwijndrecht", "aliases": []},
            {"name": "Bond Beter Leefmilieu", "aliases": []},
            {"name": "Greenpeace België", "aliases": []},
            {"name": "ABVV-Metaal Antwerpen-Waasland", "aliases": []},
        ],
        "allowed": ["De Klimop", "Departement Omgeving", "Openbare Vlaamse Afvalstoffenmaatschappij", "OVAM"],
    },
    {
        "language": "nl",
        "headline": "Duizenden vormen mensenketting rond staalfabriek in IJmuiden",
        "paragraphs": [
            "Ruim vierduizend mensen hebben zaterdag een mensenketting gevormd langs het terrein van Hoogovens Staal IJmuiden B.V. om te protesteren tegen de uitstoot van kankerverwekkende stoffen. De actie was georganiseerd door Stichting Schone Lucht IJmond, Milieudefensie en de Vereniging Dorpsbelangen Wijk aan Zee.",
            "Volgens het RIVM leven kinderen in Wijk aan Zee gemiddeld korter door de vervuiling van de fabriek. „Sluit de kooksfabrieken, nu”, riepen de demonstranten. Ook de GGD Kennemerland heeft eerder gewaarschuwd. Onder de deelnemers waren opvallend veel werknemers die lid zijn van FNV Metaal.",
            "Hoogovens Staal zegt de uitstoot met een investering van 300 miljoen euro in de komende jaren te halveren. De provincie Noord-Holland kondigde strengere handhaving aan via de Omgevingsdienst Noordzeekanaalgebied. De demonstranten eisen dat het kabinet de fabriek dwingt de kooksfabrieken op korte termijn te sluiten.",
        ],
        "required": [
            {"name": "Hoogovens Staal IJmuiden B.V.", "aliases": ["Hoogovens Staal"]},
            {"name": "kabinet", "aliases": []},
            {"name": "Stichting Schone Lucht IJmond", "aliases": []},
            {"name": "Milieudefensie", "aliases": []},
            {"name": "Vereniging Dorpsbelangen Wijk aan Zee", "aliases": []},
        ],
        "allowed": ["RIVM", "GGD Kennemerland", "FNV Metaal", "provincie Noord-Holland", "Omgevingsdienst Noordzeekanaalgebied"],
    },
]
