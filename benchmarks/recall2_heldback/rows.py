"""Held-back rows for the recall2 work (written before the work, scored once at its end as the untuned check).

Each row: a text, the surfaces a reader must see redacted, and the surfaces that must stay. Names and
places here are chosen not to repeat those of the tests written during the work.
"""

from __future__ import annotations

FIND_AND_KEEP: list[tuple[str, list[str], list[str]]] = [
    ("hey dilnoza its farrukh, can u pick up the kids", ["dilnoza", "farrukh"], ["kids"]),
    ("tell bogdan i said thanks x", ["bogdan"], ["thanks"]),
    ("ok will ask rukhsana tmrw", ["rukhsana"], ["ask"]),
    ("Grace said she would bring the paperwork on Monday.", ["Grace"], ["paperwork", "Monday"]),
    ("Thanks, Hope! See you at the review.", ["Hope"], ["review"]),
    ("Her brother Rowan and her sister Faith both attend.", ["Rowan", "Faith"], ["brother", "sister"]),
    ("The children present were Amber, Jack, Ruby and Mustafa.", ["Amber", "Jack", "Ruby", "Mustafa"], ["children"]),
    ("Will explained that he had been bullied at lunch.", ["Will"], ["bullied", "lunch"]),
    ("I hope you will have a good summer holiday.", [], ["hope", "will", "summer"]),
    ("Met with Kateryna Moroz and her son.", ["Kateryna Moroz"], ["son"]),
    ("Present: Ms Okonkwo-Baines (SENCo), Mr Prendergast (Head)", ["Okonkwo-Baines", "Prendergast"], ["SENCo", "Head"]),
    ("Dear Mrs Gallacher, thank you for your letter.", ["Gallacher"], ["letter"]),
    ("Child: Hendricks, Tobias", ["Hendricks, Tobias"], ["Child"]),
    ("Signed: R. Castellanos, Caseworker", ["Castellanos"], ["Caseworker"]),
    ("THE FAMILY MOVED FROM LIVERPOOL TO ABERDEEN IN 2021.", ["LIVERPOOL", "ABERDEEN"], ["FAMILY"]),
    ("Dad works away in Stavanger most weeks.", ["Stavanger"], ["Dad"]),
    ("Ibrahim threw a chair at Dominic during PE.", ["Ibrahim", "Dominic"], ["PE", "chair"]),
    ("The taxi escort Marjorie Fairweather was not available.", ["Marjorie Fairweather"], ["taxi", "escort"]),
    ("Patience and care are needed at transitions.", [], ["Patience"]),
    ("Mum (Precious) and Dad (Tafadzwa) attended.", ["Precious", "Tafadzwa"], ["Mum", "Dad"]),
    ("The speech therapist, Ms Brown, saw Iris twice.", ["Brown", "Iris"], ["speech therapist"]),
    ("A green folder and a white board were provided.", [], ["green", "white"]),
    ("Reviewed by Dr Whitcombe and Dr Adeyemi-Cole.", ["Whitcombe", "Adeyemi-Cole"], []),
    ("She prefers to be called Bea; her legal name is Beatrix Lindqvist.", ["Bea", "Beatrix Lindqvist"], ["legal name"]),
    ("Mr Baker from the Local Authority attended.", ["Baker"], ["Local Authority"]),
    ("The baker on the high street gives him a job on Saturdays.", [], ["baker", "high street"]),
    ("spoke w/ siobhan + declan re transport", ["siobhan", "declan"], ["transport"]),
    ("Grandparents live in TRALEE, Co. Kerry.", ["TRALEE"], ["Grandparents"]),
    ("Parent: Nowakowska, Agnieszka (mother)", ["Nowakowska, Agnieszka"], ["mother"]),
    ("I spoke to Rose's mum about the fall.", ["Rose"], ["mum", "fall"]),
]
