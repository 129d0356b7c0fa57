"""Our UK recognizers, one per file; each is a Presidio ``PatternRecognizer`` with a fast ``find``."""

from __future__ import annotations

from redaction.text.recognizers._base import UkPatternRecognizer
from redaction.text.recognizers.address import UkAddressRecognizer
from redaction.text.recognizers.bank import UkAccountNumberRecognizer, UkSortCodeRecognizer
from redaction.text.recognizers.birth_after_name import BirthAfterNameRecognizer
from redaction.text.recognizers.boxed_birth_date import BoxedBirthDateRecognizer
from redaction.text.recognizers.birth_context import UkBirthContextRecognizer
from redaction.text.recognizers.birth_cue import UkBirthCueRecognizer
from redaction.text.recognizers.case_ref import UkCaseRefRecognizer
from redaction.text.recognizers.cued_code import UkCuedCodeRecognizer
from redaction.text.recognizers.foreign_reference import ForeignReferenceRecognizer
from redaction.text.recognizers.cued_given_name import CuedGivenNameRecognizer
from redaction.text.recognizers.cued_ids import UkHospitalNumberRecognizer, UkSocialCareIdRecognizer
from redaction.text.recognizers.cued_national_numbers import UkCuedNationalNumberRecognizer
from redaction.text.recognizers.date import UkDateRecognizer
from redaction.text.recognizers.date_of_birth import UkDateOfBirthRecognizer
from redaction.text.recognizers.email import UkEmailRecognizer
from redaction.text.recognizers.field_person import EXACT_SCORE, UkFieldPersonRecognizer
from redaction.text.recognizers.field_place import UkFieldPlaceRecognizer
from redaction.text.recognizers.given_name import GivenNameRecognizer
from redaction.text.recognizers.health_numbers import UkChiNumberRecognizer, UkHcNumberRecognizer
from redaction.text.recognizers.informal import UkInformalPersonRecognizer
from redaction.text.recognizers.initials import UkInitialsRecognizer
from redaction.text.recognizers.surname_initials import SurnameInitialsRecognizer
from redaction.text.recognizers.lowercase_pair_names import LowerCasePairNamesRecognizer
from redaction.text.recognizers.lowercase_role_name import LowerCaseRoleNameRecognizer
from redaction.text.recognizers.lowercase_cued_name import LowerCaseCuedNameRecognizer
from redaction.text.recognizers.lowercase_given_name import LowerCaseGivenNameRecognizer
from redaction.text.recognizers.nhs_number import UkNhsNumberRecognizer
from redaction.text.recognizers.ocr_name import OcrNameRecognizer
from redaction.text.recognizers.ni_number import UkNiNumberRecognizer
from redaction.text.recognizers.person import UkPersonPatternRecognizer
from redaction.text.recognizers.partial_birthday import UkPartialBirthdayRecognizer
from redaction.text.recognizers.phone import UkPhoneRecognizer
from redaction.text.recognizers.place import PlaceNameRecognizer
from redaction.text.recognizers.place_capitals import CapitalsPlaceRecognizer
from redaction.text.recognizers.phone_any import AnyCountryPhoneRecognizer
from redaction.text.recognizers.record_number import UkRecordNumberRecognizer
from redaction.text.recognizers.reference_layouts import ReferenceLayoutRecognizer
from redaction.text.recognizers.kin_place import KinPlaceRecognizer
from redaction.text.recognizers.residence_place import ResidencePlaceRecognizer
from redaction.text.recognizers.rural_address import RuralAddressRecognizer
from redaction.text.recognizers.postcode import UkAnyPostcodeRecognizer
from redaction.text.recognizers.school import UkSchoolRecognizer
from redaction.text.recognizers.school_cue import UkSchoolCueRecognizer
from redaction.text.recognizers.school_forms import UkSchoolFormsRecognizer
from redaction.text.recognizers.saint_school import SaintSchoolRecognizer
from redaction.text.recognizers.ocr_words import OcrWordsRecognizer
from redaction.text.recognizers.school_apposition import SchoolAppositionRecognizer
from redaction.text.recognizers.school_informal import InformalSchoolRecognizer
from redaction.text.recognizers.school_number import UkSchoolNumberRecognizer
from redaction.text.recognizers.social_handle import UkSocialHandleRecognizer
from redaction.text.recognizers.spaced_fields import SpacedFieldPersonRecognizer
from redaction.text.recognizers.speaker import UkSpeakerRecognizer
from redaction.text.recognizers.surname import SurnameRecognizer
from redaction.text.recognizers.table import UkTableRecognizer, header_lines
from redaction.text.recognizers.spoken_numbers import OcrNumberRecognizer, SpokenNumberRecognizer
from redaction.text.recognizers.uln import UkUlnRecognizer
from redaction.text.recognizers.upn import UkUpnRecognizer
from redaction.text.recognizers.vehicle import UkNumberPlateRecognizer
from redaction.text.recognizers.world_address import WorldAddressRecognizer
from redaction.text.recognizers.word_name_pair import WordNamePairRecognizer
from redaction.text.recognizers.word_name_subject import WordNameSubjectRecognizer
from redaction.text.recognizers.list_siblings import ListSiblingsRecognizer
from redaction.text.recognizers.lowercase_address import LowerCaseAddressRecognizer
from redaction.text.recognizers.welsh import WelshPatronymicRecognizer, WelshSchoolRecognizer

__all__ = [
    "EXACT_SCORE",
    "AnyCountryPhoneRecognizer",
    "BirthAfterNameRecognizer",
    "BoxedBirthDateRecognizer",
    "CapitalsPlaceRecognizer",
    "CuedGivenNameRecognizer",
    "WordNameSubjectRecognizer",
    "WordNamePairRecognizer",
    "ListSiblingsRecognizer",
    "LowerCaseAddressRecognizer",
    "ForeignReferenceRecognizer",
    "GivenNameRecognizer",
    "InformalSchoolRecognizer",
    "KinPlaceRecognizer",
    "LowerCaseCuedNameRecognizer",
    "LowerCasePairNamesRecognizer",
    "LowerCaseRoleNameRecognizer",
    "LowerCaseGivenNameRecognizer",
    "UkAccountNumberRecognizer",
    "UkBirthContextRecognizer",
    "UkBirthCueRecognizer",
    "UkChiNumberRecognizer",
    "UkCuedCodeRecognizer",
    "UkCuedNationalNumberRecognizer",
    "UkHcNumberRecognizer",
    "UkHospitalNumberRecognizer",
    "PlaceNameRecognizer",
    "ReferenceLayoutRecognizer",
    "ResidencePlaceRecognizer",
    "SaintSchoolRecognizer",
    "SchoolAppositionRecognizer",
    "OcrWordsRecognizer",
    "RuralAddressRecognizer",
    "SpacedFieldPersonRecognizer",
    "SurnameRecognizer",
    "UkPartialBirthdayRecognizer",
    "UkSocialCareIdRecognizer",
    "UkSocialHandleRecognizer",
    "UkSortCodeRecognizer",
    "UkNumberPlateRecognizer",
    "WelshPatronymicRecognizer",
    "WelshSchoolRecognizer",
    "UkAddressRecognizer",
    "UkAnyPostcodeRecognizer",
    "UkCaseRefRecognizer",
    "UkDateOfBirthRecognizer",
    "UkDateRecognizer",
    "UkEmailRecognizer",
    "UkFieldPersonRecognizer",
    "UkFieldPlaceRecognizer",
    "UkInformalPersonRecognizer",
    "UkInitialsRecognizer",
    "UkNhsNumberRecognizer",
    "UkNiNumberRecognizer",
    "UkPatternRecognizer",
    "UkPersonPatternRecognizer",
    "UkPhoneRecognizer",
    "UkRecordNumberRecognizer",
    "OcrNameRecognizer",
    "OcrNumberRecognizer",
    "SpokenNumberRecognizer",
    "SurnameInitialsRecognizer",
    "UkSchoolCueRecognizer",
    "UkSchoolFormsRecognizer",
    "UkSchoolNumberRecognizer",
    "UkSchoolRecognizer",
    "UkSpeakerRecognizer",
    "UkTableRecognizer",
    "UkUlnRecognizer",
    "UkUpnRecognizer",
    "WorldAddressRecognizer",
    "header_lines",
    "identifier_recognizers",
]


def identifier_recognizers() -> list[UkPatternRecognizer]:
    """One instance of every recognizer of an identifier (the date recognizer is opt-in)."""
    return [
        # CHI and H&C numbers share the NHS number's checksum: listed first, they win a tie with it.
        UkChiNumberRecognizer(), UkHcNumberRecognizer(),
        UkNhsNumberRecognizer(), UkUlnRecognizer(), UkNiNumberRecognizer(), UkUpnRecognizer(),
        UkAnyPostcodeRecognizer(), UkPhoneRecognizer(), UkEmailRecognizer(), UkDateOfBirthRecognizer(),
        UkCaseRefRecognizer(), UkAddressRecognizer(), RuralAddressRecognizer(), UkSchoolRecognizer(), UkSchoolNumberRecognizer(),
        UkSchoolCueRecognizer(), UkSchoolFormsRecognizer(), InformalSchoolRecognizer(), SaintSchoolRecognizer(),
        SchoolAppositionRecognizer(), OcrWordsRecognizer(),
        UkFieldPlaceRecognizer(),
        UkPersonPatternRecognizer(), UkTableRecognizer(), UkFieldPersonRecognizer(), SpacedFieldPersonRecognizer(), UkInformalPersonRecognizer(),
        UkInitialsRecognizer(), SurnameInitialsRecognizer(), UkSpeakerRecognizer(),
        AnyCountryPhoneRecognizer(), UkHospitalNumberRecognizer(), UkSocialCareIdRecognizer(),
        UkSocialHandleRecognizer(), UkNumberPlateRecognizer(), UkSortCodeRecognizer(),
        UkAccountNumberRecognizer(), UkRecordNumberRecognizer(), UkCuedCodeRecognizer(), ForeignReferenceRecognizer(),
        ReferenceLayoutRecognizer(), UkPartialBirthdayRecognizer(),
        UkBirthContextRecognizer(), BirthAfterNameRecognizer(), BoxedBirthDateRecognizer(), UkBirthCueRecognizer(), UkCuedNationalNumberRecognizer(), WelshSchoolRecognizer(),
        WelshPatronymicRecognizer(),
        PlaceNameRecognizer(), CapitalsPlaceRecognizer(), ResidencePlaceRecognizer(), KinPlaceRecognizer(),
        WorldAddressRecognizer(),
        LowerCaseAddressRecognizer(), GivenNameRecognizer(), CuedGivenNameRecognizer(), WordNameSubjectRecognizer(),
        WordNamePairRecognizer(),
        ListSiblingsRecognizer(), SurnameRecognizer(),
        LowerCaseGivenNameRecognizer(), LowerCaseCuedNameRecognizer(), LowerCaseRoleNameRecognizer(), LowerCasePairNamesRecognizer(),
        SpokenNumberRecognizer(), OcrNumberRecognizer(), OcrNameRecognizer(),
    ]
