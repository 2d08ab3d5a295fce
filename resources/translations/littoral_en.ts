<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>littoral-cli</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (the file cannot be imported now; its document stays)</source>
        <translation>
            <numerusform>%n kept (the file cannot be imported now; its document stays)</numerusform>
            <numerusform>%n kept (the files cannot be imported now; their documents stay)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone (kept; --prune removes them)</source>
        <translation>
            <numerusform>%n gone (kept; --prune removes it)</numerusform>
            <numerusform>%n gone (kept; --prune removes them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone (%1; their %2 correction(s) are kept for a re-import)</source>
        <translation>
            <numerusform>%n gone (%1; its %2 correction(s) are kept for a re-import)</numerusform>
            <numerusform>%n gone (%1; their %2 correction(s) are kept for a re-import)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone (%1)</source>
        <translation>
            <numerusform>%n gone (%1)</numerusform>
            <numerusform>%n gone (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) skipped</source>
        <translation>
            <numerusform>%n folder skipped</numerusform>
            <numerusform>%n folders skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n document(s) to %1</source>
        <translation>
            <numerusform>exported %n document to %1</numerusform>
            <numerusform>exported %n documents to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing left to redo after %n redone.</source>
        <translation>
            <numerusform>nothing left to redo after %n redone.</numerusform>
            <numerusform>nothing left to redo after %n redone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing left to undo after %n undone.</source>
        <translation>
            <numerusform>nothing left to undo after %n undone.</numerusform>
            <numerusform>nothing left to undo after %n undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; names %n documents; give the full path of one:</source>
        <translation>
            <numerusform>&apos;%1&apos; names %n document; give its full path:</numerusform>
            <numerusform>&apos;%1&apos; names %n documents; give the full path of one:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; names %n correspondents:</source>
        <translation>
            <numerusform>&apos;%1&apos; names %n correspondent:</numerusform>
            <numerusform>&apos;%1&apos; names %n correspondents:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote the briefing of %n document(s) to %1</source>
        <translation>
            <numerusform>wrote the briefing of %n document to %1</numerusform>
            <numerusform>wrote the briefing of %n documents to %1</numerusform>
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
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondent</numerusform>
            <numerusform>%Ln correspondents</numerusform>
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
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n step(s))</source>
        <translation>
            <numerusform>(%n step)</numerusform>
            <numerusform>(%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories are called %1: give the id (littoral-cli stories lists them).</source>
        <translation>
            <numerusform>%n story is called %1: give the id (littoral-cli stories lists them).</numerusform>
            <numerusform>%n stories are called %1: give the id (littoral-cli stories lists them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported story “%1” (%2), %n step(s).</source>
        <translation>
            <numerusform>Imported story “%1” (%2), %n step.</numerusform>
            <numerusform>Imported story “%1” (%2), %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::core::Change</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::core::CorrespondentsModel</name>
    <message numerus="yes">
        <source>Community %1: %Ln correspondent(s), the busiest %2</source>
        <translation>
            <numerusform>Community %1: %Ln correspondent, the busiest %2</numerusform>
            <numerusform>Community %1: %Ln correspondents, the busiest %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::core::FactsModel</name>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced with �</source>
        <translation>
            <numerusform>%n invalid byte sequence replaced with �</numerusform>
            <numerusform>%n invalid byte sequences replaced with �</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::core::HistoryModel</name>
    <message numerus="yes">
        <source>Chronology: %n event(s) changed</source>
        <translation>
            <numerusform>Chronology: %n event changed</numerusform>
            <numerusform>Chronology: %n events changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::core::TimelineJsWriter</name>
    <message numerus="yes">
        <source>Mentioned in %n document(s), first in “%1”.</source>
        <translation>
            <numerusform>Mentioned in %n document, first in “%1”.</numerusform>
            <numerusform>Mentioned in %n documents, first in “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::render::BriefingPack</name>
    <message numerus="yes">
        <source>%1 and %Ln other(s)</source>
        <translation>
            <numerusform>%1 and %Ln other</numerusform>
            <numerusform>%1 and %Ln others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) in this selection.</source>
        <translation>
            <numerusform>%Ln document in this selection.</numerusform>
            <numerusform>%Ln documents in this selection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) dated less precisely than a month, or undated, are not in the chart.</source>
        <translation>
            <numerusform>%Ln document dated less precisely than a month, or undated, are not in the chart.</numerusform>
            <numerusform>%Ln documents dated less precisely than a month, or undated, are not in the chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::ChronologyDialog</name>
    <message numerus="yes">
        <source>%1: %Ln event(s) added or updated</source>
        <translation>
            <numerusform>%1: %Ln event added or updated</numerusform>
            <numerusform>%1: %Ln events added or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out:</source>
        <translation>
            <numerusform>%Ln row left out:</numerusform>
            <numerusform>%Ln rows left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::CorpusBanner</name>
    <message numerus="yes">
        <source>You are looking at the %n sample document(s) bundled with Littoral.</source>
        <translation>
            <numerusform>You are looking at the %n sample document bundled with Littoral.</numerusform>
            <numerusform>You are looking at the %n sample documents bundled with Littoral.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::CorrespondentsPane</name>
    <message numerus="yes">
        <source>Merge %n correspondent(s) into:</source>
        <translation>
            <numerusform>Merge %n correspondent into:</numerusform>
            <numerusform>Merge %n correspondents into:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondent</numerusform>
            <numerusform>%Ln correspondents</numerusform>
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
    <name>littoral::ui::ExportDataDialog</name>
    <message numerus="yes">
        <source>The current &amp;selection: %Ln document(s)</source>
        <translation>
            <numerusform>The current &amp;selection: %Ln document</numerusform>
            <numerusform>The current &amp;selection: %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;whole corpus: %Ln document(s)</source>
        <translation>
            <numerusform>The &amp;whole corpus: %Ln document</numerusform>
            <numerusform>The &amp;whole corpus: %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TimelineJS is made for tens of slides: %Ln slides would be hard to read and slow to open. Narrow the selection first (a period, a correspondent).</source>
        <translation>
            <numerusform>TimelineJS is made for tens of slides: %Ln slide would be hard to read and slow to open. Narrow the selection first (a period, a correspondent).</numerusform>
            <numerusform>TimelineJS is made for tens of slides: %Ln slides would be hard to read and slow to open. Narrow the selection first (a period, a correspondent).</numerusform>
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
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondent</numerusform>
            <numerusform>%Ln correspondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
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
            <numerusform>%Ln mentioned event</numerusform>
            <numerusform>%Ln mentioned events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) left out: not letters (CMIF holds correspondence only).</source>
        <translation>
            <numerusform>%Ln document left out: not a letter (CMIF holds correspondence only).</numerusform>
            <numerusform>%Ln documents left out: not letters (CMIF holds correspondence only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated document(s) left out: TimelineJS cannot place them.</source>
        <translation>
            <numerusform>%Ln undated document left out: TimelineJS cannot place it.</numerusform>
            <numerusform>%Ln undated documents left out: TimelineJS cannot place them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::GoToCorrespondent</name>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::GraphView</name>
    <message numerus="yes">
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondent</numerusform>
            <numerusform>%Ln correspondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
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
            <numerusform>%Ln letter</numerusform>
            <numerusform>%Ln letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln letter(s))</source>
        <translation>
            <numerusform>%1 (%Ln letter)</numerusform>
            <numerusform>%1 (%Ln letters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ego network of %1, %n step(s) · Backspace: back</source>
        <translation>
            <numerusform>Ego network of %1, %n step · Backspace: back</numerusform>
            <numerusform>Ego network of %1, %n steps · Backspace: back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller group(s)</source>
        <translation>
            <numerusform>%Ln smaller group</numerusform>
            <numerusform>%Ln smaller groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller group(s) and others</source>
        <translation>
            <numerusform>%Ln smaller group and others</numerusform>
            <numerusform>%Ln smaller groups and others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) by community</source>
        <translation>
            <numerusform>%Ln group by community</numerusform>
            <numerusform>%Ln groups by community</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln document(s) match</source>
        <translation>
            <numerusform>%Ln document match</numerusform>
            <numerusform>%Ln documents match</numerusform>
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
        <source>%Ln correspondent(s)</source>
        <translation>
            <numerusform>%Ln correspondent</numerusform>
            <numerusform>%Ln correspondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln document(s) of gone files removed</source>
        <translation>
            <numerusform>, %Ln document of gone files removed</numerusform>
            <numerusform>, %Ln documents of gone files removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) or folder(s) could not be imported; everything else was.</source>
        <translation>
            <numerusform>%Ln file or folder could not be imported; everything else was.</numerusform>
            <numerusform>%Ln files or folders could not be imported; everything else was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported before no longer exist. Remove their documents from the corpus?

Your corrections to them are kept and come back if the files are imported again.</source>
        <translation>
            <numerusform>%Ln file imported before no longer exist. Remove their documents from the corpus?

Your corrections to them are kept and come back if the files are imported again.</numerusform>
            <numerusform>%Ln files imported before no longer exist. Remove their documents from the corpus?

Your corrections to them are kept and come back if the files are imported again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::PresentationWindow</name>
    <message numerus="yes">
        <source>%n more</source>
        <comment>the last item of a shortened list: A, B, C and 5 more</comment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::StatusCounts</name>
    <message numerus="yes">
        <source>%n letter(s) on the chosen link</source>
        <translation>
            <numerusform>%n letter on the chosen link</numerusform>
            <numerusform>%n letters on the chosen link</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::StoryPanel</name>
    <message numerus="yes">
        <source>Delete the story “%1” and its %n step(s)? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Delete the story “%1” and its %n step? Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Delete the story “%1” and its %n steps? Edit ▸ Undo brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The story “%1” is imported. This corpus lacks %n of the documents, correspondents or events it names: those steps show what the corpus has.</source>
        <translation>
            <numerusform>The story “%1” is imported. This corpus lacks %n of the documents, correspondents or events it names: those steps show what the corpus has.</numerusform>
            <numerusform>The story “%1” is imported. This corpus lacks %n of the documents, correspondents or events it names: those steps show what the corpus has.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::TimelineView</name>
    <message numerus="yes">
        <source>%Ln other sender(s)</source>
        <translation>
            <numerusform>%Ln other sender</numerusform>
            <numerusform>%Ln other senders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln undated</numerusform>
            <numerusform>%Ln undated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln later event(s) ▸</source>
        <translation>
            <numerusform>%Ln later event ▸</numerusform>
            <numerusform>%Ln later events ▸</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◂ %Ln earlier event(s)</source>
        <translation>
            <numerusform>◂ %Ln earlier event</numerusform>
            <numerusform>◂ %Ln earlier events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentioned event(s) before %1, the earliest in %2. Click to widen the timeline to them.</source>
        <translation>
            <numerusform>%Ln mentioned event before %1, the earliest in %2. Click to widen the timeline to them.</numerusform>
            <numerusform>%Ln mentioned events before %1, the earliest in %2. Click to widen the timeline to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentioned event(s) after %1, the latest in %2. Click to widen the timeline to them.</source>
        <translation>
            <numerusform>%Ln mentioned event after %1, the latest in %2. Click to widen the timeline to them.</numerusform>
            <numerusform>%Ln mentioned events after %1, the latest in %2. Click to widen the timeline to them.</numerusform>
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
        <source>mentioned in %Ln document(s)</source>
        <translation>
            <numerusform>mentioned in %Ln document</numerusform>
            <numerusform>mentioned in %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentioned in %Ln document(s)</source>
        <translation>
            <numerusform>Mentioned in %Ln document</numerusform>
            <numerusform>Mentioned in %Ln documents</numerusform>
        </translation>
    </message>
</context>
</TS>
