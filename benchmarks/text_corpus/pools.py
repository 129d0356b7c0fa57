"""The corpus generator's own pools of names, places and schools.

These lists were written for the benchmark and are kept disjoint from every word list the detector
consults (``redaction/text/lexicons.py``): a test checks that no pool name appears in the detector's
first-name list, nickname table, stop lists or English-word names. Every name the benchmark measures
is therefore *held out* from the detector, and recall reflects how it finds names it has never seen.
Names are of many origins (British, Irish, Welsh, Scottish, South Asian, East Asian, West African,
East African, Eastern European, Arabic, Turkish, Caribbean, Hispanic) and include hyphenated,
apostrophised, particle and accented forms.
"""

from __future__ import annotations

__all__ = ["BUILDINGS", "BUSINESS_PARKS", "EXTRA_FIRST", "EXTRA_SURNAMES", "FEMALE", "HOUSE_NAMES", "LA_NAMES",
           "LA_PREFIXES", "MALE", "MIDDLE", "SAINTS", "SCHOOL_STEMS", "STREET_STEMS", "SURNAMES", "TOWNS"]

FEMALE = """Aaliyah Adwoa Afia Ayesha Anisa Annabel Arabella Bethany Blessing Bronwen Caitlin Cerian
Chidinma Chiamaka Delyth Dorota Eabha Efua Eilonwy Ellen Esme Farah Fiadh Folasade Gwenllian
Halima Hollie-Mae Iman Imani Inaya Ishbel Jasleen Kamila Keziah Khadija Kinga Laila Leilani
Lowri Lucja Magdalena Malika Maisie Mariam Marsha Mehreen Mirela Nadia Naomi Nkechi Noor Nuala
Oonagh Orla Parveen Rabia Rhiannon Roisin Rukhsana Saoirse Seren Shanice Shauna Simran Siew
Sinéad Tallulah Tanisha Temitope Thanh Tyra Uzma Wiktoria Xiaoling Yasmin Yetunde Zainab Zofija
Zuzanna Zoë Amaya Ngaio Aroha Ifeoma Rutendo Wanjiru Nyasha Selin Elif Ebru Yuki Haruka
Xiu-Ying Soo-Jin Jiwoo Bao Ngozika Kerry-Ann Precious Destiny Nevaeh Jaslyn""".split()

MALE = """Aarav Abdirahman Abdullahi Adebayo Aidan Alistair Aneurin Bartosz Benedykt Brandon Cadfael
Caoimhin Chukwuemeka Cormac Meirion-Emrys Damilola Dominik Ebrahim Eoghan Faisal Fionn Gethin
Gruffudd Hamza Haydn Idris Ifan Ikechukwu Iwan Jayden Jevon Kayden Kwabena Lachlan Łukasz Mateusz
Mehmet Mihail Murtaza Nnamdi Obinna Oisín Olamide Osian Pawel Rafferty Ruaridh Rüdiger Sandeep
Shay Somtochukwu Taiwo Tadhg Tiernan Tobiasz Uchenna Vusi Wiktor Xavier Yousef Zakariya Zbigniew
Zeki Zion Ravinder Gurdeep Kulvinder Baljit Torquil-Ross Zhi-Yuan Dong-Hyun Quang-Vinh Huy Thabo
Tendai Farhan Rizwan Shakeel Naveed Emre Kerem Burak Joaquín Santiago Mykola Bohdan Taras Cian
Ronan-Eamon Deshawn Tyrone Kieron Keanu Jermaine""".split()

SURNAMES = """Abernethy Achterberg Adeyemi Afolabi Ahmadzai Akhtar Al-Rashid Anand Appiah Arkwright
Asante Balogun Bancroft Bhattacharya Błaszczyk Boateng Brannigan Cadwaladr Carmichael Chaudhry
Chowdhury Cholmondeley Ciobanu Cwiklinski D'Arcy Delacroix Dhillon Donnelly-Prys Drummond Dvořák
Eke Enright Farquharson Featherstonehaugh Fitzgerald-Okoro Garside Ghosh Grabowski Gwilliam
Haddad Hakimi Hargreaves Hussaini Ifeanyi Iqbal Jankowski Jaramillo Kapoor Kaczmarek Kavanagh
Kettleborough Kowalczyk Kumari Lindqvist Llewellyn Loughlin MacAulay Mahmoud Malinowski Mbeki
McAllister McGlinchey Mensah Mirza Mukherjee Nakamura Ndlovu Nguyen Nowakowski Nwachukwu O'Driscoll
Ogunleye Okafor Okonkwo-Brightmore Olufemi Onyekachi Oyelaran Pankhurst Pham Pilkington Qureshi
Rahman Rahimi Raithby Ramaswamy Rosenthal Sandhu Sarpong Sekhon Shevchenko Siddiqui Sokolowski
Szymańska Tamang Thistlethwaite Tiwari Tran Uddin Urquhart Van der Merwe Vasquez Wainwright
Wiśniewski Woźniak Yeboah Yilmaz Zielinski de Souza al-Hashimi Abiodun-Cole Featherby Quaye""".split()
# Multi-word surnames written as one pool entry.
SURNAMES = [s for s in SURNAMES if s not in {"Van", "der", "Merwe", "de", "Souza"}] + ["Van der Merwe", "de Souza"]

TOWNS = """Ulverston Kirkby Stephen Cleator Moor Penrith Workington Whitehaven Maryport Wigton Keswick
Appleby-in-Westmorland Kendal Grange-over-Sands Dalton-in-Furness Millom Egremont Cockermouth
Bolton-le-Sands Stockton-on-Tees Burton upon Trent Wellingborough Kettering Corby Rushden Towcester
Daventry Brackley Oundle Higham Ferrers Thrapston Irthlingborough Raunds Barnoldswick Todmorden
Hebden Bridge Ilkley Otley Skipton Settle Clitheroe Accrington Rawtenstall Haslingden Bacup
Ashby-de-la-Zouch Melton Mowbray Market Harborough Lutterworth Oakham Uppingham Stamford Bourne
Spalding Holbeach Sleaford Market Rasen Louth Horncastle Mablethorpe Skegness Alford Wragby""".split()
# Towns of two or more words are joined here, so the generator draws whole names.
TOWNS = [
    "Ulverston", "Kirkby Stephen", "Cleator Moor", "Penrith", "Workington", "Whitehaven", "Maryport",
    "Wigton", "Keswick", "Appleby-in-Westmorland", "Kendal", "Grange-over-Sands", "Dalton-in-Furness",
    "Millom", "Egremont", "Cockermouth", "Bolton-le-Sands", "Stockton-on-Tees", "Burton upon Trent",
    "Wellingborough", "Kettering", "Corby", "Rushden", "Towcester", "Daventry", "Brackley", "Oundle",
    "Higham Ferrers", "Thrapston", "Irthlingborough", "Raunds", "Barnoldswick", "Todmorden",
    "Hebden Bridge", "Ilkley", "Otley", "Skipton", "Settle", "Clitheroe", "Accrington", "Rawtenstall",
    "Haslingden", "Bacup", "Ashby-de-la-Zouch", "Melton Mowbray", "Market Harborough", "Lutterworth",
    "Oakham", "Uppingham", "Stamford", "Bourne", "Spalding", "Holbeach", "Sleaford", "Market Rasen",
    "Louth", "Horncastle", "Mablethorpe", "Skegness", "Wragby",
]

STREET_STEMS = """Abbey Acacia Alderley Ashburn Beech Birchwood Blackthorn Bramble Buttermere Castlegate
Chantry Chapel Cherrytree Coniston Cromwell Dalegarth Derwent Eastfield Elmwood Fairholme Foxglove
Glebe Greenside Hawthorn Heathfield Hollins Juniper Kingfisher Laburnum Larkspur Lowther Maple
Meadowbank Millbeck Moorside Nettleton Oakleigh Orchard Parkside Priory Quarry Raven Rosebank
Rowan Ruskin Sandbeck Sedbergh Springfield Stainton Sycamore Thornbank Tithebarn Wasdale Willowbrook
Wordsworth Yewdale""".split()

SAINTS = """Aidan Bega Bees Cuthbert Oswald Wilfrid Columba Herbert Kentigern Bridget Ninian Chad
Hilda Edmund Anselm Ethelburga Boniface Alban""".split()

SCHOOL_STEMS = """Appletree Brackenfield Brambleside Castlerigg Croftlands Dowdales Eaglesfield
Fellview Greengate Harrowbeck Hensingham Inglewood Kirkbarrow Lakeside Lindale Moorclose
Netherhall Northfield Oakfield Petteril Queensgate Ravenglass Roseacre Sandside Stoneraise
Thorncliffe Underley Valley View Westfield Wyndham Yarlside""".split()
SCHOOL_STEMS = [s for s in SCHOOL_STEMS if s not in {"Valley", "View"}] + ["Valley View"]

LA_NAMES = ["Westmorland and Furness Council", "Cumberland Council", "North Northamptonshire Council",
            "West Northamptonshire Council", "Lancashire County Council", "Rutland County Council",
            "Lincolnshire County Council", "Calderdale Council"]

# Second-round pools: letters beyond ASCII (á ł ş ı ñ ğ), apostrophes, two-word surnames, middle names,
# names of people who turn up only in registers and minutes. Still disjoint from the detector's lexicons.
FEMALE += """Akosua Adjoa Małgorzata Begoña Tuğba Gráinne Aoibheann Şebnem Ayşe Nneka Zsófia Ágnes Noémie
Jolanta Kerry Oluwakemi Dagmara Íde Siân Bernie Ebony-Rae Maëlle Ifunanya Hadiza Ewelina""".split()
MALE += """Ciarán Şükrü Ömer Jesús Íñigo Bogdan Grzegorz Kwesi Kojo Dáithí Pádraig Rhodri Ieuan Tomás
Kacey Arnav Yiğit Nuno Jędrzej Dumisani Teodor""".split()
SURNAMES += ["O'Halloran", "Mensah-Bonsu", "Yıldız", "Ibáñez", "Wójcik", "Öztürk", "Łapiński", "Núñez",
             "Ní Bhriain", "Çelik", "Dąbrowski", "Nkemelu", "Oyinlola", "Ekwueme", "Mbatha", "Żukowski",
             "Tshabalala", "Osei", "Bajwa", "Kerr", "MacFhionnlaigh", "Ó Súilleabháin", "Dos Reis"]
# Second given names: a middle name is written in full names on forms ("Ciarán Seosamh O'Halloran").
MIDDLE = """Seosamh Abenaa Adunni Iolo Wynne Oluwadamilare Chiamaka Zosia-Ann Bryony Gwilym Kayode Mirela
Eilir Temitayo""".split()

# Places beyond the first round: Scottish, Welsh and north-west towns, business parks, house names.
TOWNS += ["Paisley", "Kilmarnock", "Ruthin", "Llangefni", "Birkenhead", "Wallasey", "Bootle", "Motherwell",
          "Caernarfon", "Machynlleth", "Oldham", "Rochdale"]
HOUSE_NAMES = ["Bryn Awel", "Tŷ Gwyn", "Rose Cottage", "The Laurels", "Hafod Wen", "Meadowcroft", "Pen y Bryn",
               "Fernlea", "Whinfell House", "Cartref"]
BUILDINGS = ["Parkhill", "Jubilee", "Wellington", "Kelvin", "Marlowe", "Ashgrove", "Lochside", "Canalside"]
BUSINESS_PARKS = ["Conway Park Business Centre", "Riverside Enterprise Park", "Lowfield Trading Estate",
                  "Kingsway Business Park", "Dunmore Industrial Estate"]
LA_PREFIXES = ["OMBC", "LCC", "WNC", "CMBC", "RBKC", "NLC", "WMBC", "SCC"]
# People named only in registers or minutes (attendees, other pupils on a list).
EXTRA_FIRST = """Somto Jarek-Jan Ilinca Ezgi Bartek Efe Cadi Wenonah Lorcan Ifeoluwa Kalani Bláthnaid
Sorcha Jaxon Reuben-Tal Lenka Rahel Oghenekaro Xanthe Mthunzi""".split()
EXTRA_SURNAMES = """Adegoke Brennan-Lowe Cieślak Dunleavy Ekström Farouk Gallacher Horvat Iwu Jóhannsdóttir
Kilbride Lindgren Maguire-Ode Nikolić O'Keeffe Pereira Quigley Radwańska Szabo Trinh Uwimana Vukovic
Whelan Yorke-Banda""".split()
