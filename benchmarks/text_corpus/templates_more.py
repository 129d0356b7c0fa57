"""Second-round genres: minutes with initials, registers, informal lower-case messages, hospital letters,
labelled forms of many layouts and tribunal decisions. Same conventions as ``templates.py``."""

from __future__ import annotations

__all__ = ["MORE_GENRES", "MORE_PDF_LIKE"]

MINUTES = (
    ["Multi-agency meeting - minutes\nRe: {child.first} {child.last}, {dob.label}\nDate: {date0}\n{present}\n",
     "TEAM AROUND THE FAMILY (TAF) MEETING\nChild: {child.capsfirst}   D.O.B: {dob}\n{present}\n"],
    [
        "1. Introductions\n{officer.initials} welcomed everyone and explained the purpose of the meeting. "
        "{mother.initials} said the last month had been very difficult at home.\n\n",
        "2. School update\n{senco.initials} reported that {child.first} is attending 3 mornings a week. "
        "{teacher.initials} added that {child.first} copes better in the {!nurture} group.\n\n",
        "3. Health\n{!Down syndrome} and {!hypermobility} were noted; {psychologist.initials} will complete the "
        "{!Boxall Profile} and a {!Vineland} assessment. No concerns about {!Rett syndrome} were raised.\n\n",
        "4. Family views\n{mother.initials} and {father.initials} (parents) want {child.first} to stay at "
        "{school.short}. {father.dotted} asked about transport.\n\n",
        "Actions:\n- {senco.initials} to refer to {!CAMHS} by {date1}\n- {officer.initials} to draft the plan\n"
        "- {mother.initials} to share the letter from {doctor.title}\n\n",
    ],
    ["Next meeting: {date2}. Minutes: {other3.initials}. {page}\n"],
)

REGISTER = (
    ["{!SEN Support} register - {~la}\nPrinted {date0}\n\n{register}\n",
     "Children with {!EHC plans}: annual review schedule\n{register}\n"],
    [
        "Notes: {child.first} - review brought forward at {mother.title}'s request.\n\n",
        "{!Will} you check the DOBs against {!SIMS} before the census? {!Mark making} data to follow.\n\n",
    ],
    ["Prepared by {senco.init}. {page}\n"],
)

INFORMAL = (
    ["Voicemail transcript {date0} 09:12\n", "Text message received {date0}\n", "Web enquiry form\n",
     "My views (written by {child.first.lower} with help from {teacher.first})\n"],
    [
        "hi its {mother.lower} {child.first.lower}'s mum, can u ring me back on {phone} when u get a sec, thanks\n\n",
        "hello my name is {mother.lower} and im ringing about my {son} {child.first.lower}. {he} goes to "
        "{school.short} and theyre saying he has to go home at dinner\n\n",
        "my name is {child.lower} and i am {age}. i like minecraft and my dog. i dont like it when its loud\n\n",
        "spoke to {father.first.lower} this morning, {mother.first.lower} was at work. rang {senco.first.lower} "
        "after, no answer\n\n",
        "its {mother.first.lower} again sorry. {sibling.first.lower} has got a appointment with the {!paediatrician} "
        "on {date1} so we cant do tuesday. will you let {senco.title} know x\n\n",
        "hiya, {mother.first.lower} here ({child.first.lower}s mum). our address is {addr.street} {postcode} "
        "if u need it for the form\n\n",
        "{!grace} period for the appeal ends soon. my mum {mother.first.lower} will help me fill it in\n\n",
    ],
    ["sent from my phone\n", "[end of message]\n", "\n"],
)

HOSPITAL = (
    ["Children's Outpatients\n{~la}\n\n{date0}\n\nRE: {child.caps}\nD.O.B.: {dob}    Hosp No: {hosp}\n"
     "NHS No: {nhs}\n{addr.caps}, {town.caps} {postcode}\n\n",
     "Private & Confidential\nPatient: {child.whole}\nDate of Birth {dob}\nHospital number: {hosp}    "
     "NHS: {nhs}\nAddress: {addr.multi}\n\n"],
    [
        "Dear Dr {officer.last},\nThank you for referring {child.first}, who I saw today with {his} mother "
        "{mother.first}. {child.first} was born at 34 weeks; {he} has a diagnosis of {!Down syndrome} and "
        "{!Duchenne muscular dystrophy} has been excluded.\n\n",
        "{mother.title} can be contacted on {phone}. The family live at {addr.abbr}.\n\n",
        "I discussed {!Asperger's syndrome} and {!Tourette's} with {mother.first}; neither fits. A {!Conners 3} "
        "questionnaire has been sent to {school} (DfE {dfe}).\n\n",
        "Physiotherapy at {office} will continue. Please ring {phone2} with any questions.\n\n",
    ],
    ["Yours sincerely\n\n{doctor.tfull}\nConsultant Paediatrician\n", "{doctor.tfull}\n{!Consultant} | {!Paediatrics}\n"],
)

FORM = (
    ["REQUEST FOR STATUTORY ASSESSMENT\nName of child/young person: {child.whole}\nDate of birth: {dob}\n"
     "Parent/carer: {mother.tfull}\nAddress: {addr.multi}\nTel: {phone}\n\n",
     "Surname: {child.last.caps}    Forename(s): {child.first}\nKnown as: {child.first}    D.O.B {dob}\n"
     "Mother: {mother}    Father: {father}\nHome address: {addr}\nSchool: {school} (DfE no. {dfe})\n\n",
     "Pupil name: {child}\nDoB: {dob}\nParent / carer name(s): {mother} and {father}\nAddress:\n{addr.block}\n\n",
     "Child's name {child.whole}    Date of Birth {dob}\nYoung person: {child.first}\nMother: {mother.whole}\n"
     "Contact number: {phone}\n\n"],
    [
        "Please describe your child's needs: {child.first} has {!Williams syndrome}. {He} needs adult support for "
        "all transitions. {!Will} the assessment include {!speech and language therapy}?\n\n",
        "Other professionals involved: {psychologist.tfull} (EP), {office}; {doctor.tfull}.\n\n",
        "Siblings: {sibling.whole} (born {sibling.dob})\n\n",
        "Name of GP practice: {!Riverside Medical Practice}\nSchool name: {school}\n\n",
        "Signed: {mother}    Relationship to child: {!Mother}    Date: {date1}\n\n",
    ],
    ["For office use: ref {ref}\n", "Return to: {officer}, {!SEND Team}, {office}\n"],
)

DECISION = (
    ["FIRST-TIER TRIBUNAL\nHEALTH, EDUCATION AND SOCIAL CARE CHAMBER\nSPECIAL EDUCATIONAL NEEDS AND DISABILITY\n\n"
     "Appeal no: {tribunal_ref}\n\n{mother.initials} and {father.initials}\n(Appellants)\n-v-\n{~la}\n(Respondent)\n\n",
     "Tribunal ref {tribunal_ref}\nBetween {mother.initials} and {father.initials} (Appellants) and the "
     "{!Local Authority} (Respondent)\n\n"],
    [
        "1. The appellants are the parents of {child.initials}, born {dob}, who attends {school.short}.\n\n",
        "2. {child.initials} has {!Prader-Willi syndrome}. The parties agree {child.dotted} needs a "
        "{!speech and language therapy} programme.\n\n",
        "3. {mother.initials} gave evidence for the appellants. The {!Local Authority} was represented by "
        "{officer.tfull}.\n\n",
        "4. We were referred to {!section 39} of the {!Children and Families Act 2014} and to {!Ehlers-Danlos "
        "syndrome} literature.\n\n",
    ],
    ["Judge {other4.last}\nDate of decision: {date2}\n"],
)

MORE_GENRES = {"minutes": MINUTES, "register": REGISTER, "informal": INFORMAL, "hospital_letter": HOSPITAL,
               "form": FORM, "tribunal_decision": DECISION}
MORE_PDF_LIKE = frozenset({"hospital_letter", "form", "tribunal_decision"})
