"""General-English PERSON rows of the genperson5 work (December 2026): written by hand before the genperson5 work
looked at the detector's output on them or at the development sets' misses, not copied from any set and not repeating
the rows of general_person_rows, genperson2_rows, genperson3_rows, genperson4_rows or general_names_rows.

Registers: group chats, e-mails and signatures, classified listings, forms, notices, rosters and sign-up sheets,
minutes, delivery notes, reviews and forum posts, from the Nordic and Baltic countries, Central Europe, Turkey, the
Gulf and the Levant, Egypt and the Maghreb, Ethiopia, Kenya, Uganda, Tanzania, Latin America, the Caribbean, the
Pacific, the Philippines, Vietnam, as well as the UK, Ireland, the US, Canada, Australia and New Zealand.

Finds (all PERSON): names with no cue in plain sentences; names of those origins, with and without diacritics;
names in capitals and surname-first forms ("KOVÁCS Anna", "Nguyen, T."); initials; lower-case names in chats; names
that are ordinary words ("Hope", "Summer", "Bill", "Rose"); double-barrelled and particle names ("van der", "bin",
"Abd el-", "da Silva"); user names built from names.

Keeps: brands, products, places, organisations and streets named after people or looking like names, headings,
capitalised ordinary words, months and days, currencies, the name-words used as words.

Each row is (text, finds, keeps): finds are (surface, kind) or (surface, kind, context) (the surface's first
occurrence inside the first occurrence of context); keeps are surfaces no span of any type may touch. Scored by
bench_genperson5_rows.py.
"""

from __future__ import annotations

P = "PERSON"

Row = tuple[str, list[tuple[str, ...]], list[str]]

FIND_ROWS: list[Row] = [
    # --- Nordic ---
    ("Sigríður Jónsdóttir will lead the walk from the harbour on Saturday.", [("Sigríður Jónsdóttir", P)],
     ["harbour", "Saturday"]),
    ("Håkon and Åsa have swapped shifts this week.", [("Håkon", P), ("Åsa", P)], ["shifts"]),
    ("Jukka Virtanen fixed the sauna heater in under an hour.", [("Jukka Virtanen", P)], ["sauna heater"]),
    ("Please send the invoice to Ingrid Solberg, she handles payments now.", [("Ingrid Solberg", P)],
     ["invoice", "payments"]),
    ("Eero says the ferry to Tallinn is cheaper on weekdays.", [("Eero", P)], ["Tallinn", "ferry"]),
    ("The kayak belongs to Bjørn Haugen, ask before you borrow it.", [("Bjørn Haugen", P)], ["kayak"]),
    ("Aino Mäkinen and Pekka Nieminen are sharing the cabin.", [("Aino Mäkinen", P), ("Pekka Nieminen", P)],
     ["cabin"]),
    ("Freyja Guðmundsdóttir sent over the photos from the glacier trip.", [("Freyja Guðmundsdóttir", P)],
     ["glacier trip"]),
    ("Mikkel Sørensen is our new football coach.", [("Mikkel Sørensen", P)], ["football coach"]),
    ("Linnea Åberg won the quiz by two points.", [("Linnea Åberg", P)], ["quiz"]),
    # --- Baltic ---
    ("Rūta Kazlauskienė has the spare key to the studio.", [("Rūta Kazlauskienė", P)], ["spare key", "studio"]),
    ("Mindaugas will bring his trailer for the move.", [("Mindaugas", P)], ["trailer"]),
    ("Jānis Bērziņš and Ilze Ozola are judging the bake-off.", [("Jānis Bērziņš", P), ("Ilze Ozola", P)],
     ["bake-off"]),
    ("Kristjan Tamm is away until the 14th, contact Liis Saar instead.", [("Kristjan Tamm", P), ("Liis Saar", P)],
     []),
    ("Had a lovely chat with Kadri Mägi at the market.", [("Kadri Mägi", P)], ["market"]),
    ("Giedrė said the choir starts back in September.", [("Giedrė", P)], ["choir", "September"]),
    # --- Central European ---
    ("Registered attendees: KOVÁCS Anna, TÓTH Bálint, SZABÓ Zsófia",
     [("KOVÁCS Anna", P), ("TÓTH Bálint", P), ("SZABÓ Zsófia", P)], ["Registered attendees"]),
    ("Tereza Nováková will translate the leaflet into Czech.", [("Tereza Nováková", P)], ["leaflet", "Czech"]),
    ("Łukasz Zieliński and Agnieszka Wójcik are on the welcome desk.",
     [("Łukasz Zieliński", P), ("Agnieszka Wójcik", P)], ["welcome desk"]),
    ("Petra Šimková dropped off the raffle prizes.", [("Petra Šimková", P)], ["raffle prizes"]),
    ("Our landlord is a Mr Matej Kováč from Bratislava.", [("Matej Kováč", P)], ["Bratislava", "landlord"]),
    ("Ondřej fixed the router again, thanks Ondřej!", [("Ondřej", P), ("Ondřej", P, "thanks Ondřej")], ["router"]),
    ("Grzegorz Brzęczyszczykiewicz is the only name I can never spell.", [("Grzegorz Brzęczyszczykiewicz", P)], []),
    ("Dominika and Wojtek are bringing pierogi to the potluck.", [("Dominika", P), ("Wojtek", P)],
     ["pierogi", "potluck"]),
    ("Krisztina Horváth-Nagy chaired the parents' evening.", [("Krisztina Horváth-Nagy", P)], ["parents' evening"]),
    # --- Turkish ---
    ("Ayşe Yılmaz is selling her dining table, barely used.", [("Ayşe Yılmaz", P)], ["dining table"]),
    ("Mehmet Öztürk and Elif Şahin have volunteered for the clean-up.",
     [("Mehmet Öztürk", P), ("Elif Şahin", P)], ["clean-up"]),
    ("Burak said the kebab place on the corner has closed.", [("Burak", P)], ["kebab place"]),
    ("Gökhan Aydın will collect the trophies from the engraver.", [("Gökhan Aydın", P)], ["trophies"]),
    ("Zeynep Çelik is covering reception on Friday.", [("Zeynep Çelik", P)], ["reception", "Friday"]),
    # --- Arabic ---
    ("Abd el-Rahman Mostafa owns the bakery next to the mosque.", [("Abd el-Rahman Mostafa", P)],
     ["bakery", "mosque"]),
    ("Khalid bin Saeed Al Mansoori has joined the board.", [("Khalid bin Saeed Al Mansoori", P)], ["board"]),
    ("Layla Haddad and Yousef Nasser met at university in Amman.", [("Layla Haddad", P), ("Yousef Nasser", P)],
     ["Amman", "university"]),
    ("Nour El-Din will drive the minibus to the match.", [("Nour El-Din", P)], ["minibus"]),
    ("Fatima Al-Zahrani is the new head of the parents' association.", [("Fatima Al-Zahrani", P)],
     ["parents' association"]),
    ("Hamza's mum makes the best maamoul in the street.", [("Hamza", P)], ["maamoul"]),
    ("Abdelkader Benali sold us the car, very honest guy.", [("Abdelkader Benali", P)], ["car"]),
    ("Rania Abu-Ghazaleh is presenting the budget tonight.", [("Rania Abu-Ghazaleh", P)], ["budget"]),
    # --- Ethiopian and East African ---
    ("Abebe Bekele and Tigist Alemu run the coffee ceremony after the service.",
     [("Abebe Bekele", P), ("Tigist Alemu", P)], ["coffee ceremony"]),
    ("Meseret Tadesse finished the half marathon in 1:32.", [("Meseret Tadesse", P)], ["half marathon"]),
    ("Yonas will pick you up from Bole airport.", [("Yonas", P)], ["Bole airport"]),
    ("Wanjiru Kamau is the treasurer of our chama.", [("Wanjiru Kamau", P)], ["treasurer", "chama"]),
    ("Otieno and Achieng are getting married in April!", [("Otieno", P), ("Achieng", P)], ["April"]),
    ("Nakato Ssempijja has been promoted to branch manager.", [("Nakato Ssempijja", P)], ["branch manager"]),
    ("Baraka Mushi and Neema Mollel are the guides for the Kilimanjaro group.",
     [("Baraka Mushi", P), ("Neema Mollel", P)], ["Kilimanjaro"]),
    ("Chebet Kiprono broke the school record in the 1500m.", [("Chebet Kiprono", P)], ["school record"]),
    ("Selamawit Haile baked injera for sixty people.", [("Selamawit Haile", P)], ["injera"]),
    ("Mwangi says the matatu strike is over.", [("Mwangi", P)], ["matatu strike"]),
    # --- Latin American ---
    ("María José Fernández will host the Spanish conversation group.", [("María José Fernández", P)],
     ["Spanish conversation group"]),
    ("João da Silva and Thiago dos Santos are playing in goal this season.",
     [("João da Silva", P), ("Thiago dos Santos", P)], ["goal"]),
    ("Ximena Quispe Mamani sells alpaca scarves at the Sunday market.", [("Ximena Quispe Mamani", P)],
     ["alpaca scarves", "Sunday market"]),
    ("Juan Pablo Rojas found your wallet in the taxi.", [("Juan Pablo Rojas", P)], ["wallet", "taxi"]),
    ("Valentina Restrepo is teaching salsa on Thursdays.", [("Valentina Restrepo", P)], ["salsa", "Thursdays"]),
    ("Guadalupe made tamales for the whole office.", [("Guadalupe", P)], ["tamales"]),
    ("Luiz Henrique de Oliveira is our contact at the port.", [("Luiz Henrique de Oliveira", P)], ["port"]),
    ("Thanks to Catalina Muñoz for the flowers on the altar.", [("Catalina Muñoz", P)], ["flowers", "altar"]),
    ("Rodrigo and Camila Ibáñez are renting the flat above us.", [("Rodrigo", P), ("Camila Ibáñez", P)],
     ["flat"]),
    ("Joaquín del Río will read the lesson.", [("Joaquín del Río", P)], ["lesson"]),
    # --- Caribbean ---
    ("Shanice Thompson and Delroy Campbell are doing the sound system.",
     [("Shanice Thompson", P), ("Delroy Campbell", P)], ["sound system"]),
    ("Kemar says the bus from Half Way Tree was late again.", [("Kemar", P)], ["Half Way Tree"]),
    ("Anya Persaud and Ramesh Ramkissoon organised the Phagwah celebration.",
     [("Anya Persaud", P), ("Ramesh Ramkissoon", P)], ["Phagwah"]),
    ("Nadira Mohammed runs the doubles stall by the savannah.", [("Nadira Mohammed", P)], ["doubles stall"]),
    ("Jermaine and Tamika are bringing the rice and peas.", [("Jermaine", P), ("Tamika", P)], ["rice and peas"]),
    ("Desmond St. Hill is our new pastor.", [("Desmond St. Hill", P)], ["pastor"]),
    # --- Pacific ---
    ("Sione Tupou and Mele Fifita are leading the kava circle.", [("Sione Tupou", P), ("Mele Fifita", P)],
     ["kava circle"]),
    ("Aroha Ngata is the kaiako for the Year 3 class.", [("Aroha Ngata", P)], ["Year 3"]),
    ("Tevita Havili scored the winning try.", [("Tevita Havili", P)], ["winning try"]),
    ("Wiremu will do the karakia before we eat.", [("Wiremu", P)], ["karakia"]),
    ("Losana Ratuvou weaves mats for the church fundraiser.", [("Losana Ratuvou", P)], ["church fundraiser"]),
    ("Fetu Faleolo drove us to the airport in Apia.", [("Fetu Faleolo", P)], ["Apia"]),
    # --- Asian ---
    ("Nguyen Thi Lan runs the nail bar on the high street.", [("Nguyen Thi Lan", P)], ["nail bar", "high street"]),
    ("Maricel Dela Cruz is sending money home to Cebu every month.", [("Maricel Dela Cruz", P)], ["Cebu"]),
    ("Rizwan and Shabnam are hosting iftar on Thursday.", [("Rizwan", P), ("Shabnam", P)], ["iftar"]),
    ("Bayarmaa Gantulga won the throat singing prize.", [("Bayarmaa Gantulga", P)], ["throat singing prize"]),
    # --- capitals and surname-first ---
    ("SIGNED: OKONKWO, ADAEZE    DATE: 03/04/2026", [("OKONKWO, ADAEZE", P)], []),
    ("Passenger: HAILE/DAWIT MR", [("HAILE/DAWIT", P)], []),
    ("Submitted by Nguyen, T. on behalf of the tenants.", [("Nguyen, T.", P)], ["tenants"]),
    ("Lead author: Ferreira, A. M.; second author: Lindqvist, H.",
     [("Ferreira, A. M.", P), ("Lindqvist, H.", P)], []),
    ("WINNERS: 1st JOHANSSON Erik, 2nd MWANGI Peter, 3rd DUBOIS Claire",
     [("JOHANSSON Erik", P), ("MWANGI Peter", P), ("DUBOIS Claire", P)], ["WINNERS"]),
    ("CONGRATULATIONS TO AMARA OSEI ON HER GRADUATION!", [("AMARA OSEI", P)], ["GRADUATION"]),
    ("Surname: YILDIRIM   Given names: EMRE CAN", [("YILDIRIM", P), ("EMRE CAN", P)], []),
    # --- initials ---
    ("Keys returned to T. J. Ochieng at reception.", [("T. J. Ochieng", P)], ["reception"]),
    ("The report was checked by R.K. Menon and S. Ivanova.", [("R.K. Menon", P), ("S. Ivanova", P)], []),
    ("Minutes taken by J-P Lefèvre.", [("J-P Lefèvre", P)], ["Minutes"]),
    # --- lower-case chat ---
    ("oi wanjiru u coming to the braai or nah", [("wanjiru", P)], ["braai"]),
    ("tell sione the game's at 4 not 3", [("sione", P)], ["game"]),
    ("lol mehmet fell asleep on the bus again", [("mehmet", P)], ["bus"]),
    ("has anyone heard from joão? he's not answering", [("joão", P)], []),
    ("omg thabo just got engaged!!", [("thabo", P)], []),
    ("can someone remind ingrid about the bbq", [("ingrid", P)], ["bbq"]),
    ("ok so tevita n losana r driving, rest of us get the ferry", [("tevita", P), ("losana", P)], ["ferry"]),
    ("miss u already yasmin xx", [("yasmin", P)], []),
    # --- names that are words ---
    ("Hope Mensah will take the minutes at the next meeting.", [("Hope Mensah", P)], ["minutes"]),
    ("Summer and Autumn are twins, they start school next week.", [("Summer", P), ("Autumn", P)], ["school"]),
    ("Bill said he'd sort the gutters before winter.", [("Bill", P)], ["gutters", "winter"]),
    ("Rose Achieng has kindly offered to host the book club.", [("Rose Achieng", P)], ["book club"]),
    ("Faith and Joy are leading the worship team.", [("Faith", P), ("Joy", P)], ["worship team"]),
    ("Thanks Precious, the cake was amazing!", [("Precious", P)], ["cake"]),
    ("Blessing Okafor and Gift Banda are the new prefects.", [("Blessing Okafor", P), ("Gift Banda", P)],
     ["prefects"]),
    ("Willow is off sick, so Ivy will cover her tables.", [("Willow", P), ("Ivy", P)], ["tables"]),
    ("Dawn Baker has retired after thirty years at the library.", [("Dawn Baker", P)], ["library"]),
    ("Sunny Dhillon is doing the lights for the show.", [("Sunny Dhillon", P)], ["lights"]),
    ("Honor and Verity came top in the spelling bee.", [("Honor", P), ("Verity", P)], ["spelling bee"]),
    ("Amber Rivers sold me her old bike.", [("Amber Rivers", P)], ["bike"]),
    # --- particles and double-barrelled ---
    ("Pieter van der Merwe is the umpire this weekend.", [("Pieter van der Merwe", P)], ["umpire"]),
    ("Anke ter Horst and Daan de Vries are sharing a lift.", [("Anke ter Horst", P), ("Daan de Vries", P)],
     ["lift"]),
    ("Maximilian von Stein donated the prize money.", [("Maximilian von Stein", P)], ["prize money"]),
    ("Áine Ní Bhriain will sing at the end.", [("Áine Ní Bhriain", P)], []),
    ("Rosa Cardoso-Mbeki and Tom Ashworth-Lee are the new trustees.",
     [("Rosa Cardoso-Mbeki", P), ("Tom Ashworth-Lee", P)], ["trustees"]),
    ("Isabelle de la Fontaine has the hall booking.", [("Isabelle de la Fontaine", P)], ["hall booking"]),
    # --- listings, forms, rosters, e-mails ---
    ("FOR SALE: pram, good condition, £40. Collection only. Ask for Oksana.", [("Oksana", P)],
     ["FOR SALE", "pram"]),
    ("Cleaning rota\nMon - Dagny\nTue - Priit\nWed - Efua\nThu - Selin\nFri - Mateus",
     [("Dagny", P), ("Priit", P), ("Efua", P), ("Selin", P), ("Mateus", P)], ["Cleaning rota"]),
    ("Name: Siosaia Vainikolo\nTeam: Under 14s\nPosition: Prop", [("Siosaia Vainikolo", P)],
     ["Under 14s", "Prop"]),
    ("Hi Dorcas,\n\nThe parcel arrived safely, thank you.\n\nBest wishes,\nHelga", [("Dorcas", P), ("Helga", P)],
     ["parcel"]),
    ("Kind regards,\nTariku Gebremedhin\nOperations Coordinator", [("Tariku Gebremedhin", P)],
     ["Operations Coordinator"]),
    ("Lost cat! Answers to Mango. Please call Renske if found.", [("Renske", P)], ["Mango"]),
    ("Volunteers this week: Kwame, Imani, Saoirse, Tomasz, Leilani",
     [("Kwame", P), ("Imani", P), ("Saoirse", P), ("Tomasz", P), ("Leilani", P)], ["Volunteers"]),
    ("Driver on duty: Ahmed Abdi Warsame", [("Ahmed Abdi Warsame", P)], ["Driver on duty"]),
    ("Congratulations to Marisol and Henrik on the birth of baby Elsa!",
     [("Marisol", P), ("Henrik", P), ("Elsa", P)], []),
    ("RIP Mzee Juma Hamisi, you will be missed by all at the depot.", [("Juma Hamisi", P)], ["depot"]),
    # --- user names and mentions built from names ---
    ("Posted by sione_tupou92 in Rugby Talk", [("sione_tupou92", P)], ["Rugby Talk"]),
    ("@ayse.yilmaz can you check the spreadsheet?", [("ayse.yilmaz", P)], ["spreadsheet"]),
    ("Login: wkamau84  (reset requested)", [("wkamau84", P)], []),
    ("Thanks @mindaugas_p for the lift!", [("mindaugas_p", P)], ["lift"]),
]

KEEP_ROWS: list[Row] = [
    # --- brands and products named after people ---
    ("The new Volvo is much quieter than the old Skoda.", [], ["Volvo", "Skoda"]),
    ("I got a Fjällräven backpack and a pair of Dr. Martens in the sale.", [], ["Fjällräven", "Dr. Martens"]),
    ("We stopped at Tim Hortons and then at Ben & Jerry's.", [], ["Tim Hortons", "Ben & Jerry's"]),
    ("Her Calvin Klein jeans were cheaper than the Tommy Hilfiger ones.", [], ["Calvin Klein", "Tommy Hilfiger"]),
    ("Dad swears by his Husqvarna mower.", [], ["Husqvarna"]),
    ("Bring a bottle of Johnnie Walker for the host.", [], ["Johnnie Walker"]),
    ("Ask Alexa to set a timer, or ask Siri if the phone's closer.", [], ["Alexa", "Siri"]),
    ("The Ferrari and the Lamborghini were parked outside the Hilton.", [], ["Ferrari", "Lamborghini", "Hilton"]),
    ("I'll have a Tia Maria and a Jack Daniel's, please.", [], ["Tia Maria", "Jack Daniel's"]),
    ("The Philips kettle broke, so we bought a Morphy Richards one.", [], ["Philips", "Morphy Richards"]),
    ("Is the Hermès scarf real or a copy?", [], ["Hermès"]),
    ("He drives a Mercedes and wears a Rolex.", [], ["Mercedes", "Rolex"]),
    ("We flew Ethiopian via Addis Ababa.", [], ["Ethiopian", "Addis Ababa"]),
    ("Our fridge is a Beko and the washer is an Arçelik.", [], ["Beko", "Arçelik"]),
    ("She banks with Equity and pays by M-Pesa.", [], ["Equity", "M-Pesa"]),
    # --- places that look like names ---
    ("We changed planes in Adelaide and again in Darwin.", [], ["Adelaide", "Darwin"]),
    ("The ferry from Victoria to Vancouver takes about ninety minutes.", [], ["Victoria", "Vancouver"]),
    ("My cousin lives in Florence, not far from the station.", [], ["Florence"]),
    ("The match in Hamilton was called off, but Wellington went ahead.", [], ["Hamilton", "Wellington"]),
    ("Flights to Santiago and San José were cancelled.", [], ["Santiago", "San José"]),
    ("We stayed in Georgetown before driving to Port Louis.", [], ["Georgetown", "Port Louis"]),
    ("The hotel in Saint Lucia had a view of the Pitons.", [], ["Saint Lucia", "Pitons"]),
    ("The road to Lake Victoria was flooded past Kisumu.", [], ["Lake Victoria", "Kisumu"]),
    ("Houston, Austin and Charlotte all made the shortlist.", [], ["Houston", "Austin", "Charlotte"]),
    ("Mount Kenya looked beautiful from Nanyuki.", [], ["Mount Kenya", "Nanyuki"]),
    ("From São Paulo we took the bus to Belo Horizonte.", [], ["São Paulo", "Belo Horizonte"]),
    ("Göteborg is rainier than Malmö, believe me.", [], ["Göteborg", "Malmö"]),
    ("The train from Tartu to Pärnu is slow but scenic.", [], ["Tartu", "Pärnu"]),
    ("We hiked from Zakopane to Morskie Oko.", [], ["Zakopane", "Morskie Oko"]),
    ("Bodrum was too busy, so we went on to Kaş.", [], ["Bodrum", "Kaş"]),
    # --- organisations ---
    ("My sister works at Johnson & Johnson and her husband at Morgan Stanley.", [],
     ["Johnson & Johnson", "Morgan Stanley"]),
    ("The Red Cross and Médecins Sans Frontières were both at the camp.", [],
     ["Red Cross", "Médecins Sans Frontières"]),
    ("He got an offer from Ernst & Young but chose Deloitte.", [], ["Ernst & Young", "Deloitte"]),
    ("The Mayo Clinic sent a second opinion.", [], ["Mayo Clinic"]),
    ("Safaricom and Airtel both had outages on Monday.", [], ["Safaricom", "Airtel", "Monday"]),
    ("Grameen Bank opened a branch in the village.", [], ["Grameen Bank"]),
    ("Turkish Airlines lost my suitcase in Istanbul.", [], ["Turkish Airlines", "Istanbul"]),
    # --- headings, capitalised words, sign-offs ---
    ("Summary\nNext Steps\nAction Items\nAny Other Business", [], ["Summary", "Next Steps", "Action Items",
                                                                  "Any Other Business"]),
    ("Warm Regards,\nThe Harbour View Residents' Committee", [], ["The Harbour View Residents' Committee"]),
    ("IMPORTANT NOTICE: WATER WILL BE OFF FROM 9AM", [], ["IMPORTANT NOTICE", "WATER"]),
    ("Grace period: 14 days. Late fee: 5%.", [], ["Grace period", "Late fee"]),
    ("Price: Negotiable\nCondition: Like New\nDelivery: Buyer Collects", [],
     ["Negotiable", "Like New", "Buyer Collects"]),
    ("Best Before: see lid", [], ["Best Before"]),
    # --- months, days, holidays ---
    ("See you in May, or June at the latest.", [], ["May", "June"]),
    ("Closed on Eid, Diwali and Christmas Day.", [], ["Eid", "Diwali", "Christmas Day"]),
    ("August was hot, but July was worse.", [], ["August", "July"]),
    ("Bins go out every Tuesday and Friday.", [], ["Tuesday", "Friday"]),
    ("Happy Midsummer everyone!", [], ["Midsummer"]),
    # --- currencies ---
    ("It cost 500 Rand, about 250 Krona.", [], ["Rand", "Krona"]),
    ("The taxi was 200 Birr and lunch was 3000 Shillings.", [], ["Birr", "Shillings"]),
    ("Prices are in Lira, Dinar or Euro.", [], ["Lira", "Dinar", "Euro"]),
    ("He paid 40 Reais and 10 Pesos in tips.", [], ["Reais", "Pesos"]),
    # --- name-words as words ---
    ("I hope the rose bushes survive the frost.", [], ["hope", "rose"]),
    ("The bill came to more than we expected, so we'll split it.", [], ["bill"]),
    ("Summer holidays start on the 20th.", [], ["Summer holidays"]),
    ("Faith in the council is low after the floods.", [], ["Faith"]),
    ("Will you mark the exams or shall I?", [], ["Will", "mark"]),
    ("Joy of joys, the lift is working again!", [], ["Joy of joys"]),
    ("Sunny spells later, turning to rain by evening.", [], ["Sunny spells"]),
    ("Amber warning for wind in the north.", [], ["Amber warning"]),
    ("The ivy is pulling the render off the wall.", [], ["ivy"]),
    ("Honey, lemon and ginger is the best cold cure.", [], ["Honey"]),
    ("Precious little was done about the potholes.", [], ["Precious"]),
    # --- places named after people used as places ---
    ("The shop is just past the Nelson Mandela roundabout.", [], ["Nelson Mandela roundabout"]),
    ("Meet at the Kenyatta International Convention Centre.", [], ["Kenyatta International Convention Centre"]),
    ("The exhibition at the Van Gogh Museum was packed.", [], ["Van Gogh Museum"]),
]

ROWS: list[Row] = FIND_ROWS + KEEP_ROWS
