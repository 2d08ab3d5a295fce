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
    <name>littoral::ui::CorrespondentsPane</name>
    <message numerus="yes">
        <source>%n correspondent(s)</source>
        <translation>
            <numerusform>%n correspondent</numerusform>
            <numerusform>%n correspondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n document(s))</source>
        <translation>
            <numerusform>%1 (%2, %n document)</numerusform>
            <numerusform>%1 (%2, %n documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n correspondent(s) into:</source>
        <translation>
            <numerusform>Merge %n correspondent into:</numerusform>
            <numerusform>Merge %n correspondents into:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::GraphView</name>
    <message numerus="yes">
        <source>%1 (%n letter(s))</source>
        <translation>
            <numerusform>%1 (%n letter)</numerusform>
            <numerusform>%1 (%n letters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>littoral::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n document matches</numerusform>
            <numerusform>%n documents match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) on the chosen link</source>
        <translation>
            <numerusform>%n letter on the chosen link</numerusform>
            <numerusform>%n letters on the chosen link</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n document(s) of gone files removed</source>
        <translation>
            <numerusform>, %n document of gone files removed</numerusform>
            <numerusform>, %n documents of gone files removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported before no longer exist. Remove their documents from the corpus?

Your corrections to them are kept and come back if the files are imported again.</source>
        <translation>
            <numerusform>%n file imported before no longer exists. Remove its document from the corpus?

Your corrections to it are kept and come back if the file is imported again.</numerusform>
            <numerusform>%n files imported before no longer exist. Remove their documents from the corpus?

Your corrections to them are kept and come back if the files are imported again.</numerusform>
        </translation>
    </message>
</context>
</TS>
