"""Word lists the detectors consult. They are the detector's own and are kept apart from the benchmark
corpus's pools (``benchmarks/text_corpus/pools.py``), so the benchmark's recall is not circular; a test
checks the two never share a name.
"""

from __future__ import annotations

__all__ = [
    "ACRONYMS",
    "COMMON_CAPITALISED",
    "ENGLISH_WORD_NAMES",
    "EPONYMS",
    "FIELD_VALUE_STOPWORDS",
    "FIRST_NAMES",
    "KIN_WORDS",
    "MODERN_WORDS",
    "NICKNAMES",
    "NON_IDENTIFYING_PLACES",
    "NOT_NAMES",
    "ORG_WORDS",
    "PERSON_ROLE_CUES",
    "ROLE_WORDS",
    "SCHOOL_GENERIC_WORDS",
    "TITLES",
    "WELSH_FORM_WORDS",
    "HONORIFICS",
]

TITLES = frozenset(
    "Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Master Cllr Councillor Rev Revd Judge".split()
)
# Clerical and courtesy honorifics written before a title's name ("Revd Canon Peter Gittins", "the Rt Hon"): no
# part of the name its initials are made of. Not titles elsewhere: "Bishop" is a surname too.
HONORIFICS = frozenset("Canon Reverend Bishop Archdeacon Imam Rabbi Pastor Venerable Rt Hon Right Very".split())

# Roles that are written capitalised but are never a person's name (case papers' roles, then general English's).
ROLE_WORDS = frozenset(
    """Mum Mummy Mom Mam Mammy Dad Daddy Mother Father Parent Parents Carer Carers Nan Nana Nanny Gran Granny
    Grandma Grandad Grandpa Grandmother Grandfather Aunt Auntie Uncle Sister Brother Son Daughter
    Child Children Pupil Student Learner Baby Sibling Stepdad Stepmum Guardian Foster
    SENCo SENCO Senco Headteacher Head Teacher Teacher TA LSA HLTA Deputy Principal Governor Chair
    Caseworker Officer Manager Coordinator Co-ordinator Practitioner Consultant Paediatrician
    Psychologist Therapist Nurse Doctor GP Clinician Advocate Supporter Volunteer Solicitor Judge
    Panel Tribunal Social Worker Keyworker Key Worker IPSEA SENDIASS IASS
    Analyst Engineer Developer Accountant Designer Architect Director Assistant Executive Administrator
    Specialist Technician Supervisor Receptionist Cashier Programmer Scientist Researcher Lecturer Barrister
    Paralegal Landlord Landlady Tenant Witness Interviewer Interviewee Claimant Defendant Plaintiff Guarantor
    Purchaser Contractor Customer Client Candidate Reviewer Editor""".split()
)

# Words for relatives and respectful address in the languages of UK families (Urdu, Punjabi, Hindi, Bengali,
# Tamil, Arabic, Spanish, Polish, Tagalog, Greek, German, Italian): a role, like "Nan" or "Auntie", and a
# person span never starts or ends on one ("Aunty Parveen" is Parveen). Words that
# are as often given names ("Lola", "Bibi", "Baba", "Dada", "Tito") are left out.
KIN_WORDS = frozenset("""
Aunty Auntie Amma Ammi Ammu Abbu Appa Nani Nanu Dadi Chacha Chachi Chachu Khala Khalu Mamu Mamoo Phupho Phuppo
Bhai Bhaiya Didi Baji Apa Abuela Abuelo Abuelita Abuelito Babcia Babciu Dziadek Dziadziu Oma Opa Nonna Nonno
Yiayia Papou Teta Jiddo Sitto Tita Kuya Ammachi Paati Thatha Ajji Dadu Thakuma
Mamma Mammina Babbo Mormor Farmor Morfar Farfar Babushka Dedushka Halmeoni Harabeoji Obaachan Ojiichan Kuia
Ciocia Cioci Wujek Wujka Dziadzio Babunia Tía Tío Nonnina Zio Tante Onkel Pépé Mémé
Bunica Bunicul Anneanne Babaanne Teyze Dayı Amca Jeddo Sitti Mamgu Tadcu Nain Taid
Phuphi Mamani Mami Nanaji Naniji Dadaji Dadiji Bhabhi
Dada Mama Baba Tata Abba Zaide Zayde Zeide Bubbe Bubbie Bobe Savta Oupa Ouma Nainai Yeye Laolao Waipo Ammamma
Achan Appachan Masi Mausi Mausa Bua Tayi Taya Tia Tio Avó Avô Vovó Vovô Nanay Tatay Lolo Chachaji Mamuji
""".split())
ROLE_WORDS = ROLE_WORDS | KIN_WORDS

# The months and weekdays written out: never a name or a place on their own (recognizers use it to leave them).
CALENDAR_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)

# Capitalised words in case notes that are not names (headings, organisations, days, months).
COMMON_CAPITALISED = frozenset(
    """The A An This That These Those There Their They Them He She His Her Him We Our Us You Your I
    It Its In On At By For From To Of And Or But If When While Where Which Who Whom Whose What Why How
    As After Before During Since Until Also All Any Each Every No Not Yes Please Thank Thanks Dear
    Hi Hello Regards Kind Best Many Yours Sincerely Faithfully Re Subject Sent Date Time Attendees Curriculum Vitae
    Invoice Receipt Booking Reservation Confirmation Quote Estimate Payment Refund Delivery Shipping Ticket Reminder
    Request Enquiry Inquiry Complaint Feedback Newsletter Human Resources Madam Attn FAO Accounts Payable Receivable
    Billing Procurement Payroll Finance Sales Marketing
    Present Apologies Action Actions Summary Notes Note Outcome Outcomes Next Steps Review Annual
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday
    January February March April May June July August September October November December
    Spring Summer Autumn Winter Term Year Reception Nursery Key Stage KS1 KS2 KS3 KS4
    Section Part Page Appendix Annex Schedule Plan Education Health Care EHC EHCP SEN SEND SENDIST
    Local Authority Council County Borough City District Service Services Team Department Office
    NHS CAMHS GP OT SALT CDC CAF TAC IEP ISP PEP LAC CIN CP EP SEMH ADHD ADD ASD ASC Autism Autistic
    Dyslexia Dyspraxia Down Syndrome Tourette Epilepsy Act Children Families Equality Code Practice
    Regulations Order Tribunal First Tier First-tier Upper Chamber Judge Panel Ofsted DfE Department
    School Schools Academy Primary Secondary Special Mainstream College University Unit
    Speech Language Therapy Occupational Physiotherapy Educational Psychology Psychologist Paediatric
    Paediatrics Community Child Development Centre Clinic Hospital Trust Foundation Ward Surgery
    English Maths Mathematics Science History Geography Art Music PE Reading Writing Phonics
    Literacy Numeracy Sensory Social Emotional Mental Communication Interaction Cognition Learning
    Physical Independence Preparation Adulthood Provision Need Needs Outcome Support Supported
    Assessment Appeal Decision Evidence Report Letter Email E-mail Tel Telephone Mobile Phone Fax
    Address Postcode Name Names DOB Ref Reference Case Number No UPN ULN NI National Insurance
    Signed Signature Copy CC Cc To From Confidential Private Strictly Draft Final Version
    Yes No N/A OK Ok Mr Mrs Ms Miss Dr Autumn Monday Christmas Easter Half Holiday Holidays
    Transport Home Family Bus Taxi Lunch Break Class Classroom Group Groups Intervention
    Interventions Mainstream Resource Base Hub Programme Session Sessions Meeting Meetings Call
    Visit Phone Zoom Teams Microsoft Google Word PDF Attached Attachment LA LAs Caller Patient
    Makaton PECS Lego Minecraft ELSA Boxall Thrive Nurture Zones Regulation Early Help SENDIASS
    Subject Sent Received Logged Tel Telephone Mob Email Re Then Now Later Afterwards Meanwhile However
    Although Because Everyone Everybody Someone Somebody Nobody Anyone Staff Both Neither Either
    Pupil Pupils Class Attendance Progress Behaviour Homework Medication Funding Method Purpose
    Signed Consent Comments Comment Teacher's Parent's Child's Pupil's Headteacher's Well Done
    Gender Male Female Sex Ethnicity Religion Nationality Referrer Referral Relationship Course
    Surname Forename Forenames Firstname Lastname Birth Virtual Direct Voicemail Transcript""".split()
)

# Places that identify no one: nations and the country as a whole.
NON_IDENTIFYING_PLACES = frozenset(
    {"uk", "u.k.", "united kingdom", "the uk", "the united kingdom", "britain", "great britain", "gb",
     "england", "wales", "scotland", "northern ireland", "ireland", "europe", "the north", "the south",
     # the UK's regions: each holds millions
     "north east", "north west", "south east", "south west", "the north east", "the north west", "the south east",
     "the south west", "north-east", "north-west", "south-east", "south-west", "east midlands", "west midlands",
     "the midlands", "midlands", "east anglia", "east of england", "yorkshire and the humber", "home counties",
     "the home counties", "west country", "the west country", "north sea", "the north sea",
     # the world's regions and continents: each holds tens of millions, a family's origin at most
     "africa", "west africa", "east africa", "north africa", "southern africa", "central africa", "sub-saharan africa",
     "asia", "south asia", "east asia", "south-east asia", "southeast asia", "central asia", "the far east",
     "far east", "the middle east", "middle east", "eastern europe", "western europe", "central europe",
     "southern europe", "northern europe", "scandinavia", "the balkans", "balkans", "the caribbean", "caribbean",
     "latin america", "south america", "north america", "central america", "the americas", "the gulf",
     "the indian subcontinent", "the subcontinent", "the mediterranean", "the continent", "oceania"}
)

SCHOOL_GENERIC_WORDS = frozenset(
    """Ysgol Coleg Gynradd Cynradd Uwchradd Gyfun Cyfun Feithrin Meithrin Arbennig Gymraeg Cymraeg Babanod Bro y yr
    The A An Our Your Their His Her My This That Local Special Specialist Mainstream Independent
    Primary Secondary Junior Infant Infants Nursery High Grammar Community Maintained Residential
    Alternative New Current Previous Former Current Resourced Free State Village Catchment Feeder
    Sixth Form Further Education Day Boarding Faith Church Catholic At In From To Attends Attended
    Attending Joined Moved When Since Visited Local Authority Each Every Any Which What Another Other
    Both Neither Either One Two Three Four Five Nearest Preferred Named Proposed Chosen Suitable
    Appropriate Mainstream Virtual""".split()
)

# Words just before a name that say whose name follows ("her son Zain", "named Amara").
PERSON_ROLE_CUES = tuple(c.strip() for c in
    """son|daughter|child|children|grandson|granddaughter|stepson|stepdaughter|brother|sister|sibling|
    twin|husband|wife|partner|ex-partner|mum|mother|dad|father|parent|carer|grandmother|grandfather|
    mum of|mother of|dad of|father of|parent of|carer of|parents of|
    nan|gran|aunt|uncle|cousin|pupil|student|learner|boy|girl|baby|named|called|nicknamed|known as|
    dear|hi|hello|spoke to|spoke with|met with|emailed|phoned|rang|thanks|thank|
    teacher|senco|headteacher|caseworker|officer|practitioner|consultant|paediatrician|
    psychologist|therapist|nurse|worker|advocate|supporter|co-ordinator|coordinator|manager|
    chair|clerk|judge|solicitor|cc|attn|attention|logged by|written by|taken by|completed by|
    reviewed by|prepared by|signed by|seen by|referred by|reviewed|assessed|examined|observed|saw|
    visited|supported|taught|thanked|reassured|advised|texted""".replace("\n", "|").split("|") if c.strip()
)

# A detector lexicon of first names of many origins (used to type and score single-token mentions).
FIRST_NAMES = frozenset(
    """Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James Leo Alfie Henry Joshua
    Freddie Archie Ethan Isaac Alexander Joseph Edward Samuel Max Daniel Arthur Lucas Mohammed
    Muhammad Mohammad Logan Theo Harrison Benjamin Mason Sebastian Finley Adam Dylan Zachary Riley
    Olivia Amelia Isla Ava Emily Isabella Mia Poppy Ella Lily Jessica Sophia Evie Sophie Grace
    Charlotte Ruby Freya Chloe Daisy Alice Phoebe Florence Sienna Matilda Elsie Rosie Millie Layla
    Eliza Imogen Harriet Erin Emma Lucy Hannah Holly Katie Megan Amy Rebecca Sarah Laura Rachel
    Claire Karen Julie Susan Helen Nicola Michelle Joanne Lisa Kelly Gemma Donna Tracy Dawn Angela
    David John Paul Mark Andrew Michael Stephen Peter Richard Robert Christopher Matthew Anthony
    Darren Craig Lee Gary Kevin Ian Simon Neil Stuart Wayne Shaun Dean Carl Jason Scott Ryan
    Aisha Fatima Zara Maryam Amira Hafsa Yusuf Ibrahim Ahmed Ali Omar Hassan Bilal Imran Tariq
    Priya Anjali Sunita Ravi Arjun Rohan Vikram Deepak Sanjay Harpreet Gurpreet Jaspreet Manpreet
    Chen Wei Li Ming Hui Jun Mei Xin Yan Hao Lin Kai Tuan Anh Minh Thi Linh
    Chinedu Emeka Ngozi Adaeze Oluwaseun Tunde Femi Bisi Kwame Kofi Ama Abena Yaw
    Piotr Marek Katarzyna Agnieszka Tomasz Krzysztof Anna Maria Ewa Jakub Kacper Zofia
    Mihai Andrei Elena Ioana Gabriel Ana Sofia Mateo Diego Carmen Lucia Pablo
    Siobhan Niamh Aoife Ciaran Sean Liam Conor Declan Eoin Rhys Dafydd Gareth Sian Cerys Megan Ffion
    Callum Ewan Fraser Hamish Morag Kirsty Ailsa Eilidh Mhairi""".split()
)

# Common English given names and their usual short forms: a known "Elizabeth" is also "Liz", "Beth".
NICKNAMES: dict[str, tuple[str, ...]] = {
    "alexander": ("Alex", "Sandy", "Xander"), "alexandra": ("Alex", "Lexi", "Sandra"),
    "andrew": ("Andy", "Drew"), "anthony": ("Tony", "Ant"), "benjamin": ("Ben", "Benji", "Benny"),
    "catherine": ("Cath", "Cathy", "Kate", "Katie"), "katherine": ("Kate", "Katie", "Kath", "Kathy"),
    "charles": ("Charlie", "Chaz"), "charlotte": ("Lottie", "Charlie"), "christopher": ("Chris", "Kit"),
    "daniel": ("Dan", "Danny"), "david": ("Dave", "Davey"), "edward": ("Ed", "Eddie", "Ted", "Ned"),
    "elizabeth": ("Liz", "Lizzie", "Beth", "Betty", "Eliza", "Libby"), "eleanor": ("Ellie", "Nell", "Nora"),
    "ella": ("Ellie",), "emily": ("Em", "Emmy", "Millie"), "frederick": ("Fred", "Freddie"),
    "gabriel": ("Gabe",), "isabella": ("Bella", "Izzy", "Issy"), "isabel": ("Izzy", "Bel"),
    "jacob": ("Jake",), "james": ("Jim", "Jimmy", "Jamie"), "jennifer": ("Jen", "Jenny"),
    "jessica": ("Jess", "Jessie"), "john": ("Johnny", "Jack"), "jonathan": ("Jon", "Jonny"),
    "joseph": ("Joe", "Joey"), "joshua": ("Josh",), "katarzyna": ("Kasia",), "margaret": ("Maggie", "Peggy", "Meg"),
    "matthew": ("Matt", "Matty"), "michael": ("Mike", "Mikey", "Mick"), "nicholas": ("Nick", "Nicky"),
    "oliver": ("Ollie", "Olly"), "olivia": ("Liv", "Livvy"), "patrick": ("Paddy", "Pat"),
    "rebecca": ("Becky", "Becca"), "richard": ("Rich", "Richie", "Dick"), "robert": ("Rob", "Bob", "Bobby", "Robbie"),
    "samuel": ("Sam", "Sammy"), "samantha": ("Sam", "Sammy"), "stephen": ("Steve", "Stevie"),
    "steven": ("Steve", "Stevie"), "thomas": ("Tom", "Tommy"), "timothy": ("Tim", "Timmy"),
    "victoria": ("Vicky", "Tori"), "william": ("Will", "Bill", "Billy", "Liam", "Willow"),
    "zachary": ("Zach", "Zack"), "mohammed": ("Mo",), "muhammad": ("Mo",), "abigail": ("Abi", "Abby"),
    "alfred": ("Alfie", "Alf"), "harrison": ("Harry",), "henry": ("Harry", "Hal"), "theodore": ("Theo", "Ted"),
    "sophia": ("Sophie",), "sophie": ("Soph",), "amelia": ("Millie", "Amy"), "daisy": ("Dais",),
    "florence": ("Flo", "Florrie"), "harriet": ("Hattie",), "matilda": ("Tilly", "Tilda"),
    "penelope": ("Penny",), "susan": ("Sue", "Suzy"), "deborah": ("Debbie", "Deb"), "nathaniel": ("Nate", "Nat"),
}

# Words that make a capitalised phrase an organisation, a service or a document, not a person.
ORG_WORDS = frozenset(
    """Partnership Service Services Network Protection Officer Officers Co-ordinator Co-ordinators
    Coordinator Supporters Supporter Group Team Council Authority Trust Foundation Association
    Society Charity Centre Center Clinic Hospital Surgery Practice School Academy College University
    Nursery Board Panel Tribunal Committee Department Unit Agency Company Ltd Limited LLP Plc Forum
    Alliance Federation Commission Ombudsman Office Directorate Partnership Project Programme
    Policy Act Plan Report Review Assessment Framework Code Regulations Guidance Procedures
    Independent Parental National Senior Steering Regional Anonymised Statutory""".split()
)

# Given names and surnames that are also ordinary English words: alone, they are matched only when
# written as a name (capitalised or in capitals), so a known "Will" does not remove every "will".
ENGLISH_WORD_NAMES = frozenset(
    """will bill frank grace hope faith joy rose may june summer autumn amber ruby pearl jack mark
    gene guy lee ray rich sue pat dawn holly ivy iris lily daisy heather violet jade crystal hunter
    mason taylor carter cook baker smith miller wood hill green white brown black young king bell
    bright long short little sharp wise rich sterling hale hardy moss reed field fields stone
    love sunny sky river brook rain storm star angel bear fox wolf drew dean chase miles jay kit
    sandy rusty buck cliff dale glen grant hunt lane marsh north page parks price rice rivers
    ward walker webb wells west wilde wing best fair gay good hall hart head",
    "major may mercy patience prudence constance""".replace('",', " ").replace('"', " ").split()
)

# Lower-case words that end a name read from a field's value or after a cue in informal text: function
# words, placeholders ("not known", "see above"), roles and the commonest words of notes and messages.
FIELD_VALUE_STOPWORDS = frozenset(
    """a an the this that these those there here is are was were be been being am i im i'm me my mine we us our
    you your u ur he him his she her hers it its it's they them their who whom whose what which when where why
    how and or but if so as at by for from in into of off on onto out over to up with without about after
    before again also just only still then than too very not no yes none nil n/a na tbc tbd unknown known
    see above below same as other others all any each both either neither some many much more most few
    has have had do does did can could will would shall should may might must get got go goes going gone
    come came coming said says say told tell asked ask rang ring ringing called calling phoned texted emailed
    spoke speak here's there's hi hello hiya hey dear thanks thank please sorry ok okay fine good well
    back home school today tomorrow yesterday now later soon ago week weeks day days morning afternoon
    evening night time mum mummy mam mom dad daddy mother father parent parents carer carers guardian nan
    nana gran grandma grandad grandmother grandfather son daughter child children kid kids baby boy girl
    brother sister sibling siblings family husband wife partner teacher teachers senco staff office
    worker officer nurse doctor gp head headteacher class year years old age aged same n.a signed date
    not-known applicable given stated provided refused declined withheld redacted
    dont cant wont didnt doesnt isnt wasnt arent ive id ill youre theyre thats whats hes shes lets wouldnt
    couldnt shouldnt aint gonna wanna ya yeah yep nope ta x xx xxx lol pls plz thx r n b c k ok sec
    again really upset worried struggling sad happy anxious tired ill poorly mr mrs ms miss mx dr prof""".split()
)

# Words of today's case notes and messages that a 1913 dictionary lacks: read as words, not names, in
# lower-case text ("rang camhs", "my ipad", "her timetable").
MODERN_WORDS = frozenset(
    """adhd add asd asc autism autistic dyspraxia dyspraxic dyslexia dyslexic dyscalculia paediatrician
    paediatrics paediatric pediatrician methylphenidate melatonin ritalin concerta elvanse hypermobility
    hypermobile makaton pecs sendiass iass ipsea camhs ehcp ehcps ehc senco sendco send sen semh slcn mld spld
    pmld salt ot ep gp nhs la las ofsted dfe sats gcse gcses btec nvq elsa tas ta lsa hlta website websites email
    emails emailed emailing online internet timetable timetables meltdown meltdowns shutdown dysregulated
    dysregulation neurodivergent neurotypical sensory co-ordinator coordinator whatsapp facebook youtube
    tiktok instagram snapchat xbox playstation nintendo switch ipad ipads tablet laptop laptops phone phones
    covid lockdown selfie telehealth zoom teams app apps minecraft roblox fortnite lego netflix tesco asda
    aldi lidl mcdonalds kfc uber okay ok hiya yeah nah dunno gonna wanna innit tbh lol omg pls plz thx
    appt appts asap fyi etc eg ie vs wk wks hr hrs min mins mum mums mummy nan nanna grandad stepdad stepmum
    keyworker caseworker carer carers parent-carer wellbeing mindfulness transitions transition sen-support
    statemented statutory tribunal tribunals mediation pre-school preschool reception nursery y1 y2 y3 y4 y5
    y6 y7 y8 y9 y10 y11 ks1 ks2 ks3 ks4 eyfs sendist uni alevel alevels apprenticeship voicemail voicemails
    caseload caseloads input inputs output outputs today tonight tomorrow
    lmao lmfao rofl haha hahaha hehe idk idc ikr smh ngl brb btw imo imho tbf afaik omw np tysm ffs wtf wth jk hmu
    irl dm dms fwiw iirc nvm ttyl gtg lmk istg omfg yh ye yea""".split()
)

# Conditions and assessments named after people: never a person in case papers, even alone ("Asperger's").
EPONYMS = frozenset(
    """Asperger Aspergers Tourette Tourettes Rett Duchenne Becker Angelman Prader Willi Prader-Willi Ehlers Danlos
    Ehlers-Danlos Marfan Klinefelter Noonan DiGeorge Perthes Crohn Crohns Hirschsprung Batten Dravet Lennox Gastaut
    Lennox-Gastaut Sotos Magenis Smith-Magenis Cornelia Sturge Sturge-Weber Tay-Sachs Huntington Parkinson
    Alzheimer Kawasaki Osgood Schlatter Osgood-Schlatter Charcot Charcot-Marie-Tooth Vineland Wechsler Conners
    Boxall Griffiths Bayley Makaton Dandy-Walker Arnold-Chiari Chiari Guillain-Barre Kabuki Cri-du-chat Jacobsen
    Wolf-Hirschhorn Pierre Robin Stickler Treacher Collins Goldenhar Moebius Möbius Fragile Down's""".split()
)

# Abbreviations of SEND paperwork that look like initials ("EP said", "LA agreed", "TA to support").
ACRONYMS = frozenset(
    """EHC EHCP EHCNA SEN SEND SENCO SENDCO SENDIASS IASS IPSEA LA LAS NHS GP GPS EP EPS SALT SLT OT PT CAMHS
    ADHD ADD ASD ASC SEMH SLCN MLD SLD PMLD SPLD HI VI MSI PD TA TAS LSA HLTA SW SWS FSW DSL DFE DOB NI PA PE IT
    ICT RE PSHE SRE RSE KS EYFS UK USA TV PC AM PM OK ID CCG ICB CDC CIN CP CLA LAC PEP IEP ISP EHA TAF TAC TAFM
    CAF SG FTT HESC UT AP PRU FE HE EAL FSM PP GCSE BTEC NVQ ELSA PECS TEACCH DLA PIP UC ESA MASH DWP HMRC BSL
    AAC RAG QA AOB NB PS CC BCC FYI ASAP ENT AE ED MRI EEG ECG CT BMI FASD PDA OCD ODD PTSD DCD DLD GDD IQ WISC
    BAS CELF SDQ ABC SMART NEET PFA SENCOS EHCPS DBS KS1 KS2 KS3 KS4 KS5 YR SATS MP CEO HR IPS OFSTED SIMS
    ULN UPN URN NHSE ICS VSH VS MAT PTA CYP YP LD SLT SENIF HNF HNB DSP SRP ARP SSC ASAP RSVP EHCO SENO CE
    RC VA VC NE NW SE WC NN TBC TBD NA AKA ETA OFS PC QC KC MBE OBE CBE BSC MSC PHD MPHIL
    EWO EWS IRO PCSO MDSA IDVA ISVA CSE DBT CBT DDP EMDR EBSA EOTAS ASN ALN ALNCO IDP ADY CDU SENIT
    EMA ESFA NIV PEG CPOMS ASDAN DEAP""".split()
)

# Acronyms of everyday writing, not of SEND paperwork, that are as often somebody's initials ("PM and HM
# (Appellants)", "GB added that ...", "Minutes: HR"): initials where the words around them make them a person.
ACRONYMS_ALSO_INITIALS = frozenset("AM PM GB CT ED SE NE NW NA MP HR PA SG PD PS CC NB AE WC NN KC QC PC VS".split())

# Capitalised words that are never (part of) a person's name: a name span never ends or starts on one.
NOT_NAMES = COMMON_CAPITALISED | ROLE_WORDS | TITLES | ORG_WORDS

# Ordinary Welsh words of bilingual forms, plans and letters beyond the language reader's own vocabulary
# (radical forms; mutations are undone before looking up): section and field labels, school and plan words,
# everyday verbs and nouns of a one-page profile. Written for this project from general Welsh, not from a set.
WELSH_FORM_WORDS = frozenset("""
adran rhan atodiad manylion gwybodaeth cyfenw cyfeirnod rhif disgybl disgyblion unigryw geni cartref symudol
ebost e-bost llofnod lleoliad nodiadau nodyn barn proffil tudalen disgrifiad darpariaeth ychwanegol deddf tribiwnlys
cymru gohebu dwyieithog dwyieithrwydd meddygol meddygaeth cyflwr cyflyrau diagnosis cludiant milltir milltiroedd
pellter tymor haf gaeaf gwanwyn hydref gwyliau gofalwr gofalwyr gwarcheidwad rhiant rhieni teulu carer ci cath
nofio canu chwerthin edmygu bwysig pwysig hoffi caru mwynhau mwynhau helpu gwrando cysgu bwyta chwarae darllen
ysgrifennu côr corau sy sydd mae maen oedd roedd bydd fydd gan gyda heb ond neu ac a ei eu fy dy ein eich
pawb bawb pob unrhyw arall canlyniad canlyniadau nod nodau targed adolygu adolygiad dyddiad enw enwau
cyfeiriad ffurflen cais ceisiadau penderfyniad penderfyniadau cymeradwyo gwrthod apêl apelio swyddfa
swyddog cydlynydd cynhwysiant lles diogelu gwasanaeth cefnogi cymorth cynorthwyydd athro athrawes pennaeth
dosbarth blwyddyn grŵp uned canolfan arbennig cynradd uwchradd meithrin coleg prifysgol addysg dysgu
anghenion cynllun datblygu unigol iaith cymraeg saesneg llafar ysgrifenedig asesiad adroddiad cofnod cofnodion
""".split())
