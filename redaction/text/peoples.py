"""Languages, nationalities and peoples: capitalised words of case notes that name no one.

"Home language: Romanian", "speaks Gaelic and English", "a Lithuanian interpreter", "Irish Traveller":
written with a capital like a name, and read as one by a model that has seen "Irish" as a surname. A span
made only of these words is no person (:func:`redaction.text.negatives.is_not_a_person`), unless a verb
only people do follows it ("French said"): a few are surnames too.
"""

from __future__ import annotations

__all__ = ["LANGUAGES", "NATIONALITIES", "PEOPLES_AND_LANGUAGES"]

LANGUAGES = frozenset(
    """Arabic Urdu Punjabi Panjabi Bengali Bangla Sylheti Gujarati Hindi Tamil Telugu Malayalam Kannada Marathi
    Nepali Sinhala Sinhalese Pashto Pushto Dari Farsi Persian Kurdish Sorani Kurmanji Badini Turkish Azeri
    Polish Romanian Lithuanian Latvian Estonian Russian Ukrainian Belarusian Bulgarian Czech Slovak Hungarian
    Slovenian Croatian Serbian Bosnian Albanian Macedonian Greek Portuguese Spanish Catalan Galician Basque
    French German Dutch Flemish Italian Maltese Swedish Norwegian Danish Finnish Icelandic Romani Romany
    Somali Tigrinya Amharic Oromo Swahili Kiswahili Yoruba Igbo Hausa Twi Akan Fante Ga Ewe Lingala Shona
    Ndebele Zulu Xhosa Wolof Fula Fulani Krio Patois Creole Mandarin Cantonese Chinese Hakka Vietnamese
    Tagalog Filipino Malay Indonesian Thai Burmese Khmer Japanese Korean Hebrew Yiddish Welsh Cymraeg Gaelic
    Gàidhlig Irish Gaeilge Scots Cornish Manx English BSL Makaton Signalong""".split()
)

NATIONALITIES = frozenset(
    """British English Scottish Welsh Irish Northern Cornish American Canadian Australian Indian Pakistani
    Bangladeshi Nepalese Nepali Afghan Afghani Iranian Iraqi Syrian Kurdish Turkish Lebanese Jordanian Yemeni
    Saudi Emirati Egyptian Libyan Moroccan Algerian Tunisian Sudanese Eritrean Ethiopian Somali Somalilander
    Kenyan Ugandan Tanzanian Rwandan Congolese Nigerian Ghanaian Sierra Leonean Gambian Senegalese Cameroonian
    Zimbabwean Zambian Malawian Angolan Namibian African Caribbean Jamaican Trinidadian Barbadian Guyanese
    Polish Romanian Lithuanian Latvian Estonian Russian Ukrainian Bulgarian Czech Slovak Hungarian Croatian
    Serbian Bosnian Albanian Kosovan Kosovar Macedonian Greek Cypriot Portuguese Brazilian Spanish Italian
    French German Dutch Belgian Swiss Austrian Swedish Norwegian Danish Finnish Chinese Hongkonger Vietnamese
    Filipino Malaysian Thai Japanese Korean European Asian Arab Roma Gypsy Traveller Travellers Sikh Hindu
    Muslim Jewish Christian Catholic Protestant Orthodox Buddhist""".split()
)

PEOPLES_AND_LANGUAGES = LANGUAGES | NATIONALITIES
