"""Hand-written templates and name parts for :mod:`synth_interviews` (training data only, never shipped).

Every template is one speaker turn (or part of one) in spoken Danish, written for qcode: none is copied
from an evaluation text. Slots in braces are filled by the generator: ``{person}`` (a first name or a
full name from any tradition), ``{fn}``/``{fnf}``/``{fnm}`` (first name, female, male), ``{fn_s}`` (a
possessive first name, "Mettes"), ``{full}``, ``{titled}`` (a title before a surname, "fru Jensen";
the title is not part of the name), ``{town}``, ``{region}``, ``{country}``, ``{city}``, ``{org}``,
``{rel}`` (a relative: "søster"), ``{day}``, ``{month}``, ``{brand}``, ``{n}`` and ``{age}``; and in
``OTHER`` the capitalised things that are no person: ``{company}``, ``{club}``, ``{party}``, ``{abbr}``
(organisations), ``{street}``, ``{wcity}`` (places), ``{title}``, ``{band}``, ``{car}`` (works, bands
and products, which are no entity here).
``NEGATIVE`` holds sentences without names that use name look-alikes as ordinary words ("hans",
"per", "bo", "vinter", "lykke"), brands, weekdays and months.

The name parts of traditions that qcode's lexicons do not cover (Vietnamese, Somali, Turkish,
Greenlandic, names with particles, other European names) are common given names and family names of
those traditions, typed here; no public figure is named.
"""

from __future__ import annotations

# One speaker turn each; a generated document strings several together under speaker labels.
TURNS = [
    "Min søster {fnf} bor i {town} med sin mand {fnm}.",
    "Min bror hedder {fn}, og han er {age} år.",
    "Jeg snakkede med {fn} om det i går.",
    "Så ringede {fn} og spurgte, om vi ville med.",
    "Det var {fn_s} idé, ikke min.",
    "Altså, {fn} og jeg har kendt hinanden siden folkeskolen.",
    "Hun hedder {full}, og hun arbejder i {org}.",
    "Min kontaktperson hedder {full}.",
    "Han kommer fra {country}, fra en by der hedder {city}.",
    "Vi flyttede til {town}, da jeg var {age}.",
    "Jeg var på {org} i tre år, inden jeg kom til {town}.",
    "{fn} sagde, at jeg skulle tage det roligt.",
    "{fn} kom forbi med kage, det var sødt af hende.",
    "Det er {fn_s} mor, der passer børnene om {day}en.",
    "Ja, og så var der {titled}, hun var rigtig sød.",
    "Jeg havde en lærer, {titled}, som troede på mig.",
    "Vi gik til {titled} hver tirsdag.",
    "Lægen, {titled}, sagde at det var stress.",
    "Min far hedder {fnm}, og min mor hedder {fnf}.",
    "Min {rel} {fn} er lige flyttet hjem igen.",
    "Min {rel}, {fn}, hun har altid været der for mig.",
    "Det var {full} fra kommunen, der ringede.",
    "Jeg kender ikke nogen der hedder {fn}.",
    "Han hedder {fn} til fornavn og {sur} til efternavn.",
    "Hvad hedder din kæreste? – Hun hedder {fnf}.",
    "Og {fn}, hvor gammel er hun nu?",
    "Så vi tog op til {fn_s} sommerhus ved {town}.",
    "{full} var min sagsbehandler i mange år.",
    "Jeg snakker stadig med {fn} og {fn} fra holdet.",
    "{fn}, {fn} og {fn} var med på turen til {city}.",
    "Mine børn hedder {fn} og {fn}, de er {n} og {n}.",
    "Jeg arbejdede som pædagog i {town} indtil {month}.",
    "Vi boede i {region} i mange år, før vi flyttede til {town}.",
    "Så fik jeg job hos {org}, og der mødte jeg {fn}.",
    "Min mand {fnm} er fra {country}, og hans familie bor stadig i {city}.",
    "Jeg ringede til {org}, og de sendte en der hed {fn}.",
    "Hun hed {full}, tror jeg nok, men vi kaldte hende {fnf}.",
    "Vi kaldte ham bare {fnm}.",
    "Det var {fn} der fandt mig, da jeg faldt.",
    "Ja, {fn_s} far døde sidste år.",
    "Jeg har en veninde, {fnf}, som også har været igennem det.",
    "Min nabo {full} hjælper mig med indkøbene.",
    "Og så kom {titled} ind og sagde, at vi skulle vente.",
    "Ham der {fnm}, han var den værste chef, jeg har haft.",
    "Vi mødtes på {org} i {town}, det er vel ti år siden.",
    "Jeg tog bussen fra {town} til {town} hver dag.",
    "{fnf} er min bedste veninde.",
    "Min svigermor, {fnf}, er {age}.",
    "Du skal snakke med {full}, hun ved alt om det.",
    "Nej, det var ikke {fn}, det var {fn}.",
    "Så sagde {fn}: Det kan du ikke mene.",
    "Tolken hed {full}, og han var god.",
    "Min onkel {full} boede i {country} i mange år.",
    "Jeg var i praktik hos {org} i {town}.",
    "Vores præst, {titled}, kom på besøg.",
    "Da jeg gik i skole i {town}, havde jeg en ven der hed {fnm}.",
    "Hej, jeg hedder {fn}, og jeg er {age} år gammel.",
    "Jeg er født i {city} i {country}, men jeg er vokset op i {town}.",
    "{person} og {person} er mine to bedste venner.",
    "Jeg fik en sms fra {person} i morges.",
    "Min datter {fnf} går i børnehave i {town}.",
    "Min søn {fnm} spiller fodbold i {org}.",
    "Hvis du spørger {fn}, så siger hun noget andet.",
    "{person} var ikke glad for det, kan jeg godt sige dig.",
    "Vi var hos {fn_s} forældre i {town} i påsken.",
    "Hun bor ude ved {fn_s} søster i {region}.",
    "Jeg kan huske, at {person} stod og græd.",
    "Og det var så der, {fn} og {fn} blev skilt.",
    "Jeg blev indlagt på {org}, og der var en sygeplejerske der hed {fnf}.",
    "Min psykolog, {full}, har hjulpet mig meget.",
    "Ja, ja, {fn} er fin nok.",
    "Interviewer spørger: Hvem er {fn}? – Det er min kusine.",
    "Vi har boet i {town} siden {n}, mig og {fn}.",
    "Han flygtede fra {country} sammen med sin bror {fnm}.",
    "Min mor, {full}, kom til Danmark i halvfjerdserne.",
    "Jeg arbejder for {org} nu, i afdelingen i {town}.",
    "Så skrev {fn} til mig på {brand}.",
    "Det var {fn_s} bil, vi lånte.",
    "{fn_s} kæreste er fra {city}.",
    "Og {titled}, han var direktør dengang.",
    "Chefen, {full}, kaldte os ind på kontoret.",
    "Jeg talte med borgmesteren, {full}, til et møde i {town}.",
    "Vores formand, {full}, har siddet i tyve år.",
    "Ministeren, {full}, var på besøg i {town} i {month}.",
    "{full} fra {org} har lovet at kigge på sagen.",
    "Det siger {full}, der er leder af {org}.",
    "Ifølge {full} er det ikke godt nok.",
    "Min ven {full} har en restaurant i {city}.",
    "Min farmor hed {fnf}, og hun kom fra {region}.",
    "Er det {fn} du mener? – Ja, {fn}.",
    "Hende {fnf} fra tredje sal, hun er helt vildt sød.",
    "Hvad med {fn}, ser du stadig hende?",
    "Jeg var sammen med {fnm} i fire år.",
    "Vi hentede {fn} ved stationen i {town}.",
    "Jeg har ikke set {fn} siden {month}.",
    "{fn_s} lillebror går i klasse med min søn.",
    "Kan du huske {full}? Han er død nu.",
    "Vores nye kollega hedder {full} og kommer fra {country}.",
    "{person} ringede til mig {day} aften.",
    "Det var hos {titled} at jeg fik diagnosen.",
    "Min eks, {fnm}, vil ikke se børnene.",
    "Og så var der {fnf}, hun var min første kæreste.",
    "Jeg gik til {fnf} og spurgte om hjælp.",
    "Han tog til {city} for at besøge {fn}.",
    "Hele familien var samlet hos {fn} i {town} til jul.",
]

# Two-party exchanges: interviewer question, then an answer with the entity.
EXCHANGES = [
    ("Hvad hedder din søster?", "Hun hedder {fnf}."),
    ("Hvem bor du sammen med?", "Med min kæreste, {fn}, og hans datter {fnf}."),
    ("Hvor er du vokset op?", "I {town}, og senere i {region}."),
    ("Hvem hjalp dig dengang?", "Det var {full} fra {org}."),
    ("Hvad hed din lærer?", "Hun hed {titled}, tror jeg."),
    ("Hvor kommer din familie fra?", "Fra {country}, fra {city}."),
    ("Og hvem er {fn}?", "Det er min {rel}."),
    ("Hvor arbejder du nu?", "Hos {org} i {town}."),
    ("Hvad hedder dine børn?", "{fn}, {fn} og den mindste hedder {fn}."),
    ("Har du kontakt med din far?", "Ja, {fnm} ringer hver søndag."),
    ("Hvem var din sagsbehandler?", "{full}, hun var god."),
    ("Hvad sagde lægen?", "{titled} sagde, at jeg skulle hvile mig."),
    ("Hvem er den vigtigste person for dig?", "{fn_s} mor, altså min svigermor."),
]

# Sentences with no names: look-alikes used as ordinary words, brands, weekdays and months.
NEGATIVE = [
    "Hans mor var syg, så han blev hjemme.",
    "Han tog hans cykel uden at spørge.",
    "Jeg tjener hundrede kroner per time.",
    "Vi får to liter mælk per dag.",
    "Det koster fem hundrede kroner per måned.",
    "Jeg vil gerne bo i et hus med have.",
    "Hvor skal jeg bo, når jeg bliver gammel?",
    "Der kan man ikke bo, det er alt for dyrt.",
    "I vinter var det rigtig hårdt.",
    "Om vinteren går jeg ikke så meget ud.",
    "Til vinter skal vi på ski.",
    "Held og lykke med det, sagde hun.",
    "Det var ren lykke at få lejligheden.",
    "Lykken er at have et sted at bo.",
    "Vi går ud på marken og ser på køerne.",
    "Der var storm hele natten.",
    "Han kastede en sten efter hunden.",
    "Hun fik en rose af ham.",
    "Man skal rose børnene, når de gør det godt.",
    "Vi tager af sted i maj.",
    "Det var sidst i august, tror jeg.",
    "På mandag skal jeg til lægen.",
    "Hver tirsdag går jeg til træning.",
    "Om onsdagen henter jeg børnene.",
    "Jeg fik brevet i torsdags.",
    "Vi ses på fredag.",
    "Lørdag og søndag har jeg fri.",
    "I januar og februar er der mørkt.",
    "Jeg startede i marts, og så i april blev jeg fyret.",
    "Til juni er det et år siden.",
    "Det skete i juli eller september.",
    "I oktober og november regner det bare.",
    "Til december holder vi jul hos min mor.",
    "Jeg så det på {brand}.",
    "Jeg skrev det på {brand} i går.",
    "Vi ser meget {brand} om aftenen.",
    "Han køber altid {brand}.",
    "Linen var for kort, så hunden stak af.",
    "Jeg har haft det skidt i lang tid.",
    "Altså, det ved jeg ikke rigtig.",
    "Ja, ja, det gør jeg.",
    "Øh, hvad var spørgsmålet?",
    "Nej, det tror jeg ikke.",
    "Jamen, det er jo svært at sige.",
    "Interviewer: Hvordan har du det med det i dag?",
    "Prøv at fortælle lidt om din barndom.",
    "Hvad tænker du om det?",
    "Hvordan var det at komme hjem igen?",
    "Bo alene, det kunne jeg ikke.",
    "Per definition er det jo ulovligt.",
    "Hans egen far havde også problemer.",
    "Vi skal snart flytte, fordi huset skal sælges.",
    "Jeg gik i skole, men jeg kunne ikke koncentrere mig.",
    "Mit barnebarn fylder snart år.",
    "Det var en rigtig dårlig sommer.",
    "Han er god til at holde humøret oppe.",
    "Der var meget sne i vinters.",
    "Kommunen har lovet at ringe tilbage.",
    "Jobcentret sendte mig i aktivering.",
    "Han var frisk på en tur i skoven.",
    "Vi så en ørn og en ravn ved søen.",
    "Hun bad en stille bøn for ham.",
    "Gud ved, hvad der var sket ellers.",
    "Det var fuldstændig vildt, ikke?",
    "Statsministeren holdt tale i fjernsynet.",
    "Dronningen holdt nytårstale.",
    "Jeg har det fint nu, men det var hårdt.",
    "Kan du sige lidt mere om det?",
    "Det kan jeg ikke huske.",
    "Sådan er det bare, ikke?",
    "Mor og far var skilt, da jeg var lille.",
    "Min søster og min bror bor begge i udlandet.",
    "Min mand er meget syg.",
    "Hun var glad, da hun fik job.",
    "Vi er mange søskende, seks i alt.",
    "Jeg drikker ikke længere, jeg går til møder.",
    "Det er godt med det grønne område bag ved huset.",
]

# Role words that label turns and are never names; generic speech-to-text labels too.
ROLE_LABELS = [
    "Interviewer", "I", "IP", "Informant", "Int", "INT", "Interviewperson", "Moderator", "Tolk",
    "Deltager 1", "Deltager 2", "Deltager 3", "Speaker 1", "Speaker 2", "SPEAKER_00", "SPEAKER_01",
    "Taler 1", "Taler 2", "Person A", "Person B", "Forsker", "R", "IV", "D1", "D4", "Mand", "Kvinde",
]

TITLES = ["fru", "hr.", "dr.", "pastor", "doktor", "frøken", "overlæge", "professor", "lektor",
          "borgmester", "direktør", "minister", "sognepræst", "frk.", "Fru", "Hr.", "Dr.", "Pastor"]

RELATIVES = ["søster", "bror", "mor", "far", "fætter", "kusine", "moster", "faster", "morbror", "farbror",
             "svoger", "svigerinde", "nevø", "niece", "datter", "søn", "mormor", "farfar", "onkel", "tante",
             "veninde", "kammerat", "kæreste", "nabo", "kollega"]

WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]

# Products and media: not organisations in the sense of the anonymiser; they stay.
BRANDS = ["Facebook", "Instagram", "Snapchat", "TikTok", "YouTube", "Netflix", "Messenger", "iPhone",
          "Spotify", "Google", "Coca-Cola", "Matador", "Playstation", "Tinder", "MobilePay", "Nutella",
          "Panodil", "Zoom", "Teams", "Minecraft", "Fortnite", "WhatsApp", "Pepsi", "Red Bull"]

FILLERS = ["Altså", "Øh", "Ja", "Jamen", "Nå", "Men", "Og", "Så", "Mmm", "Nej", "Okay", "Hmm", "Ja ja",
           "Ikke", "Jo", "Tja", "Puha", "Hov"]

# Vietnamese: family name, middle name, given name ("Nguyen Thi Lan"); in Denmark often "Lan Nguyen".
VIET_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo",
               "Duong", "Ly", "Truong", "Dinh", "Lam", "Mai", "Huynh", "Vo"]
VIET_MIDDLE = ["Thi", "Van", "Minh", "Duc", "Ngoc", "Thanh", "Huu", "Kim", "Quoc", "Xuan", "Hong"]
VIET_GIVEN = ["Lan", "Linh", "Hoa", "Mai", "Huong", "Trang", "Nhung", "Dung", "Phuong", "Thuy", "Hanh",
              "Anh", "Tuan", "Hung", "Nam", "Quang", "Long", "Khoa", "Hieu", "Bao", "Vy", "Tam", "Son",
              "Thao", "Yen", "Cuong", "Phuc", "Hai", "Tien", "Loan"]

# Somali: given name, father's name, grandfather's name ("Hodan Abdi Warsame").
SOMALI_GIVEN = ["Hodan", "Faduma", "Ayaan", "Hibaaq", "Sahra", "Nimco", "Ubah", "Filsan", "Ifrah",
                "Qamar", "Abdi", "Abdirahman", "Mahad", "Guled", "Liban", "Farhan", "Abdullahi", "Yusuf",
                "Hassan", "Mohamed", "Bashir", "Jama", "Omar", "Idil", "Hamdi"]
SOMALI_FAMILY = ["Warsame", "Farah", "Abdi", "Mohamed", "Hassan", "Ali", "Jama", "Ahmed", "Osman",
                 "Yusuf", "Egal", "Dirie", "Aden", "Nur", "Ismail", "Hussein", "Abdillahi", "Gedi",
                 "Samatar", "Hirsi"]

# Turkish given names and family names (with the Turkish letters).
TURKISH_GIVEN = ["Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Hatice", "Merve", "Özlem", "Gül", "Derya",
                 "Mehmet", "Mustafa", "Emre", "Burak", "Murat", "Serkan", "Hakan", "Cem", "Oğuz", "Kemal",
                 "Yusuf", "Deniz", "Volkan", "Tuğba", "Şeyma"]
TURKISH_FAMILY = ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
                  "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
                  "Şimşek", "Polat", "Erdem", "Güneş", "Aksoy", "Bulut"]

# Greenlandic given names; family names are mostly of Danish or Greenlandic origin.
GREENLANDIC_GIVEN = ["Aviaja", "Nivi", "Naja", "Pipaluk", "Arnaq", "Paninnguaq", "Ivalo", "Nuka",
                     "Malik", "Inuk", "Minik", "Aqqaluk", "Kunuk", "Hans-Ole", "Pavia", "Kaassannguaq",
                     "Ulloriaq", "Inunnguaq", "Sika", "Kiiu", "Mininnguaq", "Najaaraq", "Aputsiaq",
                     "Qivioq", "Uiloq"]
GREENLANDIC_FAMILY = ["Kleist", "Lynge", "Berthelsen", "Heilmann", "Motzfeldt", "Egede", "Kreutzmann",
                      "Fleischer", "Petrussen", "Zeeb", "Kristiansen", "Olsvig", "Rosing", "Mathæussen",
                      "Chemnitz", "Hammeken", "Davidsen", "Kuko", "Nathanielsen", "Sandgreen"]

# Arabic names: given name, then "bin"/"ibn"/"al-" forms or a father's name.
ARABIC_FAMILY = ["al-Hassan", "al-Sayed", "al-Rashid", "al-Masri", "al-Khatib", "al-Najjar", "al-Amin",
                 "al-Hakim", "al-Zahrani", "el-Sayed", "Abdullah", "Haddad", "Khalil", "Mansour",
                 "Saleh", "Qasim", "Darwish", "Nasser", "Hamdan", "Karim", "Aziz", "Rahman", "Yousef"]

# Names with particles: the particle belongs to the name.
PARTICLE_NAMES = ["van der Berg", "van Dijk", "van den Bosch", "de Vries", "de Jong", "von Holstein",
                  "von Platen", "von der Recke", "de la Cour", "de Neergaard", "du Plessis", "von Bülow",
                  "van Hauen", "de Klerk", "le Roux", "di Stefano", "da Silva", "dos Santos", "van Deurs",
                  "de Place"]

# Other European given names and family names, so a name need not be Danish to be a name.
EURO_GIVEN = ["Pierre", "Claire", "Julien", "Camille", "Giulia", "Marco", "Francesca", "Lorenzo",
              "Carlos", "Lucía", "Javier", "Carmen", "Katarzyna", "Piotr", "Agnieszka", "Tomasz",
              "Dragan", "Milica", "Nikola", "Jelena", "Olga", "Dmitri", "Natalia", "Sergei", "Brigitte",
              "Wolfgang", "Jürgen", "Sabine", "Siobhan", "Callum", "Aoife", "Declan", "Jessica", "Ryan",
              "Emily", "Matthew", "Ingrid", "Sven", "Åsa", "Björn", "Tuomas", "Aino", "Eero", "Lukas",
              "Jana", "Ondřej", "Zoltán", "Réka", "Andrei", "Ioana", "Vesna", "Goran", "Luigi", "Paola"]
EURO_FAMILY = ["Moreau", "Lefebvre", "Dubois", "Rossi", "Bianchi", "Esposito", "García", "Fernández",
               "López", "Martínez", "Nowak", "Kowalski", "Wiśniewska", "Petrović", "Jovanović",
               "Ivanova", "Smirnov", "Volkov", "Schneider", "Fischer", "Weber", "Becker", "Murphy",
               "O'Brien", "Kelly", "Walsh", "Thompson", "Harris", "Clarke", "Lindqvist", "Berglund",
               "Johansson", "Virtanen", "Korhonen", "Novák", "Dvořák", "Horváth", "Popescu", "Ionescu",
               "Kovač", "Horvat", "Ricci", "Romano", "Greco", "Costa", "Santos", "Pereira", "Wagner"]

# Sentences whose capitalised words are organisations, places, works or products, not persons, so the
# model does not learn "capitalised and unknown" as "person".
OTHER = [
    "Jeg arbejdede på {company} i {n} år.",
    "Min bror har sit eget firma, {company}, ude i {town}.",
    "Hun fik job hos {company} lige efter uddannelsen.",
    "Vi boede på {street} i {town}, lige ved skolen.",
    "Jeg flyttede ind på {street} i {month}.",
    "Adressen er {street} {n}, tror jeg.",
    "Så så vi filmen {title} i biografen.",
    "Har du læst {title}? Den er god.",
    "Han hører kun {band}, hele tiden.",
    "Vi var til koncert med {band} i {city}.",
    "Han kører rundt i en gammel {car}.",
    "Jeg har lige købt en brugt {car}.",
    "Min søn spiller fodbold i {club}.",
    "Vi stemte altid på {party} derhjemme.",
    "Min far var medlem af {party} i mange år.",
    "Hun arbejder for {abbr} nu.",
    "Det var {abbr}, der betalte for kurset.",
    "Vi var på ferie i {wcity} sidste sommer.",
    "Hans søster bor i {wcity} med sin familie.",
    "Han blev ansat i {company} i {wcity}.",
    "Firmaet hed {company}, og de lavede vinduer.",
    "Jeg så det i programmet {title}.",
    "{company} lukkede, og så stod vi uden arbejde.",
    "{club} vandt i søndags, så han var glad.",
    "Vi kørte fra {wcity} til {wcity} på en dag.",
    "Hun læste {title} af {full}.",
    "Jeg var med i {club}, da jeg var ung.",
    "De har åbnet en ny afdeling af {company} i {town}.",
    "Vi spiste på {company} i aftes.",
    "Efter {abbr} gik jeg over til {company}.",
]

PARTIES = ["Socialdemokratiet", "Venstre", "Det Konservative Folkeparti", "De Konservative", "Enhedslisten",
           "SF", "Socialistisk Folkeparti", "Dansk Folkeparti", "Radikale Venstre", "Liberal Alliance",
           "Alternativet", "Kristendemokraterne", "Moderaterne", "Danmarksdemokraterne"]
ABBREVIATIONS = ["KL", "LO", "DI", "SKAT", "FN", "EU", "NATO", "WHO", "UNHCR", "Udbetaling Danmark",
                 "Styrelsen for Arbejdsmarked og Rekruttering", "Region Syddanmark", "Ungdommens Røde Kors"]
TRADES = ["Auto", "Tømrerforretning", "VVS", "Maskinstation", "Blomster", "Bageri", "Malerfirma",
          "Rengøring", "Transport", "Murerfirma", "El-service", "Entreprenør", "Revision", "Frisør"]
INSTITUTIONS = ["Boldklub", "Kommune", "Sygehus", "Gymnasium", "Efterskole", "Rideklub", "Handelsskole",
                "Idrætsforening", "Bryghus", "Friskole", "Avis", "Fjernvarme", "Svømmeklub",
                "Produktionsskole"]
PLACE_WORDS = ["Solsikken", "Fyrtårnet", "Havblik", "Egetræet", "Nordlys", "Bølgen", "Ankeret", "Stjernen",
               "Kastanjen", "Lærken", "Svanen", "Hjørnet", "Mågen", "Kilden", "Skovbrynet", "Engen",
               "Rosen", "Møllen", "Tårnet", "Bien"]
EN_WORDS = ["Blue", "Star", "Nordic", "Green", "North", "Bright", "Smart", "Future", "Ocean", "Silver",
            "Golden", "Urban", "Wild", "Black", "Red", "Royal", "First", "Next", "Prime", "Digital",
            "Global", "Power", "Light", "Stone", "River", "Eagle", "Wolf", "Fox", "Hill", "Sun", "Moon",
            "Sky", "Fire", "Rock", "Dream", "Magic", "Free", "Happy", "Little", "Big", "Night", "Iron"]
EN_SUFFIXES = ["Solutions", "Media", "Group", "Systems", "Energy", "Design", "Consult", "Invest",
               "Partners", "Logistics", "Trading", "Finance", "Holding", "A/S", "ApS", "IT", "Games",
               "Foods", "Pharma"]
STREET_ENDINGS = ["vej", "gade", "allé", "stræde", "parken", "toften", "vænget", "bakken", "høj"]
CARS = ["Volvo", "Toyota", "Ford", "Opel", "Skoda", "Peugeot", "Citroën", "Renault", "Volkswagen",
        "Mazda", "Nissan", "Tesla", "Fiat", "BMW", "Mercedes", "Hyundai", "Kia", "Suzuki", "Audi"]
DANISH_TITLE_WORDS = ["Den", "Det", "Mørkets", "Havets", "Sommerens", "Store", "Lille", "Sidste", "Flugt",
                      "Hjerte", "Nat", "Rejse", "Hemmelighed", "Skygge", "Hus", "Drøm", "Vinter", "Sang"]

# Cities abroad beyond qcode's short list, in Danish spelling where there is one.
WORLD_CITIES = ["New York", "Los Angeles", "Chicago", "Boston", "Houston", "Atlanta", "Seattle", "Miami",
                "San Francisco", "Washington", "Toronto", "Vancouver", "Sydney", "Melbourne", "Tokyo",
                "Beijing", "Shanghai", "Mumbai", "Delhi", "Karachi", "Lagos", "Nairobi", "Kapstaden",
                "Johannesburg", "Buenos Aires", "Rio de Janeiro", "São Paulo", "Mexico City", "Lima",
                "Santiago", "Bogotá", "Havana", "Dubai", "Doha", "Riyadh", "Casablanca", "Tunis", "Algier",
                "Khartoum", "Addis Abeba", "Kampala", "Dakar", "Accra", "Manila", "Jakarta", "Hanoi",
                "Seoul", "Singapore", "Kuala Lumpur", "Lyon", "Marseille", "Nice", "Bordeaux", "Napoli",
                "Torino", "Firenze", "Venedig", "Sevilla", "Valencia", "Porto", "Rotterdam", "Antwerpen",
                "Genève", "Zürich", "Salzburg", "Frankfurt", "Köln", "Düsseldorf", "Stuttgart", "Dresden",
                "Leipzig", "Bremen", "Rostock", "Lübeck", "Glasgow", "Liverpool", "Birmingham", "Leeds",
                "Cardiff", "Belfast", "Reykjavik", "Bergen", "Trondheim", "Stavanger", "Uppsala",
                "Tampere", "Turku", "Tartu", "Kaunas", "Minsk", "Odessa", "Sofia", "Skopje", "Ljubljana",
                "Split", "Bratislava", "Brno", "Poznań"]

# Talk about the news: people with their roles, foreign teams, firms and places, as interviewees retell
# what they read or saw; the persons are drawn from every tradition, the rest is no person.
NEWS = [
    "Jeg læste, at {full}, direktør i {company}, er blevet fyret.",
    "{full} fra {party} sagde i fjernsynet, at det ikke kunne passe.",
    "Præsident {full} var på besøg i {wcity} i sidste uge.",
    "Udenrigsminister {full} mødtes med {full} i {wcity}.",
    "{fclub} vandt 2-1 over {fclub}, og {full} scorede begge mål.",
    "Han spillede for {fclub}, før han kom til {club}.",
    "Ifølge avisen har {company} købt {company} for mange millioner.",
    "{full} og {full} har skrevet en bog om krigen i {country}.",
    "Forfatteren {full} fik en pris for romanen {title}.",
    "I filmen {title} spiller {full} en betjent fra {wcity}.",
    "Sangeren {full} gav koncert i {wcity} med sit band, {band}.",
    "Det var {full} og ikke {full}, der vandt valget i {country}.",
    "{abbr} har sendt {full} til {wcity} for at forhandle.",
    "Politiet i {wcity} har anholdt en mand, siger talsmand {full}.",
    "Professor {full} fra universitetet i {wcity} mener, at det er forkert.",
    "Rytteren {full} fra {fclub} vandt etapen til {wcity}.",
    "Firmaet {company} fra {wcity} har fået ny chef, {full}.",
    "{fclub} har hentet {full} fra {fclub}.",
    "Hun har læst alt af {full}, især {title}.",
    "Efter mødet i {wcity} sagde {full}, at {abbr} vil hjælpe.",
]

# Teams abroad, made from cities: "FC Lyon" is an organisation like "Brøndby IF".
FOREIGN_CLUB_FORMS = ["FC {}", "{} FC", "{} United", "Real {}", "AS {}", "Sporting {}", "Dynamo {}",
                      "{} City"]
