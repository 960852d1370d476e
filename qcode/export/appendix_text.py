"""The methods appendix's wording in English and Danish (message ids ``appendix.*``), kept apart from the
code that fills it in so a reader can check the text in one place. No Qt."""

from __future__ import annotations

from qcode.core.errors import register_messages

register_messages({
    "appendix.title": ("Methods appendix: coding, codebook and anonymisation",
                       "Metodebilag: kodning, kodebog og anonymisering"),
    "appendix.made": ("Project {project}. Made with qcode {version} on {date}.",
                      "Projekt {project}. Udarbejdet med qcode {version} den {date}."),
    # 1 material
    "appendix.material": ("Material and coding", "Materiale og kodning"),
    "appendix.material_text": (
        "The material consists of {documents} interviews. {coded} of them were coded, with {codings} codings "
        "in all by {coders} ({names}), between {first} and {last}.",
        "Materialet består af {documents} interviews. {coded} af dem er kodet, med i alt {codings} kodninger "
        "foretaget af {coders} ({names}) mellem {first} og {last}."),
    "appendix.material_one_day": (
        "The material consists of {documents} interviews. {coded} of them were coded, with {codings} codings "
        "in all by {coders} ({names}), on {first}.",
        "Materialet består af {documents} interviews. {coded} af dem er kodet, med i alt {codings} kodninger "
        "foretaget af {coders} ({names}) den {first}."),
    "appendix.material_uncoded": ("The material consists of {documents} interviews; none has been coded yet.",
                                  "Materialet består af {documents} interviews; intet er kodet endnu."),
    "appendix.coder_one": ("one coder", "én koder"),
    "appendix.coder_many": ("{count} coders", "{count} kodere"),
    # 2 codebook
    "appendix.codebook": ("The codebook", "Kodebogen"),
    "appendix.codebook_text": (
        "The final codebook has {codes} codes, {top} of them at the top level. The table gives the number of "
        "coded segments and of interviews per code ('in all' counts sub-codes too); each code's definition, "
        "criteria and example follow.",
        "Den endelige kodebog har {codes} koder, heraf {top} på øverste niveau. Tabellen viser antal kodede "
        "segmenter og interviews pr. kode ('i alt' medregner underkoder); derefter følger hver kodes "
        "definition, kriterier og eksempel."),
    "appendix.code": ("Code", "Kode"),
    "appendix.segments": ("Segments", "Segmenter"),
    "appendix.interviews": ("Interviews", "Interviews"),
    "appendix.in_all": ("In all", "I alt"),
    "appendix.include": ("Include", "Inkluder"),
    "appendix.exclude": ("Exclude", "Ekskluder"),
    "appendix.example": ("Example", "Eksempel"),
    # 3 history
    "appendix.history": ("How the codebook developed", "Kodebogens udvikling"),
    "appendix.history_text": (
        "While the interviews were coded, the codebook changed {count} times ({summary}). In the order they "
        "were made, with the reason the coder gave:",
        "Mens interviewene blev kodet, blev kodebogen ændret {count} gange ({summary}). I den rækkefølge "
        "ændringerne blev foretaget, med den begrundelse koderen angav:"),
    "appendix.history_note": (
        "Changes that were undone are left out; the project's change log keeps every step with who made it "
        "and when. Coding counts are those of the codes involved, with their sub-codes.",
        "Ændringer, der blev fortrudt, er udeladt; projektets log gemmer hvert skridt med hvem og hvornår. "
        "Antallet af kodninger gælder de berørte koder med deres underkoder."),
    # 4 coders and agreement
    "appendix.coders": ("Coders and agreement", "Kodere og enighed"),
    "appendix.coder": ("Coder", "Koder"),
    "appendix.codings": ("Codings", "Kodninger"),
    "appendix.double": ("{double} of the {coded} coded interviews were coded by two or more coders.",
                        "{double} af de {coded} kodede interviews er kodet af to eller flere kodere."),
    "appendix.pair": (
        "{a} and {b} both coded {documents} interviews. Character-level agreement: {percent} % "
        "(Cohen's kappa {kappa}); segment agreement: {segments} % at a threshold of {threshold} %.",
        "{a} og {b} har begge kodet {documents} interviews. Enighed på tegnniveau: {percent} % "
        "(Cohens kappa {kappa}); enighed på segmentniveau: {segments} % ved en tærskel på {threshold} %."),
    "appendix.no_pairs": ("No interview was coded by two coders, so no agreement is reported.",
                          "Intet interview er kodet af to kodere, så der opgives ingen enighed."),
    "appendix.method": (
        "Method: agreement is computed as NVivo's Coding Comparison Query does. For each code and interview "
        "every character counts as coded by both coders, by one of them only, or by neither; percent "
        "agreement is (both + neither) / length, and Cohen's kappa is computed from the same four counts, "
        "pooled over every code and every interview both coders coded (long interviews weigh more). "
        "Segment agreement follows MAXQDA: a coding counts as matched when the other coder coded at least "
        "{threshold} % of it with the same code; the share of matched codings of both coders is given.",
        "Metode: enigheden er beregnet, som NVivos Coding Comparison Query gør det. For hver kode og hvert "
        "interview tælles hvert tegn som kodet af begge kodere, af kun den ene eller af ingen; procentvis "
        "enighed er (begge + ingen) / længde, og Cohens kappa beregnes af de samme fire tal, samlet over "
        "alle koder og alle interviews, som begge kodere har kodet (lange interviews vejer mere). "
        "Enighed på segmentniveau følger MAXQDA: en kodning regnes som genfundet, når den anden koder har "
        "kodet mindst {threshold} % af den med samme kode; andelen af genfundne kodninger hos begge "
        "kodere angives."),
    "appendix.adjudication_done": (
        "Adjudication: where the coders disagreed, a lead decided in qcode which version to keep (one "
        "coder's, both, neither, or the lead's own), passage by passage; {decided} of {total} disagreeing "
        "passages in {documents} interviews are decided. The decisions and the agreed passages form a "
        "separate consensus layer of codings, which is not counted as a coder above.",
        "Afgørelse: hvor koderne var uenige, har en leder i qcode afgjort, hvilken version der skulle "
        "gælde (den ene koders, begges, ingens eller lederens egen), passage for passage; {decided} af "
        "{total} uenige passager i {documents} interviews er afgjort. Afgørelserne og de passager, koderne "
        "var enige om, udgør et særskilt konsensuslag af kodninger, som ikke er talt med som koder ovenfor."),
    "appendix.adjudication": (
        "Adjudication: qcode records no adjudication (consensus coding) of disagreements; any adjudication "
        "took place outside the program.",
        "Afgørelse: qcode registrerer ingen afgørelse (konsensuskodning) af uenigheder; en eventuel "
        "afgørelse er sket uden for programmet."),
    # 5 saturation
    "appendix.saturation": ("Saturation", "Mætning"),
    "appendix.saturation_text": (
        "The interviews are shown in the order they were coded (the time of each interview's first coding). "
        "For each: the codes used in it for the first time, the codes found so far, and the share of its "
        "codings that fall in codes already used in an earlier interview. {reading}",
        "Interviewene er vist i den rækkefølge, de blev kodet (tidspunktet for hvert interviews første "
        "kodning). For hvert interview: de koder, der blev brugt første gang, antallet af koder indtil da, "
        "og andelen af interviewets kodninger i koder, der allerede var brugt i et tidligere interview. "
        "{reading}"),
    "appendix.saturation_caption": ("Figure 1. New codes per interview and codes so far.",
                                    "Figur 1. Nye koder pr. interview og koder i alt."),
    "appendix.first_coded": ("First coded", "Først kodet"),
    # 6 anonymisation
    "appendix.anonymisation": ("Anonymisation", "Anonymisering"),
    "appendix.anon_procedure": (
        "Names, ages, places and organisations were found with qcode's Danish anonymiser (speaker labels and "
        "interview headers, name lists, a statistical name recogniser, age rules, and place and "
        "organisation lists) and every finding was accepted or rejected in qcode's review. Each accepted "
        "person, age, place and organisation is replaced by the same pseudonym in every interview.",
        "Navne, aldre, steder og organisationer er fundet med qcodes danske anonymiseringsværktøj "
        "(talerbetegnelser og interviewhoveder, navnelister, en statistisk navnegenkender, aldersregler samt "
        "steds- og organisationslister), og hvert fund er godkendt eller afvist i qcodes gennemgang. Hver "
        "godkendt person, alder, sted og organisation erstattes af det samme pseudonym i alle interviews."),
    "appendix.anon_kind": ("Replaced", "Erstattet"),
    "appendix.anon_number": ("Number", "Antal"),
    "appendix.anon_informants": ("interviewees", "informanter"),
    "appendix.anon_others": ("other persons", "andre personer"),
    "appendix.anon_persons": ("persons (interviewees and others)", "personer (informanter og andre)"),
    "appendix.anon_ages": ("ages", "aldre"),
    "appendix.anon_places": ("places", "steder"),
    "appendix.anon_organisations": ("organisations", "organisationer"),
    "appendix.anon_contacts": ("contact details (CPR and phone numbers, e-mail and street addresses, "
                               "postcodes, dates)",
                               "kontaktoplysninger (cpr- og telefonnumre, e-mail- og postadresser, "
                               "postnumre, datoer)"),
    "appendix.anon_decisions": (
        "Findings rejected as not identifying: {rejected}. Findings still undecided when this appendix was "
        "made: {undecided}.{mentions}",
        "Fund afvist som ikke identificerende: {rejected}. Fund endnu ikke afgjort, da bilaget blev lavet: "
        "{undecided}.{mentions}"),
    "appendix.anon_mentions": (" The accepted ones occur {count} times in the interviews.",
                               " De godkendte forekommer {count} gange i interviewene."),
    "appendix.anon_from_log": (
        " The numbers are taken from the project's log, as sealing removed the register (the log does not "
        "tell interviewees from other persons).",
        " Tallene er taget fra projektets log, da forseglingen fjernede registret (loggen skelner ikke "
        "mellem informanter og andre personer)."),
    "appendix.age_decade": (
        "Ages are written as a decade in words (\"[fyrrerne]\"), never as a number that would give an exact "
        "age away; age attributes are grouped by decade in every table and citation.",
        "Aldre skrives som et årti i ord (\"[fyrrerne]\"), aldrig som et tal, der kunne afsløre en præcis "
        "alder; aldersattributter grupperes efter årti i alle tabeller og kildeangivelser."),
    "appendix.age_range": (
        "Ages are written as a ten-year range (\"[40-49 år]\"); age attributes are grouped by decade in "
        "every table and citation.",
        "Aldre skrives som et interval på ti år (\"[40-49 år]\"); aldersattributter grupperes efter årti i "
        "alle tabeller og kildeangivelser."),
    "appendix.sealed": (
        "The project was sealed on {date}: {replacements} replacements in {documents} interviews "
        "({entities} register entries). A sealed project file keeps nothing that confirms a guessed "
        "original: no digests of names, no seed, no register. It still shows the pseudonymised texts and "
        "their codings, the pseudonyms and how many people, places and ages were replaced, decades of ages, "
        "the codebook, the coders' names, the dates of every logged change, and document lengths. The key "
        "file that links pseudonyms to originals is kept apart from the project and protected by a password.",
        "Projektet blev forseglet den {date}: {replacements} erstatninger i {documents} interviews "
        "({entities} registerposter). En forseglet projektfil gemmer intet, der kan bekræfte et gæt på de "
        "oprindelige navne: ingen fingeraftryk af navne, intet frø, intet register. Den viser stadig de "
        "pseudonymiserede tekster og deres kodninger, pseudonymerne og hvor mange personer, steder og aldre "
        "der blev erstattet, aldre som årtier, kodebogen, kodernes navne, datoerne for hver ændring i loggen "
        "og dokumenternes længde. Nøglefilen, der forbinder pseudonymer og originaler, opbevares adskilt fra "
        "projektet og er beskyttet af en adgangskode."),
    "appendix.not_sealed": (
        "The project is not sealed: the original texts are still in the project file, which must be kept as "
        "confidential as the interviews themselves. Everything that leaves qcode is pseudonymised.",
        "Projektet er ikke forseglet: de oprindelige tekster findes stadig i projektfilen, som skal "
        "opbevares lige så fortroligt som selve interviewene. Alt, hvad der forlader qcode, er "
        "pseudonymiseret."),
    "appendix.leak_check": (
        "Every export, this appendix included, is pseudonymised and then checked for any name, place or "
        "organisation the register knows; a hit stops the export.",
        "Enhver eksport, også dette bilag, pseudonymiseres og kontrolleres derefter for ethvert navn, sted "
        "eller organisation, registret kender; et fund standser eksporten."),
})
