"""Blind speaker-attribution cases, set 4 (invented protest news).

Every excerpt, person, organisation, outlet, town and street in this file is
invented. The cases were written without reading the extractor's rules or any
of the project's other test material, to imitate how the press of each language
actually reports protests (rallies, marches, strikes, pickets, vigils,
blockades, occupations, sit-ins, union disputes, tenant, student and farmer
protests, climate actions) and the coverage around them (court hearings,
council meetings, police statements, company responses).

Held out: half B = the odd indices of BLIND4, which must only ever be counted
(scored), never read or tuned against; half A = the even indices of BLIND4,
usable as a development set.

Each case is ``(language, [paragraph, ...], [(fragment, expected_speaker), ...])``
where ``fragment`` is an exact contiguous piece of the quoted text and
``expected_speaker`` is the full name as first introduced (without titles), an
organisation's name (without a leading article), or ``None`` when the text
names no speaker.
"""

EN = [
    ("en", [
        "Several hundred nurses marched from Calder General Hospital to the offices of the Marlowe Health Trust on Tuesday, demanding a pay rise that keeps pace with inflation.",
        "“We are not asking for charity, we are asking to be able to pay our rent,” said Joanne Pettifer, a ward sister who has worked at the hospital for 19 years.",
        "The trust said in a statement that it “remains committed to constructive talks with all staff representatives” and that emergency services had not been affected.",
    ], [
        ("We are not asking for charity", "Joanne Pettifer"),
        ("remains committed to constructive talks", "Marlowe Health Trust"),
    ]),
    ("en", [
        "Eleven climate activists who glued themselves to the road outside the Brenford Oil terminal appeared before Ashcombe Magistrates' Court on Monday.",
        "District Judge Helen Osgood adjourned the case until March. Defending, Rupert Kaine told the court his clients had acted “out of a sincere and well-founded fear for the future of this planet.”",
        "Prosecutor Amira Latif said the blockade had cost the terminal operator more than £200,000. “This was not a peaceful protest in any meaningful sense for the drivers who were stuck for hours,” she said.",
    ], [
        ("out of a sincere and well-founded fear", "Rupert Kaine"),
        ("This was not a peaceful protest", "Amira Latif"),
    ]),
    ("en", [
        "12:41 — Police have closed Fenwick Street between the bridge and the town hall as the march passes.",
        "12:55 — Our reporter Dev Malhotra is with the crowd. One protester, who did not want to be named, told him: “I've never been on a march before. My kids' school is losing two teachers, so here I am.”",
        "13:10 — Organisers from Parents for Fair Funding say 4,000 people have joined. Police have not given an estimate.",
    ], [
        ("I've never been on a march before", None),
    ]),
    ("en", [
        "Bus drivers in Holloway Vale will walk out for 48 hours from Friday after talks between the Transport and Road Workers' Alliance and operator Greyline Coaches broke down.",
        "Alliance regional organiser Kevin Mbatha said drivers had been offered a 3 per cent rise that was “an insult dressed up as an offer.”",
        "Greyline's managing director, Fiona Carrow, said the company had made “a fair and affordable proposal” and urged the union to put it to members.",
        "Mbatha rejected that. “Our members have seen the proposal. They've voted on it with their feet,” he said.",
    ], [
        ("an insult dressed up as an offer", "Kevin Mbatha"),
        ("a fair and affordable proposal", "Fiona Carrow"),
        ("They've voted on it with their feet", "Kevin Mbatha"),
    ]),
    ("en", [
        '''PORTHAVEN — Fishermen blocked the harbor entrance with about 30 boats Thursday to protest a proposed offshore wind lease they say will shut them out of their best grounds.''',
        '''"We were here before the turbines and we intend to be here after," said lobsterman Caleb Thibodeau, 58, standing on the deck of his boat, the Mary Ellen.''',
        '''The Coastal Energy Development Office, which oversees the lease, said in an email that it had "held more than 40 public meetings" on the project and would continue to consult with the fishing industry.''',
    ], [
        ("We were here before the turbines", "Caleb Thibodeau"),
        ("held more than 40 public meetings", "Coastal Energy Development Office"),
    ]),
    ("en", [
        "Priya Ramanathan was 17 when she organised her first school strike. Now a second-year law student at Wexley University, she is leading the occupation of the university's administration building.",
        "“People think we're just angry kids. We've read the investment reports, line by line,” she says, sitting cross-legged on a pile of sleeping bags.",
        "The university says it will review its investment policy next year. A spokesperson said: “We respect the right to protest, but the occupation is disrupting essential services for other students.”",
    ], [
        ("We've read the investment reports", "Priya Ramanathan"),
        ("We respect the right to protest", "Wexley University"),
    ]),
    ("en", [
        "Officers arrested six people after a protest outside the Lindgate immigration detention centre turned violent on Saturday evening, Northmoor Police said.",
        "“A small number of individuals chose to throw bottles and fireworks at officers, and two officers were treated for minor injuries,” Chief Superintendent Graham Wylde said in a statement.",
        "Organisers from the Lindgate Solidarity Network disputed that account, saying the crowd had been “kettled without warning for over three hours.”",
    ], [
        ("chose to throw bottles and fireworks", "Graham Wylde"),
        ("kettled without warning for over three hours", "Lindgate Solidarity Network"),
    ]),
    ("en", [
        "The Harwick Borough Council meeting was suspended twice on Wednesday night as tenants in the public gallery heckled councillors debating the sale of the Orchard Rise estate.",
        "Councillor Denise Okafor, who chairs the housing committee, said the sale was “the only realistic way to fund the repairs these homes desperately need.” Opposition councillor Tom Brannigan called that “a counsel of despair from people who have run out of ideas.”",
        "From the gallery, one resident shouted: “You won't be the ones packing boxes!”",
    ], [
        ("the only realistic way to fund", "Denise Okafor"),
        ("a counsel of despair from people", "Tom Brannigan"),
        ("You won't be the ones packing boxes", None),
    ]),
    ("en", [
        "Hundreds of tractors crawled along the main road into Dunmere on Monday morning, bringing the market town to a standstill as farmers protested against cuts to support payments.",
        "Rob Fennimore, who farms 300 acres of beef and barley near Lowthorpe, drove his tractor at the front of the convoy. “My father farmed this land, and his father before him. I'm not going to be the one who sells it to a developer because the sums don't add up anymore.",
        "“We feed this country. All we're asking is that someone in government notices,” he said.",
    ], [
        ("I'm not going to be the one who sells it", "Rob Fennimore"),
        ("All we're asking is that someone", "Rob Fennimore"),
    ]),
    ("en", [
        "Workers at the Stallard Foods distribution centre in Brinton began an indefinite strike on Thursday over what they say are unsafe staffing levels in the warehouse.",
        "According to shop steward Lisa Harrow, three workers were injured last month. “It's only a matter of time before someone is killed,” she said.",
        "Stallard Foods said it “does not recognise the union's description of conditions at the site” and that safety was its “number one priority.”",
    ], [
        ("only a matter of time before someone", "Lisa Harrow"),
        ("does not recognise the union's description", "Stallard Foods"),
    ]),
    ("en", [
        "Candles lined the steps of St Aldhelm's Church in Greyford on Sunday night as about 200 people gathered in memory of Marcus Dunleavy, the cyclist killed on Rook Lane last month.",
        "His sister, Claire Dunleavy, read a short statement on behalf of the family. “Marcus would have hated the fuss, but he would have loved the fact that you're all here asking for a proper cycle lane,” she said.",
        "As the vigil ended, the crowd chanted “Not one more life on Rook Lane” as they walked to the junction where he died.",
    ], [
        ("Marcus would have hated the fuss", "Claire Dunleavy"),
        ("Not one more life on Rook Lane", None),
    ]),
    ("en", [
        '''Ana Kowalczyk remembers the day her landlord, Derek Pullman, sent the eviction notice. "He said he was selling up, that it was nothing personal," she said. "Then two weeks later the flat was on a rental website for double the price."''',
        '''Pullman did not respond to requests for comment. Kowalczyk is now one of 40 tenants in the Millbrook Renters' Union who are withholding rent in protest.''',
        '''"We're not going anywhere," said Ibrahim Sesay, the union's secretary. "If they want us out, they'll have to take us to court, one by one."''',
    ], [
        ("He said he was selling up", "Ana Kowalczyk"),
        ("Then two weeks later the flat", "Ana Kowalczyk"),
        ("they'll have to take us to court", "Ibrahim Sesay"),
    ]),
    ("en", [
        "The climate group Tide Turning posted a video on Tuesday night showing two of its members chained to the gates of the Orrell Bank headquarters in Wrenfield Square.",
        "“Orrell Bank has poured £4bn into new fossil fuel projects since 2020. We will be here until they stop,” the group wrote on social media.",
        "The bank said: “We are working towards net zero and engage constructively with all stakeholders, including those who disagree with us.”",
    ], [
        ("We will be here until they stop", "Tide Turning"),
        ("engage constructively with all stakeholders", "Orrell Bank"),
    ]),
    ("en", [
        "LANSBURY — Thousands of teachers rallied outside the provincial legislature on Friday as a strike that has closed 300 schools entered its second week.",
        "“The government keeps saying there's no money. There was money for the stadium,” said Megan Lestrade, a Grade 4 teacher from Rivermouth.",
        "Education Minister Paul Varga told reporters the province had tabled “the best offer in the country” and accused union leaders of “holding children hostage.”",
    ], [
        ("There was money for the stadium", "Megan Lestrade"),
        ("the best offer in the country", "Paul Varga"),
    ]),
    ("en", [
        "Four people remain in custody after a climate protest spilled onto the motorway near Kellbrook on Saturday.",
        "A spokesperson for Kellbrook Constabulary said: “We facilitated a lawful protest throughout the day. Shortly after 6pm a group moved onto the motorway slip road and were arrested for obstructing the highway.”",
        "Just Roads Now, which organised the protest, said the arrests showed that “the police care more about traffic than about the planet we're all living on.”",
    ], [
        ("We facilitated a lawful protest", "Kellbrook Constabulary"),
        ("care more about traffic than about", "Just Roads Now"),
    ]),
    ("en", [
        "“If Mayor Collins wants to talk, she knows where we are,” said Yusuf Adeyemi, one of the strikers on the picket line outside the Greenway depot, where refuse collectors have been out for three weeks.",
        "Mayor Patricia Collins said on Thursday that she was “ready to meet at any time, without preconditions,” but that the city could not afford the 9 per cent the union wants.",
    ], [
        ("she knows where we are", "Yusuf Adeyemi"),
        ("ready to meet at any time", "Patricia Collins"),
    ]),
    ("en", [
        "Students at Hollins College staged a sit-in at the library on Wednesday after the college announced it would close its music department.",
        "“I chose this college for the music programme. Now they're telling me I might not be able to finish my degree here,” said a second-year student who asked not to be named for fear of academic repercussions.",
        "Provost Simon Achterberg said in an email to students that no current student would be “left without a route to graduation.”",
    ], [
        ("I chose this college for the music programme", None),
        ("left without a route to graduation", "Simon Achterberg"),
    ]),
    ("en", [
        '''A judge on Thursday granted Halvorsen Logistics an injunction barring protesters from coming within 50 meters of its Eastfield warehouse, where workers have picketed for six weeks.''',
        '''Judge Maureen Castellano wrote that the picketers had "repeatedly blocked trucks from entering and leaving the premises" and that the company had shown a risk of "irreparable harm."''',
        '''Union lawyer Devon Price said he would appeal. "This order effectively ends the right to picket at this site," he said outside the courthouse.''',
    ], [
        ("repeatedly blocked trucks from entering", "Maureen Castellano"),
        ("effectively ends the right to picket", "Devon Price"),
    ]),
    ("en", [
        "The march was led by the Rev. Samuel Okonkwo, vicar of St Jude's, Pellow Green, who has campaigned for years against the closure of the area's only hospital.",
        "At the rally in Union Park, the vicar told the crowd: “They close the wards and call it efficiency. We call it what it is — abandonment.”",
        "The health board's chief executive, Andrea Lyle, said in a statement that services were being “consolidated to improve safety, not cut to save money.”",
    ], [
        ("They close the wards and call it efficiency", "Samuel Okonkwo"),
        ("consolidated to improve safety, not cut", "Andrea Lyle"),
    ]),
    ("en", [
        "Around 60 activists from Last Summer occupied the lobby of the Fairmead Insurance tower on Monday, unfurling a banner across the reception desk.",
        "“We're here because Fairmead underwrites the pipeline. No insurance, no pipeline,” said Harriet Mbeki, 24, a spokesperson for the group.",
        "Security staff let the protesters remain in the lobby until the building closed. Fairmead declined to comment.",
    ], [
        ("We're here because Fairmead underwrites the pipeline", "Harriet Mbeki"),
    ]),
    ("en", [
        "“We've been patient for two years,” said Gareth Llewellyn, chair of the Tremorrow Valley Residents' Association, as about 300 people blocked the entrance to the quarry on Saturday. “We've written letters, we've been to every meeting, we've signed every petition.",
        "“Now we're standing in the road, because it's the only thing left.”",
        "Harlow Aggregates, which operates the quarry, said its expansion plans had been “fully assessed and approved” by the planning authority.",
    ], [
        ("we've signed every petition", "Gareth Llewellyn"),
        ("because it's the only thing left", "Gareth Llewellyn"),
        ("fully assessed and approved", "Harlow Aggregates"),
    ]),
    ("en", [
        "Members of the Canal Ward Tenants' Association held a protest outside the offices of property manager Brightkey Homes on Tuesday over months of unrepaired damp and mould.",
        "“My daughter has asthma and the mould is in her bedroom. I've reported it eleven times,” said Shanice Powell, who lives on the fourth floor of Tolland House.",
        "Brightkey Homes said it had “scheduled surveys for all affected flats” and apologised for the delays.",
    ], [
        ("I've reported it eleven times", "Shanice Powell"),
        ("scheduled surveys for all affected flats", "Brightkey Homes"),
    ]),
    ("en", [
        "Dr. Naomi Farrant and Dr. Philip Greaves have worked side by side in the emergency department at St Cuthbert's Infirmary for a decade. On Wednesday they stood side by side on the picket line too.",
        "Greaves said he had never imagined going on strike. “I'm 56. I thought strikes were for other professions,” he said.",
        "Farrant was more blunt. “We are losing doctors to other countries every week. If this strike gets the government's attention, it's worth it,” she said.",
    ], [
        ("I thought strikes were for other professions", "Philip Greaves"),
        ("We are losing doctors to other countries", "Naomi Farrant"),
    ]),
    ("en", [
        "The Callow Wharf sit-in entered its tenth day on Sunday, with around 40 dock workers still occupying the crane control room.",
        "A spokesman for Harrowgate Port Services, Neil Sutter, said: “The occupation is illegal and unsafe. We have asked the workers to leave and will pursue every legal option.”",
        "Union official Grace Adebayo said the workers would stay “until every single redundancy notice is withdrawn.”",
    ], [
        ("The occupation is illegal and unsafe", "Neil Sutter"),
        ("until every single redundancy notice is withdrawn", "Grace Adebayo"),
    ]),
    ("en", [
        "About 150 people marched through Oldbury Cross on Saturday to protest the planned closure of the town's library. “A town without a library is a town that has given up on its children,” author Margaret Tulloch told the crowd outside the town hall.",
    ], [
        ("A town without a library", "Margaret Tulloch"),
    ]),
    ("en", [
        '''4:15pm: "This is the biggest crowd I have seen in this city since the 1990s." That is the view of veteran organiser Bernadette Quayle, who has been coming to May Day marches in Harbridge for 30 years.''',
        '''4:22pm: Police say the march has now reached Carver Square. A spokesperson for Harbridge City Police said there had been "no arrests and no significant incidents" so far.''',
    ], [
        ("This is the biggest crowd I have seen", "Bernadette Quayle"),
        ("no arrests and no significant incidents", "Harbridge City Police"),
    ]),
    ("en", [
        "On the picket line at the Corran Mills plant, the braziers are burning at 5am. Steve Dobson, 61, has worked at the plant since he left school. He pours tea from a flask and hands it around.",
        "“This place is my whole life. If it closes, there's nothing else in this town for men my age,” he says.",
        "A younger worker, warming his hands at the fire, nods. “It's not just the older lads. I've got a mortgage and a baby on the way,” he says.",
    ], [
        ("This place is my whole life", "Steve Dobson"),
        ("I've got a mortgage and a baby", None),
    ]),
    ("en", [
        "Pennock Town Council voted 9–4 on Tuesday night to ban overnight camping in Mill Meadow, where a climate camp has been in place since June.",
        "The council's leader, Jonathan Ashby, said the decision was about “public health and safety, nothing more.” Campers said they had been given no notice of the vote.",
        "“They voted on our homes for the summer without asking a single one of us to speak,” said camp organiser Rhiannon Beddoe.",
    ], [
        ("public health and safety, nothing more", "Jonathan Ashby"),
        ("without asking a single one of us", "Rhiannon Beddoe"),
    ]),
    ("en", [
        "Not everyone on Coldharbour Road was sympathetic. “I've been stuck here forty minutes and I've got a hospital appointment,” said one driver, leaning out of his van window.",
        "Protester Elliot Sandham apologised to drivers but said the action was necessary. “We're sorry for the disruption. We're not sorry for trying to stop the climate crisis,” he said.",
    ], [
        ("I've been stuck here forty minutes", None),
        ("We're not sorry for trying", "Elliot Sandham"),
    ]),
    ("en", [
        "“The university,” said Dr. Ruth Amankwah, a lecturer in sociology and branch secretary of the Lecturers' Association at Carrow University, “has spent more on consultants this year than it would cost to settle this dispute.”",
        "Lecturers began a five-day walkout on Monday, the third this academic year.",
        "Carrow University said its offer was “the most generous in the sector this year.”",
    ], [
        ("has spent more on consultants this year", "Ruth Amankwah"),
        ("the most generous in the sector", "Carrow University"),
    ]),
    ("en", [
        "Three detainees at Marsh Lane immigration removal centre have been on hunger strike for 12 days, according to the charity Open Door Visitors.",
        "“One of the men has lost nine kilos and is struggling to stand,” said the charity's coordinator, Helen Fairweather, who visited on Monday.",
        "Thornhill Secure Services, the contractor that runs the centre, said the detainees were “being monitored closely by healthcare staff.”",
    ], [
        ("One of the men has lost nine kilos", "Helen Fairweather"),
        ("being monitored closely by healthcare staff", "Thornhill Secure Services"),
    ]),
    ("en", [
        '''RIVERTON — Hundreds of hotel workers walked off the job Saturday at three downtown hotels, banging drums and chanting outside the Grand Meridian on Corliss Avenue.''',
        '''"We clean their rooms, we cook their food, and we can't afford to live in the city where we work," said housekeeper Rosa Delgado, who has worked at the Meridian for 14 years.''',
        '''A spokesperson for Meridian Hotels Group said the company was "disappointed that the union chose to strike" while negotiations were continuing.''',
    ], [
        ("we can't afford to live in the city", "Rosa Delgado"),
        ("disappointed that the union chose to strike", "Meridian Hotels Group"),
    ]),
    ("en", [
        "Hours before the march, Kelvin Oduya, the tenants' campaigner who has become the face of the Haverley rent protests, posted on social media: “Bring your neighbours, bring your kids, bring your landlord if he's brave enough.”",
        "By midday the crowd on Lantern Street had swelled to several thousand. Landlords' group Haverley Property Owners' Forum said in a statement that rent controls would “drive investment out of the city for a generation.”",
    ], [
        ("bring your landlord if he's brave enough", "Kelvin Oduya"),
        ("drive investment out of the city", "Haverley Property Owners' Forum"),
    ]),
    ("en", [
        "The leader of the Rail and Signal Workers' Federation, Colin Ferris, said the strikes would continue “for as long as it takes.” Transport Minister Alison Wray called the walkouts “reckless, unjustified and deeply damaging to passengers.”",
        "Ferris said his members had “bent over backwards” to reach a deal. “We have made three different proposals. She hasn't even read them,” he said.",
    ], [
        ("for as long as it takes", "Colin Ferris"),
        ("unjustified and deeply damaging to passengers", "Alison Wray"),
        ("We have made three different proposals", "Colin Ferris"),
    ]),
    ("en", [
        "Wexbridge Police said in a statement on Sunday that 14 people had been arrested during Saturday's demonstration, adding that “the vast majority of those attending protested peacefully.”",
        "The Stop the Incinerator Coalition, which organised the march, thanked supporters online: “Six thousand of you walked with us today. Ambersley will not be a dumping ground.”",
    ], [
        ("the vast majority of those attending", "Wexbridge Police"),
        ("Ambersley will not be a dumping ground", "Stop the Incinerator Coalition"),
    ]),
    ("en", [
        '''"They kept telling us 'wait for the review.' The review came out and nothing changed," said Noor Haddad, president of the Kelmscott Students' Union, which has organised the rent strike.''',
        '''About 900 students in university halls are withholding rent this term, according to the union.''',
        '''The university's director of residences, Mark Pilling, said the rent rises reflected "significant increases in energy and maintenance costs."''',
    ], [
        ("The review came out and nothing changed", "Noor Haddad"),
        ("significant increases in energy and maintenance costs", "Mark Pilling"),
    ]),
    ("en", [
        "Dairy farmers blocked the entrance to the Kettleby distribution centre of supermarket chain Foodway for a second night on Wednesday.",
        "Speaking to the Dunford Courier, farmer Alan Pryce said: “Every week a supermarket buyer phones and tells me the price is going down again. I'm selling milk below what it costs me to make it.”",
        "Foodway said it paid “among the highest milk prices in the market” and that shelves had not been affected.",
    ], [
        ("I'm selling milk below what it costs", "Alan Pryce"),
        ("among the highest milk prices", "Foodway"),
    ]),
    ("en", [
        "“Sarah Kemp told us the factory was safe. Three months later the roof came down,” said Tariq Hussain, whose brother was injured in the collapse at the Norbury Textiles plant.",
        "Kemp, the company's chief executive, has not commented publicly. Relatives held a silent vigil outside the company's headquarters on Monday.",
    ], [
        ("told us the factory was safe", "Tariq Hussain"),
        ("Three months later the roof came down", "Tariq Hussain"),
    ]),
    ("en", [
        "Commuters on the Heathfield line staged what they called a fare strike on Monday, boarding trains without buying tickets.",
        "According to a statement from Fair Fares Heathfield, the group behind the action, “more than 2,000 passengers refused to pay this morning in a peaceful act of civil disobedience.”",
        "The train operator, Southlink Rail, said ticket inspectors had been told “not to confront passengers” and that penalty fares would be issued later.",
    ], [
        ("more than 2,000 passengers refused to pay", "Fair Fares Heathfield"),
        ("not to confront passengers", "Southlink Rail"),
    ]),
    ("en", [
        "The longest-serving member of the Ellsworth County Board of Supervisors and a former union electrician, Raymond Kowalski, surprised the packed chamber on Tuesday by siding with the striking sanitation workers. “I walked a picket line in 1983. I know what it costs a family,” Kowalski said.",
        "Board chair Linda Mercer said the county's position had not changed.",
    ], [
        ("I walked a picket line in 1983", "Raymond Kowalski"),
    ]),
    ("en", [
        "Care workers at six Parkholme care homes began a three-day strike on Monday. Among them was Lorraine Bassett, a senior carer who has worked nights for eleven years.",
        "“People think we just make cups of tea. I lift residents, I give medication, I sit with people when they are dying,” she said. “And I'm paid less than the person stacking shelves at the supermarket down the road.",
        "“I love this job. But love doesn't pay the gas bill.”",
        "Parkholme Care said contingency plans were in place to ensure “residents continue to receive safe and dignified care.”",
    ], [
        ("love doesn't pay the gas bill", "Lorraine Bassett"),
        ("residents continue to receive safe and dignified care", "Parkholme Care"),
    ]),
    ("en", [
        '''Protesters and police officers faced each other across a line of barriers on Kingsmere Road for most of the afternoon. "We just want them to go home safely, and for us to go home safely," one officer at the scene said.''',
        '''Demonstrator Luca Bianchi, 19, said he had been pushed to the ground. "I wasn't doing anything, just standing there with my sign," he said.''',
    ], [
        ("We just want them to go home safely", None),
        ("just standing there with my sign", "Luca Bianchi"),
    ]),
    ("en", [
        "For the third week, residents of Carrick Hollow have blocked the forestry road leading to Bellmore Woods, where contractor Greystone Timber plans to fell 40 hectares of old oak.",
        "“These trees were here before the village was. We'll sit in front of the machines if we have to,” said 74-year-old Edith Marlow, who has lived in the Hollow all her life.",
        "The Westmoor Woodlands Board said the felling licence had been issued lawfully. Greystone Timber's operations manager, Darren Holt, said: “We've followed every rule. The protesters are putting our staff and themselves at risk.”",
    ], [
        ("We'll sit in front of the machines", "Edith Marlow"),
        ("The protesters are putting our staff", "Darren Holt"),
    ]),
    ("en", [
        "Pensioners from across the region gathered outside Halcombe Town Hall on Thursday to protest against cuts to free bus passes.",
        "“I don't drive. Without the bus pass, I'd be stuck at home. That's what they want, isn't it? Us out of sight,” said Dorothy Pike, 81, leaning on her stick.",
        "Council finance chief Ian Goodall told the Halcombe Herald the cuts were “painful but unavoidable given the pressure on our budget.”",
    ], [
        ("Without the bus pass, I'd be stuck at home", "Dorothy Pike"),
        ("painful but unavoidable given the pressure", "Ian Goodall"),
    ]),
]

DE = [
    ("de", [
        "Mit Trillerpfeifen und Transparenten sind am Dienstag rund 800 Beschäftigte des Klinikums Velmingen vor das Rathaus gezogen. Die Gewerkschaft Gesundheit und Soziales Süd hatte zu einem ganztägigen Warnstreik aufgerufen.",
        "„Wir arbeiten seit Jahren am Limit, und niemand hört zu“, sagte die Intensivpflegerin Sabine Kröger auf der Kundgebung.",
        "Das Klinikum Velmingen bezeichnete den Streik in einer Stellungnahme als „unverhältnismäßig und gefährlich für die Patienten“. Eine Notdienstvereinbarung sei vorhanden.",
    ], [
        ("Wir arbeiten seit Jahren am Limit", "Sabine Kröger"),
        ("unverhältnismäßig und gefährlich für die Patienten", "Klinikum Velmingen"),
    ]),
    ("de", [
        "Klimaaktivistinnen und -aktivisten haben am Montagmorgen die Zufahrtsstraße zum Tagebau Kollwitz-Nord blockiert. Nach Angaben des Polizeipräsidiums Ostrachfeld beteiligten sich etwa 150 Personen.",
        "„Die Versammlung war nicht angemeldet. Wir haben die Teilnehmenden mehrfach aufgefordert, die Fahrbahn zu räumen“, sagte Polizeisprecher Jörg Heinemann.",
        "Eine Sprecherin des Bündnisses Kohle stoppen jetzt, Lea Brandstätter, kündigte weitere Aktionen an: „Solange hier gebaggert wird, kommen wir wieder.“",
    ], [
        ("Wir haben die Teilnehmenden mehrfach aufgefordert", "Jörg Heinemann"),
        ("Solange hier gebaggert wird, kommen wir wieder", "Lea Brandstätter"),
    ]),
    ("de", [
        "Elke Hartwig wohnt seit 31 Jahren in der Siedlung am Kranichweg. Jetzt soll ihre Miete nach der Modernisierung um 340 Euro steigen. »Das ist mehr als ein Drittel meiner Rente«, sagt die 72-Jährige.",
        "Gemeinsam mit Nachbarn hat sie die Initiative Kranichweg bleibt gegründet. Jeden Donnerstag stehen sie vor der Zentrale der Wohnbau Hainsfurt GmbH.",
        "Das Unternehmen verweist auf gesetzliche Vorgaben. »Die Modernisierung ist energetisch notwendig und wird fair umgelegt«, erklärte Geschäftsführer Thomas Albrecht auf Anfrage.",
    ], [
        ("Das ist mehr als ein Drittel meiner Rente", "Elke Hartwig"),
        ("Die Modernisierung ist energetisch notwendig", "Thomas Albrecht"),
    ]),
    ("de", [
        "Hunderte Landwirte haben am Mittwoch mit ihren Traktoren die Innenstadt von Mühlbrück lahmgelegt. Aufgerufen hatte der Bauernverband Oberes Lautertal.",
        "„Wir lassen uns nicht länger für eine verfehlte Agrarpolitik verantwortlich machen“, rief Verbandsvorsitzender Gerhard Baumeister den Demonstrierenden zu.",
        "Ein junger Landwirt aus dem Nachbarort, der seinen Namen nicht in der Zeitung lesen will, sagte: „Wenn das so weitergeht, bin ich der Letzte in meiner Familie, der den Hof führt.“",
    ], [
        ("Wir lassen uns nicht länger", "Gerhard Baumeister"),
        ("bin ich der Letzte in meiner Familie", None),
    ]),
    ("de", [
        "Vor dem Amtsgericht Kerlingen mussten sich am Donnerstag drei Mitglieder der Gruppe Aufstand fürs Klima verantworten. Sie hatten sich im Februar auf der Umgehungsstraße festgeklebt.",
        "Richterin Ursula Demmel verurteilte die Angeklagten zu Geldstrafen von je 40 Tagessätzen. Es gehe nicht um die Ziele, sondern um die Mittel, sagte sie in der Urteilsbegründung: „Auch ein berechtigtes Anliegen rechtfertigt keine Nötigung.“",
        "Der Angeklagte Jonas Feldmann kündigte an, in Berufung zu gehen. „Ich würde es wieder tun“, sagte der 23-Jährige nach dem Urteil.",
    ], [
        ("Auch ein berechtigtes Anliegen rechtfertigt keine", "Ursula Demmel"),
        ("Ich würde es wieder tun", "Jonas Feldmann"),
    ]),
    ("de", [
        "Turbulent ging es am Montagabend im Stadtrat von Ebersried zu. Auf der Tribüne hatten rund 60 Eltern Platz genommen, die gegen die geplante Schließung der Grundschule Am Mühlbach protestierten.",
        "Oberbürgermeister Klaus Wendt verteidigte die Pläne: „Wir können uns drei Grundschulen für 400 Kinder schlicht nicht mehr leisten.“ Von der Tribüne kamen Buhrufe.",
        "Stadträtin Miriam Osterloh hielt dagegen. Die Schule sei „das Herz des Viertels“, sagte sie.",
    ], [
        ("Wir können uns drei Grundschulen", "Klaus Wendt"),
        ("das Herz des Viertels", "Miriam Osterloh"),
    ]),
    ("de", [
        "Seit Montag streiken die Beschäftigten im Versandzentrum des Onlinehändlers Lagerix in Hainsfurt. „Die Bänder laufen zu schnell, die Pausen sind zu kurz, und der Lohn reicht nicht“, so Betriebsrätin Aylin Demir.",
        "Lagerix weist die Vorwürfe zurück. „Wir zahlen deutlich über dem Branchendurchschnitt und investieren kontinuierlich in Ergonomie“, heißt es in einer schriftlichen Stellungnahme des Unternehmens.",
    ], [
        ("Die Bänder laufen zu schnell", "Aylin Demir"),
        ("Wir zahlen deutlich über dem Branchendurchschnitt", "Lagerix"),
    ]),
    ("de", [
        "„Herr Schubert hat uns im Frühjahr versprochen, dass kein Arbeitsplatz wegfällt“, sagte Betriebsratschef Dieter Lange vor dem Werkstor der Kessler Antriebstechnik in Dornbach. Rund 500 Beschäftigte protestierten dort am Freitag gegen den geplanten Abbau von 300 Stellen.",
        "Werksleiter Martin Schubert war für eine Stellungnahme nicht zu erreichen. Eine Sprecherin der Kessler Antriebstechnik sagte, man suche „sozialverträgliche Lösungen für alle Betroffenen“.",
    ], [
        ("hat uns im Frühjahr versprochen", "Dieter Lange"),
        ("sozialverträgliche Lösungen für alle Betroffenen", "Kessler Antriebstechnik"),
    ]),
    ("de", [
        "14.32 Uhr: Der Demonstrationszug hat den Marktplatz erreicht. Die Veranstalter sprechen von 12.000 Teilnehmenden, die Polizei von rund 7000.",
        "14.45 Uhr: Auf der Bühne spricht jetzt Hatice Yıldırım vom Bündnis Bezahlbar Wohnen Velmingen. „Wohnen ist ein Menschenrecht und keine Ware“, ruft sie ins Mikrofon. Die Menge antwortet mit Sprechchören.",
        "15.01 Uhr: Eine Teilnehmerin aus Ostrachfeld sagt unserem Reporter: „Ich suche seit acht Monaten eine Wohnung. Ich habe über 200 Bewerbungen geschrieben.“",
    ], [
        ("Wohnen ist ein Menschenrecht und keine Ware", "Hatice Yıldırım"),
        ("Ich habe über 200 Bewerbungen geschrieben", None),
    ]),
    ("de", [
        "Studierende der Universität Kerlingen halten seit Dienstag das Audimax besetzt. Sie fordern unter anderem günstigere Mensapreise und mehr Wohnheimplätze.",
        "„Viele von uns arbeiten zwanzig Stunden die Woche neben dem Studium, nur um die Miete zu zahlen“, sagt Lukas Brenner, Lehramtsstudent im fünften Semester. Er schläft seit zwei Nächten im Hörsaal.",
        "Die Hochschulleitung zeigte Verständnis, mahnte aber einen geregelten Lehrbetrieb an. „Wir suchen das Gespräch, können eine dauerhafte Besetzung aber nicht hinnehmen“, sagte Vizepräsidentin Prof. Dr. Karin Hollstein.",
    ], [
        ("Viele von uns arbeiten zwanzig Stunden", "Lukas Brenner"),
        ("können eine dauerhafte Besetzung aber nicht hinnehmen", "Karin Hollstein"),
    ]),
    ("de", [
        "Für Reinhard Kuhlmann ist der Streik eine Premiere. „In 28 Jahren bei den Verkehrsbetrieben habe ich nie die Arbeit niedergelegt. Aber irgendwann ist Schluss.",
        "„Ich fahre jeden Tag elf Stunden durch die Stadt, und am Monatsende bleibt fast nichts übrig“, sagt der Busfahrer aus Mühlbrück.",
        "Die Verkehrsbetriebe Mühlbrück kündigten an, zumindest einen Notfahrplan auf den Hauptlinien aufrechtzuerhalten.",
    ], [
        ("habe ich nie die Arbeit niedergelegt", "Reinhard Kuhlmann"),
        ("am Monatsende bleibt fast nichts übrig", "Reinhard Kuhlmann"),
    ]),
    ("de", [
        "Die Gruppe Letzte Ausfahrt Klima hat am Sonntag ein Video veröffentlicht, das zwei Aktivistinnen auf dem Dach des Verwaltungsgebäudes der Ostrachwerke zeigt. „Wir bleiben hier oben, bis die Ostrachwerke den Ausstieg aus dem Gas verkünden“, schrieb die Gruppe dazu in den sozialen Medien.",
        "Die Ostrachwerke erklärten, man nehme die Sicherheit der Aktivistinnen sehr ernst. „Wir appellieren dringend, das Dach zu verlassen“, sagte eine Sprecherin.",
    ], [
        ("Wir bleiben hier oben, bis", "Letzte Ausfahrt Klima"),
        ("Wir appellieren dringend, das Dach zu verlassen", "Ostrachwerke"),
    ]),
    ("de", [
        "Mit einer Mahnwache haben am Abend rund 300 Menschen in Sankt Wendelbach des getöteten Radfahrers gedacht. Pfarrerin Annette Vogel sprach ein Gebet. Danach ergriff der Vater des Opfers, Holger Janssen, das Wort: „Mein Sohn ist tot, weil an dieser Kreuzung seit Jahren nichts passiert.“",
        "Die Stadtverwaltung kündigte an, die Ampelschaltung prüfen zu lassen.",
    ], [
        ("Mein Sohn ist tot, weil", "Holger Janssen"),
    ]),
    ("de", [
        "„Das ist ein Angriff auf das Streikrecht“, sagte der Landesvorsitzende der Gewerkschaft Verkehr und Dienste Nord, Frank Ziegler, dem Velminger Tageblatt. Zuvor hatte das Arbeitsgericht einen geplanten Streik bei der Flughafengesellschaft Velmingen per einstweiliger Verfügung untersagt.",
        "Die Flughafengesellschaft begrüßte die Entscheidung. Man sei „jederzeit zu Verhandlungen bereit“, teilte sie mit.",
    ], [
        ("Das ist ein Angriff auf das Streikrecht", "Frank Ziegler"),
        ("jederzeit zu Verhandlungen bereit", "Flughafengesellschaft Velmingen"),
    ]),
    ("de", [
        "Seit drei Monaten leben Aktivistinnen und Aktivisten in Baumhäusern im Fohrenwald bei Ebersried, um die geplante Rodung für eine Umgehungsstraße zu verhindern.",
        "„Wir sind keine Chaoten. Wir sind Menschen, die den Wald schützen wollen“, sagt eine Besetzerin, die ihren Namen nicht nennen möchte.",
        "Landrat Bernd Kessel sagte dagegen: „Die Straße ist rechtskräftig genehmigt. Der Rechtsstaat wird sich durchsetzen.“",
    ], [
        ("Wir sind keine Chaoten", None),
        ("Der Rechtsstaat wird sich durchsetzen", "Bernd Kessel"),
    ]),
    ("de", [
        "Die Beschäftigten im Werk der Hollmann Stahl AG in Kapfenried haben am Donnerstag die Arbeit niedergelegt. Betriebsratsvorsitzender Ewald Pichler zeigte sich kämpferisch.",
        "„Wenn die Geschäftsführung glaubt, dass wir klein beigeben, dann irrt sie sich gewaltig“, sagte Pichler.",
        "Vorstandsvorsitzende Renate Moosbrugger verwies auf die schwierige Lage am Stahlmarkt: „Wir müssen Kosten senken, sonst gefährden wir den ganzen Standort.“",
    ], [
        ("dann irrt sie sich gewaltig", "Ewald Pichler"),
        ("sonst gefährden wir den ganzen Standort", "Renate Moosbrugger"),
    ]),
    ("de", [
        "Mehrere tausend Schülerinnen und Schüler zogen am Freitag durch die Innenstadt von Hainsfurt. »Wir sind hier, weil es auf einem kaputten Planeten keine Zukunft gibt, für niemanden«, meint Sophie Brückner, 16.",
        "Ihr Lehrer sieht das gelassen. »Ich habe den Schülern freigegeben, solange sie den Stoff nachholen«, sagt Stefan Roth, der am Gymnasium Am Stadtpark Physik unterrichtet.",
    ], [
        ("weil es auf einem kaputten Planeten", "Sophie Brückner"),
        ("solange sie den Stoff nachholen", "Stefan Roth"),
    ]),
    ("de", [
        "„Der Einsatz verlief weitgehend friedlich“, heißt es in einer Mitteilung der Polizeidirektion Kerlingen. Lediglich am Rande der Kundgebung sei es zu einer Rangelei gekommen.",
        "Das Aktionsbündnis Kerlingen, das die Gegendemonstration organisiert hatte, sprach von einem „starken Zeichen gegen Hass und Hetze“. Mehr als 4000 Menschen waren dem Aufruf gefolgt.",
    ], [
        ("Der Einsatz verlief weitgehend friedlich", "Polizeidirektion Kerlingen"),
        ("starken Zeichen gegen Hass und Hetze", "Aktionsbündnis Kerlingen"),
    ]),
    ("de", [
        "Auf dem Podium saßen Bürgermeisterin Gabriele Faust, Investor Holger Brandt und der Sprecher der Bürgerinitiative Rettet den Schlosspark, Martin Kühn. Brandt verteidigte das Hotelprojekt: „Wir schaffen 120 Arbeitsplätze und erhalten den alten Baumbestand, wo es nur geht.“",
        "Kühn widersprach: „Von den 200 Bäumen sollen 140 fallen. Das nennen Sie erhalten?“ Faust mahnte zur Sachlichkeit.",
    ], [
        ("Wir schaffen 120 Arbeitsplätze", "Holger Brandt"),
        ("Von den 200 Bäumen sollen 140 fallen", "Martin Kühn"),
    ]),
    ("de", [
        "Eltern in Ostrachfeld müssen sich am Donnerstag erneut auf geschlossene Kitas einstellen. Nach Angaben der Stadt bleiben 23 von 31 Einrichtungen zu.",
        "Erzieherin Natalie Schwarz, die seit zwölf Jahren in der Kita Sonnenblume arbeitet, hat Verständnis für den Ärger der Eltern. „Aber wenn wir jetzt nicht streiken, gibt es in fünf Jahren niemanden mehr, der diesen Beruf machen will.“",
        "Eine Mutter, die ihre beiden Kinder zur Notbetreuung bringt, sieht das anders: „Ich verstehe die Forderungen, aber ich verliere gerade meinen dritten Urlaubstag.“",
    ], [
        ("gibt es in fünf Jahren niemanden mehr", "Natalie Schwarz"),
        ("ich verliere gerade meinen dritten Urlaubstag", None),
    ]),
    ("de", [
        "„Wir wollen keine Almosen“, sagte Petra Lindemann, Sprecherin der Initiative Gute Arbeit im Handel, vor der Filiale der Drogeriekette Frischmarkt in der Gerberstraße von Kapfenried, „wir wollen einen Tarifvertrag.“",
        "Die Geschäftsführung von Frischmarkt lehnte Tarifverhandlungen bislang ab. Auf Anfrage teilte das Unternehmen mit, man biete „faire und marktgerechte Löhne für alle Beschäftigten“.",
    ], [
        ("Wir wollen keine Almosen", "Petra Lindemann"),
        ("wir wollen einen Tarifvertrag", "Petra Lindemann"),
        ("faire und marktgerechte Löhne für alle", "Frischmarkt"),
    ]),
    ("de", [
        "Das Verwaltungsgericht Dornbach hat das Verbot eines Protestcamps vor dem Werk der Chemiefirma Lanterra gekippt. Die Stadt habe nicht ausreichend dargelegt, dass von dem Camp eine Gefahr ausgehe, heißt es in dem Beschluss.",
        "Rechtsanwalt Tobias Grünwald, der die Camp-Organisatoren vertritt, sprach von einem „klaren Sieg für die Versammlungsfreiheit“. Ordnungsdezernentin Claudia Weiß sagte: „Wir respektieren das Gericht, halten unsere Bedenken aber aufrecht.“",
    ], [
        ("klaren Sieg für die Versammlungsfreiheit", "Tobias Grünwald"),
        ("halten unsere Bedenken aber aufrecht", "Claudia Weiß"),
    ]),
    ("de", [
        "Im Tarifkonflikt bei den Stadtwerken Hainsfurt hat die Gewerkschaft Energie und Versorgung für Mittwoch zu einem ganztägigen Warnstreik aufgerufen. „Das Angebot der Arbeitgeber ist eine Provokation“, sagte ein Gewerkschaftssprecher am Montag.",
        "Die Stadtwerke zeigten sich überrascht. Personalchef Uwe Pohl sagte, man habe „ein faires Angebot mit einer Einmalzahlung“ vorgelegt.",
    ], [
        ("Das Angebot der Arbeitgeber ist eine Provokation", "Gewerkschaft Energie und Versorgung"),
        ("ein faires Angebot mit einer Einmalzahlung", "Uwe Pohl"),
    ]),
    ("de", [
        "Die Ärztin Dr. Miriam Haas hat in den vergangenen Wochen mehrere Demonstrationen gegen die Schließung der Geburtsstation im Kreiskrankenhaus Velmingen-Land organisiert.",
        "Am Samstag kamen mehr als 1500 Menschen. Haas zeigte sich überwältigt. „Ich hätte nie gedacht, dass so viele kommen“, sagte sie.",
        "Landrätin Ingrid Seifert verteidigte die Entscheidung des Kreistags. Es fehle schlicht an Hebammen.",
        "Haas ließ das nicht gelten. „Dann muss man sie eben besser bezahlen.“",
    ], [
        ("Ich hätte nie gedacht, dass so viele kommen", "Miriam Haas"),
        ("Dann muss man sie eben besser bezahlen", "Miriam Haas"),
    ]),
    ("de", [
        "Rund 80 Menschen haben am frühen Dienstagmorgen vor einem Wohnhaus in der Gerstenstraße in Kerlingen versucht, die Abschiebung einer fünfköpfigen Familie zu verhindern.",
        "„Die Kinder sind hier geboren, sie gehen hier zur Schule. Wohin soll man sie denn abschieben?“, fragte Nachbar Wolfgang Reich, der sich mit anderen vor den Hauseingang gesetzt hatte.",
        "Das Landratsamt Kerlingen erklärte auf Anfrage, man habe „lediglich geltendes Recht umgesetzt, wie es unsere Pflicht ist“.",
    ], [
        ("Die Kinder sind hier geboren", "Wolfgang Reich"),
        ("wie es unsere Pflicht ist", "Landratsamt Kerlingen"),
    ]),
    ("de", [
        "Mehr als 3000 Radfahrerinnen und Radfahrer sind am Sonntag über die gesperrte Stadtautobahn in Mühlbrück gerollt. Immer wieder skandierten sie: „Platz da für die Räder, jetzt!“",
        "Organisatorin Julia Nowak vom Radentscheid Mühlbrück sagte: „Heute sieht man, wie viel Platz eigentlich da ist, wenn man ihn den Menschen gibt.“",
    ], [
        ("Platz da für die Räder", None),
        ("wie viel Platz eigentlich da ist", "Julia Nowak"),
    ]),
    ("de", [
        "„Wir haben der Firma unser halbes Leben gegeben, und jetzt sollen wir gehen wie Leiharbeiter“, erklärte der 54-Jährige. Andreas Köhler arbeitet seit 1991 als Schichtleiter bei der Glashütte Ebersried, die Ende des Jahres schließen soll.",
        "Die Mutterfirma, die Vitrea Holding, begründet die Schließung mit hohen Energiekosten. „Der Standort ist unter den aktuellen Bedingungen nicht wettbewerbsfähig“, sagte ein Sprecher.",
    ], [
        ("Wir haben der Firma unser halbes Leben gegeben", "Andreas Köhler"),
        ("Der Standort ist unter den aktuellen Bedingungen", "Vitrea Holding"),
    ]),
    ("de", [
        "Zur traditionellen Mai-Kundgebung auf dem Rathausplatz in Dornbach kamen nach Veranstalterangaben rund 2500 Menschen. Hauptrednerin war die stellvertretende Vorsitzende des Gewerkschaftsbunds Dornbach-Land, Sevgi Arslan.",
        "„Wer Vollzeit arbeitet, muss davon leben können – ohne Aufstocken, ohne Zweitjob“, rief Arslan unter großem Applaus.",
    ], [
        ("Wer Vollzeit arbeitet, muss davon leben können", "Sevgi Arslan"),
    ]),
    ("de", [
        "In der Nacht zu Donnerstag haben Milchbäuerinnen und -bauern mit rund 40 Traktoren die Zufahrt zum Zentrallager der Handelskette Nordkauf in Hainsfurt blockiert.",
        "„Für einen Liter Milch bekomme ich 38 Cent. Das deckt nicht einmal die Futterkosten“, sagte Milchbäuerin Anja Reuter aus Ebersried.",
        "Nordkauf erklärte auf Anfrage: „Wir stehen zu unserer Verantwortung gegenüber der heimischen Landwirtschaft und zahlen faire Preise.“",
    ], [
        ("Das deckt nicht einmal die Futterkosten", "Anja Reuter"),
        ("Wir stehen zu unserer Verantwortung", "Nordkauf"),
    ]),
    ("de", [
        "Auch der emeritierte Klimaforscher Prof. Dr. Hans-Georg von Elmendorf reihte sich in den Demonstrationszug ein. „Die Physik verhandelt nicht. Jedes Zehntelgrad zählt“, sagte der 78-Jährige.",
        "Eine Studentin neben ihm hielt ein Schild mit seinem Gesicht hoch. „Er ist der Grund, warum ich hier bin“, sagte sie lachend.",
    ], [
        ("Die Physik verhandelt nicht", "Hans-Georg von Elmendorf"),
        ("Er ist der Grund, warum ich hier bin", None),
    ]),
    ("de", [
        "Seit einer Woche bleibt in Kapfenried der Müll liegen. Die Beschäftigten des städtischen Entsorgungsbetriebs streiken für höhere Zulagen.",
        "Oberbürgermeisterin Brigitte Lorenz appellierte an beide Seiten. „Die Bürgerinnen und Bürger dürfen nicht die Leidtragenden sein“, sagte sie am Montag.",
        "Streikleiter Mehmet Öztürk zeigte sich unbeeindruckt. „Frau Lorenz sitzt mit am Verhandlungstisch. Sie könnte das morgen beenden.“",
    ], [
        ("dürfen nicht die Leidtragenden sein", "Brigitte Lorenz"),
        ("Sie könnte das morgen beenden", "Mehmet Öztürk"),
    ]),
    ("de", [
        "Hilfskräfte Velmingen, ein Zusammenschluss studentischer Beschäftigter an der Universität, hat für kommende Woche einen dreitägigen Streik angekündigt. „Ohne uns läuft an dieser Uni keine Bibliothek und kein Tutorium“, teilte der Zusammenschluss am Freitag mit.",
        "Die Universitätsleitung verwies auf laufende Gespräche mit dem Land.",
    ], [
        ("Ohne uns läuft an dieser Uni", "Hilfskräfte Velmingen"),
    ]),
]

ES = [
    ("es", [
        "Cientos de agricultores cortaron este lunes la autovía de acceso a Torremolar con sus tractores para protestar contra la bajada de los precios en origen.",
        "«Estamos vendiendo por debajo de costes y nadie nos escucha», denunció Antonio Ruiz Cañete, agricultor de Villaurrea y portavoz de la Plataforma en Defensa del Campo Torremolareño.",
        "Fuentes de la Subdelegación del Gobierno en Torremolar señalaron que la protesta «no había sido comunicada previamente» y que se había identificado a una veintena de personas.",
    ], [
        ("Estamos vendiendo por debajo de costes", "Antonio Ruiz Cañete"),
        ("no había sido comunicada previamente", "Subdelegación del Gobierno en Torremolar"),
    ]),
    ("es", [
        "Las trabajadoras de limpieza del Hospital Regional de Santa Clara del Valle cumplieron este martes su quinto día de paro. Exigen el pago de tres quincenas atrasadas.",
        "“Nos deben más de dos meses de salario. Tenemos hijos que alimentar”, dijo María Guadalupe Estrada, quien lleva ocho años trabajando en el turno de noche.",
        "La empresa contratista, Servilimp del Norte, aseguró en un comunicado que los pagos se realizarán “a la brevedad posible, una vez que la Secretaría de Salud libere los recursos”.",
    ], [
        ("Tenemos hijos que alimentar", "María Guadalupe Estrada"),
        ("una vez que la Secretaría de Salud libere", "Servilimp del Norte"),
    ]),
    ("es", [
        "Una cincuentena de vecinos logró paralizar este jueves el desahucio de Carmen Olmedo, de 67 años, en el barrio de Las Eras de Riosanto.",
        "«Llevo 40 años en este piso. Aquí crie a mis hijos y aquí quiero morir», dijo la mujer, visiblemente emocionada, tras conocer el aplazamiento.",
        "Según Javier Montes, del Sindicato de Vivienda de Las Eras, el fondo propietario del edificio «se niega a negociar un alquiler social».",
    ], [
        ("Aquí crie a mis hijos", "Carmen Olmedo"),
        ("se niega a negociar un alquiler social", "Javier Montes"),
    ]),
    ("es", [
        "Unas 400 personas se concentraron anoche en la plaza Mayor de Villaurrea en memoria de Lucía Ferrer, la joven asesinada el pasado fin de semana.",
        "«No es un caso aislado. Es la tercera en la comarca este año», afirmó la concejala de Igualdad, Rosa Ibáñez, durante la lectura del manifiesto.",
        "Los asistentes guardaron cinco minutos de silencio y corearon al final «Lucía, no te olvidamos», entre lágrimas.",
    ], [
        ("Es la tercera en la comarca", "Rosa Ibáñez"),
        ("Lucía, no te olvidamos", None),
    ]),
    ("es", [
        "El Juzgado de lo Penal número 2 de Puerto Lagartera juzgó este miércoles a seis sindicalistas acusados de coacciones durante un piquete en la huelga del metal de hace dos años.",
        "La fiscal, Elena Sanz, pidió tres años de prisión para cada uno. «Los acusados impidieron por la fuerza la entrada de trabajadores que querían ejercer su derecho a trabajar», sostuvo.",
        "El abogado defensor, Ramón Quintana, replicó que sus clientes se limitaron a «informar pacíficamente de la convocatoria de huelga», como ampara la ley.",
    ], [
        ("impidieron por la fuerza la entrada", "Elena Sanz"),
        ("informar pacíficamente de la convocatoria", "Ramón Quintana"),
    ]),
    ("es", [
        "Estudiantes de la Universidad Autónoma de Ciudad Mireles tomaron este lunes la rectoría en rechazo al aumento de las cuotas de inscripción.",
        "“No vamos a salir hasta que el rector dé la cara”, advirtió Diego Hernández Salas, estudiante de Ingeniería y vocero de la Asamblea Estudiantil.",
        "Por la tarde, el rector Julio César Aranda difundió un video en redes sociales en el que calificó la toma de “ilegal” y aseguró que “las puertas del diálogo están abiertas, pero no bajo presión”.",
    ], [
        ("hasta que el rector dé la cara", "Diego Hernández Salas"),
        ("las puertas del diálogo están abiertas", "Julio César Aranda"),
    ]),
    ("es", [
        "El pleno del Ayuntamiento de Torremolar aprobó anoche, con los votos del equipo de gobierno, la privatización del servicio de agua, entre los gritos de un centenar de vecinos que abarrotaban la sala.",
        "«El agua es de todos y no se vende», gritaban desde el público.",
        "El alcalde, Fernando Gallardo, defendió que la gestión privada «garantizará las inversiones que la red necesita desde hace décadas». La portavoz de la oposición, Inmaculada Reyes, le acusó de «vender el patrimonio de los torremolareños a precio de saldo».",
    ], [
        ("El agua es de todos", None),
        ("garantizará las inversiones que la red necesita", "Fernando Gallardo"),
        ("vender el patrimonio de los torremolareños", "Inmaculada Reyes"),
    ]),
    ("es", [
        "Los repartidores de la plataforma Rapidito convocaron este viernes una concentración frente a la sede de la empresa en Riosanto para exigir su contratación como asalariados.",
        "«Trabajamos para ellos, llevamos su mochila, seguimos sus órdenes. ¿Cómo no vamos a ser empleados?», se preguntaba Omar Benali, repartidor desde hace cuatro años.",
        "Rapidito, por su parte, sostuvo en un comunicado que «la mayoría de los repartidores prefieren la flexibilidad del modelo actual».",
    ], [
        ("llevamos su mochila, seguimos sus órdenes", "Omar Benali"),
        ("la mayoría de los repartidores prefieren", "Rapidito"),
    ]),
    ("es", [
        "Pilar Navas, enfermera del centro de salud de Vallehondo de Arriba, lo explicaba así ante los concentrados: «Somos tres enfermeras para atender a cinco pueblos. Hacemos kilómetros, no consultas.",
        "»Cuando una de nosotras se pone enferma, hay pueblos que se quedan una semana sin nadie».",
        "La Consejería de Sanidad aseguró que la plaza vacante se cubrirá «en las próximas semanas, en cuanto haya candidatos».",
    ], [
        ("Hacemos kilómetros, no consultas", "Pilar Navas"),
        ("hay pueblos que se quedan una semana sin nadie", "Pilar Navas"),
        ("en cuanto haya candidatos", "Consejería de Sanidad"),
    ]),
    ("es", [
        "11.05 La cabecera de la manifestación ya está en la calle Alfareros de Puerto Lagartera.",
        "11.20 Un manifestante jubilado explica a este diario por qué ha venido: «Mi pensión no llega ni para la luz. Y mis nietos ni siquiera van a tener una».",
        "11.34 Según la Delegación del Gobierno, unas 8.000 personas participan en la marcha. Los sindicatos convocantes elevan la cifra a 30.000.",
        "11.50 Desde el escenario, la secretaria general de la Unión Regional de Pensionistas, Ángeles Moya, ha pedido «una subida de las pensiones mínimas que permita vivir con dignidad».",
    ], [
        ("Mi pensión no llega ni para la luz", None),
        ("una subida de las pensiones mínimas", "Ángeles Moya"),
    ]),
    ("es", [
        "Comuneros de Cerro Colorado de Abajo mantienen desde hace 15 días un bloqueo en el camino que conduce a la mina de la empresa Minera Altavista.",
        "“La mina nos está dejando sin agua. Los pozos están secos desde que empezaron a perforar”, explicó Rosendo Pérez Quiroz, comisariado ejidal.",
        "Minera Altavista afirmó que sus operaciones “cumplen con toda la normatividad ambiental vigente”.",
    ], [
        ("Los pozos están secos desde", "Rosendo Pérez Quiroz"),
        ("cumplen con toda la normatividad ambiental", "Minera Altavista"),
    ]),
    ("es", [
        "La huelga indefinida en la planta de Aceros Ribera de Villaurrea cumple hoy su segunda semana sin visos de acuerdo. El presidente del comité de empresa, Luis Aranda Pozo, compareció ayer ante los medios.",
        "Aranda explicó que la dirección no ha movido su propuesta «ni un milímetro» desde el inicio del conflicto. «Nos ofrecen lo mismo que el primer día: despidos y rebaja salarial», añadió.",
        "La dirección de la empresa no ha querido hacer declaraciones.",
    ], [
        ("Nos ofrecen lo mismo que el primer día", "Luis Aranda Pozo"),
    ]),
    ("es", [
        "Según Marta Quintero, portavoz de la Asamblea Docente de Riosanto, la manifestación de este domingo «es solo el principio de una movilización que durará todo el curso».",
        "Los docentes reclaman la reducción de ratios y la recuperación de las plantillas recortadas. «Con 30 alumnos por aula no se puede atender a nadie como merece», señaló otra profesora, que prefirió no dar su nombre.",
    ], [
        ("es solo el principio de una movilización", "Marta Quintero"),
        ("Con 30 alumnos por aula", None),
    ]),
    ("es", [
        "«Lo que ha dicho el consejero Peña es mentira: aquí nadie ha cobrado la ayuda», aseguró Francisco Gil, ganadero de Vallehondo de Arriba, durante la tractorada del sábado.",
        "El consejero de Agricultura, Alberto Peña, había afirmado el jueves que el 90 % de las ayudas por la sequía «ya están abonadas en las cuentas de los productores».",
    ], [
        ("aquí nadie ha cobrado la ayuda", "Francisco Gil"),
        ("ya están abonadas en las cuentas", "Alberto Peña"),
    ]),
    ("es", [
        "El colectivo ecologista Brote Climático reivindicó en sus redes sociales la acción: «Hemos pintado la fachada de la petrolera con pintura biodegradable porque su negocio no lo es».",
        "Petronova, la empresa afectada, anunció que denunciará los hechos. «Respetamos la libertad de expresión, pero esto es vandalismo», declaró su director de comunicación, Ignacio Ferrer.",
    ], [
        ("porque su negocio no lo es", "Brote Climático"),
        ("pero esto es vandalismo", "Ignacio Ferrer"),
    ]),
    ("es", [
        "«Nosotros no queremos cerrar la carretera», explicó Consuelo Ríos, vecina de Riosanto y una de las organizadoras del corte, «pero llevamos diez años pidiendo un paso de peatones y ya han muerto dos personas».",
        "La Dirección General de Carreteras indicó que el proyecto está «en fase de redacción y se licitará este año».",
    ], [
        ("pero llevamos diez años pidiendo", "Consuelo Ríos"),
        ("se licitará este año", "Dirección General de Carreteras"),
    ]),
    ("es", [
        "La Policía Local de Torremolar informó de que la marcha transcurrió «sin incidentes reseñables de ningún tipo» y cifró la asistencia en 2.500 personas.",
        "El inspector jefe, Raúl Serrano, explicó que se cortaron al tráfico cuatro calles del centro. «Hemos pedido disculpas a los vecinos por las molestias, pero era necesario», dijo.",
    ], [
        ("sin incidentes reseñables de ningún tipo", "Policía Local de Torremolar"),
        ("Hemos pedido disculpas a los vecinos", "Raúl Serrano"),
    ]),
    ("es", [
        "Isabel Cortés tiene 23 años, dos carreras y un contrato de prácticas de 600 euros. Este jueves fue una de las miles de jóvenes que salieron a la calle en Puerto Lagartera para pedir vivienda asequible.",
        "«Vivo con mis padres y con mi hermana en un piso de 60 metros. No es que no quiera irme, es que no puedo», cuenta mientras sostiene una pancarta hecha a mano.",
        "A su lado, su amigo Sergio Lamas asiente. «Pagamos más de la mitad del sueldo en alquiler, los que podemos pagarlo», dice.",
    ], [
        ("No es que no quiera irme", "Isabel Cortés"),
        ("Pagamos más de la mitad del sueldo", "Sergio Lamas"),
    ]),
    ("es", [
        "El Sindicato Unitario de Transportes de Torremolar mantiene la convocatoria de huelga en los autobuses urbanos para el lunes. «La empresa no ha presentado ninguna propuesta nueva», indicaron fuentes sindicales.",
        "Desde Autobuses Urbanos de Torremolar señalaron que los servicios mínimos fijados por el Ayuntamiento «garantizan la movilidad de los usuarios más vulnerables».",
    ], [
        ("La empresa no ha presentado ninguna propuesta", "Sindicato Unitario de Transportes de Torremolar"),
        ("garantizan la movilidad de los usuarios", "Autobuses Urbanos de Torremolar"),
    ]),
    ("es", [
        "Docentes de toda la provincia marcharon este miércoles hasta la Casa de Gobierno de San Martín del Lago en reclamo de la reapertura de paritarias.",
        "“Un maestro que arranca hoy cobra menos que la canasta básica”, afirmó a este medio Gabriela Sosa, secretaria adjunta de la Asociación de Maestros del Lago.",
        "El ministro de Economía provincial, Horacio Villalba, respondió que “no hay margen fiscal para una nueva suba este trimestre”.",
    ], [
        ("cobra menos que la canasta básica", "Gabriela Sosa"),
        ("no hay margen fiscal para una", "Horacio Villalba"),
    ]),
    ("es", [
        "Al grito de «¡Sanidad pública, no se vende, se defiende!», miles de personas recorrieron el centro de Villaurrea.",
        "«Llevo seis meses esperando una resonancia», contaba una mujer de unos sesenta años que empujaba la silla de ruedas de su marido.",
        "El consejero de Sanidad, Julián Torrecilla, atribuyó las listas de espera a «la falta de médicos especialistas en todo el país».",
    ], [
        ("Sanidad pública, no se vende", None),
        ("Llevo seis meses esperando una resonancia", None),
        ("la falta de médicos especialistas", "Julián Torrecilla"),
    ]),
    ("es", [
        "Lo resumía con crudeza Ana Belén Ortuño, camarera de pisos en un hotel de Puerto Lagartera: «Hacemos 28 habitaciones por turno. Mi espalda tiene 45 años pero parece de 70».",
        "La patronal hotelera, la Asociación de Hoteleros del Litoral, defendió que el convenio vigente es «uno de los mejores del sector turístico».",
    ], [
        ("Hacemos 28 habitaciones por turno", "Ana Belén Ortuño"),
        ("uno de los mejores del sector turístico", "Asociación de Hoteleros del Litoral"),
    ]),
    ("es", [
        "La jueza de Instrucción número 4 de Riosanto, Beatriz Carmona, ha archivado la denuncia contra los cinco activistas que ocuparon durante doce horas la sede de la constructora Urbanix.",
        "En el auto, la magistrada considera que la ocupación fue «un ejercicio de protesta pacífico, sin violencia sobre las personas ni daños relevantes en las cosas».",
        "La constructora anunció que recurrirá. «Entrar por la fuerza en una oficina no es libertad de expresión», señaló su abogado, Víctor Lozano.",
    ], [
        ("un ejercicio de protesta pacífico", "Beatriz Carmona"),
        ("Entrar por la fuerza en una oficina", "Víctor Lozano"),
    ]),
    ("es", [
        "Cientos de pescadores artesanales bloquearon con sus botes la bahía de Caleta Bravía para protestar contra la nueva ley de cuotas.",
        "“Nos quieren sacar del mar para dárselo a las industriales”, reclamó Juan Carlos Tapia, presidente del sindicato de pescadores de la caleta.",
        "Desde la Subsecretaría de Pesca dijeron que la ley “protege la sustentabilidad de los recursos para las futuras generaciones”.",
    ], [
        ("Nos quieren sacar del mar", "Juan Carlos Tapia"),
        ("protege la sustentabilidad de los recursos", "Subsecretaría de Pesca"),
    ]),
    ("es", [
        "La concentración reunió a la presidenta de la asociación vecinal El Cerro, Dolores Vidal, y al portavoz de los comerciantes del barrio, Tomás Ureña, dos voces que rara vez coinciden.",
        "Ella denunció que el cierre del ambulatorio obligará a los mayores «a coger dos autobuses para ir al médico». Él, por su parte, advirtió de que «sin servicios, el barrio se muere y los comercios con él».",
    ], [
        ("a coger dos autobuses para ir", "Dolores Vidal"),
        ("sin servicios, el barrio se muere", "Tomás Ureña"),
    ]),
    ("es", [
        "Medio millar de trabajadores de la conservera Mar de Brañas se concentraron ayer ante la fábrica de Puerto Lagartera contra el ERE que afecta a 140 empleos. «Es una decisión tomada en un despacho a mil kilómetros de aquí», lamentó la presidenta del comité, Nieves Castro.",
    ], [
        ("Es una decisión tomada en un despacho", "Nieves Castro"),
    ]),
    ("es", [
        "Los médicos internos residentes de los hospitales de Villaurrea secundaron masivamente la huelga convocada para este martes, según el comité de huelga.",
        "«Hacemos guardias de 24 horas y luego nos quedamos a pasar consulta. Eso es un peligro para los pacientes», explicó Andrea Molina, residente de cuarto año de Pediatría.",
        "El Servicio Regional de Salud cifró el seguimiento en un 38 % y aseguró que «la actividad asistencial urgente se ha desarrollado con normalidad».",
    ], [
        ("Eso es un peligro para los pacientes", "Andrea Molina"),
        ("la actividad asistencial urgente se ha desarrollado", "Servicio Regional de Salud"),
    ]),
    ("es", [
        "Miles de personas se manifestaron ayer en Villaurrea contra el cierre de la planta de Forjas del Arcillar, que emplea a 600 personas.",
        "«Aquí no sobra nadie», gritó desde la tarima Ramiro Castaño, secretario general de la federación del metal de la Confederación Sindical del Norte, mientras el alcalde, Jesús Mediavilla, asentía desde la primera fila. Minutos después, Mediavilla tomó el micrófono: «El ayuntamiento estará con los trabajadores hasta el final».",
    ], [
        ("Aquí no sobra nadie", "Ramiro Castaño"),
        ("El ayuntamiento estará con los trabajadores", "Jesús Mediavilla"),
    ]),
    ("es", [
        "La Universidad de Riosanto ha pedido a los estudiantes que mantienen una acampada en el campus contra la subida de tasas que abandonen los jardines de la Facultad de Derecho.",
        "Un comunicado del rectorado pide «desalojar de forma voluntaria los espacios comunes para garantizar la normalidad académica».",
        "Los acampados respondieron en asamblea. «No nos vamos a ir hasta que se congelen las tasas», afirmó una de sus portavoces, Laura Expósito.",
    ], [
        ("desalojar de forma voluntaria los espacios", "Universidad de Riosanto"),
        ("No nos vamos a ir", "Laura Expósito"),
    ]),
    ("es", [
        "La protesta contra el desalojo del bloque de la calle Tejedores de Riosanto terminó anoche con enfrentamientos y seis detenidos.",
        "«Nos han tirado de todo: piedras, botellas, hasta una señal de tráfico», relató un agente antidisturbios que pidió el anonimato.",
        "Los organizadores de la protesta, la Coordinadora Antidesahucios de Las Eras, culparon a la policía de cargar «sin ningún motivo contra gente mayor y niños».",
    ], [
        ("Nos han tirado de todo", None),
        ("sin ningún motivo contra gente mayor", "Coordinadora Antidesahucios de Las Eras"),
    ]),
    ("es", [
        "Transportistas de carga bloquearon desde temprano los accesos a la capital del estado para exigir seguridad en las carreteras tras una ola de asaltos.",
        "“Nos matan a un compañero cada mes y nadie hace nada. Ya no podemos trabajar con miedo”, dijo Efraín Zamudio, líder de la Alianza de Transportistas del Bajío Sur.",
        "“El gobierno del estado ha reforzado la vigilancia en los tramos más peligrosos”, aseguró por su parte el secretario de Seguridad, general Arturo Lemus.",
    ], [
        ("Ya no podemos trabajar con miedo", "Efraín Zamudio"),
        ("ha reforzado la vigilancia en los tramos", "Arturo Lemus"),
    ]),
    ("es", [
        "Una treintena de trabajadores despedidos de la fábrica de cerámica Azulejos Beltrán permanecen encerrados desde el lunes en la iglesia de San Pedro de Torremolar.",
        "«El párroco nos abrió las puertas sin pedir nada a cambio», agradeció José Manuel Beltrán, uno de los encerrados, que no guarda relación con la familia propietaria pese a compartir apellido.",
        "El párroco, Eusebio Martín, explicó que «la Iglesia siempre estará del lado de quien sufre».",
    ], [
        ("nos abrió las puertas sin pedir", "José Manuel Beltrán"),
        ("siempre estará del lado de quien sufre", "Eusebio Martín"),
    ]),
]

FR = [
    ("fr", [
        "Plusieurs centaines de salariés de l'usine Ferrand Emballages de Villecombe ont manifesté mardi devant la préfecture contre la fermeture annoncée du site, qui emploie 240 personnes.",
        "« On a tout donné à cette boîte. Aujourd'hui, on nous jette comme des mouchoirs », a lancé Christophe Morel, délégué syndical, devant les grilles.",
        "Ferrand Emballages a assuré dans un communiqué que « toutes les solutions de reclassement seront étudiées ».",
    ], [
        ("on nous jette comme des mouchoirs", "Christophe Morel"),
        ("toutes les solutions de reclassement seront étudiées", "Ferrand Emballages"),
    ]),
    ("fr", [
        "Dans le cortège, Nadia Benslimane, aide-soignante à l'Ehpad Les Glycines de Saint-Ormel, porte une blouse sur laquelle elle a écrit « épuisée ». « Nous sommes deux pour trente résidents la nuit. On court, on court, et on n'a jamais le temps de parler avec eux », explique-t-elle.",
        "Le directeur de l'établissement, Hervé Dufresne, reconnaît « des difficultés de recrutement réelles » mais assure que « les normes d'encadrement sont respectées ».",
    ], [
        ("Nous sommes deux pour trente résidents", "Nadia Benslimane"),
        ("les normes d'encadrement sont respectées", "Hervé Dufresne"),
    ]),
    ("fr", [
        "La préfecture de la Haute-Lèze a interdit la manifestation prévue samedi contre le projet de réserve d'eau agricole de Brassac-les-Tilleuls.",
        "« Les conditions ne sont pas réunies pour garantir la sécurité des participants et des forces de l'ordre », justifie-t-elle dans un arrêté publié jeudi.",
        "Le collectif Eau Commune, qui appelait au rassemblement, maintient son appel. « On ne demandera pas la permission de défendre l'eau », a réagi sa porte-parole, Camille Jourdan.",
    ], [
        ("Les conditions ne sont pas réunies", "préfecture de la Haute-Lèze"),
        ("On ne demandera pas la permission", "Camille Jourdan"),
    ]),
    ("fr", [
        "Le tribunal correctionnel de Montreval a condamné jeudi deux militants écologistes à 1 500 euros d'amende avec sursis pour avoir aspergé de peinture la façade du siège de la banque Crédit Vallonnais.",
        "« Ce n'est pas la peinture qui est violente, c'est le financement du charbon », a plaidé à la barre l'un des prévenus, Mathis Lefebvre, 26 ans.",
        "Pour le procureur, Jean-Marc Soulier, « la cause, aussi légitime soit-elle, ne place personne au-dessus de la loi ».",
    ], [
        ("c'est le financement du charbon", "Mathis Lefebvre"),
        ("ne place personne au-dessus de la loi", "Jean-Marc Soulier"),
    ]),
    ("fr", [
        "Ambiance électrique lundi soir au conseil municipal de Saint-Ormel, où une cinquantaine de parents d'élèves étaient venus protester contre la fermeture d'une classe à l'école des Tilleuls.",
        "« Vingt-neuf enfants dans une classe de CP, vous trouvez ça normal ? », a interpellé Sandrine Perrot, présidente de l'association de parents d'élèves.",
        "Le maire, Gilles Achard, a rappelé que la décision relevait de l'inspection académique. « Je partage votre colère, mais je n'ai pas la main sur les postes d'enseignants », a-t-il répondu.",
    ], [
        ("vous trouvez ça normal", "Sandrine Perrot"),
        ("je n'ai pas la main sur les postes", "Gilles Achard"),
    ]),
    ("fr", [
        "Le trafic était quasi nul jeudi sur les lignes régionales de Lèze-Océan, au deuxième jour d'une grève des contrôleurs.",
        "« La direction veut supprimer les contrôleurs à bord. Sans nous, qui aide une personne en fauteuil ? Qui intervient en cas d'agression ? », interroge Karim Haddad, contrôleur depuis quinze ans.",
        "Selon la direction régionale de Trains Lèze-Océan, il s'agit d'« une réorganisation qui ne supprime aucun emploi ».",
    ], [
        ("Qui intervient en cas d'agression", "Karim Haddad"),
        ("une réorganisation qui ne supprime aucun emploi", "Trains Lèze-Océan"),
    ]),
    ("fr", [
        "À Rivière-aux-Saules, quelque 600 employés de soutien scolaire ont dressé des piquets de grève devant les écoles mardi matin.",
        "« On gagne moins qu'un commis d'épicerie, puis on s'occupe de vos enfants toute la journée », a dit Josée Tremblay-Gagnon, éducatrice en service de garde.",
        "Le Centre de services scolaire des Trois-Collines a qualifié la grève de « regrettable » et invité le syndicat à « revenir à la table de négociation dans les plus brefs délais ».",
    ], [
        ("puis on s'occupe de vos enfants", "Josée Tremblay-Gagnon"),
        ("revenir à la table de négociation", "Centre de services scolaire des Trois-Collines"),
    ]),
    ("fr", [
        "« Nous ne sommes pas contre l'éolien, précise Bernard Lucas, président de l'association Bocage Debout, mais contre ces machines de 200 mètres plantées à 500 mètres des maisons. »",
        "Environ 300 personnes ont défilé dimanche à Kerbrivic contre le projet de parc éolien porté par la société Aeolis Ouest.",
        "Contactée, Aeolis Ouest indique que le projet « respecte strictement les distances réglementaires » et qu'une concertation « a été menée pendant deux ans ».",
    ], [
        ("Nous ne sommes pas contre l'éolien", "Bernard Lucas"),
        ("mais contre ces machines de 200 mètres", "Bernard Lucas"),
        ("respecte strictement les distances réglementaires", "Aeolis Ouest"),
    ]),
    ("fr", [
        "14 h 10 – Le cortège s'élance de la place de la Liberté à Montreval. Nos journalistes sur place estiment qu'il y a au moins autant de monde que la semaine dernière.",
        "14 h 25 – « Je suis venue avec ma fille, elle a vingt ans et elle ne trouve pas de logement », nous confie une manifestante, la soixantaine, pancarte à la main.",
        "14 h 40 – L'intersyndicale locale annonce 15 000 manifestants. La police en compte 6 200.",
        "14 h 52 – Le secrétaire départemental de Solidarité Ouvrière, Patrick Lemoine, prend la parole : « Ce gouvernement nous a méprisés, nous allons lui répondre dans la rue et dans les urnes. »",
    ], [
        ("elle ne trouve pas de logement", None),
        ("nous allons lui répondre dans la rue", "Patrick Lemoine"),
    ]),
    ("fr", [
        "Des centaines de tracteurs ont convergé mercredi vers le centre de Hautbois-la-Chapelle, où se réunissaient les ministres régionaux de l'Agriculture.",
        "« On nous impose des normes que les produits importés ne respectent pas. C'est de la concurrence déloyale, ni plus ni moins », tonne Luc Vandenbroucke, éleveur laitier à Ostremont.",
        "Le ministre régional de l'Agriculture, Frédéric Delvaux, a promis de « porter la voix des agriculteurs » au niveau européen.",
    ], [
        ("C'est de la concurrence déloyale", "Luc Vandenbroucke"),
        ("porter la voix des agriculteurs", "Frédéric Delvaux"),
    ]),
    ("fr", [
        "Élise Marchand, 34 ans, infirmière aux urgences du centre hospitalier de Brassac, a pris la parole devant le bâtiment : « Cette nuit encore, des patients ont dormi sur des brancards dans le couloir. Une dame de 92 ans a attendu quatorze heures.",
        "« Nous ne faisons plus de la médecine, nous faisons du tri. Et on nous demande de sourire. »",
        "L'agence régionale de santé n'a pas souhaité réagir.",
    ], [
        ("Une dame de 92 ans a attendu", "Élise Marchand"),
        ("nous faisons du tri", "Élise Marchand"),
    ]),
    ("fr", [
        "À la tête du mouvement des locataires de la cité des Peupliers, à Villecombe, on trouve Fatou Diallo, 41 ans, mère de trois enfants. Depuis un mois, elle organise chaque samedi un rassemblement au pied des tours.",
        "« Les ascenseurs sont en panne depuis novembre. Il y a des personnes âgées qui ne sont pas sorties depuis des semaines », dénonce-t-elle.",
        "Le bailleur, Habitat Villecombe Métropole, affirme que les pièces détachées ont été commandées. Diallo n'y croit plus : « Ils nous disent ça depuis l'automne. »",
    ], [
        ("Les ascenseurs sont en panne depuis novembre", "Fatou Diallo"),
        ("Ils nous disent ça depuis l'automne", "Fatou Diallo"),
    ]),
    ("fr", [
        "Selon la direction départementale de la sécurité publique du Val-de-Lèze, 14 personnes ont été interpellées en marge de la manifestation.",
        "« Un groupe d'environ 150 individus cagoulés s'en est pris aux vitrines et au mobilier urbain », a indiqué la commissaire Sylvie Marchetti lors d'un point presse.",
        "Les organisateurs, eux, dénoncent « une stratégie de la tension » et un usage « massif et indiscriminé » des gaz lacrymogènes.",
    ], [
        ("s'en est pris aux vitrines", "Sylvie Marchetti"),
        ("une stratégie de la tension", None),
    ]),
    ("fr", [
        "Les salariés du supermarché Grand Panier de Saint-Ormel sont en grève depuis samedi pour protester contre le passage en location-gérance du magasin.",
        "« Avec la location-gérance, on perd nos primes, notre treizième mois et notre mutuelle. En clair, on perd 300 euros par mois », résume Valérie Fontaine, caissière depuis vingt-deux ans.",
        "Interrogé, Grand Panier assure que « les salariés conserveront leurs avantages pendant quinze mois », conformément à la loi.",
    ], [
        ("on perd 300 euros par mois", "Valérie Fontaine"),
        ("les salariés conserveront leurs avantages", "Grand Panier"),
    ]),
    ("fr", [
        "« Monsieur Garnier nous a reçus dix minutes, et c'était pour nous dire qu'il ne pouvait rien faire », raconte Yannick Le Goff, pêcheur au port de Kerbrivic. Le député de la circonscription, Alain Garnier, avait rencontré vendredi une délégation de marins en colère contre la hausse du gazole.",
        "Joint par téléphone, Alain Garnier affirme au contraire avoir « pris des engagements précis sur l'aide au carburant ».",
    ], [
        ("nous a reçus dix minutes", "Yannick Le Goff"),
        ("pris des engagements précis sur l'aide", "Alain Garnier"),
    ]),
    ("fr", [
        "Le campus de l'université de Montreval est bloqué depuis lundi par quelques centaines d'étudiants opposés à la réforme des bourses.",
        "« On a voté le blocage en assemblée générale à une large majorité. C'est démocratique », affirme Théo Rousseau, étudiant en licence d'histoire et membre du collectif Facs en Lutte Montreval.",
        "La présidence de l'université a annoncé le basculement des cours en distanciel « jusqu'à nouvel ordre » et dénonce « une minorité qui prend en otage la majorité des étudiants ».",
    ], [
        ("On a voté le blocage en assemblée", "Théo Rousseau"),
        ("une minorité qui prend en otage", "université de Montreval"),
    ]),
    ("fr", [
        "Quelque 2 000 jeunes ont défilé vendredi dans les rues de Valmoran pour la grève du climat.",
        "« Les adultes nous disent que c'est important d'aller à l'école. Mais à quoi bon apprendre, s'il n'y a pas d'avenir ? », interroge Lou Berthoud, 15 ans, gymnasienne.",
        "Le conseiller d'État chargé de l'environnement, Pascal Rochat, est venu à la rencontre des manifestants. « Je comprends leur impatience. Le canton fait beaucoup, mais pas encore assez », a-t-il reconnu.",
    ], [
        ("Mais à quoi bon apprendre", "Lou Berthoud"),
        ("Le canton fait beaucoup, mais pas encore assez", "Pascal Rochat"),
    ]),
    ("fr", [
        "Une marche blanche a réuni près d'un millier de personnes dimanche à Brassac-les-Tilleuls, une semaine après la mort de Julien Carré, 23 ans, tombé d'un échafaudage sur un chantier.",
        "Sa mère, Martine Carré, a pris la parole devant le chantier : « On m'a rendu mon fils dans un sac. Je veux que quelqu'un réponde de sa mort. »",
        "L'entreprise de BTP, Bâtir Sud-Lèze, a fait savoir qu'elle « coopère pleinement avec l'enquête de l'inspection du travail ».",
    ], [
        ("Je veux que quelqu'un réponde de sa mort", "Martine Carré"),
        ("coopère pleinement avec l'enquête", "Bâtir Sud-Lèze"),
    ]),
    ("fr", [
        "Sur les réseaux sociaux, le collectif Dernière Sève a revendiqué l'action : « Ce matin, nous avons bloqué l'entrée de l'aéroport d'affaires de Montreval. Les jets privés sont l'insulte ultime à la sobriété. »",
        "Le gestionnaire de l'aéroport, Aérovalle, indique avoir porté plainte. « Des vols ont été retardés et la sécurité des passagers a été mise en danger », affirme un porte-parole.",
    ], [
        ("Les jets privés sont l'insulte ultime", "Dernière Sève"),
        ("la sécurité des passagers a été mise en danger", "Aérovalle"),
    ]),
    ("fr", [
        "« Quand j'ai commencé, on était quarante à l'atelier. Aujourd'hui, on est neuf. » Dans son atelier de Saint-Ormel, Gérard Poulain, 58 ans, tisserand, a vu disparaître un à un ses collègues.",
        "Mardi, il sera en tête du cortège des salariés de la filature Tissages Réunis contre le plan de départs. « Je n'ai plus rien à perdre. Alors autant me battre », dit-il.",
    ], [
        ("on était quarante à l'atelier", "Gérard Poulain"),
        ("Je n'ai plus rien à perdre", "Gérard Poulain"),
    ]),
    ("fr", [
        "Depuis dix jours, près de 150 personnes sans logement, dont une quarantaine d'enfants, occupent le gymnase des Aubépines, à Villecombe, avec le soutien de l'association Toit pour Tous Villecombe.",
        "« On ne peut pas laisser des bébés dormir dehors en janvier », explique Anne-Sophie Girard, bénévole de l'association.",
        "La mairie de Villecombe a saisi la justice pour obtenir l'évacuation. « Le gymnase doit rouvrir aux scolaires et aux clubs », indique-t-elle dans un communiqué.",
    ], [
        ("laisser des bébés dormir dehors", "Anne-Sophie Girard"),
        ("Le gymnase doit rouvrir aux scolaires", "mairie de Villecombe"),
    ]),
    ("fr", [
        "Au lycée des Remparts de Montreval, 70 % des enseignants étaient en grève mardi.",
        "« On nous demande d'appliquer une réforme que personne n'a comprise, même pas l'inspection », s'agace Claire Vasseur, professeure de mathématiques. Son collègue d'histoire, Olivier Lambert, est plus mesuré : « Il y a des choses intéressantes dans le texte, mais le calendrier est intenable. »",
        "Le proviseur n'a pas souhaité s'exprimer.",
    ], [
        ("une réforme que personne n'a comprise", "Claire Vasseur"),
        ("mais le calendrier est intenable", "Olivier Lambert"),
    ]),
    ("fr", [
        "Le tribunal administratif de Brassac a rejeté vendredi la requête des occupants de la zone humide du Bois-Joli, qui contestaient l'arrêté d'expulsion pris par la préfète.",
        "« Nous prenons acte, mais le combat continue sur le terrain », a réagi Me Hélène Rocher, avocate des occupants.",
        "La préfète, Isabelle Chaumont, a indiqué que l'évacuation interviendrait « dans le respect du droit et avec discernement ».",
    ], [
        ("le combat continue sur le terrain", "Hélène Rocher"),
        ("dans le respect du droit", "Isabelle Chaumont"),
    ]),
    ("fr", [
        "Aux cris de « Pas un euro de plus pour les actionnaires ! », les salariés de la raffinerie Pétrolène de Saint-Ormel ont bloqué jeudi les expéditions de carburant.",
        "« Le groupe a fait 4 milliards de bénéfices et refuse une augmentation de 5 % », rappelle Sébastien Roux, élu du personnel.",
    ], [
        ("Pas un euro de plus pour les actionnaires", None),
        ("refuse une augmentation de 5 %", "Sébastien Roux"),
    ]),
    ("fr", [
        "Le président de la chambre d'agriculture de la Haute-Lèze, Daniel Fournier, a réclamé un moratoire sur les nouvelles normes environnementales. « Nos exploitations crèvent sous la paperasse », a-t-il déclaré devant la préfecture, où quelque 400 agriculteurs avaient déversé du fumier.",
        "« Nous voulons des actes, pas des tables rondes », a-t-il ajouté.",
        "Un gendarme présent sur place a glissé : « Tant qu'ils restent sur le parking, on les laisse faire. »",
    ], [
        ("Nos exploitations crèvent sous la paperasse", "Daniel Fournier"),
        ("Nous voulons des actes, pas des tables rondes", "Daniel Fournier"),
        ("Tant qu'ils restent sur le parking", None),
    ]),
    ("fr", [
        "La grève nationale de lundi a fortement perturbé les transports en commun. À Ostremont, aucun bus ne circulait.",
        "« Le gouvernement veut nous faire travailler jusqu'à 67 ans, sans rien toucher aux grandes fortunes », a dénoncé Marc Dewitte, secrétaire régional de la Confédération des Travailleurs Unis, lors d'un piquet devant le dépôt.",
        "Du côté patronal, l'Union des Entreprises d'Ostremont regrette « une journée perdue pour l'économie ».",
    ], [
        ("sans rien toucher aux grandes fortunes", "Marc Dewitte"),
        ("une journée perdue pour l'économie", "Union des Entreprises d'Ostremont"),
    ]),
    ("fr", [
        "Environ 500 personnes se sont rassemblées samedi devant l'hôtel de ville de Villecombe.",
        "Le rassemblement avait été organisé par Amina Touré, 29 ans, après l'agression d'une militante lors d'un collage d'affiches. Au micro, elle a rendu hommage à la victime, Léa Petit, encore hospitalisée : « Léa a été frappée parce qu'elle est une femme qui s'exprime. Nous ne nous tairons pas. »",
    ], [
        ("Léa a été frappée parce qu'elle", "Amina Touré"),
        ("Nous ne nous tairons pas", "Amina Touré"),
    ]),
    ("fr", [
        "Chez Orvalis Pharma, à Kerbrivic, les salariés ont entamé leur troisième semaine de grève pour des hausses de salaires.",
        "« La direction nous propose 1,5 % alors que l'inflation dépasse 5 %. C'est une gifle », estime Rachid Amrani, technicien de laboratoire.",
        "La directrice des ressources humaines du site, Catherine Le Bihan, juge pour sa part l'offre « responsable au regard du contexte économique ».",
    ], [
        ("La direction nous propose 1,5 %", "Rachid Amrani"),
        ("responsable au regard du contexte économique", "Catherine Le Bihan"),
    ]),
    ("fr", [
        "Une centaine de locataires ont manifesté samedi devant les bureaux du propriétaire Immeubles Laurentin, rue Côté-Bérubé, à Rivière-aux-Saules, pour dénoncer des hausses de loyer de 20 %.",
        "« Mon loyer est passé de 950 $ à 1 200 $ cette année. Je ne sais pas où je vais aller », a confié Ginette Bouchard, 68 ans, qui habite l'immeuble depuis 1998.",
        "Le comité logement Saules-Centre, qui organisait la manifestation, réclame un gel des loyers. « Les propriétaires profitent de la crise pour vider les immeubles », soutient son coordonnateur, Maxime Pelletier.",
    ], [
        ("Je ne sais pas où je vais aller", "Ginette Bouchard"),
        ("Les propriétaires profitent de la crise", "Maxime Pelletier"),
    ]),
    ("fr", [
        "Cinq travailleurs sans papiers ont entamé une grève de la faim il y a douze jours dans les locaux de la Bourse du travail de Montreval.",
        "« Nous travaillons ici depuis des années, nous payons des impôts. Tout ce que nous demandons, c'est un titre de séjour », explique l'un d'eux, Mamadou Sylla, 38 ans, employé dans la restauration.",
        "Un médecin bénévole qui les suit a indiqué que « deux d'entre eux présentent des signes inquiétants de déshydratation ».",
    ], [
        ("Tout ce que nous demandons", "Mamadou Sylla"),
        ("deux d'entre eux présentent des signes", None),
    ]),
    ("fr", [
        "Une centaine d'usagers se sont rassemblés mardi sur le quai de la gare de Lussac-le-Haut, dont le guichet doit fermer en mars.",
        "Pour Jeanne Morin, présidente de l'association Sauvons la gare de Lussac, « la fermeture du guichet, c'est le début de la fin de la ligne ».",
        "La région Lèze-Océan, autorité organisatrice des transports, assure que les trains continueront de desservir la gare « au même rythme qu'aujourd'hui ».",
    ], [
        ("c'est le début de la fin", "Jeanne Morin"),
        ("au même rythme qu'aujourd'hui", "région Lèze-Océan"),
    ]),
    ("fr", [
        "Depuis jeudi, une quarantaine d'intermittents du spectacle occupent le Théâtre municipal de Brassac pour réclamer la prolongation de leurs droits.",
        "« Nous avons perdu la moitié de nos dates cette année. Sans l'assurance chômage, beaucoup vont changer de métier », témoigne Aurélien Mercier, régisseur lumière.",
        "Le directeur du théâtre, Philippe Vidal, dit « comprendre le désarroi » des occupants. « Tant que la sécurité est assurée, je ne demanderai pas leur expulsion », précise-t-il.",
    ], [
        ("beaucoup vont changer de métier", "Aurélien Mercier"),
        ("je ne demanderai pas leur expulsion", "Philippe Vidal"),
    ]),
]

IT = [
    ("it", [
        "Presidio davanti ai cancelli della Meccanica Ferrante di Castelrivo, dove da lunedì i 320 lavoratori sono in sciopero contro il trasferimento della produzione all'estero.",
        "«Ci hanno detto che lo stabilimento non era redditizio, ma l'anno scorso abbiamo fatto gli straordinari tutti i sabati», racconta Giuseppe Lombardi, operaio da 25 anni.",
        "L'azienda, in una nota, parla di «scelta dolorosa ma necessaria per la sostenibilità del gruppo».",
    ], [
        ("abbiamo fatto gli straordinari tutti i sabati", "Giuseppe Lombardi"),
        ("scelta dolorosa ma necessaria", "Meccanica Ferrante"),
    ]),
    ("it", [
        "Centinaia di studenti hanno occupato mercoledì il liceo Pio Castellani di Montesorbo.",
        "“Le aule sono fredde, i bagni sono chiusi da mesi e il tetto perde acqua quando piove”, spiega Giulia Ferri, rappresentante d'istituto.",
        "La preside, Antonella Russo, ha dichiarato che l'occupazione è “un'azione illegittima” ma si è detta “disponibile al confronto con gli studenti”.",
    ], [
        ("i bagni sono chiusi da mesi", "Giulia Ferri"),
        ("disponibile al confronto con gli studenti", "Antonella Russo"),
    ]),
    ("it", [
        "Fuori dal municipio di Ponte Alvera, un centinaio di cittadini con striscioni e fischietti.",
        "«Questa città», ha detto la consigliera Elena Marchetti durante il consiglio comunale, «non può permettersi di perdere il suo unico ospedale».",
        "Il sindaco, Roberto Gentile, ha replicato che la decisione spetta alla Regione e che il Comune «farà tutto il possibile per difendere il presidio».",
    ], [
        ("non può permettersi di perdere", "Elena Marchetti"),
        ("farà tutto il possibile per difendere", "Roberto Gentile"),
    ]),
    ("it", [
        "Una trentina di rider hanno bloccato per due ore il traffico in piazza dei Tessitori, a Castelrivo.",
        "«Pedaliamo sotto la pioggia per tre euro a consegna. Non siamo schiavi», urlava al megafono uno dei manifestanti.",
        "Secondo la Questura di Castelrivo, la protesta «non era stata preavvisata» e sette persone sono state identificate.",
    ], [
        ("Pedaliamo sotto la pioggia per tre euro", None),
        ("non era stata preavvisata", "Questura di Castelrivo"),
    ]),
    ("it", [
        "«Il prezzo del grano è lo stesso di trent'anni fa, ma il gasolio costa il triplo», ha spiegato Vincenzo Lo Iacono, presidente dell'associazione Agricoltori Liberi di Montesorbo, durante il presidio dei trattori sulla statale.",
        "Presenti anche alcuni sindaci del territorio. «Senza agricoltura le nostre campagne si svuotano», ha detto il sindaco di Montesorbo, Carmelo Greco.",
    ], [
        ("ma il gasolio costa il triplo", "Vincenzo Lo Iacono"),
        ("Senza agricoltura le nostre campagne", "Carmelo Greco"),
    ]),
    ("it", [
        "Il tribunale di Ponte Alvera ha assolto i dodici attivisti del collettivo Acqua Bene Comune Alvera accusati di interruzione di pubblico servizio per il blocco della centrale idroelettrica.",
        "«Il fatto non sussiste», ha letto in aula il giudice Marco Bellini.",
        "«È una vittoria per tutti quelli che lottano per l'acqua pubblica», ha commentato all'uscita l'avvocata della difesa, Silvia Conti.",
    ], [
        ("Il fatto non sussiste", "Marco Bellini"),
        ("una vittoria per tutti quelli che lottano", "Silvia Conti"),
    ]),
    ("it", [
        "Anna Moretti, infermiera al pronto soccorso di Castelrivo da quindici anni, è salita sul palco con la divisa: «Lavoriamo con la metà del personale necessario. Facciamo turni di dodici ore e nessuno ci ringrazia.",
        "«Ma oggi non siamo qui per lamentarci, siamo qui per chiedere rispetto».",
        "L'Azienda sanitaria di Castelrivo ha annunciato l'assunzione di venti infermieri entro l'estate.",
    ], [
        ("Facciamo turni di dodici ore", "Anna Moretti"),
        ("siamo qui per chiedere rispetto", "Anna Moretti"),
    ]),
    ("it", [
        "Il gruppo Ultima Foglia ha rivendicato sui social il blitz al cantiere dell'inceneritore: «Abbiamo bloccato le ruspe perché nessuno ci ha chiesto se volevamo respirare diossina».",
        "Ecoservizi Alvera, la società che costruisce l'impianto, ha definito l'azione «un atto irresponsabile che ha messo a rischio i lavoratori».",
    ], [
        ("Abbiamo bloccato le ruspe perché", "Ultima Foglia"),
        ("un atto irresponsabile che ha messo", "Ecoservizi Alvera"),
    ]),
    ("it", [
        "«La signora Bruno ha 84 anni e nessun parente. Dove dovrebbe andare?», chiede Davide Esposito, del comitato inquilini di via dei Gelsi, che giovedì mattina ha presidiato il portone per impedire lo sfratto.",
        "L'ufficiale giudiziario ha rinviato l'esecuzione al mese prossimo. Teresa Bruno, dal balcone, ha ringraziato i vicini: «Non pensavo che tanta gente volesse bene a una vecchia come me».",
    ], [
        ("ha 84 anni e nessun parente", "Davide Esposito"),
        ("Non pensavo che tanta gente", "Teresa Bruno"),
    ]),
    ("it", [
        "Trasporti fermi per 24 ore a Montesorbo. Lo sciopero, proclamato dal Sindacato Autonomo Ferrotranvieri Montesorbo, ha registrato un'adesione dell'80 per cento secondo gli organizzatori.",
        "«I lavoratori hanno dato una risposta chiarissima all'azienda», ha dichiarato un portavoce del sindacato.",
        "Per l'Azienda Trasporti Montesorbo, invece, l'adesione si è fermata al 45 per cento e «il servizio minimo è stato garantito su tutte le linee».",
    ], [
        ("hanno dato una risposta chiarissima", "Sindacato Autonomo Ferrotranvieri Montesorbo"),
        ("il servizio minimo è stato garantito", "Azienda Trasporti Montesorbo"),
    ]),
]

PT = [
    ("pt", [
        "Professores da rede estadual fizeram nesta terça-feira um protesto em frente à Assembleia Legislativa em Porto Alvarenga pedindo reajuste salarial.",
        "“Estamos há quatro anos sem reposição da inflação. O professor não consegue pagar o aluguel”, disse Cláudia Ribeiro, professora de português há 18 anos.",
        "Em nota, a Secretaria de Educação de Porto Alvarenga afirmou que “o diálogo com a categoria permanece aberto” e que uma proposta será apresentada “nas próximas semanas”.",
    ], [
        ("O professor não consegue pagar", "Cláudia Ribeiro"),
        ("o diálogo com a categoria permanece aberto", "Secretaria de Educação de Porto Alvarenga"),
    ]),
    ("pt", [
        "Centenas de trabalhadores da fábrica de calçado Solário, em Vila Franca do Arinto, concentraram-se esta manhã à porta da empresa, exigindo o pagamento de salários em atraso.",
        "«Há três meses que não recebemos. Tenho uma filha a estudar e a renda para pagar», contou Fernanda Lopes, costureira há duas décadas.",
        "O dirigente sindical Rui Carvalho garantiu que os trabalhadores «não vão parar enquanto não houver uma solução». A administração da empresa não respondeu aos contactos do jornal.",
    ], [
        ("Tenho uma filha a estudar", "Fernanda Lopes"),
        ("não vão parar enquanto não houver", "Rui Carvalho"),
    ]),
    ("pt", [
        "Cerca de 300 famílias ocuparam na madrugada de domingo um prédio abandonado no centro de São Gervásio. O movimento Moradia Já Gervásio afirma que o imóvel está vazio há 15 anos.",
        "“A gente não invadiu, a gente ocupou um prédio que não cumpre função social nenhuma”, explicou a coordenadora Joana D'Arc Nascimento.",
        "A Prefeitura de São Gervásio informou que “a reintegração de posse será solicitada à Justiça”.",
    ], [
        ("a gente ocupou um prédio", "Joana D'Arc Nascimento"),
        ("a reintegração de posse será solicitada", "Prefeitura de São Gervásio"),
    ]),
    ("pt", [
        "Os médicos do Hospital Distrital de Ribafria cumprem hoje o segundo dia de greve. Segundo a Associação de Médicos de Ribafria, a adesão ronda os 85%.",
        "«As urgências estão a funcionar apenas com os serviços mínimos», adiantou à nossa reportagem o presidente da associação, Henrique Sequeira.",
        "O conselho de administração do hospital garantiu, em comunicado, que «todos os doentes urgentes estão a ser atendidos».",
    ], [
        ("As urgências estão a funcionar", "Henrique Sequeira"),
        ("todos os doentes urgentes estão", "Hospital Distrital de Ribafria"),
    ]),
    ("pt", [
        "Entregadores de aplicativo fizeram uma carreata nesta quarta-feira pelas principais avenidas de Porto Alvarenga.",
        "“A taxa mínima não sobe há três anos, enquanto a gasolina só aumenta”, reclamou o entregador Wellington Souza, de 27 anos, em cima da moto.",
        "Procurada, a empresa Entregue Já disse, por meio de sua assessoria, que “tem ampliado os ganhos dos parceiros de forma contínua”.",
    ], [
        ("A taxa mínima não sobe há três anos", "Wellington Souza"),
        ("tem ampliado os ganhos dos parceiros", "Entregue Já"),
    ]),
    ("pt", [
        "Dezenas de estudantes mantêm há uma semana um acampamento no átrio da Faculdade de Letras da Universidade de Alvarinhos, exigindo o fim dos combustíveis fósseis até 2030.",
        "«Não saímos daqui enquanto a universidade não assumir um compromisso público», disse Mariana Teixeira, de 20 anos, uma das porta-vozes do protesto.",
        "A reitoria, em comunicado, considerou que «a universidade tem um plano climático ambicioso e aberto à participação de todos».",
    ], [
        ("Não saímos daqui enquanto a universidade", "Mariana Teixeira"),
        ("tem um plano climático ambicioso", "Universidade de Alvarinhos"),
    ]),
    ("pt", [
        "A Justiça do Trabalho determinou nesta sexta-feira que os metroviários de Porto Alvarenga mantenham 70% do efetivo nos horários de pico durante a greve.",
        "Na decisão, a desembargadora Lúcia Helena Prado afirmou que “o direito de greve não é absoluto e deve ser compatibilizado com o direito de ir e vir da população”.",
        "O presidente do sindicato da categoria, Antônio Marcos Vieira, disse que a decisão “na prática inviabiliza a greve”.",
    ], [
        ("o direito de greve não é absoluto", "Lúcia Helena Prado"),
        ("na prática inviabiliza a greve", "Antônio Marcos Vieira"),
    ]),
    ("pt", [
        "Cerca de duas centenas de pessoas participaram ontem à noite numa vigília em frente à Câmara Municipal de Ribafria, em memória das vítimas do incêndio no bairro do Alto das Giestas.",
        "«Eles viviam em barracas porque não tinham outra opção», disse uma vizinha, com lágrimas nos olhos.",
        "No final, os participantes gritaram «Habitação digna para todos» antes de dispersarem. O presidente da Câmara, Jorge Matias, prometeu «realojar todas as famílias até ao final do ano».",
    ], [
        ("Eles viviam em barracas porque", None),
        ("Habitação digna para todos", None),
        ("realojar todas as famílias até", "Jorge Matias"),
    ]),
    ("pt", [
        "“O prefeito Almeida prometeu asfalto na última campanha. Estamos em outra eleição e nada”, disse a moradora Rosângela Farias, que ajudou a organizar o bloqueio da rodovia na entrada do bairro Vila Esperança, em São Gervásio.",
        "O prefeito Osvaldo Almeida disse em vídeo nas redes sociais que as obras “começam ainda neste semestre”.",
    ], [
        ("O prefeito Almeida prometeu asfalto", "Rosângela Farias"),
        ("começam ainda neste semestre", "Osvaldo Almeida"),
    ]),
    ("pt", [
        "«Não aceitamos», afirmou Paulo Gonçalves, presidente do Sindicato dos Trabalhadores Portuários de Alvarinhos, «que a empresa substitua trabalhadores efetivos por precários a metade do preço».",
        "A empresa concessionária, Terminal Atlântico, sustenta que está a cumprir «escrupulosamente o contrato coletivo em vigor».",
    ], [
        ("que a empresa substitua trabalhadores efetivos", "Paulo Gonçalves"),
        ("escrupulosamente o contrato coletivo em vigor", "Terminal Atlântico"),
    ]),
]

BLIND4 = EN + DE + ES + FR + IT + PT
