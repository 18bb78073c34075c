"""Organisation-extraction cases (invented set, stop 28).

Written at stop 28 by a helper session that read no rule of the extractor;
no code, rule, test or language data of rallycrawl was opened while writing
it. Every name, place and organisation is invented or generic (real cities
appear only as settings); no text is taken from real articles.

Each case: language, headline, paragraphs (body text only), required and
allowed.
- required: the organisations a protest analyst must get -- groups that
  organised or took part in the protest and its targets when those are named
  organisations. In the non-protest cases (company results, football, courts)
  required holds the organisations the story is about. Each entry gives the
  longest form written in the text as "name" and every other way the text
  writes the same organisation under "aliases".
- allowed: every other organisation-like proper name in the text (outlets,
  agencies, parties, parliaments, companies, courts, police forces, clubs...).
  Predicting these is neither rewarded nor penalised.
Anything predicted that is in neither list counts against precision. Decoys
(sentence-initial capitals, people with titles, places, demonyms, streets and
squares, event names, slogans, days, descriptors glued to names) are in
neither list on purpose. Every name and alias occurs verbatim in the headline
or paragraphs.

Halves: cases at an even index of CASES (0, 2, 4, ...) are half A, the
development half, which may be read; cases at an odd index are half B, held
out: counted only, never read, and their misses are never read.
"""

CASES = []

# ---------------------------------------------------------------------- en
CASES += [
    {
        "language": "en",
        "headline": "Fast-food workers strike in Columbus as Fight for $18 Ohio targets burger chain",
        "paragraphs": [
            "COLUMBUS, Ohio — Hundreds of fast-food workers walked off the job on Tuesday at restaurants run by Burgerly Holdings, in a strike called by the campaign group Fight for $18 Ohio.",
            "Organisers said cooks and cashiers at 40 outlets joined the walkout, the largest in the state since the campaign began. Union-backed canvassers handed out leaflets on High Street before a rally at the Statehouse.",
            "“We are asking for a wage you can live on, not a favour,” said shift leader Dana Whitcomb, 34. Later, the crowd marched to a franchise owned by Midland Quick Foods LLC.",
            "Burgerly Holdings said in a statement that most of its restaurants stayed open. The Ohio Restaurant Association, an industry lobby, called the strike “a publicity stunt.”",
        ],
        "required": [
            {"name": "Fight for $18 Ohio", "aliases": []},
            {"name": "Burgerly Holdings", "aliases": []},
            {"name": "Midland Quick Foods LLC", "aliases": []},
        ],
        "allowed": ["Ohio Restaurant Association"],
    },
    {
        "language": "en",
        "headline": "Teachers rally at state capitol as Coalition for Public Schools and Families demands pay deal",
        "paragraphs": [
            "SACRAMENTO — Thousands of teachers in red shirts rallied outside the state capitol on Wednesday, urging lawmakers to restore $2 billion cut from school budgets.",
            "The protest was organised by the Coalition for Public Schools and Families, an alliance of parent groups and the Golden State Educators Union (GSEU). The GSEU said 11,000 members had taken a personal day to attend.",
            "Speakers accused the Department of Finance of hiding a surplus. “They found money for prisons and stadiums,” said GSEU President Carla Mendes. “Now find it for our kids.”",
            "A spokesperson for the Department of Finance said the budget was balanced and that talks with the coalition would continue next week. The rally ended peacefully, California Highway Patrol officers said.",
        ],
        "required": [
            {"name": "Coalition for Public Schools and Families", "aliases": []},
            {"name": "Golden State Educators Union", "aliases": ["GSEU"]},
            {"name": "Department of Finance", "aliases": []},
        ],
        "allowed": ["California Highway Patrol"],
    },
    {
        "language": "en",
        "headline": "Climate activists block entrance to Harlow Petroleum headquarters",
        "paragraphs": [
            "LONDON — Around 60 activists from Tidewater Rising chained themselves to the revolving doors of Harlow Petroleum's headquarters in the City of London on Monday, blocking staff from entering for several hours.",
            "The group, founded two years ago by students at Kingsbridge University, is demanding that the company drop plans for a new North Sea field. Protesters held banners reading “Not One More Well.”",
            "Metropolitan Police officers arrested 14 people on suspicion of aggravated trespass. Harlow Petroleum said it respected the right to protest but that its staff had been “intimidated.”",
            "Nonprofit watchdog Carbon Ledger said the field would add 40 million tonnes of emissions over its lifetime. The Department for Energy Security did not respond to a request for comment.",
        ],
        "required": [
            {"name": "Tidewater Rising", "aliases": []},
            {"name": "Harlow Petroleum", "aliases": []},
        ],
        "allowed": ["Kingsbridge University", "Metropolitan Police", "Carbon Ledger", "Department for Energy Security"],
    },
    {
        "language": "en",
        "headline": "Dock workers halt port of Felbridge in dispute over automation",
        "paragraphs": [
            "Dock workers at the port of Felbridge stopped work for 24 hours on Friday in protest at plans by Seaborne Terminals & Logistics to bring in driverless cranes.",
            "The strike was called by the Amalgamated Society of Dockers and Port Workers, which represents about 2,300 staff. Its general secretary, Tom Reddy, said the company had refused to guarantee jobs.",
            "“Automation without a deal is just redundancy with a robot's face,” Reddy told reporters at the gates. Pickets from the Felbridge Trades Council joined the dockers on the quayside.",
            "Seaborne Terminals & Logistics said the cranes would make the port competitive. The Port Authority of Felbridge said ships had been diverted to other harbours, according to the Eastern Daily Courier.",
        ],
        "required": [
            {"name": "Amalgamated Society of Dockers and Port Workers", "aliases": []},
            {"name": "Seaborne Terminals & Logistics", "aliases": []},
            {"name": "Felbridge Trades Council", "aliases": []},
        ],
        "allowed": ["Port Authority of Felbridge", "Eastern Daily Courier"],
    },
    {
        "language": "en",
        "headline": "Tenants march against rent hikes at Brookvale towers",
        "paragraphs": [
            "Hundreds of tenants marched through downtown Brookvale on Sunday to protest rent increases of up to 30 percent at three apartment towers owned by Pinecrest Residential REIT.",
            "The march was led by the Brookvale Tenants' Union, which says it has signed up 800 households since the spring. Members of Neighbors United for Housing Justice also took part.",
            "“We're not going anywhere,” said organiser Luis Ortega, whose own rent rose by $410 a month. The crowd stopped outside City Hall on Main Street, where speakers called on the Brookvale City Council to pass a rent cap.",
            "Pinecrest Residential REIT said rents had been below market for years. Council member Joan Fairley, a Democrat, said she would introduce a measure next month.",
        ],
        "required": [
            {"name": "Brookvale Tenants' Union", "aliases": []},
            {"name": "Neighbors United for Housing Justice", "aliases": []},
            {"name": "Pinecrest Residential REIT", "aliases": []},
            {"name": "Brookvale City Council", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "en",
        "headline": "Junior doctors begin three-day walkout in pay row with health ministry",
        "paragraphs": [
            "DUBLIN — Junior doctors across Ireland began a three-day strike on Thursday after the Irish Hospital Doctors' Federation (IHDF) rejected a pay offer from the Department of Health.",
            "Pickets formed outside St. Brendan's University Hospital and Mercy Regional from 8 a.m. The IHDF said 3,100 non-consultant doctors were taking part, with emergency cover in place.",
            "“Eighty-hour weeks are not training, they are exploitation,” said IHDF chair Dr. Aoife Brennan. The Health Service Authority said 9,000 outpatient appointments had been postponed.",
            "Minister for Health Colm Daly said the Department of Health had made a fair offer and urged the federation to return to the Workplace Relations Commission.",
        ],
        "required": [
            {"name": "Irish Hospital Doctors' Federation", "aliases": ["IHDF"]},
            {"name": "Department of Health", "aliases": []},
        ],
        "allowed": ["St. Brendan's University Hospital", "Mercy Regional", "Health Service Authority", "Workplace Relations Commission"],
    },
    {
        "language": "en",
        "headline": "Quarterly profit at Norland Freight rises 12% on container demand",
        "paragraphs": [
            "Norland Freight Group reported a 12 percent rise in third-quarter profit on Tuesday, helped by strong container volumes on Asian routes and lower fuel costs.",
            "Net income rose to $412 million from $368 million a year earlier, the company said. Analysts polled by Marketline Data had expected $395 million.",
            "Shares in Norland rose 4.1 percent in early trading in New York. Chief Executive Priya Anand said the company would buy back $500 million of stock.",
            "Rival Castellan Shipping is due to report on Thursday. Credit rating agency Sterling & Hart Ratings said last month it might raise Norland's outlook.",
        ],
        "required": [
            {"name": "Norland Freight Group", "aliases": ["Norland"]},
        ],
        "allowed": ["Marketline Data", "Castellan Shipping", "Sterling & Hart Ratings"],
    },
    {
        "language": "en",
        "headline": "Farmers drive tractors into Canberra to protest water buyback scheme",
        "paragraphs": [
            "CANBERRA — More than 300 tractors rolled into the capital on Monday as farmers protested against a federal plan to buy back irrigation water from the Murray–Darling basin.",
            "The convoy was organised by the Riverina Irrigators and Growers Alliance together with the National Farmers' Council of Australia (NFCA). Later, protesters gathered on the lawns of Parliament House.",
            "“Take the water and you take the town,” said NFCA vice-president Graham Tully. Speakers accused the Department of Climate Change and Water of ignoring regional communities.",
            "A spokeswoman for the department said the buybacks were voluntary. The Australian Federal Police said the protest was peaceful. Greens senator Alice Morrow said the scheme was overdue.",
        ],
        "required": [
            {"name": "Riverina Irrigators and Growers Alliance", "aliases": []},
            {"name": "National Farmers' Council of Australia", "aliases": ["NFCA"]},
            {"name": "Department of Climate Change and Water", "aliases": []},
        ],
        "allowed": ["Australian Federal Police", "Greens"],
    },
    {
        "language": "en",
        "headline": "Amazing Retail warehouse staff walk out over heat in Nottingham",
        "paragraphs": [
            "NOTTINGHAM — Workers at an Amazing Retail Ltd distribution centre walked out on Wednesday afternoon after temperatures inside the building passed 32C, according to the Logistics Workers' Alliance (LWA).",
            "About 250 staff gathered in the car park. LWA organiser Kerry Bell said managers had refused to open loading bay doors for ventilation. “People were fainting on the line,” she said.",
            "The walkout was backed by the Nottingham and District Trades Union Council. Amazing Retail said it had installed extra fans and that the safety of its staff was “our top priority.”",
            "The Health and Safety Executive said it was aware of the complaint. Labour-run Nottingham City Council said it would write to the company.",
        ],
        "required": [
            {"name": "Logistics Workers' Alliance", "aliases": ["LWA"]},
            {"name": "Amazing Retail Ltd", "aliases": ["Amazing Retail"]},
            {"name": "Nottingham and District Trades Union Council", "aliases": []},
        ],
        "allowed": ["Health and Safety Executive", "Nottingham City Council", "Labour"],
    },
    {
        "language": "en",
        "headline": "Students occupy university building over arms investments",
        "paragraphs": [
            "EDINBURGH — Students occupied the main library at Caledon University on Tuesday night, demanding that the institution sell its shares in defence contractor Orrin Dynamics.",
            "The occupation was called by Students for Peace and Divestment, a campus group, with support from the Caledon University Students' Association (CUSA). About 120 students slept in the building.",
            "“Our fees should not fund bombs,” said CUSA president Mhairi Grant. The university's court, its governing body, is due to discuss the investments next month.",
            "A university spokesman said the library would remain closed until the occupation ended. Police Scotland said officers were monitoring the situation.",
        ],
        "required": [
            {"name": "Students for Peace and Divestment", "aliases": []},
            {"name": "Caledon University Students' Association", "aliases": ["CUSA"]},
            {"name": "Caledon University", "aliases": []},
            {"name": "Orrin Dynamics", "aliases": []},
        ],
        "allowed": ["Police Scotland"],
    },
    {
        "language": "en",
        "headline": "Actors and writers picket Lumen Pictures as performers' guild widens strike",
        "paragraphs": [
            "LOS ANGELES — Picket lines went up outside Lumen Pictures and Halcyon Streaming on Monday as the Screen Performers Guild extended its strike to video game voice work.",
            "The guild, known as SPG, was joined by members of the Writers Collective of America West. “AI is not a co-star,” read one placard carried along Melrose Avenue.",
            "SPG President Renata Cole said studios had refused to limit digital replicas of performers. The Alliance of Studio Producers, which bargains for Lumen Pictures and Halcyon Streaming, said its offer was “historic.”",
            "Talks are expected to resume next week under a federal mediator, Variety Weekly reported.",
        ],
        "required": [
            {"name": "Screen Performers Guild", "aliases": ["SPG"]},
            {"name": "Writers Collective of America West", "aliases": []},
            {"name": "Lumen Pictures", "aliases": []},
            {"name": "Halcyon Streaming", "aliases": []},
            {"name": "Alliance of Studio Producers", "aliases": []},
        ],
        "allowed": ["Variety Weekly"],
    },
    {
        "language": "en",
        "headline": "Residents protest planned incinerator in Rotherwood",
        "paragraphs": [
            "Roughly 400 residents gathered on Rotherwood Green on Saturday to oppose a waste incinerator planned by Veridian Waste Solutions on the edge of the town.",
            "The protest was organised by Rotherwood Against the Burner (RAB), a residents' group formed last year. Campaigners from Clean Air Shropshire also spoke.",
            "“Our children already have the highest asthma rates in the county,” said RAB chair Helen Pryce. The group wants Shropshire County Council to reject the planning application.",
            "Veridian Waste Solutions said the plant would meet all emission limits. The council's planning committee meets on 14 March.",
        ],
        "required": [
            {"name": "Rotherwood Against the Burner", "aliases": ["RAB"]},
            {"name": "Clean Air Shropshire", "aliases": []},
            {"name": "Veridian Waste Solutions", "aliases": []},
            {"name": "Shropshire County Council", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "en",
        "headline": "Court rules Brightline Energy must pay $80m over pipeline spill",
        "paragraphs": [
            "A federal judge in Houston ordered Brightline Energy Partners on Friday to pay $80 million in penalties over a 2023 pipeline spill that fouled 12 miles of the Sabine River.",
            "The case was brought by the Environmental Protection Agency and the Texas Commission on Environmental Quality. Judge Marcus Webb said the company had ignored corrosion warnings for three years.",
            "Brightline said it would appeal to the U.S. Court of Appeals for the Fifth Circuit. Its lawyers, from the firm Dunmore Keane LLP, argued the spill was caused by a contractor, Gulfway Services.",
            "Sabine River Keepers, a local environmental group, welcomed the ruling. The fine is among the largest of its kind in the state, according to the Houston Ledger.",
        ],
        "required": [
            {"name": "Brightline Energy Partners", "aliases": ["Brightline"]},
            {"name": "Environmental Protection Agency", "aliases": []},
            {"name": "Texas Commission on Environmental Quality", "aliases": []},
        ],
        "allowed": ["U.S. Court of Appeals for the Fifth Circuit", "Dunmore Keane LLP", "Gulfway Services", "Sabine River Keepers", "Houston Ledger"],
    },
    {
        "language": "en",
        "headline": "Bus drivers in Minneapolis strike as transit agency cuts routes",
        "paragraphs": [
            "MINNEAPOLIS — Bus service across the Twin Cities was sharply reduced on Thursday as drivers walked out in a one-day strike over schedules and safety.",
            "The strike was called by Local 1105 of the United Transit Workers, which represents 2,200 drivers and mechanics. Drivers said assaults on buses had doubled in two years.",
            "A spokesperson for the Metro Transit Authority said the agency had offered more security staff. “We share the drivers' concerns,” the spokesperson said.",
            "Minnesotans for Safe Transit, a riders' group, held a small solidarity rally at Nicollet Mall. The Twin Cities Herald reported delays of up to two hours.",
        ],
        "required": [
            {"name": "Local 1105 of the United Transit Workers", "aliases": ["United Transit Workers"]},
            {"name": "Metro Transit Authority", "aliases": []},
            {"name": "Minnesotans for Safe Transit", "aliases": []},
        ],
        "allowed": ["Twin Cities Herald"],
    },
    {
        "language": "en",
        "headline": "Thousands march in Nairobi against fuel tax increases",
        "paragraphs": [
            "NAIROBI — Thousands of people marched through central Nairobi on Tuesday against a new fuel levy, in protests called by the Kenya Consumers' Rights Movement and several opposition groups.",
            "Police fired tear gas near Uhuru Park as marchers tried to reach Parliament Buildings. The Kenya Human Rights Watchers said at least 40 people had been arrested.",
            "The Boda Boda Riders Association of Kenya, which represents motorcycle taxi drivers, said its members had parked their bikes for the day. “We cannot eat diesel,” said rider Peter Otieno.",
            "The National Treasury said the levy was needed to service debt. Kenya News Service quoted an official as saying the rate would be reviewed in June.",
        ],
        "required": [
            {"name": "Kenya Consumers' Rights Movement", "aliases": []},
            {"name": "Boda Boda Riders Association of Kenya", "aliases": []},
            {"name": "National Treasury", "aliases": []},
        ],
        "allowed": ["Kenya Human Rights Watchers", "Kenya News Service"],
    },
    {
        "language": "en",
        "headline": "Disability campaigners stage sit-in at Department for Work and Pensions",
        "paragraphs": [
            "LONDON — About 50 disabled campaigners and carers staged a sit-in in the lobby of the Department for Work and Pensions on Thursday against cuts to sickness benefits.",
            "The action was organised by Disabled People Against Austerity Now (DPAAN) and the Carers' Network of Greater London. Several protesters used wheelchairs to block the lifts.",
            "DPAAN spokesperson Rhys Evans said the cuts would push 200,000 people into poverty. “We are not scroungers, we are citizens,” he said.",
            "A DWP spokesperson said the reforms would help people into work. Scotland Yard said no arrests had been made. The Reform Liberals called for the cuts to be paused.",
        ],
        "required": [
            {"name": "Disabled People Against Austerity Now", "aliases": ["DPAAN"]},
            {"name": "Carers' Network of Greater London", "aliases": []},
            {"name": "Department for Work and Pensions", "aliases": ["DWP"]},
        ],
        "allowed": ["Scotland Yard", "Reform Liberals"],
    },
    {
        "language": "en",
        "headline": "Healthcare workers rally in Toronto over hospital privatisation",
        "paragraphs": [
            "TORONTO — Nurses, porters and cleaners rallied at Queen's Park on Saturday against Ontario's plan to move surgeries to for-profit clinics.",
            "The rally was organised by the Ontario Coalition for Public Care and the Canadian Union of Hospital Employees (CUHE). Organisers put the crowd at 10,000; police did not give an estimate.",
            "“Medicare was built by working people and we will defend it,” said CUHE president Sandra Liu. Protesters chanted outside the offices of the Ministry of Health and Long-Term Care.",
            "Health Minister Derek Hall said the province was cutting waiting lists. The opposition Ontario Progressive Alliance joined the rally. Private operator Northstar Surgical Centres declined to comment.",
        ],
        "required": [
            {"name": "Ontario Coalition for Public Care", "aliases": []},
            {"name": "Canadian Union of Hospital Employees", "aliases": ["CUHE"]},
            {"name": "Ministry of Health and Long-Term Care", "aliases": []},
        ],
        "allowed": ["Ontario Progressive Alliance", "Northstar Surgical Centres"],
    },
    {
        "language": "en",
        "headline": "Gig couriers log off across Manila in pay protest against Zoomi",
        "paragraphs": [
            "MANILA — Thousands of delivery riders logged off the Zoomi app on Friday in protest at a cut in per-order fees, leaving restaurants across Metro Manila without couriers at lunchtime.",
            "The action was coordinated by RIDERS-PH, an alliance of rider groups, and backed by the Kilusang Manggagawa ng Lungsod labour centre. Riders gathered at Liwasang Bonifacio before noon.",
            "“The algorithm is our boss now, and it has no face,” said rider Jomar Santos. Zoomi Technologies Inc. said the new fee structure had been designed to increase orders.",
            "The Department of Labor and Employment said it would summon the company to a hearing next week. Philippine News Wire said the app was back to normal by evening.",
        ],
        "required": [
            {"name": "RIDERS-PH", "aliases": []},
            {"name": "Kilusang Manggagawa ng Lungsod", "aliases": []},
            {"name": "Zoomi Technologies Inc.", "aliases": ["Zoomi"]},
        ],
        "allowed": ["Department of Labor and Employment", "Philippine News Wire"],
    },
    {
        "language": "en",
        "headline": "United Redstone beat Harbour City 2-1 to go top",
        "paragraphs": [
            "United Redstone moved to the top of the Premier Division on Saturday with a 2-1 win over Harbour City at Millfield Park.",
            "Striker Joel Asante opened the scoring after 12 minutes before Harbour City equalised through a penalty. Substitute Kai Larsen headed the winner in stoppage time.",
            "Redstone manager Simon Ford said his side had “earned the luck.” Harbour City were furious with the penalty award and said they would write to the Football League Referees Board.",
            "The win leaves Redstone a point ahead of Albion Rovers, who drew 0-0 at Kingsway Athletic. Attendance was 31,204.",
        ],
        "required": [
            {"name": "United Redstone", "aliases": ["Redstone"]},
            {"name": "Harbour City", "aliases": []},
        ],
        "allowed": ["Premier Division", "Football League Referees Board", "Albion Rovers", "Kingsway Athletic"],
    },
    {
        "language": "en",
        "headline": "Women's March brings thousands to Denver over clinic closures",
        "paragraphs": [
            "DENVER — Thousands of people filled Civic Center Park on Saturday for the annual Women's March, organised this year by Women Rising Colorado, to protest the closure of four reproductive health clinics.",
            "Marchers also targeted Centura Family Health, the hospital network that announced the closures last month. Organisers said the network had bowed to political pressure.",
            "“This is not a budget decision, it's a political one,” said Women Rising director Emily Vance. Planned Families of the Rockies, which runs two of the clinics, joined the march.",
            "Centura Family Health said the clinics were losing money. Colorado State Patrol said the march passed without incident. Saturday's event drew more people than last year's, according to the Denver Daily.",
        ],
        "required": [
            {"name": "Women Rising Colorado", "aliases": ["Women Rising"]},
            {"name": "Centura Family Health", "aliases": []},
            {"name": "Planned Families of the Rockies", "aliases": []},
        ],
        "allowed": ["Colorado State Patrol", "Denver Daily"],
    },
    {
        "language": "en",
        "headline": "Rail unions announce strike dates as talks with Network Line collapse",
        "paragraphs": [
            "Two rail unions said on Monday they would hold three days of strikes this month after talks with Network Line, which runs Britain's railway infrastructure, broke down over job cuts.",
            "The Federated Union of Rail, Maritime and Signal Workers (FURMSW) and the drivers' union FLAME said members would strike on the 12th, 14th and 16th.",
            "“The company wants to close ticket offices and cut 1,900 maintenance jobs,” said FURMSW general secretary Gary Moss. FLAME said its drivers would also refuse overtime.",
            "Network Line said the plans were needed to modernise the railway. The Department for Transport urged the unions to call off the action. Passenger group Rail Users Voice said travellers were “caught in the middle.”",
        ],
        "required": [
            {"name": "Federated Union of Rail, Maritime and Signal Workers", "aliases": ["FURMSW"]},
            {"name": "FLAME", "aliases": []},
            {"name": "Network Line", "aliases": []},
        ],
        "allowed": ["Department for Transport", "Rail Users Voice"],
    },
    {
        "language": "en",
        "headline": "Indigenous groups protest lithium mine on Nevada ranchland",
        "paragraphs": [
            "WINNEMUCCA, Nev. — Members of several tribes and environmental groups gathered at the gates of a planned lithium mine on Saturday, saying the project would destroy sacred land.",
            "The protest was organised by People of Red Mountain, a tribal grassroots group, with support from the Great Basin Water Defense Fund. About 200 people attended.",
            "“You cannot mitigate a massacre site,” said organiser Daryl Sam. The groups are suing the Bureau of Land Management, which approved the mine last year.",
            "Mine developer Silver Peak Lithium Corp. said it had consulted tribes for two years. Humboldt County Sheriff's Office deputies watched from the road.",
        ],
        "required": [
            {"name": "People of Red Mountain", "aliases": []},
            {"name": "Great Basin Water Defense Fund", "aliases": []},
            {"name": "Bureau of Land Management", "aliases": []},
            {"name": "Silver Peak Lithium Corp.", "aliases": []},
        ],
        "allowed": ["Humboldt County Sheriff's Office"],
    },
    {
        "language": "en",
        "headline": "Cleaners at Thames Tower win living wage after month-long strike",
        "paragraphs": [
            "Cleaners at Thames Tower in central London ended a month-long strike on Friday after their employer, Crystalline Facilities Management, agreed to pay the London Living Wage.",
            "The strike was led by the grassroots union United Voices of Cleaners (UVC), which represents mostly Latin American migrant workers.",
            "“We cleaned their offices through the pandemic, and now we are finally seen,” said UVC organiser Rosa Maldonado, speaking in Spanish. Tenants of the building include the bank Ashford Merchant.",
            "Crystalline Facilities Management said the deal had been reached “in a spirit of partnership.” The Greater London Authority welcomed the agreement.",
        ],
        "required": [
            {"name": "United Voices of Cleaners", "aliases": ["UVC"]},
            {"name": "Crystalline Facilities Management", "aliases": []},
        ],
        "allowed": ["Ashford Merchant", "Greater London Authority"],
    },
    {
        "language": "en",
        "headline": "Protesters rally against Lakeshore freeway widening",
        "paragraphs": [
            "CHICAGO — Cyclists, parents and neighbourhood groups rallied on Saturday against a state plan to add two lanes to the Lakeshore Expressway, saying it would bring more traffic and pollution.",
            "The rally in Grant Park was organised by Streets for People Chicago and the South Side Environmental Justice Alliance. Participants rode bicycles along part of the route.",
            "“Widening a highway to cure congestion is like loosening your belt to cure obesity,” said organiser Tanya Brooks. The groups want the Illinois Department of Transportation (IDOT) to withdraw the plan.",
            "An IDOT spokesperson said the project would improve safety. Alderman Ray Gomez, who attended, said the Chicago City Council would hold a hearing on the plan.",
        ],
        "required": [
            {"name": "Streets for People Chicago", "aliases": []},
            {"name": "South Side Environmental Justice Alliance", "aliases": []},
            {"name": "Illinois Department of Transportation", "aliases": ["IDOT"]},
        ],
        "allowed": ["Chicago City Council"],
    },
    {
        "language": "en",
        "headline": "Pilots at SkyJet picket airports in seniority dispute",
        "paragraphs": [
            "Off-duty pilots at SkyJet Airways picketed outside terminals in Atlanta, Dallas and Denver on Thursday, in a dispute over the merger of seniority lists with the acquired carrier Coastal Air.",
            "The pickets were organised by the Air Line Pilots Council of SkyJet (ALPCS). The union said it was not a strike and that no flights would be affected.",
            "“Twenty years of service should not vanish in a spreadsheet,” said captain Mark Devlin. Federal law bars airline pilots from striking without approval from the National Mediation Board.",
            "SkyJet said it was negotiating in good faith. Analysts at Crestview Securities said the dispute could delay the integration of Coastal Air by a year.",
        ],
        "required": [
            {"name": "Air Line Pilots Council of SkyJet", "aliases": ["ALPCS"]},
            {"name": "SkyJet Airways", "aliases": ["SkyJet"]},
        ],
        "allowed": ["Coastal Air", "National Mediation Board", "Crestview Securities"],
    },
    {
        "language": "en",
        "headline": "Fishermen blockade harbour in protest at offshore wind farm",
        "paragraphs": [
            "Dozens of fishing boats blockaded the harbour of Port Aldwin on Monday morning in protest at a wind farm planned by Boreal Offshore Wind off the Cornish coast.",
            "The protest was organised by the South West Inshore Fishermen's Association, which says cables would destroy crab and lobster grounds. Members of the Cornwall Fish Producers' Organisation joined them.",
            "“Nobody asked the men who actually fish these waters,” said skipper Jory Trelawney. The Marine Management Organisation, which licenses the project, said it would review the objections.",
            "Boreal Offshore Wind, a joint venture between Nordvind Energy and Tamar Capital, said it had held 30 consultation meetings. The Harbour Master reopened the port at noon.",
        ],
        "required": [
            {"name": "South West Inshore Fishermen's Association", "aliases": []},
            {"name": "Cornwall Fish Producers' Organisation", "aliases": []},
            {"name": "Boreal Offshore Wind", "aliases": []},
        ],
        "allowed": ["Marine Management Organisation", "Nordvind Energy", "Tamar Capital"],
    },
    {
        "language": "en",
        "headline": "Hotel workers strike across Las Vegas Strip",
        "paragraphs": [
            "LAS VEGAS — Housekeepers, cooks and bartenders at six casino resorts walked off the job on Friday in a 48-hour strike called by the Desert Hospitality Workers Union Local 88.",
            "The union said about 9,000 members were taking part at properties owned by Meridian Gaming Corp. and Royal Sands Resorts. Picket lines snaked along Las Vegas Boulevard.",
            "“We make these hotels run, and we want our fair share,” said housekeeper Maria Flores. The union is also backed by the Nevada Alliance of Retired Americans.",
            "Meridian Gaming Corp. said guests would see “minimal disruption.” Royal Sands Resorts did not respond. Las Vegas Metropolitan Police Department closed two lanes for the pickets.",
        ],
        "required": [
            {"name": "Desert Hospitality Workers Union Local 88", "aliases": []},
            {"name": "Meridian Gaming Corp.", "aliases": []},
            {"name": "Royal Sands Resorts", "aliases": []},
            {"name": "Nevada Alliance of Retired Americans", "aliases": []},
        ],
        "allowed": ["Las Vegas Metropolitan Police Department"],
    },
    {
        "language": "en",
        "headline": "Parents protest school closure plan in Cleveland suburb",
        "paragraphs": [
            "PARMA, Ohio — Parents and pupils held a candlelight vigil outside Westbrook Elementary on Thursday evening to protest the district's plan to close the school in June.",
            "The vigil was organised by Save Westbrook Schools, a parents' group, and the Parma Federation of Teachers. Around 300 people attended, many carrying paper lanterns.",
            "“This school is the heart of our neighborhood,” said parent Jennifer Kowalski. Speakers called on the Parma City School District Board of Education to reverse its vote.",
            "Superintendent Alan Price said falling enrolment left the board no choice. The board meets again on Monday.",
        ],
        "required": [
            {"name": "Save Westbrook Schools", "aliases": []},
            {"name": "Parma Federation of Teachers", "aliases": []},
            {"name": "Parma City School District Board of Education", "aliases": []},
        ],
        "allowed": ["Westbrook Elementary"],
    },
    {
        "language": "en",
        "headline": "Telecom engineers at Vortel walk out over outsourcing",
        "paragraphs": [
            "JOHANNESBURG — Engineers and call-centre staff at Vortel SA went on strike on Wednesday over the company's plan to outsource 3,000 jobs to contractors.",
            "The strike was called by the Communication and Allied Workers' Union of South Africa (CAWUSA) and supported by the Solidarity Federation of Trade Unions. Marchers gathered outside Vortel's head office in Midrand.",
            "“Outsourcing is how they cut wages without saying so,” said CAWUSA general secretary Thabo Nkosi. Vortel SA said it would keep core network jobs in-house.",
            "The Commission for Conciliation, Mediation and Arbitration said it would convene talks on Monday. Mobile services were not disrupted, according to Rand Business Daily.",
        ],
        "required": [
            {"name": "Communication and Allied Workers' Union of South Africa", "aliases": ["CAWUSA"]},
            {"name": "Solidarity Federation of Trade Unions", "aliases": []},
            {"name": "Vortel SA", "aliases": ["Vortel"]},
        ],
        "allowed": ["Commission for Conciliation, Mediation and Arbitration", "Rand Business Daily"],
    },
    {
        "language": "en",
        "headline": "Greenfield Pharma settles shareholder lawsuit for $45 million",
        "paragraphs": [
            "Greenfield Pharmaceuticals Inc. agreed on Monday to pay $45 million to settle a shareholder lawsuit over claims it misled investors about a failed arthritis drug trial.",
            "The class action was led by the Carolina Teachers' Retirement System, which lost about $30 million when Greenfield shares fell 60 percent in a day in 2022.",
            "The settlement must be approved by the U.S. District Court for the Southern District of New York. Greenfield did not admit wrongdoing, according to a filing with the Securities and Exchange Commission.",
            "Plaintiffs were represented by Halberd Price & Lowe. Shares in Greenfield were little changed at $18.40.",
        ],
        "required": [
            {"name": "Greenfield Pharmaceuticals Inc.", "aliases": ["Greenfield"]},
            {"name": "Carolina Teachers' Retirement System", "aliases": []},
        ],
        "allowed": ["U.S. District Court for the Southern District of New York", "Securities and Exchange Commission", "Halberd Price & Lowe"],
    },
]

# ---------------------------------------------------------------------- de
CASES += [
    {
        "language": "de",
        "headline": "Warnstreik im Nahverkehr: Busse und Bahnen in Hannover stehen still",
        "paragraphs": [
            "HANNOVER – Einem Streikaufruf der Gewerkschaft Mobilität und Dienste (GMD) sind am Montag Tausende Beschäftigte im Nahverkehr gefolgt. In Hannover fuhren weder Busse noch Stadtbahnen.",
            "Die GMD fordert für die Beschäftigten der Verkehrsbetriebe Leinetal AG zwölf Prozent mehr Lohn sowie kürzere Schichten. Die Arbeitgeber hatten bislang fünf Prozent angeboten.",
            "„Wer morgens um vier Uhr den ersten Bus fährt, verdient mehr als warme Worte“, sagte GMD-Landesbezirksleiterin Sabine Krüger vor dem Betriebshof am Steintor.",
            "Der Arbeitgeberverband Nahverkehr Niedersachsen (ANN) nannte den Warnstreik unverhältnismäßig. Die nächste Verhandlungsrunde ist für Donnerstag angesetzt, wie die Deutsche Nachrichtenagentur Nord berichtete.",
        ],
        "required": [
            {"name": "Gewerkschaft Mobilität und Dienste", "aliases": ["GMD"]},
            {"name": "Verkehrsbetriebe Leinetal AG", "aliases": []},
            {"name": "Arbeitgeberverband Nahverkehr Niedersachsen", "aliases": ["ANN"]},
        ],
        "allowed": ["Deutsche Nachrichtenagentur Nord"],
    },
    {
        "language": "de",
        "headline": "Tausende demonstrieren in München gegen Ausbau der Autobahn",
        "paragraphs": [
            "MÜNCHEN – Rund 8000 Menschen haben am Samstag in der bayerischen Landeshauptstadt gegen den geplanten Ausbau der A 99 demonstriert. Der Zug zog vom Karlsplatz zum Odeonsplatz.",
            "Aufgerufen hatten der Bund für Landschaft und Klimaschutz Bayern, die Initiative Verkehrswende jetzt! sowie der Radlerverein Isar e.V. Nach Angaben der Polizei verlief die Demonstration friedlich.",
            "„Mehr Spuren bringen mehr Stau, nicht weniger“, sagte die Landesvorsitzende des Bundes für Landschaft und Klimaschutz Bayern, Petra Hofmeier. Die Verbände fordern das Bundesministerium für Digitales und Verkehr auf, das Projekt zu stoppen.",
            "Eine Sprecherin der Autobahn-Planungsgesellschaft Süd verwies auf das laufende Planfeststellungsverfahren. Die Bayerische Volkspartei-Fraktion im Stadtrat unterstützt den Ausbau.",
        ],
        "required": [
            {"name": "Bund für Landschaft und Klimaschutz Bayern", "aliases": ["Bundes für Landschaft und Klimaschutz Bayern"]},
            {"name": "Initiative Verkehrswende jetzt!", "aliases": []},
            {"name": "Radlerverein Isar e.V.", "aliases": []},
            {"name": "Bundesministerium für Digitales und Verkehr", "aliases": []},
        ],
        "allowed": ["Autobahn-Planungsgesellschaft Süd", "Bayerische Volkspartei", "Polizei", "Stadtrat"],
    },
    {
        "language": "de",
        "headline": "Pflegekräfte protestieren vor dem Landtag in Düsseldorf",
        "paragraphs": [
            "DÜSSELDORF – Mehrere Hundert Pflegekräfte aus ganz Nordrhein-Westfalen haben am Mittwoch vor dem Landtag für bessere Arbeitsbedingungen protestiert.",
            "Zu der Kundgebung hatten das Bündnis Pflege am Limit und der Berufsverband für Pflege und Gesundheitsfachberufe (BPG) aufgerufen. Viele Teilnehmende trugen weiße Kittel und Trillerpfeifen.",
            "„Wir sind nicht die Lückenfüller des Systems“, rief Intensivpflegerin Jana Weber von der Bühne. Die Forderungen richten sich an das Ministerium für Arbeit, Gesundheit und Soziales des Landes.",
            "Ein Ministeriumssprecher sagte, man sei mit den Verbänden im Gespräch. Auch die Krankenhausgesellschaft Rhein-Ruhr äußerte Verständnis für die Anliegen, lehnte aber feste Personalschlüssel ab.",
        ],
        "required": [
            {"name": "Bündnis Pflege am Limit", "aliases": []},
            {"name": "Berufsverband für Pflege und Gesundheitsfachberufe", "aliases": ["BPG"]},
            {"name": "Ministerium für Arbeit, Gesundheit und Soziales", "aliases": []},
        ],
        "allowed": ["Landtag", "Krankenhausgesellschaft Rhein-Ruhr"],
    },
    {
        "language": "de",
        "headline": "Beschäftigte von Kessler Stahl legen Arbeit nieder",
        "paragraphs": [
            "DUISBURG – Aus Protest gegen den geplanten Abbau von 2500 Stellen haben am Dienstag Beschäftigte der Kessler Stahlwerke GmbH die Arbeit niedergelegt.",
            "Die Industriegewerkschaft Metall und Energie (IGME) sprach von rund 4000 Teilnehmenden vor der Hauptverwaltung. IGME-Bezirksleiter Knut Hansen warf dem Vorstand „Kahlschlag auf Raten“ vor.",
            "Auch der Betriebsrat der Kessler Stahlwerke unterstützte die Aktion. Die Geschäftsführung verwies auf hohe Energiepreise und schwache Nachfrage aus der Autoindustrie.",
            "Am Nachmittag zogen die Stahlarbeiter zum Rathaus. Oberbürgermeister Frank Lindner (Sozialdemokratische Bürgerliste) sicherte ihnen Unterstützung zu.",
        ],
        "required": [
            {"name": "Kessler Stahlwerke GmbH", "aliases": ["Kessler Stahlwerke", "Kessler Stahl"]},
            {"name": "Industriegewerkschaft Metall und Energie", "aliases": ["IGME"]},
        ],
        "allowed": ["Sozialdemokratische Bürgerliste", "Betriebsrat der Kessler Stahlwerke"],
    },
    {
        "language": "de",
        "headline": "Mieterinnen und Mieter protestieren gegen Wohnkonzern Domus Real",
        "paragraphs": [
            "BERLIN – Mehrere Tausend Menschen sind am Samstag in Berlin gegen steigende Mieten auf die Straße gegangen. Der Protest richtete sich vor allem gegen den Wohnkonzern Domus Real Estate SE.",
            "Organisiert wurde die Demonstration vom Berliner Mieterbündnis „Stadt für alle“ und der Initiative Domus enteignen. Der Zug führte vom Alexanderplatz nach Kreuzberg.",
            "„Wohnen ist ein Grundrecht, keine Rendite-Anlage“, sagte Sprecherin Aylin Demir. Die Initiativen fordern vom Senat von Berlin einen Mietendeckel für große Vermieter.",
            "Domus Real erklärte, man investiere jährlich Millionen in die Sanierung der Bestände. Der Berliner Mieterschutzverein schätzte die Teilnehmerzahl auf 12.000, die Polizei auf 6000.",
        ],
        "required": [
            {"name": "Domus Real Estate SE", "aliases": ["Domus Real"]},
            {"name": "Berliner Mieterbündnis „Stadt für alle“", "aliases": ["Stadt für alle"]},
            {"name": "Initiative Domus enteignen", "aliases": []},
            {"name": "Senat von Berlin", "aliases": []},
        ],
        "allowed": ["Berliner Mieterschutzverein", "Polizei"],
    },
    {
        "language": "de",
        "headline": "Landwirte blockieren Zufahrten zu Molkerei im Allgäu",
        "paragraphs": [
            "KEMPTEN – Mit rund 200 Traktoren haben Milchbauern am Donnerstag die Zufahrten zur Molkerei Alpenmilch eG blockiert. Sie protestieren gegen den Milchpreis von 38 Cent je Liter.",
            "Hinter der Aktion steht der Verband unabhängiger Milcherzeuger Süddeutschlands (VUMS). Unterstützt wurden die Bauern von der Arbeitsgemeinschaft bäuerliche Landwirtschaft im Allgäu.",
            "„Wir produzieren unter Kosten, seit zwei Jahren“, sagte VUMS-Vorsitzender Anton Rauch. Die Genossenschaft müsse endlich fair zahlen.",
            "Die Molkerei Alpenmilch erklärte, sie sei an die Preise des Lebensmitteleinzelhandels gebunden. Die Polizeiinspektion Kempten meldete keine Zwischenfälle.",
        ],
        "required": [
            {"name": "Molkerei Alpenmilch eG", "aliases": ["Molkerei Alpenmilch"]},
            {"name": "Verband unabhängiger Milcherzeuger Süddeutschlands", "aliases": ["VUMS"]},
            {"name": "Arbeitsgemeinschaft bäuerliche Landwirtschaft im Allgäu", "aliases": []},
        ],
        "allowed": ["Polizeiinspektion Kempten"],
    },
    {
        "language": "de",
        "headline": "Hamburger Reederei Nordlicht meldet Rekordgewinn",
        "paragraphs": [
            "HAMBURG – Die Reederei Nordlicht Container-Linie AG hat im ersten Halbjahr so viel verdient wie nie zuvor. Der Überschuss stieg auf 1,9 Milliarden Euro, teilte das Unternehmen am Donnerstag mit.",
            "Grund seien höhere Frachtraten auf den Routen nach Asien. Analysten der Hanseatischen Privatbank hatten mit 1,6 Milliarden Euro gerechnet.",
            "Vorstandschef Henning Clausen kündigte eine Sonderdividende an. Größter Anteilseigner ist die Stadt Hamburg über die Hafenbeteiligungsgesellschaft HBG.",
            "Die Aktie legte an der Börse Hamburg um sechs Prozent zu. Konkurrent Baltica Shipping legt seine Zahlen in der kommenden Woche vor.",
        ],
        "required": [
            {"name": "Nordlicht Container-Linie AG", "aliases": ["Nordlicht"]},
        ],
        "allowed": ["Stadt Hamburg", "Hanseatischen Privatbank", "Hafenbeteiligungsgesellschaft HBG", "Börse Hamburg", "Baltica Shipping"],
    },
    {
        "language": "de",
        "headline": "Wien: Studierende besetzen Hörsaal aus Protest gegen Studiengebühren",
        "paragraphs": [
            "WIEN – Studierende haben am Dienstag das Audimax der Universität am Ring besetzt. Sie protestieren gegen die geplante Wiedereinführung von Studiengebühren.",
            "Zu der Besetzung aufgerufen hatte die Plattform Bildung brennt weiter gemeinsam mit der Österreichischen Studierendenvertretung (ÖSV). Rund 500 Studierende beteiligten sich.",
            "„Bildung darf keine Frage des Geldbeutels sein“, sagte ÖSV-Vorsitzende Lea Gruber. Die Forderungen richten sich an das Bundesministerium für Bildung, Wissenschaft und Forschung.",
            "Das Rektorat kündigte an, die Besetzung vorerst zu dulden. Die Volksunion-nahe Studentenfraktion distanzierte sich von der Aktion.",
        ],
        "required": [
            {"name": "Plattform Bildung brennt weiter", "aliases": []},
            {"name": "Österreichischen Studierendenvertretung", "aliases": ["ÖSV"]},
            {"name": "Bundesministerium für Bildung, Wissenschaft und Forschung", "aliases": []},
        ],
        "allowed": ["Universität am Ring", "Volksunion"],
    },
    {
        "language": "de",
        "headline": "Klimaaktivisten blockieren Flughafen-Zufahrt in Frankfurt",
        "paragraphs": [
            "FRANKFURT AM MAIN – Aktivistinnen und Aktivisten der Gruppe Letzte Ausfahrt Klima haben am Freitagmorgen eine Zufahrt zum Frankfurter Flughafen blockiert. Einige klebten sich auf der Fahrbahn fest.",
            "Die Gruppe fordert ein Verbot von Inlandsflügen und richtet ihren Protest gegen die Betreibergesellschaft Rhein-Main Airport Holding. Mehrere Dutzend Menschen beteiligten sich.",
            "Die Bundespolizei und die Polizei Hessen lösten die Blockade nach rund zwei Stunden auf. Gegen 23 Personen wird wegen Nötigung ermittelt.",
            "Ein Sprecher der Rhein-Main Airport Holding sagte, der Flugbetrieb sei nicht beeinträchtigt gewesen. Der Verband der Flughafenanrainer Südhessen kritisierte die Aktion als „kontraproduktiv“.",
        ],
        "required": [
            {"name": "Letzte Ausfahrt Klima", "aliases": []},
            {"name": "Rhein-Main Airport Holding", "aliases": []},
        ],
        "allowed": ["Bundespolizei", "Polizei Hessen", "Verband der Flughafenanrainer Südhessen"],
    },
    {
        "language": "de",
        "headline": "Erzieherinnen streiken: Kitas in Stuttgart geschlossen",
        "paragraphs": [
            "STUTTGART – Zahlreiche städtische Kindertagesstätten sind am Mittwoch geschlossen geblieben. Die Gewerkschaft Erziehung und Soziale Arbeit (GESA) hatte die Beschäftigten zum ganztägigen Warnstreik aufgerufen.",
            "Rund 1500 Erzieherinnen und Erzieher versammelten sich auf dem Schlossplatz. Die GESA fordert mehr Personal und eine höhere Eingruppierung im Tarifvertrag.",
            "Unterstützung kam vom Gesamtelternbeirat der Stuttgarter Kitas. „Wir Eltern stehen hinter dem Personal, auch wenn der Streik uns trifft“, sagte dessen Vorsitzender Markus Bühler.",
            "Die Stadt Stuttgart verwies auf die laufenden Tarifverhandlungen der Vereinigung kommunaler Arbeitgeber Südwest. Eine Notbetreuung war eingerichtet.",
        ],
        "required": [
            {"name": "Gewerkschaft Erziehung und Soziale Arbeit", "aliases": ["GESA"]},
            {"name": "Gesamtelternbeirat der Stuttgarter Kitas", "aliases": []},
            {"name": "Stadt Stuttgart", "aliases": []},
            {"name": "Vereinigung kommunaler Arbeitgeber Südwest", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "de",
        "headline": "Protest gegen Schließung der Geburtsstation in Kleinstadt",
        "paragraphs": [
            "BAD SÄCKINGEN – Gegen die Schließung der Geburtsstation am Kreiskrankenhaus haben am Sonntag rund 1200 Menschen demonstriert. Viele Eltern kamen mit Kinderwagen.",
            "Organisiert hatte die Kundgebung der Verein Hebammen für den Hochrhein zusammen mit dem Aktionsbündnis Geburt vor Ort. Sie fordern vom Kreistag, die Entscheidung zurückzunehmen.",
            "Die Betreibergesellschaft Kliniken Hochrhein gGmbH begründet die Schließung mit fehlenden Fachärzten. Landrat Thomas Eberle sagte, man suche nach Lösungen.",
            "„Die nächste Geburtsstation ist 45 Minuten entfernt, im Winter länger“, sagte Hebamme Claudia Maier. Die Südbadische Rundschau berichtete, dass bereits 9000 Unterschriften gesammelt wurden.",
        ],
        "required": [
            {"name": "Hebammen für den Hochrhein", "aliases": []},
            {"name": "Aktionsbündnis Geburt vor Ort", "aliases": []},
            {"name": "Kliniken Hochrhein gGmbH", "aliases": []},
        ],
        "allowed": ["Südbadische Rundschau", "Kreistag"],
    },
    {
        "language": "de",
        "headline": "Zürich: Kundgebung gegen Lohndumping auf Baustellen",
        "paragraphs": [
            "ZÜRICH – Mehrere Tausend Bauarbeiter haben am Samstag in Zürich für einen neuen Landesmantelvertrag demonstriert. Der Umzug führte vom Helvetiaplatz zum Paradeplatz.",
            "Zur Kundgebung aufgerufen hatten die Gewerkschaft Bau und Industrie Schweiz (GBIS) und die christliche Gewerkschaft Arbeit und Familie (CGAF). Sie werfen dem Schweizerischen Bauunternehmerverband vor, die Verhandlungen zu blockieren.",
            "„Auf dem Bau wird um sieben Uhr gearbeitet, bei Regen und Hitze“, sagte GBIS-Präsident Renato Bernasconi. Die Gewerkschaften fordern einen Frühpensionierung ab 60.",
            "Der Schweizerische Bauunternehmerverband teilte mit, man sei gesprächsbereit. Laut Stadtpolizei Zürich nahmen rund 15.000 Personen teil.",
        ],
        "required": [
            {"name": "Gewerkschaft Bau und Industrie Schweiz", "aliases": ["GBIS"]},
            {"name": "Gewerkschaft Arbeit und Familie", "aliases": ["CGAF"]},
            {"name": "Schweizerische Bauunternehmerverband", "aliases": ["Schweizerischen Bauunternehmerverband"]},
        ],
        "allowed": ["Stadtpolizei Zürich"],
    },
    {
        "language": "de",
        "headline": "FC Weserstadt gewinnt Nordderby gegen Hansa Lübeck",
        "paragraphs": [
            "BREMEN – Der FC Weserstadt hat das Nordderby gegen den SV Hansa Lübeck mit 3:1 gewonnen und ist auf Platz vier der Tabelle geklettert.",
            "Vor 41.000 Zuschauern im Weserpark-Stadion traf Stürmer Jonas Petersen doppelt. Für die Gäste verkürzte Ali Yilmaz per Foulelfmeter.",
            "„Das war ein Sieg für die Fans“, sagte Trainer Dirk Stöver. Hansa Lübeck bleibt auf einem Abstiegsplatz. Der Deutsche Fußball-Bund prüft Pyrotechnik im Gästeblock.",
            "Am nächsten Spieltag reist Weserstadt zu Borussia Lindental.",
        ],
        "required": [
            {"name": "FC Weserstadt", "aliases": ["Weserstadt"]},
            {"name": "SV Hansa Lübeck", "aliases": ["Hansa Lübeck"]},
        ],
        "allowed": ["Deutsche Fußball-Bund", "Borussia Lindental"],
    },
    {
        "language": "de",
        "headline": "Versand-Beschäftigte streiken vor dem Weihnachtsgeschäft",
        "paragraphs": [
            "LEIPZIG – Beschäftigte des Versandhändlers Paketwelt Logistik GmbH sind am Montag an mehreren Standorten in einen dreitägigen Streik getreten.",
            "Zum Ausstand aufgerufen hat die Vereinte Gewerkschaft für Handel, Logistik und Dienstleistungen (VGHLD). Sie fordert die Anerkennung der Flächentarifverträge des Einzel- und Versandhandels.",
            "„Seit zehn Jahren verweigert Paketwelt jede Tarifbindung“, sagte VGHLD-Streikleiter Mehmet Aksoy am Werkstor in Leipzig-Radefeld. Rund 900 Beschäftigte beteiligten sich.",
            "Paketwelt erklärte, die Pakete kämen pünktlich an. Das Sächsische Staatsministerium für Wirtschaft, Arbeit und Verkehr rief beide Seiten zu Gesprächen auf.",
        ],
        "required": [
            {"name": "Paketwelt Logistik GmbH", "aliases": ["Paketwelt"]},
            {"name": "Vereinte Gewerkschaft für Handel, Logistik und Dienstleistungen", "aliases": ["VGHLD"]},
        ],
        "allowed": ["Sächsische Staatsministerium für Wirtschaft, Arbeit und Verkehr"],
    },
    {
        "language": "de",
        "headline": "Anwohner demonstrieren gegen Abriss von Sozialwohnungen in Köln",
        "paragraphs": [
            "KÖLN – Rund 600 Anwohnerinnen und Anwohner haben am Samstag gegen den geplanten Abriss von 300 Sozialwohnungen in Köln-Chorweiler protestiert.",
            "Die Demonstration war von der Mieterinitiative Chorweiler bleibt und dem Kölner Netzwerk Recht auf Stadt organisiert worden. Ziel war das Rathaus, wo der Stadtrat von Köln tagte.",
            "Eigentümerin der Häuser ist die Wohnungsgesellschaft Rheinheim GmbH, die an der Stelle Eigentumswohnungen bauen will. Ein Sprecher sagte, den Mietern würden Ersatzwohnungen angeboten.",
            "„Ersatz heißt für uns: weg aus dem Viertel“, sagte Anwohnerin Gül Öztürk. Die Fraktion der Grünen Liste Köln kündigte einen Antrag im Stadtrat an.",
        ],
        "required": [
            {"name": "Mieterinitiative Chorweiler bleibt", "aliases": []},
            {"name": "Kölner Netzwerk Recht auf Stadt", "aliases": []},
            {"name": "Stadtrat von Köln", "aliases": ["Stadtrat"]},
            {"name": "Wohnungsgesellschaft Rheinheim GmbH", "aliases": []},
        ],
        "allowed": ["Grünen Liste Köln"],
    },
    {
        "language": "de",
        "headline": "Landgericht verurteilt Ex-Vorstand der Südbank wegen Untreue",
        "paragraphs": [
            "NÜRNBERG – Das Landgericht Nürnberg-Fürth hat den früheren Vorstandschef der Südbank Franken AG zu drei Jahren Haft verurteilt. Er habe der Bank durch riskante Geschäfte einen Schaden von 140 Millionen Euro zugefügt.",
            "Die Anklage hatte die Staatsanwaltschaft Nürnberg erhoben. Die Verteidigung kündigte Revision beim Bundesgerichtshof an.",
            "Die Bundesanstalt für Finanzdienstleistungsaufsicht hatte die Geschäfte bereits 2021 beanstandet. Die Südbank Franken ist inzwischen Teil der Genossenschaftsbank Mittelfranken eG.",
            "Der Verein der Kleinaktionäre Nordbayern begrüßte das Urteil.",
        ],
        "required": [
            {"name": "Landgericht Nürnberg-Fürth", "aliases": []},
            {"name": "Südbank Franken AG", "aliases": ["Südbank Franken", "Südbank"]},
        ],
        "allowed": ["Staatsanwaltschaft Nürnberg", "Bundesgerichtshof", "Bundesanstalt für Finanzdienstleistungsaufsicht", "Genossenschaftsbank Mittelfranken eG", "Verein der Kleinaktionäre Nordbayern"],
    },
    {
        "language": "de",
        "headline": "Ärztinnen und Ärzte an Unikliniken im Warnstreik",
        "paragraphs": [
            "FREIBURG – An mehreren Universitätskliniken in Baden-Württemberg haben Ärztinnen und Ärzte am Dienstag die Arbeit niedergelegt. Aufgerufen hatte der Verband angestellter Klinikärzte (VAK), die Gewerkschaft der angestellten Mediziner.",
            "Der VAK fordert zehn Prozent mehr Gehalt und eine Begrenzung der Bereitschaftsdienste. Rund 2000 Medizinerinnen und Mediziner zogen durch die Freiburger Innenstadt.",
            "„Nach 24 Stunden Dienst trifft niemand mehr gute Entscheidungen“, sagte Assistenzärztin Miriam Vogt. Verhandlungspartner ist die Tarifgemeinschaft der Universitätsklinika Baden-Württemberg.",
            "Das Universitätsklinikum Freiburg sagte geplante Operationen ab. Notfälle würden weiter versorgt, hieß es.",
        ],
        "required": [
            {"name": "Verband angestellter Klinikärzte", "aliases": ["VAK"]},
            {"name": "Tarifgemeinschaft der Universitätsklinika Baden-Württemberg", "aliases": []},
            {"name": "Universitätsklinikum Freiburg", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "de",
        "headline": "Dresden: Gegendemonstranten stellen sich rechtem Aufmarsch entgegen",
        "paragraphs": [
            "DRESDEN – Mehrere Tausend Menschen haben am Samstag gegen einen Aufmarsch der rechtsextremen Gruppierung Sächsische Heimatfront protestiert. Die Polizeidirektion Dresden sprach von 5000 Gegendemonstranten.",
            "Aufgerufen hatte das Bündnis Elbtal bunt statt braun, dem Gewerkschaften, Kirchengemeinden und der Studierendenrat der Technischen Hochschule Elbflorenz angehören.",
            "„Wir überlassen diese Stadt nicht den Hetzern“, sagte Bündnissprecherin Franziska Lorenz am Neumarkt. Die Heimatfront-Anhänger kamen nur wenige Hundert Meter weit.",
            "Die Partei Alternative Volksbewegung, deren Landtagsfraktion mit der Gruppe sympathisiert, kritisierte die Blockaden. AVB-Fraktionschef Jörg Kunze sprach von „linkem Terror“.",
        ],
        "required": [
            {"name": "Bündnis Elbtal bunt statt braun", "aliases": []},
            {"name": "Sächsische Heimatfront", "aliases": ["Heimatfront"]},
            {"name": "Studierendenrat der Technischen Hochschule Elbflorenz", "aliases": []},
        ],
        "allowed": ["Polizeidirektion Dresden", "Technischen Hochschule Elbflorenz", "Alternative Volksbewegung", "AVB"],
    },
    {
        "language": "de",
        "headline": "Lokführer streiken im Güterverkehr",
        "paragraphs": [
            "FRANKFURT AM MAIN – Im Güterverkehr der Bahn ist am Donnerstag ein 48-stündiger Streik der Gewerkschaft der Triebfahrzeugführer und Zugbegleiter (GTZ) angelaufen.",
            "Betroffen ist vor allem die Frachttochter Cargo Schiene Deutschland GmbH. Die Gewerkschaft fordert eine 35-Stunden-Woche bei vollem Lohnausgleich.",
            "„Der Arbeitgeber spielt auf Zeit, wir nicht“, sagte GTZ-Chef Ralf Wenzel. Der Verband der Verlader und Spediteure warnte vor Lieferengpässen in der Chemieindustrie.",
            "Die Muttergesellschaft Deutsche Schienenholding AG nannte den Streik „völlig überzogen“ und kündigte an, vor dem Arbeitsgericht Frankfurt eine einstweilige Verfügung zu beantragen.",
        ],
        "required": [
            {"name": "Gewerkschaft der Triebfahrzeugführer und Zugbegleiter", "aliases": ["GTZ"]},
            {"name": "Cargo Schiene Deutschland GmbH", "aliases": []},
            {"name": "Deutsche Schienenholding AG", "aliases": []},
        ],
        "allowed": ["Bahn", "Verband der Verlader und Spediteure", "Arbeitsgericht Frankfurt"],
    },
    {
        "language": "de",
        "headline": "Kundgebung für Seenotrettung vor dem Innenministerium",
        "paragraphs": [
            "BERLIN – Rund 700 Menschen haben am Sonntag vor dem Bundesministerium des Innern für eine staatliche Seenotrettung im Mittelmeer demonstriert.",
            "Aufgerufen hatten die Hilfsorganisation Mare Solidale e.V. und die Flüchtlingsinitiative Brücken statt Mauern. Auch Vertreter der Evangelischen Kirchengemeinde Moabit sprachen.",
            "„Jeder Tote im Mittelmeer ist eine politische Entscheidung“, sagte Kapitänin Hanna Reuter, die für Mare Solidale ein Rettungsschiff steuert.",
            "Das Ministerium erklärte auf Anfrage, man setze auf eine europäische Lösung. Die Polizei Berlin meldete keine Störungen.",
        ],
        "required": [
            {"name": "Mare Solidale e.V.", "aliases": ["Mare Solidale"]},
            {"name": "Brücken statt Mauern", "aliases": []},
            {"name": "Bundesministerium des Innern", "aliases": []},
            {"name": "Evangelischen Kirchengemeinde Moabit", "aliases": []},
        ],
        "allowed": ["Polizei Berlin"],
    },
    {
        "language": "de",
        "headline": "Bauern protestieren mit Traktorkorso gegen Agrarreform in Graz",
        "paragraphs": [
            "GRAZ – Mit einem Traktorkorso durch die steirische Landeshauptstadt haben am Freitag Hunderte Landwirte gegen die Agrarreform protestiert. Der Korso endete am Hauptplatz.",
            "Organisiert hatte den Protest die Vereinigung der Berg- und Grünlandbauern Steiermark. Auch der Steirische Jungbauernbund beteiligte sich.",
            "„Mit den neuen Auflagen sperren kleine Höfe zu“, sagte Obmann Johann Pichler. Die Kritik richtet sich an das Bundesministerium für Land- und Forstwirtschaft sowie an die EU-Kommission.",
            "Die Landwirtschaftskammer Steiermark zeigte Verständnis. Laut Landespolizeidirektion Steiermark kam es zu Verkehrsbehinderungen.",
        ],
        "required": [
            {"name": "Vereinigung der Berg- und Grünlandbauern Steiermark", "aliases": []},
            {"name": "Steirische Jungbauernbund", "aliases": []},
            {"name": "Bundesministerium für Land- und Forstwirtschaft", "aliases": []},
            {"name": "EU-Kommission", "aliases": []},
        ],
        "allowed": ["Landwirtschaftskammer Steiermark", "Landespolizeidirektion Steiermark"],
    },
    {
        "language": "de",
        "headline": "Software-Konzern Quellwerk streicht 800 Stellen",
        "paragraphs": [
            "WALLDORF – Der Softwarehersteller Quellwerk Systeme AG streicht weltweit 800 Stellen, davon 300 in Deutschland. Das teilte das Unternehmen am Mittwoch mit.",
            "Der Umsatz sei im dritten Quartal um vier Prozent auf 2,3 Milliarden Euro gesunken. Analysten der Landesbank Kurpfalz hatten mit einem leichten Plus gerechnet.",
            "Der Betriebsrat kündigte Widerstand an. Quellwerk-Chefin Katrin Albers sagte, der Umbau sei nötig, um in der Cloud zu wachsen.",
            "Die Aktie verlor im Frankfurter Handel sieben Prozent. Der Konkurrent Datenhaus Nord hatte zuletzt ebenfalls Kürzungen angekündigt.",
        ],
        "required": [
            {"name": "Quellwerk Systeme AG", "aliases": ["Quellwerk"]},
        ],
        "allowed": ["Landesbank Kurpfalz", "Datenhaus Nord"],
    },
    {
        "language": "de",
        "headline": "Schülerinnen und Schüler streiken fürs Klima in Hamburg",
        "paragraphs": [
            "HAMBURG – Tausende Schülerinnen und Schüler haben am Freitag in Hamburg für mehr Klimaschutz demonstriert. Nach Angaben der Veranstalter waren es 20.000, die Polizei sprach von 9000.",
            "Zum Schulstreik aufgerufen hatte die Bewegung Zukunft jetzt Hamburg. Unterstützt wurde sie von Eltern für Klimagerechtigkeit und der Lehrergewerkschaft Bildung und Wissenschaft Nord (GBWN).",
            "Die Demo zog vom Jungfernstieg durch die Innenstadt zur Hamburgischen Bürgerschaft. „Ihr verbrennt unsere Zukunft“, stand auf einem Plakat.",
            "Die Behörde für Umwelt, Klima und Energiewirtschaft lud die Organisatoren zu einem Gespräch ein. Die Schulbehörde hatte vorab an die Schulpflicht erinnert.",
        ],
        "required": [
            {"name": "Zukunft jetzt Hamburg", "aliases": []},
            {"name": "Eltern für Klimagerechtigkeit", "aliases": []},
            {"name": "Lehrergewerkschaft Bildung und Wissenschaft Nord", "aliases": ["GBWN"]},
            {"name": "Behörde für Umwelt, Klima und Energiewirtschaft", "aliases": []},
        ],
        "allowed": ["Hamburgischen Bürgerschaft", "Schulbehörde", "Polizei"],
    },
    {
        "language": "de",
        "headline": "Beschäftigte der Sparkasse protestieren gegen Filialschließungen",
        "paragraphs": [
            "KASSEL – Rund 300 Beschäftigte und Kundinnen haben am Donnerstag vor der Zentrale der Sparkasse Nordhessen-Werra gegen die Schließung von 18 Filialen protestiert.",
            "Zu dem Protest hatte die Finanzgewerkschaft FBG Hessen aufgerufen, unterstützt vom Seniorenbeirat der Stadt Kassel. „Nicht jeder kann Online-Banking“, sagte Rentnerin Erika Schmitt.",
            "Die Sparkasse begründet die Schließungen mit sinkenden Kundenzahlen. Vorstandsmitglied Uwe Hartmann sagte, man setze künftig auf mobile Berater.",
            "Der Verwaltungsrat der Sparkasse Nordhessen-Werra soll im Dezember endgültig entscheiden.",
        ],
        "required": [
            {"name": "Sparkasse Nordhessen-Werra", "aliases": ["Sparkasse"]},
            {"name": "Finanzgewerkschaft FBG Hessen", "aliases": []},
            {"name": "Seniorenbeirat der Stadt Kassel", "aliases": []},
        ],
        "allowed": ["Verwaltungsrat der Sparkasse Nordhessen-Werra", "Stadt Kassel"],
    },
]

# ---------------------------------------------------------------------- es
CASES += [
    {
        "language": "es",
        "headline": "Miles de docentes marchan en Madrid contra los recortes en la educación pública",
        "paragraphs": [
            "MADRID.– Miles de profesores y familias recorrieron este domingo el centro de Madrid para protestar contra los recortes anunciados por la Consejería de Educación y Universidades de la Comunidad de Madrid.",
            "La marcha, que partió de la Plaza de Cibeles y terminó en la Puerta del Sol, fue convocada por la Federación de Enseñantes de la Región de Madrid (FERM) y la Confederación de Asociaciones de Familias del Alumnado de Madrid.",
            "«No son recortes, es un desmantelamiento», afirmó la secretaria general de la FERM, Lucía Carmona. Según la Delegación del Gobierno, participaron 18.000 personas; los organizadores elevaron la cifra a 60.000.",
            "Fuentes de la Consejería de Educación y Universidades aseguraron que el presupuesto educativo crece un 2 %. El Partido Popular Regional defendió la gestión del Ejecutivo autonómico.",
        ],
        "required": [
            {"name": "Federación de Enseñantes de la Región de Madrid", "aliases": ["FERM"]},
            {"name": "Confederación de Asociaciones de Familias del Alumnado de Madrid", "aliases": []},
            {"name": "Consejería de Educación y Universidades de la Comunidad de Madrid", "aliases": ["Consejería de Educación y Universidades"]},
        ],
        "allowed": ["Comunidad de Madrid", "Delegación del Gobierno", "Partido Popular Regional"],
    },
    {
        "language": "es",
        "headline": "Huelga de estibadores paraliza el puerto de Valencia",
        "paragraphs": [
            "VALENCIA.– La actividad en el puerto de Valencia quedó paralizada este lunes por una huelga de 24 horas convocada por la Coordinadora Estatal de Trabajadores del Mar y la Estiba.",
            "Los estibadores protestan contra el plan de la naviera Transmediterránea Global Lines de automatizar la terminal norte. Según el sindicato, el seguimiento fue del 100 %.",
            "«Sin estibadores no hay puerto», dijo el portavoz sindical Vicente Ribera frente a las puertas de la terminal. Trabajadores del sindicato Comisiones Independientes de Transporte (CIT) se sumaron al paro.",
            "La Autoridad Portuaria de Valencia informó de que 14 buques esperaban en la bocana. La Asociación de Empresas Estibadoras pidió al Ministerio de Transportes que mediara en el conflicto.",
        ],
        "required": [
            {"name": "Coordinadora Estatal de Trabajadores del Mar y la Estiba", "aliases": []},
            {"name": "Transmediterránea Global Lines", "aliases": []},
            {"name": "Comisiones Independientes de Transporte", "aliases": ["CIT"]},
        ],
        "allowed": ["Autoridad Portuaria de Valencia", "Asociación de Empresas Estibadoras", "Ministerio de Transportes"],
    },
    {
        "language": "es",
        "headline": "Protesta en Buenos Aires contra el aumento de las tarifas de transporte",
        "paragraphs": [
            "BUENOS AIRES.– Cientos de personas se concentraron este miércoles frente al Congreso de la Nación para rechazar el aumento del 150 % en el boleto de colectivo y tren.",
            "La protesta fue convocada por la Central de Trabajadores de la Economía Popular y Autogestiva (CTEPA) junto con el Movimiento de Usuarios del Transporte Público. Hubo columnas desde el conurbano.",
            "«Con este boleto, ir a trabajar cuesta más de lo que se gana», dijo la dirigente Marta Giménez. Los manifestantes exigieron a la Secretaría de Transporte de la Nación que revierta la medida.",
            "La Policía Federal Argentina montó un operativo de seguridad. La empresa Trenes Metropolitanos del Sur S.A. informó de demoras en la línea Roca.",
        ],
        "required": [
            {"name": "Central de Trabajadores de la Economía Popular y Autogestiva", "aliases": ["CTEPA"]},
            {"name": "Movimiento de Usuarios del Transporte Público", "aliases": []},
            {"name": "Secretaría de Transporte de la Nación", "aliases": []},
        ],
        "allowed": ["Congreso de la Nación", "Policía Federal Argentina", "Trenes Metropolitanos del Sur S.A."],
    },
    {
        "language": "es",
        "headline": "Agricultores cortan carreteras en Andalucía por los precios en origen",
        "paragraphs": [
            "SEVILLA.– Decenas de tractores cortaron este jueves varias carreteras de Andalucía en una jornada de protesta convocada por la Unión de Pequeños Agricultores y Ganaderos de Andalucía (UPAGA).",
            "Los agricultores denuncian que las cadenas de distribución, como Supermercados Olivar, pagan por debajo de los costes de producción. También participó la Asociación Agraria de Jóvenes Olivareros.",
            "«Vendemos el aceite a pérdidas mientras en la tienda se paga a precio de oro», lamentó el olivarero Antonio Molina, de Jaén. La Guardia Civil informó de retenciones de hasta diez kilómetros.",
            "El Ministerio de Agricultura, Pesca y Alimentación convocó a las organizaciones a una reunión la próxima semana.",
        ],
        "required": [
            {"name": "Unión de Pequeños Agricultores y Ganaderos de Andalucía", "aliases": ["UPAGA"]},
            {"name": "Supermercados Olivar", "aliases": []},
            {"name": "Asociación Agraria de Jóvenes Olivareros", "aliases": []},
            {"name": "Ministerio de Agricultura, Pesca y Alimentación", "aliases": []},
        ],
        "allowed": ["Guardia Civil"],
    },
    {
        "language": "es",
        "headline": "Estudiantes chilenos marchan por la condonación de la deuda universitaria",
        "paragraphs": [
            "SANTIAGO.– Decenas de miles de estudiantes marcharon este jueves por la Alameda para exigir la condonación de los créditos universitarios.",
            "La movilización fue convocada por la Asamblea Nacional de Estudiantes Universitarios y la Coordinadora Nacional de Deudores Educacionales. Al final de la jornada hubo enfrentamientos aislados con Carabineros.",
            "«Nos endeudaron por estudiar, y ahora nos cobran por haber soñado», dijo la vocera estudiantil Constanza Rivas. Los manifestantes exigieron al Ministerio de Educación un proyecto de ley antes de junio.",
            "El rector de la Universidad Metropolitana del Pacífico expresó su apoyo a las demandas. La ministra dijo que el gobierno estudia una propuesta.",
        ],
        "required": [
            {"name": "Asamblea Nacional de Estudiantes Universitarios", "aliases": []},
            {"name": "Coordinadora Nacional de Deudores Educacionales", "aliases": []},
            {"name": "Ministerio de Educación", "aliases": []},
        ],
        "allowed": ["Carabineros", "Universidad Metropolitana del Pacífico"],
    },
    {
        "language": "es",
        "headline": "Vecinos de Vallecas protestan contra el cierre de su centro de salud",
        "paragraphs": [
            "MADRID.– Unas 2.000 personas se manifestaron este sábado en el barrio de Vallecas contra el cierre nocturno del Centro de Salud Alameda de Osuna Sur.",
            "La protesta fue organizada por la Asociación Vecinal Vallecas Unida y la Plataforma en Defensa de la Sanidad Pública del Sureste. Los vecinos cortaron durante una hora la avenida de la Albufera.",
            "«Aquí vive gente mayor que no puede ir a urgencias a diez kilómetros», explicó la presidenta de la asociación, Carmen Ortiz. Las quejas se dirigen al Servicio Madrileño de Salud (SERMAS).",
            "Un portavoz del SERMAS indicó que la medida responde a la falta de médicos. El grupo municipal de Izquierda Vecinal llevará el asunto al pleno del Ayuntamiento de Madrid.",
        ],
        "required": [
            {"name": "Asociación Vecinal Vallecas Unida", "aliases": []},
            {"name": "Plataforma en Defensa de la Sanidad Pública del Sureste", "aliases": []},
            {"name": "Servicio Madrileño de Salud", "aliases": ["SERMAS"]},
        ],
        "allowed": ["Centro de Salud Alameda de Osuna Sur", "Izquierda Vecinal", "Ayuntamiento de Madrid"],
    },
    {
        "language": "es",
        "headline": "Mineros bolivianos bloquean accesos a La Paz",
        "paragraphs": [
            "LA PAZ.– Miles de mineros cooperativistas bloquearon este martes los principales accesos a La Paz y El Alto en protesta contra una nueva ley de minería.",
            "La medida fue convocada por la Federación Nacional de Cooperativas Mineras del Altiplano (FENCOMA), que exige al Ministerio de Minería y Metalurgia retirar el proyecto. Hubo explosiones de dinamita en la plaza Murillo.",
            "«La ley nos quiere quitar las concesiones para dárselas a las transnacionales», denunció el dirigente Juan Mamani. La empresa estatal Corporación Minera Andina no se pronunció.",
            "La Policía Boliviana detuvo a 12 personas. La Defensoría del Pueblo llamó al diálogo.",
        ],
        "required": [
            {"name": "Federación Nacional de Cooperativas Mineras del Altiplano", "aliases": ["FENCOMA"]},
            {"name": "Ministerio de Minería y Metalurgia", "aliases": []},
        ],
        "allowed": ["Corporación Minera Andina", "Policía Boliviana", "Defensoría del Pueblo"],
    },
    {
        "language": "es",
        "headline": "Iberia Textil cierra el año con un beneficio récord",
        "paragraphs": [
            "BARCELONA.– El grupo de moda Iberia Textil Internacional obtuvo un beneficio neto de 1.240 millones de euros en su ejercicio fiscal, un 18 % más que el año anterior.",
            "Las ventas crecieron un 9 % hasta los 14.300 millones, impulsadas por el comercio electrónico. Los analistas de Banco Levante Valores esperaban un resultado algo inferior.",
            "La presidenta de Iberia Textil, Mercedes Soler, anunció un dividendo extraordinario. Las acciones subieron un 3 % en la Bolsa de Madrid.",
            "Su principal competidor europeo, el sueco Nordmode AB, presentará resultados la próxima semana.",
        ],
        "required": [
            {"name": "Iberia Textil Internacional", "aliases": ["Iberia Textil"]},
        ],
        "allowed": ["Banco Levante Valores", "Bolsa de Madrid", "Nordmode AB"],
    },
    {
        "language": "es",
        "headline": "Marcha feminista en Ciudad de México exige justicia por feminicidios",
        "paragraphs": [
            "CIUDAD DE MÉXICO.– Decenas de miles de mujeres marcharon este viernes del Ángel de la Independencia al Zócalo para exigir justicia por los feminicidios.",
            "La marcha fue convocada por la Red de Madres Buscadoras y Sobrevivientes y la colectiva Ni Una Más Mx. Las manifestantes pintaron consignas en las vallas que protegían Palacio Nacional.",
            "«No queremos flores, queremos justicia», dijo Guadalupe Hernández, madre de una joven asesinada en 2021. Las organizaciones exigieron a la Fiscalía General de Justicia de la Ciudad de México que reabra 300 expedientes.",
            "La Secretaría de Seguridad Ciudadana desplegó a 2.000 policías mujeres. El diario El Heraldo Capitalino reportó enfrentamientos aislados.",
        ],
        "required": [
            {"name": "Red de Madres Buscadoras y Sobrevivientes", "aliases": []},
            {"name": "Ni Una Más Mx", "aliases": []},
            {"name": "Fiscalía General de Justicia de la Ciudad de México", "aliases": []},
        ],
        "allowed": ["Secretaría de Seguridad Ciudadana", "El Heraldo Capitalino"],
    },
    {
        "language": "es",
        "headline": "Trabajadores de la planta de Autovía Motores en Valladolid, en huelga",
        "paragraphs": [
            "VALLADOLID.– La plantilla de la factoría de Autovía Motores Ibérica S.A. inició este martes una huelga indefinida contra el expediente de regulación de empleo que afecta a 900 trabajadores.",
            "El paro fue convocado por el comité de empresa, con el apoyo de la Unión Sindical del Metal y la Automoción (USMA) y de la Confederación General de Trabajadoras y Trabajadores de Castilla.",
            "«La empresa tiene beneficios y quiere despedir», dijo el presidente del comité, Javier Alonso. Los trabajadores cortaron la autovía de Burgos durante media hora.",
            "La dirección de Autovía Motores defendió que la caída de pedidos obliga a ajustar la producción. La Junta de Castilla y León ofreció mediar.",
        ],
        "required": [
            {"name": "Autovía Motores Ibérica S.A.", "aliases": ["Autovía Motores"]},
            {"name": "Unión Sindical del Metal y la Automoción", "aliases": ["USMA"]},
            {"name": "Confederación General de Trabajadoras y Trabajadores de Castilla", "aliases": []},
        ],
        "allowed": ["Junta de Castilla y León"],
    },
    {
        "language": "es",
        "headline": "Indígenas colombianos llegan a Bogotá en minga por la tierra",
        "paragraphs": [
            "BOGOTÁ.– Unos 7.000 indígenas llegaron este lunes a la Plaza de Bolívar tras recorrer más de 400 kilómetros en una minga convocada por el Consejo Regional de Pueblos Originarios del Cauca (CRPOC).",
            "Los manifestantes exigen al Ministerio del Interior el cumplimiento de los acuerdos de tierras firmados en 2019. También participó la Asociación de Cabildos del Norte del Huila.",
            "«Caminamos por la vida y por el territorio», dijo el consejero mayor Aurelio Yule. La Agencia Nacional de Tierras aseguró que ha entregado 30.000 hectáreas.",
            "La Alcaldía Mayor de Bogotá habilitó el coliseo de El Salitre para alojar a los caminantes.",
        ],
        "required": [
            {"name": "Consejo Regional de Pueblos Originarios del Cauca", "aliases": ["CRPOC"]},
            {"name": "Asociación de Cabildos del Norte del Huila", "aliases": []},
            {"name": "Ministerio del Interior", "aliases": []},
        ],
        "allowed": ["Agencia Nacional de Tierras", "Alcaldía Mayor de Bogotá"],
    },
    {
        "language": "es",
        "headline": "Pensionistas vascos vuelven a concentrarse frente a los ayuntamientos",
        "paragraphs": [
            "BILBAO.– Miles de pensionistas se concentraron este lunes frente a los ayuntamientos de Euskadi, como cada semana desde hace seis años, para exigir pensiones mínimas de 1.200 euros.",
            "Las concentraciones fueron convocadas por el Coordinadora de Jubilados de Bizkaia y la plataforma Jubilados por la Dignidad. En Bilbao, cerca de 3.000 personas llenaron la plaza del Arriaga.",
            "«Lunes tras lunes, hasta que nos escuchen», dijo la portavoz Begoña Etxeberria. Las reivindicaciones se dirigen al Ministerio de Inclusión, Seguridad Social y Migraciones.",
            "El sindicato Langile Batasuna se sumó a las movilizaciones. La Ertzaintza no facilitó cifras.",
        ],
        "required": [
            {"name": "Coordinadora de Jubilados de Bizkaia", "aliases": []},
            {"name": "Jubilados por la Dignidad", "aliases": []},
            {"name": "Ministerio de Inclusión, Seguridad Social y Migraciones", "aliases": []},
            {"name": "Langile Batasuna", "aliases": []},
        ],
        "allowed": ["Ertzaintza"],
    },
    {
        "language": "es",
        "headline": "El Atlético Riberas gana el derbi y se acerca a Europa",
        "paragraphs": [
            "SEVILLA.– El Atlético Riberas venció por 2-0 al Real Club Giralda en el derbi disputado este domingo ante 45.000 espectadores en el estadio de La Cartuja.",
            "Los goles llegaron en la segunda parte, obra del delantero uruguayo Facundo Pereyra y del lateral Iván Romero. El Giralda terminó con diez jugadores.",
            "«Es una victoria para toda la ciudad», dijo el técnico Manuel Quirós. El Comité de Competición de la Federación Española de Fútbol estudiará los incidentes en la grada.",
            "Con este resultado, el Riberas queda a dos puntos de la sexta plaza, que ocupa el Deportivo Costa Blanca.",
        ],
        "required": [
            {"name": "Atlético Riberas", "aliases": ["Riberas"]},
            {"name": "Real Club Giralda", "aliases": ["Giralda"]},
        ],
        "allowed": ["Comité de Competición de la Federación Española de Fútbol", "Federación Española de Fútbol", "Comité de Competición", "Deportivo Costa Blanca"],
    },
    {
        "language": "es",
        "headline": "Médicos de Atención Primaria en huelga en Cataluña",
        "paragraphs": [
            "BARCELONA.– Los médicos de atención primaria de Cataluña iniciaron este miércoles una huelga de dos días convocada por el sindicato Facultatius Units de Catalunya, que denuncia agendas de más de 50 pacientes diarios.",
            "Cientos de facultativos se concentraron frente a la sede del Departament de Salut, en la Travessera de les Corts. También se sumó la Asociación Catalana de Medicina Familiar y Comunitaria.",
            "«No podemos atender bien a un paciente en cinco minutos», dijo la doctora Núria Puig. El Institut Català de Salut cifró el seguimiento en un 38 %; el sindicato, en un 70 %.",
            "El conseller de Salud, Jordi Ventura, ofreció crear 400 plazas nuevas. La patronal Unió de Centres Sanitaris Privats no se pronunció.",
        ],
        "required": [
            {"name": "Facultatius Units de Catalunya", "aliases": []},
            {"name": "Departament de Salut", "aliases": []},
            {"name": "Asociación Catalana de Medicina Familiar y Comunitaria", "aliases": []},
            {"name": "Institut Català de Salut", "aliases": []},
        ],
        "allowed": ["Unió de Centres Sanitaris Privats"],
    },
    {
        "language": "es",
        "headline": "Protesta en Lima contra la minera Cordillera Gold",
        "paragraphs": [
            "LIMA.– Cientos de campesinos de Cajamarca llegaron a Lima este jueves para protestar frente a la sede de la empresa Cordillera Gold Mining Corporation, a la que acusan de contaminar sus ríos.",
            "La protesta fue organizada por las Rondas Campesinas Unidas de Celendín y el Frente de Defensa de los Intereses de Cajamarca. Los manifestantes portaban botellas con agua turbia.",
            "«Sin agua no hay vida y sin vida no hay oro», gritaban. El Organismo de Evaluación y Fiscalización Ambiental informó que abrió una investigación.",
            "Cordillera Gold negó las acusaciones. La Policía Nacional del Perú resguardó el edificio en el distrito de San Isidro.",
        ],
        "required": [
            {"name": "Cordillera Gold Mining Corporation", "aliases": ["Cordillera Gold"]},
            {"name": "Rondas Campesinas Unidas de Celendín", "aliases": []},
            {"name": "Frente de Defensa de los Intereses de Cajamarca", "aliases": []},
        ],
        "allowed": ["Organismo de Evaluación y Fiscalización Ambiental", "Policía Nacional del Perú"],
    },
    {
        "language": "es",
        "headline": "Repartidores de plataformas se manifiestan en Barcelona",
        "paragraphs": [
            "BARCELONA.– Varios cientos de repartidores en bicicleta y moto recorrieron este viernes el centro de Barcelona para protestar contra las condiciones impuestas por la aplicación RapidEats.",
            "La protesta fue convocada por Riders x Derechos Barcelona y el colectivo Mensajeros Unidos 2.0. Los repartidores se concentraron en la plaza de Catalunya antes de dirigirse a las oficinas de RapidEats Spain S.L.",
            "«Somos trabajadores, no emprendedores», dijo el repartidor venezolano José Díaz. La Inspección de Trabajo ha abierto expedientes a la empresa por falsos autónomos.",
            "Un portavoz de RapidEats aseguró que sus repartidores son libres de elegir su horario. La Guardia Urbana acompañó la marcha.",
        ],
        "required": [
            {"name": "Riders x Derechos Barcelona", "aliases": []},
            {"name": "Mensajeros Unidos 2.0", "aliases": []},
            {"name": "RapidEats Spain S.L.", "aliases": ["RapidEats"]},
        ],
        "allowed": ["Inspección de Trabajo", "Guardia Urbana"],
    },
    {
        "language": "es",
        "headline": "Ecologistas protestan contra un macrocomplejo turístico en Almería",
        "paragraphs": [
            "ALMERÍA.– Unas 3.000 personas se manifestaron este sábado en Carboneras contra la construcción de un complejo hotelero de 1.500 plazas en pleno parque natural.",
            "La protesta fue convocada por la Federación de Ecologistas del Levante y Sureste y el colectivo local Salvemos la Costa del Cabo. La promotora es Grupo Inmobiliario Mar de Plata.",
            "«Este paisaje no se vende», rezaba la pancarta principal. Los convocantes reclamaron a la Consejería de Sostenibilidad y Medio Ambiente de la Junta de Andalucía que anule la licencia.",
            "El Ayuntamiento de Carboneras defendió que el proyecto creará 600 empleos. El Tribunal Superior de Justicia de Andalucía tiene pendiente un recurso.",
        ],
        "required": [
            {"name": "Federación de Ecologistas del Levante y Sureste", "aliases": []},
            {"name": "Salvemos la Costa del Cabo", "aliases": []},
            {"name": "Grupo Inmobiliario Mar de Plata", "aliases": []},
            {"name": "Consejería de Sostenibilidad y Medio Ambiente de la Junta de Andalucía", "aliases": ["Consejería de Sostenibilidad y Medio Ambiente"]},
        ],
        "allowed": ["Junta de Andalucía", "Ayuntamiento de Carboneras", "Tribunal Superior de Justicia de Andalucía"],
    },
    {
        "language": "es",
        "headline": "El Supremo confirma la multa a Eléctrica del Norte por pactar precios",
        "paragraphs": [
            "MADRID.– El Tribunal Supremo ha confirmado la multa de 95 millones de euros impuesta a Eléctrica del Norte S.A. por pactar precios en el mercado mayorista entre 2018 y 2020.",
            "La sanción había sido impuesta por la Comisión Nacional de los Mercados y la Competencia (CNMC), que detectó la manipulación a partir de una denuncia de la Asociación de Consumidores Activos.",
            "La Audiencia Nacional ya había avalado la multa en primera instancia. Eléctrica del Norte estudia recurrir ante el Tribunal Constitucional.",
            "Fuentes de la CNMC destacaron que es una de las mayores sanciones del sector energético.",
        ],
        "required": [
            {"name": "Tribunal Supremo", "aliases": ["Supremo"]},
            {"name": "Eléctrica del Norte S.A.", "aliases": ["Eléctrica del Norte"]},
            {"name": "Comisión Nacional de los Mercados y la Competencia", "aliases": ["CNMC"]},
        ],
        "allowed": ["Asociación de Consumidores Activos", "Audiencia Nacional", "Tribunal Constitucional"],
    },
    {
        "language": "es",
        "headline": "Trabajadoras del hogar se manifiestan en Guatemala por sus derechos",
        "paragraphs": [
            "CIUDAD DE GUATEMALA.– Cientos de trabajadoras domésticas marcharon este domingo por la Sexta Avenida para exigir la ratificación del convenio internacional sobre trabajo doméstico.",
            "La marcha fue organizada por el Sindicato de Trabajadoras del Hogar y de Maquila de Guatemala (SITRAHMAG) y la Asociación de Mujeres Mayas Trabajadoras. Muchas vestían trajes tradicionales.",
            "«Limpiamos las casas de los diputados y ellos no nos ven», dijo la dirigente Rosa Cux. Las manifestantes entregaron un pliego de peticiones en el Congreso de la República.",
            "La Organización Internacional del Trabajo expresó su apoyo a la ratificación. El Ministerio de Trabajo y Previsión Social dijo que estudia la propuesta.",
        ],
        "required": [
            {"name": "Sindicato de Trabajadoras del Hogar y de Maquila de Guatemala", "aliases": ["SITRAHMAG"]},
            {"name": "Asociación de Mujeres Mayas Trabajadoras", "aliases": []},
            {"name": "Congreso de la República", "aliases": []},
        ],
        "allowed": ["Organización Internacional del Trabajo", "Ministerio de Trabajo y Previsión Social"],
    },
    {
        "language": "es",
        "headline": "Taxistas colapsan el centro de Málaga contra los vehículos con conductor",
        "paragraphs": [
            "MÁLAGA.– Más de 800 taxis circularon a paso lento por la Alameda Principal este martes en protesta contra la concesión de nuevas licencias de vehículos de alquiler con conductor.",
            "La marcha fue convocada por la Asociación Provincial del Taxi de Málaga y la Federación Andaluza de Autónomos del Taxi (FAAT). Los taxistas se dirigieron a la sede del Ayuntamiento de Málaga.",
            "«Nos están echando de la calle», dijo el taxista Rafael Gómez. Las licencias las tramita la Agencia de Movilidad Metropolitana, dependiente de la Junta.",
            "La empresa de VTC Movilux Ibérica aseguró que cumple la normativa. La Policía Local desvió el tráfico durante tres horas.",
        ],
        "required": [
            {"name": "Asociación Provincial del Taxi de Málaga", "aliases": []},
            {"name": "Federación Andaluza de Autónomos del Taxi", "aliases": ["FAAT"]},
            {"name": "Ayuntamiento de Málaga", "aliases": []},
            {"name": "Agencia de Movilidad Metropolitana", "aliases": []},
        ],
        "allowed": ["Movilux Ibérica", "Policía Local", "Junta"],
    },
    {
        "language": "es",
        "headline": "Jornaleros de la fresa denuncian condiciones en Huelva",
        "paragraphs": [
            "HUELVA.– Un centenar de temporeras marroquíes y sus apoyos se concentraron este sábado frente a la sede de la empresa Frutas del Condado Export para denunciar impagos y malas condiciones de alojamiento.",
            "La concentración fue convocada por el colectivo Jornaleras de Huelva en Lucha y el Sindicato de Jornaleras y Jornaleros del Campo Andaluz.",
            "«Nos pagan menos horas de las que trabajamos», relató una temporera que pidió no ser identificada. La Asociación de Productores de Fresa de Huelva rechazó las acusaciones.",
            "La Subdelegación del Gobierno en Huelva anunció inspecciones. Radio Condado Noticias informó de que la empresa ha recibido tres sanciones desde 2020.",
        ],
        "required": [
            {"name": "Frutas del Condado Export", "aliases": []},
            {"name": "Jornaleras de Huelva en Lucha", "aliases": []},
            {"name": "Sindicato de Jornaleras y Jornaleros del Campo Andaluz", "aliases": []},
        ],
        "allowed": ["Asociación de Productores de Fresa de Huelva", "Subdelegación del Gobierno en Huelva", "Radio Condado Noticias"],
    },
    {
        "language": "es",
        "headline": "Funcionarios uruguayos paran contra la reforma del Estado",
        "paragraphs": [
            "MONTEVIDEO.– Los funcionarios públicos de Uruguay realizaron este miércoles un paro de 24 horas contra el proyecto de reforma del Estado impulsado por el Poder Ejecutivo.",
            "La medida fue convocada por la Confederación de Organizaciones de Funcionarios del Estado Oriental (COFEO), con el respaldo de la central sindical Plenario Unitario de Trabajadores. Miles de personas marcharon por la avenida 18 de Julio.",
            "«No vamos a permitir que se desmantele lo público», dijo el presidente de la COFEO, Álvaro Suárez. La marcha terminó frente a la Torre Ejecutiva.",
            "La Oficina Nacional del Servicio Civil informó que la adhesión fue del 60 %. El diario La Voz del Plata estimó 25.000 asistentes.",
        ],
        "required": [
            {"name": "Confederación de Organizaciones de Funcionarios del Estado Oriental", "aliases": ["COFEO"]},
            {"name": "Plenario Unitario de Trabajadores", "aliases": []},
            {"name": "Poder Ejecutivo", "aliases": []},
        ],
        "allowed": ["Oficina Nacional del Servicio Civil", "La Voz del Plata"],
    },
    {
        "language": "es",
        "headline": "Cientos de personas protestan en Zaragoza contra una macrogranja porcina",
        "paragraphs": [
            "ZARAGOZA.– Cientos de vecinos de la comarca del Moncayo se manifestaron este domingo en la plaza del Pilar contra la instalación de una granja de 20.000 cerdos proyectada por Porcinos del Ebro S.L.",
            "La protesta fue convocada por la Coordinadora Stop Ganadería Industrial de Aragón y la asociación Pueblos Vivos del Moncayo. Participaron también alcaldes de la zona.",
            "«Los purines acabarán en nuestros acuíferos», advirtió el agricultor Pedro Sanz. Los convocantes pidieron al Instituto Aragonés de Gestión Ambiental (INAGA) que deniegue la autorización.",
            "Porcinos del Ebro defendió que el proyecto cumple la normativa y creará 25 empleos. Izquierda Aragonesa Verde registró una pregunta en las Cortes de Aragón.",
        ],
        "required": [
            {"name": "Porcinos del Ebro S.L.", "aliases": ["Porcinos del Ebro"]},
            {"name": "Coordinadora Stop Ganadería Industrial de Aragón", "aliases": []},
            {"name": "Pueblos Vivos del Moncayo", "aliases": []},
            {"name": "Instituto Aragonés de Gestión Ambiental", "aliases": ["INAGA"]},
        ],
        "allowed": ["Izquierda Aragonesa Verde", "Cortes de Aragón"],
    },
    {
        "language": "es",
        "headline": "Protestan en Caracas por los salarios del sector salud",
        "paragraphs": [
            "CARACAS.– Enfermeras y médicos venezolanos protestaron este lunes frente al Hospital Universitario del Valle para exigir salarios dignos y suministros básicos.",
            "La protesta fue convocada por el Colegio de Enfermeras del Distrito Capital y la Federación Médica de Trabajadores de la Salud (FEMETRAS). Los manifestantes exigieron al Ministerio del Poder Popular para la Salud un aumento inmediato.",
            "«Ganamos menos de diez dólares al mes», denunció la enfermera Yelitza Campos. La ONG Observatorio Venezolano de Salud Pública documentó la falta de guantes y jeringas.",
            "La Guardia Nacional Bolivariana vigiló la concentración sin incidentes.",
        ],
        "required": [
            {"name": "Colegio de Enfermeras del Distrito Capital", "aliases": []},
            {"name": "Federación Médica de Trabajadores de la Salud", "aliases": ["FEMETRAS"]},
            {"name": "Ministerio del Poder Popular para la Salud", "aliases": []},
        ],
        "allowed": ["Hospital Universitario del Valle", "Observatorio Venezolano de Salud Pública", "Guardia Nacional Bolivariana"],
    },
]

# ---------------------------------------------------------------------- fr
CASES += [
    {
        "language": "fr",
        "headline": "Retraites : des dizaines de milliers de manifestants à Paris",
        "paragraphs": [
            "PARIS – Des dizaines de milliers de personnes ont défilé jeudi entre la place de la République et la place de la Nation contre le projet de réforme des retraites.",
            "L'appel avait été lancé par la Confédération nationale des travailleurs salariés (CNTS) et l'Union syndicale des fonctionnaires et agents publics, rejointes par plusieurs organisations de jeunesse, dont la Fédération des lycéens indépendants.",
            "« On ne lâchera rien », a lancé la secrétaire générale de la CNTS, Martine Lefèvre, en tête du cortège. Selon la préfecture de police, 87 000 personnes ont manifesté à Paris ; 400 000 selon les syndicats.",
            "Le ministère du Travail, du Plein emploi et de l'Insertion a répété que la réforme était « indispensable ». Le Parti républicain du centre a appelé au calme.",
        ],
        "required": [
            {"name": "Confédération nationale des travailleurs salariés", "aliases": ["CNTS"]},
            {"name": "Union syndicale des fonctionnaires et agents publics", "aliases": []},
            {"name": "Fédération des lycéens indépendants", "aliases": []},
            {"name": "ministère du Travail, du Plein emploi et de l'Insertion", "aliases": []},
        ],
        "allowed": ["préfecture de police", "Parti républicain du centre"],
    },
    {
        "language": "fr",
        "headline": "Les agriculteurs bloquent l'autoroute près de Toulouse",
        "paragraphs": [
            "TOULOUSE – Plusieurs centaines d'agriculteurs ont bloqué l'autoroute A64 au sud de Toulouse mardi, à l'appel de la Fédération départementale des syndicats d'exploitants de la Haute-Garonne (FDSEHG) et du collectif Paysans en colère d'Occitanie.",
            "Les manifestants dénoncent la hausse des normes environnementales et les prix imposés par la grande distribution, notamment par l'enseigne Hypermarchés Soleil.",
            "« On travaille 70 heures par semaine pour gagner moins que le SMIC », a déclaré l'éleveur Jean-Pierre Fabre. Des bottes de paille ont été incendiées devant la direction départementale des territoires.",
            "La préfecture de la Haute-Garonne a indiqué que l'autoroute serait fermée jusqu'au soir. Le ministère de l'Agriculture et de la Souveraineté alimentaire a promis de recevoir une délégation.",
        ],
        "required": [
            {"name": "Fédération départementale des syndicats d'exploitants de la Haute-Garonne", "aliases": ["FDSEHG"]},
            {"name": "Paysans en colère d'Occitanie", "aliases": []},
            {"name": "Hypermarchés Soleil", "aliases": []},
            {"name": "ministère de l'Agriculture et de la Souveraineté alimentaire", "aliases": []},
        ],
        "allowed": ["préfecture de la Haute-Garonne", "direction départementale des territoires"],
    },
    {
        "language": "fr",
        "headline": "Grève des enseignants : les écoles lyonnaises tournent au ralenti",
        "paragraphs": [
            "LYON – Près d'un enseignant du primaire sur deux était en grève mardi dans le Rhône, selon le Syndicat unitaire des professeurs des écoles et collèges (SUPEC), qui appelait à la mobilisation contre la suppression de 120 postes.",
            "Un rassemblement a réuni environ 1 500 personnes devant le rectorat de l'académie de Lyon. Les parents de la Fédération lyonnaise des conseils de parents d'élèves s'y sont joints.",
            "« Des classes à 30 élèves en maternelle, ce n'est plus de l'école, c'est de la garderie », a dénoncé Sophie Garnier, porte-parole du SUPEC. Les Lyonnais ont dû improviser pour faire garder leurs enfants.",
            "Le rectorat de l'académie de Lyon évoque un taux de grévistes de 31 %. Le ministère de l'Éducation nationale n'a pas souhaité commenter.",
        ],
        "required": [
            {"name": "Syndicat unitaire des professeurs des écoles et collèges", "aliases": ["SUPEC"]},
            {"name": "Fédération lyonnaise des conseils de parents d'élèves", "aliases": []},
            {"name": "rectorat de l'académie de Lyon", "aliases": []},
            {"name": "ministère de l'Éducation nationale", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "fr",
        "headline": "Marseille : les dockers manifestent contre la privatisation du port",
        "paragraphs": [
            "MARSEILLE – Un millier de dockers et d'agents portuaires ont manifesté jeudi sur le Vieux-Port contre le projet de cession des terminaux de Fos à l'armateur Compagnie maritime Azur-Levant.",
            "Le mouvement est conduit par le Syndicat des ouvriers dockers et portuaires des Bouches-du-Rhône, soutenu par l'Union locale interprofessionnelle de Marseille-Nord.",
            "« Le port appartient à ceux qui y travaillent et aux Marseillais », a lancé le docker Karim Benali. Les manifestants ont ensuite rejoint le siège du Grand Port maritime de Marseille.",
            "La direction du Grand Port maritime de Marseille assure que la cession garantira l'emploi. La Compagnie maritime Azur-Levant n'a pas répondu aux sollicitations de Le Courrier phocéen.",
        ],
        "required": [
            {"name": "Syndicat des ouvriers dockers et portuaires des Bouches-du-Rhône", "aliases": []},
            {"name": "Union locale interprofessionnelle de Marseille-Nord", "aliases": []},
            {"name": "Compagnie maritime Azur-Levant", "aliases": []},
            {"name": "Grand Port maritime de Marseille", "aliases": []},
        ],
        "allowed": ["Le Courrier phocéen"],
    },
    {
        "language": "fr",
        "headline": "Bruxelles : manifestation nationale pour le pouvoir d'achat",
        "paragraphs": [
            "BRUXELLES – Quelque 50 000 personnes ont manifesté mercredi dans les rues de Bruxelles pour réclamer des mesures contre la hausse des prix de l'énergie.",
            "La manifestation nationale était organisée en front commun par la Front général des travailleurs de Wallonie (FGTW) et la Confédération des travailleurs chrétiens et libres de Belgique. Le cortège est parti de la gare du Nord.",
            "« On ne peut plus choisir entre se chauffer et manger », a résumé le président du FGTW, Marc Dumont. Les syndicats demandent au gouvernement fédéral un blocage des prix.",
            "La police de Bruxelles-Capitale Ixelles a fait état d'échauffourées en fin de cortège. L'Union wallonne des entreprises et des indépendants a jugé les revendications « irréalistes ».",
        ],
        "required": [
            {"name": "Front général des travailleurs de Wallonie", "aliases": ["FGTW"]},
            {"name": "Confédération des travailleurs chrétiens et libres de Belgique", "aliases": []},
        ],
        "allowed": ["police de Bruxelles-Capitale Ixelles", "Union wallonne des entreprises et des indépendants"],
    },
    {
        "language": "fr",
        "headline": "Montréal : les infirmières manifestent contre les heures supplémentaires obligatoires",
        "paragraphs": [
            "MONTRÉAL – Quelque 3 000 infirmières et préposées aux bénéficiaires ont manifesté samedi devant les bureaux du ministère de la Santé et des Services sociaux, rue De Bleury.",
            "Le rassemblement était organisé par la Fédération interprofessionnelle de la santé du Québec-Est (FISQE), avec l'appui de l'Alliance des professionnelles en soins de Montréal.",
            "« Le temps supplémentaire obligatoire, c'est de la maltraitance organisationnelle », a déclaré la présidente de la FISQE, Chantal Tremblay. Santé Québec, l'agence qui gère le réseau, dit vouloir réduire le recours à cette pratique.",
            "Le Service de police de la Ville de Montréal a fermé la rue pendant deux heures.",
        ],
        "required": [
            {"name": "Fédération interprofessionnelle de la santé du Québec-Est", "aliases": ["FISQE"]},
            {"name": "Alliance des professionnelles en soins de Montréal", "aliases": []},
            {"name": "ministère de la Santé et des Services sociaux", "aliases": []},
        ],
        "allowed": ["Santé Québec", "Service de police de la Ville de Montréal"],
    },
    {
        "language": "fr",
        "headline": "Le groupe Lumière Cosmétiques relève ses prévisions annuelles",
        "paragraphs": [
            "PARIS – Le groupe Lumière Cosmétiques a relevé jeudi ses prévisions de croissance pour l'année, après un chiffre d'affaires trimestriel en hausse de 11 %, à 9,8 milliards d'euros.",
            "La demande en Asie et les ventes de parfums ont tiré l'activité, a indiqué la directrice générale, Isabelle Marchand. Les analystes de la Banque Rhodanienne d'Investissement tablaient sur une hausse de 8 %.",
            "L'action a gagné 5 % à la Bourse de Paris. Le concurrent suisse Helvetia Beauté SA publiera ses résultats la semaine prochaine.",
            "Lumière Cosmétiques a par ailleurs confirmé le rachat de la marque britannique Rose & Thistle Skincare.",
        ],
        "required": [
            {"name": "Lumière Cosmétiques", "aliases": []},
        ],
        "allowed": ["Banque Rhodanienne d'Investissement", "Bourse de Paris", "Helvetia Beauté SA", "Rose & Thistle Skincare"],
    },
    {
        "language": "fr",
        "headline": "Dakar : les enseignants contractuels dans la rue",
        "paragraphs": [
            "DAKAR – Des milliers d'enseignants contractuels ont marché samedi à Dakar pour réclamer leur intégration dans la fonction publique et le paiement de leurs rappels de salaire.",
            "La marche était organisée par le Collectif unitaire des enseignants du moyen-secondaire (CUEMS-Plus), avec le soutien de l'Association des parents d'élèves du Sénégal.",
            "« Nous formons les cadres de demain avec des salaires d'hier », a déclaré le secrétaire général Abdoulaye Ndiaye. Les enseignants visent le ministère de l'Éducation nationale et le ministère des Finances et du Budget.",
            "Le préfet de Dakar avait autorisé l'itinéraire entre la place de l'Obélisque et la place de l'Indépendance.",
        ],
        "required": [
            {"name": "Collectif unitaire des enseignants du moyen-secondaire", "aliases": ["CUEMS-Plus"]},
            {"name": "Association des parents d'élèves du Sénégal", "aliases": []},
            {"name": "ministère de l'Éducation nationale", "aliases": []},
            {"name": "ministère des Finances et du Budget", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "fr",
        "headline": "Rennes : rassemblement contre la fermeture de la maternité",
        "paragraphs": [
            "RENNES – Environ 2 000 personnes se sont rassemblées dimanche devant l'hôpital de Redon pour protester contre la fermeture programmée de sa maternité.",
            "Le rassemblement était organisé par le Comité de défense de l'hôpital public du pays de Redon et l'association Naître près de chez soi. Des élus de toutes tendances avaient fait le déplacement.",
            "« Trois quarts d'heure de route pour accoucher, c'est une mise en danger », a dénoncé la sage-femme Anne Le Goff. Les manifestants interpellent l'Agence régionale de santé de Bretagne.",
            "L'Agence régionale de santé de Bretagne invoque le manque de gynécologues-obstétriciens. Le centre hospitalier Redon-Carentoir a confirmé que les accouchements cesseraient en mars.",
        ],
        "required": [
            {"name": "Comité de défense de l'hôpital public du pays de Redon", "aliases": []},
            {"name": "Naître près de chez soi", "aliases": []},
            {"name": "Agence régionale de santé de Bretagne", "aliases": []},
            {"name": "centre hospitalier Redon-Carentoir", "aliases": ["hôpital de Redon"]},
        ],
        "allowed": [],
    },
    {
        "language": "fr",
        "headline": "Des militants écologistes envahissent l'assemblée générale de Pétroles Continentaux",
        "paragraphs": [
            "PARIS – Une trentaine de militants écologistes ont interrompu vendredi l'assemblée générale des actionnaires de Pétroles Continentaux, au Palais des congrès, en scandant « Pas un puits de plus ».",
            "L'action a été revendiquée par les collectifs Dernière Alerte Climat et Actionnaires pour le climat, qui reprochent au groupe ses projets d'exploration en Afrique de l'Est.",
            "« Vos profits sont nos canicules », pouvait-on lire sur une banderole. Les militants ont été évacués par la sécurité avant l'intervention de la police.",
            "Le PDG de Pétroles Continentaux, Bertrand Giraud, a défendu une stratégie « équilibrée ». L'ONG Observatoire des multinationales du Sud a publié le même jour un rapport critique.",
        ],
        "required": [
            {"name": "Dernière Alerte Climat", "aliases": []},
            {"name": "Actionnaires pour le climat", "aliases": []},
            {"name": "Pétroles Continentaux", "aliases": []},
        ],
        "allowed": ["Observatoire des multinationales du Sud"],
    },
    {
        "language": "fr",
        "headline": "Grève à la SNTF : aucun train entre Lille et Paris",
        "paragraphs": [
            "LILLE – Le trafic ferroviaire était quasiment à l'arrêt jeudi entre Lille et Paris en raison d'une grève des contrôleurs de la Société nationale des transports ferroviaires (SNTF).",
            "Le mouvement a été lancé par le Syndicat autonome des cheminots et agents de conduite (SACAC), qui réclame une prime de 150 euros mensuels. Le syndicat Solidarité-Rail s'est joint à l'appel.",
            "« Nous ne demandons pas la lune, seulement le rattrapage de l'inflation », a expliqué Thierry Morel, délégué du SACAC à Lille-Flandres.",
            "La direction de la SNTF a qualifié la grève d'« incompréhensible ». L'Association des usagers du rail du Nord dénonce des usagers « pris en otage ».",
        ],
        "required": [
            {"name": "Société nationale des transports ferroviaires", "aliases": ["SNTF"]},
            {"name": "Syndicat autonome des cheminots et agents de conduite", "aliases": ["SACAC"]},
            {"name": "Solidarité-Rail", "aliases": []},
        ],
        "allowed": ["Association des usagers du rail du Nord"],
    },
    {
        "language": "fr",
        "headline": "Genève : manifestation contre la hausse des primes d'assurance maladie",
        "paragraphs": [
            "GENÈVE – Plusieurs milliers de personnes ont défilé samedi à Genève contre une nouvelle hausse de 9 % des primes d'assurance maladie.",
            "La manifestation était organisée par l'Union genevoise des associations de locataires et d'assurés et le Syndicat interprofessionnel des travailleuses et travailleurs de Genève (SITG).",
            "« Les primes mangent un salaire par mois », a lancé la syndicaliste Claudine Rochat, place de Neuve. Les manifestants visent notamment l'assureur Caisse Helvétique Léman et l'Office fédéral de la santé publique.",
            "Un porte-parole d'Caisse Helvétique Léman a invoqué la hausse des coûts de la santé. La police cantonale genevoise a compté 4 000 participants.",
        ],
        "required": [
            {"name": "Union genevoise des associations de locataires et d'assurés", "aliases": []},
            {"name": "Syndicat interprofessionnel des travailleuses et travailleurs de Genève", "aliases": ["SITG"]},
            {"name": "Caisse Helvétique Léman", "aliases": []},
            {"name": "Office fédéral de la santé publique", "aliases": []},
        ],
        "allowed": ["police cantonale genevoise"],
    },
    {
        "language": "fr",
        "headline": "Le tribunal de commerce place le fabricant Moulins Bressan en redressement",
        "paragraphs": [
            "BOURG-EN-BRESSE – Le tribunal de commerce de Bourg-en-Bresse a placé mardi le fabricant d'électroménager Moulins Bressan en redressement judiciaire, avec une période d'observation de six mois.",
            "L'entreprise, qui emploie 640 salariés, est plombée par la concurrence asiatique. Le cabinet Delorme & Associés a été nommé administrateur judiciaire.",
            "Le groupe allemand Hausgerät Werke AG serait intéressé par une reprise partielle, selon L'Écho de la Bresse. La Banque publique d'investissement régionale détient 12 % du capital.",
            "Les élus du comité social et économique ont demandé à être reçus à Bercy.",
        ],
        "required": [
            {"name": "tribunal de commerce de Bourg-en-Bresse", "aliases": []},
            {"name": "Moulins Bressan", "aliases": []},
        ],
        "allowed": ["Delorme & Associés", "Hausgerät Werke AG", "L'Écho de la Bresse", "Banque publique d'investissement régionale"],
    },
    {
        "language": "fr",
        "headline": "Nantes : les livreurs à vélo manifestent contre la baisse des tarifs",
        "paragraphs": [
            "NANTES – Une centaine de livreurs à vélo ont manifesté lundi soir dans le centre de Nantes contre la baisse de leur rémunération par la plateforme Koursier.",
            "L'appel avait été lancé par le Collectif des livreurs autonomes nantais (CLAN), soutenu par la Coordination ouvrière et paysanne de Loire-Atlantique. Les livreurs se sont déconnectés de l'application pendant trois heures.",
            "« Deux euros la course, c'est moins que le prix d'un sandwich », a expliqué Moussa Diallo, porte-parole du CLAN. Les manifestants ont ensuite bloqué l'entrée du restaurant Burger Atlantique, place du Commerce.",
            "Contactée, la société Koursier SAS assure que les livreurs restent « libres de refuser des courses ».",
        ],
        "required": [
            {"name": "Koursier SAS", "aliases": ["Koursier"]},
            {"name": "Collectif des livreurs autonomes nantais", "aliases": ["CLAN"]},
            {"name": "Coordination ouvrière et paysanne de Loire-Atlantique", "aliases": []},
        ],
        "allowed": ["Burger Atlantique"],
    },
    {
        "language": "fr",
        "headline": "Abidjan : les commerçants du marché d'Adjamé en grève",
        "paragraphs": [
            "ABIDJAN – Les commerçants du grand marché d'Adjamé ont baissé leurs rideaux lundi pour protester contre le projet de démolition de leurs étals par le district autonome d'Abidjan.",
            "La grève a été lancée par la Fédération nationale des commerçants et artisans de Côte d'Ivoire (FENACACI) et l'Union des femmes commerçantes d'Adjamé.",
            "« On nous chasse sans nous dire où aller », a déploré Aminata Koné, vendeuse de pagnes depuis vingt ans. Les commerçantes demandent à la mairie d'Adjamé un site de recasement.",
            "Le district autonome d'Abidjan affirme que le projet vise à moderniser le marché.",
        ],
        "required": [
            {"name": "Fédération nationale des commerçants et artisans de Côte d'Ivoire", "aliases": ["FENACACI"]},
            {"name": "Union des femmes commerçantes d'Adjamé", "aliases": []},
            {"name": "district autonome d'Abidjan", "aliases": []},
            {"name": "mairie d'Adjamé", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "fr",
        "headline": "Bordeaux : les soignants des urgences en grève illimitée",
        "paragraphs": [
            "BORDEAUX – Les personnels des urgences du centre hospitalier universitaire de Bordeaux ont entamé mardi une grève illimitée pour dénoncer le manque de lits et de personnel.",
            "Le mouvement est porté par le collectif Urgences en détresse 33 et la section locale du Syndicat des personnels hospitaliers et de santé (SPHS). Une banderole « Soignants à bout » a été déployée devant l'entrée.",
            "« Des patients passent 48 heures sur un brancard », a témoigné l'infirmière Laure Dupuy. Les grévistes demandent à la direction du CHU et à l'ARS Nouvelle-Aquitaine l'ouverture de 40 lits.",
            "La direction du CHU assure que des recrutements sont en cours.",
        ],
        "required": [
            {"name": "Urgences en détresse 33", "aliases": []},
            {"name": "Syndicat des personnels hospitaliers et de santé", "aliases": ["SPHS"]},
            {"name": "centre hospitalier universitaire de Bordeaux", "aliases": ["CHU"]},
            {"name": "ARS Nouvelle-Aquitaine", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "fr",
        "headline": "Des milliers de personnes contre la ligne à grande vitesse au Pays basque",
        "paragraphs": [
            "BAYONNE – Plusieurs milliers de personnes ont manifesté samedi à Bayonne contre le projet de ligne ferroviaire à grande vitesse entre Bordeaux et l'Espagne.",
            "La manifestation était organisée par la coordination Lurraldea Bizi et l'Association de défense des terres agricoles de l'Adour. Des agriculteurs étaient venus en tracteur.",
            "« Ce projet va bétonner 4 000 hectares pour gagner vingt minutes », a dénoncé Peio Etcheverry, porte-parole de Lurraldea Bizi. Les opposants visent SNTF Réseau, maître d'ouvrage, et le conseil régional de Nouvelle-Aquitaine.",
            "Le conseil régional de Nouvelle-Aquitaine défend un projet « structurant pour le Sud-Ouest ».",
        ],
        "required": [
            {"name": "Lurraldea Bizi", "aliases": []},
            {"name": "Association de défense des terres agricoles de l'Adour", "aliases": []},
            {"name": "SNTF Réseau", "aliases": []},
            {"name": "conseil régional de Nouvelle-Aquitaine", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "fr",
        "headline": "Strasbourg : rassemblement devant le Parlement européen pour les droits des travailleurs détachés",
        "paragraphs": [
            "STRASBOURG – Environ 600 syndicalistes venus de six pays se sont rassemblés mardi devant le Parlement européen pour réclamer un durcissement des règles sur le détachement des travailleurs.",
            "L'appel avait été lancé par la Fédération européenne des travailleurs du bâtiment et du bois (FETBB), avec l'Union régionale des syndicats d'Alsace.",
            "« Même travail, même salaire, même chantier », scandaient les manifestants. Ils demandent à la Commission européenne de présenter une nouvelle directive.",
            "Plusieurs députés du groupe Gauche unie européenne sont venus à leur rencontre.",
        ],
        "required": [
            {"name": "Fédération européenne des travailleurs du bâtiment et du bois", "aliases": ["FETBB"]},
            {"name": "Union régionale des syndicats d'Alsace", "aliases": []},
            {"name": "Commission européenne", "aliases": []},
        ],
        "allowed": ["Parlement européen", "Gauche unie européenne"],
    },
    {
        "language": "fr",
        "headline": "Grenoble : les étudiants occupent un amphithéâtre contre la sélection",
        "paragraphs": [
            "GRENOBLE – Plusieurs centaines d'étudiants occupent depuis lundi un amphithéâtre de l'université Grenoble-Dauphiné pour protester contre la mise en place d'une sélection en master.",
            "L'occupation a été votée en assemblée générale à l'appel de l'Union des étudiants des Alpes (UEA) et du syndicat Solidarité Étudiant·e·s Isère.",
            "« La fac doit rester ouverte à toutes et à tous », a déclaré Inès Bouchard, membre de l'UEA. La présidence de l'université a fermé le bâtiment aux cours.",
            "Le ministère de l'Enseignement supérieur et de la Recherche rappelle que la réforme est nationale.",
        ],
        "required": [
            {"name": "Union des étudiants des Alpes", "aliases": ["UEA"]},
            {"name": "Solidarité Étudiant·e·s Isère", "aliases": []},
            {"name": "université Grenoble-Dauphiné", "aliases": []},
            {"name": "ministère de l'Enseignement supérieur et de la Recherche", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "fr",
        "headline": "Lille : les salariés de Textiles du Nord manifestent contre un plan social",
        "paragraphs": [
            "ROUBAIX – Près de 400 salariés des usines Textiles du Nord et de leurs sous-traitants ont manifesté samedi à Roubaix contre la suppression de 280 emplois.",
            "Le cortège, parti de la Grand-Place, était emmené par l'intersyndicale, composée du Syndicat général du textile et de l'habillement du Nord (SGTHN) et de la Fédération chrétienne des industries de la mode.",
            "« Roubaix a déjà perdu ses filatures, on ne lâchera pas les dernières usines », a lancé Didier Vandenberghe, délégué du SGTHN. Textiles du Nord invoque l'effondrement des commandes.",
            "La Métropole européenne de Lille a proposé une réunion avec la direction. Le député Éric Lambert a écrit au ministère de l'Économie.",
        ],
        "required": [
            {"name": "Textiles du Nord", "aliases": []},
            {"name": "Syndicat général du textile et de l'habillement du Nord", "aliases": ["SGTHN"]},
            {"name": "Fédération chrétienne des industries de la mode", "aliases": []},
        ],
        "allowed": ["Métropole européenne de Lille", "ministère de l'Économie"],
    },
    {
        "language": "fr",
        "headline": "Tunis : des diplômés chômeurs manifestent devant le ministère de l'Emploi",
        "paragraphs": [
            "TUNIS – Plusieurs centaines de diplômés chômeurs ont manifesté jeudi devant le ministère de l'Emploi et de la Formation professionnelle, avenue Mohammed-V, pour réclamer des recrutements dans la fonction publique.",
            "Le rassemblement était organisé par l'Union des diplômés chômeurs de Tunisie (UDCT), avec le soutien du Forum tunisien pour les droits sociaux et économiques du Sud.",
            "« Dix ans après notre diplôme, nous vivons encore chez nos parents », a déclaré Sami Trabelsi, venu de Gafsa. Les forces de l'ordre ont empêché les manifestants d'approcher du bâtiment.",
            "Le ministère a indiqué qu'un programme de 5 000 recrutements était à l'étude.",
        ],
        "required": [
            {"name": "Union des diplômés chômeurs de Tunisie", "aliases": ["UDCT"]},
            {"name": "Forum tunisien pour les droits sociaux et économiques du Sud", "aliases": []},
            {"name": "ministère de l'Emploi et de la Formation professionnelle", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "fr",
        "headline": "Rassemblement contre un projet d'entrepôt géant près de Rouen",
        "paragraphs": [
            "ROUEN – Quelque 800 personnes se sont rassemblées dimanche sur les terres agricoles de Saint-Aubin-lès-Elbeuf, menacées par un projet d'entrepôt logistique de 18 hectares porté par le promoteur Logiparc Normandie.",
            "Le rassemblement était organisé par le collectif Terres de Seine en résistance et l'antenne normande des Sentinelles de la terre nourricière.",
            "« On ne mange pas du béton », ont scandé les participants. Le collectif demande à la Métropole Rouen Normandie de réviser son plan local d'urbanisme.",
            "Logiparc Normandie promet 500 emplois. Le tribunal administratif de Rouen doit examiner un recours en janvier.",
        ],
        "required": [
            {"name": "Terres de Seine en résistance", "aliases": []},
            {"name": "Sentinelles de la terre nourricière", "aliases": []},
            {"name": "Logiparc Normandie", "aliases": []},
            {"name": "Métropole Rouen Normandie", "aliases": []},
        ],
        "allowed": ["tribunal administratif de Rouen"],
    },
]

# ---------------------------------------------------------------------- it
CASES += [
    {
        "language": "it",
        "headline": "Sciopero dei trasporti, Milano ferma per 24 ore",
        "paragraphs": [
            "MILANO – Metro, tram e autobus fermi per gran parte della giornata di venerdì a Milano, dove lo sciopero di 24 ore proclamato dalla Federazione Autonoma Lavoratori della Mobilità Urbana (FALMU) ha registrato un'adesione del 70%.",
            "I lavoratori contestano il mancato rinnovo del contratto da parte dell'Azienda Trasporti Ambrosiana S.p.A. Al presidio sotto la sede di Foro Buonaparte si è unita anche l'Unione Sindacati Autonomi dei Trasporti Lombardi.",
            "«Guidiamo in condizioni di sicurezza sempre peggiori e con stipendi fermi da anni», ha detto il delegato Roberto Colombo. Il Comune di Milano ha invitato le parti a riaprire il tavolo.",
            "L'Azienda Trasporti Ambrosiana ha garantito le fasce di tutela dalle 6 alle 9. Secondo Il Corriere Meneghino, i disagi sono stati pesanti in periferia.",
        ],
        "required": [
            {"name": "Federazione Autonoma Lavoratori della Mobilità Urbana", "aliases": ["FALMU"]},
            {"name": "Azienda Trasporti Ambrosiana S.p.A.", "aliases": ["Azienda Trasporti Ambrosiana"]},
            {"name": "Unione Sindacati Autonomi dei Trasporti Lombardi", "aliases": []},
        ],
        "allowed": ["Comune di Milano", "Il Corriere Meneghino"],
    },
    {
        "language": "it",
        "headline": "Roma, migliaia di studenti in piazza contro la riforma della scuola",
        "paragraphs": [
            "ROMA – Migliaia di studenti hanno sfilato venerdì mattina da piazza della Repubblica a viale Trastevere, sede del Ministero dell'Istruzione e del Merito, contro la riforma degli istituti tecnici.",
            "Il corteo era stato convocato dalla Rete Studentesca Medi Indipendenti e dal Coordinamento Collettivi Universitari Romani. In testa lo striscione «La scuola non è un'azienda».",
            "«Ci vogliono formare come manodopera a basso costo», ha detto Giulia Ferrari, 17 anni, del liceo Mameli. Davanti al ministero ci sono stati momenti di tensione con la Polizia di Stato.",
            "Il Ministero dell'Istruzione e del Merito ha parlato di «strumentalizzazioni». La Federazione Lavoratori Scuola e Ricerca Unita ha espresso solidarietà agli studenti.",
        ],
        "required": [
            {"name": "Rete Studentesca Medi Indipendenti", "aliases": []},
            {"name": "Coordinamento Collettivi Universitari Romani", "aliases": []},
            {"name": "Ministero dell'Istruzione e del Merito", "aliases": []},
        ],
        "allowed": ["liceo Mameli", "Polizia di Stato", "Federazione Lavoratori Scuola e Ricerca Unita"],
    },
    {
        "language": "it",
        "headline": "Taranto, operai dell'acciaieria in corteo per il lavoro e la salute",
        "paragraphs": [
            "TARANTO – Circa cinquemila persone hanno partecipato sabato al corteo organizzato dalla Federazione Italiana Operai Metalmeccanici e Siderurgici (FIOMS) per chiedere un piano di risanamento dell'acciaieria.",
            "Alla manifestazione hanno aderito il Comitato Cittadini e Operai per Taranto Pulita e l'associazione Genitori Tarantini per l'Aria Pulita.",
            "«Non vogliamo scegliere tra lavoro e salute», ha detto il segretario provinciale della FIOMS, Cosimo Di Noi. La protesta è rivolta alla società Acciaierie del Mar Ionio S.p.A. e al Ministero delle Imprese e del Made in Italy.",
            "Il Prefetto di Taranto ha convocato un tavolo per lunedì. La Regione Puglia ha chiesto un incontro urgente.",
        ],
        "required": [
            {"name": "Federazione Italiana Operai Metalmeccanici e Siderurgici", "aliases": ["FIOMS"]},
            {"name": "Comitato Cittadini e Operai per Taranto Pulita", "aliases": []},
            {"name": "Genitori Tarantini per l'Aria Pulita", "aliases": []},
            {"name": "Acciaierie del Mar Ionio S.p.A.", "aliases": []},
            {"name": "Ministero delle Imprese e del Made in Italy", "aliases": []},
        ],
        "allowed": ["Regione Puglia"],
    },
    {
        "language": "it",
        "headline": "Napoli, i disoccupati occupano la sede della Regione",
        "paragraphs": [
            "NAPOLI – Un centinaio di disoccupati ha occupato per alcune ore mercoledì l'atrio della sede della Regione Campania, in via Santa Lucia, chiedendo l'avvio dei corsi di formazione promessi.",
            "L'iniziativa è stata promossa dal Movimento Disoccupati Organizzati Vele e Quartieri e dal Comitato Lavoratori Precari del Porto di Napoli.",
            "«Ci hanno promesso lavoro tre anni fa, abbiamo ancora solo promesse», ha detto Gennaro Esposito. Una delegazione è stata ricevuta dall'assessorato al Lavoro della Regione Campania.",
            "La Questura di Napoli ha identificato 40 persone. Il sindaco ha espresso solidarietà ma ha chiesto «forme di protesta pacifiche».",
        ],
        "required": [
            {"name": "Movimento Disoccupati Organizzati Vele e Quartieri", "aliases": []},
            {"name": "Comitato Lavoratori Precari del Porto di Napoli", "aliases": []},
            {"name": "Regione Campania", "aliases": []},
        ],
        "allowed": ["Questura di Napoli"],
    },
    {
        "language": "it",
        "headline": "Agricoltori con i trattori al Circo Massimo",
        "paragraphs": [
            "ROMA – Oltre duecento trattori hanno raggiunto giovedì il Circo Massimo, dove si sono radunati migliaia di agricoltori contro la politica agricola comune e le importazioni a basso costo.",
            "La protesta è stata organizzata dal movimento Agricoltori Dimenticati d'Italia e dall'Associazione Liberi Coltivatori del Centro-Sud, che si dichiarano estranei alle grandi organizzazioni di categoria.",
            "«Lavoriamo in perdita mentre la grande distribuzione fa profitti», ha detto il portavoce Danilo Ceccarelli. I manifestanti chiedono al Ministero dell'Agricoltura, della Sovranità Alimentare e delle Foreste e alla Commissione europea di rivedere le regole.",
            "La Questura di Roma ha autorizzato il presidio fino a domenica.",
        ],
        "required": [
            {"name": "Agricoltori Dimenticati d'Italia", "aliases": []},
            {"name": "Associazione Liberi Coltivatori del Centro-Sud", "aliases": []},
            {"name": "Ministero dell'Agricoltura, della Sovranità Alimentare e delle Foreste", "aliases": []},
            {"name": "Commissione europea", "aliases": []},
        ],
        "allowed": ["Questura di Roma"],
    },
    {
        "language": "it",
        "headline": "Il Banco Subalpino chiude il trimestre con utile in crescita",
        "paragraphs": [
            "TORINO – Il Banco Subalpino di Credito ha chiuso il terzo trimestre con un utile netto di 820 milioni di euro, in crescita del 14% rispetto allo stesso periodo dell'anno scorso.",
            "Il margine di interesse ha beneficiato dei tassi elevati, ha spiegato l'amministratore delegato Carlo Bertolini. Gli analisti di Borsa Alpina Research si attendevano 790 milioni.",
            "Il titolo ha guadagnato il 2,3% a Piazza Affari. La banca ha confermato l'interesse per un'aggregazione con la Cassa di Risparmio delle Langhe.",
            "La Banca Centrale Europea ha recentemente alzato i requisiti patrimoniali per l'istituto.",
        ],
        "required": [
            {"name": "Banco Subalpino di Credito", "aliases": ["Banco Subalpino"]},
        ],
        "allowed": ["Borsa Alpina Research", "Cassa di Risparmio delle Langhe", "Banca Centrale Europea"],
    },
    {
        "language": "it",
        "headline": "Firenze, manifestazione contro gli affitti brevi",
        "paragraphs": [
            "FIRENZE – Circa tremila persone hanno sfilato sabato nel centro storico di Firenze contro la diffusione degli affitti turistici brevi, che secondo i manifestanti svuotano la città dei suoi residenti.",
            "Il corteo è stato promosso dal comitato Firenze Da Abitare e dal Sindacato Unitario Inquilini e Abitanti (SUIA). Il percorso è partito da piazza Santo Spirito.",
            "«Firenze non è un albergo diffuso», recitava lo striscione di apertura. I manifestanti chiedono al Comune di Firenze lo stop a nuove licenze e una tassa sulle piattaforme, a partire da StayNest Italia.",
            "Il Consiglio comunale discuterà una delibera la prossima settimana. L'associazione dei proprietari Confimmobili Toscana ha criticato la protesta.",
        ],
        "required": [
            {"name": "Firenze Da Abitare", "aliases": []},
            {"name": "Sindacato Unitario Inquilini e Abitanti", "aliases": ["SUIA"]},
            {"name": "Comune di Firenze", "aliases": []},
            {"name": "StayNest Italia", "aliases": []},
        ],
        "allowed": ["Consiglio comunale", "Confimmobili Toscana"],
    },
    {
        "language": "it",
        "headline": "Sanità, medici e infermieri in sciopero in tutta Italia",
        "paragraphs": [
            "ROMA – Medici, infermieri e tecnici sanitari hanno incrociato le braccia mercoledì in tutta Italia in uno sciopero nazionale di 24 ore contro i tagli previsti dalla legge di bilancio.",
            "Lo sciopero è stato proclamato dall'Associazione Nazionale Medici Dirigenti Ospedalieri (ANMDO) e dal Infermieri Uniti-Professioni Sanitarie. A Roma si è svolto un presidio sotto il Ministero della Salute.",
            "«Senza di noi il Servizio Sanitario Nazionale non regge», ha detto il segretario dell'ANMDO, Piero Santelli. Secondo i sindacati, sono saltati 25.000 interventi programmati.",
            "Il Ministero della Salute ha parlato di adesione «contenuta». L'Agenzia Nazionale per i Servizi Sanitari Regionali monitora le liste d'attesa.",
        ],
        "required": [
            {"name": "Associazione Nazionale Medici Dirigenti Ospedalieri", "aliases": ["ANMDO"]},
            {"name": "Infermieri Uniti-Professioni Sanitarie", "aliases": []},
            {"name": "Ministero della Salute", "aliases": []},
        ],
        "allowed": ["Servizio Sanitario Nazionale", "Agenzia Nazionale per i Servizi Sanitari Regionali"],
    },
    {
        "language": "it",
        "headline": "Venezia, protesta contro le grandi navi in laguna",
        "paragraphs": [
            "VENEZIA – Decine di barchini e canoe hanno bloccato domenica il canale della Giudecca per protestare contro il ritorno delle grandi navi da crociera in laguna.",
            "La protesta è stata organizzata dal Comitato No Navi in Laguna e dall'associazione Ambiente Venezia Viva. Sulle fondamenta circa duemila persone hanno sventolato bandiere.",
            "«La laguna non è un parcheggio per condomini galleggianti», ha detto il portavoce Tommaso Zanin. La protesta era rivolta alla compagnia Crociere Adriatiche Lines e all'Autorità di Sistema Portuale del Mare Adriatico Settentrionale.",
            "La Capitaneria di Porto ha fatto allontanare le imbarcazioni dopo due ore.",
        ],
        "required": [
            {"name": "Comitato No Navi in Laguna", "aliases": []},
            {"name": "Ambiente Venezia Viva", "aliases": []},
            {"name": "Crociere Adriatiche Lines", "aliases": []},
            {"name": "Autorità di Sistema Portuale del Mare Adriatico Settentrionale", "aliases": []},
        ],
        "allowed": ["Capitaneria di Porto"],
    },
    {
        "language": "it",
        "headline": "Logistica, sciopero nei magazzini di Piacenza",
        "paragraphs": [
            "PIACENZA – I lavoratori dei magazzini della società Italia Express Logistica S.r.l. sono entrati in sciopero lunedì, bloccando i cancelli del polo logistico di Le Mose.",
            "La mobilitazione è stata indetta dal Sindacato Intercategoriale di Base della Logistica (SIB Logistica), che denuncia turni massacranti e contratti pirata.",
            "«Siamo noi che facciamo arrivare i pacchi a casa vostra, ma per l'azienda siamo numeri», ha detto l'operaio Abdel Karim. La Prefettura di Piacenza ha convocato le parti.",
            "Italia Express Logistica sostiene di applicare il contratto nazionale. I Carabinieri hanno presidiato i cancelli.",
        ],
        "required": [
            {"name": "Italia Express Logistica S.r.l.", "aliases": ["Italia Express Logistica"]},
            {"name": "Sindacato Intercategoriale di Base della Logistica", "aliases": ["SIB Logistica"]},
        ],
        "allowed": ["Prefettura di Piacenza", "Carabinieri"],
    },
    {
        "language": "it",
        "headline": "Serie A, la Virtus Partenope batte l'Atletico Lario",
        "paragraphs": [
            "NAPOLI – La Virtus Partenope ha battuto 3-1 l'Atletico Lario nell'anticipo della dodicesima giornata e resta in scia alla capolista.",
            "Doppietta dell'attaccante nigeriano Samuel Okafor, poi il gol del centrocampista Lorenzo Russo. Per il Lario ha segnato Matteo Galli su rigore.",
            "«Una vittoria di squadra», ha commentato l'allenatore Vincenzo Amato. Il Giudice Sportivo della Lega Calcio Professionisti valuterà i cori contro l'arbitro.",
            "Domenica la Virtus sarà ospite del Real Dolomiti.",
        ],
        "required": [
            {"name": "Virtus Partenope", "aliases": ["Virtus"]},
            {"name": "Atletico Lario", "aliases": ["Lario"]},
        ],
        "allowed": ["Serie A", "Lega Calcio Professionisti", "Real Dolomiti"],
    },
    {
        "language": "it",
        "headline": "Palermo, corteo antimafia per l'anniversario della strage",
        "paragraphs": [
            "PALERMO – Migliaia di persone hanno partecipato martedì al corteo per l'anniversario della strage, partito dal Palazzo di Giustizia e arrivato fino all'albero davanti alla casa del magistrato.",
            "La manifestazione era organizzata dall'associazione Liberi dal Pizzo Sicilia e dal Coordinamento Studenti Siciliani contro le Mafie, con l'adesione della Camera del Lavoro Metropolitana di Palermo.",
            "«Lo Stato deve dire tutta la verità», ha detto Salvatore Lo Presti, presidente dell'associazione. I manifestanti chiedono alla Commissione parlamentare antimafia di desecretare gli atti.",
            "Presente anche il sindaco, contestato da alcuni partecipanti. La Polizia municipale ha chiuso il centro al traffico.",
        ],
        "required": [
            {"name": "Liberi dal Pizzo Sicilia", "aliases": []},
            {"name": "Coordinamento Studenti Siciliani contro le Mafie", "aliases": []},
            {"name": "Camera del Lavoro Metropolitana di Palermo", "aliases": []},
            {"name": "Commissione parlamentare antimafia", "aliases": []},
        ],
        "allowed": ["Polizia municipale"],
    },
    {
        "language": "it",
        "headline": "Bologna, i rider in piazza contro l'algoritmo",
        "paragraphs": [
            "BOLOGNA – Un centinaio di rider ha manifestato sabato in piazza Maggiore contro il nuovo sistema di assegnazione degli ordini della piattaforma FoodFly Italia.",
            "La protesta è stata organizzata dalla Riders Union Bologna Due Ruote, con il sostegno della Camera del Lavoro di Bologna e del collettivo Plat-Workers.",
            "«L'algoritmo decide chi lavora e chi no, senza spiegazioni», ha detto il rider pakistano Ali Raza. I manifestanti chiedono l'applicazione della Carta dei diritti firmata con il Comune di Bologna.",
            "FoodFly Italia ha replicato che il sistema è «trasparente e meritocratico».",
        ],
        "required": [
            {"name": "FoodFly Italia", "aliases": []},
            {"name": "Riders Union Bologna Due Ruote", "aliases": []},
            {"name": "Camera del Lavoro di Bologna", "aliases": []},
            {"name": "Plat-Workers", "aliases": []},
        ],
        "allowed": ["Comune di Bologna"],
    },
    {
        "language": "it",
        "headline": "Cagliari, pastori sardi versano il latte davanti alla Regione",
        "paragraphs": [
            "CAGLIARI – Centinaia di pastori hanno versato migliaia di litri di latte ovino davanti al palazzo della Regione Autonoma della Sardegna per protestare contro il prezzo pagato dai caseifici.",
            "La protesta è stata organizzata dal Coordinamento Pastori dell'Isola Uniti e dalla Cooperativa Allevatori del Campidano. Il prezzo è sceso a 70 centesimi al litro.",
            "«Con questo prezzo non copriamo neanche il mangime», ha detto il pastore Gavino Piras. Nel mirino anche il Consorzio per la Tutela del Pecorino dell'Isola, accusato di produrre troppo.",
            "L'assessore all'Agricoltura ha promesso un tavolo con gli industriali entro una settimana.",
        ],
        "required": [
            {"name": "Coordinamento Pastori dell'Isola Uniti", "aliases": []},
            {"name": "Cooperativa Allevatori del Campidano", "aliases": []},
            {"name": "Regione Autonoma della Sardegna", "aliases": []},
            {"name": "Consorzio per la Tutela del Pecorino dell'Isola", "aliases": []},
        ],
        "allowed": [],
    },
]

# ---------------------------------------------------------------------- pt
CASES += [
    {
        "language": "pt",
        "headline": "Professores da rede estadual de São Paulo entram em greve",
        "paragraphs": [
            "SÃO PAULO – Professores da rede estadual de ensino de São Paulo iniciaram nesta segunda-feira uma greve por tempo indeterminado, aprovada em assembleia na Avenida Paulista.",
            "A paralisação foi convocada pelo Sindicato dos Professores do Ensino Oficial Paulista (SINPEOP), com apoio da Confederação Nacional dos Educadores da Rede Pública. A categoria pede reajuste de 18%.",
            "“O professor paulista é um dos mais mal pagos do país”, disse a presidente do SINPEOP, Maria Helena Nogueira. As reivindicações são dirigidas à Secretaria da Educação do Estado de São Paulo.",
            "A Secretaria da Educação do Estado de São Paulo afirmou que 92% das escolas funcionaram normalmente. A Polícia Militar acompanhou o ato.",
        ],
        "required": [
            {"name": "Sindicato dos Professores do Ensino Oficial Paulista", "aliases": ["SINPEOP"]},
            {"name": "Confederação Nacional dos Educadores da Rede Pública", "aliases": []},
            {"name": "Secretaria da Educação do Estado de São Paulo", "aliases": []},
        ],
        "allowed": ["Polícia Militar"],
    },
    {
        "language": "pt",
        "headline": "Movimentos de moradia ocupam prédio abandonado no centro do Rio",
        "paragraphs": [
            "RIO DE JANEIRO – Cerca de 300 famílias ocuparam na madrugada deste domingo um prédio abandonado do antigo Instituto de Previdência Carioca, no centro do Rio de Janeiro.",
            "A ocupação foi organizada pelo Movimento de Luta por Moradia Popular (MLMP) e pela Frente de Resistência Urbana do Rio. Faixas com os dizeres “Moradia é direito” foram estendidas na fachada.",
            "“Há mais prédios vazios do que famílias sem teto nesta cidade”, disse a coordenadora do MLMP, Joana Batista. Os movimentos cobram da Prefeitura do Rio de Janeiro a desapropriação do imóvel.",
            "A Prefeitura do Rio de Janeiro disse que o prédio pertence à União. A Defensoria Pública do Estado acompanha o caso.",
        ],
        "required": [
            {"name": "Movimento de Luta por Moradia Popular", "aliases": ["MLMP"]},
            {"name": "Frente de Resistência Urbana do Rio", "aliases": []},
            {"name": "Prefeitura do Rio de Janeiro", "aliases": []},
        ],
        "allowed": ["Instituto de Previdência Carioca", "União", "Defensoria Pública do Estado"],
    },
    {
        "language": "pt",
        "headline": "Lisboa: milhares protestam contra a crise da habitação",
        "paragraphs": [
            "LISBOA – Milhares de pessoas desfilaram no sábado entre a Alameda e o Martim Moniz para exigir medidas contra o aumento das rendas e a especulação imobiliária.",
            "A manifestação foi convocada pelo movimento Casa para Viver Já e pela Associação dos Inquilinos e Moradores de Lisboa, com o apoio da Confederação Portuguesa dos Trabalhadores Unidos.",
            "“Metade do meu salário vai para a renda”, contou a enfermeira Inês Marques, de 29 anos. Os manifestantes exigem do Ministério da Habitação um teto às rendas e o fim dos vistos para investidores.",
            "A PSP não divulgou números. A Associação Lisbonense de Proprietários considerou as propostas “irrealistas”.",
        ],
        "required": [
            {"name": "Casa para Viver Já", "aliases": []},
            {"name": "Associação dos Inquilinos e Moradores de Lisboa", "aliases": []},
            {"name": "Confederação Portuguesa dos Trabalhadores Unidos", "aliases": []},
            {"name": "Ministério da Habitação", "aliases": []},
        ],
        "allowed": ["PSP", "Associação Lisbonense de Proprietários"],
    },
    {
        "language": "pt",
        "headline": "Indígenas acampam em Brasília contra o marco temporal",
        "paragraphs": [
            "BRASÍLIA – Milhares de indígenas de mais de 150 povos montaram acampamento na Esplanada dos Ministérios nesta terça-feira para protestar contra a tese do marco temporal.",
            "A mobilização foi convocada pela Articulação dos Povos Originários do Brasil (APOB) e pela Coordenação das Organizações Indígenas do Rio Negro. Os manifestantes marcharam até o Supremo Tribunal Federal.",
            "“Nossa história não começa em 1988”, disse a liderança Sônia Tupã. Os indígenas também protestaram em frente ao Ministério da Agricultura e Pecuária contra a expansão do agronegócio.",
            "A Frente Parlamentar do Agronegócio defendeu a tese. A Fundação Nacional dos Povos Indígenas acompanhou o acampamento.",
        ],
        "required": [
            {"name": "Articulação dos Povos Originários do Brasil", "aliases": ["APOB"]},
            {"name": "Coordenação das Organizações Indígenas do Rio Negro", "aliases": []},
            {"name": "Supremo Tribunal Federal", "aliases": []},
            {"name": "Ministério da Agricultura e Pecuária", "aliases": []},
        ],
        "allowed": ["Frente Parlamentar do Agronegócio", "Fundação Nacional dos Povos Indígenas"],
    },
    {
        "language": "pt",
        "headline": "Motoristas de aplicativo fazem carreata em Belo Horizonte",
        "paragraphs": [
            "BELO HORIZONTE – Centenas de motoristas de aplicativo fizeram uma carreata nesta quarta-feira pelo centro de Belo Horizonte contra a redução das tarifas pagas pela plataforma VaiJá Mobilidade.",
            "O protesto foi organizado pela Associação dos Motoristas por Aplicativo de Minas Gerais (AMAMG) e pelo Sindicato dos Condutores Autônomos de BH e Região.",
            "“A gasolina sobe e a tarifa desce”, reclamou o motorista Cláudio Ferreira. Os motoristas seguiram até a Assembleia Legislativa de Minas Gerais, onde tramita um projeto de regulamentação.",
            "A VaiJá afirmou que os ganhos médios dos motoristas cresceram no último ano. A empresa municipal de trânsito registrou lentidão em vias centrais.",
        ],
        "required": [
            {"name": "VaiJá Mobilidade", "aliases": ["VaiJá"]},
            {"name": "Associação dos Motoristas por Aplicativo de Minas Gerais", "aliases": ["AMAMG"]},
            {"name": "Sindicato dos Condutores Autônomos de BH e Região", "aliases": []},
        ],
        "allowed": ["Assembleia Legislativa de Minas Gerais"],
    },
    {
        "language": "pt",
        "headline": "Médicos e enfermeiros em greve no Serviço Nacional de Saúde",
        "paragraphs": [
            "PORTO – Médicos e enfermeiros dos hospitais públicos portugueses cumpriram nesta quinta-feira o primeiro de dois dias de greve, convocada pela Federação Nacional dos Médicos e Técnicos de Saúde (FNMTS).",
            "Em frente ao Hospital de Santo António do Douro, no Porto, cerca de 500 profissionais concentraram-se ao meio-dia. O Sindicato dos Enfermeiros do Norte e Ilhas juntou-se ao protesto.",
            "“O SNS está a ser empurrado para o colapso”, afirmou a dirigente da FNMTS, Joana Pires Sá. As reivindicações são dirigidas ao Ministério da Saúde.",
            "A Direção Executiva do SNS estimou a adesão em 40%. O Bloco Popular de Esquerda anunciou que levará o tema à Assembleia da República.",
        ],
        "required": [
            {"name": "Federação Nacional dos Médicos e Técnicos de Saúde", "aliases": ["FNMTS"]},
            {"name": "Sindicato dos Enfermeiros do Norte e Ilhas", "aliases": []},
            {"name": "Ministério da Saúde", "aliases": []},
        ],
        "allowed": ["Serviço Nacional de Saúde", "SNS", "Hospital de Santo António do Douro", "Direção Executiva do SNS", "Bloco Popular de Esquerda", "Assembleia da República"],
    },
    {
        "language": "pt",
        "headline": "Petroleiros param plataformas na Bacia de Campos",
        "paragraphs": [
            "MACAÉ – Trabalhadores de plataformas de petróleo da Bacia de Campos cruzaram os braços nesta segunda-feira contra a venda de campos maduros pela estatal Petróleo Atlântico S.A.",
            "A greve foi convocada pela Federação Unificada dos Trabalhadores do Petróleo e Gás (FUTPG) e pelo Sindicato dos Petroleiros do Norte Fluminense Unido. Segundo os sindicatos, 30 plataformas aderiram.",
            "“Vender esses campos é entregar o patrimônio público”, disse o coordenador da FUTPG, Deivson Rocha. A Petróleo Atlântico afirmou que a produção não foi afetada.",
            "A Agência Nacional do Petróleo acompanha a situação. O Tribunal Superior do Trabalho pode ser acionado pela empresa.",
        ],
        "required": [
            {"name": "Petróleo Atlântico S.A.", "aliases": ["Petróleo Atlântico"]},
            {"name": "Federação Unificada dos Trabalhadores do Petróleo e Gás", "aliases": ["FUTPG"]},
            {"name": "Sindicato dos Petroleiros do Norte Fluminense Unido", "aliases": []},
        ],
        "allowed": ["Agência Nacional do Petróleo", "Tribunal Superior do Trabalho"],
    },
    {
        "language": "pt",
        "headline": "Estudantes protestam contra cortes nas universidades federais",
        "paragraphs": [
            "RECIFE – Milhares de estudantes e professores foram às ruas do Recife nesta quinta-feira contra os cortes no orçamento das universidades federais.",
            "O ato foi convocado pela União Nacional dos Estudantes Universitários Livres (UNEUL) e pelo Sindicato Nacional dos Docentes do Ensino Superior Público. A concentração foi na Praça do Derby.",
            "“Sem verba, não há pesquisa nem futuro”, disse a estudante de medicina Lívia Cavalcanti, da Universidade Federal do Agreste. Os manifestantes cobram do Ministério da Educação a recomposição de R$ 2 bilhões.",
            "O Ministério da Educação disse que os bloqueios são temporários.",
        ],
        "required": [
            {"name": "União Nacional dos Estudantes Universitários Livres", "aliases": ["UNEUL"]},
            {"name": "Sindicato Nacional dos Docentes do Ensino Superior Público", "aliases": []},
            {"name": "Ministério da Educação", "aliases": []},
        ],
        "allowed": ["Universidade Federal do Agreste"],
    },
    {
        "language": "pt",
        "headline": "Grupo Varejo Sul tem lucro 20% maior no trimestre",
        "paragraphs": [
            "SÃO PAULO – O Grupo Varejo Sul registrou lucro líquido de R$ 640 milhões no terceiro trimestre, alta de 20% em relação ao mesmo período do ano passado.",
            "A receita subiu 11%, puxada pelas vendas online, informou a empresa. Analistas do Banco Paulista de Investimentos esperavam lucro de R$ 600 milhões.",
            "As ações da Varejo Sul subiram 4% na bolsa paulista. O diretor-presidente, Ricardo Moura, disse que a empresa vai abrir 80 lojas no Nordeste.",
            "A concorrente Magazine Central divulga seus resultados na próxima semana.",
        ],
        "required": [
            {"name": "Grupo Varejo Sul", "aliases": ["Varejo Sul"]},
        ],
        "allowed": ["Banco Paulista de Investimentos", "Magazine Central"],
    },
    {
        "language": "pt",
        "headline": "Trabalhadores da Função Pública portuguesa em greve nacional",
        "paragraphs": [
            "LISBOA – Escolas fechadas, serviços de finanças encerrados e hospitais a meio gás marcaram nesta sexta-feira a greve nacional da administração pública em Portugal.",
            "A greve foi convocada pela Plataforma Comum dos Sindicatos do Estado e pela Federação dos Sindicatos da Administração Pública e Entidades com Fins Públicos (FESAPEF).",
            "“Dez anos de congelamento não se recuperam com aumentos de 2%”, disse o coordenador Sebastião Mendes Lopes, em frente ao Ministério das Finanças, no Terreiro do Paço.",
            "O Ministério das Finanças garantiu que as negociações continuam. O Partido Social Reformista criticou a greve.",
        ],
        "required": [
            {"name": "Plataforma Comum dos Sindicatos do Estado", "aliases": []},
            {"name": "Federação dos Sindicatos da Administração Pública e Entidades com Fins Públicos", "aliases": ["FESAPEF"]},
            {"name": "Ministério das Finanças", "aliases": []},
        ],
        "allowed": ["Partido Social Reformista"],
    },
    {
        "language": "pt",
        "headline": "Comunidades quilombolas protestam contra mineradora no Pará",
        "paragraphs": [
            "BELÉM – Cerca de 400 quilombolas e ribeirinhos bloquearam nesta terça-feira a ferrovia usada pela mineradora Mineração Serra do Norte para escoar bauxita no Pará.",
            "O bloqueio foi organizado pela Coordenação Estadual das Comunidades Quilombolas do Pará e pela Associação de Pescadores Artesanais de Barcarena.",
            "“O rio que nos alimentava está vermelho de rejeitos”, afirmou o pescador Raimundo Pantoja. As comunidades exigem da empresa indenizações e do Instituto Brasileiro de Proteção Ambiental uma nova vistoria.",
            "A Mineração Serra do Norte disse que cumpre todas as normas ambientais. O Ministério Público Federal abriu inquérito.",
        ],
        "required": [
            {"name": "Mineração Serra do Norte", "aliases": []},
            {"name": "Coordenação Estadual das Comunidades Quilombolas do Pará", "aliases": []},
            {"name": "Associação de Pescadores Artesanais de Barcarena", "aliases": []},
            {"name": "Instituto Brasileiro de Proteção Ambiental", "aliases": []},
        ],
        "allowed": ["Ministério Público Federal"],
    },
    {
        "language": "pt",
        "headline": "Entregadores fazem paralisação nacional contra aplicativos",
        "paragraphs": [
            "PORTO ALEGRE – Entregadores de aplicativo de várias capitais desligaram seus celulares nesta sexta-feira em uma paralisação nacional por melhores taxas e seguro contra acidentes.",
            "Em Porto Alegre, cerca de 500 motoboys se concentraram no Largo Glênio Peres. O movimento foi organizado pelo coletivo Entregadores Unidos do Sul e pela Aliança Nacional dos Trabalhadores de Plataformas.",
            "“Nós corremos o risco, eles ficam com o lucro”, disse o entregador Paulo Lima. As críticas foram dirigidas às empresas RapiFood Brasil e Leva&Traz.",
            "A RapiFood Brasil afirmou que oferece seguro gratuito aos parceiros. A Leva&Traz não respondeu.",
        ],
        "required": [
            {"name": "Entregadores Unidos do Sul", "aliases": []},
            {"name": "Aliança Nacional dos Trabalhadores de Plataformas", "aliases": []},
            {"name": "RapiFood Brasil", "aliases": []},
            {"name": "Leva&Traz", "aliases": []},
        ],
        "allowed": [],
    },
    {
        "language": "pt",
        "headline": "Agricultores do Alentejo protestam contra falta de água",
        "paragraphs": [
            "ÉVORA – Centenas de agricultores desfilaram de trator pelas ruas de Évora nesta quarta-feira para protestar contra os cortes no abastecimento de água para rega.",
            "O protesto foi organizado pela Associação de Regantes e Pequenos Agricultores do Alentejo e pela Confederação Nacional da Agricultura Familiar (CNAF).",
            "“Sem água não há olival, não há vinha, não há emprego”, disse o agricultor Manuel Caeiro. Os agricultores exigem da Agência Portuguesa do Ambiente e da Empresa de Desenvolvimento do Alqueva uma revisão das quotas.",
            "A GNR acompanhou o desfile. O Ministério da Agricultura e Alimentação prometeu apoios extraordinários.",
        ],
        "required": [
            {"name": "Associação de Regantes e Pequenos Agricultores do Alentejo", "aliases": []},
            {"name": "Confederação Nacional da Agricultura Familiar", "aliases": ["CNAF"]},
            {"name": "Agência Portuguesa do Ambiente", "aliases": []},
            {"name": "Empresa de Desenvolvimento do Alqueva", "aliases": []},
        ],
        "allowed": ["GNR", "Ministério da Agricultura e Alimentação"],
    },
]

# ---------------------------------------------------------------------- nl
CASES += [
    {
        "language": "nl",
        "headline": "Duizenden zorgmedewerkers demonstreren op het Malieveld",
        "paragraphs": [
            "DEN HAAG – Duizenden verpleegkundigen, verzorgenden en thuiszorgmedewerkers hebben zaterdag op het Malieveld in Den Haag gedemonstreerd voor hogere lonen en minder werkdruk.",
            "De manifestatie was georganiseerd door de Algemene Bond voor Zorg en Welzijn (ABZW) en de beroepsvereniging Verpleegkundigen & Verzorgenden Samen. Volgens de organisatie kwamen er 15.000 mensen.",
            "„We worden bedankt met applaus, maar de huur betaal je niet met applaus”, zei wijkverpleegkundige Sanne de Vries. De eisen zijn gericht aan het ministerie van Volksgezondheid, Welzijn en Sport.",
            "Werkgeversorganisatie Zorgwerkgevers Nederland zei begrip te hebben, maar wees naar de rijksbegroting. De politie Haaglanden meldde geen incidenten.",
        ],
        "required": [
            {"name": "Algemene Bond voor Zorg en Welzijn", "aliases": ["ABZW"]},
            {"name": "Verpleegkundigen & Verzorgenden Samen", "aliases": []},
            {"name": "ministerie van Volksgezondheid, Welzijn en Sport", "aliases": []},
        ],
        "allowed": ["Zorgwerkgevers Nederland", "politie Haaglanden"],
    },
    {
        "language": "nl",
        "headline": "Boeren blokkeren distributiecentra van supermarktketen",
        "paragraphs": [
            "ZWOLLE – Honderden boeren hebben dinsdagnacht met trekkers de toegang geblokkeerd tot drie distributiecentra van supermarktketen Vershuis Supermarkten B.V.",
            "De actie werd opgezet door het Agrarisch Actiecomité Oost en de Nederlandse Melkveehouders Vereniging (NMV). Ze protesteren tegen de lage prijzen die supermarkten betalen voor zuivel en vlees.",
            "„Wij maken het voedsel, zij maken de winst”, zei melkveehouder Gerrit Jan Hofstede. Ook het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur moet volgens de boeren ingrijpen.",
            "Vershuis Supermarkten zei dat de schappen donderdag weer gevuld zouden zijn. De marechaussee hoefde niet in te grijpen, aldus de politie Oost-Nederland.",
        ],
        "required": [
            {"name": "Vershuis Supermarkten B.V.", "aliases": ["Vershuis Supermarkten"]},
            {"name": "Agrarisch Actiecomité Oost", "aliases": []},
            {"name": "Nederlandse Melkveehouders Vereniging", "aliases": ["NMV"]},
            {"name": "ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "aliases": []},
        ],
        "allowed": ["politie Oost-Nederland"],
    },
    {
        "language": "nl",
        "headline": "Klimaatactivisten blokkeren snelweg bij ministerie in Den Haag",
        "paragraphs": [
            "DEN HAAG – De politie heeft zaterdag honderden klimaatactivisten aangehouden die de A12 bij het ministerie van Financiën blokkeerden.",
            "De blokkade was een initiatief van de actiegroep Uitstoot Stoppen Nu!, die eist dat de overheid stopt met subsidies voor fossiele brandstoffen. Ook leden van Grootouders voor Morgen 2030 deden mee.",
            "„Elke euro voor fossiel is een euro tegen onze kinderen”, zei woordvoerder Femke Bakker. De Mobiele Eenheid zette waterkanonnen in.",
            "Een woordvoerder van het ministerie van Financiën zei dat de fossiele subsidies stapsgewijs worden afgebouwd. Volgens Nieuwsdienst Hofstad werden 700 mensen opgepakt.",
        ],
        "required": [
            {"name": "Uitstoot Stoppen Nu!", "aliases": []},
            {"name": "Grootouders voor Morgen 2030", "aliases": []},
            {"name": "ministerie van Financiën", "aliases": []},
        ],
        "allowed": ["Mobiele Eenheid", "Nieuwsdienst Hofstad", "politie"],
    },
    {
        "language": "nl",
        "headline": "Brussel: nationale betoging tegen pensioenhervorming",
        "paragraphs": [
            "BRUSSEL – Zo'n 40.000 mensen hebben dinsdag in Brussel betoogd tegen de pensioenhervorming van de federale regering. De stoet vertrok aan het Noordstation.",
            "De betoging werd georganiseerd door het Christelijk Vakverbond Vlaanderen (CVV) en de Socialistische Vakcentrale van België. Ook de Liberale Bond van Vakbonden stapte mee.",
            "„Langer werken voor minder pensioen, dat slikken we niet”, zei CVV-voorzitter Ann Vermeulen. De eisen zijn gericht aan de Federale Overheidsdienst Sociale Zekerheid.",
            "Het Verbond van Vlaamse Ondernemers noemde de hervorming noodzakelijk. Door de staking reden er weinig treinen bij de Belgische Spoorwegmaatschappij.",
        ],
        "required": [
            {"name": "Christelijk Vakverbond Vlaanderen", "aliases": ["CVV"]},
            {"name": "Socialistische Vakcentrale van België", "aliases": []},
            {"name": "Liberale Bond van Vakbonden", "aliases": []},
            {"name": "Federale Overheidsdienst Sociale Zekerheid", "aliases": []},
        ],
        "allowed": ["Verbond van Vlaamse Ondernemers", "Belgische Spoorwegmaatschappij"],
    },
    {
        "language": "nl",
        "headline": "Studenten protesteren in Utrecht tegen bezuinigingen op hoger onderwijs",
        "paragraphs": [
            "UTRECHT – Duizenden studenten en docenten zijn vrijdag in Utrecht de straat op gegaan tegen de miljardenbezuinigingen op het hoger onderwijs.",
            "De demonstratie werd georganiseerd door de Landelijke Studentenbond Nederland (LSBN) en de Actiegroep Hoger Onderwijs Utrecht, met steun van de Universiteit Domstad.",
            "„Wie op onderwijs bezuinigt, bezuinigt op de toekomst”, zei LSBN-voorzitter Joost Meijer op het Neude. De kritiek richt zich op het ministerie van Onderwijs, Cultuur en Wetenschap.",
            "De rector magnificus van de Universiteit Domstad sprak de betogers toe. De Tweede Kamer debatteert volgende week over de begroting.",
        ],
        "required": [
            {"name": "Landelijke Studentenbond Nederland", "aliases": ["LSBN"]},
            {"name": "Actiegroep Hoger Onderwijs Utrecht", "aliases": []},
            {"name": "Universiteit Domstad", "aliases": []},
            {"name": "ministerie van Onderwijs, Cultuur en Wetenschap", "aliases": []},
        ],
        "allowed": ["Tweede Kamer"],
    },
    {
        "language": "nl",
        "headline": "Havenwerkers Rotterdam leggen werk neer",
        "paragraphs": [
            "ROTTERDAM – Havenwerkers bij containerterminals op de Maasvlakte hebben donderdag 24 uur het werk neergelegd in een conflict over een nieuwe cao.",
            "De staking werd uitgeroepen door de Bond van Haven- en Transportarbeiders (BHT). De acties zijn gericht tegen terminaloperator Delta Container Terminals N.V.",
            "„De winsten in de haven zijn nog nooit zo hoog geweest”, zei BHT-bestuurder Niels de Jong. Schepen moesten uitwijken naar Antwerpen.",
            "Delta Container Terminals noemde de looneis „onrealistisch”. Het Havenbedrijf Rotterdam riep partijen op snel terug te keren naar de onderhandelingstafel.",
        ],
        "required": [
            {"name": "Bond van Haven- en Transportarbeiders", "aliases": ["BHT"]},
            {"name": "Delta Container Terminals N.V.", "aliases": ["Delta Container Terminals"]},
        ],
        "allowed": ["Havenbedrijf Rotterdam"],
    },
    {
        "language": "nl",
        "headline": "Huurders protesteren in Amsterdam tegen woningcorporatie",
        "paragraphs": [
            "AMSTERDAM – Enkele honderden huurders hebben zondag op het Museumplein gedemonstreerd tegen achterstallig onderhoud en hoge huurverhogingen bij woningcorporatie Amstelwonen.",
            "Het protest werd georganiseerd door de Bewonersvereniging Nieuw-West Verenigd en het Amsterdams Steunpunt Wonen voor Iedereen. Demonstranten droegen foto's van schimmelende muren.",
            "„Mijn kinderen slapen in een kamer vol schimmel”, vertelde huurster Fatima El Amrani. De groepen vragen ook de gemeente Amsterdam om in te grijpen.",
            "Amstelwonen erkende dat het onderhoud achterloopt. Wethouder Wonen Jasper de Groot (Stadspartij Mokum) beloofde een gesprek.",
        ],
        "required": [
            {"name": "Amstelwonen", "aliases": []},
            {"name": "Bewonersvereniging Nieuw-West Verenigd", "aliases": []},
            {"name": "Amsterdams Steunpunt Wonen voor Iedereen", "aliases": []},
            {"name": "gemeente Amsterdam", "aliases": []},
        ],
        "allowed": ["Stadspartij Mokum"],
    },
    {
        "language": "nl",
        "headline": "Chipmachinemaker Lumiscan boekt recordomzet",
        "paragraphs": [
            "EINDHOVEN – Chipmachinemaker Lumiscan Technologies heeft in het derde kwartaal een recordomzet van 7,2 miljard euro geboekt, een stijging van 22 procent.",
            "De nettowinst kwam uit op 2 miljard euro, meer dan analisten van Brabantse Effectenbank hadden verwacht. Vooral de vraag uit Taiwan en Zuid-Korea was sterk.",
            "Topman Pieter Wouters waarschuwde wel voor exportbeperkingen naar China. Het aandeel Lumiscan steeg op de beurs in Amsterdam 6 procent.",
            "Concurrent Optronix Systems publiceert volgende week cijfers.",
        ],
        "required": [
            {"name": "Lumiscan Technologies", "aliases": ["Lumiscan"]},
        ],
        "allowed": ["Brabantse Effectenbank", "Optronix Systems"],
    },
    {
        "language": "nl",
        "headline": "Leraren in Vlaanderen staken tegen besparingen",
        "paragraphs": [
            "GENT – Honderden scholen in Vlaanderen bleven woensdag dicht door een staking van leerkrachten tegen de besparingen in het onderwijs.",
            "De staking was een gezamenlijke actie van de Katholieke Lerarenbond Vlaanderen (KLV) en de Onderwijsbond Vrij en Officieel. In Gent trokken 5.000 leerkrachten door de binnenstad.",
            "„Grotere klassen en minder ondersteuning, dat is geen hervorming maar afbraak”, zei KLV-voorzitter Hilde Peeters. De kritiek is gericht aan het Vlaams ministerie van Onderwijs en Vorming.",
            "De Vlaamse Leerlingenraad steunde de actie. Het Gemeenschapsonderwijs liet weten dat de meeste scholen opvang voorzagen.",
        ],
        "required": [
            {"name": "Katholieke Lerarenbond Vlaanderen", "aliases": ["KLV"]},
            {"name": "Onderwijsbond Vrij en Officieel", "aliases": []},
            {"name": "Vlaams ministerie van Onderwijs en Vorming", "aliases": []},
            {"name": "Vlaamse Leerlingenraad", "aliases": []},
        ],
        "allowed": ["Gemeenschapsonderwijs"],
    },
    {
        "language": "nl",
        "headline": "Omwonenden protesteren tegen uitbreiding vliegveld Lelystad",
        "paragraphs": [
            "LELYSTAD – Ruim duizend omwonenden hebben zaterdag bij de terminal van Luchthaven Flevoland gedemonstreerd tegen de opening van het vliegveld voor vakantievluchten.",
            "Het protest was georganiseerd door het Samenwerkingsverband Hoog Overvliegen Nee en de Vereniging Vrienden van de Veluwe. Ook boeren uit de Flevopolder sloten zich aan.",
            "„Stikstof voor vliegtuigen, maar niet voor boeren? Dat is absurd”, zei Marieke Hoogland van de vereniging. De actievoerders eisen van het ministerie van Infrastructuur en Waterstaat dat het besluit wordt ingetrokken.",
            "Een woordvoerder van Luchthaven Flevoland zei dat de opening nog niet vaststaat. Luchthavenexploitant Royal Polder Airports wil er jaarlijks 10.000 vluchten afhandelen.",
        ],
        "required": [
            {"name": "Samenwerkingsverband Hoog Overvliegen Nee", "aliases": []},
            {"name": "Vereniging Vrienden van de Veluwe", "aliases": []},
            {"name": "ministerie van Infrastructuur en Waterstaat", "aliases": []},
            {"name": "Luchthaven Flevoland", "aliases": []},
        ],
        "allowed": ["Royal Polder Airports"],
    },
    {
        "language": "nl",
        "headline": "Schoonmakers op luchthaven staken voor hoger loon",
        "paragraphs": [
            "HAARLEMMERMEER – Schoonmakers op de luchthaven hebben maandag het werk neergelegd voor een loonsverhoging van 14 procent en een zwaarwerkregeling.",
            "De staking werd georganiseerd door de Vakbond Schoonmaak en Diensten Samen (VSDS). Ongeveer 600 schoonmakers verzamelden zich in Vertrekhal 2.",
            "„Wij maken deze luchthaven schoon, dag en nacht”, zei schoonmaakster Graciela Rodrigues, oorspronkelijk uit Kaapverdië. De eisen richten zich tot schoonmaakbedrijf CleanAir Services en de Ondernemersorganisatie Schoonmaak- en Bedrijfsdiensten.",
            "CleanAir Services zei dat de hinder beperkt bleef. De Koninklijke Marechaussee hield toezicht.",
        ],
        "required": [
            {"name": "Vakbond Schoonmaak en Diensten Samen", "aliases": ["VSDS"]},
            {"name": "CleanAir Services", "aliases": []},
            {"name": "Ondernemersorganisatie Schoonmaak- en Bedrijfsdiensten", "aliases": []},
        ],
        "allowed": ["Koninklijke Marechaussee"],
    },
    {
        "language": "nl",
        "headline": "Demonstratie in Antwerpen tegen lage-emissiezone",
        "paragraphs": [
            "ANTWERPEN – Enkele honderden automobilisten en handelaars hebben zondag in Antwerpen betoogd tegen de verstrenging van de lage-emissiezone.",
            "De betoging werd georganiseerd door de Vereniging voor Betaalbare Mobiliteit en de handelaarsvereniging Meir & Omstreken. De stoet vertrok aan de Groenplaats.",
            "„Wie geen nieuwe auto kan betalen, mag de stad niet meer in”, zei organisator Dirk Janssens. De actievoerders eisen dat de stad Antwerpen de maatregel uitstelt.",
            "Schepen voor Mobiliteit Koen Maes (Vlaamse Volksunie) verdedigde de zone. De lokale politie Antwerpen telde 800 deelnemers.",
        ],
        "required": [
            {"name": "Vereniging voor Betaalbare Mobiliteit", "aliases": []},
            {"name": "Meir & Omstreken", "aliases": []},
            {"name": "stad Antwerpen", "aliases": []},
        ],
        "allowed": ["Vlaamse Volksunie", "lokale politie Antwerpen"],
    },
    {
        "language": "nl",
        "headline": "Buschauffeurs in Groningen staken na geweld tegen collega",
        "paragraphs": [
            "GRONINGEN – Buschauffeurs in Groningen en Drenthe hebben woensdag het werk voor 24 uur neergelegd na een mishandeling van een collega.",
            "De actie werd gesteund door de Christelijke Vakbond Vervoer Noord en de Onafhankelijke Bond van Buspersoneel (OBB). Vervoerder Noorderlijn Vervoer B.V. reed geen enkele bus.",
            "„Wij willen veilig naar huis kunnen na onze dienst”, zei chauffeur Henk Bos. De bonden eisen van het OV-bureau Groningen Drenthe extra beveiligers in de avond.",
            "Noorderlijn Vervoer zei begrip te hebben voor de actie. Het OV-bureau Groningen Drenthe zegde extra geld toe.",
        ],
        "required": [
            {"name": "Christelijke Vakbond Vervoer Noord", "aliases": []},
            {"name": "Onafhankelijke Bond van Buspersoneel", "aliases": ["OBB"]},
            {"name": "Noorderlijn Vervoer B.V.", "aliases": ["Noorderlijn Vervoer"]},
            {"name": "OV-bureau Groningen Drenthe", "aliases": []},
        ],
        "allowed": [],
    },
]
