"""A reference after another language's word for one: letters and forms families bring from abroad, and letters in
Welsh, quote case, file and client numbers in their own words ("Numer sprawy: 2023/KP/1190", "Aktenzeichen 3 K
118/23", "Numéro de dossier : DS-772041", "Número de expediente: 2024-0087", "Dosya no: 1187342", "dosar nr.
4412/3/2023"). English cues are :class:`UkCuedCodeRecognizer`'s and :class:`UkRecordNumberRecognizer`'s.

The cue is a reference word (Polish "sygnatura", German "Aktenzeichen", French "dossier", Spanish "expediente",
Turkish "dosya", Welsh "cyfeirnod" ...), or a word for "number" with the noun it numbers ("numer sprawy",
"numéro client", "Kundennummer"), or the abbreviation "nr."/"n°"/"nº" most European languages write for "number"
after a noun. The code must follow at once (a mark between at most) and be shaped like a code
(:func:`redaction.text.code_shape.code_shaped`: a date, a year, a time, an amount are not), or be a German court's
file number ("3 K 118/23": chamber, register letter, serial, year), which only that cue makes safe to read.
"""

from __future__ import annotations

import regex

from redaction.text.code_shape import code_end, code_shaped
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["ForeignReferenceRecognizer"]

_CUE = (
    r"(?<![\p{L}\p{N}])(?:"
    # Polish: sygnatura (akt), numer sprawy / referencyjny / klienta / wniosku / akt
    r"sygn(?:atura)?\.?(?:[ ]+akt)?|nr[ ]+sprawy|numer(?:[ ]+(?:sprawy|referencyjny|klienta|wniosku|akt|ewidencyjny))?"
    # German: Aktenzeichen, Az., Geschäftszeichen, (Kunden|Fall|Vorgangs|Referenz|Akten)nummer
    r"|aktenzeichen|az\.|gesch[äa]ftszeichen|(?:kunden|fall|vorgangs|referenz|akten|antrags)[-]?nummer|referenz"
    # French: numéro (de) dossier / référence / client / allocataire, n° (de) dossier, réf.
    # (the French words with their accent only: English "reference", "ref." are the English recognizers')
    r"|num[ée]ro(?:[ ]+(?:de[ ]+)?(?:dossier|r[ée]f[ée]rence|client|allocataire|demande))?|réf[ée]rence|reférence|réf\."
    r"|dossier"
    # Spanish, Portuguese, Italian: número de expediente / referencia / caso / processo, expediente, pratica
    r"|n[úu]mero(?:[ ]+(?:de[ ]+|do[ ]+|di[ ]+)?(?:expediente|referencia|refer[êe]ncia|caso|cliente|solicitud"
    r"|processo|pedido|pratica|protocollo|riferimento))?|expediente|processo|pratica|protocollo"
    # Turkish: dosya no/numarası, başvuru no, referans no; Romanian: dosar, număr(ul); Dutch: dossiernummer, kenmerk
    r"|dosya(?:[ ]+(?:no|numaras[ıi]))?|ba[şs]vuru(?:[ ]+(?:no|numaras[ıi]))?|referans(?:[ ]+(?:no|numaras[ıi]))?"
    r"|dosar(?:ul)?|num[ăa]r(?:ul)?(?:[ ]+(?:de[ ]+)?(?:dosar|referin[țţt][ăa]|înregistrare))?"
    r"|dossiernummer|kenmerk|zaaknummer|klantnummer"
    # Welsh: cyfeirnod (reference), rhif achos / cyfeirnod (case / reference number)
    r"|cyfeirnod|rhif[ ]+(?:achos|cyfeirnod|cais)"
    r")(?![\p{L}])"  # a whole word: "numeracy", "dossiers" are no cue
    # "nr." / "n°" / "nº" / "no" after the cue word ("dosar nr.", "numéro n°")
    r"(?:[ ]*(?:nr|n[°º]|no)\b\.?)?"
)
# Another language's "nr." after any noun ("Sprawa nr 123/2024", "Bescheid Nr. 4471-22").
_NR = r"(?<![\p{L}\p{N}])\p{L}{3,20}[ ]+(?:nr\.?|n[°º])"
_GAP = r"[ ]*(?:[:#=\-–][ ]*)?"
# A German court's file number: chamber, register letter(s), serial, two-digit year ("3 K 118/23", "12 C 331/22").
_COURT = r"\d{1,3}[ ](?-i:[A-Z][A-Za-z]{0,2})[ ]\d{1,5}/\d{2}(?!\d)"
_TOKEN = r"[A-Za-z0-9]+(?:[/\-.][A-Za-z0-9]+)*"


class ForeignReferenceRecognizer(UkPatternRecognizer):
    ENTITY = "CASE_REF"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [
        Pattern("reference after another language's cue",
                rf"(?:{_CUE}|{_NR}){_GAP}(?P<id>{_COURT}|{_TOKEN})(?![\p{{L}}\p{{N}}/\-])", 0.8),
    ]
    CONTEXT = ["nr", "numer", "numéro", "número", "dosya", "dossier"]

    def keep_pattern(self, pattern_name: str, text: str) -> bool:
        return _ANY_CUE.search(text) is not None  # most texts hold none of these words: spare the alternation

    def keep(self, pattern_name: str, found: str) -> bool:
        if _UK_PHONE.fullmatch(found):
            return False  # a telephone number after "numer": the telephone recognizers' to type
        return _COURT_AT.fullmatch(found) is not None or code_shaped(found)

    def find(self, text):  # type: ignore[no-untyped-def]
        for span in super().find(text):
            end = code_end(text, span.start, span.end)
            yield span if end == span.end else span.__class__(span.start, end, span.type, span.score, span.source)


_COURT_AT = regex.compile(_COURT)
_UK_PHONE = regex.compile(r"(?:\+44|0)\d{9,10}")
_ANY_CUE = regex.compile(
    r"(?i)(?<![\p{L}])(?:sygn|numer(?![a-z])|aktenz|az\.|gesch[äa]ftsz|\p{L}*nummer|referenz|num[ée]ro|n[úu]mero|réf|refé"
    r"|dossier|expediente|processo|pratica|protocollo|dosya|ba[şs]vuru|referans|dosar|num[ăa]r|kenmerk"
    r"|cyfeirnod|rhif|nr\.?[ ]|n[°º])")
