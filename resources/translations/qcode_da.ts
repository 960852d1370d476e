<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AdjudicationDialog</name>
    <message>
        <location filename="_helper_strings.py" line="18"/>
        <location filename="_helper_strings.py" line="22"/>
        <source>Adjudicate disagreements</source>
        <translation>Afgør uenigheder</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="19"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="20"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="21"/>
        <source>Not decided yet.</source>
        <translation>Ikke afgjort endnu.</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="23"/>
        <source>Keep both</source>
        <translation>Behold begge</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="24"/>
        <source>Keep neither</source>
        <translation>Behold ingen</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="25"/>
        <source>Use my selection</source>
        <translation>Brug min markering</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="26"/>
        <source>Coder A:</source>
        <translation>Koder A:</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="27"/>
        <source>Coder B:</source>
        <translation>Koder B:</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="28"/>
        <source>Consensus coder:</source>
        <translation>Konsensuskoder:</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="29"/>
        <source>Consensus (select words and press &quot;Use my selection&quot; to write your own version):</source>
        <translation>Konsensus (markér ord og tryk &quot;Brug min markering&quot; for at skrive din egen version):</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="30"/>
        <source>Add agreed passages</source>
        <translation>Tilføj enige passager</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="31"/>
        <location filename="_helper_strings.py" line="32"/>
        <source>Keep %1&apos;s</source>
        <translation>Behold %1s</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="33"/>
        <source>Version A: %1</source>
        <translation>Version A: %1</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="34"/>
        <source>Version B: %1</source>
        <translation>Version B: %1</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="35"/>
        <source>Add %1 agreed passages to the consensus layer</source>
        <translation>Tilføj %1 enige passager til konsensuslaget</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="36"/>
        <source>No disagreements between these coders.</source>
        <translation>Ingen uenigheder mellem disse kodere.</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="37"/>
        <source>Select the words of your version in the consensus text first.</source>
        <translation>Markér først ordene i din version i konsensusteksten.</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="38"/>
        <source>both versions</source>
        <translation>begge versioner</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="39"/>
        <source>neither version</source>
        <translation>ingen af versionerne</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="40"/>
        <source>your own version</source>
        <translation>din egen version</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="41"/>
        <source>Adjudication shows and selects the stored text, with the original names. Turn off the pseudonymised view to adjudicate: %1 (%2).</source>
        <translation>Afgørelsen viser og markerer i den gemte tekst med de oprindelige navne. Slå den pseudonymiserede visning fra for at afgøre: %1 (%2).</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="42"/>
        <location filename="_helper_strings.py" line="43"/>
        <source>%1&apos;s version</source>
        <translation>%1s version</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="44"/>
        <source>Decided: %1 (%2, %3)</source>
        <translation>Afgjort: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="45"/>
        <source>%1 of %2 disagreements decided; %3 of %4 agreed passages in the &apos;%5&apos; layer.</source>
        <translation>%1 af %2 uenigheder afgjort; %3 af %4 enige passager i laget &apos;%5&apos;.</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="70"/>
        <source>Agreement %</source>
        <translation>Enighed %</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="70"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="70"/>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="71"/>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="72"/>
        <source>Only %1 (%2)</source>
        <translation>Kun %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="122"/>
        <source>Mean of codes</source>
        <translation>Gennemsnit af koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="124"/>
        <source>Overall (pooled)</source>
        <translation>Samlet (puljet)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="130"/>
        <source>The plain mean of the codes&apos; figures: every code weighs the same.</source>
        <translation>Det simple gennemsnit af kodernes tal: hver kode vejer lige meget.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="132"/>
        <source>Every code&apos;s counts added up, then one figure: codes with more text weigh more (NVivo&apos;s overall).</source>
        <translation>Alle koders optællinger lagt sammen, derefter ét tal: koder med mere tekst vejer mere (NVivos samlede tal).</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="73"/>
        <source>Segment agreement %</source>
        <translation>Enighed om uddrag %</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="33"/>
        <source>characters</source>
        <translation>tegn</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="34"/>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="40"/>
        <source>sentences</source>
        <translation>sætninger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="35"/>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="41"/>
        <source>turns</source>
        <translation>taleture</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="39"/>
        <source>chars</source>
        <translation>tegn</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="66"/>
        <source>A segment counts as matched when the other coder coded at least this share of it with the same code.</source>
        <translation>Et uddrag tæller som fælles, når den anden koder har kodet mindst denne andel af det med samme kode.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="70"/>
        <source>Roll up sub-codes</source>
        <translation>Læg underkoder sammen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="71"/>
        <source>Show each document</source>
        <translation>Vis hvert dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="75"/>
        <source>What percent agreement, kappa and alpha count: every character (as NVivo), every sentence or every speaker turn a coder coded.</source>
        <translation>Hvad procentvis enighed, kappa og alfa tæller: hvert tegn (som NVivo), hver sætning eller hver taletur, en koder har kodet.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="77"/>
        <source>Count documents only one coder coded</source>
        <translation>Tæl dokumenter, som kun én koder har kodet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="79"/>
        <source>Off: such documents are left out and listed. On: they count, as documents where the other coder coded nothing.</source>
        <translation>Fra: sådanne dokumenter udelades og listes. Til: de tæller med, som dokumenter hvor den anden koder intet kodede.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="81"/>
        <source>All coders (Krippendorff&apos;s alpha)</source>
        <translation>Alle kodere (Krippendorffs alfa)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="83"/>
        <source>Adjudicate…</source>
        <translation>Afgør…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="85"/>
        <source>Settle where the two coders disagree, into a consensus layer.</source>
        <translation>Afgør hvor de to kodere er uenige, i et konsensuslag.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="105"/>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="247"/>
        <source>Select a code to see where the coders disagree.</source>
        <translation>Vælg en kode for at se, hvor koderne er uenige.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="117"/>
        <source>Coder A:</source>
        <translation>Koder A:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="118"/>
        <source>Coder B:</source>
        <translation>Koder B:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="119"/>
        <source>Segment matched at:</source>
        <translation>Uddrag fælles ved:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="120"/>
        <source>Unit:</source>
        <translation>Enhed:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="253"/>
        <source>Unit: %1.</source>
        <translation>Enhed: %1.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="254"/>
        <source>Compared documents: %1.</source>
        <translation>Sammenlignede dokumenter: %1.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="256"/>
        <source>Coders: %1.</source>
        <translation>Kodere: %1.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="258"/>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="264"/>
        <source>Left out, coded by one coder only: %1.</source>
        <translation>Udeladt, kun kodet af én koder: %1.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="261"/>
        <source>Counted although only one coder coded them: %1.</source>
        <translation>Talt med, skønt kun én koder kodede dem: %1.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="267"/>
        <source>Segment kappa (MAXQDA, all codes): %1.</source>
        <translation>Segmentkappa (MAXQDA, alle koder): %1.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="275"/>
        <source>all codes</source>
        <translation>alle koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="278"/>
        <source>%1 disagreeing segments for %2</source>
        <translation>%1 uenige uddrag for %2</translation>
    </message>
</context>
<context>
    <name>AlphaModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="157"/>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="157"/>
        <source>Pairable units (%1)</source>
        <translation>Parrede enheder (%1)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="158"/>
        <source>Coded by %1</source>
        <translation>Kodet af %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="196"/>
        <source>Mean of codes</source>
        <translation>Gennemsnit af koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="198"/>
        <source>Overall (pooled)</source>
        <translation>Samlet (puljet)</translation>
    </message>
</context>
<context>
    <name>AnalysisTables</name>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="34"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="35"/>
        <source>Share %</source>
        <translation>Andel %</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="36"/>
        <source>Lemma</source>
        <translation>Lemma</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="37"/>
        <source>Word</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="38"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="39"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="40"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="41"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="42"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="43"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="44"/>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="45"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="46"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="47"/>
        <source>Hit</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="48"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="49"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="46"/>
        <location filename="../../qcode/ui/analysis/window.py" line="114"/>
        <source>Analysis – %1</source>
        <translation>Analyse – %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="103"/>
        <source>Frequencies</source>
        <translation>Frekvenser</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="103"/>
        <source>Co-occurrence</source>
        <translation>Samforekomst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="104"/>
        <source>Segments</source>
        <translation>Uddrag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="104"/>
        <source>Text search</source>
        <translation>Tekstsøgning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="105"/>
        <source>Coding query</source>
        <translation>Kodeforespørgsel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="105"/>
        <source>Word frequencies</source>
        <translation>Ordfrekvenser</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="106"/>
        <source>Coder agreement</source>
        <translation>Koderenighed</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="106"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="107"/>
        <source>Saturation</source>
        <translation>Mætning</translation>
    </message>
</context>
<context>
    <name>AnonymiseReviewDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="92"/>
        <source>Anonymisation review</source>
        <translation>Gennemgang af anonymisering</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="97"/>
        <source>Detect in all documents</source>
        <translation>Find i alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="113"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="113"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="113"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="114"/>
        <source>Mentions</source>
        <translation>Forekomster</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="114"/>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="114"/>
        <source>Why it waits</source>
        <translation>Hvorfor den venter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="126"/>
        <source>&amp;Accept</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="127"/>
        <source>&amp;Reject</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="128"/>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="129"/>
        <source>Edit &amp;pseudonym…</source>
        <translation>Redigér &amp;pseudonym…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="134"/>
        <source>Merge the selected entities into the one you selected first; it keeps its pseudonym and role</source>
        <translation>Flet de markerede enheder ind i den, du markerede først; den beholder sit pseudonym og sin rolle</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="137"/>
        <source>&amp;Seal…</source>
        <translation>&amp;Forsegl…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="138"/>
        <source>Make the pseudonyms permanent; the key goes to a separate file</source>
        <translation>Gør pseudonymerne permanente; nøglen gemmes i en separat fil</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="141"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="172"/>
        <source>pending</source>
        <translation>afventer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="172"/>
        <source>accepted</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="173"/>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="174"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="175"/>
        <source>Relative</source>
        <translation>Slægtning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="197"/>
        <source>%n entities, </source>
        <translation>
            <numerusform>%n enhed, </numerusform>
            <numerusform>%n enheder, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="197"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n til gennemgang</numerusform>
            <numerusform>%n til gennemgang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="201"/>
        <source>%n document(s) not searched yet: Detect in all documents</source>
        <translation>
            <numerusform>%n dokument er ikke gennemsøgt endnu: Find i alle dokumenter</numerusform>
            <numerusform>%n dokumenter er ikke gennemsøgt endnu: Find i alle dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="256"/>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="306"/>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="329"/>
        <source>Anonymisation</source>
        <translation>Anonymisering</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="284"/>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="284"/>
        <source>Select two or more entities of the same kind.</source>
        <translation>Vælg to eller flere enheder af samme slags.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="317"/>
        <source>Sealing replaces every accepted name, age and place in the stored texts and removes the originals from the project. Codings keep their words.

This cannot be undone: Undo does not bring the originals back, and the undo history is cleared. Continue?</source>
        <translation>Forsegling erstatter alle godkendte navne, aldre og steder i de gemte tekster og fjerner originalerne fra projektet. Kodningerne beholder deres ord.

Det kan ikke fortrydes: Fortryd henter ikke originalerne tilbage, og fortrydelseshistorikken ryddes. Fortsæt?</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="26"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="27"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="28"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="29"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="34"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="35"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="37"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="38"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="39"/>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/entity_kinds.py" line="40"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="365"/>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="372"/>
        <source>Anonymise selection</source>
        <translation>Anonymisér markering</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="366"/>
        <source>The selected text is a:</source>
        <translation>Den markerede tekst er:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="372"/>
        <source>Mark &apos;%1&apos; as %2? It is replaced by a pseudonym in every document and export. This cannot be undone with Undo; reject it in Tools → Anonymise to keep it.</source>
        <translation>Markér &apos;%1&apos; som %2? Det erstattes af et pseudonym i alle dokumenter og eksporter. Det kan ikke fortrydes med Fortryd; afvis det under Værktøjer → Anonymisér for at beholde det.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="113"/>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="294"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="70"/>
        <source>Searching %1 (%2 of %3)</source>
        <translation>Gennemsøger %1 (%2 af %3)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="295"/>
        <source>Pseudonym (leave empty for the automatic one):</source>
        <translation>Pseudonym (lad feltet stå tomt for det automatiske):</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="303"/>
        <source>Detecting names and ages…</source>
        <translation>Finder navne og aldre…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="316"/>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="335"/>
        <source>Seal the project</source>
        <translation>Forsegl projektet</translation>
    </message>
</context>
<context>
    <name>AppendixExport</name>
    <message>
        <location filename="_helper_strings.py" line="46"/>
        <location filename="_helper_strings.py" line="49"/>
        <source>Methods appendix</source>
        <translation>Metodebilag</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="47"/>
        <source>Language of the appendix:</source>
        <translation>Bilagets sprog:</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="48"/>
        <source>Export methods appendix</source>
        <translation>Eksportér metodebilag</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="50"/>
        <source>Writing the methods appendix…</source>
        <translation>Skriver metodebilaget…</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="51"/>
        <source>Export blocked</source>
        <translation>Eksport blokeret</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="52"/>
        <source>Wrote the methods appendix to %1</source>
        <translation>Skrev metodebilaget til %1</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="53"/>
        <source>Possible identifying text</source>
        <translation>Mulig identificerende tekst</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../qcode/ui/workers.py" line="84"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>BlindDialog</name>
    <message>
        <location filename="_helper_strings.py" line="54"/>
        <location filename="_helper_strings.py" line="58"/>
        <source>Blind coding</source>
        <translation>Blind kodning</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="55"/>
        <source>Blind coding: coders who are not leads see only their own codings</source>
        <translation>Blind kodning: kodere, der ikke er ledere, ser kun deres egne kodninger</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="56"/>
        <source>Leads see every coding and can change these settings. A shared coder&apos;s codings (for example speaker auto-coding done before the round) are seen by everyone. This is a working agreement, not a lock: the file holds every coding.</source>
        <translation>Ledere ser alle kodninger og kan ændre disse indstillinger. En delt koders kodninger (for eksempel automatisk kodning af talere lavet før runden) ses af alle. Det er en arbejdsaftale, ikke en lås: filen indeholder alle kodninger.</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="57"/>
        <source>Reveal the codings (open the comparison)</source>
        <translation>Vis kodningerne (åbn sammenligningen)</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="59"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="60"/>
        <source>Lead</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="61"/>
        <source>Shared</source>
        <translation>Delt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="62"/>
        <source>You (%1) code blind: only a lead can change these settings.</source>
        <translation>Du (%1) koder blindt: kun en leder kan ændre disse indstillinger.</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="63"/>
        <source>Revealed %1.</source>
        <translation>Vist %1.</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="131"/>
        <source>Cases and attributes – %1</source>
        <translation>Cases og attributter – %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="132"/>
        <source>New case…</source>
        <translation>Ny case…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="133"/>
        <source>New attribute…</source>
        <translation>Ny attribut…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="134"/>
        <source>Link document…</source>
        <translation>Tilknyt dokument…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="135"/>
        <source>Unlink document…</source>
        <translation>Fjern dokument…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="136"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="137"/>
        <source>Double-click a cell to edit it; an empty value clears it.</source>
        <translation>Dobbeltklik på en celle for at redigere den; en tom værdi sletter den.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="191"/>
        <source>Cases and attributes</source>
        <translation>Cases og attributter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="213"/>
        <source>New case</source>
        <translation>Ny case</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="213"/>
        <source>Name of the case (e.g. the interviewee):</source>
        <translation>Navn på casen (fx interviewpersonen):</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="230"/>
        <source>New attribute</source>
        <translation>Ny attribut</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="231"/>
        <source>There is already an attribute &apos;%1&apos;.</source>
        <translation>Der findes allerede en attribut &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="250"/>
        <source>Link document</source>
        <translation>Tilknyt dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="250"/>
        <source>Unlink document</source>
        <translation>Fjern dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="251"/>
        <source>Document that belongs to &apos;%1&apos;:</source>
        <translation>Dokument, der hører til &apos;%1&apos;:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="252"/>
        <source>Document that does not belong to &apos;%1&apos;:</source>
        <translation>Dokument, der ikke længere hører til &apos;%1&apos;:</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="22"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="23"/>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="24"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="25"/>
        <source>Yes/no</source>
        <translation>Ja/nej</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="91"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="91"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
</context>
<context>
    <name>CodeEditorDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/code_editor.py" line="17"/>
        <source>Code &apos;%1&apos;</source>
        <translation>Kod &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_editor.py" line="18"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_editor.py" line="18"/>
        <source>Include when</source>
        <translation>Medtag når</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_editor.py" line="18"/>
        <source>Exclude when</source>
        <translation>Udelad når</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_editor.py" line="19"/>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/code_picker.py" line="40"/>
        <source>Apply code</source>
        <translation>Anvend kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_picker.py" line="44"/>
        <source>Code name — Enter applies the highlighted code</source>
        <translation>Kodenavn — Enter anvender den fremhævede kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_picker.py" line="87"/>
        <source>Enter applies &apos;%1&apos;.</source>
        <translation>Enter anvender &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_picker.py" line="90"/>
        <source>No code matches. Press ↓ and Enter to create &apos;%1&apos;.</source>
        <translation>Ingen kode passer. Tryk ↓ og Enter for at oprette &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_picker.py" line="79"/>
        <source>Create &apos;%1&apos;</source>
        <translation>Opret &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CodebookController</name>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="78"/>
        <source>Code names and descriptions cannot be edited in the pseudonymised view: it shows other words than the stored ones. Turn it off to edit them: %1 (%2).</source>
        <translation>Kodenavne og beskrivelser kan ikke redigeres i den pseudonymiserede visning: den viser andre ord end de gemte. Slå den fra for at redigere dem: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="85"/>
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="85"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="88"/>
        <source>New sub-code</source>
        <translation>Ny underkode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="89"/>
        <source>Name of the new sub-code of &apos;%1&apos;:</source>
        <translation>Navn på den nye underkode til &apos;%1&apos;:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="170"/>
        <source>Code colour</source>
        <translation>Kodefarve</translation>
    </message>
</context>
<context>
    <name>CodebookHistoryDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="78"/>
        <source>Show changes that were undone</source>
        <translation>Vis ændringer, der blev fortrudt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="79"/>
        <source>All codes</source>
        <translation>Alle koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="80"/>
        <source>Reason…</source>
        <translation>Begrundelse…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="148"/>
        <source>Every change of the codebook</source>
        <translation>Alle ændringer af kodebogen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="149"/>
        <source>Codebook history</source>
        <translation>Kodebogens historik</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="157"/>
        <source>Changes of &apos;%1&apos;</source>
        <translation>Ændringer af &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="158"/>
        <source>Codebook history: %1</source>
        <translation>Kodebogens historik: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="162"/>
        <source>Turn off the pseudonymised view to edit a reason.</source>
        <translation>Slå den pseudonymiserede visning fra for at redigere en begrundelse.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="184"/>
        <source>Codings this change moved, and where they were made</source>
        <translation>Kodninger, som ændringen flyttede, og hvor de blev lavet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="188"/>
        <source>Codings of this code, and the names they were made under</source>
        <translation>Kodens kodninger og de navne, de blev lavet under</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="191"/>
        <source>Select a merge or split to see the codings it moved.</source>
        <translation>Vælg en sammenlægning eller deling for at se de kodninger, den flyttede.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/codebook_history.py" line="205"/>
        <source>Reason for the change</source>
        <translation>Begrundelse for ændringen</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../qcode/ui/models/codebook_model.py" line="173"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/codebook_model.py" line="173"/>
        <source>Codings</source>
        <translation>Kodninger</translation>
    </message>
</context>
<context>
    <name>CodebookView</name>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="229"/>
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="233"/>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="234"/>
        <source>Description and criteria…</source>
        <translation>Beskrivelse og kriterier…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="235"/>
        <source>Colour…</source>
        <translation>Farve…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="236"/>
        <source>Show only this code</source>
        <translation>Vis kun denne kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="238"/>
        <source>Merge into…</source>
        <translation>Flet ind i…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="240"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="239"/>
        <source>Split…</source>
        <translation>Del…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="224"/>
        <source>Code the selection with &apos;%1&apos;</source>
        <translation>Kod markeringen med &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="226"/>
        <source>Open code (its coded segments)</source>
        <translation>Åbn kode (dens kodede uddrag)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="231"/>
        <source>New sub-code of &apos;%1&apos;…</source>
        <translation>Ny underkode til &apos;%1&apos;…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="242"/>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../../qcode/ui/coder_identity.py" line="26"/>
        <source>Welcome to qcode</source>
        <translation>Velkommen til qcode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coder_identity.py" line="26"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coder_identity.py" line="29"/>
        <source>Your codings, memos and decisions are saved under this name, so a project lead can compare coders. Change it later under Edit → Settings.</source>
        <translation>Dine kodninger, memoer og beslutninger gemmes under dette navn, så en projektleder kan sammenligne kodere. Du kan ændre det senere under Redigér → Indstillinger.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coder_identity.py" line="34"/>
        <source>Coder name:</source>
        <translation>Kodernavn:</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="55"/>
        <source>Coding is off in the pseudonymised view: it shows other words than the stored text. Turn it off to code: %1 (%2).</source>
        <translation>Kodning er slået fra i den pseudonymiserede visning: den viser andre ord end den gemte tekst. Slå den fra for at kode: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="58"/>
        <source>Select some text first.</source>
        <translation>Markér først noget tekst.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="81"/>
        <source>Coded with &apos;%1&apos;</source>
        <translation>Kodet med &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="99"/>
        <source>A code name cannot be empty.</source>
        <translation>Et kodenavn må ikke være tomt.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="115"/>
        <source>Code with new code &apos;%1&apos;</source>
        <translation>Kod med ny kode &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="163"/>
        <source>&apos;%1&apos; here was coded by %2; uncode removes only your own codings.</source>
        <translation>&apos;%1&apos; her er kodet af %2; fjern kodning fjerner kun dine egne kodninger.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="168"/>
        <source>Uncoded &apos;%1&apos; and its memo; Ctrl+Z brings both back.</source>
        <translation>Kodningen &apos;%1&apos; og dens memo er fjernet; Ctrl+Z bringer begge tilbage.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="191"/>
        <source>Memo on &apos;%1&apos; for: “%2”</source>
        <translation>Memo om &apos;%1&apos; til: “%2”</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="192"/>
        <source>Memo on coding</source>
        <translation>Memo til kodning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="215"/>
        <source>No more codings of this code in the document.</source>
        <translation>Ikke flere kodninger med denne kode i dokumentet.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="21"/>
        <source>New code &apos;%1&apos;</source>
        <translation>Ny kode &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="40"/>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Omdøb &apos;%1&apos; til &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="56"/>
        <source>Colour of &apos;%1&apos;</source>
        <translation>Farve på &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="57"/>
        <source>Edit &apos;%1&apos;</source>
        <translation>Redigér &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="73"/>
        <source>Move &apos;%1&apos;</source>
        <translation>Flyt &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="89"/>
        <source>Delete code &apos;%1&apos;</source>
        <translation>Slet koden &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="104"/>
        <source>Merge &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>Flet &apos;%1&apos; ind i &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/coding.py" line="18"/>
        <source>Code &apos;%1&apos;</source>
        <translation>Kod &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/coding.py" line="44"/>
        <source>Uncode &apos;%1&apos;</source>
        <translation>Fjern kodning &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/coding.py" line="60"/>
        <source>Edit coding memo</source>
        <translation>Redigér memo til kodning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/coding.py" line="76"/>
        <source>Code %1 hits with &apos;%2&apos;</source>
        <translation>Kod %1 fund med &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/memos.py" line="15"/>
        <source>New memo</source>
        <translation>Nyt memo</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/memos.py" line="36"/>
        <source>Edit memo</source>
        <translation>Redigér memo</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/memos.py" line="51"/>
        <source>Delete memo</source>
        <translation>Slet memo</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="25"/>
        <source>Set %1 of &apos;%2&apos;</source>
        <translation>Sæt %1 for &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="26"/>
        <source>Clear %1 of &apos;%2&apos;</source>
        <translation>Ryd %1 for &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="47"/>
        <source>Rename case &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Omdøb casen &apos;%1&apos; til &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="64"/>
        <source>Link &apos;%1&apos; to case &apos;%2&apos;</source>
        <translation>Tilknyt &apos;%1&apos; til casen &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="65"/>
        <source>Unlink &apos;%1&apos; from case &apos;%2&apos;</source>
        <translation>Fjern &apos;%1&apos; fra casen &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="83"/>
        <source>New case &apos;%1&apos;</source>
        <translation>Ny case &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="102"/>
        <source>New attribute &apos;%1&apos;</source>
        <translation>Ny attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="2"/>
        <source>Accept %1 entities</source>
        <translation>Godkend %1 enheder</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="3"/>
        <source>Reject %1 entities</source>
        <translation>Afvis %1 enheder</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="4"/>
        <source>Pseudonym of %1</source>
        <translation>Pseudonym for %1</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="1"/>
        <source>Pseudonym style</source>
        <translation>Pseudonymstil</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="5"/>
        <source>Accept %1</source>
        <translation>Godkend %1</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="6"/>
        <source>Reject %1</source>
        <translation>Afvis %1</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="7"/>
        <source>Merge %1 into %2</source>
        <translation>Flet %1 ind i %2</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="8"/>
        <source>Keep A</source>
        <translation>Behold A</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="9"/>
        <source>Keep B</source>
        <translation>Behold B</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="10"/>
        <source>Keep both</source>
        <translation>Behold begge</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="11"/>
        <source>Keep neither</source>
        <translation>Behold ingen</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="12"/>
        <source>Own version</source>
        <translation>Egen version</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="13"/>
        <source>Add agreed passages to the consensus layer</source>
        <translation>Tilføj enige passager til konsensuslaget</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="17"/>
        <source>Merge %1</source>
        <translation>Flet %1</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="14"/>
        <source>Start blind coding</source>
        <translation>Start blind kodning</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="15"/>
        <source>Reveal the codings</source>
        <translation>Vis kodningerne</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="16"/>
        <source>Adjudicate: %1</source>
        <translation>Afgør: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook_history.py" line="18"/>
        <source>Split &apos;%1&apos;</source>
        <translation>Del &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook_history.py" line="36"/>
        <source>Reason for a codebook change</source>
        <translation>Begrundelse for en ændring af kodebogen</translation>
    </message>
</context>
<context>
    <name>CooccurrenceView</name>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="29"/>
        <source>Overlapping codings</source>
        <translation>Overlappende kodninger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="30"/>
        <source>Same speaker turn</source>
        <translation>Samme taletur</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="32"/>
        <source>Roll up sub-codes</source>
        <translation>Læg underkoder sammen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="37"/>
        <source>Click a cell to see its segments.</source>
        <translation>Klik på en celle for at se dens uddrag.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="42"/>
        <source>Co-occurring when:</source>
        <translation>Samforekomst når:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="74"/>
        <source>%1 segments where %2 and %3 co-occur</source>
        <translation>%1 uddrag hvor %2 og %3 forekommer sammen</translation>
    </message>
</context>
<context>
    <name>DeleteCodeDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="81"/>
        <source>Delete code</source>
        <translation>Slet kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="82"/>
        <source>Delete the code &apos;%1&apos;, its sub-codes and %2 codings?</source>
        <translation>Slet koden &apos;%1&apos;, dens underkoder og %2 kodninger?</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="83"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="209"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="209"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="209"/>
        <source>Coded by</source>
        <translation>Kodet af</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="210"/>
        <source>Other coder coded %</source>
        <translation>Anden koder %</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_models.py" line="210"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../qcode/ui/workspace.py" line="118"/>
        <source>Filter documents…</source>
        <translation>Filtrér dokumenter…</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="380"/>
        <source>%1 — coded by %2</source>
        <translation>%1 — kodet af %2</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="385"/>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="84"/>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="132"/>
        <source>Uncode &apos;%1&apos;</source>
        <translation>Fjern kodning &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="86"/>
        <source>Memo on this coding…</source>
        <translation>Memo til denne kodning…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="94"/>
        <source>&apos;%1&apos; coded by %2 (only they can change it)</source>
        <translation>&apos;%1&apos; kodet af %2 (kun de kan ændre den)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="112"/>
        <source>Code with</source>
        <translation>Kod med</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="117"/>
        <source>In-vivo code</source>
        <translation>In vivo-kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="119"/>
        <source>Mark for anonymisation</source>
        <translation>Markér til anonymisering</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="121"/>
        <source>Mark as name…</source>
        <translation>Markér som navn…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="122"/>
        <source>Mark as age…</source>
        <translation>Markér som alder…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="123"/>
        <source>Mark as place…</source>
        <translation>Markér som sted…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="124"/>
        <source>Mark as organisation…</source>
        <translation>Markér som organisation…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_interaction.py" line="134"/>
        <source>Memo on &apos;%1&apos; coding…</source>
        <translation>Memo til kodningen &apos;%1&apos;…</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../qcode/ui/models/documents_model.py" line="167"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/documents_model.py" line="167"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/documents_model.py" line="167"/>
        <source>Coded</source>
        <translation>Kodet</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../qcode/ui/analysis/export_buttons.py" line="46"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/export_buttons.py" line="47"/>
        <source>Copy the table (pseudonymised) to paste into Word or Excel</source>
        <translation>Kopiér tabellen (pseudonymiseret) til at indsætte i Word eller Excel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/export_buttons.py" line="48"/>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/export_buttons.py" line="49"/>
        <source>Export Excel…</source>
        <translation>Eksportér Excel…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/export_buttons.py" line="70"/>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/export_buttons.py" line="84"/>
        <source>Export Excel</source>
        <translation>Eksportér Excel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/export_buttons.py" line="110"/>
        <source>Possible identifying text</source>
        <translation>Mulig identificerende tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/export_buttons.py" line="112"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="79"/>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="363"/>
        <source>Export quotes</source>
        <translation>Eksportér citater</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="92"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="94"/>
        <source>Export codebook…</source>
        <translation>Eksportér kodebog…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="96"/>
        <source>Export memos…</source>
        <translation>Eksportér memoer…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="103"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="125"/>
        <source>Quotes (tick = favourite; drag or use the arrows to order)</source>
        <translation>Citater (flueben = favorit; træk eller brug pilene for at ordne)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="144"/>
        <source>Original text (select words and cut them to trim the quote)</source>
        <translation>Originaltekst (markér ord og klip dem ud for at forkorte citatet)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="149"/>
        <source>Cut selection […]</source>
        <translation>Klip markering ud […]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="150"/>
        <source>Remove cuts</source>
        <translation>Fjern udklip</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="162"/>
        <source>Preview (pseudonymised, as exported)</source>
        <translation>Forhåndsvisning (pseudonymiseret, som eksporteret)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="165"/>
        <source>Nothing has been pseudonymised yet: run Tools → Anonymise… first, or the export will stop at names it finds.</source>
        <translation>Intet er pseudonymiseret endnu: kør Værktøjer → Anonymisér… først, ellers stopper eksporten ved de navne, den finder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="204"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citat</numerusform>
            <numerusform>%n citater</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="306"/>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="337"/>
        <source>Possible identifying text</source>
        <translation>Mulig identificerende tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="309"/>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="339"/>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="354"/>
        <source>Export blocked</source>
        <translation>Eksport blokeret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="313"/>
        <source>Exported %n quote(s) to </source>
        <translation>
            <numerusform>Eksporterede %n citat til </numerusform>
            <numerusform>Eksporterede %n citater til </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="318"/>
        <source>Export codebook</source>
        <translation>Eksportér kodebog</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="319"/>
        <source>Exporting the codebook…</source>
        <translation>Eksporterer kodebogen…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="320"/>
        <source>Exported the codebook to </source>
        <translation>Kodebogen er eksporteret til </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="324"/>
        <source>Export memos</source>
        <translation>Eksportér memoer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="325"/>
        <source>Exporting the memos…</source>
        <translation>Eksporterer memoerne…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="326"/>
        <source>Exported the memos to </source>
        <translation>Memoerne er eksporteret til </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="347"/>
        <source>Exporting quotes…</source>
        <translation>Eksporterer citater…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../qcode/ui/widgets/find_bar.py" line="42"/>
        <source>Find in this document…</source>
        <translation>Find i dette dokument…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/find_bar.py" line="43"/>
        <source>Previous (Shift+Enter)</source>
        <translation>Forrige (Skift+Enter)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/find_bar.py" line="44"/>
        <source>Next (Enter)</source>
        <translation>Næste (Enter)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/find_bar.py" line="45"/>
        <source>Close (Esc)</source>
        <translation>Luk (Esc)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/find_bar.py" line="24"/>
        <location filename="../../qcode/ui/widgets/find_bar.py" line="85"/>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
</context>
<context>
    <name>FrequencyView</name>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="98"/>
        <source>Codings</source>
        <translation>Kodninger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="98"/>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="105"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="99"/>
        <source>Coded characters</source>
        <translation>Kodede tegn</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="99"/>
        <source>Coded words</source>
        <translation>Kodede ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="45"/>
        <source>Roll up sub-codes</source>
        <translation>Læg underkoder sammen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="47"/>
        <source>Hide unused codes</source>
        <translation>Skjul ubrugte koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="57"/>
        <source>Bar chart</source>
        <translation>Søjlediagram</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="58"/>
        <source>Heat map</source>
        <translation>Varmekort</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="61"/>
        <source>Click a cell to see its segments.</source>
        <translation>Klik på en celle for at se dens uddrag.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="64"/>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="66"/>
        <source>Count:</source>
        <translation>Tæl:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="105"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="106"/>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="109"/>
        <source>Attribute: %1</source>
        <translation>Attribut: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="146"/>
        <source>%1 by %2</source>
        <translation>%1 fordelt på %2</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="151"/>
        <source>%1 per code, in total</source>
        <translation>%1 pr. kode i alt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="217"/>
        <source>%1 segments of %2 in %3</source>
        <translation>%1 uddrag med %2 i %3</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="40"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="40"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="40"/>
        <source>Hit</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="40"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="31"/>
        <source>Transcripts</source>
        <translation>Transskriptioner</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="31"/>
        <source>All files</source>
        <translation>Alle filer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="32"/>
        <source>Import transcripts</source>
        <translation>Importér transskriptioner</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="49"/>
        <source>… and {n} more</source>
        <translation>… og {n} mere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="50"/>
        <source>Already imported</source>
        <translation>Allerede importeret</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="50"/>
        <source>These files have been imported before (same content):
{names}

Import them again as new documents?</source>
        <translation>Disse filer er importeret før (samme indhold):
{names}

Importér dem igen som nye dokumenter?</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="67"/>
        <source>Storing documents…</source>
        <translation>Gemmer dokumenter…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="73"/>
        <source>Imported {n} file(s).</source>
        <translation>Importerede {n} fil(er).</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="75"/>
        <source>Coded {n} turn(s) by speaker.</source>
        <translation>Kodede {n} taletur(e) efter taler.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="77"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Annulleret: de resterende filer blev ikke importeret.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="89"/>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="96"/>
        <source>Reading files</source>
        <translation>Læser filer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="122"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
</context>
<context>
    <name>KeyPasswordDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/key_password.py" line="41"/>
        <source>Protect the key file</source>
        <translation>Beskyt nøglefilen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/key_password.py" line="44"/>
        <source>The key file links every pseudonym to the real name. It is encrypted with this password; without the password nobody, you included, can read it.</source>
        <translation>Nøglefilen forbinder hvert pseudonym med det rigtige navn. Den krypteres med denne adgangskode; uden adgangskoden kan ingen, heller ikke du, læse den.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/key_password.py" line="54"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/key_password.py" line="55"/>
        <source>Repeat</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/key_password.py" line="57"/>
        <source>Write the key without a password (not recommended)</source>
        <translation>Gem nøglen uden adgangskode (frarådes)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/key_password.py" line="74"/>
        <source>Anyone who can read an unencrypted key can re-identify every participant. Keep it off shared drives and destroy it when it is no longer needed.</source>
        <translation>Alle, der kan læse en ukrypteret nøgle, kan genidentificere hver deltager. Hold den væk fra delte drev, og slet den, når der ikke længere er brug for den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/key_password.py" line="78"/>
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Vælg en adgangskode på mindst %n tegn.</numerusform>
            <numerusform>Vælg en adgangskode på mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/key_password.py" line="80"/>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/key_password.py" line="96"/>
        <source>Key file (keep it apart from the project)</source>
        <translation>Nøglefil (opbevar den adskilt fra projektet)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/key_password.py" line="97"/>
        <source>Key files (*.json)</source>
        <translation>Nøglefiler (*.json)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="_helper_strings.py" line="100"/>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="101"/>
        <location filename="_helper_strings.py" line="103"/>
        <location filename="_helper_strings.py" line="106"/>
        <source>qcode projects (*.qcode)</source>
        <translation>qcode-projekter (*.qcode)</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="108"/>
        <source>Closing %1…</source>
        <translation>Lukker %1…</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="105"/>
        <source>Restore which project?</source>
        <translation>Hvilket projekt skal gendannes?</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="109"/>
        <source>Put the backup %1 in place of %2? The project as it is now is kept as a backup.</source>
        <translation>Erstat %2 med sikkerhedskopien %1? Projektet, som det er nu, gemmes som en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="102"/>
        <source>New project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="95"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="95"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gentag %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="135"/>
        <source>No project · coder: %1</source>
        <translation>Intet projekt · koder: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="139"/>
        <source>%1 documents · %2 · coder: %3</source>
        <translation>%1 dokumenter · %2 · koder: %3</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="142"/>
        <source>blind coding: you see your own codings</source>
        <translation>blind kodning: du ser dine egne kodninger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="145"/>
        <source>Nothing has been pseudonymised yet (run %1)</source>
        <translation>Intet er pseudonymiseret endnu (kør %1)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/team_entries.py" line="22"/>
        <source>All coders</source>
        <translation>Alle kodere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/team_entries.py" line="32"/>
        <source>(you)</source>
        <translation>(dig)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="151"/>
        <location filename="_helper_strings.py" line="99"/>
        <location filename="_helper_strings.py" line="104"/>
        <location filename="_helper_strings.py" line="107"/>
        <source>qcode</source>
        <translation>qcode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="155"/>
        <source>About qcode</source>
        <translation>Om qcode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="156"/>
        <source>qcode %1 — qualitative coding of interview transcripts.</source>
        <translation>qcode %1 — kvalitativ kodning af interviewtransskriptioner.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="71"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="72"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Åbn projekt…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="73"/>
        <source>&amp;Close project</source>
        <translation>&amp;Luk projekt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="74"/>
        <source>Restore from &amp;backup…</source>
        <translation>Gendan fra &amp;sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="75"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importér dokumenter…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="76"/>
        <location filename="../../qcode/ui/actions.py" line="77"/>
        <source>REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA-projekt (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="78"/>
        <source>&amp;Merge project…</source>
        <translation>&amp;Flet projekt…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="79"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="81"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="82"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="83"/>
        <source>Apply &amp;code…</source>
        <translation>Anvend &amp;kode…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="84"/>
        <source>&amp;In-vivo code</source>
        <translation>&amp;In vivo-kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="85"/>
        <source>Unco&amp;de selected code here</source>
        <translation>&amp;Fjern den valgte kode her</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="86"/>
        <source>&amp;Next coding of code</source>
        <translation>&amp;Næste kodning med koden</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="87"/>
        <source>&amp;Previous coding of code</source>
        <translation>&amp;Forrige kodning med koden</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="88"/>
        <source>Find &amp;in text…</source>
        <translation>Find &amp;i teksten…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="89"/>
        <source>&amp;Find document</source>
        <translation>&amp;Find dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="90"/>
        <source>New code…</source>
        <translation>Ny kode…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="91"/>
        <source>Show &amp;pseudonymised text</source>
        <translation>Vis &amp;pseudonymiseret tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="92"/>
        <source>Show &amp;only the selected code</source>
        <translation>Vis &amp;kun den valgte kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="93"/>
        <source>Coding stripes per &amp;coder</source>
        <translation>Kodestriber pr. &amp;koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="94"/>
        <source>Snap selection to &amp;whole words</source>
        <translation>Udvid markering til &amp;hele ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="95"/>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="96"/>
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="97"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="98"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymisér…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="99"/>
        <source>&amp;Mark selection for anonymisation…</source>
        <translation>&amp;Anonymisér den markerede tekst…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="100"/>
        <source>&amp;Cases and attributes…</source>
        <translation>&amp;Cases og attributter…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="101"/>
        <source>&amp;Blind coding…</source>
        <translation>&amp;Blind kodning…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="102"/>
        <source>A&amp;djudicate disagreements…</source>
        <translation>A&amp;fgør uenigheder…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="103"/>
        <source>Code &amp;frequencies…</source>
        <translation>Kode&amp;frekvenser…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="104"/>
        <source>&amp;Co-occurrence…</source>
        <translation>&amp;Samforekomst…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="105"/>
        <source>&amp;Retrieve coded segments…</source>
        <translation>&amp;Hent kodede uddrag…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="106"/>
        <source>&amp;Search text…</source>
        <translation>&amp;Søg i tekst…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="107"/>
        <source>&amp;Query…</source>
        <translation>&amp;Forespørgsel…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="108"/>
        <source>&amp;Word frequencies…</source>
        <translation>&amp;Ordfrekvenser…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="109"/>
        <source>Coder c&amp;omparison…</source>
        <translation>Sammenlign &amp;kodere…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="114"/>
        <source>&amp;Quotes…</source>
        <translation>&amp;Citater…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="115"/>
        <source>&amp;About qcode</source>
        <translation>&amp;Om qcode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="116"/>
        <source>Go to &amp;documents</source>
        <translation>Gå til &amp;dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="117"/>
        <source>Go to &amp;transcript</source>
        <translation>Gå til &amp;transskription</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="118"/>
        <source>Go to code&amp;book</source>
        <translation>Gå til kode&amp;bog</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="119"/>
        <source>Ne&amp;xt pane</source>
        <translation>Næ&amp;ste panel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="120"/>
        <source>Pre&amp;vious pane</source>
        <translation>&amp;Forrige panel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="127"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="128"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="129"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="130"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="131"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="132"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="133"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="134"/>
        <source>Show codings &amp;of</source>
        <translation>Vis kodninger &amp;fra</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="135"/>
        <source>&amp;Tools</source>
        <translation>Værk&amp;tøjer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="136"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="137"/>
        <source>E&amp;xport</source>
        <translation>E&amp;ksport</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="138"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="139"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="140"/>
        <source>Codebook</source>
        <translation>Kodebog</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="141"/>
        <source>Memos</source>
        <translation>Memoer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="142"/>
        <source>&amp;Go to</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="143"/>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="110"/>
        <source>O&amp;verview…</source>
        <translation>O&amp;verblik…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="111"/>
        <source>Sa&amp;turation…</source>
        <translation>Mæ&amp;tning…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="112"/>
        <source>Codebook &amp;history…</source>
        <translation>Kodebogens &amp;historik…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="113"/>
        <source>&amp;Methods appendix…</source>
        <translation>&amp;Metodebilag…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/entry_points.py" line="63"/>
        <source>Sealed. The project was opened again with the sealed texts.</source>
        <translation>Forseglet. Projektet blev åbnet igen med de forseglede tekster.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/entry_points.py" line="76"/>
        <source>Turn off the pseudonymised view and select the words to anonymise first.</source>
        <translation>Slå den pseudonymiserede visning fra, og markér først de ord, der skal anonymiseres.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/entry_points.py" line="79"/>
        <source>Select the words to anonymise first.</source>
        <translation>Markér først de ord, der skal anonymiseres.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/entry_points.py" line="92"/>
        <source>The case sheet shows the stored names: turn off the pseudonymised view to open it.</source>
        <translation>Casearket viser de gemte navne: slå den pseudonymiserede visning fra for at åbne det.</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="108"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="107"/>
        <source>Attached to:</source>
        <translation>Knyttet til:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="109"/>
        <source>Write a memo…</source>
        <translation>Skriv et memo…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="110"/>
        <source>New memo</source>
        <translation>Nyt memo</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="111"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="112"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="114"/>
        <source>Read-only in the pseudonymised view: it shows pseudonyms, not what was written.</source>
        <translation>Skrivebeskyttet i den pseudonymiserede visning: den viser pseudonymer, ikke det, der blev skrevet.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="190"/>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="268"/>
        <source>A coding of &apos;%1&apos;</source>
        <translation>En kodning af &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="272"/>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="284"/>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="274"/>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="287"/>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="276"/>
        <source>A coding</source>
        <translation>En kodning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="277"/>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="289"/>
        <source>The whole project</source>
        <translation>Hele projektet</translation>
    </message>
</context>
<context>
    <name>MergeCodeDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="55"/>
        <source>Merge codes</source>
        <translation>Flet koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="56"/>
        <source>Merge &apos;%1&apos; (and its codings) into:</source>
        <translation>Flet &apos;%1&apos; (og dens kodninger) ind i:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="57"/>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="62"/>
        <source>Choose a code…</source>
        <translation>Vælg en kode…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="66"/>
        <source>Into:</source>
        <translation>Ind i:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="_helper_strings.py" line="64"/>
        <location filename="_helper_strings.py" line="65"/>
        <location filename="_helper_strings.py" line="66"/>
        <location filename="_helper_strings.py" line="69"/>
        <location filename="_helper_strings.py" line="77"/>
        <source>Merge project</source>
        <translation>Flet projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="67"/>
        <source>Codes to review: a new code is created unless you put it into one of yours; a code defined differently keeps your definition unless you take theirs.</source>
        <translation>Koder at gennemgå: en ny kode oprettes, medmindre du lægger den ind under en af dine; en kode med en anden definition beholder din definition, medmindre du tager deres.</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="68"/>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="70"/>
        <source>qcode projects</source>
        <translation>qcode-projekter</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="71"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="72"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="73"/>
        <source>Differs in</source>
        <translation>Forskellig i</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="74"/>
        <source>Do</source>
        <translation>Gør</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="75"/>
        <source>new code</source>
        <translation>ny kode</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="76"/>
        <source>defined differently</source>
        <translation>defineret anderledes</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="78"/>
        <source>Create it</source>
        <translation>Opret den</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="79"/>
        <source>Keep ours</source>
        <translation>Behold vores</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="80"/>
        <source>Take theirs</source>
        <translation>Tag deres</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="81"/>
        <source>Put into %1</source>
        <translation>Læg ind under %1</translation>
    </message>
</context>
<context>
    <name>NewAttributeDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="50"/>
        <source>New attribute</source>
        <translation>Ny attribut</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="59"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="60"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../qcode/ui/analysis/overview_view.py" line="44"/>
        <source>All cases</source>
        <translation>Alle cases</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/overview_view.py" line="53"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/overview_view.py" line="53"/>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/overview_view.py" line="54"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/overview_view.py" line="66"/>
        <source>Cases with</source>
        <translation>Cases med</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/overview_view.py" line="80"/>
        <location filename="../../qcode/ui/analysis/overview_view.py" line="87"/>
        <source>(any attribute)</source>
        <translation>(enhver attribut)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="50"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="54"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="58"/>
        <source>Coder name:</source>
        <translation>Kodernavn:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="59"/>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="62"/>
        <source>Numbered ([Informant 3], [Person 2])</source>
        <translation>Nummereret ([Informant 3], [Person 2])</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="63"/>
        <source>Kind only ([navn])</source>
        <translation>Kun slags ([navn])</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="64"/>
        <source>Substitute names (Karen → Birthe)</source>
        <translation>Erstatningsnavne (Karen → Birthe)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="67"/>
        <source>Decades ([fyrrerne])</source>
        <translation>Årtier ([fyrrerne])</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="68"/>
        <source>Ranges ([40-49 år])</source>
        <translation>Intervaller ([40-49 år])</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="71"/>
        <source>Beside the project</source>
        <translation>Ved siden af projektet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="72"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="80"/>
        <source>This project</source>
        <translation>Dette projekt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="82"/>
        <source>Names in pseudonymised text:</source>
        <translation>Navne i pseudonymiseret tekst:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="83"/>
        <source>Ages in pseudonymised text:</source>
        <translation>Aldre i pseudonymiseret tekst:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="84"/>
        <source>Backup folder:</source>
        <translation>Mappe til sikkerhedskopier:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="85"/>
        <source>Automatic backups kept:</source>
        <translation>Automatiske sikkerhedskopier der gemmes:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="95"/>
        <source>Open a project to change its settings</source>
        <translation>Åbn et projekt for at ændre dets indstillinger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/preferences.py" line="109"/>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
</context>
<context>
    <name>PseudonymStyleBox</name>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="17"/>
        <source>Pseudonym style (for all names and ages)</source>
        <translation>Pseudonymstil (for alle navne og aldre)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="19"/>
        <source>Numbered, e.g. [Informant 3]</source>
        <translation>Nummereret, fx [Informant 3]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="20"/>
        <source>Kind only, e.g. [navn]</source>
        <translation>Kun slags, fx [navn]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="21"/>
        <source>Substitute names, e.g. Karen → Birthe</source>
        <translation>Erstatningsnavne, fx Karen → Birthe</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="24"/>
        <source>How every accepted name is written in exports and the pseudonymised view. The entries are examples of the style, not anyone&apos;s pseudonym: each person&apos;s is in the table&apos;s Pseudonym column.</source>
        <translation>Sådan skrives hvert accepteret navn i eksporter og i den pseudonymiserede visning. Punkterne er eksempler på stilen, ikke nogens pseudonym: hver persons står i tabellens kolonne Pseudonym.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="28"/>
        <source>Decades, e.g. [fyrrerne]</source>
        <translation>Årtier, fx [fyrrerne]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="29"/>
        <source>Ranges, e.g. [40-49 år]</source>
        <translation>Intervaller, fx [40-49 år]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="32"/>
        <source>How every accepted age is written in exports and the pseudonymised view. The entries are examples of the style, not anyone&apos;s age.</source>
        <translation>Sådan skrives hver accepteret alder i eksporter og i den pseudonymiserede visning. Punkterne er eksempler på stilen, ikke nogens alder.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="35"/>
        <source>Names:</source>
        <translation>Navne:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/pseudonym_style_box.py" line="36"/>
        <source>Ages:</source>
        <translation>Aldre:</translation>
    </message>
</context>
<context>
    <name>QueryView</name>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="191"/>
        <source>e.g. ensomhed AND (netværk OR stigma) AND NOT ønsker</source>
        <translation>fx ensomhed AND (netværk OR stigma) AND NOT ønsker</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="193"/>
        <source>Run</source>
        <translation>Kør</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="195"/>
        <source>Include sub-codes</source>
        <translation>Medtag underkoder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="207"/>
        <source>Query:</source>
        <translation>Forespørgsel:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="231"/>
        <source>Only documents:</source>
        <translation>Kun dokumenter:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="231"/>
        <source>Only cases:</source>
        <translation>Kun cases:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="232"/>
        <source>Only speakers:</source>
        <translation>Kun talere:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="262"/>
        <source>%1 segments</source>
        <translation>%1 uddrag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="262"/>
        <source>1 segment</source>
        <translation>1 uddrag</translation>
    </message>
</context>
<context>
    <name>QuoteChoices</name>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="87"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="98"/>
        <source>Include sub-codes</source>
        <translation>Medtag underkoder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="100"/>
        <source>Favourites only</source>
        <translation>Kun favoritter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="105"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="110"/>
        <source>Coder</source>
        <translation>Kodet af</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="112"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="116"/>
        <source>Quotes show</source>
        <translation>Citater viser</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="119"/>
        <source>the coded segment</source>
        <translation>det kodede uddrag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="119"/>
        <source>the whole speaker turn</source>
        <translation>hele taleturen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="120"/>
        <source>sentences around</source>
        <translation>sætninger omkring</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="129"/>
        <source>The cases have no %1; the citation leaves it out.</source>
        <translation>Casene har ingen %1; kildeangivelsen udelader det.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="133"/>
        <source>Fields: {case} {nr} {dokument} {kode} and every case attribute, e.g. {køn} {alder}</source>
        <translation>Felter: {case} {nr} {dokument} {kode} og alle case-attributter, fx {køn} {alder}</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="135"/>
        <source>Cite exact ages</source>
        <translation>Angiv præcise aldre</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="138"/>
        <source>The project is sealed: exact ages are gone.</source>
        <translation>Projektet er forseglet: de præcise aldre er væk.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="140"/>
        <source>under each heading</source>
        <translation>under hver overskrift</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="140"/>
        <source>as appendix</source>
        <translation>som bilag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="141"/>
        <source>left out</source>
        <translation>udeladt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="144"/>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="145"/>
        <source>Sentences</source>
        <translation>Sætninger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="146"/>
        <source>Citation</source>
        <translation>Kildeangivelse</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="149"/>
        <source>Definitions</source>
        <translation>Definitioner</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="150"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="161"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="32"/>
        <source>Optional: why, for the codebook history</source>
        <translation>Valgfrit: hvorfor, til kodebogens historik</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_change.py" line="33"/>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
</context>
<context>
    <name>RefiDialog</name>
    <message>
        <location filename="_helper_strings.py" line="82"/>
        <location filename="_helper_strings.py" line="84"/>
        <location filename="_helper_strings.py" line="94"/>
        <source>Export REFI-QDA project</source>
        <translation>Eksportér REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="83"/>
        <location filename="_helper_strings.py" line="88"/>
        <location filename="_helper_strings.py" line="95"/>
        <source>Import REFI-QDA project</source>
        <translation>Importér REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="85"/>
        <source>Export the texts and names pseudonymised? A pseudonymised export is leak-checked before it is written.</source>
        <translation>Eksportér tekster og navne pseudonymiseret? En pseudonymiseret eksport tjekkes for læk, før den skrives.</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="86"/>
        <source>Pseudonymised</source>
        <translation>Pseudonymiseret</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="87"/>
        <source>As stored</source>
        <translation>Som gemt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="89"/>
        <source>Reading REFI-QDA project</source>
        <translation>Læser REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="90"/>
        <location filename="_helper_strings.py" line="91"/>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="92"/>
        <source>All files</source>
        <translation>Alle filer</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="93"/>
        <source>Exporting REFI-QDA project</source>
        <translation>Eksporterer REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="96"/>
        <source>Export blocked</source>
        <translation>Eksport blokeret</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="97"/>
        <source>Possible identifying text</source>
        <translation>Mulig identificerende tekst</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="98"/>
        <source>Wrote {path}: {documents} documents, {codes} codes, {codings} codings.</source>
        <translation>Skrev {path}: {documents} dokumenter, {codes} koder, {codings} kodninger.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="50"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="55"/>
        <source>Other backup file…</source>
        <translation>Anden sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="58"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="69"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="70"/>
        <source>made on request</source>
        <translation>lavet på anmodning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="71"/>
        <source>before a restore</source>
        <translation>før en gendannelse</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="81"/>
        <source>Choose the backup of {name} to restore. The project as it is now is kept as a backup first, so the restore can be undone.</source>
        <translation>Vælg den sikkerhedskopi af {name}, der skal gendannes. Projektet, som det er nu, gemmes først som en sikkerhedskopi, så gendannelsen kan fortrydes.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="85"/>
        <source>There is no backup of {name} in {folder}. Choose a backup file with &quot;Other backup file…&quot;.</source>
        <translation>Der er ingen sikkerhedskopi af {name} i {folder}. Vælg en sikkerhedskopi med &quot;Anden sikkerhedskopi…&quot;.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="95"/>
        <source>Choose a backup</source>
        <translation>Vælg en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/restore_dialog.py" line="97"/>
        <source>qcode projects (*.qcode)</source>
        <translation>qcode-projekter (*.qcode)</translation>
    </message>
</context>
<context>
    <name>ReviewFilter</name>
    <message>
        <location filename="../../qcode/ui/dialogs/review_filter.py" line="20"/>
        <source>Find a name, pseudonym or context…</source>
        <translation>Find et navn, pseudonym eller en sammenhæng…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/review_filter.py" line="25"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/review_filter.py" line="31"/>
        <source>All decisions</source>
        <translation>Alle afgørelser</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/review_filter.py" line="31"/>
        <source>pending</source>
        <translation>afventer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/review_filter.py" line="32"/>
        <source>accepted</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/review_filter.py" line="32"/>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
</context>
<context>
    <name>SaturationView</name>
    <message>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="53"/>
        <source>Top-level codes only</source>
        <translation>Kun koder på øverste niveau</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="55"/>
        <source>Count each coding for its top-level code (themes, not codes)</source>
        <translation>Tæl hver kodning under sin kode på øverste niveau (temaer, ikke koder)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="57"/>
        <source>Save chart…</source>
        <translation>Gem diagram…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="71"/>
        <source>Order:</source>
        <translation>Rækkefølge:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="98"/>
        <source>As coded (first coding)</source>
        <translation>Som kodet (første kodning)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="99"/>
        <source>As imported</source>
        <translation>Som importeret</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="101"/>
        <source>By attribute: %1</source>
        <translation>Efter attribut: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="127"/>
        <source>%1 documents not coded yet are left out.</source>
        <translation>%1 dokumenter, der ikke er kodet endnu, er udeladt.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="135"/>
        <location filename="../../qcode/ui/analysis/saturation_view.py" line="145"/>
        <source>Save chart</source>
        <translation>Gem diagram</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="113"/>
        <source>Word or phrase; end a word with * to match its beginning</source>
        <translation>Ord eller udtryk; slut et ord med * for at matche dets begyndelse</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="115"/>
        <source>All inflected forms (lemma)</source>
        <translation>Alle bøjningsformer (lemma)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="117"/>
        <source>Whole words</source>
        <translation>Hele ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="120"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="132"/>
        <source>Tick all</source>
        <translation>Markér alle</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="134"/>
        <source>Tick none</source>
        <translation>Markér ingen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="137"/>
        <source>the hit</source>
        <translation>selve fundet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="137"/>
        <source>its sentence</source>
        <translation>dets sætning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="138"/>
        <source>its turn</source>
        <translation>dets taletur</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="140"/>
        <source>Code ticked hits…</source>
        <translation>Kod markerede fund…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="153"/>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="191"/>
        <source>%1 hits in %2 documents</source>
        <translation>%1 fund i %2 dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="213"/>
        <source>Code %1 hits with &apos;%2&apos;?</source>
        <translation>Kod %1 fund med &apos;%2&apos;?</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="216"/>
        <source>Each is spread to %1.</source>
        <translation>Hvert fund udvides til %1.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="217"/>
        <source>Code search hits</source>
        <translation>Kod søgefund</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="217"/>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="224"/>
        <source>Coded %1 hits.</source>
        <translation>Kodede %1 fund.</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/segment_list.py" line="71"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/segment_list.py" line="71"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/segment_list.py" line="71"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/segment_list.py" line="71"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/segment_list.py" line="72"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="48"/>
        <source>Include sub-codes</source>
        <translation>Medtag underkoder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="51"/>
        <source>Show the whole speaker turn</source>
        <translation>Vis hele taleturen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="62"/>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="66"/>
        <source>Coder:</source>
        <translation>Koder:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="68"/>
        <source>Case attribute:</source>
        <translation>Case-attribut:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="53"/>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="101"/>
        <source>All coders</source>
        <translation>Alle kodere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="55"/>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="107"/>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="158"/>
        <source>%1 segments</source>
        <translation>%1 uddrag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="158"/>
        <source>1 segment</source>
        <translation>1 uddrag</translation>
    </message>
</context>
<context>
    <name>SpeakerReviewDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="47"/>
        <source>Review speakers</source>
        <translation>Gennemgå talere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="51"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="51"/>
        <source>Interviewee (becomes a case)</source>
        <translation>Interviewperson (bliver en case)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="52"/>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="55"/>
        <source>{n} file(s) read. Check the speakers before they are stored: rename a speaker, give two speakers the same name (or select them and press Merge) to merge them, and uncheck a label that is not a speaker — its lines stay in the turn before.</source>
        <translation>{n} fil(er) læst. Tjek talerne, før de gemmes: omdøb en taler, giv to talere samme navn (eller markér dem og tryk Flet) for at flette dem, og fjern fluebenet ved en etiket, der ikke er en taler — dens linjer bliver i turen før.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="65"/>
        <source>{n} other file(s) could not be read and will not be imported:</source>
        <translation>{n} anden/andre fil(er) kunne ikke læses og bliver ikke importeret:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="79"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="79"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="79"/>
        <source>Turns</source>
        <translation>Ture</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="79"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="80"/>
        <source>Printed labels</source>
        <translation>Etiketter i teksten</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="80"/>
        <source>First words</source>
        <translation>Første ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="88"/>
        <source>Uncheck if this is not a speaker</source>
        <translation>Fjern fluebenet, hvis dette ikke er en taler</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="105"/>
        <source>Merge selected</source>
        <translation>Flet valgte</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="106"/>
        <source>Give the selected speakers the name of the one with most turns</source>
        <translation>Giv de valgte talere navnet på den med flest ture</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="109"/>
        <source>Code each interviewer turn with a code named after the speaker (e.g. &quot;Interviewer&quot;)</source>
        <translation>Kod hver interviewertur med en kode opkaldt efter taleren (fx &quot;Interviewer&quot;)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="112"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="191"/>
        <source>{names}: a label, not a name. In each file it becomes a case of its own, named after the file (“{example}”); give it a person&apos;s name to make it one case across files.</source>
        <translation>{names}: en betegnelse, ikke et navn. I hver fil bliver den sin egen case, opkaldt efter filen (“{example}”); giv den et personnavn for at gøre den til én case på tværs af filerne.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="194"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="199"/>
        <source>Already a case in this project: {names}. The new turns will be added to that case. If this is another person, give the speaker another name.</source>
        <translation>Findes allerede som case i projektet: {names}. De nye ture føjes til den case. Er det en anden person, så giv taleren et andet navn.</translation>
    </message>
</context>
<context>
    <name>SplitCodeDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="57"/>
        <source>Split &apos;%1&apos;</source>
        <translation>Del &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="63"/>
        <source>Another new code</source>
        <translation>Endnu en ny kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="66"/>
        <source>Goes to</source>
        <translation>Går til</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="66"/>
        <source>Document / sub-code</source>
        <translation>Dokument / underkode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="67"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="72"/>
        <source>Make the new codes sub-codes of &apos;%1&apos;</source>
        <translation>Gør de nye koder til underkoder af &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="75"/>
        <source>Optional: why, for the codebook history</source>
        <translation>Valgfrit: hvorfor, til kodebogens historik</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="77"/>
        <source>Split</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="81"/>
        <source>New codes:</source>
        <translation>Nye koder:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="89"/>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="92"/>
        <source>Give each coding or sub-code to a new code; what you leave on &apos;(stays)&apos; remains with &apos;%1&apos;.</source>
        <translation>Giv hver kodning eller underkode til en ny kode; det, du lader stå på &apos;(bliver)&apos;, bliver hos &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="104"/>
        <source>Name of a new code</source>
        <translation>Navn på en ny kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="119"/>
        <source>Sub-code: %1</source>
        <translation>Underkode: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="141"/>
        <source>(stays)</source>
        <translation>(bliver)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/split_code.py" line="141"/>
        <source>(new code %1)</source>
        <translation>(ny kode %1)</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/table_model.py" line="157"/>
        <location filename="../../qcode/ui/analysis/table_model.py" line="164"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../qcode/ui/welcome.py" line="33"/>
        <source>No project is open.</source>
        <translation>Intet projekt er åbent.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/welcome.py" line="34"/>
        <source>New project…</source>
        <translation>Nyt projekt…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/welcome.py" line="35"/>
        <source>Open project…</source>
        <translation>Åbn projekt…</translation>
    </message>
</context>
<context>
    <name>WordFrequencyView</name>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="41"/>
        <source>Count lemmas</source>
        <translation>Tæl lemmaer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="44"/>
        <source>Leave out stop words</source>
        <translation>Udelad stopord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="54"/>
        <source>Words of:</source>
        <translation>Ord fra:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="77"/>
        <source>All documents</source>
        <translation>Alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="79"/>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="81"/>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="99"/>
        <source>Counting words…</source>
        <translation>Tæller ord…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../qcode/ui/workspace.py" line="288"/>
        <source>Import documents to begin</source>
        <translation>Importér dokumenter for at begynde</translation>
    </message>
</context>
</TS>
