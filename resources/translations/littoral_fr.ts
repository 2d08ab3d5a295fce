<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>littoral</name>
    <message>
        <source>Timeline and correspondence viewer for a corpus of letters and press releases.</source>
        <translation>Frise chronologique et graphe de correspondance pour un corpus de lettres et de communiqués de presse.</translation>
    </message>
    <message>
        <source>Open a corpus database.</source>
        <translation>Ouvrir la base de données d’un corpus.</translation>
    </message>
    <message>
        <source>Import a folder of documents and open it.</source>
        <translation>Importer un dossier de documents et l’ouvrir.</translation>
    </message>
    <message>
        <source>Render the window after loading to PNG and exit.</source>
        <translation>Enregistrer la fenêtre en PNG une fois le corpus chargé, puis quitter.</translation>
    </message>
    <message>
        <source>View to show: timeline, graph or reader.</source>
        <translation>Vue à montrer : timeline (frise), graph (graphe) ou reader (lecteur).</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
</context>
<context>
    <name>littoral-cli</name>
    <message>
        <source>Try &apos;littoral-cli --help&apos;.</source>
        <translation>Essayez « littoral-cli --help ».</translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
        <translation>import demande au moins un fichier ou un dossier.</translation>
    </message>
    <message>
        <source>no such file or folder: %1</source>
        <translation>fichier ou dossier introuvable : %1</translation>
    </message>
    <message>
        <source>rejected: %1: %2</source>
        <translation>refusé : %1 : %2</translation>
    </message>
    <message>
        <source>duplicate: %1 (same content as %2)</source>
        <translation>doublon : %1 (même contenu que %2)</translation>
    </message>
    <message>
        <source>kept: %1: %2; its document from the last import is kept</source>
        <translation>conservé : %1 : %2 ; son document du dernier import est conservé</translation>
    </message>
    <message>
        <source>gone: %1: %2; its document is removed</source>
        <translation>disparu : %1 : %2 ; son document est supprimé</translation>
    </message>
    <message>
        <source>gone: %1: %2; its document is kept (--prune removes it)</source>
        <translation>disparu : %1 : %2 ; son document est conservé (--prune le supprime)</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>ignoré : %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (the file cannot be imported now; its document stays)</source>
        <translation>
            <numerusform>%n conservé (le fichier ne peut pas être importé maintenant ; son document reste)</numerusform>
            <numerusform>%n conservés (les fichiers ne peuvent pas être importés maintenant ; leurs documents restent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone (kept; --prune removes them)</source>
        <translation>
            <numerusform>%n disparu (conservé ; --prune le supprime)</numerusform>
            <numerusform>%n disparus (conservés ; --prune les supprime)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone (%1; their %2 correction(s) are kept for a re-import)</source>
        <translation>
            <numerusform>%n disparu (%1 ; ses corrections (%2) sont gardées pour une réimportation)</numerusform>
            <numerusform>%n disparus (%1 ; leurs corrections (%2) sont gardées pour une réimportation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone (%1)</source>
        <translation>
            <numerusform>%n disparu (%1)</numerusform>
            <numerusform>%n disparus (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) skipped</source>
        <translation>
            <numerusform>%n dossier ignoré</numerusform>
            <numerusform>%n dossiers ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (supported: json).</source>
        <translation>format d’export inconnu « %1 » (possible : json).</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>exported %n document(s) to %1</source>
        <translation>
            <numerusform>%n document exporté dans %1</numerusform>
            <numerusform>%n documents exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no document matches %1</source>
        <translation>aucun document ne correspond à %1</translation>
    </message>
    <message>
        <source>Littoral command line.

  littoral-cli import PATH... --db FILE [--json] [--prune]
  littoral-cli export --db FILE --format json [-o FILE]
  littoral-cli search --db FILE QUERY [--limit N] [--json]

Corrections (each one change in the corpus&apos;s history, undoable):
  littoral-cli set --db FILE SOURCE FIELD VALUE     FIELD: date | type | language | place | title
  littoral-cli participant --db FILE SOURCE add|remove ROLE NAME
                [--kind person|organization] [--title T] [--organization O]
  littoral-cli merge --db FILE NAME... --into NAME
  littoral-cli split --db FILE ALIAS --from NAME
  littoral-cli review --db FILE SOURCE reviewed|unreviewed
  littoral-cli history --db FILE [--json]
  littoral-cli undo --db FILE [--steps N]
  littoral-cli redo --db FILE [--steps N]

SOURCE is a document&apos;s source as exported, or the full path of its file; NAME a correspondent&apos;s
name or any alias. A date is read as a person writes it (&quot;7 févr. 2017&quot;, &quot;mars 2016&quot;, &quot;vers 2016&quot;)
or as EDTF. Exit codes: 0 ok, 1 usage or unknown document, name, field or value, 2 database error.</source>
        <translation>Littoral en ligne de commande.

  littoral-cli import CHEMIN... --db FICHIER [--json] [--prune]
  littoral-cli export --db FICHIER --format json [-o FICHIER]
  littoral-cli search --db FICHIER REQUÊTE [--limit N] [--json]

Corrections (chacune une modification de l’historique du corpus, annulable) :
  littoral-cli set --db FICHIER SOURCE CHAMP VALEUR     CHAMP : date | type | language | place | title
  littoral-cli participant --db FICHIER SOURCE add|remove RÔLE NOM
                [--kind person|organization] [--title T] [--organization O]
  littoral-cli merge --db FICHIER NOM... --into NOM
  littoral-cli split --db FICHIER VARIANTE --from NOM
  littoral-cli review --db FICHIER SOURCE reviewed|unreviewed
  littoral-cli history --db FICHIER [--json]
  littoral-cli undo --db FICHIER [--steps N]
  littoral-cli redo --db FICHIER [--steps N]

SOURCE est la source d’un document telle qu’exportée, ou le chemin complet de son fichier ; NOM le nom
d’un correspondant ou l’une de ses variantes. Une date se lit comme on l’écrit (« 7 févr. 2017 », « mars 2016 »,
« vers 2016 ») ou en EDTF. Codes de sortie : 0 succès, 1 usage, ou document, nom, champ ou valeur inconnus,
2 erreur de base de données.</translation>
    </message>
    <message>
        <source>Corpus database file.</source>
        <translation>Fichier de base de données du corpus.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Écrire du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Export format (json).</source>
        <translation>Format d’export (json).</translation>
    </message>
    <message>
        <source>Write the export to FILE.</source>
        <translation>Écrire l’export dans FICHIER.</translation>
    </message>
    <message>
        <source>Show at most N hits (default 20).</source>
        <translation>Montrer au plus N résultats (20 par défaut).</translation>
    </message>
    <message>
        <source>import: remove the documents of files that no longer exist (kept otherwise).</source>
        <translation>import : supprimer les documents dont le fichier n’existe plus (conservés sinon).</translation>
    </message>
    <message>
        <source>participant: person or organization (default person).</source>
        <translation>participant : person (personne) ou organization (organisation) ; person par défaut.</translation>
    </message>
    <message>
        <source>participant add: the function as written.</source>
        <translation>participant add : la fonction telle qu’écrite.</translation>
    </message>
    <message>
        <source>participant add: the organisation spoken for.</source>
        <translation>participant add : l’organisation au nom de laquelle il parle.</translation>
    </message>
    <message>
        <source>merge: the correspondent that stays.</source>
        <translation>merge : le correspondant qui reste.</translation>
    </message>
    <message>
        <source>split: the correspondent the alias leaves.</source>
        <translation>split : le correspondant que la variante quitte.</translation>
    </message>
    <message>
        <source>undo, redo: how many changes (default 1).</source>
        <translation>undo, redo : combien de modifications (1 par défaut).</translation>
    </message>
    <message>
        <source>import, export, search, set, participant, merge, split, review, history, undo or redo</source>
        <translation>import, export, search, set, participant, merge, split, review, history, undo ou redo</translation>
    </message>
    <message>
        <source>missing command (import, export, search, set, participant, merge, split, review, history, undo or redo).</source>
        <translation>commande manquante (import, export, search, set, participant, merge, split, review, history, undo ou redo).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>%1 needs --db FILE.</source>
        <translation>%1 demande --db FICHIER.</translation>
    </message>
    <message>
        <source>export takes no positional argument.</source>
        <translation>export ne prend pas d’argument positionnel.</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search demande une requête.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit prend un nombre positif.</translation>
    </message>
</context>
<context>
    <name>littoral::core::CorrespondentsModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Spelled: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>En copie</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Documents it sent or signed</source>
        <translation>Documents qu’il a envoyés ou signés</translation>
    </message>
    <message>
        <source>Documents addressed to it</source>
        <translation>Documents qui lui sont adressés</translation>
    </message>
    <message>
        <source>Documents it was copied on</source>
        <translation>Documents où il est en copie</translation>
    </message>
    <message>
        <source>First day of its earliest dated document</source>
        <translation>Premier jour de son plus ancien document daté</translation>
    </message>
    <message>
        <source>Last day of its latest dated document</source>
        <translation>Dernier jour de son plus récent document daté</translation>
    </message>
</context>
<context>
    <name>littoral::core::DocumentTableModel</name>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Open letter</source>
        <translation>Lettre ouverte</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Not reviewed; least sure fact: %1%</source>
        <translation>Non relu ; fait le moins sûr : %1 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Relu</translation>
    </message>
</context>
<context>
    <name>littoral::core::FactsModel</name>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>En copie</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentionné</translation>
    </message>
    <message>
        <source> from “%1”</source>
        <translation> d’après « %1 »</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Ajouté par %1</translation>
    </message>
    <message>
        <source>Not what extraction read</source>
        <translation>Diffère de ce que l’extraction a lu</translation>
    </message>
    <message>
        <source>Extraction read: %1%2
Corrected by %3</source>
        <translation>L’extraction a lu : %1%2
Corrigé par %3</translation>
    </message>
    <message>
        <source>Found by: position in the letter (signature block, address block…) and a known first name or title</source>
        <translation>Trouvé par : la place dans la lettre (signature, bloc d’adresse…) et un prénom ou un titre connu</translation>
    </message>
    <message>
        <source>Found by: position in the letter; name shape only</source>
        <translation>Trouvé par : la place dans la lettre ; forme du nom seulement</translation>
    </message>
    <message>
        <source>Found by: a known first name or title only</source>
        <translation>Trouvé par : un prénom ou un titre connu seulement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced with �</source>
        <translation>
            <numerusform>%n séquence d’octets invalide remplacée par �</numerusform>
            <numerusform>%n séquences d’octets invalides remplacées par �</numerusform>
        </translation>
    </message>
    <message>
        <source>extraction stopped after its %1 ms time budget; facts found before are kept</source>
        <translation>extraction arrêtée après son budget de %1 ms ; les faits trouvés avant sont conservés</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Extraction read: nothing</source>
        <translation>L’extraction n’a rien lu</translation>
    </message>
    <message>
        <source>Extraction read: %1%2</source>
        <translation>L’extraction a lu : %1%2</translation>
    </message>
    <message>
        <source>
Corrected by %1</source>
        <translation>
Corrigé par %1</translation>
    </message>
    <message>
        <source>Removed by %1</source>
        <translation>Supprimé par %1</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Lu dans</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
</context>
<context>
    <name>littoral::core::HistoryModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Participant added to %1</source>
        <translation>Participant ajouté à %1</translation>
    </message>
    <message>
        <source>Participant removed from %1</source>
        <translation>Participant retiré de %1</translation>
    </message>
    <message>
        <source>Participant of %1</source>
        <translation>Participant de %1</translation>
    </message>
    <message>
        <source>Event added to %1</source>
        <translation>Événement ajouté à %1</translation>
    </message>
    <message>
        <source>Event removed from %1</source>
        <translation>Événement retiré de %1</translation>
    </message>
    <message>
        <source>Event of %1</source>
        <translation>Événement de %1</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Relecture de %1</translation>
    </message>
    <message>
        <source>Merge of %1 into %2</source>
        <translation>Fusion de %1 dans %2</translation>
    </message>
    <message>
        <source>Split of %1</source>
        <translation>Séparation de %1</translation>
    </message>
    <message>
        <source>Rename of %1</source>
        <translation>Renommage de %1</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Nature de %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablissement : %1</translation>
    </message>
    <message>
        <source>Revert: %1</source>
        <translation>Inversion : %1</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>littoral::core::PartialDateWords</name>
    <message>
        <source>1 %1 %2</source>
        <comment>the first day of a month: month name, year (1 March 2016)</comment>
        <translation>1er %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a day: day number, month name, year (14 March 2016)</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month: month name, year (March 2016)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>spring %1</source>
        <translation>printemps %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>été %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>automne %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <comment>winter of a year: from December into the next February</comment>
        <translation>hiver %1</translation>
    </message>
    <message>
        <source>circa %1 (uncertain)</source>
        <comment>an approximate and uncertain date</comment>
        <translation>vers %1 (incertain)</translation>
    </message>
    <message>
        <source>circa %1</source>
        <comment>an approximate date</comment>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <comment>a date the source is unsure of</comment>
        <translation>%1 (incertain)</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>an interval with no known start</comment>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>an interval with no known end</comment>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <comment>an interval of dates</comment>
        <translation>entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>littoral::ui::CorrespondentsPane</name>
    <message>
        <source>Correspondents</source>
        <translation>Correspondants</translation>
    </message>
    <message>
        <source>Filter by name, spelling or organisation</source>
        <translation>Filtrer par nom, graphie ou organisation</translation>
    </message>
    <message>
        <source>Filter correspondents</source>
        <translation>Filtrer les correspondants</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Merge the selected correspondents into one of them: every spelling and document moves to it</source>
        <translation>Fusionner les correspondants choisis dans l’un d’eux : toutes les graphies et tous les documents lui reviennent</translation>
    </message>
    <message>
        <source>&amp;Split spelling…</source>
        <translation>&amp;Séparer une graphie…</translation>
    </message>
    <message>
        <source>Give the documents that spell the selected correspondent one way their own correspondent</source>
        <translation>Donner aux documents qui écrivent ainsi le correspondant choisi un correspondant à eux</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Choose the name shown for the selected correspondent; later imports keep it</source>
        <translation>Choisir le nom affiché pour le correspondant choisi ; les imports suivants le gardent</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Cannot read the correspondents</source>
        <translation>Impossible de lire les correspondants</translation>
    </message>
    <message numerus="yes">
        <source>%n correspondent(s)</source>
        <translation>
            <numerusform>%n correspondant</numerusform>
            <numerusform>%n correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n document(s))</source>
        <translation>
            <numerusform>%1 (%2, %n document)</numerusform>
            <numerusform>%1 (%2, %n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Merge correspondents</source>
        <translation>Fusionner des correspondants</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n correspondent(s) into:</source>
        <translation>
            <numerusform>Fusionner %n correspondant dans :</numerusform>
            <numerusform>Fusionner %n correspondants dans :</numerusform>
        </translation>
    </message>
    <message>
        <source>Split a spelling</source>
        <translation>Séparer une graphie</translation>
    </message>
    <message>
        <source>The documents spelling %1 this way get their own correspondent:</source>
        <translation>Les documents qui écrivent %1 ainsi reçoivent leur propre correspondant :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Name of %1:</source>
        <translation>Nom de %1 :</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>Aucun corpus n’est ouvert.</translation>
    </message>
    <message>
        <source>Cannot split</source>
        <translation>Séparation impossible</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Renommage impossible</translation>
    </message>
    <message>
        <source>Cannot change the kind</source>
        <translation>Impossible de changer la nature</translation>
    </message>
</context>
<context>
    <name>littoral::ui::DateEdit</name>
    <message>
        <source>7 févr. 2017, mars 2016, vers 2016…</source>
        <translation>7 févr. 2017, mars 2016, vers 2016…</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>une date est nécessaire</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
</context>
<context>
    <name>littoral::ui::EventEdit</name>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>littoral::ui::FactsDelegate</name>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>En copie</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentionné</translation>
    </message>
</context>
<context>
    <name>littoral::ui::GraphView</name>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>cc</source>
        <translation>cc</translation>
    </message>
    <message>
        <source>co-signed</source>
        <translation>cosigné</translation>
    </message>
    <message>
        <source>%1 correspondent</source>
        <translation>%1 correspondant</translation>
    </message>
    <message>
        <source>%1 correspondents</source>
        <translation>%1 correspondants</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 lien</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 liens</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>mise à jour…</translation>
    </message>
    <message>
        <source>Correspondence graph</source>
        <translation>Graphe de correspondance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 document</source>
        <translation>%1 document</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>%1 letter</source>
        <translation>%1 lettre</translation>
    </message>
    <message>
        <source>%1 letters</source>
        <translation>%1 lettres</translation>
    </message>
    <message>
        <source>Merge correspondents</source>
        <translation>Fusionner des correspondants</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?

Every spelling and document of %1 moves to %2. History can undo it.</source>
        <translation>Fusionner « %1 » dans « %2 » ?

Toutes les graphies et tous les documents de %1 passent à %2. L’historique peut l’annuler.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Show in &amp;Correspondents</source>
        <translation>Montrer dans &amp;Correspondants</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n letter(s))</source>
        <translation>
            <numerusform>%1 (%n lettre)</numerusform>
            <numerusform>%1 (%n lettres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner « %1 » dans :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Name of %1:</source>
        <translation>Nom de %1 :</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disposition…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dessin…</translation>
    </message>
    <message>
        <source>No correspondents in this period</source>
        <translation>Aucun correspondant dans cette période</translation>
    </message>
    <message>
        <source>No correspondents to show</source>
        <translation>Aucun correspondant à montrer</translation>
    </message>
</context>
<context>
    <name>littoral::ui::HistoryDialog</name>
    <message>
        <source>Only changes that need attention</source>
        <translation>Seulement les modifications à vérifier</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Filter by user, document, correspondent or value</source>
        <translation>Filtrer par utilisateur, document, correspondant ou valeur</translation>
    </message>
    <message>
        <source>Record a change that cancels the selected one (history is never rewritten)</source>
        <translation>Enregistrer une modification qui annule celle choisie (l’historique n’est jamais réécrit)</translation>
    </message>
    <message>
        <source>“%1” is already cancelled: there is nothing to revert.</source>
        <translation>« %1 » est déjà annulée : il n’y a rien à inverser.</translation>
    </message>
    <message>
        <source>Reverted “%1”.</source>
        <translation>« %1 » inversée.</translation>
    </message>
</context>
<context>
    <name>littoral::ui::MainWindow</name>
    <message>
        <source>Littoral</source>
        <translation>Littoral</translation>
    </message>
    <message>
        <source>Filter this list by date, type, sender, recipient or title  (Ctrl+L)</source>
        <translation>Filtrer cette liste par date, type, expéditeur, destinataire ou titre  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Correspondents</source>
        <translation>Correspondants</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open Corpus &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier de corpus…</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>Ouvrir une &amp;base de données…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Sample Corpus</source>
        <translation>Ouvrir le corpus d’&amp;exemple</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un corpus &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Search Documents</source>
        <translation>&amp;Rechercher dans les documents</translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Re&amp;lecture</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Frise chronologique</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lecteur</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline to Data</source>
        <translation>&amp;Ajuster la frise aux données</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Larger Text (presentation)</source>
        <translation>Texte plus &amp;grand (présentation)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search the texts — accents optional, &quot;exact phrase&quot;, prefix*, OR, -exclude  (Ctrl+F)</source>
        <translation>Rechercher dans les textes — accents facultatifs, &quot;expression exacte&quot;, préfixe*, OR, -exclure  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cannot open the corpus</source>
        <translation>Impossible d’ouvrir le corpus</translation>
    </message>
    <message>
        <source>%1 (read-only) — Littoral</source>
        <translation>%1 (lecture seule) — Littoral</translation>
    </message>
    <message>
        <source>%1 — Littoral</source>
        <translation>%1 — Littoral</translation>
    </message>
    <message>
        <source>%1 is read-only: it can be read, searched and exported; nothing can be imported into it.</source>
        <translation>%1 est en lecture seule : on peut le lire, y chercher et l’exporter ; rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>Reading the corpus…</source>
        <translation>Lecture du corpus…</translation>
    </message>
    <message>
        <source>The corpus database %1 does not exist.</source>
        <translation>La base de données de corpus %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Create a new corpus?</source>
        <translation>Créer un nouveau corpus ?</translation>
    </message>
    <message>
        <source>There is no corpus database at %1.

Create a new, empty corpus there?</source>
        <translation>Il n’y a pas de base de données de corpus à %1.

Y créer un nouveau corpus vide ?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>%1 is read-only (its file or its folder cannot be written): files cannot be added to it. Copy it to a folder you can write to, or open a corpus folder instead.</source>
        <translation>%1 est en lecture seule (son fichier ou son dossier n’est pas modifiable) : on ne peut pas y ajouter de fichiers. Copiez-le dans un dossier où vous pouvez écrire, ou ouvrez plutôt un dossier de corpus.</translation>
    </message>
    <message>
        <source>The corpus is read-only</source>
        <translation>Le corpus est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot read the corpus</source>
        <translation>Impossible de lire le corpus</translation>
    </message>
    <message>
        <source>Reading correspondents and events…</source>
        <translation>Lecture des correspondants et des événements…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <source>No document matches</source>
        <translation>Aucun document ne correspond</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n document correspond</numerusform>
            <numerusform>%n documents correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;The %1 most relevant of %2; the list, the timeline and the graph show them all.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;Les %1 plus pertinents sur %2 ; la liste, la frise et le graphe les montrent tous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search results (%1)</source>
        <translation>Résultats de recherche (%1)</translation>
    </message>
    <message>
        <source>%1 is no longer in the corpus.</source>
        <translation>%1 n’est plus dans le corpus.</translation>
    </message>
    <message>
        <source>Cannot read the document</source>
        <translation>Impossible de lire le document</translation>
    </message>
    <message>
        <source>No corpus open — File ▸ Open Corpus Folder (Ctrl+O), or drop a folder here</source>
        <translation>Aucun corpus ouvert — Fichier ▸ Ouvrir un dossier de corpus (Ctrl+O), ou déposez un dossier ici</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>1 correspondent</source>
        <translation>1 correspondant</translation>
    </message>
    <message>
        <source>%1 correspondents</source>
        <translation>%1 correspondants</translation>
    </message>
    <message>
        <source>Read-only — nothing can be imported</source>
        <translation>Lecture seule — rien ne peut être importé</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) on the chosen link</source>
        <translation>
            <numerusform>%n lettre sur le lien choisi</numerusform>
            <numerusform>%n lettres sur le lien choisi</numerusform>
        </translation>
    </message>
    <message>
        <source>   —   showing %1 of %2: %3   (Ctrl+Backspace clears)</source>
        <translation>   —   %1 affichés sur %2 : %3   (Ctrl+Backspace efface)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Import cancelled; the documents read so far are kept.</source>
        <translation>Import annulé ; les documents déjà lus sont conservés.</translation>
    </message>
    <message>
        <source>Could not remove the documents</source>
        <translation>Impossible de supprimer les documents</translation>
    </message>
    <message numerus="yes">
        <source>, %n document(s) of gone files removed</source>
        <translation>
            <numerusform>, %n document de fichier disparu supprimé</numerusform>
            <numerusform>, %n documents de fichiers disparus supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: duplicate of %2</source>
        <translation>%1 : doublon de %2</translation>
    </message>
    <message>
        <source>%1: %2; its document from the last import is kept</source>
        <translation>%1 : %2 ; son document du dernier import est conservé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, unchanged %3, skipped %4%5%6</source>
        <translation>Importés : %1, mis à jour : %2, inchangés : %3, ignorés : %4%5%6</translation>
    </message>
    <message>
        <source> — cancelled</source>
        <translation> — annulé</translation>
    </message>
    <message>
        <source>Some files were skipped</source>
        <translation>Des fichiers ont été ignorés</translation>
    </message>
    <message>
        <source>%1 file(s) or folder(s) could not be imported; everything else was.</source>
        <translation>%1 fichier(s) ou dossier(s) n’ont pas pu être importés ; tout le reste l’a été.</translation>
    </message>
    <message>
        <source>Files no longer there</source>
        <translation>Fichiers disparus</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported before no longer exist. Remove their documents from the corpus?

Your corrections to them are kept and come back if the files are imported again.</source>
        <translation>
            <numerusform>%n fichier importé auparavant n’existe plus. Supprimer son document du corpus ?

Vos corrections sont conservées et reviendront si le fichier est importé de nouveau.</numerusform>
            <numerusform>%n fichiers importés auparavant n’existent plus. Supprimer leurs documents du corpus ?

Vos corrections sont conservées et reviendront si les fichiers sont importés de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Open a corpus folder</source>
        <translation>Ouvrir un dossier de corpus</translation>
    </message>
    <message>
        <source>Open a corpus database</source>
        <translation>Ouvrir une base de données de corpus</translation>
    </message>
    <message>
        <source>Littoral corpus (*.db *.sqlite);;All files (*)</source>
        <translation>Corpus Littoral (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent corpus</source>
        <translation>Aucun corpus récent</translation>
    </message>
</context>
<context>
    <name>littoral::ui::ParticipantEdit</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
</context>
<context>
    <name>littoral::ui::ReaderCuration</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Make it an organisation</source>
        <translation>En faire une organisation</translation>
    </message>
    <message>
        <source>Make it a person</source>
        <translation>En faire une personne</translation>
    </message>
    <message>
        <source>Add sender</source>
        <translation>Ajouter un expéditeur</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <source>Add copy</source>
        <translation>Ajouter un destinataire en copie</translation>
    </message>
    <message>
        <source>Add mentioned person</source>
        <translation>Ajouter une personne mentionnée</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Utiliser comme</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>En copie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>No date in the selected words and none for the document: date the document first.</source>
        <translation>Pas de date dans les mots choisis ni pour le document : datez d’abord le document.</translation>
    </message>
</context>
<context>
    <name>littoral::ui::ReviewController</name>
    <message>
        <source>Needs Review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>&amp;Next Needing Review</source>
        <translation>&amp;Suivant à relire</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed and Go to Next</source>
        <translation>Marquer comme &amp;relu et passer au suivant</translation>
    </message>
    <message>
        <source>Mark &amp;Unreviewed</source>
        <translation>Marquer comme &amp;non relu</translation>
    </message>
    <message>
        <source>List only the documents not yet reviewed, the least sure first</source>
        <translation>Lister seulement les documents pas encore relus, les moins sûrs d’abord</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 sur %2 relus</translation>
    </message>
    <message>
        <source>Every document is reviewed</source>
        <translation>Tous les documents sont relus</translation>
    </message>
    <message>
        <source>Cannot mark the document</source>
        <translation>Impossible de marquer le document</translation>
    </message>
</context>
<context>
    <name>littoral::ui::TimelineDensity</name>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>%1 · %2 documents (%3)</source>
        <translation>%1 · %2 documents (%3)</translation>
    </message>
</context>
<context>
    <name>littoral::ui::TimelineView</name>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Open letters</source>
        <translation>Lettres ouvertes</translation>
    </message>
    <message>
        <source>Press releases</source>
        <translation>Communiqués de presse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Lanes: by type</source>
        <translation>Couloirs : par type</translation>
    </message>
    <message>
        <source>Lanes: by sender</source>
        <translation>Couloirs : par expéditeur</translation>
    </message>
    <message>
        <source>Group the documents by type or by the organisation that sent them</source>
        <translation>Grouper les documents par type ou par l’organisation qui les a envoyés</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole corpus (F)</source>
        <translation>Montrer tout le corpus (F)</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <source>%1 other sender</source>
        <translation>%1 autre expéditeur</translation>
    </message>
    <message>
        <source>%1 other senders</source>
        <translation>%1 autres expéditeurs</translation>
    </message>
    <message>
        <source>Mentioned events</source>
        <translation>Événements mentionnés</translation>
    </message>
    <message>
        <source>Documents / month</source>
        <translation>Documents / mois</translation>
    </message>
    <message>
        <source>◂ %1 earlier events</source>
        <translation>◂ %1 événements antérieurs</translation>
    </message>
    <message>
        <source>%1 later events ▸</source>
        <translation>%1 événements postérieurs ▸</translation>
    </message>
    <message>
        <source>Documents / %1</source>
        <translation>Documents / %1</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>pic %1</translation>
    </message>
    <message>
        <source>%1 undated</source>
        <translation>%1 non datés</translation>
    </message>
    <message>
        <source>◂ %1 earlier event</source>
        <translation>◂ %1 événement antérieur</translation>
    </message>
    <message>
        <source>%1 later event ▸</source>
        <translation>%1 événement postérieur ▸</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Période %1 – %2</translation>
    </message>
    <message>
        <source>Esc clears</source>
        <translation>Échap efface</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>jour exact</translation>
    </message>
    <message>
        <source>month / season / year</source>
        <translation>mois / saison / année</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximative</translation>
    </message>
    <message>
        <source>mentioned event</source>
        <translation>événement mentionné</translation>
    </message>
    <message>
        <source>2014–2020</source>
        <translation>2014–2020</translation>
    </message>
    <message>
        <source>%1 document</source>
        <translation>%1 document</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>Zoom in to see them one by one</source>
        <translation>Zoomez pour les voir un par un</translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>expéditeur inconnu</translation>
    </message>
    <message>
        <source>mentioned in %1 document</source>
        <translation>mentionné dans %1 document</translation>
    </message>
    <message>
        <source>mentioned in %1 documents</source>
        <translation>mentionné dans %1 documents</translation>
    </message>
    <message>
        <source>Drag along the axis to filter a period; click it or press Esc to clear</source>
        <translation>Faites glisser le long de l’axe pour filtrer une période ; cliquez dessus ou appuyez sur Échap pour effacer</translation>
    </message>
</context>
<context>
    <name>littoral::ui::UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Annulation impossible</translation>
    </message>
</context>
</TS>
