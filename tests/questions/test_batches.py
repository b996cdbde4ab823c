"""The held-out batches, judged as benchmarks/questions.py judges them: floors that keep what was won.

The tuning batches (``batch_*``) and the blind one (``blind_*``) are reported apart; the blind
batch is never read to tune anything, and its floor only guards against a regression there.
Whatever the figures, a question the text cannot answer about a vote or a membership is never
answered with a statement.
"""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.questions import BATCHES, load_cases, run, shares  # noqa: E402
from bot.core.questions.evidence import DECLINE_THRESHOLD  # noqa: E402
from bot.render.templates import Renderer  # noqa: E402

# Answering every batch takes two minutes: `make test` (and CI) runs it, `make test-fast` does not.
pytestmark = pytest.mark.slow

# Answered correctly, declined correctly. Batch J (deliberate paraphrases, 9/30 answered on first
# contact) pulled the tuning figure from 90 % to 87 %; E, G and I, blind until the second round of
# issue 14 (82 % and 86 % there), joined the tuning batches at 86 % and 95 %.
# The third round added U (paraphrases far from the text, 49/80 answered) and W (a study group's
# questions, 55/71): 90 % and 95 % over every tuning batch.
# Y (vote commentary and paraphrases, 120) then brought the whole to 89.7 % and 94.4 %.
# The fourth round promoted the seven blind batches of earlier rounds (K, L, O, Q, S, T, X: 80 %
# and 88 % there) and added AB (a lycée class, 120): 86.6 % and 93.0 % over every tuning batch.
# The fifth promoted Z, ZA and ZB and added AD (vote traps), AE (a lycée class), AF (English
# only), AG, AI and AK (comment on the vote, most of them traps), AH, AJ, AL and AM (traps near
# the content): 2,206/2,406 (91.7 %) and 1,815/1,854 (97.9 %) over the 4,260 batch questions.
# From the sixth round the paragraph ranker (bot/core/search/ranker.py) trains on the tuning
# batches' questions: their figures are partly in-sample since (2,884/3,038 and 2,214/2,258 at the
# ranker's commit). Held out six ways from its training, they were 2,845 and 2,203; the blind
# batches judge it.
TUNED_FLOORS = (0.89, 0.96)
# The blind batches of earlier rounds, once reported, joined the tuning ones (see above): Z, ZA
# and ZB in the fifth round; ZC, ZD, ZE and ZF (85 % and 92 % at the fifth round's end) in the
# sixth. ZG (a lycée class preparing an oral, 20 % English) and ZH (an international summer school,
# half its questions in English), written blind at the sixth round's start by two new reviewers:
# 95/120 (79 %) and 78/80 (97.5 %) on first contact, measured on the previous round's final code
# (e547137), one false vote statement. ZI (a first-year tutorial group, 30 % English), written
# blind mid-round by a third new reviewer: 52/60 and 38/40 on first contact (6257f14, the
# paragraph ranker's commit; 49/60 and 37/40 on e547137), one false vote statement. ZJ (a Model UN
# team, 40 % English), written late by a fourth: 50/60 and 38/40 on first contact (4aaf22c; 47/60
# and 38/40 on e547137), one false vote statement. The four on the round's last code: 205/240
# (85 %) and 154/160 (96 %); on e547137: 191/240 (80 %) and 153/160. Those four joined the tuning
# batches in the seventh round, when ZK (a law study group, 25 % English) and ZL (an English-taught
# master's, 45 % English), written blind at its start by two new reviewers, became the blind ones:
# 110/120 (92 %) and 76/80 (95 %) on first contact, measured on the sixth round's final code
# (49ba0b1), one false vote statement. ZM (a lycée class, 25 % English), written blind mid-round
# by a third new reviewer: 53/60 and 39/40 on first contact (567bcf0), no false vote statement.
# ZN (a master's seminar, 30 % English), written late by a fourth: 55/60 and 40/40 on first
# contact (0fd1f90), no false vote statement. ZO (a debate club), held out outside the project and
# measured once (54/60, 38/40, one false vote statement), was then read and joined the tuning ones.
# In the eighth round ZK, ZL, ZM and ZN (219/240 and 156/160 at the seventh round's end) joined the
# tuning batches, with ZP (a Model UN, held out outside the project and measured once: 52/60,
# 39/40). ZQ (a first-year class preparing an oral, 30 % English) and ZR (an international school,
# 40 % English), written blind at its start by two new reviewers, became the blind ones: 116/120
# (97 %) and 77/80 (96 %) on first contact, measured on the seventh round's final code (ebd6a35),
# no false vote statement. ZT (a Geneva master's, 35 % English), written blind mid-round by a third
# new reviewer: 55/60 and 37/40 on first contact (57a3682; 54/60 and 37/40 on ebd6a35). ZV (a
# licence class the night before an exam, 30 % English), written late by a fourth: 59/60 and 38/40
# on first contact (3085ec6; 57/60 and 38/40 on ebd6a35).
# In the ninth round those four (230/240 and 153/160 at the eighth round's end) joined the tuning
# batches, with ZS and ZU (two Model UN clubs, held out outside the project). ZW (a class preparing
# the diplomatic service's exams, 30 % English) and ZX (a journalism school's fact-checking
# workshop, claims heard about the text, 40 % English), written blind at its start by two new
# reviewers, became the blind ones: 103/120 (86 %) and 73/80 (91 %) on first contact, measured on
# the eighth round's final code (6cb97e9), one false vote statement. ZZ (a political science class
# with exchange students, 35 % English), written blind mid-round by a third new reviewer: 49/60
# and 40/40 on first contact (30e91ac; the same on 6cb97e9), no false vote statement.
# In the tenth round those three (155/180 and 114/120 at the ninth round's end) joined the tuning
# batches, with ZY and ZZA (a legal clinic and a Model UN team, held out outside the project).
# ZZB (a civics class's messy chat, 25 % English) and ZZC (an English-taught human rights law
# master's, 55 % English), written blind at its start by two new reviewers, became the blind ones:
# 109/120 (91 %) and 77/80 (96 %) on first contact, measured on the ninth round's final code
# (bd6d2a8), one false vote statement. ZZE (a law class working paragraph by paragraph, 35 %
# English), written blind mid-round by a third new reviewer: 54/60 and 35/40 on first contact
# (2e92cea; the same on bd6d2a8), no false vote statement.
# In the eleventh round those three (165/180 and 112/120 at the tenth round's end) joined the
# tuning batches, with BS (journalism students' fact-checks, a tuning batch written this round);
# ZZD and ZZF, held out outside the project last round, were lost with that machine. ZZG (a Model
# UN club preparing a Council simulation, 35 % English) and ZZH (lycée students revising late at
# night, typos and dictation, 15 % English), written blind at its start by two new reviewers,
# became the blind ones: 108/120 (90 %) and 78/80 (97.5 %) on first contact, measured on the tenth
# round's final code (5917734), two false vote statements. ZZJ (classes préparatoires students
# asking about notions in their own words, 25 % English), written blind mid-round by a third new
# reviewer: 57/60 and 35/40 on first contact (059230c; the same on 5917734), two false vote
# statements.
# In the twelfth round those three (166/180 and 114/120 at the eleventh round's end) joined the
# tuning batches, with ZZI (held out outside the project that round: 54/60 and 37/40) and BV and
# BW (tuning batches written this round). ZZK (law students preparing a tutorial, 25 % English)
# and ZZL (a first-year group session, messages with context, 20 % English), written blind at its
# start by two new reviewers, became the blind ones: 105/120 (87.5 %) and 76/80 (95 %) on first
# contact, measured on the eleventh round's final code (4c62d04), no false vote statement. ZZN
# (lycée and BTS students on phones, 20 % English), written blind mid-round by a third new
# reviewer: 53/60 and 39/40 on first contact (6a4d1e7; the same on 4c62d04), none either.
# In the thirteenth round those three (161/180 and 115/120 at the twelfth round's end) joined the
# tuning batches, with ZZM (held out outside the project that round: 52/60 and 39/40) and BX and
# BY (tuning batches written this round: claims inside group-session chat; phone typos and the
# less read paragraphs). ZZO (a cégep Model UN club, 20 % English) and ZZP (master's students
# revising the night before an exam, 25 % English), written blind at its start by two new
# reviewers, became the blind ones: 109/120 (91 %) and 76/80 (95 %) on first contact, measured
# on the twelfth round's final code (0a29e9e), one false vote statement (in ZZO). ZZR (a law
# clinic and debate society preparing a mock Council session, 30 % English), written blind
# mid-round by a third new reviewer: 56/60 and 37/40 on first contact (53b3aa7; the same on
# 0a29e9e), none.
# In the fourteenth round those three (166/180 and 113/120 at the thirteenth round's end, one false
# vote statement, in ZZO) joined the tuning batches; ZZQ, held out outside the project that round,
# was lost with that machine. ZZS (a Belgian lycée class preparing a group presentation, 20 %
# English) and ZZT (an NGO internship cohort in Geneva writing a briefing note, 35 % English),
# written blind at its start by two new reviewers, became the blind ones: 114/120 (95 %) and 74/80
# (92.5 %) on first contact, measured on the thirteenth round's final code (37ce5d9), two false
# vote statements (one in each). ZZV (a Swiss and West African study group two days before an
# oral, 30 % English), written blind mid-round by a third new reviewer: 59/60 and 35/40 on first
# contact (95cff5b; the same on 37ce5d9), one false vote statement.
# In the fifteenth round those three (173/180 and 111/120 at the fourteenth round's end, three
# false vote statements) joined the tuning batches, with ZZU (held out outside the project that
# round: 54/60 and 38/40). ZZW (an IUT class in Lyon preparing a group exposé on phones, 25 %
# English) and ZZX (a bilingual debate club in Brussels preparing a mock Council session, 40 %
# English), written blind at its start by two new reviewers, became the blind ones: 113/120 (94 %)
# and 76/80 (95 %) on first contact, measured on the fourteenth round's final code (944a8cb), no
# false vote statement. ZZZ (a Canadian and Lebanese study group in a late-evening session,
# context before the question, 30 % English), written blind mid-round by a third new reviewer:
# 56/60 and 40/40 on first contact (741df7e; the same on 944a8cb), none.
# In the sixteenth round those three (171/180 and 116/120 at the fifteenth round's end, no false
# vote statement) joined the tuning batches, with ZZY (held out outside the project that round:
# 57/60 and 38/40). ZZZA (a Swiss university Model UN delegation writing position papers, 30 %
# English) and ZZZB (a terminale class in Dakar and Abidjan revising in the evening, 15 % English),
# written blind at its start by two new reviewers, became the blind ones: 116/120 (97 %) and
# 74/80 (92.5 %) on first contact, measured on the fifteenth round's final code (fe008bf), two
# false vote statements (both in ZZZA). ZZZD (Québec cégep and Belgian haute-école students the
# evening before a quiz, 25 % English), written blind mid-round by a third new reviewer: 52/60
# and 39/40 on first contact (da67760; the same on fe008bf), one false vote statement.
# In the seventeenth round those three (171/180 and 113/120 at the sixteenth round's end, three
# false vote statements) joined the tuning batches, with ZZZC (held out outside the project that
# round: 57/60 and 36/40, one false vote statement). ZZZE (law and political science students in
# Beirut and the Maghreb preparing a seminar, 20 % English) and ZZZF (a French lycée class and its
# teacher on the class Discord, 15 % English), written blind at its start by two new reviewers,
# became the blind ones: 107/120 (89 %) and 77/80 (96 %) on first contact, measured on the
# sixteenth round's final code (5947be6), no false vote statement. ZZZH (a journalism school's
# fact-checking desk, 25 % English), written blind mid-round by a third new reviewer: 53/60 and
# 39/40 on first contact (on 5947be6, and the same on the round's code of then), none.
# In the eighteenth round those three (160/180 and 116/120 at the seventeenth round's end, no false
# vote statement) joined the tuning batches, with ZZZG (held out outside the project that round:
# 56/60 and 38/40). ZZZI (a university Model UN club in Kinshasa, Lubumbashi, Yaoundé and Douala,
# 20 % English) and ZZZJ (a preparatory class for the civil-service and diplomacy exams, 15 %
# English), written blind at its start by two new reviewers, became the blind ones: 106/120 (88 %)
# and 78/80 (97.5 %) on first contact, measured on the seventeenth round's final code (77ab441), no
# false vote statement. ZZZL (Caribbean secondary-school students revising on their phones, 25 %
# English), written blind mid-round by a third new reviewer: 49/60 and 37/40 on first contact (on
# 6456d3c, and the same on 77ab441), none.
# In the nineteenth round those three (155/180 and 115/120 at the eighteenth round's end, no false
# vote statement) joined the tuning batches, with ZZZK (held out outside the project that round:
# 58/60 and 39/40). ZZZM (Belgian and Swiss political science students before an oral exam, 20 %
# English) and ZZZN (lycée students in Morocco and Tunisia on the club's Discord, 15 % English),
# written blind at its start by two new reviewers, became the blind ones: 109/120 (91 %) and
# 74/80 (92.5 %) on first contact, measured on the eighteenth round's final code (5f3b588), two
# false vote statements (both in ZZZN). ZZZP (francophone university students in Vietnam, Laos
# and Cambodia, learner French, 30 % English), written blind mid-round by a third new reviewer:
# 60/60 and 36/40 on first contact (on f12e147, and the same on 5f3b588), none.
# In the twentieth round those three (170/180 and 111/120 at the nineteenth round's end, one false
# vote statement) joined the tuning batches, with ZZZO (held out outside the project that round:
# 58/60 and 37/40). ZZZQ (Lebanese university students mixing French, Lebanese Arabic and English,
# 30 % English) and ZZZR (Indian Ocean lycée students in La Réunion, Mayotte, Madagascar and
# Mauritius, creole turns and dictation, 15 % English), written blind at its start by two new
# reviewers, became the blind ones: 117/120 (97.5 %) and 72/80 (90 %) on first contact, measured
# on the nineteenth round's final code (5e909e7), two false vote statements (both in ZZZR). ZZZT
# (Romanian and Moldovan master's students, learner French, 25 % English), written blind mid-round
# by a third new reviewer: 55/60 and 40/40 on first contact (on 904dd9e, and the same on 5e909e7),
# none.
# In the twenty-first round those three (173/180 and 112/120 at the twentieth round's end, two false
# vote statements, both in ZZZR) joined the tuning batches, with ZZZS (held out outside the project
# that round: 56/60 and 38/40). ZZZU (Swiss Romandie and Luxembourg law students in a human-rights
# clinic, 20 % English) and ZZZV (Haitian and Central African diaspora students in Montréal and
# Ottawa, Québec French and Haitian Creole turns, 30 % English), written blind at its start by two
# new reviewers, became the blind ones: 112/120 (93.3 %) and 72/80 (90 %) on first contact,
# measured on the twentieth round's final code (00e7057), two false vote statements (one in each).
# ZZZX (anglophone adults in Alliance française classes in Nairobi, Lagos and Accra, beginner
# French, 40 % English), written blind mid-round by a third new reviewer: 56/60 and 37/40 on first
# contact (on 0d9e992, and the same on 00e7057), none.
# In the twenty-second round those three (169/180 and 109/120 at the twenty-first round's end, two
# false vote statements, one in ZZZU and one in ZZZV) joined the tuning batches, with ZZZW (held out
# outside the project that round: 56/60 and 39/40). ZZZY (Acadian and Cajun students of Moncton and
# Lafayette, chiac and Cajun turns, 30 % English) and ZZZZ (students in Abidjan, Dakar and
# Saint-Louis, Nouchi and Wolof turns, 15 % English), written blind at its start by two new
# reviewers, became the blind ones: 116/120 (96.7 %) and 79/80 (98.8 %) on first contact, measured
# on the twenty-first round's final code (460347b), no false vote statement. ZZZZB (German-speaking
# Swiss and Austrian students in a French-language course on international law, 25 % English),
# written blind mid-round by a third new reviewer: 54/60 and 39/40 on first contact (on 64eb271,
# and the same on 460347b), one false vote statement.
# In the twenty-third round those three (172/180 and 118/120 at the twenty-second round's end, one
# false vote statement, in ZZZZB) joined the tuning batches; ZZZZA and ZZZZC, held out outside the
# project that round (57/60 and 38/40; 44/60 and 39/40), were lost with that machine. ZZZZD
# (Malagasy students in Madagascar and France, Malagasy turns, 20 % English) and ZZZZE (Belgian
# secondary-school students preparing a group presentation, belgicismes, 15 % English), written
# blind at its start by two new reviewers, became the blind ones: 114/120 (95 %) and 78/80 (97.5 %)
# on first contact, measured on the twenty-second round's final code (971ed9f), no false vote
# statement. ZZZZG (Italian-speaking students from Ticino and Erasmus students in Romandie,
# learner French with Italian turns, 25 % English), written blind mid-round by a third new
# reviewer: 58/60 and 38/40 on first contact (on e141fd4, and the same on 971ed9f), none.
# In the twenty-fourth round those three (172/180 and 116/120 at the twenty-third round's end, no
# false vote statement) joined the tuning batches, with ZZZZF and ZZZZH (held out outside the
# project that round: 53/60 and 39/40; 57/60 and 39/40). ZZZZI (students in Djibouti and the
# Comoros preparing a regional Model UN, Comorian, Somali and Arabic turns, 20 % English) and ZZZZJ
# (Québec adults in evening continuing-education classes, joual, 15 % English), written blind at
# its start by two new reviewers, became the blind ones: 107/120 (89 %) and 75/80 (94 %) on first
# contact, measured on the twenty-third round's final code (3744ffc), one false vote statement (in
# ZZZZJ). ZZZZL (gymnase students in Romandie preparing a Model UN day, helvetismes, 20 % English),
# written blind mid-round by a third new reviewer: 56/60 and 39/40 on first contact (on 112792b,
# and the same on 3744ffc), one false vote statement.
# In the twenty-fifth round those three (163/180 and 114/120 at the twenty-fourth round's end, two
# false vote statements) joined the tuning batches, with ZZZZK (held out outside the project that
# round: 59/60 and 36/40, one). ZZZZM (students of Lebanese and Syrian origin in a Montréal Model UN
# club, Arabic turns, 25 % English), ZZZZN (law students in Toulouse, Bordeaux and Montpellier
# revising public international law, 10 % English) and ZZZZP (students in La Réunion and Mauritius,
# creole turns, 15 % English), written blind at its start by three new reviewers, became the blind
# ones: 162/180 (90 %) and 108/120 (90 %) on first contact, measured on the twenty-fourth round's
# final code (0bfa801), one false vote statement (in ZZZZM).
# In the twenty-sixth round those three (162/180 and 108/120 at the twenty-fifth round's end, no
# false vote statement) joined the tuning batches, with ZZZZO (held out outside the project that
# round: 58/60 and 39/40). ZZZZQ (students in Kinshasa, Brazzaville and Lubumbashi, Lingala turns,
# 15 % English), ZZZZR (Sciences Po and IEP master's students writing a policy brief, 20 % English)
# and ZZZZS (international-school students in Geneva, Brussels and Luxembourg, weak French, 50 %
# English), written blind at its start by three new reviewers, became the blind ones: 167/180
# (92.8 %) and 109/120 (90.8 %) on first contact, measured on the twenty-fifth round's final code
# (3e6f3ca), two false vote statements (one in ZZZZQ, one in ZZZZR).
# In the twenty-seventh round those three (167/180 and 110/120 at the twenty-sixth round's end, two
# false vote statements) joined the tuning batches, with ZZZZT (held out outside the project that
# round: 57/60 and 37/40, one). ZZZZU (students in Dakar, Abidjan and Ouagadougou, Nouchi and Wolof
# turns, 15 % English), ZZZZV (Belgian secondary-school pupils, belgicismes, 20 % English) and ZZZZW
# (Haitian students in Port-au-Prince, Cap-Haïtien and Montréal, Haitian Creole turns, 20 %
# English), written blind at its start by three new reviewers, became the blind ones: 158/180
# (87.8 %) and 116/120 (96.7 %) on first contact, measured on the twenty-sixth round's final code
# (47c9446), one false vote statement (in ZZZZW).
# In the twenty-eighth round those three (159/180 and 116/120 at the twenty-seventh round's end, one
# false vote statement) joined the tuning batches, with ZZZZX (held out outside the project that
# round: 59/60 and 38/40). ZZZZY (CEGEP and university students in Montréal, Québec City and
# Sherbrooke, Québécois chat French, 25 % English) and ZZZZZ (students in Beirut, Casablanca and
# Rabat, Arabic and darija turns, 20 % English), written blind at its start by two new reviewers,
# became the blind ones: 111/120 (92.5 %) and 78/80 (97.5 %) on first contact, measured on the
# twenty-seventh round's final code (8eb6e5e), one false vote statement (in ZZZZY).
# In the twenty-ninth round those two (111/120 and 78/80 at the twenty-eighth round's end, one false
# vote statement) joined the tuning batches, with ZZZZZA (held out outside the project that round:
# 59/60 and 40/40). ZZZZZB (students in Nouméa, Papeete, Libreville and Port-Gentil, Tahitian and
# Gabonese turns, 20 % English) and ZZZZZC (Spanish, Portuguese and Latin American exchange students
# in Lyon, Nantes and Grenoble, learner French, 35 % English), written blind at its start by two new
# reviewers, became the blind ones: 114/120 (95.0 %) and 78/80 (97.5 %) on first contact, measured
# on the twenty-eighth round's final code (5366664), no false vote statement.
# In the thirtieth round those two (114/120 and 78/80 at the twenty-ninth round's end, no false
# vote statement) joined the tuning batches; ZZZZZD (held out outside the project that round: 54/60
# and 39/40) and ZZZZZE, ZZZZZF and ZZZZZG (written for this round, measured once: 162/180 and
# 112/120, one false vote statement) were lost with that machine. ZZZZZH (Belgian political science
# students in Liège, Namur and Brussels, belgicismes and Dutch turns, 20 % English) and ZZZZZI
# (cégep and university students in Montréal, Québec City and Sherbrooke, Québécois French and
# franglais, 30 % English), written blind at its start by two new reviewers from the brief in
# batches/WRITING.md, became the blind ones: 102/120 (85 %) and 80/80 on first contact, measured
# on the twenty-ninth round's final code with the promoted batches (991ff30), no false vote
# statement. ZZZZZJ (students in Dakar, Abidjan and Yaoundé, Wolof, nouchi and camfranglais, 10 %
# English), held out outside the project: 55/60 and 37/40. ZZZZZK (retired adults' far paraphrases),
# ZZZZZL (Kigali, Bujumbura and Goma, classmates' claims on votes) and ZZZZZM (65 traps near the
# text), ZZZZZN (English-speaking exchange students, 60 % English) and ZZZZZO (one server for
# Montréal, Liège, Namur and Lausanne students) are tuning batches written this round from the
# same brief. ZZZZZP (Beirut, Cairo and Tunis students preparing a moot, Arabic and Arabizi turns,
# 20 % English), written blind at the round's end by a new reviewer for the next round, was
# measured once on its last code: 51/60 and 39/40, no false vote statement.
# In the thirty-first round ZZZZZH and ZZZZZI (51/60 and 40/40, 53/60 and 40/40 at the thirtieth
# round's end, no false vote statement) joined the tuning batches, with ZZZZZJ (held out outside
# the project that round: 55/60 and 37/40). ZZZZZP stays blind and judges this round, with
# ZZZZZQ (Lyon, Marseille and Toulouse lycée students, SMS spelling, 15 % English) and ZZZZZR
# (Geneva graduate students and NGO interns, 35 % English), written blind at its start by two new
# reviewers: 54/60 and 39/40, 55/60 and 40/40 on first contact (90efcfa), no false vote
# statement. ZZZZZS (a Caribbean and Réunion club, Creole turns), held out outside the project at
# its start (50/60, 37/40, three false vote statements), was read and joined the tuning batches
# mid-round, with ZZZZZT (Caribbean and Indian Ocean club, votes) and ZZZZZU (Kinshasa and
# Brazzaville moot, far paraphrases), written this round to tune.
# In the thirty-third round ZZZZZP, ZZZZZQ and ZZZZZR (51/60 and 39/40, 54/60 and 39/40, 56/60 and
# 40/40 at the thirty-second round's end, no false vote statement) joined the tuning batches, with
# ZZZZZV and ZZZZZW (held out outside the project that round: 55/60 and 40/40, 57/60 and 40/40).
# ZZZZZX (a cégep and Laval Model UN club, joual and franglais, 30 % English) and ZZZZZY (law and
# political science students writing a commentary, 15 % English), written blind at its start by
# two new reviewers, became the blind ones: 59/60 and 39/40, 52/60 and 38/40 on first contact
# (the thirty-second round's final code, 77e9080, with the promoted batches' labels), no false
# vote statement. ZZZZZZB (a terminale class in Nantes writing a quiz: far paraphrases and two-part
# questions, 20 % English; 54/60 and 36/40 on first contact) and ZZZZZZC (Brussels and Liège NGO
# volunteers and Latin American exchange students, mostly votes, 33 % English; 55/60 and 38/40)
# were written this round to tune.
# In the thirty-fourth round ZZZZZX and ZZZZZY (59/60 and 39/40, 52/60 and 38/40 at the
# thirty-third round's end, no false vote statement) joined the tuning batches, with ZZZZZZ and
# ZZZZZZA (held out outside the project that round: 50/60 and 40/40, 56/60 and 39/40). ZZZZZZD (a
# journalism school's fact-checking desk in Lille, Paris and Montréal: claims to check, 20 %
# English) and ZZZZZZE (learners of French in Hanoi, Phnom Penh, Bucharest and Chișinău, 30 %
# English), written blind at its start by two new reviewers, became the blind ones: 53/60 and
# 39/40, 58/60 and 40/40 on first contact (the thirty-third round's final code, 14bef63, with the
# promoted batches' labels), no false vote statement. ZZZZZZH (lycée pupils in France and
# Belgium, phonetic spelling and voice dictation, 15 % English; 48/60 and 36/40, three false vote
# statements on first contact) and ZZZZZZI (Rabat, Tunis and Algiers, Darija and Arabizi, 20 %
# English; 53/60 and 38/40, three) were written this round to tune.
# In the thirty-fifth round ZZZZZZD and ZZZZZZE (53/60 and 39/40, 58/60 and 40/40 at the
# thirty-fourth round's end, no false vote statement) joined the tuning batches, with ZZZZZZF and
# ZZZZZZG (held out outside the project that round: 53/60 and 40/40, 55/60 and 38/40 once G's two
# false statements, read at that round's end, were mended). ZZZZZZJ (a Model UN club in
# Port-au-Prince, Fort-de-France and Pointe-à-Pitre: Creole words and turns, 15 % English) and
# ZZZZZZK (English-speaking graduate students in London, Edinburgh and Washington reading the
# French text, 60 % English), written blind at its start by two new reviewers, became the blind
# ones: 49/60 and 38/40, 51/60 and 38/40 on first contact (the thirty-fourth round's final code,
# f4a16b7, with the promoted batches' labels), one false vote statement each. ZZZZZZM (a busy
# Discord study server: short queries, commands typed as text, replies to other members, 25 %
# English; 54/60 and 39/40), ZZZZZZN (debate societies in Lausanne, Liège and Lyon, mostly votes
# and what the record does not hold, 30 % English; 55/60 and 38/40, one false vote statement,
# whose label was wrong: the EU's nine members that voted against are in the record) and ZZZZZZO
# (exchange students with weak French, 70 % English; 58/60 and 39/40) were written this round to
# tune, and mid-round ZZZZZZP (vote questions beside ones the record cannot answer, 35 % English;
# 39/40 and 60/60), ZZZZZZQ (La Réunion, Mauritius, the Seychelles and Madagascar: Creole words,
# 20 % English; 51/60 and 40/40) and ZZZZZZR (think-tank interns writing analytical briefs, 55 %
# English; 41/60 and 36/40, one false vote statement).
# In the thirty-sixth round ZZZZZZJ and ZZZZZZK (49/60 and 38/40, 51/60 and 38/40 at the
# thirty-fifth round's end, one false vote statement each) joined the tuning batches, with ZZZZZZL
# (Beirut and Kinshasa, held out outside the project that round: 51/60 and 39/40, one false vote
# statement); the three false statements, read then, were mended with the promotion. ZZZZZZS
# (lycée pupils in Montréal, Québec City and Liège: Québécois and Belgian turns, 15 % English) and
# ZZZZZZT (law students in Dakar and Abidjan writing a commentary: academic French with nouchi
# and Senegalese turns, 15 % English), written blind at its start by two new reviewers, became the
# blind ones: 57/60 and 38/40, 52/60 and 38/40 on first contact (the thirty-fifth round's final
# code, a21f80c, with the promoted batches' labels), no false vote statement. ZZZZZZV (questions
# in the asker's own words, never the text's, 30 % English; 73/75 and 25/25) was written to tune,
# and mid-round ZZZZZZW (content traps: near the text but not in it, 30 % English; 25/30 and
# 70/70) and ZZZZZZX (study groups asking for several passages at once, 30 % English; 56/70 and
# 30/30, one false vote statement: a teacher's claim about last year's text, read and mended).
# In the thirty-seventh round ZZZZZZS and ZZZZZZT (57/60 and 38/40, 52/60 and 38/40 at the
# thirty-sixth round's end, no false vote statement) joined the tuning batches (ZZZZZZU and
# ZZZZZZY, held out outside the project that round, were lost with that machine). ZZZZZZZ
# (students in Rabat, Tunis and Algiers: Maghreb French with Darija words, 20 % English) and
# ZZZZZZZA (French-immersion students in Ottawa, Moncton and Toronto: franglais and Canadian
# turns, 40 % English), written blind at its start by two new reviewers, became the blind ones:
# 57/60 and 39/40, 60/60 and 40/40 on first contact (the thirty-sixth round's final code,
# 9721364, with the promoted batches' labels), no false vote statement. ZZZZZZZC (associations'
# staff and volunteers writing long, polite messages with a belief to check first, 25 % English;
# 49/60 and 40/40) and ZZZZZZZD (revision the night before an oral: half-remembered passages,
# structure, comparisons, 25 % English; 52/60 and 36/40) were written to tune.
# In the thirty-eighth round ZZZZZZZ and ZZZZZZZA (57/60 and 39/40, 60/60 and 40/40 at the
# thirty-seventh round's end, no false vote statement) joined the tuning batches (ZZZZZZZB and
# ZZZZZZZE, held out outside the project that round, were lost with that machine). ZZZZZZZG (a
# Model UN club of lycéens in Brussels, Lausanne and Québec City: SMS spelling, Belgian, Swiss and
# Québécois turns, 20 % English) and ZZZZZZZH (delegates of English-medium schools in Dakar, Beirut
# and Nairobi preparing a bilingual Model UN, 60 % English), written blind at its start by two new
# reviewers, became the blind ones: 57/60 and 39/40, 58/60 and 39/40 on first contact (the
# thirty-seventh round's final code, 8297a88, with the promoted batches' labels), no false vote
# statement. ZZZZZZZJ (associations' staff in Lille, Cotonou, Lomé and Beirut writing letters:
# a greeting, who they are, then the question, 25 % English; 48/60 and 39/40), ZZZZZZZK (a
# bilingual exam revision in Brussels and Montréal, 50 % English; 52/60 and 38/40) and ZZZZZZZL
# (law students' traps in the text's own words, 50 answerable and 50 not, 20 % English; 43/50 and
# 44/50, one false vote statement: the text « approuvée ensuite par l'Assemblée générale », read
# and mended) were written to tune.
# In the thirty-ninth round ZZZZZZZM (a public international law seminar in Lyon, Tunis and Ottawa:
# traps on actors, dates, sessions and legal effect, 15 % English; 60/60 and 36/40 on first
# contact with the thirty-eighth round's final code) and ZZZZZZZN (student fact-checkers in Lille,
# Abidjan and Montréal pasting claims, 25 % English; 51/60 and 39/40, one false vote statement:
# « l'effet concret de ce vote » answered with the tally) were written to tune, and mid-round
# ZZZZZZZS (moot-court traps in the text's words, 50 answerable and 50 not, 20 % English; 44/50
# and 47/50), then ZZZZZZZW (Model UN delegates' vote questions and vote traps, 50/50, 30 % English;
# 47/50 and 49/50).
# In the fortieth round the judging batches of the last two rounds, held out outside the project
# and reported, were read and joined the tuning batches: ZZZZZZZF and ZZZZZZZI (52/60 and 35/40,
# 50/60 and 38/40 at the thirty-ninth round's end) and ZZZZZZZO, P, Q, R, U and V (336/360 and
# 233/240 there, one false vote statement in V: a member's « position générale » on a topic
# answered with its vote, read and mended). ZZZZZZZZA (an English-taught international relations
# master's, 60 % English), ZZZZZZZZB (a lycée teacher's traps in the text's own words) and
# ZZZZZZZZE (a Model UN's committee channel, 30 % English), 50 answerable and 50 not each, were
# written to tune: 45/50 and 50/50, 48/50 and 45/50, 50/50 and 45/50 on first contact. Mid-round
# ZZZZZZZZG (a revision group's traps, 40 answerable and 60 not, 25 % English; 38/40 and 59/60)
# and ZZZZZZZZH (a live Model UN server's vote questions and vote traps, 35 % English; 49/50 and
# 49/50, one false vote statement: a delegation said to have « corrigé son vote », read and
# mended) were written to tune.
# In the forty-first round last round's judging batches, held out outside the project and
# reported, were read and joined the tuning batches: ZZZZZZZX (a lycée Model UN club in Dakar,
# Lyon and Brussels, SMS spelling), ZZZZZZZT (a Discord quiz night), ZZZZZZZY (international
# students in Montréal, learner French, half English) and ZZZZZZZZ (NGO volunteers and a student
# paper checking claims): 230/240 and 152/160 at the fortieth round's end, no false vote
# statement. ZZZZZZZZC (NGO advocacy trainees' paraphrases, 30 % English; 23/25 and 23/25 on
# first contact), ZZZZZZZZD (a Model UN chair's quiz night, 25 % English; 21/25 and 25/25) and
# ZZZZZZZZF (a teacher's traps mixing this text with others, 20 answerable and 30 not, 35 %
# English; 16/20 and 28/30) were written to tune. Mid-round ZZZZZZZZI (students checking claims,
# half of them wrong, 25 % English; 27/30 and 30/30) and ZZZZZZZZJ (English-speaking Model UN
# prep, 85 % English; 30/35 and 24/25, one false vote statement: a vote at the World Health
# Assembly answered with this text's tally, read and mended) were written to tune, then ZZZZZZZZK
# (a francophone Model UN club's vote questions and vote traps, 20 % English; 30/30 and 29/30) and
# ZZZZZZZZL (a BTS study group's busy channel, 15 % English; 30/35 and 25/25). One of K's labels
# was set to the batches' usage: « Combien de pays de l'Union européenne ont voté contre ? », written
# as beyond the record, is answered from it as « comment ont voté les pays de l'UE » is (nine, all
# against).
# In the forty-second round last round's judging batches, held out outside the project and
# reported, were read and joined the tuning batches: ZZZZZZZZW (first-year law students checking
# claims, 20 % English), ZZZZZZZZX (an Erasmus Model UN delegation in Geneva, 60 % English),
# ZZZZZZZZY (lycéens late at night, SMS spelling) and ZZZZZZZZZ (journalism students
# fact-checking, 30 % English): 225/240 and 155/160 at the forty-first round's end, two false vote
# statements in W (another year's Council members, and what came of the text « depuis son vote »,
# both answered with the tally; read and mended). ZZZZZZZZQ (a teacher's true/false quiz, half
# wrong in one detail, 30 % English; 20/25 and 24/25 on first contact, one false vote statement:
# a later session's adoption « by consensus », spelt out in English), ZZZZZZZZR (phone typing,
# abbreviations, 20 % English; 24/25 and 24/25) and ZZZZZZZZS (exchange students reading with a
# dictionary, 80 % English; 24/25 and 23/25) were written to tune. Mid-round six more were
# written to tune, 30 answerable and 20 not each: ZZZZZZZZT (law students' exposés, 25 % English;
# 26/30 and 17/20, two false vote statements: a later session's new resolution and the Council's
# presidency), ZZZZZZZZU (NGO staff introducing themselves; 21/30 and 19/20), ZZZZZZZZV (a
# bilingual school channel; 29/30 and 19/20), ZZZZZZZZZA (a Québec Model UN; 28/30 and 18/20, one
# false vote statement: an Assembly text's support « là-bas »), ZZZZZZZZZB (civil servants, formal;
# 24/30 and 20/20) and ZZZZZZZZZC (English first-time delegates; 28/30 and 19/20); then, 40
# answerable and 10 not, ZZZZZZZZZD (French paraphrases; 30/40 and 9/10) and ZZZZZZZZZE (English
# paraphrases; 35/40 and 10/10), and ZZZZZZZZZF (traps in the text's own words, 15 and 35; 13/15
# and 33/35).
# In the forty-third round last round's judging batches were read and joined the tuning batches:
# ZZZZZZZZM (first-year Sciences Po students preparing an exposé, 25 % English), ZZZZZZZZN (a
# Model UN club in Montréal, Québécois French and franglais, 40 % English), ZZZZZZZZO (NGO staff
# in an evening course in Dakar and Lomé, long messages with an introduction, 10 % English) and
# ZZZZZZZZP (bilingual students in Brussels, 50 % English): 209/240 and 150/160 at the forty-second
# round's end, one false vote statement in O (who presided the meeting, answered with the tally;
# read and mended). ZZZZZZZZZK (French paraphrases of paragraphs; 31/35 and 15/15 on first
# contact, one false vote statement: a State described, « le pays de Big Ben », answered with the
# tally), ZZZZZZZZZL (English paraphrases; 30/35 and 15/15), ZZZZZZZZZM (traps close to the text,
# 20 answerable and 30 not, 30 % English; 18/20 and 29/30) and ZZZZZZZZZN (mentions in a busy
# channel, 25 % English; 29/30 and 19/20) were written to tune. Mid-round four more were written to
# tune, 25 answerable and 25 not each: ZZZZZZZZZO (English Model UN delegates on the vote and what
# sounds close to it; 23/25 and 25/25), ZZZZZZZZZP (the same in informal French; 25/25 and 24/25),
# ZZZZZZZZZQ (long messages with context around the question, 50 % English; 21/25 and 24/25) and
# ZZZZZZZZZR (paraphrases, and the text's own words asking what it does not say, 40 % English;
# 22/25 and 25/25).
# In the forty-fourth round last round's judging batches joined them: ZZZZZZZZZG (a lycée Model UN
# club in Lyon, SMS style, 15 % English), ZZZZZZZZZH (IR master's students in Geneva, 30 % English),
# ZZZZZZZZZI (English-speaking exchange students, 70 % English) and ZZZZZZZZZJ (a francophone server
# in Morocco, Tunisia, Senegal and Côte d'Ivoire, 20 % English): 225/240 and 154/160 at the
# forty-third round's end, one false vote statement in H (a State's "human rights record" read as
# the recorded vote; read and mended). Four were written to tune: ZZZZZZZZZZA (French paraphrases,
# 35 answerable and 15 not; 34/35 and 15/15 on first contact), ZZZZZZZZZZB (the same in English;
# 34/35 and 15/15), ZZZZZZZZZZC (traps close to the text, 20 and 30, 35 % English; 17/20 and 28/30)
# and ZZZZZZZZZZD (the vote in French and English, 25 and 25; 24/25 and 25/25). Mid-round four
# more: ZZZZZZZZZZE (which paragraph asks whom to do what, 35 and 15, 30 % English; 33/35 and
# 12/15), ZZZZZZZZZZF (lines of the text pasted or misquoted, 30 and 20; 24/30 and 19/20),
# ZZZZZZZZZZG (paragraphs compared, lists, ranges and footnotes, 30 and 20; 29/30 and 19/20) and
# ZZZZZZZZZZH (yes/no checks of what the text says, 25 and 25, 40 % English; 22/25 and 25/25).
BLIND_FLOORS = (0.75, 0.88)


@pytest.fixture(scope="module")
def outcomes(service):
    renderer = Renderer(ROOT / "templates", markup=False)
    out = {}
    for path in sorted(BATCHES.glob("*.jsonl")):
        out[path.stem] = run(service, renderer, load_cases(path), DECLINE_THRESHOLD)
    return out


def _shares(outcomes, prefix):
    found = [o for name, group in outcomes.items() if name.startswith(prefix) for o in group]
    good, answerable, declined, unanswerable = shares(found)
    return good / answerable, declined / unanswerable, len(found)


def test_batches_are_there_and_large_enough():
    """At least 300 held-out questions, a blind batch of at least 80."""
    sizes = {p.stem: len(load_cases(p)) for p in BATCHES.glob("*.jsonl")}
    assert sum(sizes.values()) >= 300
    assert any(name.startswith("blind") and n >= 80 for name, n in sizes.items())


def test_tuned_batches_keep_their_figures(outcomes):
    """The tuning batches stay at or above the figures reached."""
    answered, declined, count = _shares(outcomes, "batch")
    assert count >= 300
    assert answered >= TUNED_FLOORS[0]
    assert declined >= TUNED_FLOORS[1]


def test_blind_batch_does_not_regress(outcomes):
    """The blind batch stays above a floor set below its first measure (it tunes nothing)."""
    answered, declined, _ = _shares(outcomes, "blind")
    assert answered >= BLIND_FLOORS[0]
    assert declined >= BLIND_FLOORS[1]


def test_no_false_statement_about_a_vote(outcomes):
    """No tuning question the text cannot answer gets an answer from the vote record (a reason,
    a debate, another session's vote), and every non-member is named as such."""
    # Tuning batches only: a failure here prints the question, and the blind batch's questions
    # must not be read (benchmarks/questions.py counts its false vote statements).
    wrong = [
        o.case["question"]
        for name, group in outcomes.items()
        if name.startswith("batch")
        for o in group
        if o.false_vote
    ]
    assert wrong == []
    vote_traps = [
        o
        for name, g in outcomes.items()
        if name.startswith("batch")
        for o in g
        if o.intent == "vote" and not o.case["answerable"]
    ]
    assert vote_traps  # the check above saw some
