"""Document templates, one genre each: a head, a body of paragraphs (a random subset, in order) and a
foot. ``{!…}`` marks the tricky negatives that must survive redaction."""

from __future__ import annotations

__all__ = ["GENRES", "PDF_LIKE"]

EHC_PLAN = (
    ["{!Education, Health and Care Plan}\n{~Section A}: The views, interests and aspirations of {child} and {his} parents\n\n"
     "Name: {child}\nDate of birth: {dob}\nNHS number: {nhs}\nUPN: {upn}\nHome address:\n{addr.block}\n"
     "Parent/carer: {mother.tfull}\nTelephone: {phone}\nEmail: {email}\nCurrent setting: {school}\nLA reference: {ref}\n\n",
     "{~la} — {!Education, Health and Care Plan} (final)\nCase reference: {ref}\n"
     "Child: {child}   Date of birth: {dob}   UPN: {upn}\nParent: {mother}, {addr}. Telephone {phone}.\n"
     "{!OFFICIAL-SENSITIVE}   {page}\n\n"],
    [
        "{child.first} is a friendly and curious {age}-year-old who loves trains and swimming. {He} has a diagnosis of "
        "{!autism} ({!ASD}) and {!ADHD}, made by the {!Child Development Centre} in {date0}.\n\n",
        "{mother.first} told us: \"{child.first} finds the noise of the dining hall overwhelming. At home {he} needs a "
        "visual timetable and warnings before any change.\" {father.tfull} added that {child.poss} sleep is poor.\n\n",
        "{!Section B}: Special educational needs. {child.first} has significant difficulties with communication and "
        "interaction. Assessments by {psychologist.tfull}, {!Educational Psychologist}, show processing speed below the "
        "2nd percentile. {child.poss} reading age is two years behind {his} chronological age.\n\n",
        "{!Section F}: Provision. {child.first} will receive 25 hours of support from a {!teaching assistant} "
        "trained in {!Makaton}; weekly {!speech and language therapy} (30 minutes) delivered by the {!NHS} trust; "
        "a personal budget of {money} per year. This provision is specified under {!section 37} of the "
        "{!Children and Families Act 2014}.\n\n",
        "{!Section I}: Placement. The {!local authority} names {school} ({school.short}) as the setting. "
        "{senco.tfull}, {!SENCo}, confirmed the school can meet need. Contact: {school.email}.\n\n",
        "Health advice was provided by {doctor.tfull}, Consultant Paediatrician ({!CAMHS} liaison). "
        "{doctor.title} recommended a review of medication for {!ADHD} in {date1}.\n\n",
        "{!OFFICIAL-SENSITIVE}   {child.reg}   {page}\n"
        "{child.first} says he likes his teaching assistant, {teacher.tfull}, because she explains things twice. "
        "{child.poss} mum would like {him} to stay at {school.short} with {his} friends.\n\n",
    ],
    ["This plan was finalised on {date2} by {officer}, {!EHC Co-ordinator}, {~la}. {page}\n"],
)

ANNUAL_REVIEW = (
    ["{!Annual Review} Meeting Notes\nChild: {child.reg}   D.O.B. {dob}   Year {year}\nSchool: {school}\n"
     "Date of meeting: {date0}\nPresent: {mother.tfull} (Mum), {senco} (SENCo), {teacher} (class teacher), "
     "{officer.title} ({!SEN Officer})\n\n"],
    [
        "1. Progress since last review\n{teacher.first} reported that {child.first} has settled well in Year {year}. "
        "{He} now completes written tasks with a scribe. Phonics assessment shows progress from phase 3 to phase 4.\n\n",
        "2. Parent views\n{mother.title} said that {child.first} still struggles on the bus and arrives distressed. "
        "{mother.first} asked whether transport could be reviewed under the {!Education Act 1996} {!section 508B}.\n\n",
        "3. Views of the child\n{child.first} said: \"I like Lego club and Mr {teacher.last}'s reading group. I don't "
        "like the hall.\" {child.caps} drew a picture of {his} brother {sibling.first}.\n\n",
        "4. Outcomes\nOutcome 2 (communication) partly achieved. {!SALT} input from the {!NHS} to continue. "
        "{senco.first} will apply for top-up funding of {money}.\n\n",
        "{sibling.first} will be joining Reception in September, so mornings will be busier.\n\n",
        "5. Actions\n- {senco.init} to update the {!one-page profile} by {date1}.\n- {officer.tfull} to send the "
        "amended draft plan within 4 weeks ({!Code of Practice} 9.176).\n- {mother.first} to share the {!CAMHS} letter.\n\n",
    ],
    ["Next review: {date2}. Notes taken by {teacher.init}. {page}\n"],
)

SCHOOL_REPORT = (
    ["{school}\nEnd of Year Report {!2023-24}\n\nPupil: {child}    UPN: {upn}    Class: {teacher.title}'s class\n\n",
     "{school} — End of Year Report\n{school.addr} · Tel {phone2} · {school.office}\n"
     "Pupil: {child}   Class: Year {year}, {teacher.title}\n\n"],
    [
        "English: {child.first} has worked hard on {his} handwriting this year and can now write a paragraph "
        "independently. {He} enjoys reading with {teacher.first} in small groups.\n\n",
        "Maths: {child.poss} number sense has improved. {He} uses concrete resources confidently and is "
        "beginning to explain {his} reasoning.\n\n",
        "Personal development: {child.first} is a kind friend. {He} sometimes finds unstructured times difficult, "
        "and the {!ELSA} sessions with {senco.title} have helped. {His} attendance is 91%.\n\n",
        "SEN support: {child.first} has an {!EHC plan} for {!dyslexia} and {!developmental coordination disorder}. "
        "Provision is reviewed each term with {mother.title} and {father.title}.\n\n",
        "Teacher's comment: It has been a pleasure to teach {child.first}. Well done!\n{teacher.tfull}\n\n",
    ],
    ["Headteacher: {officer.tfull}\n{school.office} | Tel {phone2}\n{page}\n",
     "Class teacher: {teacher.mid}    Headteacher: {officer.init}\n{school}, {school.addr} · {phone2} ·\n"
     "{school.office}\n"],
)

LA_LETTER = (
    ["{~la}\n{!SEND} Assessment Team\nCounty Offices\n\nOur ref: {ref}\n{date0}\n\n{mother.tfull}\n{addr.block}\n\n"
     "Dear {mother.title},\n\nRe: {child}, date of birth {dob}\n\n"],
    [
        "Thank you for your request for an {!Education, Health and Care needs assessment} for {child.first}, "
        "received on {date1}. Under {!section 36} of the {!Children and Families Act 2014}, the {!local authority} "
        "must decide within 6 weeks whether to carry out an assessment.\n\n",
        "We have consulted {school} and {senco.tfull}, who provided evidence of {child.poss} needs, including "
        "the {!SEN support} plan and reports from the {!Educational Psychology Service}.\n\n",
        "Having considered the evidence, the panel has decided to proceed with the assessment. {psychologist.tfull} "
        "will contact you to arrange a visit. Advice will also be sought from {doctor.tfull} and from {!CAMHS}.\n\n",
        "If you disagree with any decision, you have the right of appeal to the {!First-tier Tribunal} "
        "({!SENDIST}). You must first consider mediation and obtain a certificate.\n\n",
    ],
    ["If you have any questions please contact me on {phone2}.\n\nYours sincerely,\n\n{officer}\n{!EHC Co-ordinator}\n",
     "Yours sincerely,\n{officer}\n{!EHC Co-ordinator}\nDirect line: {phone2}\nEmail: {officer.email}\n"
     "cc: {senco.tfull}, {!SENCo}, {school}; {psychologist.tfull}, {!Educational Psychologist}\n{page}\n"],
)

TRIBUNAL = (
    ["{!First-tier Tribunal} ({!Special Educational Needs and Disability})\nAppeal number: {tribunal_ref}\n\n"
     "{child.reg} (the child)\n{mother} (Appellant)\nv\n{~la} (Respondent)\n\nHearing notes - {date0}\n\n"],
    [
        "Present for the appellant: {mother.tfull} and {father.tfull}, supported by an {!IPSEA} volunteer. "
        "For the {!local authority}: {officer.tfull}, {!SEN Team Manager}.\n\n",
        "The judge summarised the issues: the description of needs in {!Section B}, the provision in "
        "{!Section F} and the placement named in {!Section I}. The parents seek {school}; the LA proposes a "
        "mainstream placement.\n\n",
        "{psychologist.tfull} gave evidence that {child.first} has a severe {!language disorder}. Cross-examined by "
        "{officer.title}, {psychologist.title} accepted that {child.poss} cognitive profile is uneven.\n\n",
        "{mother.title} described a typical morning: {child.first} refuses to dress, hides under the table and "
        "cannot be calmed for an hour. She referred to the {!Equality Act 2010} and to {!regulation 12}.\n\n",
        "The panel adjourned at 12.40. The decision will be sent within 10 working days. Costs of {money} for "
        "the independent report were not claimed.\n\n",
    ],
    ["Notes: {senco.init} (observer). {page}\n"],
)

CALL_NOTES = (
    ["Call log - {!SENDIASS}\nDate: {date0}  Caller: {mother} ({phone})\nRe: {child.first} (DOB {dob}), {school.short}\n\n",
     "Telephone note — {date0}, 10:40\nCaller: {mother} (mum of {child.first}, Year {year}, {school}), {phone}.\n"
     "{mother.first} is worried that the draft {!EHC plan} ({ref}) removes {child.poss} speech and language sessions.\n\n"],
    [
        "{mother.first} rang upset because {child.first} has been sent home early three times this week. School "
        "said {he} hit a {!TA}. {mother.first} thinks it is linked to changes in {his} timetable.\n\n",
        "Advised {mother.first} about exclusion guidance: informal 'sent home' is unlawful; any exclusion "
        "must be formal. Talked through asking for an early {!annual review}.\n\n",
        "{mother.first} said {father.first} is working away and she is struggling. {sibling.first} (older sibling) "
        "helps with the school run. Signposted to the {!Parent Carer Forum} and to {!Early Help}.\n\n",
        "Agreed I will email a template letter to {email} and call back on {date1}. {mother.first} consented to "
        "me speaking to {senco.title} at school.\n\n",
        "Spoke to {senco} on {phone2}. {senco.first} agreed to meet on {date2}; will look at a reduced timetable "
        "only with a clear plan for reintegration.\n\n",
        "{sibling.first} is starting secondary school in September and is anxious too. {father.first} can "
        "come to the next meeting.\n\n",
    ],
    ["Time spent: 45 minutes. Logged by {teacher.first}.\n"],
)

EMAIL = (
    ["From: {mother} <{email}>\nTo: {senco.init} <{school.email}>\nSent: {date0}\nSubject: {child.first} - "
     "worries about next week\n\nHi {senco.first},\n\n"],
    [
        "I hope you are well. I wanted to let you know that {child.first} had a really hard weekend. "
        "{He} has been saying {he} doesn't want to go to school because of the supply teacher.\n\n",
        "Could we meet before the {!annual review}? {father.first} can come on Tuesday after 3pm. "
        "Our new address is {addr} if the letters need updating.\n\n",
        "The {!CAMHS} appointment for {child.poss} {!ADHD} medication is on {date1}, so {he} will miss the morning.\n\n",
        "Also, {sibling.first} said {child.first} was upset at lunch - is there a quiet space {he} can use? "
        "The {!Ofsted} report mentioned a sensory room.\n\n",
        "Sorry for the long email. You can ring me on {phone} any time after 2.\n\n",
    ],
    ["Kind regards,\n{mother}\n"],
)

MEDICAL = (
    ["{!Paediatric Department}\nCommunity Child Health\n\n{date0}\n\nPrivate and confidential\n{!GP}: Dr {officer.last}\n\n"
     "Patient: {child.caps}\nDOB: {dob}\nNHS No: {nhs}\nAddress: {addr}\n\n"],
    [
        "I reviewed {child.first} in clinic today with {his} mother, {mother.tfull}. {child.first} is {age} and "
        "attends {school}.\n\n",
        "Diagnoses: {!Autism spectrum disorder}; {!Attention deficit hyperactivity disorder}; {!hypermobility}. "
        "Current medication: {!methylphenidate} 18 mg mane.\n\n",
        "Weight 31 kg (50th centile). Blood pressure normal. {mother.first} reports improved concentration at school "
        "but poor appetite at lunch.\n\n",
        "Plan: continue current dose; review in 6 months. I have written to {senco.tfull} at school with advice for "
        "the {!EHC needs assessment}. Referral to {!occupational therapy} for handwriting.\n\n",
    ],
    ["Yours sincerely,\n\n{doctor.tfull}\nConsultant Community Paediatrician\ncc: {mother.title}, {addr.street}; "
     "{!SENCo}, {school}\nTel {phone2}\n"],
)

REFERRAL_FORM = (
    ["{!Early Help} Referral Form\u00a0\u00a0 {!OFFICIAL-SENSITIVE}\n"
     "Child's name: {child}\u00a0\u00a0 DOB: {dob}\u00a0\u00a0 NHS No: {nhs}\n"
     "Parent/carer: {mother}\u00a0\u00a0 {!Relationship}: {!Mother}\u00a0\u00a0 NI number: {ni}\n"
     "Address: {addr}\u00a0\u00a0 Tel: {phone}\u00a0\u00a0 Email: {email}\n"
     "School: {school}\u00a0\u00a0 UPN: {upn}\u00a0\u00a0 Year group: {year}\n\n",
     "REFERRAL FOR {!SPECIALIST TEACHER} SUPPORT\nName {child.reg} D.O.B. {dob} {!Gender} {!Male/Female}\n"
     "Home address {addr.block}\nParent/carer {mother.tfull} Tel {phone}\nSchool {school} Ref {ref}\n\n"],
    [
        "Reason for referral: {child.first} is finding transitions very hard. {mother.first} reports "
        "sleep difficulties and {!meltdowns} after school.\n\n",
        "Other agencies involved: {psychologist.tfull} ({!EP}); {doctor.tfull} ({!paediatrician}); "
        "{!CAMHS} (waiting list).\n\n",
        "{father.first} can come to meetings on Fridays. {sibling.first} also attends {school.short}.\n\n",
        "Views of the child: \"I like drawing maps of train lines.\" ({child.first}, age {age})\n\n",
    ],
    ["Consent: I agree to this referral being shared with the agencies named above.\n"
     "Signed: {mother.init}\u00a0\u00a0\u00a0 Date: {date1}\u00a0\u00a0\u00a0 Method: {!in person}\n"
     "Referrer: {senco.tfull}, {!SENCo}\u00a0\u00a0 {school.email}\n{page}\n"],
)

POST16_REVIEW = (
    ["{!Post-16} Annual Review \u2014 {!Further Education}\nYoung person: {child}\u00a0\u00a0 ULN: {uln}\u00a0\u00a0 "
     "DOB: {dob}\nNational Insurance number: {ni}\nCollege: {school}\u00a0\u00a0 Course: {!Entry Level 3 Catering}\n"
     "Parent: {mother.tfull}\u00a0\u00a0 Tel: {phone}\nCase ref: {ref}\n\n",
     "PREPARING FOR ADULTHOOD REVIEW\n{child.caps}\u00a0\u00a0 ULN {uln}\u00a0\u00a0 NI No. {ni}\n"
     "Address: {addr}\nLearning provider: {school}\n\n"],
    [
        "{child.first} has settled into college and travels independently on the bus twice a week. "
        "{His} tutor, {teacher.tfull}, reports good attendance (96%).\n\n",
        "{mother.title} said that {child.first} needs help with money and cooking. The {!Preparing for "
        "Adulthood} outcomes were updated: {!supported internship} from September.\n\n",
        "{child.first} applied for {!Personal Independence Payment} using {his} National Insurance number "
        "{ni}; {mother.first} is {his} appointee.\n\n",
        "Learner record checked against ULN {uln}; qualifications: {!Functional Skills English Entry 3}.\n\n",
        "{officer.tfull}, {!Post-16 SEN Officer}, will amend the plan to name {school} for a further year.\n\n",
    ],
    ["Review chaired by {officer}. {page}\n",
     "Signed: {officer.init}\u00a0\u00a0 {!Post-16 SEN Officer}\u00a0\u00a0 Date: {date2}\ncc: {mother.tfull}; {teacher.tfull}\n"],
)

GENRES = {
    "ehc_plan": EHC_PLAN, "annual_review": ANNUAL_REVIEW, "school_report": SCHOOL_REPORT,
    "la_letter": LA_LETTER, "tribunal_notes": TRIBUNAL, "call_notes": CALL_NOTES,
    "email": EMAIL, "medical_letter": MEDICAL, "referral_form": REFERRAL_FORM, "post16_review": POST16_REVIEW,
}

# Genres laid out like text extracted from a PDF: lines hard-wrapped at a page width.
PDF_LIKE = frozenset({"ehc_plan", "school_report", "la_letter", "medical_letter", "referral_form", "post16_review"})
