<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AgreementModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="74"/>
        <source>Agreement %</source>
        <translation>Enighed %</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="74"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="75"/>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="76"/>
        <source>Only %1 (chars)</source>
        <translation>Kun %1 (tegn)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="76"/>
        <source>Segment agreement %</source>
        <translation>Enighed om uddrag %</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="120"/>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="183"/>
        <source>A segment counts as matched when the other coder coded at least this share of it with the same code.</source>
        <translation>Et uddrag tæller som fælles, når den anden koder har kodet mindst denne andel af det med samme kode.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="185"/>
        <source>Roll up sub-codes</source>
        <translation>Læg underkoder sammen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="186"/>
        <source>Show each document</source>
        <translation>Vis hvert dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="204"/>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="299"/>
        <source>Select a code to see where the coders disagree.</source>
        <translation>Vælg en kode for at se, hvor koderne er uenige.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="214"/>
        <source>Coder A:</source>
        <translation>Koder A:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="214"/>
        <source>Coder B:</source>
        <translation>Koder B:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="215"/>
        <source>Segment matched at:</source>
        <translation>Uddrag fælles ved:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="304"/>
        <source>Compared documents: %1.</source>
        <translation>Sammenlignede dokumenter: %1.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="306"/>
        <source>Left out, coded by one coder only: %1.</source>
        <translation>Udeladt, kun kodet af én koder: %1.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="314"/>
        <source>all codes</source>
        <translation>alle koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="317"/>
        <source>%1 disagreeing segments for %2</source>
        <translation>%1 uenige uddrag for %2</translation>
    </message>
</context>
<context>
    <name>AnalysisTables</name>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="48"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="49"/>
        <source>Share %</source>
        <translation>Andel %</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="50"/>
        <source>Lemma</source>
        <translation>Lemma</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="51"/>
        <source>Word</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="52"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="53"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="54"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="55"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="56"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="57"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="58"/>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="59"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="60"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="61"/>
        <source>Hit</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="62"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="63"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="41"/>
        <source>Analysis – %1</source>
        <translation>Analyse – %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="47"/>
        <source>Frequencies</source>
        <translation>Frekvenser</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="47"/>
        <source>Co-occurrence</source>
        <translation>Samforekomst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="48"/>
        <source>Segments</source>
        <translation>Uddrag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="48"/>
        <source>Text search</source>
        <translation>Tekstsøgning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="49"/>
        <source>Coding query</source>
        <translation>Kodeforespørgsel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="49"/>
        <source>Word frequencies</source>
        <translation>Ordfrekvenser</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/window.py" line="50"/>
        <source>Coder agreement</source>
        <translation>Koderenighed</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Mætning</translation>
    </message>
</context>
<context>
    <name>AnonymiseReviewDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="61"/>
        <source>Anonymisation review</source>
        <translation>Gennemgang af anonymisering</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="66"/>
        <source>Detect in all documents</source>
        <translation>Find i alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="70"/>
        <source>Names:</source>
        <translation>Navne:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="72"/>
        <source>[Informant 3]</source>
        <translation>[Informant 3]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="73"/>
        <source>[navn]</source>
        <translation>[navn]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="74"/>
        <source>Substitute names</source>
        <translation>Erstatningsnavne</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="77"/>
        <source>Ages:</source>
        <translation>Aldre:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="79"/>
        <source>[40&apos;erne]</source>
        <translation>[40&apos;erne]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="80"/>
        <source>[40-49 år]</source>
        <translation>[40-49 år]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="87"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="87"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="87"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="88"/>
        <source>Mentions</source>
        <translation>Forekomster</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="88"/>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="98"/>
        <source>&amp;Accept</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="99"/>
        <source>&amp;Reject</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="100"/>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="101"/>
        <source>Edit &amp;pseudonym…</source>
        <translation>Redigér &amp;pseudonym…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="106"/>
        <source>&amp;Seal…</source>
        <translation>&amp;Forsegl…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="107"/>
        <source>Make the pseudonyms permanent; the key goes to a separate file</source>
        <translation>Gør pseudonymerne permanente; nøglen gemmes i en separat fil</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="110"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="125"/>
        <source>pending</source>
        <translation>afventer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="125"/>
        <source>accepted</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="126"/>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="127"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="127"/>
        <source>Relative</source>
        <translation>Slægtning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="142"/>
        <source>%n entities, </source>
        <translation>
            <numerusform>%n enhed, </numerusform>
            <numerusform>%n enheder, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="142"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n til gennemgang</numerusform>
            <numerusform>%n til gennemgang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="170"/>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="209"/>
        <source>Anonymisation</source>
        <translation>Anonymisering</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="185"/>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="185"/>
        <source>Select two or more entities of the same kind.</source>
        <translation>Vælg to eller flere enheder af samme slags.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="268"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="269"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="270"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="271"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="281"/>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="288"/>
        <source>Anonymise selection</source>
        <translation>Anonymisér markering</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="282"/>
        <source>The selected text is a:</source>
        <translation>Den markerede tekst er:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="288"/>
        <source>Mark &apos;%1&apos; as %2? It is replaced by a pseudonym in every document and export. This cannot be undone with Undo; reject it in Tools → Anonymise to keep it.</source>
        <translation>Markér &apos;%1&apos; som %2? Det erstattes af et pseudonym i alle dokumenter og eksporter. Det kan ikke fortrydes med Fortryd; afvis det under Værktøjer → Anonymisér for at beholde det.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="87"/>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="196"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="197"/>
        <source>Pseudonym (leave empty for the automatic one):</source>
        <translation>Pseudonym (lad feltet stå tomt for det automatiske):</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="206"/>
        <source>Detecting names and ages…</source>
        <translation>Finder navne og aldre…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="219"/>
        <source>Key file (keep it apart from the project)</source>
        <translation>Nøglefil (opbevar den adskilt fra projektet)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="220"/>
        <source>Key files (*.json)</source>
        <translation>Nøglefiler (*.json)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="224"/>
        <source>Key password</source>
        <translation>Adgangskode til nøglen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="225"/>
        <source>Password for the key file (empty: not encrypted):</source>
        <translation>Adgangskode til nøglefilen (tom: ikke krypteret):</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="233"/>
        <source>Seal the project</source>
        <translation>Forsegl projektet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/anonymise_review.py" line="234"/>
        <source>Sealing replaces every accepted name, age and place in the stored texts for good and removes the originals from the project. Codings keep their words. Continue?</source>
        <translation>Forsegling erstatter for altid alle godkendte navne, aldre og steder i de gemte tekster og fjerner originalerne fra projektet. Kodningerne beholder deres ord. Fortsæt?</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../qcode/ui/workers.py" line="62"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="132"/>
        <source>Cases and attributes – %1</source>
        <translation>Cases og attributter – %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="133"/>
        <source>New case…</source>
        <translation>Ny case…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="134"/>
        <source>New attribute…</source>
        <translation>Ny attribut…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="135"/>
        <source>Link document…</source>
        <translation>Tilknyt dokument…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="136"/>
        <source>Unlink document…</source>
        <translation>Fjern dokument…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="137"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="138"/>
        <source>Double-click a cell to edit it; an empty value clears it.</source>
        <translation>Dobbeltklik på en celle for at redigere den; en tom værdi sletter den.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="189"/>
        <source>Cases and attributes</source>
        <translation>Cases og attributter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="211"/>
        <source>New case</source>
        <translation>Ny case</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="211"/>
        <source>Name of the case (e.g. the interviewee):</source>
        <translation>Navn på casen (fx interviewpersonen):</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="229"/>
        <source>New attribute</source>
        <translation>Ny attribut</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/cases_dialog.py" line="230"/>
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
        <location filename="../../qcode/ui/models/cases_model.py" line="23"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="24"/>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="25"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="26"/>
        <source>Yes/no</source>
        <translation>Ja/nej</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="111"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/cases_model.py" line="111"/>
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
        <location filename="../../qcode/ui/dialogs/code_picker.py" line="24"/>
        <source>Apply code</source>
        <translation>Anvend kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_picker.py" line="28"/>
        <source>Code name — Enter applies, a new name creates the code</source>
        <translation>Kodenavn — Enter anvender, et nyt navn opretter koden</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/code_picker.py" line="52"/>
        <source>Create &apos;%1&apos;</source>
        <translation>Opret &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CodebookController</name>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="54"/>
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="54"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="75"/>
        <source>Merge codes</source>
        <translation>Flet koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="76"/>
        <source>Merge &apos;%1&apos; (and its codings) into:</source>
        <translation>Flet &apos;%1&apos; (og dens kodninger) ind i:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="86"/>
        <source>Delete the code &apos;%1&apos;, its sub-codes and %2 codings?</source>
        <translation>Slet koden &apos;%1&apos;, dens underkoder og %2 kodninger?</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="88"/>
        <source>Delete code</source>
        <translation>Slet kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/codebook_controller.py" line="100"/>
        <source>Code colour</source>
        <translation>Kodefarve</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../qcode/ui/models/codebook_model.py" line="142"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/codebook_model.py" line="142"/>
        <source>Codings</source>
        <translation>Kodninger</translation>
    </message>
</context>
<context>
    <name>CodebookView</name>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="133"/>
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="135"/>
        <source>New sub-code</source>
        <translation>Ny underkode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="136"/>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="137"/>
        <source>Description and criteria…</source>
        <translation>Beskrivelse og kriterier…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="138"/>
        <source>Colour…</source>
        <translation>Farve…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="139"/>
        <source>Show only this code</source>
        <translation>Vis kun denne kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="141"/>
        <source>Merge into…</source>
        <translation>Flet ind i…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/codebook_view.py" line="142"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Del…</translation>
    </message>
    <message>
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
        <location filename="../../qcode/ui/coding_controller.py" line="62"/>
        <location filename="../../qcode/ui/coding_controller.py" line="82"/>
        <location filename="../../qcode/ui/coding_controller.py" line="119"/>
        <source>Select some text first (coding is off in the pseudonymised view).</source>
        <translation>Markér først noget tekst (kodning er slået fra i den pseudonymiserede visning).</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="68"/>
        <source>Coded with &apos;%1&apos;</source>
        <translation>Kodet med &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="86"/>
        <source>A code name cannot be empty.</source>
        <translation>Et kodenavn må ikke være tomt.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="99"/>
        <source>Code with new code &apos;%1&apos;</source>
        <translation>Kod med ny kode &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="153"/>
        <source>Memo on coding</source>
        <translation>Memo til kodning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="153"/>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/coding_controller.py" line="176"/>
        <source>No more codings of this code in the document.</source>
        <translation>Ikke flere kodninger med denne kode i dokumentet.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="20"/>
        <source>New code &apos;%1&apos;</source>
        <translation>Ny kode &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="39"/>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Omdøb &apos;%1&apos; til &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="54"/>
        <source>Colour of &apos;%1&apos;</source>
        <translation>Farve på &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/codebook.py" line="56"/>
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
        <location filename="../../qcode/ui/commands/coding.py" line="59"/>
        <source>Edit coding memo</source>
        <translation>Redigér memo til kodning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/coding.py" line="84"/>
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
        <location filename="../../qcode/ui/commands/cases.py" line="23"/>
        <source>Set %1 of &apos;%2&apos;</source>
        <translation>Sæt %1 for &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="24"/>
        <source>Clear %1 of &apos;%2&apos;</source>
        <translation>Ryd %1 for &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="46"/>
        <source>Rename case &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Omdøb casen &apos;%1&apos; til &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="61"/>
        <source>Link &apos;%1&apos; to case &apos;%2&apos;</source>
        <translation>Tilknyt &apos;%1&apos; til casen &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="62"/>
        <source>Unlink &apos;%1&apos; from case &apos;%2&apos;</source>
        <translation>Fjern &apos;%1&apos; fra casen &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="80"/>
        <source>New case &apos;%1&apos;</source>
        <translation>Ny case &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/commands/cases.py" line="99"/>
        <source>New attribute &apos;%1&apos;</source>
        <translation>Ny attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Split &apos;%1&apos;</source>
        <translation>Del &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reason for a codebook change</source>
        <translation>Begrundelse for en ændring af kodebogen</translation>
    </message>
</context>
<context>
    <name>CooccurrenceView</name>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="25"/>
        <source>Overlapping codings</source>
        <translation>Overlappende kodninger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="26"/>
        <source>Same speaker turn</source>
        <translation>Samme taletur</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="27"/>
        <source>Roll up sub-codes</source>
        <translation>Læg underkoder sammen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="32"/>
        <source>Click a cell to see its segments.</source>
        <translation>Klik på en celle for at se dens uddrag.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="37"/>
        <source>Co-occurring when:</source>
        <translation>Samforekomst når:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/cooccurrence_view.py" line="69"/>
        <source>%1 segments where %2 and %3 co-occur</source>
        <translation>%1 uddrag hvor %2 og %3 forekommer sammen</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="136"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="136"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="136"/>
        <source>Coded by</source>
        <translation>Kodet af</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="137"/>
        <source>Other coder coded %</source>
        <translation>Anden koder %</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/agreement_view.py" line="137"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../qcode/ui/workspace.py" line="64"/>
        <source>Filter documents…</source>
        <translation>Filtrér dokumenter…</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="279"/>
        <source>%1 — coded by %2</source>
        <translation>%1 — kodet af %2</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="295"/>
        <location filename="../../qcode/ui/widgets/document_view.py" line="324"/>
        <source>Uncode &apos;%1&apos;</source>
        <translation>Fjern kodning &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="297"/>
        <source>Memo on this coding…</source>
        <translation>Memo til denne kodning…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="305"/>
        <source>Code with</source>
        <translation>Kod med</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="310"/>
        <source>In-vivo code</source>
        <translation>In vivo-kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="311"/>
        <source>Mark for anonymisation</source>
        <translation>Markér til anonymisering</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="313"/>
        <source>Mark as name…</source>
        <translation>Markér som navn…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="313"/>
        <source>Mark as age…</source>
        <translation>Markér som alder…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="314"/>
        <source>Mark as place…</source>
        <translation>Markér som sted…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="315"/>
        <source>Mark as organisation…</source>
        <translation>Markér som organisation…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/document_view.py" line="326"/>
        <source>Memo on &apos;%1&apos; coding…</source>
        <translation>Memo til kodningen &apos;%1&apos;…</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../qcode/ui/models/documents_model.py" line="117"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/documents_model.py" line="117"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/models/documents_model.py" line="117"/>
        <source>Coded</source>
        <translation>Kodet</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="235"/>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="236"/>
        <source>Export Excel…</source>
        <translation>Eksportér Excel…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="247"/>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="260"/>
        <source>Export Excel</source>
        <translation>Eksportér Excel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="278"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="77"/>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="343"/>
        <source>Export quotes</source>
        <translation>Eksportér citater</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="90"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="92"/>
        <source>Export codebook…</source>
        <translation>Eksportér kodebog…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="98"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="120"/>
        <source>Quotes (tick = favourite; drag or use the arrows to order)</source>
        <translation>Citater (flueben = favorit; træk eller brug pilene for at ordne)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="139"/>
        <source>Original text (select words and cut them to trim the quote)</source>
        <translation>Originaltekst (markér ord og klip dem ud for at forkorte citatet)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="144"/>
        <source>Cut selection […]</source>
        <translation>Klip markering ud […]</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="145"/>
        <source>Remove cuts</source>
        <translation>Fjern udklip</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="157"/>
        <source>Preview (pseudonymised, as exported)</source>
        <translation>Forhåndsvisning (pseudonymiseret, som eksporteret)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="160"/>
        <source>Nothing has been pseudonymised yet: run Tools → Anonymise… first, or the export will stop at names it finds.</source>
        <translation>Intet er pseudonymiseret endnu: kør Værktøjer → Anonymisér… først, ellers stopper eksporten ved de navne, den finder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="196"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citat</numerusform>
            <numerusform>%n citater</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="295"/>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="316"/>
        <source>Possible identifying text</source>
        <translation>Mulig identificerende tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="298"/>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="318"/>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="334"/>
        <source>Export blocked</source>
        <translation>Eksport blokeret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="302"/>
        <source>Exported %n quote(s) to </source>
        <translation>
            <numerusform>Eksporterede %n citat til </numerusform>
            <numerusform>Eksporterede %n citater til </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="307"/>
        <source>Export codebook</source>
        <translation>Eksportér kodebog</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="312"/>
        <source>Exporting the codebook…</source>
        <translation>Eksporterer kodebogen…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="320"/>
        <source>Exported the codebook to </source>
        <translation>Kodebogen er eksporteret til </translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_dialog.py" line="326"/>
        <source>Exporting quotes…</source>
        <translation>Eksporterer citater…</translation>
    </message>
</context>
<context>
    <name>FrequencyView</name>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="45"/>
        <source>Codings</source>
        <translation>Kodninger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="45"/>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="102"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="46"/>
        <source>Coded characters</source>
        <translation>Kodede tegn</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="46"/>
        <source>Coded words</source>
        <translation>Kodede ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="49"/>
        <source>Roll up sub-codes</source>
        <translation>Læg underkoder sammen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="50"/>
        <source>Hide unused codes</source>
        <translation>Skjul ubrugte koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="60"/>
        <source>Bar chart</source>
        <translation>Søjlediagram</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="61"/>
        <source>Heat map</source>
        <translation>Varmekort</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="64"/>
        <source>Click a cell to see its segments.</source>
        <translation>Klik på en celle for at se dens uddrag.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="67"/>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="67"/>
        <source>Count:</source>
        <translation>Tæl:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="102"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="103"/>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="106"/>
        <source>Attribute: %1</source>
        <translation>Attribut: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="143"/>
        <source>%1 by %2</source>
        <translation>%1 fordelt på %2</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/frequency_view.py" line="205"/>
        <source>%1 segments of %2 in %3</source>
        <translation>%1 uddrag med %2 i %3</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="38"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="38"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="38"/>
        <source>Hit</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="38"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="29"/>
        <source>Transcripts</source>
        <translation>Transskriptioner</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="29"/>
        <source>All files</source>
        <translation>Alle filer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="30"/>
        <source>Import transcripts</source>
        <translation>Importér transskriptioner</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="46"/>
        <source>… and {n} more</source>
        <translation>… og {n} mere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="47"/>
        <source>Already imported</source>
        <translation>Allerede importeret</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="47"/>
        <source>These files have been imported before (same content):
{names}

Import them again as new documents?</source>
        <translation>Disse filer er importeret før (samme indhold):
{names}

Importér dem igen som nye dokumenter?</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="65"/>
        <source>Storing documents…</source>
        <translation>Gemmer dokumenter…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="76"/>
        <source>Imported {n} file(s).</source>
        <translation>Importerede {n} fil(er).</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="78"/>
        <source>Coded {n} turn(s) by speaker.</source>
        <translation>Kodede {n} taletur(e) efter taler.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="80"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Annulleret: de resterende filer blev ikke importeret.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="92"/>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="99"/>
        <source>Reading files</source>
        <translation>Læser filer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/import_dialog.py" line="112"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="174"/>
        <source>The pseudonymised view needs the anonymiser, which is not installed.</source>
        <translation>Den pseudonymiserede visning kræver anonymiseringen, som ikke er installeret.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="245"/>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="246"/>
        <location filename="../../qcode/ui/main_window.py" line="253"/>
        <source>qcode projects (*.qcode)</source>
        <translation>qcode-projekter (*.qcode)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="252"/>
        <source>New project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="288"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="289"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gentag %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="300"/>
        <source>No project · coder: %1</source>
        <translation>Intet projekt · koder: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="304"/>
        <source>%1 documents · %2 · coder: %3</source>
        <translation>%1 dokumenter · %2 · koder: %3</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="308"/>
        <source>Nothing has been pseudonymised yet (run %1)</source>
        <translation>Intet er pseudonymiseret endnu (kør %1)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="314"/>
        <source>qcode</source>
        <translation>qcode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="319"/>
        <source>About qcode</source>
        <translation>Om qcode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="320"/>
        <source>qcode %1 — qualitative coding of interview transcripts.</source>
        <translation>qcode %1 — kvalitativ kodning af interviewtransskriptioner.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/entry_points.py" line="25"/>
        <source>Not available yet</source>
        <translation>Ikke tilgængelig endnu</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/entry_points.py" line="26"/>
        <source>This part of qcode is not installed in this build yet.</source>
        <translation>Denne del af qcode er endnu ikke installeret i denne udgave.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="53"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="54"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Åbn projekt…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="55"/>
        <source>&amp;Close project</source>
        <translation>&amp;Luk projekt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="56"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importér dokumenter…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="57"/>
        <location filename="../../qcode/ui/actions.py" line="58"/>
        <source>REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA-projekt (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="59"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="60"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="61"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="62"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="63"/>
        <source>Apply &amp;code…</source>
        <translation>Anvend &amp;kode…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="64"/>
        <source>&amp;In-vivo code</source>
        <translation>&amp;In vivo-kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="65"/>
        <source>Unco&amp;de selected code here</source>
        <translation>&amp;Fjern den valgte kode her</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="66"/>
        <source>&amp;Next coding of code</source>
        <translation>&amp;Næste kodning med koden</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="67"/>
        <source>&amp;Previous coding of code</source>
        <translation>&amp;Forrige kodning med koden</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="68"/>
        <source>&amp;Find document</source>
        <translation>&amp;Find dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="69"/>
        <source>New code…</source>
        <translation>Ny kode…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="70"/>
        <source>Show &amp;pseudonymised text</source>
        <translation>Vis &amp;pseudonymiseret tekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="71"/>
        <source>Show &amp;only the selected code</source>
        <translation>Vis &amp;kun den valgte kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="72"/>
        <source>Snap selection to &amp;whole words</source>
        <translation>Udvid markering til &amp;hele ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="73"/>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="74"/>
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="75"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="76"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymisér…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="77"/>
        <source>&amp;Mark selection for anonymisation…</source>
        <translation>&amp;Anonymisér den markerede tekst…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="78"/>
        <source>&amp;Cases and attributes…</source>
        <translation>&amp;Cases og attributter…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="79"/>
        <source>Code &amp;frequencies…</source>
        <translation>Kode&amp;frekvenser…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="80"/>
        <source>&amp;Co-occurrence…</source>
        <translation>&amp;Samforekomst…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="81"/>
        <source>&amp;Retrieve coded segments…</source>
        <translation>&amp;Hent kodede uddrag…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="82"/>
        <source>&amp;Search text…</source>
        <translation>&amp;Søg i tekst…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="83"/>
        <source>&amp;Query…</source>
        <translation>&amp;Forespørgsel…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="84"/>
        <source>&amp;Word frequencies…</source>
        <translation>&amp;Ordfrekvenser…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="85"/>
        <source>Coder c&amp;omparison…</source>
        <translation>Sammenlign &amp;kodere…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="86"/>
        <source>&amp;Quotes…</source>
        <translation>&amp;Citater…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="87"/>
        <source>&amp;About qcode</source>
        <translation>&amp;Om qcode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="95"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="96"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="97"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="98"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="99"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="100"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="101"/>
        <source>&amp;Tools</source>
        <translation>Værk&amp;tøjer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="102"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="103"/>
        <source>E&amp;xport</source>
        <translation>E&amp;ksport</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="104"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="105"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="106"/>
        <source>Codebook</source>
        <translation>Kodebog</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="107"/>
        <source>Memos</source>
        <translation>Memoer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/actions.py" line="108"/>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>O&amp;verview…</source>
        <translation>O&amp;verblik…</translation>
    </message>
    <message>
        <source>Sa&amp;turation…</source>
        <translation>Mæ&amp;tning…</translation>
    </message>
    <message>
        <source>Codebook &amp;history…</source>
        <translation>Kodebogens &amp;historik…</translation>
    </message>
    <message>
        <source>&amp;Methods appendix…</source>
        <translation>&amp;Metodebilag…</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="78"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="77"/>
        <source>Attached to:</source>
        <translation>Knyttet til:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="79"/>
        <source>Write a memo…</source>
        <translation>Skriv et memo…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="80"/>
        <source>New memo</source>
        <translation>Nyt memo</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="81"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="82"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="125"/>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="158"/>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="170"/>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="160"/>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="173"/>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="162"/>
        <source>A coding</source>
        <translation>En kodning</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="163"/>
        <location filename="../../qcode/ui/widgets/memo_panel.py" line="175"/>
        <source>The whole project</source>
        <translation>Hele projektet</translation>
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
    <name>QueryView</name>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="181"/>
        <source>e.g. ensomhed AND (netværk OR stigma) AND NOT ønsker</source>
        <translation>fx ensomhed AND (netværk OR stigma) AND NOT ønsker</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="182"/>
        <source>Run</source>
        <translation>Kør</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="183"/>
        <source>Include sub-codes</source>
        <translation>Medtag underkoder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="195"/>
        <source>Query:</source>
        <translation>Forespørgsel:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="219"/>
        <source>Only documents:</source>
        <translation>Kun dokumenter:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="219"/>
        <source>Only cases:</source>
        <translation>Kun cases:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="220"/>
        <source>Only speakers:</source>
        <translation>Kun talere:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="249"/>
        <source>%1 segments</source>
        <translation>%1 uddrag</translation>
    </message>
</context>
<context>
    <name>QuoteChoices</name>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="50"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="61"/>
        <source>Include sub-codes</source>
        <translation>Medtag underkoder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="63"/>
        <source>Favourites only</source>
        <translation>Kun favoritter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="68"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="73"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="75"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="79"/>
        <source>Quotes show</source>
        <translation>Citater viser</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="82"/>
        <source>the coded segment</source>
        <translation>det kodede uddrag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="82"/>
        <source>the whole speaker turn</source>
        <translation>hele taleturen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="83"/>
        <source>sentences around</source>
        <translation>sætninger omkring</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="88"/>
        <source>Fields: {case} {nr} {dokument} {kode} and every case attribute, e.g. {køn} {alder}</source>
        <translation>Felter: {case} {nr} {dokument} {kode} og alle case-attributter, fx {køn} {alder}</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="90"/>
        <source>Cite exact ages</source>
        <translation>Angiv præcise aldre</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="92"/>
        <source>under each heading</source>
        <translation>under hver overskrift</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="92"/>
        <source>as appendix</source>
        <translation>som bilag</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="93"/>
        <source>left out</source>
        <translation>udeladt</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="96"/>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="97"/>
        <source>Sentences</source>
        <translation>Sætninger</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="98"/>
        <source>Citation</source>
        <translation>Kildeangivelse</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="100"/>
        <source>Definitions</source>
        <translation>Definitioner</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="101"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/export_choices.py" line="112"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
</context>
<context>
    <name>RefiDialog</name>
    <message>
        <location filename="_helper_strings.py" line="1"/>
        <location filename="_helper_strings.py" line="3"/>
        <location filename="_helper_strings.py" line="13"/>
        <source>Export REFI-QDA project</source>
        <translation>Eksportér REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="2"/>
        <location filename="_helper_strings.py" line="7"/>
        <location filename="_helper_strings.py" line="14"/>
        <source>Import REFI-QDA project</source>
        <translation>Importér REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="4"/>
        <source>Export the texts and names pseudonymised? A pseudonymised export is leak-checked before it is written.</source>
        <translation>Eksportér tekster og navne pseudonymiseret? En pseudonymiseret eksport tjekkes for læk, før den skrives.</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="5"/>
        <source>Pseudonymised</source>
        <translation>Pseudonymiseret</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="6"/>
        <source>As stored</source>
        <translation>Som gemt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="8"/>
        <source>Reading REFI-QDA project</source>
        <translation>Læser REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="9"/>
        <location filename="_helper_strings.py" line="10"/>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="11"/>
        <source>All files</source>
        <translation>Alle filer</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="12"/>
        <source>Exporting REFI-QDA project</source>
        <translation>Eksporterer REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="15"/>
        <source>Export blocked</source>
        <translation>Eksport blokeret</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="16"/>
        <source>Possible identifying text</source>
        <translation>Mulig identificerende tekst</translation>
    </message>
    <message>
        <location filename="_helper_strings.py" line="17"/>
        <source>Wrote {path}: {documents} documents, {codes} codes, {codings} codings.</source>
        <translation>Skrev {path}: {documents} dokumenter, {codes} koder, {codings} kodninger.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="109"/>
        <source>Word or phrase; end a word with * to match its beginning</source>
        <translation>Ord eller udtryk; slut et ord med * for at matche dets begyndelse</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="110"/>
        <source>All inflected forms (lemma)</source>
        <translation>Alle bøjningsformer (lemma)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="111"/>
        <source>Whole words</source>
        <translation>Hele ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="113"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="124"/>
        <source>Tick all</source>
        <translation>Markér alle</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="125"/>
        <source>Tick none</source>
        <translation>Markér ingen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="127"/>
        <source>Code ticked hits…</source>
        <translation>Kod markerede fund…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="140"/>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="177"/>
        <source>%1 hits in %2 documents</source>
        <translation>%1 fund i %2 dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="198"/>
        <source>Code %1 hits with &apos;%2&apos;?</source>
        <translation>Kod %1 fund med &apos;%2&apos;?</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="200"/>
        <source>Code search hits</source>
        <translation>Kod søgefund</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/search_view.py" line="207"/>
        <source>Coded %1 hits.</source>
        <translation>Kodede %1 fund.</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="287"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="287"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="287"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="287"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="288"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="44"/>
        <source>Include sub-codes</source>
        <translation>Medtag underkoder</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="46"/>
        <source>Show the whole speaker turn</source>
        <translation>Vis hele taleturen</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="55"/>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="59"/>
        <source>Coder:</source>
        <translation>Koder:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="61"/>
        <source>Case attribute:</source>
        <translation>Case-attribut:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="94"/>
        <source>All coders</source>
        <translation>Alle kodere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="100"/>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/retrieval_views.py" line="150"/>
        <source>%1 segments</source>
        <translation>%1 uddrag</translation>
    </message>
</context>
<context>
    <name>SpeakerReviewDialog</name>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="41"/>
        <source>Review speakers</source>
        <translation>Gennemgå talere</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="45"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="45"/>
        <source>Interviewee (becomes a case)</source>
        <translation>Interviewperson (bliver en case)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="46"/>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="49"/>
        <source>{n} file(s) read. Check the speakers before they are stored: rename a speaker, give two speakers the same name (or select them and press Merge) to merge them, and uncheck a label that is not a speaker — its lines stay in the turn before.</source>
        <translation>{n} fil(er) læst. Tjek talerne, før de gemmes: omdøb en taler, giv to talere samme navn (eller markér dem og tryk Flet) for at flette dem, og fjern fluebenet ved en etiket, der ikke er en taler — dens linjer bliver i turen før.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="56"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="56"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="56"/>
        <source>Turns</source>
        <translation>Ture</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="56"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="57"/>
        <source>Printed labels</source>
        <translation>Etiketter i teksten</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="57"/>
        <source>First words</source>
        <translation>Første ord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="65"/>
        <source>Uncheck if this is not a speaker</source>
        <translation>Fjern fluebenet, hvis dette ikke er en taler</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="79"/>
        <source>Merge selected</source>
        <translation>Flet valgte</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="80"/>
        <source>Give the selected speakers the name of the one with most turns</source>
        <translation>Giv de valgte talere navnet på den med flest ture</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="83"/>
        <source>Code each interviewer turn with a code named after the speaker (e.g. &quot;Interviewer&quot;)</source>
        <translation>Kod hver interviewertur med en kode opkaldt efter taleren (fx &quot;Interviewer&quot;)</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/dialogs/speaker_review.py" line="86"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../qcode/ui/analysis/common.py" line="169"/>
        <location filename="../../qcode/ui/analysis/common.py" line="174"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="55"/>
        <source>No project is open.</source>
        <translation>Intet projekt er åbent.</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="56"/>
        <source>New project…</source>
        <translation>Nyt projekt…</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/main_window.py" line="57"/>
        <source>Open project…</source>
        <translation>Åbn projekt…</translation>
    </message>
</context>
<context>
    <name>WordFrequencyView</name>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="39"/>
        <source>Count lemmas</source>
        <translation>Tæl lemmaer</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="41"/>
        <source>Leave out stop words</source>
        <translation>Udelad stopord</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="51"/>
        <source>Words of:</source>
        <translation>Ord fra:</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="73"/>
        <source>All documents</source>
        <translation>Alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="75"/>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="77"/>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../qcode/ui/analysis/wordfreq_view.py" line="95"/>
        <source>Counting words…</source>
        <translation>Tæller ord…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../qcode/ui/workspace.py" line="159"/>
        <source>Import documents to begin</source>
        <translation>Importér dokumenter for at begynde</translation>
    </message>
</context>
<context>
    <name>AppendixExport</name>
    <message>
        <source>Methods appendix</source>
        <translation>Metodebilag</translation>
    </message>
    <message>
        <source>Language of the appendix:</source>
        <translation>Bilagets sprog:</translation>
    </message>
    <message>
        <source>Export methods appendix</source>
        <translation>Eksportér metodebilag</translation>
    </message>
    <message>
        <source>Writing the methods appendix…</source>
        <translation>Skriver metodebilaget…</translation>
    </message>
    <message>
        <source>Export blocked</source>
        <translation>Eksport blokeret</translation>
    </message>
    <message>
        <source>Wrote the methods appendix to %1</source>
        <translation>Skrev metodebilaget til %1</translation>
    </message>
    <message>
        <source>Possible identifying text</source>
        <translation>Mulig identificerende tekst</translation>
    </message>
</context>
<context>
    <name>CodebookHistoryDialog</name>
    <message>
        <source>Show changes that were undone</source>
        <translation>Vis ændringer, der blev fortrudt</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle koder</translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation>Begrundelse…</translation>
    </message>
    <message>
        <source>Every change of the codebook</source>
        <translation>Alle ændringer af kodebogen</translation>
    </message>
    <message>
        <source>Codebook history</source>
        <translation>Kodebogens historik</translation>
    </message>
    <message>
        <source>Changes of &apos;%1&apos;</source>
        <translation>Ændringer af &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Codebook history: %1</source>
        <translation>Kodebogens historik: %1</translation>
    </message>
    <message>
        <source>Codings this change moved, and where they were made</source>
        <translation>Kodninger, som ændringen flyttede, og hvor de blev lavet</translation>
    </message>
    <message>
        <source>Codings of this code, and the names they were made under</source>
        <translation>Kodens kodninger og de navne, de blev lavet under</translation>
    </message>
    <message>
        <source>Select a merge or split to see the codings it moved.</source>
        <translation>Vælg en sammenlægning eller deling for at se de kodninger, den flyttede.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Begrundelse for ændringen</translation>
    </message>
</context>
<context>
    <name>DeleteCodeDialog</name>
    <message>
        <source>Delete code</source>
        <translation>Slet kode</translation>
    </message>
    <message>
        <source>Delete the code &apos;%1&apos;, its sub-codes and %2 codings?</source>
        <translation>Slet koden &apos;%1&apos;, dens underkoder og %2 kodninger?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>MergeCodeDialog</name>
    <message>
        <source>Merge codes</source>
        <translation>Flet koder</translation>
    </message>
    <message>
        <source>Merge &apos;%1&apos; (and its codings) into:</source>
        <translation>Flet &apos;%1&apos; (og dens kodninger) ind i:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Ind i:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>All cases</source>
        <translation>Alle cases</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <source>Cases with</source>
        <translation>Cases med</translation>
    </message>
    <message>
        <source>(any attribute)</source>
        <translation>(enhver attribut)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Optional: why, for the codebook history</source>
        <translation>Valgfrit: hvorfor, til kodebogens historik</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
</context>
<context>
    <name>SaturationView</name>
    <message>
        <source>Top-level codes only</source>
        <translation>Kun koder på øverste niveau</translation>
    </message>
    <message>
        <source>Count each coding for its top-level code (themes, not codes)</source>
        <translation>Tæl hver kodning under sin kode på øverste niveau (temaer, ikke koder)</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Gem diagram…</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Rækkefølge:</translation>
    </message>
    <message>
        <source>As coded (first coding)</source>
        <translation>Som kodet (første kodning)</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>Som importeret</translation>
    </message>
    <message>
        <source>By attribute: %1</source>
        <translation>Efter attribut: %1</translation>
    </message>
    <message>
        <source>%1 documents not coded yet are left out.</source>
        <translation>%1 dokumenter, der ikke er kodet endnu, er udeladt.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Gem diagram</translation>
    </message>
</context>
<context>
    <name>SplitCodeDialog</name>
    <message>
        <source>Split &apos;%1&apos;</source>
        <translation>Del &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Another new code</source>
        <translation>Endnu en ny kode</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Går til</translation>
    </message>
    <message>
        <source>Document / sub-code</source>
        <translation>Dokument / underkode</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Make the new codes sub-codes of &apos;%1&apos;</source>
        <translation>Gør de nye koder til underkoder af &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Optional: why, for the codebook history</source>
        <translation>Valgfrit: hvorfor, til kodebogens historik</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>New codes:</source>
        <translation>Nye koder:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>Give each coding or sub-code to a new code; what you leave on &apos;(stays)&apos; remains with &apos;%1&apos;.</source>
        <translation>Giv hver kodning eller underkode til en ny kode; det, du lader stå på &apos;(bliver)&apos;, bliver hos &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Name of a new code</source>
        <translation>Navn på en ny kode</translation>
    </message>
    <message>
        <source>Sub-code: %1</source>
        <translation>Underkode: %1</translation>
    </message>
    <message>
        <source>(stays)</source>
        <translation>(bliver)</translation>
    </message>
    <message>
        <source>(new code %1)</source>
        <translation>(ny kode %1)</translation>
    </message>
</context>
</TS>
