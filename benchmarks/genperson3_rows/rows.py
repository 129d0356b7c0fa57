"""General-English PII rows of the genperson3 work (December 2026): written by hand before the detector's output on
them was looked at, not copied from any set and not repeating general_person_rows, genperson2_rows or
general_names_rows.

Registers: reviews, forum posts, chats, forms, e-mails, minutes, rosters from across the English-speaking world.
Finds: names in plain sentences with no title or label ("ask Deshawn", "Marisol said", "thanks to Priya and
Tomasz"), lower-case names and user names built from names (jsmith88, maria.gonzalez), names of many origins
(Hispanic, African American, Vietnamese, Korean, Indian, Arabic, West African, Eastern European, First Nations,
Maori, Pacific), "Surname, First" in rosters, initials, names that are also words where the text reads them as
names (Hope, Summer, Rich, Will, Bill, Iris, Jade, Chase, Hunter), names after @; street addresses in US, Canadian,
Australian, Indian, South African and Irish layouts (units, PO boxes, ZIP+4, rural routes), in one line; phone
numbers of several countries; e-mail addresses. Keeps: the same words used as words, brands, products, place names
that identify nobody, job titles, headings.

Each row is (text, finds, keeps): finds are (surface, kind) or (surface, kind, context) (the surface's first
occurrence inside the first occurrence of context); a PERSON find is found when every letter and digit of it lies
inside a PERSON span, any other kind when they lie inside spans of any type (as the hold-out sets score); keeps are
surfaces no span of any type may touch. Scored before and after the work only.
"""

from __future__ import annotations

P = "PERSON"
A = "ADDRESS"
T = "PHONE"
E = "EMAIL"

ROWS: list[tuple[str, list[tuple[str, ...]], list[str]]] = [
    # --- names in plain sentences, no title or label ---
    ("If the printer jams again just ask Deshawn, he fixed it last week.", [("Deshawn", P)], ["printer"]),
    ("Marisol said the venue can hold about sixty people.", [("Marisol", P)], ["venue"]),
    ("Huge thanks to Priya and Tomasz for staying late to stack the chairs.",
     [("Priya", P), ("Tomasz", P)], ["chairs"]),
    ("Nguyen Thi Lan brought spring rolls and everyone went back for seconds.",
     [("Nguyen Thi Lan", P)], ["spring rolls"]),
    ("I sat next to Ji-woo on the bus and we talked the whole way to Busan.", [("Ji-woo", P)], ["Busan"]),
    ("Kwame reckons the match will be called off because of the rain.", [("Kwame", P)], ["match"]),
    ("My neighbour Oluwaseun lent me his ladder on Sunday.", [("Oluwaseun", P)], ["ladder", "Sunday"]),
    ("Ended up calling Tamika twice before anyone picked up at the shop.", [("Tamika", P)], ["shop"]),
    ("We hired Anh to do the tiling and honestly the bathroom looks brand new.", [("Anh", P)], ["bathroom"]),
    ("Sione and Mele are bringing the umu for the church lunch.", [("Sione", P), ("Mele", P)], ["church lunch"]),
    ("Wiremu drove us up to Rotorua and showed us the geysers.", [("Wiremu", P)], ["Rotorua", "geysers"]),
    ("Talked to Aiyana about the powwow schedule, she'll send it round.", [("Aiyana", P)], ["powwow schedule"]),
    ("Bohdan fixed the leak in under an hour, would recommend.", [("Bohdan", P)], ["leak"]),
    ("According to Fatima, the pharmacy on the corner closes at six now.", [("Fatima", P)], ["pharmacy"]),
    ("Rajesh Kumar Iyer and his wife run the little dosa place near the station.",
     [("Rajesh Kumar Iyer", P)], ["dosa place", "station"]),
    ("Had lunch with Yusuf Al-Hashimi and Dariusz Nowak after the conference.",
     [("Yusuf Al-Hashimi", P), ("Dariusz Nowak", P)], ["conference"]),
    ("The kids adore Chiamaka, she's the best swim teacher they've had.", [("Chiamaka", P)], ["swim teacher"]),
    ("Apparently Xochitl is moving to Phoenix in the spring.", [("Xochitl", P)], ["Phoenix", "spring"]),
    ("Got a lift home from Mahalia and her brother Tevita.", [("Mahalia", P), ("Tevita", P)], ["lift home"]),
    ("I would ask Seo-yeon but she's away in Seoul until the 14th.", [("Seo-yeon", P)], ["Seoul"]),
    # --- lower-case names and chat ---
    ("lol ask jamal he's got the spare key", [("jamal", P)], ["spare key"]),
    ("omg did u see what keisha posted?? dying", [("keisha", P)], ["posted"]),
    ("me and thanh are gonna grab pho after work if u want in", [("thanh", P)], ["pho", "after work"]),
    ("tell ngozi the cake's in the fridge x", [("ngozi", P)], ["cake", "fridge"]),
    ("running late, tell mateusz to start without me", [("mateusz", P)], ["running late"]),
    ("haha no that was priyanka not me", [("priyanka", P)], []),
    # --- user names built from names, and after @ ---
    ("Posted by jsmith88 on 3 March: does anyone know a good mechanic in Leeds?",
     [("jsmith88", P)], ["mechanic", "Leeds"]),
    ("Reply from maria.gonzalez: I had the same problem with my Dell laptop.",
     [("maria.gonzalez", P)], ["Dell laptop"]),
    ("@Tyrone_Washington you still selling the bike?", [("Tyrone_Washington", P)], ["bike"]),
    ("cc @priya.raman @dkowalski for the release notes", [("priya.raman", P), ("dkowalski", P)],
     ["release notes"]),
    ("Thanks @ArohaTeWhata, that fixed it!", [("ArohaTeWhata", P)], []),
    ("Username: hoang.minh.duc  Joined: Feb 2019  Posts: 412", [("hoang.minh.duc", P)], ["Posts"]),
    # --- reviews and forum posts ---
    ("★★★★★ Carlos at the front desk was super helpful and got us an early check-in.",
     [("Carlos", P)], ["front desk", "early check-in"]),
    ("Avoid. Brenda was rude on the phone and the Samsung fridge arrived dented.",
     [("Brenda", P)], ["Samsung"]),
    ("Our guide Thabo knew every bird by its call. Kruger was unforgettable.",
     [("Thabo", P)], ["Kruger"]),
    ("Shout-out to Siobhan in returns, sorted my refund in two minutes.", [("Siobhan", P)], ["returns", "refund"]),
    # --- word names read as names ---
    ("Hope called this morning and said the boiler is fixed.", [("Hope", P)], ["boiler"]),
    ("I hope the boiler is fixed by Friday.", [], ["hope", "boiler", "Friday"]),
    ("Summer and her mum are flying in from Perth on Tuesday.", [("Summer", P)], ["Perth", "Tuesday"]),
    ("The summer holidays start on Friday.", [], ["summer holidays", "Friday"]),
    ("Rich from accounts approved the invoice.", [("Rich", P)], ["accounts", "invoice"]),
    ("The soil here is rich and the tomatoes love it.", [], ["rich", "tomatoes"]),
    ("Will said he'd bring the projector, so don't worry.", [("Will", P)], ["projector"]),
    ("Will the projector be ready? Bill says the invoice is late.", [("Bill", P)], ["Will", "projector", "invoice"]),
    ("Iris and Jade won the doubles on Saturday.", [("Iris", P), ("Jade", P)], ["doubles", "Saturday"]),
    ("The jade necklace matched the iris print on her dress.", [], ["jade necklace", "iris print"]),
    ("Chase Whitfield and Hunter Morales both made the varsity team.",
     [("Chase Whitfield", P), ("Hunter Morales", P)], ["varsity team"]),
    ("I bank with Chase and my cousin is a deer hunter.", [], ["Chase", "hunter"]),
    # --- rosters, Surname First, initials ---
    ("Volunteer roster, Saturday:\nOkafor, Adaeze\nPhan, Quoc Bao\nLittlebear, Dakota\nKowalczyk, Agnieszka",
     [("Okafor, Adaeze", P), ("Phan, Quoc Bao", P), ("Littlebear, Dakota", P), ("Kowalczyk, Agnieszka", P)],
     ["Volunteer roster"]),
    ("Present: J. Alvarez (chair), T. Nkemelu, R. Sandhu, M. O'Brien\nApologies: K. Tuhiwai",
     [("J. Alvarez", P), ("T. Nkemelu", P), ("R. Sandhu", P), ("M. O'Brien", P), ("K. Tuhiwai", P)],
     ["Present", "Apologies", "chair"]),
    ("Action: DW to chase the council about the streetlight; AP to update the budget sheet.",
     [("DW", P), ("AP", P)], ["council", "streetlight", "budget sheet"]),
    ("Team: Reyes, Gabriela (captain); Haddad, Omar; Tran, Kevin", [("Reyes, Gabriela", P), ("Haddad, Omar", P),
     ("Tran, Kevin", P)], ["captain"]),
    # --- e-mails and forms ---
    ("Hi all, forwarding this from Lakshmi. Contact her at lakshmi.narayanan@outlook.com or 0412 555 318.",
     [("Lakshmi", P), ("lakshmi.narayanan@outlook.com", E), ("0412 555 318", T)], []),
    ("Full name: Obiageli Eze-Nwosu\nEmail: o.ezenwosu@gmail.com\nMobile: +234 803 555 0142",
     [("Obiageli Eze-Nwosu", P), ("o.ezenwosu@gmail.com", E), ("+234 803 555 0142", T)], ["Full name", "Mobile"]),
    ("Contact person: Dang Van Hieu, tel. +84 90 555 2231", [("Dang Van Hieu", P), ("+84 90 555 2231", T)],
     ["Contact person"]),
    ("Call me on (416) 555-0199 or text Ashleigh on 416-555-0127.",
     [("(416) 555-0199", T), ("Ashleigh", P), ("416-555-0127", T)], []),
    ("Ring Aoife on 087 555 4129 if you can't find the hall.", [("Aoife", P), ("087 555 4129", T)], ["hall"]),
    ("Ph: +27 82 555 7731, ask for Sipho", [("+27 82 555 7731", T), ("Sipho", P)], []),
    ("WhatsApp Harpreet on +91 98765 43210 for the wedding list.",
     [("Harpreet", P), ("+91 98765 43210", T)], ["WhatsApp", "wedding list"]),
    # --- addresses ---
    ("Ship to: 1847 Oakridge Dr, Apt 12C, Columbus, OH 43229-1742", [("1847 Oakridge Dr, Apt 12C, Columbus, OH 43229-1742", A)],
     []),
    ("You can mail the form to PO Box 3318, Flagstaff, AZ 86003.", [("PO Box 3318, Flagstaff, AZ 86003", A)], ["form"]),
    ("We live out at RR 2, Site 5, Box 14, Olds, AB T4H 1P3 so the courier never finds us.",
     [("RR 2, Site 5, Box 14, Olds, AB T4H 1P3", A)], ["courier"]),
    ("Her new place is 305-1120 Haro Street, Vancouver, BC V6E 1C8.", [("305-1120 Haro Street, Vancouver, BC V6E 1C8", A)],
     []),
    ("Delivery address: Unit 4/27 Kembla St, Wollongong NSW 2500", [("Unit 4/27 Kembla St, Wollongong NSW 2500", A)],
     ["Delivery address"]),
    ("Please send the cheque to 12 Banksia Crescent, Toowoomba QLD 4350.",
     [("12 Banksia Crescent, Toowoomba QLD 4350", A)], ["cheque"]),
    ("Address: Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038",
     [("Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038", A)], []),
    ("The office moved to 22 Loop Street, Cape Town, 8001 last month.",
     [("22 Loop Street, Cape Town, 8001", A)], ["office", "last month"]),
    ("Postal: PO Box 1142, Polokwane, 0700", [("PO Box 1142, Polokwane, 0700", A)], []),
    ("Our address is 7 Chapel Lane, Ballincollig, Co. Cork, P31 X2K4.",
     [("7 Chapel Lane, Ballincollig, Co. Cork, P31 X2K4", A)], []),
    ("Meet at 58 Suite 200, no sorry, 58 Queen St W Suite 200, Toronto ON M5H 2M5",
     [("58 Queen St W Suite 200, Toronto ON M5H 2M5", A)], []),
    ("Drop it round to 9 Puriri Place, Whangarei 0110 whenever suits.", [("9 Puriri Place, Whangarei 0110", A)],
     ["whenever suits"]),
    ("Return address: 4417 Rural Route 3, Hartland, NB E7P 1K2", [("4417 Rural Route 3, Hartland, NB E7P 1K2", A)],
     ["Return address"]),
    # --- precision: words, brands, products, places, titles, headings ---
    ("The Marriott in Austin upgraded us for free.", [], ["Marriott", "Austin"]),
    ("I drive a Ford Ranger and my wife has a Honda Jazz.", [], ["Ford Ranger", "Honda Jazz"]),
    ("Meeting Minutes\nAgenda Item 3: Treasurer's Report", [], ["Meeting Minutes", "Treasurer's Report"]),
    ("The Regional Sales Manager will present the Q3 figures.", [], ["Regional Sales Manager", "Q3 figures"]),
    ("We stayed two nights in Victoria and then drove to Jasper.", [], ["Victoria", "Jasper"]),
    ("Ordered a Dyson vacuum and a Kenwood mixer from John Lewis.", [], ["Dyson", "Kenwood", "John Lewis"]),
    ("Frequently Asked Questions\nShipping & Returns\nContact Us", [], ["Frequently Asked Questions",
     "Shipping & Returns", "Contact Us"]),
    ("Grace period for returns is 30 days; Mercy Hospital is across the road.", [], ["Grace period", "Mercy Hospital"]),
    ("Best pizza in Brooklyn, hands down. Crust is perfect.", [], ["Brooklyn", "Crust"]),
    ("The Head of Customer Experience replied within an hour.", [], ["Head of Customer Experience"]),
    ("Downloaded the Wells Fargo app but it keeps crashing on my Pixel.", [], ["Wells Fargo", "Pixel"]),
]
