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
        <source>Files or folders to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>View to show: timeline, graph, reader or present (presentation mode, 1280×720).</source>
        <translation>Vue à montrer : timeline, graph, reader ou present (mode présentation, 1280×720).</translation>
    </message>
    <message>
        <source>With --view present: the story to present (a story file exported as JSON).</source>
        <translation>Avec --view present : le récit à présenter (un fichier de récit exporté en JSON).</translation>
    </message>
    <message>
        <source>With --view present: the step to show, from 1.</source>
        <translation>Avec --view present : l’étape à montrer, à partir de 1.</translation>
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
        <source>Corpus database file.</source>
        <translation>Fichier de base de données du corpus.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Écrire du JSON lisible par une machine.</translation>
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
        <source>undo, redo: how many changes (default 1).</source>
        <translation>undo, redo : combien de modifications (1 par défaut).</translation>
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
    <message>
        <source>no corpus at %1 (import a folder into it first).</source>
        <translation>aucun corpus à %1 (importez-y d’abord un dossier).</translation>
    </message>
    <message>
        <source>history takes no positional argument.</source>
        <translation>history ne prend pas d’argument positionnel.</translation>
    </message>
    <message>
        <source>%1 takes no positional argument (--steps N undoes several).</source>
        <translation>%1 ne prend pas d’argument positionnel (--steps N en traite plusieurs).</translation>
    </message>
    <message>
        <source>set needs SOURCE FIELD VALUE (FIELD: date, type, language, place or title).</source>
        <translation>set demande SOURCE CHAMP VALEUR (CHAMP : date, type, language, place ou title).</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (date, type, language, place or title).</source>
        <translation>champ inconnu « %1 » (date, type, language, place ou title).</translation>
    </message>
    <message>
        <source>participant needs SOURCE add|remove ROLE NAME.</source>
        <translation>participant demande SOURCE add|remove RÔLE NOM.</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (sender, recipient, cc or mentioned).</source>
        <translation>rôle inconnu « %1 » (sender, recipient, cc ou mentioned).</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (person or organization).</source>
        <translation>nature inconnue « %1 » (person ou organization).</translation>
    </message>
    <message>
        <source>a participant needs a name.</source>
        <translation>un participant doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1 has no %2 named &apos;%3&apos; (it has none).</source>
        <translation>%1 n’a pas de %2 nommé « %3 » (il n’en a aucun).</translation>
    </message>
    <message>
        <source>%1 has no %2 named &apos;%3&apos; (it has: %4).</source>
        <translation>%1 n’a pas de %2 nommé « %3 » (il a : %4).</translation>
    </message>
    <message>
        <source>merge needs NAME... --into NAME.</source>
        <translation>merge demande NOM... --into NOM.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the correspondent to merge into.</source>
        <translation>« %1 » est déjà le correspondant dans lequel fusionner.</translation>
    </message>
    <message>
        <source>split needs ALIAS --from NAME.</source>
        <translation>split demande VARIANTE --from NOM.</translation>
    </message>
    <message>
        <source>review needs SOURCE reviewed|unreviewed.</source>
        <translation>review demande SOURCE reviewed|unreviewed.</translation>
    </message>
    <message>
        <source>No change recorded in %1.</source>
        <translation>Aucune modification enregistrée dans %1.</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(annulée)</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation>à vérifier : %1</translation>
    </message>
    <message>
        <source>--steps takes a positive number.</source>
        <translation>--steps prend un nombre positif.</translation>
    </message>
    <message>
        <source>nothing left to redo.</source>
        <translation>plus rien à rétablir.</translation>
    </message>
    <message>
        <source>nothing left to undo.</source>
        <translation>plus rien à annuler.</translation>
    </message>
    <message numerus="yes">
        <source>nothing left to redo after %n redone.</source>
        <translation>
            <numerusform>plus rien à rétablir après %n rétablissement.</numerusform>
            <numerusform>plus rien à rétablir après %n rétablissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing left to undo after %n undone.</source>
        <translation>
            <numerusform>plus rien à annuler après %n annulation.</numerusform>
            <numerusform>plus rien à annuler après %n annulations.</numerusform>
        </translation>
    </message>
    <message>
        <source>no document &apos;%1&apos; in %2.</source>
        <translation>aucun document « %1 » dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; names %n documents; give the full path of one:</source>
        <translation>
            <numerusform>« %1 » désigne %n document ; donnez le chemin complet de l’un d’eux :</numerusform>
            <numerusform>« %1 » désigne %n documents ; donnez le chemin complet de l’un d’eux :</numerusform>
        </translation>
    </message>
    <message>
        <source>no correspondent named &apos;%1&apos; in %2.</source>
        <translation>aucun correspondant nommé « %1 » dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; names %n correspondents:</source>
        <translation>
            <numerusform>« %1 » désigne %n correspondant :</numerusform>
            <numerusform>« %1 » désigne %n correspondants :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2; also %3)</source>
        <translation>%1 (%2 ; aussi %3)</translation>
    </message>
    <message>
        <source>Nothing to change: it already says so.</source>
        <translation>Rien à changer : c’est déjà le cas.</translation>
    </message>
    <message>
        <source>Briefing pack (PDF or ODT) of the documents the filters choose:
  littoral-cli briefing --db FILE [--from DATE] [--to DATE] [--query Q] [--correspondent NAME
                [--role ROLE]] [--link &quot;FROM-&gt;TO&quot;] [--type TYPES] [--title T] -o FILE.pdf|FILE.odt</source>
        <translation>Dossier de synthèse (PDF ou ODT) des documents que choisissent les filtres :
  littoral-cli briefing --db FICHIER [--from DATE] [--to DATE] [--query Q] [--correspondent NOM
                [--role RÔLE]] [--link &quot;DE-&gt;À&quot;] [--type TYPES] [--title T] -o FICHIER.pdf|FICHIER.odt</translation>
    </message>
    <message>
        <source>Write the briefing to FILE (.pdf or .odt).</source>
        <translation>Écrire le dossier de synthèse dans FICHIER (.pdf ou .odt).</translation>
    </message>
    <message>
        <source>The briefing&apos;s title (default: Briefing — the period).</source>
        <translation>Le titre du dossier (par défaut : Dossier de synthèse — la période).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>briefing takes no positional argument.</source>
        <translation>briefing ne prend pas d’argument positionnel.</translation>
    </message>
    <message>
        <source>briefing needs -o FILE.pdf or -o FILE.odt.</source>
        <translation>briefing demande -o FICHIER.pdf ou -o FICHIER.odt.</translation>
    </message>
    <message>
        <source>no correspondent is named %1.</source>
        <translation>aucun correspondant ne s’appelle %1.</translation>
    </message>
    <message numerus="yes">
        <source>wrote the briefing of %n document(s) to %1</source>
        <translation>
            <numerusform>dossier de synthèse de %n document écrit dans %1</numerusform>
            <numerusform>dossier de synthèse de %n documents écrit dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents dated from DATE on (2016, 2016-03, 2016-03-02).</source>
        <translation>Documents datés à partir de DATE (2016, 2016-03, 2016-03-02).</translation>
    </message>
    <message>
        <source>Documents dated until DATE.</source>
        <translation>Documents datés jusqu’à DATE.</translation>
    </message>
    <message>
        <source>Documents matching a full-text search.</source>
        <translation>Documents trouvés par une recherche plein texte.</translation>
    </message>
    <message>
        <source>Documents a correspondent (name or spelling) takes part in.</source>
        <translation>Documents auxquels un correspondant (nom ou graphie) prend part.</translation>
    </message>
    <message>
        <source>With --correspondent: sender, recipient, cc or mentioned.</source>
        <translation>Avec --correspondent : sender (expéditeur), recipient (destinataire), cc (en copie) ou mentioned (mentionné).</translation>
    </message>
    <message>
        <source>The letters of one link: &quot;FROM-&gt;TO&quot; (with --role cc: in copy).</source>
        <translation>Les lettres d’un lien : « DE-&gt;À » (avec --role cc : en copie).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (2016, 2016-03, 2016-03-02, 2016-23 for autumn, ~2016).</source>
        <translation>%1 : « %2 » n’est pas une date (2016, 2016-03, 2016-03-02, 2016-23 pour l’automne, ~2016).</translation>
    </message>
    <message>
        <source>--link takes &quot;SENDER -&gt; RECIPIENT&quot; (or &quot;SENDER -&gt; RECIPIENT (cc)&quot;), not &apos;%1&apos;.</source>
        <translation>--link attend « EXPÉDITEUR -&gt; DESTINATAIRE » (ou « EXPÉDITEUR -&gt; DESTINATAIRE (cc) »), pas « %1 ».</translation>
    </message>
    <message>
        <source>--role needs --correspondent NAME.</source>
        <translation>--role demande --correspondent NOM.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondant</numerusform>
            <numerusform>%Ln correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s)</source>
        <translation>
            <numerusform>%Ln participation</numerusform>
            <numerusform>%Ln participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>exporté : %1 vers %2</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (json, csv, gexf, graphml, cmif or timelinejs).</source>
        <translation>format d’export inconnu « %1 » (json, csv, gexf, graphml, cmif ou timelinejs).</translation>
    </message>
    <message>
        <source>csv writes two files: -o names the folder that receives them.</source>
        <translation>csv écrit deux fichiers : -o nomme le dossier qui les reçoit.</translation>
    </message>
    <message>
        <source>no correspondent is named %1 in this corpus.</source>
        <translation>aucun correspondant ne s’appelle %1 dans ce corpus.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la sortie standard</translation>
    </message>
    <message>
        <source>Littoral command line.

  littoral-cli import PATH... --db FILE [--json] [--prune]
  littoral-cli export --db FILE --format json|csv|gexf|graphml|cmif|timelinejs [-o FILE]
                [--from DATE] [--to DATE] [--query QUERY] [--correspondent NAME]
                [--role sender|recipient|cc|mentioned] [--link &quot;A -&gt; B&quot;] [--type letter,open_letter,...]
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
  littoral-cli export --db FICHIER --format json|csv|gexf|graphml|cmif|timelinejs [-o FICHIER]
                [--from DATE] [--to DATE] [--query REQUÊTE] [--correspondent NOM]
                [--role sender|recipient|cc|mentioned] [--link &quot;A -&gt; B&quot;] [--type letter,open_letter,...]
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
        <source>Export format: json, csv (a folder), gexf, graphml, cmif or timelinejs.</source>
        <translation>Format d’export : json, csv (un dossier), gexf, graphml, cmif ou timelinejs.</translation>
    </message>
    <message>
        <source>Write the export to FILE (csv: to the folder FILE).</source>
        <translation>Écrire l’export dans FICHIER (csv : dans le dossier FICHIER).</translation>
    </message>
    <message>
        <source>split: the correspondent the alias leaves; export: documents dated from DATE on.</source>
        <translation>split : le correspondant que la variante quitte ; export : les documents datés à partir de DATE.</translation>
    </message>
    <message>
        <source>export: documents dated up to DATE.</source>
        <translation>export : les documents datés jusqu’à DATE.</translation>
    </message>
    <message>
        <source>export: documents matching QUERY (as in search).</source>
        <translation>export : les documents qui répondent à REQUÊTE (comme search).</translation>
    </message>
    <message>
        <source>export: documents NAME sent, received or was copied on.</source>
        <translation>export : les documents que NOM a envoyés, reçus ou reçus en copie.</translation>
    </message>
    <message>
        <source>export: the correspondent&apos;s role (sender, recipient, cc or mentioned).</source>
        <translation>export : le rôle du correspondant (sender, recipient, cc ou mentioned).</translation>
    </message>
    <message>
        <source>export: the letters of one link, &quot;SENDER -&gt; RECIPIENT&quot;.</source>
        <translation>export : les lettres d’un lien, « EXPÉDITEUR -&gt; DESTINATAIRE ».</translation>
    </message>
    <message>
        <source>story-export: the story&apos;s id or title.</source>
        <translation>story-export : l’identifiant ou le titre du récit.</translation>
    </message>
    <message>
        <source>Stories (the corpus&apos;s presentations, exchanged as JSON files):
  littoral-cli stories --db FILE [--json]
  littoral-cli story-export --db FILE --story ID|TITLE [-o FILE.json]
  littoral-cli story-import --db FILE FILE.json [--json]</source>
        <translation>Récits (les présentations du corpus, échangées en fichiers JSON) :
  littoral-cli stories --db FICHIER [--json]
  littoral-cli story-export --db FICHIER --story ID|TITRE [-o FICHIER.json]
  littoral-cli story-import --db FICHIER FICHIER.json [--json]</translation>
    </message>
    <message>
        <source>story-import needs one story file.</source>
        <translation>story-import attend un fichier de récit.</translation>
    </message>
    <message>
        <source>%1 takes no positional argument.</source>
        <translation>%1 ne prend pas d’argument positionnel.</translation>
    </message>
    <message>
        <source>story-export needs --story ID|TITLE.</source>
        <translation>story-export attend --story ID|TITRE.</translation>
    </message>
    <message>
        <source>No story in %1.</source>
        <translation>Aucun récit dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>(%n step(s))</source>
        <translation>
            <numerusform>(%n étape)</numerusform>
            <numerusform>(%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>no story is called %1 in this corpus (littoral-cli stories lists them).</source>
        <translation>aucun récit ne s’appelle %1 dans ce corpus (littoral-cli stories les liste).</translation>
    </message>
    <message numerus="yes">
        <source>%n stories are called %1: give the id (littoral-cli stories lists them).</source>
        <translation>
            <numerusform>%n récit s’appelle %1 : donnez son identifiant (littoral-cli stories les liste).</numerusform>
            <numerusform>%n récits s’appellent %1 : donnez l’identifiant (littoral-cli stories les liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Story “%1” written to %2.</source>
        <translation>Récit « %1 » écrit dans %2.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported story “%1” (%2), %n step(s).</source>
        <translation>
            <numerusform>Récit « %1 » importé (%2), %n étape.</numerusform>
            <numerusform>Récit « %1 » importé (%2), %n étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This corpus already had a story with the file&apos;s id: the imported one has a new id.</source>
        <translation>Ce corpus avait déjà un récit portant l’identifiant du fichier : le récit importé reçoit un nouvel identifiant.</translation>
    </message>
    <message>
        <source>Not in this corpus (the steps show the rest):</source>
        <translation>Absent de ce corpus (les étapes montrent le reste) :</translation>
    </message>
    <message>
        <source>Document types: %1 (comma-separated).</source>
        <translation>Types de documents : %1 (séparés par des virgules).</translation>
    </message>
    <message>
        <source>export: only these document types (%1; comma-separated).</source>
        <translation>export : seulement ces types de document (%1 ; séparés par des virgules).</translation>
    </message>
    <message>
        <source>Correspondents and the correspondence graph (communities, brokers):
  littoral-cli correspondents --db FILE [--json] [--limit N]
                [--sort documents|sent|received|cc|in-degree|out-degree|betweenness|pagerank]</source>
        <translation>Correspondants et graphe de correspondance (communautés, intermédiaires) :
  littoral-cli correspondents --db FICHIER [--json] [--limit N]
                [--sort documents|sent|received|cc|in-degree|out-degree|betweenness|pagerank]</translation>
    </message>
    <message>
        <source>unknown sort &apos;%1&apos; (%2).</source>
        <translation>tri inconnu « %1 » (%2).</translation>
    </message>
    <message>
        <source>name	kind	documents	sent	received	cc	in	out	betweenness	pagerank	community	organisations</source>
        <translation>nom	type	documents	envoyés	reçus	copie	entrants	sortants	intermédiarité	pagerank	communauté	organisations</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>betweenness estimated from a sample of correspondents (the graph is large)</source>
        <translation>intermédiarité estimée sur un échantillon de correspondants (le graphe est grand)</translation>
    </message>
    <message>
        <source>search: show at most N hits (default 20); correspondents: at most N rows.</source>
        <translation>search : au plus N résultats (20 par défaut) ; correspondents : au plus N lignes.</translation>
    </message>
    <message>
        <source>correspondents: the measure to sort by, the largest first (default documents).</source>
        <translation>correspondents : la mesure de tri, la plus grande d&apos;abord (documents par défaut).</translation>
    </message>
    <message>
        <source>import, export, search, correspondents, set, participant, merge, split, review, history, undo, redo, stories, story-export or story-import</source>
        <translation>import, export, search, correspondents, set, participant, merge, split, review, history, undo, redo, stories, story-export ou story-import</translation>
    </message>
    <message>
        <source>missing command (import, export, search, correspondents, set, participant, merge, split, review, history, undo, redo, stories, story-export or story-import).</source>
        <translation>commande manquante (import, export, search, correspondents, set, participant, merge, split, review, history, undo, redo, stories, story-export ou story-import).</translation>
    </message>
    <message>
        <source>correspondents takes no positional argument.</source>
        <translation>correspondents ne prend pas d&apos;argument positionnel.</translation>
    </message>
</context>
<context>
    <name>littoral::core::Change</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a document field of a document: Date of letter-1.txt</comment>
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
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Split of %1</source>
        <translation>Séparation de %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommage</translation>
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
        <source>%1: %2 → %3</source>
        <comment>what changed: before → after</comment>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a story that does not exist</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(as bundled)</source>
        <translation>(comme fourni)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>littoral::core::CmifWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (Littoral corpus): %2</source>
        <translation>%1 (corpus Littoral) : %2</translation>
    </message>
    <message>
        <source>Cannot open the export for writing: %1</source>
        <translation>Impossible d’ouvrir l’export en écriture : %1</translation>
    </message>
    <message>
        <source>Sender, place and date not found in the document.</source>
        <translation>Expéditeur, lieu et date introuvables dans le document.</translation>
    </message>
    <message>
        <source>Addressee not named in the document.</source>
        <translation>Destinataire non nommé dans le document.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d’écrire l’export : %1</translation>
    </message>
</context>
<context>
    <name>littoral::core::CorpusLocation</name>
    <message>
        <source>Sample corpus</source>
        <translation>Corpus d’exemple</translation>
    </message>
</context>
<context>
    <name>littoral::core::CorpusSession</name>
    <message>
        <source>The selected words are not in this document&apos;s text.</source>
        <translation>Les mots choisis ne sont pas dans le texte de ce document.</translation>
    </message>
    <message>
        <source>A document&apos;s %1 is chosen, not read from its text.</source>
        <translation>Le champ %1 d’un document se choisit, il ne se lit pas dans son texte.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Un participant doit avoir un nom.</translation>
    </message>
    <message>
        <source>An event needs a label.</source>
        <translation>Un événement doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Il n’y a rien à rétablir.</translation>
    </message>
    <message>
        <source>Change %1 is already cancelled.</source>
        <translation>La modification %1 est déjà annulée.</translation>
    </message>
    <message>
        <source>There is no change %1 in the history.</source>
        <translation>Il n’y a pas de modification %1 dans l’historique.</translation>
    </message>
    <message>
        <source>Change %1 was just cancelled by another writer.</source>
        <translation>La modification %1 vient d’être annulée par un autre programme.</translation>
    </message>
    <message>
        <source>Change %1 was just restored by another writer.</source>
        <translation>La modification %1 vient d’être rétablie par un autre programme.</translation>
    </message>
    <message>
        <source>A story needs an id.</source>
        <translation>Un récit doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>There is no story %1.</source>
        <translation>Il n’y a pas de récit %1.</translation>
    </message>
    <message>
        <source>A chronology event needs an id and a date.</source>
        <translation>Un événement de la chronologie doit avoir un identifiant et une date.</translation>
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
    <message numerus="yes">
        <source>Community %1: %Ln correspondent(s), the busiest %2</source>
        <translation>
            <numerusform>Communauté %1 : %Ln correspondant, le plus actif %2</numerusform>
            <numerusform>Communauté %1 : %Ln correspondants, les plus actifs %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Lettres reçues</translation>
    </message>
    <message>
        <source>Letters out</source>
        <translation>Lettres envoyées</translation>
    </message>
    <message>
        <source>Betweenness ≈</source>
        <translation>Intermédiarité ≈</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>PageRank ‰</source>
        <translation>PageRank ‰</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Letters it received in the whole corpus, as recipient or in copy: one for each sender of each document</source>
        <translation>Lettres reçues dans tout le corpus, comme destinataire ou en copie : une par expéditeur de chaque document</translation>
    </message>
    <message>
        <source>Letters it sent in the whole corpus: one for each recipient and copy of each document</source>
        <translation>Lettres envoyées dans tout le corpus : une par destinataire et par copie de chaque document</translation>
    </message>
    <message>
        <source>How often it lies on the shortest way between two other correspondents: who brokers between groups. Estimated from a sample of correspondents, the graph being large</source>
        <translation>Combien de fois il se trouve sur le plus court chemin entre deux autres correspondants : qui fait le lien entre les groupes. Estimée sur un échantillon de correspondants, le graphe étant grand</translation>
    </message>
    <message>
        <source>How often it lies on the shortest way between two other correspondents: who brokers between groups</source>
        <translation>Combien de fois il se trouve sur le plus court chemin entre deux autres correspondants : qui fait le lien entre les groupes</translation>
    </message>
    <message>
        <source>PageRank, in thousandths: written to by those who are written to</source>
        <translation>PageRank, en millièmes : à qui écrivent ceux à qui l’on écrit</translation>
    </message>
    <message>
        <source>The group of correspondents it writes with most (Leiden communities, the largest numbered 1)</source>
        <translation>Le groupe de correspondants avec lequel il échange le plus (communautés de Leiden, la plus grande numérotée 1)</translation>
    </message>
</context>
<context>
    <name>littoral::core::CsvFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>littoral::core::CsvWriter</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>littoral::core::Curation</name>
    <message>
        <source>its evidence is no longer in the text</source>
        <translation>sa preuve n’est plus dans le texte</translation>
    </message>
    <message>
        <source>the fact it corrected is no longer extracted</source>
        <translation>le fait qu’elle corrigeait n’est plus extrait</translation>
    </message>
</context>
<context>
    <name>littoral::core::DataExporter</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>CSV is two files: it needs a folder</source>
        <translation>Le CSV comprend deux fichiers : il lui faut un dossier</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>littoral::core::Database</name>
    <message>
        <source>Cannot open the corpus database %1 for writing (%2).</source>
        <translation>Impossible d’ouvrir la base de données de corpus %1 en écriture (%2).</translation>
    </message>
    <message>
        <source>Cannot use the corpus database %1 (%2).</source>
        <translation>Impossible d’utiliser la base de données de corpus %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot open the corpus database %1: it is a folder, not a file.</source>
        <translation>Impossible d’ouvrir la base de données de corpus %1 : c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot open the corpus database %1: it is not a regular file.</source>
        <translation>Impossible d’ouvrir la base de données de corpus %1 : ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot create the corpus database %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer la base de données de corpus %1 : le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the corpus database %1: the file is read-only.</source>
        <translation>Impossible d’ouvrir la base de données de corpus %1 : le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot open the corpus database %1: the folder %2 is not writable.</source>
        <translation>Impossible d’ouvrir la base de données de corpus %1 : on ne peut pas écrire dans le dossier %2.</translation>
    </message>
    <message>
        <source>No corpus database file was given.</source>
        <translation>Aucun fichier de base de données de corpus n’a été donné.</translation>
    </message>
    <message>
        <source>The corpus database %1 does not exist.</source>
        <translation>La base de données de corpus %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>littoral::core::DocumentFilter</name>
    <message>
        <source>no document type</source>
        <translation>aucun type de document</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>involving %1</source>
        <translation>impliquant %1</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>envoyés par %1</translation>
    </message>
    <message>
        <source>addressed to %1</source>
        <translation>adressés à %1</translation>
    </message>
    <message>
        <source>copied to %1</source>
        <translation>avec %1 en copie</translation>
    </message>
    <message>
        <source>mentioning %1</source>
        <translation>mentionnant %1</translation>
    </message>
    <message>
        <source>from %1 to %2 (in copy)</source>
        <translation>de %1 à %2 (en copie)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>contenant « %1 »</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>unknown document type &apos;%1&apos; (%2)</source>
        <translation>type de document inconnu « %1 » (%2)</translation>
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
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>%1 · OCR</source>
        <translation>%1 · OCR</translation>
    </message>
    <message>
        <source>Read by OCR: facts are less sure</source>
        <translation>Lu par OCR : les faits sont moins sûrs</translation>
    </message>
</context>
<context>
    <name>littoral::core::ExportDocuments</name>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>Littoral corpus</source>
        <translation>Corpus Littoral</translation>
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
    <message>
        <source>This corpus cannot be corrected here.</source>
        <translation>Ce corpus ne peut pas être corrigé ici.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>who corrected, and when</comment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>In the chronology: %1 (%2). Double-click to see it on the timeline.</source>
        <translation>Dans la chronologie : %1 (%2). Double-cliquer pour le voir sur la frise chronologique.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>%1 ≈ %2</source>
        <translation>%1 ≈ %2</translation>
    </message>
</context>
<context>
    <name>littoral::core::GexfWriter</name>
    <message>
        <source>cannot open the export for writing: %1</source>
        <translation>impossible d’ouvrir l’export en écriture : %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d’écrire l’export : %1</translation>
    </message>
</context>
<context>
    <name>littoral::core::GraphAnalysis</name>
    <message>
        <source>igraph could not build the graph</source>
        <translation>igraph n&apos;a pas pu construire le graphe</translation>
    </message>
    <message>
        <source>igraph could not compute PageRank</source>
        <translation>igraph n&apos;a pas pu calculer le PageRank</translation>
    </message>
    <message>
        <source>igraph could not compute betweenness</source>
        <translation>igraph n&apos;a pas pu calculer l&apos;intermédiarité</translation>
    </message>
    <message>
        <source>igraph could not find the communities</source>
        <translation>igraph n&apos;a pas pu trouver les communautés</translation>
    </message>
</context>
<context>
    <name>littoral::core::GraphFilter</name>
    <message>
        <source>igraph could not filter the graph</source>
        <translation>igraph n’a pas pu filtrer le graphe</translation>
    </message>
</context>
<context>
    <name>littoral::core::GraphLayout</name>
    <message>
        <source>Not enough memory to lay out the graph</source>
        <translation>Pas assez de mémoire pour disposer le graphe</translation>
    </message>
    <message>
        <source>igraph could not build the graph</source>
        <translation>igraph n’a pas pu construire le graphe</translation>
    </message>
    <message>
        <source>igraph could not lay out the graph</source>
        <translation>igraph n’a pas pu disposer le graphe</translation>
    </message>
</context>
<context>
    <name>littoral::core::GraphMlWriter</name>
    <message>
        <source>cannot open the export for writing: %1</source>
        <translation>impossible d’ouvrir l’export en écriture : %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d’écrire l’export : %1</translation>
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
    <message>
        <source>Story “%1” created</source>
        <translation>Récit « %1 » créé</translation>
    </message>
    <message>
        <source>Story “%1” deleted</source>
        <translation>Récit « %1 » supprimé</translation>
    </message>
    <message>
        <source>Story “%1” edited</source>
        <translation>Récit « %1 » modifié</translation>
    </message>
    <message numerus="yes">
        <source>Chronology: %n event(s) changed</source>
        <translation>
            <numerusform>Chronologie : %n événement modifié</numerusform>
            <numerusform>Chronologie : %n événements modifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::core::ImportJob</name>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1 : page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>littoral::core::ImportProblem</name>
    <message>
        <source>%1, more than the %2 limit</source>
        <translation>%1, au-delà de la limite de %2</translation>
    </message>
    <message>
        <source>more than the %1 limit</source>
        <translation>au-delà de la limite de %1</translation>
    </message>
    <message>
        <source>binary data (%1% NUL bytes)</source>
        <translation>données binaires (%1 % d’octets NUL)</translation>
    </message>
    <message>
        <source>binary data (%1% control bytes)</source>
        <translation>données binaires (%1 % d’octets de contrôle)</translation>
    </message>
    <message>
        <source>decodes as %1 to mostly control characters</source>
        <translation>décodé en %1, donne surtout des caractères de contrôle</translation>
    </message>
    <message>
        <source>invalid %1 despite a %2 byte-order mark</source>
        <translation>%1 invalide malgré une marque d’ordre des octets %2</translation>
    </message>
    <message>
        <source>invalid UTF-8 and not Windows-1252 (byte 0x%1 is undefined there)</source>
        <translation>UTF-8 invalide et pas du Windows-1252 (l’octet 0x%1 n’y est pas défini)</translation>
    </message>
    <message>
        <source>dangling symbolic link to %1</source>
        <translation>lien symbolique cassé vers %1</translation>
    </message>
    <message>
        <source>only whitespace</source>
        <translation>seulement des espaces</translation>
    </message>
    <message>
        <source>only blank space</source>
        <translation>seulement des blancs</translation>
    </message>
    <message>
        <source>only a byte-order mark</source>
        <translation>seulement une marque d’ordre des octets</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>périphérique caractère</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>périphérique bloc</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>fichier spécial</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>image JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>image GIF</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>image TIFF</translation>
    </message>
    <message>
        <source>ICO image</source>
        <translation>icône ICO</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>archive ZIP</translation>
    </message>
    <message>
        <source>ZIP archive (or DOCX/ODT/XLSX document)</source>
        <translation>archive ZIP (ou document DOCX/ODT/XLSX)</translation>
    </message>
    <message>
        <source>OLE2 document (DOC/XLS/MSG)</source>
        <translation>document OLE2 (DOC/XLS/MSG)</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>archive gzip</translation>
    </message>
    <message>
        <source>bzip2 archive</source>
        <translation>archive bzip2</translation>
    </message>
    <message>
        <source>xz archive</source>
        <translation>archive xz</translation>
    </message>
    <message>
        <source>zstd archive</source>
        <translation>archive zstd</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>archive 7-Zip</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>archive RAR</translation>
    </message>
    <message>
        <source>ELF executable</source>
        <translation>exécutable ELF</translation>
    </message>
    <message>
        <source>Mach-O binary</source>
        <translation>binaire Mach-O</translation>
    </message>
    <message>
        <source>Java class or Mach-O binary</source>
        <translation>classe Java ou binaire Mach-O</translation>
    </message>
    <message>
        <source>WebAssembly binary</source>
        <translation>binaire WebAssembly</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>base de données SQLite</translation>
    </message>
    <message>
        <source>Ogg media</source>
        <translation>média Ogg</translation>
    </message>
    <message>
        <source>FLAC audio</source>
        <translation>audio FLAC</translation>
    </message>
    <message>
        <source>MP4/QuickTime media</source>
        <translation>média MP4/QuickTime</translation>
    </message>
    <message>
        <source>WOFF font</source>
        <translation>police WOFF</translation>
    </message>
    <message>
        <source>WOFF2 font</source>
        <translation>police WOFF2</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>binary file</source>
        <translation>fichier binaire</translation>
    </message>
    <message>
        <source>undecodable</source>
        <comment>a file whose bytes are no known text encoding</comment>
        <translation>indécodable</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>fichier trop volumineux</translation>
    </message>
    <message>
        <source>unreadable</source>
        <comment>a file</comment>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>file no longer exists</source>
        <translation>le fichier n’existe plus</translation>
    </message>
    <message>
        <source>unreadable folder</source>
        <translation>dossier illisible</translation>
    </message>
    <message>
        <source>folder read only in part</source>
        <translation>dossier lu en partie seulement</translation>
    </message>
    <message>
        <source>symbolic link to a folder, not followed</source>
        <translation>lien symbolique vers un dossier, non suivi</translation>
    </message>
    <message>
        <source>hidden folder, not searched</source>
        <translation>dossier caché, non parcouru</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a problem and its detail: binary file (PNG image)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not imported: its name shows as another file&apos;s (a name that is not UTF-8)</source>
        <translation>non importé : son nom s’affiche comme celui d’un autre fichier (un nom qui n’est pas en UTF-8)</translation>
    </message>
    <message>
        <source>0 bytes</source>
        <translation>0 octet</translation>
    </message>
    <message>
        <source>password-protected</source>
        <comment>a PDF file</comment>
        <translation>protégé par mot de passe</translation>
    </message>
    <message>
        <source>damaged file</source>
        <translation>fichier endommagé</translation>
    </message>
    <message>
        <source>too many pages</source>
        <translation>trop de pages</translation>
    </message>
    <message>
        <source>too demanding to read</source>
        <comment>a file whose reading ran past its time or memory bound</comment>
        <translation>trop coûteux à lire</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, more than the %3-megapixel limit</source>
        <translation>%1 × %2 pixels, au-delà de la limite de %3 mégapixels</translation>
    </message>
    <message>
        <source>no page %1</source>
        <translation>pas de page %1</translation>
    </message>
    <message>
        <source>no OCR language data for %1 in %2 (install %3)</source>
        <translation>pas de données de langue OCR pour %1 dans %2 (installer %3)</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>pas une image</translation>
    </message>
    <message>
        <source>unreadable image header</source>
        <translation>en-tête d’image illisible</translation>
    </message>
    <message>
        <source>image data cannot be decoded</source>
        <translation>les données de l’image ne peuvent pas être décodées</translation>
    </message>
    <message>
        <source>invalid page image</source>
        <translation>image de la page invalide</translation>
    </message>
    <message>
        <source>OCR failed</source>
        <translation>échec de l’OCR</translation>
    </message>
</context>
<context>
    <name>littoral::core::Institutions</name>
    <message>
        <source>%1 line %2: an institution needs at least two names, tab-separated</source>
        <translation>%1 ligne %2 : une institution a besoin d’au moins deux noms, séparés par des tabulations</translation>
    </message>
</context>
<context>
    <name>littoral::core::JsonExporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d’écrire l’export : %1</translation>
    </message>
    <message>
        <source>Cannot open the export for writing: %1</source>
        <translation>Impossible d’ouvrir l’export en écriture : %1</translation>
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
    <name>littoral::core::Story</name>
    <message>
        <source>This is not a story file: %1.</source>
        <translation>Ce n’est pas un fichier de récit : %1.</translation>
    </message>
    <message>
        <source>This is not a story file (it has no “format”).</source>
        <translation>Ce n’est pas un fichier de récit (il n’a pas de « format »).</translation>
    </message>
    <message>
        <source>This story file is in the format “%1”, which this version of Littoral cannot read.</source>
        <translation>Ce fichier de récit est au format « %1 », que cette version de Littoral ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>littoral::core::StoryImportGap</name>
    <message>
        <source>Step %1: document %2 is not in this corpus.</source>
        <translation>Étape %1 : le document %2 n’est pas dans ce corpus.</translation>
    </message>
    <message>
        <source>Step %1: correspondent %2 is not in this corpus.</source>
        <translation>Étape %1 : le correspondant %2 n’est pas dans ce corpus.</translation>
    </message>
    <message>
        <source>Step %1: chronology event %2 is not in this corpus’s chronology.</source>
        <translation>Étape %1 : l’événement %2 n’est pas dans la chronologie de ce corpus.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>littoral::core::TimelineJsWriter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>Cannot open the export for writing: %1</source>
        <translation>Impossible d’ouvrir l’export en écriture : %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d’écrire l’export : %1</translation>
    </message>
    <message>
        <source>Mentioned in “%1”.</source>
        <translation>Mentionné dans « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Mentioned in %n document(s), first in “%1”.</source>
        <translation>
            <numerusform>Mentionné dans %n document, d’abord dans « %1 ».</numerusform>
            <numerusform>Mentionné dans %n documents, d’abord dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentioned events</source>
        <translation>Événements mentionnés</translation>
    </message>
</context>
<context>
    <name>littoral::core::chronologyfile</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>un champ entre guillemets ouvert à la ligne %1 n’est jamais refermé</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>the date “%1” is not an EDTF date (2016-10-24, 2016-10, 2016) or interval (2016-10-24/2016-10-26, the end not before the start)</source>
        <translation>la date « %1 » n’est ni une date EDTF (2016-10-24, 2016-10, 2016) ni un intervalle (2016-10-24/2016-10-26, la fin n’étant pas antérieure au début)</translation>
    </message>
    <message>
        <source>no label (label_fr or label_en)</source>
        <translation>pas de libellé (label_fr ou label_en)</translation>
    </message>
    <message>
        <source>no source: every event needs the address of a public page that states its date</source>
        <translation>pas de source : chaque événement doit citer l’adresse d’une page publique qui en donne la date</translation>
    </message>
    <message>
        <source>the source “%1” is not an http or https address</source>
        <translation>la source « %1 » n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>the id “%1” is already used by row %2</source>
        <translation>l’identifiant « %1 » est déjà utilisé à la ligne %2</translation>
    </message>
    <message>
        <source>This is not a readable CSV file: %1.</source>
        <translation>Ce fichier CSV est illisible : %1.</translation>
    </message>
    <message>
        <source>The file is empty: a chronology needs a header row (%1).</source>
        <translation>Le fichier est vide : une chronologie commence par une ligne d’en-tête (%1).</translation>
    </message>
    <message>
        <source>The header row has no “%1” column (found: %2).</source>
        <translation>La ligne d’en-tête n’a pas de colonne « %1 » (colonnes trouvées : %2).</translation>
    </message>
    <message>
        <source>The header row has neither a “label_fr” nor a “label_en” column (found: %1).</source>
        <translation>La ligne d’en-tête n’a ni colonne « label_fr » ni colonne « label_en » (colonnes trouvées : %1).</translation>
    </message>
    <message>
        <source>This is not a readable JSON file: %1 (at character %2).</source>
        <translation>Ce fichier JSON est illisible : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>A JSON chronology is an array of events; this file holds something else.</source>
        <translation>Une chronologie JSON est un tableau d’événements ; ce fichier contient autre chose.</translation>
    </message>
    <message>
        <source>not an object with the keys id, date, label_fr, label_en, …</source>
        <translation>ce n’est pas un objet aux clés id, date, label_fr, label_en, …</translation>
    </message>
    <message>
        <source>%1 is neither a .csv nor a .json file.</source>
        <translation>%1 n’est ni un fichier .csv ni un fichier .json.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a chronology.</source>
        <translation>%1 dépasse %2 Mo, trop pour une chronologie.</translation>
    </message>
</context>
<context>
    <name>littoral::render::BriefingPack</name>
    <message>
        <source>Busiest: %1</source>
        <translation>Maximum : %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other(s)</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <source>Made on %1 with Littoral.</source>
        <translation>Établi le %1 avec Littoral.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) in this selection.</source>
        <translation>
            <numerusform>%Ln document dans cette sélection.</numerusform>
            <numerusform>%Ln documents dans cette sélection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents by type</source>
        <translation>Documents par type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents by month</source>
        <translation>Documents par mois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) dated less precisely than a month, or undated, are not in the chart.</source>
        <translation>
            <numerusform>%Ln document daté moins précisément qu’au mois, ou non daté, n’est pas dans le graphique.</numerusform>
            <numerusform>%Ln documents datés moins précisément qu’au mois, ou non datés, ne sont pas dans le graphique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most active senders and recipients</source>
        <translation>Expéditeurs et destinataires les plus actifs</translation>
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
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Extracts</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>No extract was chosen.</source>
        <translation>Aucun extrait n’a été choisi.</translation>
    </message>
    <message>
        <source>%1, %2 · %3 · source: %4</source>
        <translation>%1, %2 · %3 · source : %4</translation>
    </message>
    <message>
        <source>Figure %1 — %2</source>
        <translation>Figure %1 — %2</translation>
    </message>
    <message>
        <source>The briefing was cancelled.</source>
        <translation>Le dossier de synthèse a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Briefing — %1</source>
        <translation>Dossier de synthèse — %1</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>Aucun corpus n’est ouvert.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>littoral::render::FigureExporter</name>
    <message>
        <source>there is no figure to write</source>
        <translation>il n’y a pas de figure à écrire</translation>
    </message>
    <message>
        <source>the scale must be 1× or 2×</source>
        <translation>l’échelle doit être 1× ou 2×</translation>
    </message>
    <message>
        <source>an image of %1 × %2 pixels is too large (at most %3 a side): choose a smaller width</source>
        <translation>une image de %1 × %2 pixels est trop grande (%3 au plus par côté) : choisissez une largeur plus petite</translation>
    </message>
    <message>
        <source>not enough memory for an image of %1 × %2 pixels</source>
        <translation>pas assez de mémoire pour une image de %1 × %2 pixels</translation>
    </message>
    <message>
        <source>the PNG image could not be written: %1</source>
        <translation>l’image PNG n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>the SVG drawing could not be started</source>
        <translation>le dessin SVG n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>the PDF document could not be started</source>
        <translation>le document PDF n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>the PDF document could not be written: %1</source>
        <translation>le document PDF n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>unknown figure format</source>
        <translation>format de figure inconnu</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>littoral::render::StoryHandout</name>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>Document: %1 (%2)</source>
        <translation>Document : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · from %2 to %3</source>
        <translation>%1 · de %2 à %3</translation>
    </message>
    <message>
        <source>Note: the document %1 of this step is not in this corpus; the page shows the rest of the step.</source>
        <translation>Remarque : le document %1 de cette étape n’est pas dans ce corpus ; la page montre le reste de l’étape.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Chronology: %1 — %2</source>
        <translation>Chronologie : %1 — %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Note: the chronology event %1 of this step is not in this corpus’s chronology.</source>
        <translation>Remarque : l’événement %1 de cette étape n’est pas dans la chronologie de ce corpus.</translation>
    </message>
    <message>
        <source>Note: not in this corpus: %1.</source>
        <translation>Remarque : absent de ce corpus : %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>Aucun corpus n’est ouvert.</translation>
    </message>
    <message>
        <source>The story has no step to print.</source>
        <translation>Le récit n’a aucune étape à imprimer.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>(This step has no text.)</source>
        <translation>(Cette étape n’a pas de texte.)</translation>
    </message>
    <message>
        <source>Period and filters: %1</source>
        <translation>Période et filtres : %1</translation>
    </message>
    <message>
        <source>Littoral</source>
        <translation>Littoral</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Corpus : %1</translation>
    </message>
    <message>
        <source>Printed on %1 with Littoral</source>
        <translation>Imprimé le %1 avec Littoral</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>The handout was cancelled.</source>
        <translation>L’impression du document à distribuer a été annulée.</translation>
    </message>
</context>
<context>
    <name>littoral::ui::AboutDialog</name>
    <message>
        <source>About Littoral</source>
        <translation>À propos de Littoral</translation>
    </message>
    <message>
        <source>&lt;p&gt;A timeline and correspondence viewer for corpora of letters, open letters and press releases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une frise chronologique et un graphe des correspondances pour des corpus de lettres, de lettres ouvertes et de communiqués.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). You may use, study, share and change Littoral; if you share it, changed or not, you must share its source code under the same licence. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licence : GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). Vous pouvez utiliser, étudier, partager et modifier Littoral ; si vous le partagez, modifié ou non, vous devez en partager le code source sous la même licence. Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Bibliothèques utilisées</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>igraph %1</source>
        <translation>igraph %1</translation>
    </message>
</context>
<context>
    <name>littoral::ui::BriefingDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Dossier de synthèse</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Extracts: the ticked documents are quoted (by default, the first of each month).</source>
        <translation>Extraits : les documents cochés sont cités (par défaut, le premier de chaque mois).</translation>
    </message>
    <message>
        <source>Tick &amp;All</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Tick &amp;None</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>PDF (printable, figures as vectors)</source>
        <translation>PDF (à imprimer, figures vectorielles)</translation>
    </message>
    <message>
        <source>ODT (word processors)</source>
        <translation>ODT (traitements de texte)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Save Briefing Pack</source>
        <translation>Enregistrer le dossier de synthèse</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose where to save the briefing.</source>
        <translation>Choisissez où enregistrer le dossier de synthèse.</translation>
    </message>
    <message>
        <source>Building the briefing…</source>
        <translation>Création du dossier de synthèse…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The briefing is saved as %1.</source>
        <translation>Le dossier de synthèse est enregistré sous %1.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The briefing could not be written: %1</source>
        <translation>Le dossier de synthèse n’a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>littoral::ui::ChronologyController</name>
    <message>
        <source>C&amp;hronology…</source>
        <translation>C&amp;hronologie…</translation>
    </message>
    <message>
        <source>See, edit, load or save the chronology shown on the timeline</source>
        <translation>Consulter, modifier, charger ou enregistrer la chronologie affichée sur la frise chronologique</translation>
    </message>
</context>
<context>
    <name>littoral::ui::ChronologyDialog</name>
    <message>
        <source>Load a Chronology</source>
        <translation>Charger une chronologie</translation>
    </message>
    <message>
        <source>Chronologies (*.csv *.json);;All files (*)</source>
        <translation>Chronologies (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the Chronology</source>
        <translation>Enregistrer la chronologie</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The events shown in the timeline’s chronology lane: the bundled Calais chronology, with your own events and edits. Every change can be undone (Edit ▸ Undo).</source>
        <translation>Les événements de la bande « Chronologie » de la frise chronologique : la chronologie de Calais fournie avec Littoral, avec vos propres événements et modifications. Chaque changement peut être annulé (Édition ▸ Annuler).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Restore Bundled</source>
        <translation>&amp;Rétablir l’original</translation>
    </message>
    <message>
        <source>Undo your edits to a bundled event, or bring back a bundled event you deleted</source>
        <translation>Annule vos modifications d’un événement fourni, ou fait revenir un événement fourni que vous avez supprimé</translation>
    </message>
    <message>
        <source>&amp;Load File…</source>
        <translation>&amp;Charger un fichier…</translation>
    </message>
    <message>
        <source>Add the events of a CSV or JSON file in the same columns as the bundled one</source>
        <translation>Ajoute les événements d’un fichier CSV ou JSON ayant les mêmes colonnes que la chronologie fournie</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>le vôtre</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>Impossible d’ajouter %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln event(s) added or updated</source>
        <translation>
            <numerusform>%1 : %Ln événement ajouté ou mis à jour</numerusform>
            <numerusform>%1 : %Ln événements ajoutés ou mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out:</source>
        <translation>
            <numerusform>%Ln ligne écartée :</numerusform>
            <numerusform>%Ln lignes écartées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>littoral::ui::ChronologyEventChooser</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Add Chronology Event</source>
        <translation>Ajouter un événement de la chronologie</translation>
    </message>
    <message>
        <source>Filter by words or date</source>
        <translation>Filtrer par mots ou par date</translation>
    </message>
    <message>
        <source>Add as Step</source>
        <translation>Ajouter comme étape</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>littoral::ui::ChronologyEventForm</name>
    <message>
        <source>Add a Chronology Event</source>
        <translation>Ajouter un événement à la chronologie</translation>
    </message>
    <message>
        <source>Edit a Chronology Event</source>
        <translation>Modifier un événement de la chronologie</translation>
    </message>
    <message>
        <source>2016-10-24, 2016-10-24/2016-10-26, 2016-10, or 24 octobre 2016</source>
        <translation>2016-10-24, 2016-10-24/2016-10-26, 2016-10 ou 24 octobre 2016</translation>
    </message>
    <message>
        <source>https://… a public page that states the date</source>
        <translation>https://… une page publique qui donne la date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Label (&amp;French):</source>
        <translation>Intitulé (&amp;français) :</translation>
    </message>
    <message>
        <source>Label (&amp;English):</source>
        <translation>Intitulé (&amp;anglais) :</translation>
    </message>
    <message>
        <source>Description (French):</source>
        <translation>Description (français) :</translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation>Description (anglais) :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Give the date: 2016-10-24, a month 2016-10, a span 2016-10-24/2016-10-26, or a date as written.</source>
        <translation>Indiquez la date : 2016-10-24, un mois 2016-10, une période 2016-10-24/2016-10-26, ou une date telle qu’elle est écrite.</translation>
    </message>
    <message>
        <source>“%1” is not a date this form can read: write it 2016-10-24, 2016-10, 2016-10-24/2016-10-26 (the end not before the start), or as written (24 octobre 2016).</source>
        <translation>« %1 » n’est pas une date lisible ici : écrivez 2016-10-24, 2016-10, 2016-10-24/2016-10-26 (la fin pas avant le début), ou telle qu’elle est écrite (24 octobre 2016).</translation>
    </message>
    <message>
        <source>Give a label, in French or in English (both is better).</source>
        <translation>Indiquez un intitulé, en français ou en anglais (les deux, c’est mieux).</translation>
    </message>
    <message>
        <source>Give the address of a public page that states the date (https://…).</source>
        <translation>Indiquez l’adresse d’une page publique qui donne la date (https://…).</translation>
    </message>
    <message>
        <source>The source must be a web address starting with https:// or http://.</source>
        <translation>La source doit être une adresse web commençant par https:// ou http://.</translation>
    </message>
</context>
<context>
    <name>littoral::ui::CorpusBanner</name>
    <message>
        <source>Open Corpus Folder…</source>
        <translation>Ouvrir un dossier de corpus…</translation>
    </message>
    <message>
        <source>Choose the folder of your own documents to import</source>
        <translation>Choisir le dossier de vos propres documents à importer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message numerus="yes">
        <source>You are looking at the %n sample document(s) bundled with Littoral.</source>
        <translation>
            <numerusform>Vous consultez le document d’exemple fourni avec Littoral.</numerusform>
            <numerusform>Vous consultez les %n documents d’exemple fournis avec Littoral.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
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
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
    <message>
        <source>Make the selected correspondents persons or organisations</source>
        <translation>Faire des correspondants sélectionnés des personnes ou des organisations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondant</numerusform>
            <numerusform>%Ln correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %Ln document(s))</source>
        <translation>
            <numerusform>%1 (%2, %Ln document)</numerusform>
            <numerusform>%1 (%2, %Ln documents)</numerusform>
        </translation>
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
    <name>littoral::ui::DocumentLinksStrip</name>
    <message>
        <source>Attachment of the e-mail %1</source>
        <translation>Pièce jointe du courriel %1</translation>
    </message>
    <message>
        <source>In reply to %1</source>
        <translation>En réponse à %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Pièces jointes : %1</translation>
    </message>
    <message>
        <source>Replies: %1</source>
        <translation>Réponses : %1</translation>
    </message>
</context>
<context>
    <name>littoral::ui::EmptyCorpusHint</name>
    <message>
        <source>No documents yet — open a folder (File ▸ Open Corpus Folder…, %1) or drop files here.</source>
        <translation>Aucun document pour l’instant — ouvrez un dossier (Fichier ▸ Ouvrir un dossier de corpus…, %1) ou déposez des fichiers ici.</translation>
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
    <name>littoral::ui::ExportDataAction</name>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the current selection or the whole corpus for Gephi, spreadsheets, correspSearch or TimelineJS</source>
        <translation>Enregistrer la sélection en cours ou tout le corpus pour Gephi, un tableur, correspSearch ou TimelineJS</translation>
    </message>
</context>
<context>
    <name>littoral::ui::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>JSON (everything Littoral knows)</source>
        <translation>JSON (tout ce que Littoral sait)</translation>
    </message>
    <message>
        <source>CSV tables (spreadsheets)</source>
        <translation>Tableaux CSV (tableurs)</translation>
    </message>
    <message>
        <source>GEXF (Gephi)</source>
        <translation>GEXF (Gephi)</translation>
    </message>
    <message>
        <source>GraphML (yEd, igraph, networkx)</source>
        <translation>GraphML (yEd, igraph, networkx)</translation>
    </message>
    <message>
        <source>CMIF (correspSearch)</source>
        <translation>CMIF (correspSearch)</translation>
    </message>
    <message>
        <source>TimelineJS</source>
        <translation>TimelineJS</translation>
    </message>
    <message>
        <source>Every document with its text, facts, evidence and corrections: for scripts and archives.</source>
        <translation>Chaque document avec son texte, ses faits, leurs preuves et vos corrections : pour les scripts et l’archivage.</translation>
    </message>
    <message>
        <source>A folder with two tables, documents.csv and participations.csv: for spreadsheets, R or pandas.</source>
        <translation>Un dossier de deux tableaux, documents.csv et participations.csv : pour les tableurs, R ou pandas.</translation>
    </message>
    <message>
        <source>The network of who wrote to whom, with the letters&apos; dates: for Gephi, whose timeline plays it.</source>
        <translation>Le réseau de qui écrit à qui, avec les dates des lettres : pour Gephi, dont la frise le rejoue dans le temps.</translation>
    </message>
    <message>
        <source>The same network with dates as attributes: for yEd, igraph or networkx.</source>
        <translation>Le même réseau, les dates en attributs : pour yEd, igraph ou networkx.</translation>
    </message>
    <message>
        <source>Letters and open letters as TEI correspDesc: for correspSearch. Press releases are left out; copies are listed as received.</source>
        <translation>Lettres et lettres ouvertes en TEI correspDesc : pour correspSearch. Les communiqués sont laissés de côté ; les destinataires en copie figurent parmi les destinataires.</translation>
    </message>
    <message>
        <source>Dated documents and the events they mention as slides: for a TimelineJS story.</source>
        <translation>Les documents datés et les événements qu’ils mentionnent, en diapositives : pour un récit TimelineJS.</translation>
    </message>
    <message numerus="yes">
        <source>The current &amp;selection: %Ln document(s)</source>
        <translation>
            <numerusform>La &amp;sélection en cours : %Ln document</numerusform>
            <numerusform>La &amp;sélection en cours : %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;whole corpus: %Ln document(s)</source>
        <translation>
            <numerusform>&amp;Tout le corpus : %Ln document</numerusform>
            <numerusform>&amp;Tout le corpus : %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TimelineJS is made for tens of slides: %Ln slides would be hard to read and slow to open. Narrow the selection first (a period, a correspondent).</source>
        <translation>
            <numerusform>TimelineJS est fait pour quelques dizaines de diapositives : %Ln diapositive serait difficile à lire et lente à ouvrir. Restreignez d’abord la sélection (une période, un correspondant).</numerusform>
            <numerusform>TimelineJS est fait pour quelques dizaines de diapositives : %Ln diapositives seraient difficiles à lire et lentes à ouvrir. Restreignez d’abord la sélection (une période, un correspondant).</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder to Write the Tables Into</source>
        <translation>Dossier où écrire les tableaux</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’export.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondant</numerusform>
            <numerusform>%Ln correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation(s)</source>
        <translation>
            <numerusform>%Ln participation</numerusform>
            <numerusform>%Ln participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentioned event(s)</source>
        <translation>
            <numerusform>%Ln événement mentionné</numerusform>
            <numerusform>%Ln événements mentionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1:</source>
        <translation>Écrit dans %1 :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) left out: not letters (CMIF holds correspondence only).</source>
        <translation>
            <numerusform>%Ln document laissé de côté : ce n’est pas une lettre (CMIF ne contient que la correspondance).</numerusform>
            <numerusform>%Ln documents laissés de côté : ce ne sont pas des lettres (CMIF ne contient que la correspondance).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated document(s) left out: TimelineJS cannot place them.</source>
        <translation>
            <numerusform>%Ln document non daté laissé de côté : TimelineJS ne peut pas le placer.</numerusform>
            <numerusform>%Ln documents non datés laissés de côté : TimelineJS ne peut pas les placer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit : %1</translation>
    </message>
</context>
<context>
    <name>littoral::ui::ExportFigureDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Correspondence graph</source>
        <translation>Graphe de correspondance</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Dessin SVG (vectoriel)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Document PDF (vectoriel)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1× (écran)</translation>
    </message>
    <message>
        <source>2× (high density, print)</source>
        <translation>2× (haute densité, impression)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>What will be written, in small</source>
        <translation>Ce qui sera écrit, en petit</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>frise</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>graphe</translation>
    </message>
    <message>
        <source>The view has nothing to show yet.</source>
        <translation>La vue n’a encore rien à montrer.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Drawn as shapes and text, sharp at any size (%1 × %2 at 100%)</source>
        <translation>Dessiné en formes et en texte, net à toute taille (%1 × %2 à 100 %)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The figure was not saved: %1</source>
        <translation>La figure n’a pas été enregistrée : %1</translation>
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
    <name>littoral::ui::FigureActions</name>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>Exporter la &amp;figure…</translation>
    </message>
    <message>
        <source>Write the timeline or the graph as it is shown to a PNG image, an SVG drawing or a PDF page</source>
        <translation>Écrire la frise ou le graphe tels qu’ils sont affichés dans une image PNG, un dessin SVG ou une page PDF</translation>
    </message>
    <message>
        <source>Copy View as &amp;Image</source>
        <translation>Copier la vue comme &amp;image</translation>
    </message>
    <message>
        <source>Copy the focused view, timeline or graph, to the clipboard as an image (%1)</source>
        <translation>Copier la vue active, frise ou graphe, dans le presse-papiers comme image (%1)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export Figure…</source>
        <translation>Exporter la figure…</translation>
    </message>
    <message>
        <source>Copy as Image</source>
        <translation>Copier comme image</translation>
    </message>
    <message>
        <source>Nothing to copy: the view is empty or too large</source>
        <translation>Rien à copier : la vue est vide ou trop grande</translation>
    </message>
    <message>
        <source>Timeline copied as an image of %1 × %2 pixels</source>
        <translation>Frise copiée comme image de %1 × %2 pixels</translation>
    </message>
    <message>
        <source>Graph copied as an image of %1 × %2 pixels</source>
        <translation>Graphe copié comme image de %1 × %2 pixels</translation>
    </message>
    <message>
        <source>Figure saved to %1</source>
        <translation>Figure enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>littoral::ui::FullScreenAction</name>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Use the whole screen for the window, without its frame (%1)</source>
        <translation>Afficher la fenêtre sur tout l’écran, sans son cadre (%1)</translation>
    </message>
</context>
<context>
    <name>littoral::ui::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Littoral</source>
        <translation>Prise en main de Littoral</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>&lt;p&gt;Littoral reads a folder of letters, open letters and press releases and shows who wrote to whom, when, and which events they mention. All the views show one selection: choose a period, a correspondent or a search in one of them, and the others follow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Littoral lit un dossier de lettres, de lettres ouvertes et de communiqués, et montre qui a écrit à qui, quand, et quels événements y sont mentionnés. Toutes les vues montrent une même sélection : choisissez une période, un correspondant ou une recherche dans l’une d’elles, et les autres suivent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;To read your own documents, choose File ▸ Open Corpus Folder, or drop files and folders on the window. Littoral keeps what it read from them: opening the folder again reads only what changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour lire vos propres documents, choisissez Fichier ▸ Ouvrir un dossier de corpus, ou déposez des fichiers et des dossiers sur la fenêtre. Littoral conserve ce qu’il en a lu : rouvrir le dossier ne relit que ce qui a changé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What each view shows</source>
        <translation>Ce que montre chaque vue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; (top): every document at its date, in lanes by type or by sender; a month, season or year is a bar across its span, and mentioned events are diamonds. The wheel zooms, dragging pans.</source>
        <translation>&lt;b&gt;Frise chronologique&lt;/b&gt; (en haut) : chaque document à sa date, sur des lignes par type ou par expéditeur ; un mois, une saison ou une année forme une barre sur toute sa durée, et les événements mentionnés sont des losanges. La molette zoome, un glisser déplace la frise.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Graph&lt;/b&gt; (bottom left): the correspondents, persons as circles and organisations as squares, linked from sender to recipient; a dashed link is a copy.</source>
        <translation>&lt;b&gt;Graphe&lt;/b&gt; (en bas à gauche) : les correspondants, les personnes en cercles et les organisations en carrés, reliés de l’expéditeur au destinataire ; un lien en pointillés est une copie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt; (the list): the documents the selection keeps, sortable by each column; its filter field narrows it further.</source>
        <translation>&lt;b&gt;Documents&lt;/b&gt; (la liste) : les documents que retient la sélection, triables selon chaque colonne ; son champ de filtre la restreint encore.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reader&lt;/b&gt; (bottom right): the text of the chosen document, below the table of the facts read from it.</source>
        <translation>&lt;b&gt;Lecteur&lt;/b&gt; (en bas à droite) : le texte du document choisi, sous le tableau des informations qui y ont été lues.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search results&lt;/b&gt; (a tab beside the list): the most relevant documents for the search, with the matching words highlighted.</source>
        <translation>&lt;b&gt;Résultats de recherche&lt;/b&gt; (un onglet à côté de la liste) : les documents les plus pertinents pour la recherche, avec les mots trouvés surlignés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correspondents&lt;/b&gt; (a tab beside the list): every person and organisation with its spellings and documents; merge, split, rename or change its kind there.</source>
        <translation>&lt;b&gt;Correspondants&lt;/b&gt; (un onglet à côté de la liste) : chaque personne et chaque organisation, avec ses graphies et ses documents ; c’est là qu’on les fusionne, les sépare, les renomme ou en change la nature.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (Edit ▸ History): every change made to the corpus, by whom and when; Revert cancels one.</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt; (Édition ▸ Historique) : chaque modification apportée au corpus, par qui et quand ; Inverser en annule une.</translation>
    </message>
    <message>
        <source>Choose a period</source>
        <translation>Choisir une période</translation>
    </message>
    <message>
        <source>&lt;p&gt;Drag along the timeline&apos;s axis (or Shift+drag anywhere on the timeline) to brush a period: the graph, the list and the search results keep only its documents. Esc, or a click on the axis, clears it. F or Home shows the whole corpus again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Faites glisser la souris le long de l’axe de la frise (ou Maj+glisser n’importe où sur la frise) pour délimiter une période : le graphe, la liste et les résultats de recherche ne gardent que ses documents. Échap, ou un clic sur l’axe, l’efface. F ou Début montre de nouveau tout le corpus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Follow a correspondent</source>
        <translation>Suivre un correspondant</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a correspondent in the graph to keep only the documents it appears in; click a link to keep the letters on it. Hovering a correspondent highlights its neighbours. A double-click in the Correspondents tab does the same. Edit ▸ Clear Filters shows everything again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliquez sur un correspondant dans le graphe pour ne garder que les documents où il apparaît ; cliquez sur un lien pour garder les lettres qu’il représente. Survoler un correspondant met ses voisins en évidence. Un double-clic dans l’onglet Correspondants fait de même. Édition ▸ Effacer les filtres montre de nouveau tout.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type in the search field above the views. Accents and case do not matter: &lt;i&gt;prefet&lt;/i&gt; finds &lt;i&gt;Préfet&lt;/i&gt;. Put an exact phrase in &quot;quotes&quot;, end a word with * to find every word that begins so (&lt;i&gt;expuls*&lt;/i&gt;), write OR between alternatives and -word to leave a word out. Every matching document is shown in the list, the timeline and the graph.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tapez dans le champ de recherche au-dessus des vues. Les accents et les majuscules ne comptent pas : &lt;i&gt;prefet&lt;/i&gt; trouve &lt;i&gt;Préfet&lt;/i&gt;. Mettez une expression exacte entre &quot;guillemets&quot;, terminez un mot par * pour trouver tous les mots qui commencent ainsi (&lt;i&gt;expuls*&lt;/i&gt;), écrivez OR entre des variantes et -mot pour écarter un mot. Chaque document trouvé est montré dans la liste, sur la frise et dans le graphe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where a fact came from</source>
        <translation>D’où vient une information</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the reader, each fact is highlighted where it was read, in the colour of its role (sender, recipient, copy, mentioned, date, event). Click a fact in the table above the text to select the words it was read from; its &lt;i&gt;Read from&lt;/i&gt; column quotes them, and its confidence says how sure the reading is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans le lecteur, chaque information est surlignée là où elle a été lue, dans la couleur de son rôle (expéditeur, destinataire, en copie, mentionné, date, événement). Cliquez sur une information dans le tableau au-dessus du texte pour sélectionner les mots dont elle a été tirée ; sa colonne &lt;i&gt;Lu dans&lt;/i&gt; les cite, et sa confiance dit à quel point la lecture est sûre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Correct a fact, and undo</source>
        <translation>Corriger une information, et annuler</translation>
    </message>
    <message>
        <source>&lt;p&gt;Double-click a value in the facts table (or press F2) to correct it: Enter keeps the correction, Esc cancels it. Or select words in the text and right-click ▸ Use as, to make them the sender, a recipient, the date, the place or an event. A corrected fact is marked ✎. Edit ▸ Undo cancels the last change, even after a restart; Edit ▸ History lists them all.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Double-cliquez sur une valeur du tableau des informations (ou appuyez sur F2) pour la corriger : Entrée garde la correction, Échap l’abandonne. Ou sélectionnez des mots dans le texte puis clic droit ▸ Utiliser comme, pour en faire l’expéditeur, un destinataire, la date, le lieu ou un événement. Une information corrigée est marquée ✎. Édition ▸ Annuler revient sur la dernière modification, même après un redémarrage ; Édition ▸ Historique les liste toutes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the timeline: F or Home fits the whole corpus, + and − zoom, ← and → pan, Esc clears the period.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sur la frise : F ou Début montre tout le corpus, + et − zooment, ← et → déplacent, Échap efface la période.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>In the views</source>
        <translation>Dans les vues</translation>
    </message>
</context>
<context>
    <name>littoral::ui::GoToCorrespondent</name>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 (also “%2”) — %3, %4</source>
        <translation>%1 (aussi « %2 ») — %3, %4</translation>
    </message>
    <message>
        <source>Go to Correspondent</source>
        <translation>Aller au correspondant</translation>
    </message>
    <message>
        <source>&amp;Go to Correspondent…</source>
        <translation>&amp;Aller au correspondant…</translation>
    </message>
    <message>
        <source>Find a person or an organisation by any part of its name and show it in the graph (Ctrl+K)</source>
        <translation>Trouver une personne ou une organisation par n’importe quel mot de son nom et la montrer dans le graphe (Ctrl+K)</translation>
    </message>
    <message>
        <source>Name or other spelling — accents optional</source>
        <translation>Nom ou autre graphie — accents facultatifs</translation>
    </message>
    <message>
        <source>Choosing one selects it in the graph and shows only its documents in the list and the timeline, as a click on its node does.</source>
        <translation>Le choisir le sélectionne dans le graphe et ne montre que ses documents dans la liste et la frise chronologique, comme un clic sur son nœud.</translation>
    </message>
</context>
<context>
    <name>littoral::ui::GraphFilterBar</name>
    <message>
        <source>Hide the correspondents in fewer documents of the period than this</source>
        <translation>Masquer les correspondants présents dans moins de documents de la période</translation>
    </message>
    <message>
        <source>Minimum documents per correspondent</source>
        <translation>Nombre minimal de documents par correspondant</translation>
    </message>
    <message>
        <source>Hide the links carried by fewer letters than this</source>
        <translation>Masquer les liens portés par moins de lettres</translation>
    </message>
    <message>
        <source>Minimum letters per link</source>
        <translation>Nombre minimal de lettres par lien</translation>
    </message>
    <message>
        <source>Persons and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <source>Persons only</source>
        <translation>Personnes seulement</translation>
    </message>
    <message>
        <source>Organisations only</source>
        <translation>Organisations seulement</translation>
    </message>
    <message>
        <source>Which correspondents the graph shows; a link needs both its ends</source>
        <translation>Les correspondants que montre le graphe ; un lien a besoin de ses deux extrémités</translation>
    </message>
    <message>
        <source>&amp;Core:</source>
        <translation>&amp;Cœur :</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Keep only the correspondents linked to at least this many others that stay (the k-core)</source>
        <translation>Ne garder que les correspondants liés à au moins autant d’autres qui restent (le k-cœur)</translation>
    </message>
    <message>
        <source>&amp;Largest group</source>
        <translation>&amp;Plus grand groupe</translation>
    </message>
    <message>
        <source>Keep only the largest group of correspondents linked to each other</source>
        <translation>Ne garder que le plus grand groupe de correspondants liés entre eux</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Lettres reçues</translation>
    </message>
    <message>
        <source>Letters out</source>
        <translation>Lettres envoyées</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>What the size of each mark shows</source>
        <translation>Ce que montre la taille de chaque marque</translation>
    </message>
    <message>
        <source>Thin the graph out: fewer correspondents and links, its core, its largest group</source>
        <translation>Alléger le graphe : moins de correspondants et de liens, son cœur, son plus grand groupe</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear the graph&apos;s filters: every correspondent and link of the period</source>
        <translation>Effacer les filtres du graphe : tous les correspondants et liens de la période</translation>
    </message>
    <message>
        <source>&amp;Documents per correspondent ≥ %1</source>
        <translation>&amp;Documents par correspondant ≥ %1</translation>
    </message>
    <message>
        <source>L&amp;etters per link ≥ %1</source>
        <translation>L&amp;ettres par lien ≥ %1</translation>
    </message>
    <message>
        <source>&amp;Filters (on)</source>
        <translation>&amp;Filtres (actifs)</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>By &amp;Organisation</source>
        <translation>Par &amp;organisation</translation>
    </message>
    <message>
        <source>Fold people into the organisation they speak for; double-click an organisation to show its people</source>
        <translation>Regrouper les personnes dans l’organisation au nom de laquelle elles parlent ; double-cliquer sur une organisation pour montrer ses membres</translation>
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
    <message numerus="yes">
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondant</numerusform>
            <numerusform>%Ln correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln lettre</numerusform>
            <numerusform>%Ln lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all documents of %1</source>
        <translation>Afficher tous les documents de %1</translation>
    </message>
    <message>
        <source>Show letters sent by %1</source>
        <translation>Afficher les lettres envoyées par %1</translation>
    </message>
    <message>
        <source>Show letters sent to %1</source>
        <translation>Afficher les lettres adressées à %1</translation>
    </message>
    <message>
        <source>Show letters with %1 in copy</source>
        <translation>Afficher les lettres avec %1 en copie</translation>
    </message>
    <message>
        <source>Show documents mentioning %1</source>
        <translation>Afficher les documents mentionnant %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln letter(s))</source>
        <translation>
            <numerusform>%1 (%Ln lettre)</numerusform>
            <numerusform>%1 (%Ln lettres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Correspondence graph · %1</source>
        <translation>Graphe de correspondance · %1</translation>
    </message>
    <message>
        <source>other communities</source>
        <translation>autres communautés</translation>
    </message>
    <message>
        <source>&amp;Size marks by</source>
        <translation>&amp;Taille des marques selon</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Letters &amp;in</source>
        <translation>Lettres &amp;reçues</translation>
    </message>
    <message>
        <source>Letters &amp;out</source>
        <translation>Lettres &amp;envoyées</translation>
    </message>
    <message>
        <source>&amp;Betweenness (brokers between groups)</source>
        <translation>&amp;Intermédiarité (qui relie les groupes)</translation>
    </message>
    <message>
        <source>&amp;PageRank</source>
        <translation>&amp;PageRank</translation>
    </message>
    <message numerus="yes">
        <source>Ego network of %1, %n step(s) · Backspace: back</source>
        <translation>
            <numerusform>Réseau personnel de %1, %n pas · Retour arrière : revenir</numerusform>
            <numerusform>Réseau personnel de %1, %n pas · Retour arrière : revenir</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>&amp;Whole Graph</source>
        <translation>&amp;Graphe entier</translation>
    </message>
    <message>
        <source>&amp;Ego Network</source>
        <translation>&amp;Réseau personnel</translation>
    </message>
    <message>
        <source>Ego Network, &amp;Two Steps</source>
        <translation>Réseau personnel, &amp;deux pas</translation>
    </message>
    <message>
        <source>Holds %1 · double-click to show them apart</source>
        <translation>Regroupe %1 · double-cliquer pour les montrer séparément</translation>
    </message>
    <message>
        <source>Its people shown apart · double-click to fold them in</source>
        <translation>Ses membres montrés séparément · double-cliquer pour les regrouper</translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller group(s)</source>
        <translation>
            <numerusform>%Ln petit groupe</numerusform>
            <numerusform>%Ln petits groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Click, or zoom in, to see its members</source>
        <translation>Cliquer, ou zoomer, pour voir ses membres</translation>
    </message>
    <message>
        <source>&amp;Open This Group</source>
        <translation>&amp;Ouvrir ce groupe</translation>
    </message>
    <message>
        <source>&amp;Group Large Graphs by Community</source>
        <translation>&amp;Grouper les grands graphes par communauté</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Hors groupe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller group(s) and others</source>
        <translation>
            <numerusform>%Ln petit groupe et d’autres</numerusform>
            <numerusform>%Ln petits groupes et d’autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) by community</source>
        <translation>
            <numerusform>%Ln groupe par communauté</numerusform>
            <numerusform>%Ln groupes par communauté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>&amp;About Littoral</source>
        <translation>À &amp;propos de Littoral</translation>
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
    <name>littoral::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Follow the language of the desktop (French or English)</source>
        <translation>Suivre la langue du bureau (français ou anglais)</translation>
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
        <source>Read-only — nothing can be imported</source>
        <translation>Lecture seule — rien ne peut être importé</translation>
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
        <source>Files no longer there</source>
        <translation>Fichiers disparus</translation>
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
    <message numerus="yes">
        <source>%Ln document(s) match</source>
        <translation>
            <numerusform>%Ln document correspond</numerusform>
            <numerusform>%Ln documents correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the texts of every document (%1): accents and case do not matter; &quot;exact phrase&quot;, prefix*, OR and -exclude work</source>
        <translation>Chercher dans le texte de tous les documents (%1) : les accents et les majuscules ne comptent pas ; &quot;expression exacte&quot;, préfixe*, OR et -exclusion fonctionnent</translation>
    </message>
    <message>
        <source>How many documents the search matches</source>
        <translation>Combien de documents la recherche trouve</translation>
    </message>
    <message>
        <source>Show every document again: clears the period, the correspondent, the search and the list filter (%1)</source>
        <translation>Montrer de nouveau tous les documents : efface la période, le correspondant, la recherche et le filtre de la liste (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondant</numerusform>
            <numerusform>%Ln correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln document(s) of gone files removed</source>
        <translation>
            <numerusform>, %Ln document de fichiers disparus supprimé</numerusform>
            <numerusform>, %Ln documents de fichiers disparus supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) or folder(s) could not be imported; everything else was.</source>
        <translation>
            <numerusform>%Ln fichier ou dossier n’a pas pu être importé ; tout le reste l’a été.</numerusform>
            <numerusform>%Ln fichiers ou dossiers n’ont pas pu être importés ; tout le reste l’a été.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported before no longer exist. Remove their documents from the corpus?

Your corrections to them are kept and come back if the files are imported again.</source>
        <translation>
            <numerusform>%Ln fichier importé auparavant n’existe plus. Retirer son document du corpus ?

Vos corrections sont conservées et reviennent si le fichier est importé de nouveau.</numerusform>
            <numerusform>%Ln fichiers importés auparavant n’existent plus. Retirer leurs documents du corpus ?

Vos corrections sont conservées et reviennent si les fichiers sont importés de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample documents bundled with Littoral</source>
        <translation>Les documents d’exemple fournis avec Littoral</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Dossier de synthèse…</translation>
    </message>
    <message>
        <source>%1
OCR — read by character recognition: facts are less sure</source>
        <translation>%1
OCR — lu par reconnaissance de caractères : les faits sont moins sûrs</translation>
    </message>
</context>
<context>
    <name>littoral::ui::OriginalPageController</name>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>In copy</source>
        <translation>En copie</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Mentionné</translation>
    </message>
    <message>
        <source>Original &amp;Page</source>
        <translation>&amp;Page originale</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show the original page beside the text, each fact&apos;s evidence boxed in its colour (%1)</source>
        <translation>Afficher la page originale à côté du texte, le passage d’où vient chaque fait encadré dans sa couleur (%1)</translation>
    </message>
    <message>
        <source>Only documents read from a PDF or an image have a page to show; text and e-mail documents do not</source>
        <translation>Seuls les documents lus dans un PDF ou une image ont une page à afficher ; les documents texte et les courriels n’en ont pas</translation>
    </message>
    <message>
        <source>%1: %2 — %3 % sure (OCR)</source>
        <translation>%1 : %2 — sûr à %3 % (OCR)</translation>
    </message>
    <message>
        <source>%1: %2 — %3 % sure</source>
        <translation>%1 : %2 — sûr à %3 %</translation>
    </message>
    <message>
        <source>%1: %2 (OCR)</source>
        <translation>%1 : %2 (OCR)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>littoral::ui::PageView</name>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>il est endommagé ou n’est pas un PDF</translation>
    </message>
    <message>
        <source>The original file is no longer at %1.</source>
        <translation>Le fichier original n’est plus à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The original cannot be shown: %1.</source>
        <translation>L’original ne peut pas être affiché : %1.</translation>
    </message>
    <message>
        <source>This document has no page image: it was read from text.</source>
        <translation>Ce document n’a pas d’image de page : il a été lu à partir d’un texte.</translation>
    </message>
    <message>
        <source>The original is protected by a password. Click here to enter it.</source>
        <translation>L&apos;original est protégé par un mot de passe. Cliquez ici pour le saisir.</translation>
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
    <name>littoral::ui::PasswordPrompt</name>
    <message>
        <source>Password-protected PDF</source>
        <translation>PDF protégé par un mot de passe</translation>
    </message>
    <message>
        <source>That password did not open %1. Try again, or skip the file:</source>
        <translation>Ce mot de passe n’a pas ouvert %1. Réessayez, ou passez ce fichier :</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter it to import the document:</source>
        <translation>%1 est protégé par un mot de passe. Saisissez-le pour importer le document :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Skip &amp;All</source>
        <translation>Passer &amp;tout</translation>
    </message>
</context>
<context>
    <name>littoral::ui::Presentation</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present from Current &amp;Step</source>
        <translation>Présenter depuis l’étape &amp;courante</translation>
    </message>
    <message>
        <source>Show the story (or the current view) full screen for a projector; arrows, Space and Page Up/Down go through its steps, Esc leaves (%1)</source>
        <translation>Montrer le récit (ou la vue actuelle) en plein écran pour un vidéoprojecteur ; les flèches, Espace et Page préc./suiv. parcourent ses étapes, Échap en sort (%1)</translation>
    </message>
</context>
<context>
    <name>littoral::ui::PresentationWindow</name>
    <message>
        <source>No corpus is open.</source>
        <translation>Aucun corpus n’est ouvert.</translation>
    </message>
    <message>
        <source>the search “%1” (%2)</source>
        <translation>la recherche « %1 » (%2)</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Presentation: %1</source>
        <translation>Présentation : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>chronology event as a caption: label — description</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>step counter</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not found in this corpus: %1</source>
        <translation>Introuvable dans ce corpus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a shortened list: A, B, C and 5 more</comment>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>no sender or recipient was found</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>sender → recipients</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>In copy: %1</source>
        <translation>En copie : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a mentioned event: label (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation>Événements mentionnés : %1</translation>
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
    <name>littoral::ui::ReaderFilterBar</name>
    <message>
        <source>This document is not in the current filter.</source>
        <translation>Ce document n’est pas dans le filtre actuel.</translation>
    </message>
    <message>
        <source>Show it anyway</source>
        <translation>L’afficher quand même</translation>
    </message>
    <message>
        <source>Keep reading it; the list and the timeline keep their filters</source>
        <translation>Continuer à le lire ; la liste et la frise chronologique gardent leurs filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every document again, this one selected in the list</source>
        <translation>Afficher de nouveau tous les documents, celui-ci sélectionné dans la liste</translation>
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
    <name>littoral::ui::RoleFilterBox</name>
    <message>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Adressé à</translation>
    </message>
    <message>
        <source>In copy</source>
        <translation>En copie</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Mentionné</translation>
    </message>
    <message>
        <source>Which part the correspondent picked in the graph played in the documents shown.
Any role: sender, recipient or in copy; a mention is chosen apart.</source>
        <translation>Le rôle que le correspondant choisi dans le graphe joue dans les documents affichés.
Tout rôle : expéditeur, destinataire ou en copie ; une mention se choisit à part.</translation>
    </message>
</context>
<context>
    <name>littoral::ui::StatusCounts</name>
    <message>
        <source>sent by %1</source>
        <translation>envoyés par %1</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>adressés à %1</translation>
    </message>
    <message>
        <source>%1 in copy</source>
        <translation>%1 en copie</translation>
    </message>
    <message>
        <source>mentioning %1</source>
        <translation>mentionnant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) on the chosen link</source>
        <translation>
            <numerusform>%n lettre sur le lien choisi</numerusform>
            <numerusform>%n lettres sur le lien choisi</numerusform>
        </translation>
    </message>
    <message>
        <source>no document type</source>
        <translation>aucun type de document</translation>
    </message>
    <message>
        <source>types: %1</source>
        <translation>types : %1</translation>
    </message>
    <message>
        <source>list filter “%1”</source>
        <translation>filtre de la liste « %1 »</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>pas encore relus</translation>
    </message>
    <message>
        <source>showing %1 of %2: %3   (Ctrl+Backspace clears)</source>
        <translation>%1 affichés sur %2 : %3   (Ctrl+Retour arrière pour tout effacer)</translation>
    </message>
</context>
<context>
    <name>littoral::ui::StoryPanel</name>
    <message>
        <source>No story is chosen: make one first.</source>
        <translation>Aucun récit n’est choisi : créez-en d’abord un.</translation>
    </message>
    <message>
        <source>Cannot reorder the steps</source>
        <translation>Impossible de réordonner les étapes</translation>
    </message>
    <message>
        <source>Cannot add the step</source>
        <translation>Impossible d’ajouter l’étape</translation>
    </message>
    <message>
        <source>Cannot move the step</source>
        <translation>Impossible de déplacer l’étape</translation>
    </message>
    <message>
        <source>Cannot delete the step</source>
        <translation>Impossible de supprimer l’étape</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Récits</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Récits</translation>
    </message>
    <message>
        <source>Show the stories: steps to present in class (%1)</source>
        <translation>Afficher les récits : des étapes à présenter en classe (%1)</translation>
    </message>
    <message>
        <source>Make, rename, delete, import, export or print a story</source>
        <translation>Créer, renommer, supprimer, importer, exporter ou imprimer un récit</translation>
    </message>
    <message>
        <source>The story the panel shows</source>
        <translation>Le récit affiché dans le panneau</translation>
    </message>
    <message>
        <source>&amp;New Story…</source>
        <translation>&amp;Nouveau récit…</translation>
    </message>
    <message>
        <source>&amp;Rename Story…</source>
        <translation>&amp;Renommer le récit…</translation>
    </message>
    <message>
        <source>&amp;Delete Story…</source>
        <translation>&amp;Supprimer le récit…</translation>
    </message>
    <message>
        <source>&amp;Import Story…</source>
        <translation>&amp;Importer un récit…</translation>
    </message>
    <message>
        <source>&amp;Export Story…</source>
        <translation>&amp;Exporter le récit…</translation>
    </message>
    <message>
        <source>&amp;Print Handout…</source>
        <translation>Imprimer le &amp;document à distribuer…</translation>
    </message>
    <message>
        <source>Add Current View</source>
        <translation>Ajouter la vue actuelle</translation>
    </message>
    <message>
        <source>Add what the window shows now (period, filters, document, zoom) as the last step</source>
        <translation>Ajouter ce que la fenêtre montre maintenant (période, filtres, document, zoom) comme dernière étape</translation>
    </message>
    <message>
        <source>Add Chronology Event…</source>
        <translation>Ajouter un événement de la chronologie…</translation>
    </message>
    <message>
        <source>Add a step that goes to an event of the chronology</source>
        <translation>Ajouter une étape qui va à un événement de la chronologie</translation>
    </message>
    <message>
        <source>Show in the Window</source>
        <translation>Afficher dans la fenêtre</translation>
    </message>
    <message>
        <source>Present from Here</source>
        <translation>Présenter à partir d’ici</translation>
    </message>
    <message>
        <source>Present from This Step</source>
        <translation>Présenter à partir de cette étape</translation>
    </message>
    <message>
        <source>Present the story full screen from the selected step (Esc leaves)</source>
        <translation>Présenter le récit en plein écran à partir de l’étape choisie (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Text of the step:</source>
        <translation>Texte de l’étape :</translation>
    </message>
    <message>
        <source>A sentence or two, shown large when presenting</source>
        <translation>Une phrase ou deux, affichées en grand en mode présentation</translation>
    </message>
    <message>
        <source>Double-click a step to show it in the window; drag or Alt+Up / Alt+Down to reorder; Del deletes it</source>
        <translation>Double-cliquez sur une étape pour l’afficher dans la fenêtre ; faites-la glisser ou utilisez Alt+Haut / Alt+Bas pour la déplacer ; Suppr la supprime</translation>
    </message>
    <message>
        <source>No story yet: “Add Current View” starts one.</source>
        <translation>Pas encore de récit : « Ajouter la vue actuelle » en commence un.</translation>
    </message>
    <message>
        <source>Open a corpus to make stories.</source>
        <translation>Ouvrez un corpus pour créer des récits.</translation>
    </message>
    <message>
        <source>Cannot save the text of the step</source>
        <translation>Impossible d’enregistrer le texte de l’étape</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>Aucun corpus n’est ouvert.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Récit sans titre</translation>
    </message>
    <message>
        <source>The chronology has no event %1.</source>
        <translation>La chronologie n’a pas d’événement %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Add “%1” to a New Story</source>
        <translation>Ajouter « %1 » à un nouveau récit</translation>
    </message>
    <message>
        <source>Add “%1” to the Story “%2”</source>
        <translation>Ajouter « %1 » au récit « %2 »</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>Nouveau récit</translation>
    </message>
    <message>
        <source>Title of the story:</source>
        <translation>Titre du récit :</translation>
    </message>
    <message>
        <source>Cannot make the story</source>
        <translation>Impossible de créer le récit</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Renommer le récit</translation>
    </message>
    <message>
        <source>Cannot rename the story</source>
        <translation>Impossible de renommer le récit</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>Supprimer le récit</translation>
    </message>
    <message numerus="yes">
        <source>Delete the story “%1” and its %n step(s)? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer le récit « %1 » et son étape ? Édition ▸ Annuler le rétablit.</numerusform>
            <numerusform>Supprimer le récit « %1 » et ses %n étapes ? Édition ▸ Annuler le rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the story</source>
        <translation>Impossible de supprimer le récit</translation>
    </message>
    <message>
        <source>Export Story</source>
        <translation>Exporter le récit</translation>
    </message>
    <message>
        <source>Story files (*.json)</source>
        <translation>Fichiers de récit (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the story</source>
        <translation>Impossible d’exporter le récit</translation>
    </message>
    <message>
        <source>Import Story</source>
        <translation>Importer un récit</translation>
    </message>
    <message>
        <source>Story files (*.json);;All files (*)</source>
        <translation>Fichiers de récit (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import the story</source>
        <translation>Impossible d’importer le récit</translation>
    </message>
    <message>
        <source>Story imported</source>
        <translation>Récit importé</translation>
    </message>
    <message numerus="yes">
        <source>The story “%1” is imported. This corpus lacks %n of the documents, correspondents or events it names: those steps show what the corpus has.</source>
        <translation>
            <numerusform>Le récit « %1 » est importé. Il nomme un document, correspondant ou événement absent de ce corpus : ces étapes montrent ce que le corpus contient.</numerusform>
            <numerusform>Le récit « %1 » est importé. Il nomme %n documents, correspondants ou événements absents de ce corpus : ces étapes montrent ce que le corpus contient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Imprimer le document à distribuer</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation>Impression du document à distribuer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot print the handout</source>
        <translation>Impossible d’imprimer le document à distribuer</translation>
    </message>
</context>
<context>
    <name>littoral::ui::StoryStepModel</name>
    <message>
        <source>%1. %2%3
%4</source>
        <translation>%1. %2%3
%4</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2
Goes to the chronology event %3</source>
        <translation>%1
%2
Va à l’événement de la chronologie %3</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <source>Mentioned events</source>
        <translation>Événements mentionnés</translation>
    </message>
    <message>
        <source>Documents / month</source>
        <translation>Documents / mois</translation>
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
        <source>Zoom in to see them one by one</source>
        <translation>Zoomez pour les voir un par un</translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>expéditeur inconnu</translation>
    </message>
    <message>
        <source>Drag along the axis to filter a period; click it or press Esc to clear</source>
        <translation>Faites glisser le long de l’axe pour filtrer une période ; cliquez dessus ou appuyez sur Échap pour effacer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other sender(s)</source>
        <translation>
            <numerusform>%Ln autre expéditeur</numerusform>
            <numerusform>%Ln autres expéditeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln non daté</numerusform>
            <numerusform>%Ln non datés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln later event(s) ▸</source>
        <translation>
            <numerusform>%Ln événement ultérieur ▸</numerusform>
            <numerusform>%Ln événements ultérieurs ▸</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◂ %Ln earlier event(s)</source>
        <translation>
            <numerusform>◂ %Ln événement antérieur</numerusform>
            <numerusform>◂ %Ln événements antérieurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentioned event(s) before %1, the earliest in %2. Click to widen the timeline to them.</source>
        <translation>
            <numerusform>%Ln événement mentionné avant le %1, le plus ancien en %2. Cliquer pour élargir la frise chronologique jusqu’à lui.</numerusform>
            <numerusform>%Ln événements mentionnés avant le %1, le plus ancien en %2. Cliquer pour élargir la frise chronologique jusqu’à eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentioned event(s) after %1, the latest in %2. Click to widen the timeline to them.</source>
        <translation>
            <numerusform>%Ln événement mentionné après le %1, le plus récent en %2. Cliquer pour élargir la frise chronologique jusqu’à lui.</numerusform>
            <numerusform>%Ln événements mentionnés après le %1, le plus récent en %2. Cliquer pour élargir la frise chronologique jusqu’à eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to hide letters</source>
        <translation>Cliquer pour masquer les lettres</translation>
    </message>
    <message>
        <source>Click to show letters</source>
        <translation>Cliquer pour afficher les lettres</translation>
    </message>
    <message>
        <source>Click to hide open letters</source>
        <translation>Cliquer pour masquer les lettres ouvertes</translation>
    </message>
    <message>
        <source>Click to show open letters</source>
        <translation>Cliquer pour afficher les lettres ouvertes</translation>
    </message>
    <message>
        <source>Click to hide press releases</source>
        <translation>Cliquer pour masquer les communiqués</translation>
    </message>
    <message>
        <source>Click to show press releases</source>
        <translation>Cliquer pour afficher les communiqués</translation>
    </message>
    <message>
        <source>Click to hide other documents</source>
        <translation>Cliquer pour masquer les autres documents</translation>
    </message>
    <message>
        <source>Click to show other documents</source>
        <translation>Cliquer pour afficher les autres documents</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mentioned in %Ln document(s)</source>
        <translation>
            <numerusform>mentionné dans %Ln document</numerusform>
            <numerusform>mentionné dans %Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline · %1</source>
        <translation>Frise chronologique · %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Click to hide the chronology</source>
        <translation>Cliquer pour masquer la chronologie</translation>
    </message>
    <message>
        <source>Click to show the chronology</source>
        <translation>Cliquer pour afficher la chronologie</translation>
    </message>
    <message>
        <source>chronology</source>
        <translation>chronologie</translation>
    </message>
    <message numerus="yes">
        <source>Mentioned in %Ln document(s)</source>
        <translation>
            <numerusform>Mentionné dans %Ln document</numerusform>
            <numerusform>Mentionné dans %Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Ouvrir la source</translation>
    </message>
    <message>
        <source>Show documents that mention it</source>
        <translation>Afficher les documents qui le mentionnent</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Click to hide e-mails</source>
        <translation>Cliquer pour masquer les courriels</translation>
    </message>
    <message>
        <source>Click to show e-mails</source>
        <translation>Cliquer pour afficher les courriels</translation>
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
