"""The second reader's own small vocabulary: capitalised words of case notes that identify nobody, the
places too large to narrow a family down, and the labels redaction writes.

Kept apart from the redactor's lexicons on purpose (an independent reader shares no word list with the
one it checks), and short: ordinary English words are told apart by the dictionary, names by the
gazetteer; this list holds the proper nouns and acronyms that are neither.
"""

from __future__ import annotations

import re

__all__ = ["LABEL", "MODERN", "NOT_PERSONAL", "WIDE_PLACES", "is_ordinary_word"]

# Our own replacements: "Parent A", "Child 1", "[School 1]", "[redacted]", "[DATE OF BIRTH]", "[aged 5-10]".
LABEL = re.compile(
    r"\b(?:Parent|Child|Carer|Teacher|Professional|Officer|Person|Family|Sibling|Pupil|Clinician|Staff|School|"
    r"Student|Learner|Worker|Adult|Doctor)[ \u00a0][A-Z0-9]{1,2}\b|\[[^\[\]\n]{1,40}\]")

NOT_PERSONAL = frozenset(w.casefold() for w in """
Mr Mrs Ms Miss Mx Dr Prof Cllr Revd Rev Sr Jr St Hon Esq MP Mum Mam Dad Nan Nanna Grandad
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Jan Feb Mar
Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter Eid Ramadan Diwali Hanukkah Halloween Bonfire
English Welsh Scottish Irish British Polish Romanian Lithuanian Latvian Ukrainian Russian Bulgarian
Slovak Czech Hungarian Portuguese Spanish Italian French German Dutch Turkish Kurdish Arabic Urdu Punjabi
Bengali Bangla Gujarati Hindi Tamil Somali Tigrinya Amharic Farsi Persian Pashto Dari Chinese Mandarin
Cantonese Vietnamese Tagalog Filipino Nigerian Ghanaian Jamaican Caribbean African Asian European
Muslim Christian Catholic Hindu Sikh Jewish Buddhist Islamic Quran Bible God Allah Jesus
NHS GP CAMHS SENCO SENCo Senco SENDCo SENDCO EHC EHCP EHCNA SEN SEND SENDIST SENDIASS IASS IPSEA LA LEA DfE
Ofsted Ofqual HMRC DWP DLA PIP UC ESA SSP SALT OT EP ASD ASC ADHD ADD SEMH MLD SLD PMLD SpLD VI HI MSI PD
CP CIN LAC CLA PEP IEP ISP TAC TAF CAF EHA DSL DSP LADO MASH CAB PCSO A&E GCSE GCSEs BTEC KS1 KS2 KS3 KS4
SATs SATS PE PSHE RE ICT IT DT SLT TA TAs HLTA LSA SNA ELSA PECS Makaton Widgit Boardmaker
Covid COVID Covid-19 Zoom Teams Microsoft Google Gmail Outlook Hotmail Yahoo WhatsApp Facebook Instagram
Twitter TikTok YouTube Snapchat iPad iPhone Android Apple Samsung Xbox PlayStation Nintendo Minecraft
Roblox Fortnite Lego Tesco Asda Sainsbury Sainsbury's Aldi Lidl Morrisons Amazon Netflix Ritalin
Melatonin Calpol Velcro Braille UK GB USA US EU UN OK Ok Re Fwd Fw Cc Bcc Attn PS NB
SIMS Arbor Bromcom ScholarPack CPOMS MyConcern Tapestry Seesaw ParentPay Class Dojo ClassDojo NI NINo
Conners Boxall Vineland Wechsler WISC WIAT Beery Stanford Binet Griffiths Bayley Renfrew Derbyshire Sandwell
Montessori Piaget Vygotsky Maslow Bloom Bloom's Duchenne Asperger Asperger's Tourette Tourette's Rett Angelman
Williams Turner Marfan Noonan Prader Willi Crohn Crohn's Parkinson Alzheimer Hodgkin Perthes Sotos Dravet Becker
Batten Huntington Klinefelter Edwards Patau DiGeorge Ehlers Danlos Kabuki Hirschsprung Down Down's Fragile
Yr Yrs Grp Gp Hosp Sims Tel Tel. Telephone Mob Mobile Fax Ext Ref Refs No Nos DOB Dob D.O.B Encl Enc Cont Pp Para Paras Sec Reg Regs Ltd Plc
""".split())

# Places too wide to identify a family (countries, nations, regions, the largest cities).
WIDE_PLACES = frozenset(w.casefold() for w in """
UK Britain England Wales Scotland Ireland Northern Europe America USA Africa Asia India Pakistan Bangladesh
Poland Romania Lithuania Nigeria Ghana Somalia Eritrea Sudan Afghanistan Iraq Syria Turkey Iran China
Vietnam Philippines Jamaica Portugal Brazil Italy Spain Germany France Netherlands Ukraine Bulgaria
Slovakia Zimbabwe Kenya Nepal Malaysia London Birmingham Manchester Leeds Liverpool Glasgow Edinburgh
Cardiff Belfast Bristol Sheffield Newcastle Nottingham Leicester North South East West Midlands
Yorkshire Lancashire Kent Essex Surrey Devon Cornwall
""".split())


# Words of today that Webster's Second (1934) does not hold.
MODERN = frozenset("""
email emails emailed emailing online website websites internet app apps laptop laptops smartphone selfie
timetable timetables meltdown meltdowns dysregulated dysregulation neurodivergent neurotypical wellbeing
mindfulness lockdown hypermobility hypermobile paediatrician paediatric paediatrics dyslexic dyspraxic
dyscalculia keyworker caseworker preschool voicemail texted texting screenshot download uploaded headteacher
headteachers co-ordinator co-ordinators coordinator coordinators im ive id dont cant wont didnt doesnt isnt
wasnt arent werent couldnt wouldnt shouldnt hasnt havent hadnt youre theyre thats whats hes shes lets
hiya yeah yep nah gonna wanna dunno lol pls plz thx tbh omg asap fyi attendee attendees multi
""".split())
# British spellings Webster's writes the American way: "centre", "colour", "organise", "programme".
_BRITISH = ((re.compile(r"(?<=[a-z]{2})re(s?)$"), r"er\1"), (re.compile(r"our(s|ed|ing|ful)?$"), r"or\1"),
            (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"), (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
            (re.compile(r"ogramme(s?)$"), r"ogram\1"), (re.compile(r"ae"), "e"), (re.compile(r"oe"), "e"),
            (re.compile(r"ence$"), "ense"), (re.compile(r"ll(ed|ing|er)$"), r"l\1"))


def is_ordinary_word(word: str) -> bool:
    """A word of the dictionary, inflections and British spellings included (lower-case in Webster's
    Second: the ``english-words`` package, read through the redactor's English module: a word list, not
    a detector), a modern one, or a hyphenated compound of such words ("First-tier", "Co-ordinator")."""
    from redaction.text.english import is_english_word

    lowered = word.casefold()
    if lowered in MODERN or is_english_word(lowered):
        return True
    if "-" in lowered:
        parts = [p for p in lowered.split("-") if p]
        return bool(parts) and all(is_ordinary_word(p) for p in parts)
    return any(is_english_word(pattern.sub(replacement, lowered)) for pattern, replacement in _BRITISH
               if pattern.search(lowered))
