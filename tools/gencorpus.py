# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Realistic test-corpus generator for Littoral.

usage: python3 tools/gencorpus.py N DIR [--seed S]

Writes N letters, open letters and press releases about the Calais migrant crisis (2013-2021,
French and English) into DIR, plus DIR/truth.json: what a careful archivist extracts from each
file, in the format of tests/data/seeds.json (score it with score.py against an export).

Deterministic for a given seed: one random.Random(seed) drives everything, collections are
iterated in a fixed order, and nothing depends on time or hash randomisation. Standard library
only. Every person, association and collective is invented; offices, towns and the historical
events (Sangatte, the Jungle, the Touquet and Sandhurst treaties ...) are real.

Shapes: letterheads, address blocks, "Objet :" lines, salutations, closing formulas, signature
blocks (function above or below the name, "par délégation", co-signatures), cc lines, lists of
3-40 signatory organisations under category headings, press releases with and without the word
"communiqué", varied document-date forms (~5% month-only, ~2% year-only), dated events in the
body in absolute and relative forms, and date traps ("Published on", "Mis à jour le", "votre
courrier du", fax stamps). Files: ~85% UTF-8, ~5% UTF-8 with BOM, ~5% Windows-1252, ~3% UTF-16 LE
with BOM, ~2% ISO-8859-1; ~15% CRLF; ~5% light OCR noise of the kinds core/extract/textcleaner.h
undoes (a word hyphenated across a line break, fi/fl ligatures, a running header repeated on
every page after a form feed, page numbers).
"""
import argparse
import bisect
import datetime
import hashlib
import json
import os
import sys
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from random import Random

# --------------------------------------------------------------------------------------------
# Calendars
# --------------------------------------------------------------------------------------------
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_EN_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
                  "Nov.", "Dec."]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
YEAR_WEIGHTS = [(2013, 4), (2014, 8), (2015, 14), (2016, 18), (2017, 14), (2018, 10), (2019, 9),
                (2020, 11), (2021, 12)]
START = datetime.date(2013, 1, 1)
END = datetime.date(2021, 12, 31)


def ordinal_en(d):
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th') }"


def day_fr(d):
    return "1er" if d == 1 else str(d)


def cap(s):
    return s[:1].upper() + s[1:]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------------
# Name pools (invented people; common French, Flemish-Nord and British names)
# --------------------------------------------------------------------------------------------
FIRST_FR_M = """Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Christian Daniel Bernard
Éric Frédéric Laurent Stéphane Pascal Olivier Thierry Sébastien Julien David François Jacques Gérard
Didier Dominique Vincent Bruno Yves Thomas Guillaume Antoine Benoît Jérôme Hervé Franck Arnaud Cédric
Mathieu Romain Maxime Alexandre Hugo Lucas Clément Rémi Gaël Yann Loïc Mickaël Fabrice Gilles Serge
Régis Denis Marc Luc Paul Louis Henri Xavier Emmanuel Damien Florian Aurélien Anthony Jean-Pierre
Jean-Marc Jean-Luc Jean-François Jean-Claude Pierre-Yves Marc-Antoine José Karim Mehdi Rachid Samir
Mohamed Youssef Bertrand Grégoire Étienne Raphaël Joël René Roger Guy Jacky Ludovic Sylvain Tanguy""".split()
FIRST_FR_F = """Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Valérie Sandrine Sophie
Véronique Martine Anne Nicole Monique Stéphanie Céline Julie Aurélie Émilie Caroline Hélène Claire
Camille Laure Laurence Élodie Mélanie Pauline Charlotte Léa Manon Chloé Mathilde Lucie Juliette Agnès
Brigitte Chantal Dominique Florence Delphine Virginie Karine Corinne Pascale Béatrice Geneviève Odile
Danièle Josiane Maryse Noëlle Solène Margaux Clémence Anaïs Marion Audrey Justine Élise Gaëlle Maëlle
Marie-Claire Marie-Hélène Anne-Sophie Marie-Christine Anne-Laure Fatima Nadia Samia Leïla Yasmina
Sabrina Amandine Bérénice Coralie Estelle Fanny Ginette Irène Jeanne Lydie Mireille Perrine Roseline""".split()
SURNAMES_FR = """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont
Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel
Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez
Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean Pérez
Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard
Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe
Lacroix Dupuis Olivier Delattre Vandamme Dewaele Hennebelle Delannoy Vanhove Verhaeghe Deneuville
Lecomte Descamps Devos Vermeersch Delplanque Caudron Lheureux Wattez Dhalluin Bouchart Leprêtre Fasquel
Duhamel Hochart Cuvelier Lemaître Debril Leclercq Delcroix Dufossé Obert Malfait Facon Carpentier
Boulanger Duquesne Flament Haudiquet Leblond Sergeant Taffin Vasseur Wallet Bécuwe Coppin Decool
Deram Everaere Gosselin Hennequin Lagache Marquant Poulain Quenton Ryckebusch Saison Trouillet
Ait-Ahmed Benali Belkacem Haddad Mansouri Bensaïd Diallo Traoré Kouassi Ndiaye Le_Gall Le_Bihan
Le_Goff De_Smet Van_Acker Delahaye Lagrange Courtois Besnard Charpentier Chauvin Collet Hoarau
Jacquet Marechal Poirier Tessier Langlois Guillot Huet Masse Rey Barre Millet Perrot Hubert Riviere""".split()
SURNAMES_FR = [s.replace("_", " ") for s in SURNAMES_FR]
FIRST_EN_M = """James John Robert Michael William David Richard Thomas Christopher Daniel Matthew
Andrew Paul Mark Steven Peter Simon Jonathan Stephen Edward Oliver Harry George Jack Charlie Alfie
Henry Samuel Benjamin Joseph Liam Callum Ewan Rhys Owen Gareth Neil Graham Ian Colin Alastair Duncan
Rory Hamish Tom Ben Dan Nick Adam Patrick Sean Kevin Martin Philip Roger Timothy""".split()
FIRST_EN_F = """Mary Sarah Emma Charlotte Sophie Olivia Emily Jessica Hannah Lucy Amelia Grace
Chloe Rebecca Laura Rachel Claire Helen Catherine Elizabeth Victoria Joanna Alice Eleanor Harriet
Imogen Kirsty Fiona Morag Siobhan Bethan Carys Megan Niamh Abigail Naomi Ruth Judith Diane Susan
Margaret Jennifer Natalie Zoe Holly Phoebe Freya Isla Priya Aisha Yasmin""".split()
SURNAMES_EN = """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts
Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood
Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum
Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer
Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey
Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders
Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton
O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett
Gregory Lowe Fraser McDonald McKenzie MacLeod Sutherland Fairclough Whitaker Ashworth Pennington""".split()

# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------
TOWNS = [("Calais", "62100"), ("Boulogne-sur-Mer", "62200"), ("Dunkerque", "59140"),
         ("Grande-Synthe", "59760"), ("Coquelles", "62231"), ("Sangatte", "62231"), ("Marck", "62730"),
         ("Oye-Plage", "62215"), ("Gravelines", "59820"), ("Loon-Plage", "59279"), ("Téteghem", "59229"),
         ("Norrent-Fontes", "62120"), ("Steenvoorde", "59114"), ("Angres", "62143"), ("Arras", "62000"),
         ("Lille", "59000"), ("Saint-Omer", "62500"), ("Béthune", "62400"), ("Lens", "62300"),
         ("Wimereux", "62930"), ("Hazebrouck", "59190"), ("Cappelle-la-Grande", "59180"), ("Guînes", "62340"),
         ("Ardres", "62610"), ("Audruicq", "62370"), ("Wissant", "62179"), ("Étaples", "62630"),
         ("Berck", "62600"), ("Le Portel", "62480"), ("Outreau", "62230"), ("Bailleul", "59270"),
         ("Armentières", "59280"), ("Roubaix", "59100"), ("Tourcoing", "59200"), ("Valenciennes", "59300"),
         ("Douai", "59500"), ("Cambrai", "59400"), ("Fréthun", "62185"), ("Herzeele", "59470"),
         ("Saint-Pol-sur-Mer", "59430"), ("Coudekerque-Branche", "59210"), ("Bray-Dunes", "59123"),
         ("Calais", "62100"), ("Calais", "62100"), ("Dunkerque", "59140"), ("Lille", "59000")]
COAST_TOWNS = ["Calais", "Calais", "Calais", "Grande-Synthe", "Dunkerque", "Coquelles", "Sangatte",
               "Marck", "Loon-Plage", "Boulogne-sur-Mer", "Norrent-Fontes", "Steenvoorde", "Gravelines",
               "Wimereux", "Ouistreham", "Angres", "Téteghem"]
UK_TOWNS = ["London", "Dover", "Folkestone", "Canterbury", "Brighton", "Bristol", "Leeds", "Sheffield",
            "Manchester", "Birmingham", "Glasgow", "Edinburgh", "Cardiff", "Oxford", "Cambridge",
            "Norwich", "York", "Nottingham", "Liverpool", "Hastings", "Ashford", "Margate", "Deal"]
UK_POSTCODES = {"London": "N1 9GU", "Dover": "CT16 1JA", "Folkestone": "CT20 1SE", "Canterbury": "CT1 2HX",
                "Brighton": "BN1 1EA", "Bristol": "BS1 5TR", "Leeds": "LS1 4DT", "Sheffield": "S1 2BX",
                "Manchester": "M1 3BE", "Birmingham": "B5 4BU", "Glasgow": "G1 1DU", "Edinburgh": "EH1 1YZ",
                "Cardiff": "CF10 1EP", "Oxford": "OX1 1BX", "Cambridge": "CB1 1PT", "Norwich": "NR2 1TF",
                "York": "YO1 7HH", "Nottingham": "NG1 5FS", "Liverpool": "L1 8JQ", "Hastings": "TN34 1EA",
                "Ashford": "TN23 1PL", "Margate": "CT9 1XZ", "Deal": "CT14 6TR"}
STREETS = ["rue Jean Jaurès", "rue Victor Hugo", "boulevard de la République", "rue Gambetta",
           "rue du Port", "rue des Fontinettes", "rue Mollien", "rue de Moscou", "rue Lamartine",
           "rue Royale", "boulevard Pasteur", "avenue du Général de Gaulle", "quai de la Loire",
           "rue des Prairies", "rue de Verdun", "rue Ernest Renan", "rue du Temple", "rue Neuve",
           "place d'Armes", "boulevard Lafayette", "rue de la Paix", "rue Faidherbe", "rue Thiers",
           "rue des Jardins", "avenue Roger Salengro", "rue Paul Bert", "rue Anatole France",
           "rue du Moulin", "chemin des Dunes", "rue de l'Égalité", "rue Hoche", "quai du Commerce"]
UK_STREETS = ["High Street", "Church Road", "Station Road", "Victoria Street", "Mill Lane",
              "King Street", "Market Place", "London Road", "Park Road", "Castle Street"]
SITES_FR = ["rue des Verrotières", "la zone du Virval", "le bois Dubrulle", "la zone industrielle des Dunes",
            "la rue Mollien", "le bois du Puythouck", "la gare de Calais-Fréthun", "le site de la Linière",
            "le Fort-Nieulay", "la rocade portuaire", "l'ancienne usine Tioxide", "le quai de la Moselle",
            "le parc Richelieu", "le square Vauban", "la rue de Judée", "le chemin des Dunes",
            "la zone de l'Hoverport", "le bois de Loon-Plage", "le canal de Bourbourg", "la route de Gravelines",
            "la friche de la rue de Moscou", "le hangar du quai de la Loire", "le stade du Souvenir"]
SITES_EN = ["rue des Verrotières", "the Virval area", "the Dubrulle wood", "the Dunes industrial zone",
            "rue Mollien", "the Puythouck wood", "Calais-Fréthun station", "the Linière site",
            "Fort-Nieulay", "the port ring road", "the old Tioxide factory", "the Hoverport area",
            "the Loon-Plage woods", "the Bourbourg canal", "Parc Richelieu"]


# --------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------
class Person:
    __slots__ = ("first", "last", "female", "british")

    def __init__(self, first, last, female, british):
        self.first, self.last, self.female, self.british = first, last, female, british

    @property
    def name(self):
        return f"{self.first} {self.last}"


class Office:
    """A public office with successive holders (invented people) over 2013-2021."""
    __slots__ = ("key", "org_fr", "org_en", "title_fr", "title_en", "address", "town", "sal_fr",
                 "sal_en", "british", "holders", "letterhead")

    def __init__(self, key, org_fr, org_en, title_fr, title_en, address, town, sal_fr, sal_en,
                 british=False, letterhead=None):
        self.key, self.org_fr, self.org_en = key, org_fr, org_en
        self.title_fr, self.title_en = title_fr, title_en  # (masculine, feminine)
        self.address, self.town, self.sal_fr, self.sal_en = address, town, sal_fr, sal_en
        self.british = british
        self.letterhead = letterhead
        self.holders = []  # (start, end, Person)

    def holder(self, date):
        for start, end, p in self.holders:
            if start <= date < end:
                return p
        return self.holders[-1][2]

    def org(self, lang):
        return self.org_fr if lang == "fr" else self.org_en

    def title(self, lang, female):
        t = self.title_fr if lang == "fr" else self.title_en
        return t[1] if female else t[0]


class Org:
    __slots__ = ("name", "acronym", "town", "postcode", "street", "british", "members", "kind", "email")

    def __init__(self, name, acronym, town, postcode, street, british, kind):
        self.name, self.acronym, self.town, self.postcode = name, acronym, town, postcode
        self.street, self.british, self.kind = street, british, kind
        self.members = []  # (Person, role_fr (m, f), role_en)
        self.email = None


def office_table():
    O = Office
    offices = [
        O("pref62", "Préfecture du Pas-de-Calais", "Prefecture of the Pas-de-Calais",
          ("Préfet du Pas-de-Calais", "Préfète du Pas-de-Calais"), ("Prefect of the Pas-de-Calais",) * 2,
          ["Rue Ferdinand Buisson", "62020 ARRAS Cedex 9"], "Arras", ("Monsieur le Préfet", "Madame la Préfète"),
          ("Dear Prefect", "Dear Prefect"), letterhead="PRÉFET DU PAS-DE-CALAIS"),
        O("spcalais", "Sous-préfecture de Calais", "Sub-prefecture of Calais",
          ("Sous-préfet de Calais", "Sous-préfète de Calais"), ("Sub-prefect of Calais",) * 2,
          ["2, rue Richelieu", "62100 CALAIS"], "Calais", ("Monsieur le Sous-préfet", "Madame la Sous-préfète"),
          ("Dear Sub-prefect", "Dear Sub-prefect"), letterhead="SOUS-PRÉFECTURE DE CALAIS"),
        O("mininterieur", "Ministère de l'Intérieur", "Ministry of the Interior",
          ("Ministre de l'Intérieur", "Ministre de l'Intérieur"), ("Minister of the Interior",) * 2,
          ["Place Beauvau", "75800 PARIS Cedex 08"], "Paris", ("Monsieur le Ministre", "Madame la Ministre"),
          ("Dear Minister", "Dear Minister"), letterhead="MINISTÈRE DE L'INTÉRIEUR"),
        O("maire_calais", "Mairie de Calais", "Calais Town Hall", ("Maire de Calais", "Maire de Calais"),
          ("Mayor of Calais",) * 2, ["Place du Soldat Inconnu", "CS 30329", "62107 CALAIS Cedex"], "Calais",
          ("Monsieur le Maire", "Madame le Maire"), ("Dear Mayor", "Dear Mayor"), letterhead="VILLE DE CALAIS"),
        O("homesec", "Home Office", "Home Office", ("Ministre de l'Intérieur britannique",) * 2,
          ("Home Secretary", "Home Secretary"), ["2 Marsham Street", "London SW1P 4DF"], "London",
          ("Monsieur le Ministre", "Madame la Ministre"), ("Dear Home Secretary", "Dear Home Secretary"), True),
        O("pref59", "Préfecture du Nord", "Prefecture of the Nord", ("Préfet du Nord", "Préfète du Nord"),
          ("Prefect of the Nord",) * 2, ["12-14, rue Jean sans Peur", "59039 LILLE Cedex"], "Lille",
          ("Monsieur le Préfet", "Madame la Préfète"), ("Dear Prefect", "Dear Prefect"), letterhead="PRÉFET DU NORD"),
        O("maire_gs", "Mairie de Grande-Synthe", "Grande-Synthe Town Hall",
          ("Maire de Grande-Synthe", "Maire de Grande-Synthe"), ("Mayor of Grande-Synthe",) * 2,
          ["Place François Mitterrand", "59760 GRANDE-SYNTHE"], "Grande-Synthe",
          ("Monsieur le Maire", "Madame la Maire"), ("Dear Mayor", "Dear Mayor"), letterhead="VILLE DE GRANDE-SYNTHE"),
        O("ddd", "Défenseur des droits", "Defender of Rights", ("Défenseur des droits", "Défenseure des droits"),
          ("Defender of Rights",) * 2, ["TSA 90716", "75334 PARIS Cedex 07"], "Paris",
          ("Monsieur le Défenseur des droits", "Madame la Défenseure des droits"), ("Dear Defender of Rights",) * 2),
        O("president", "Présidence de la République", "Presidency of the Republic",
          ("Président de la République", "Présidente de la République"), ("President of the Republic",) * 2,
          ["Palais de l'Élysée", "55, rue du Faubourg Saint-Honoré", "75008 PARIS"], "Paris",
          ("Monsieur le Président de la République", "Madame la Présidente de la République"),
          ("Dear President", "Dear President")),
        O("pm", "Services du Premier ministre", "Office of the Prime Minister", ("Premier ministre", "Première ministre"),
          ("Prime Minister", "Prime Minister"), ["Hôtel de Matignon", "57, rue de Varenne", "75007 PARIS"], "Paris",
          ("Monsieur le Premier ministre", "Madame la Première ministre"), ("Dear Prime Minister",) * 2),
        O("spdunk", "Sous-préfecture de Dunkerque", "Sub-prefecture of Dunkirk",
          ("Sous-préfet de Dunkerque", "Sous-préfète de Dunkerque"), ("Sub-prefect of Dunkirk",) * 2,
          ["Rue de l'Amiral Ronarc'h", "59140 DUNKERQUE"], "Dunkerque",
          ("Monsieur le Sous-préfet", "Madame la Sous-préfète"), ("Dear Sub-prefect",) * 2,
          letterhead="SOUS-PRÉFECTURE DE DUNKERQUE"),
        O("immin", "Home Office", "Home Office", ("Ministre britannique de l'Immigration",) * 2,
          ("Minister for Immigration", "Minister for Immigration"), ["2 Marsham Street", "London SW1P 4DF"],
          "London", ("Monsieur le Ministre", "Madame la Ministre"), ("Dear Minister", "Dear Minister"), True),
        O("minlogement", "Ministère du Logement", "Ministry of Housing", ("Ministre du Logement", "Ministre du Logement"),
          ("Minister of Housing",) * 2, ["246, boulevard Saint-Germain", "75007 PARIS"], "Paris",
          ("Monsieur le Ministre", "Madame la Ministre"), ("Dear Minister", "Dear Minister"),
          letterhead="MINISTÈRE DU LOGEMENT"),
        O("cd62", "Conseil départemental du Pas-de-Calais", "Pas-de-Calais Departmental Council",
          ("Président du Conseil départemental du Pas-de-Calais", "Présidente du Conseil départemental du Pas-de-Calais"),
          ("President of the Pas-de-Calais Departmental Council",) * 2,
          ["Rue Ferdinand Buisson", "62018 ARRAS Cedex 9"], "Arras", ("Monsieur le Président", "Madame la Présidente"),
          ("Dear President", "Dear President"), letterhead="DÉPARTEMENT DU PAS-DE-CALAIS"),
        O("maire_dunk", "Mairie de Dunkerque", "Dunkirk Town Hall", ("Maire de Dunkerque", "Maire de Dunkerque"),
          ("Mayor of Dunkirk",) * 2, ["Place Charles Valentin", "59140 DUNKERQUE"], "Dunkerque",
          ("Monsieur le Maire", "Madame la Maire"), ("Dear Mayor", "Dear Mayor"), letterhead="VILLE DE DUNKERQUE"),
        O("ddcs", "Direction départementale de la cohésion sociale du Pas-de-Calais",
          "Departmental Directorate for Social Cohesion of the Pas-de-Calais",
          ("Directeur départemental de la cohésion sociale", "Directrice départementale de la cohésion sociale"),
          ("Director for Social Cohesion",) * 2, ["14, voie Bossuet", "62021 ARRAS Cedex"], "Arras",
          ("Monsieur le Directeur", "Madame la Directrice"), ("Dear Director", "Dear Director")),
        O("procureur", "Parquet de Boulogne-sur-Mer", "Public Prosecutor's Office of Boulogne-sur-Mer",
          ("Procureur de la République de Boulogne-sur-Mer", "Procureure de la République de Boulogne-sur-Mer"),
          ("Public Prosecutor of Boulogne-sur-Mer",) * 2, ["Palais de Justice", "Place de la Résistance",
                                                            "62200 BOULOGNE-SUR-MER"], "Boulogne-sur-Mer",
          ("Monsieur le Procureur de la République", "Madame la Procureure de la République"),
          ("Dear Prosecutor", "Dear Prosecutor")),
        O("ofii", "Office français de l'immigration et de l'intégration",
          "French Office for Immigration and Integration",
          ("Directeur territorial de l'OFII", "Directrice territoriale de l'OFII"),
          ("Regional Director of OFII",) * 2, ["2, rue de Tenremonde", "59000 LILLE"], "Lille",
          ("Monsieur le Directeur", "Madame la Directrice"), ("Dear Director", "Dear Director")),
        O("region", "Région Hauts-de-France", "Hauts-de-France Region",
          ("Président de la Région Hauts-de-France", "Présidente de la Région Hauts-de-France"),
          ("President of the Hauts-de-France Region",) * 2, ["151, avenue du Président Hoover", "59555 LILLE Cedex"],
          "Lille", ("Monsieur le Président", "Madame la Présidente"), ("Dear President", "Dear President")),
        O("maire_boulogne", "Mairie de Boulogne-sur-Mer", "Boulogne-sur-Mer Town Hall",
          ("Maire de Boulogne-sur-Mer", "Maire de Boulogne-sur-Mer"), ("Mayor of Boulogne-sur-Mer",) * 2,
          ["Place Godefroy de Bouillon", "62200 BOULOGNE-SUR-MER"], "Boulogne-sur-Mer",
          ("Monsieur le Maire", "Madame la Maire"), ("Dear Mayor", "Dear Mayor")),
        O("mp_dover", "House of Commons", "House of Commons", ("Député de Douvres",) * 2,
          ("Member of Parliament for Dover", "Member of Parliament for Dover"), ["House of Commons", "London SW1A 0AA"],
          "London", ("Monsieur le Député", "Madame la Députée"), ("Dear Member of Parliament",) * 2, True),
        O("ukpm", "Prime Minister's Office", "Prime Minister's Office", ("Premier ministre britannique",) * 2,
          ("Prime Minister", "Prime Minister"), ["10 Downing Street", "London SW1A 2AA"], "London",
          ("Monsieur le Premier ministre", "Madame la Première ministre"), ("Dear Prime Minister",) * 2, True),
        O("maire_norrent", "Mairie de Norrent-Fontes", "Norrent-Fontes Town Hall",
          ("Maire de Norrent-Fontes", "Maire de Norrent-Fontes"), ("Mayor of Norrent-Fontes",) * 2,
          ["Place de la Mairie", "62120 NORRENT-FONTES"], "Norrent-Fontes",
          ("Monsieur le Maire", "Madame la Maire"), ("Dear Mayor", "Dear Mayor")),
        O("eucomm", "Commission européenne", "European Commission",
          ("Commissaire européen à la migration", "Commissaire européenne à la migration"),
          ("European Commissioner for Migration",) * 2, ["Rue de la Loi 200", "1049 Bruxelles"], "Bruxelles",
          ("Monsieur le Commissaire", "Madame la Commissaire"), ("Dear Commissioner", "Dear Commissioner")),
    ]
    return offices


# Real national NGOs and parties: the most active organisations (members are invented).
REAL_ORGS = [
    ("La Cimade", None, "Paris"), ("Secours Catholique – Caritas France", None, "Paris"),
    ("Médecins du Monde", None, "Paris"), ("Médecins Sans Frontières", "MSF", "Paris"),
    ("L'Auberge des migrants", None, "Calais"), ("Utopia 56", None, "Calais"),
    ("Salam Nord/Pas-de-Calais", None, "Calais"), ("Ligue des droits de l'Homme", "LDH", "Paris"),
    ("Groupe d'information et de soutien des immigré.e.s", "GISTI", "Paris"),
    ("Amnesty International France", None, "Paris"), ("Emmaüs France", None, "Montreuil"),
    ("France terre d'asile", None, "Paris"), ("Terre d'Errance", None, "Norrent-Fontes"),
    ("Help Refugees", None, "London"), ("Care4Calais", None, "London"), ("Refugee Youth Service", None, "London"),
    ("Safe Passage", None, "London"), ("Refugee Rights Europe", None, "London"),
    ("Croix-Rouge française", None, "Paris"), ("Secours populaire français", None, "Paris"),
    ("ATD Quart Monde", None, "Paris"), ("CCFD-Terre Solidaire", None, "Paris"),
    ("Mouvement contre le racisme et pour l'amitié entre les peuples", "MRAP", "Paris"),
    ("Réseau Éducation sans frontières", "RESF", "Paris"), ("Migreurop", None, "Paris"),
    ("Fondation Abbé Pierre", None, "Paris"), ("Human Rights Watch", None, "London"),
    ("Le Réveil Voyageur", None, "Calais"), ("Refugee Info Bus", None, "Calais"),
    ("Calais Food Collective", None, "Calais"), ("Choose Love", None, "London"),
    ("Gynécologie Sans Frontières", "GSF", "Nantes"), ("Solidarity Border", None, "Calais"),
]
PARTIES = ["Europe Écologie Les Verts", "Parti communiste français", "Parti de Gauche", "La France insoumise",
           "Parti socialiste – Fédération du Pas-de-Calais", "Nouveau Parti anticapitaliste", "Génération.s",
           "Ensemble !"]
UNIONS = ["CGT Pas-de-Calais", "Solidaires Nord", "FSU 62", "Syndicat des avocats de France",
          "Syndicat de la magistrature", "CFDT Hauts-de-France", "SUD Santé Sociaux 59/62"]

ORG_HEADS_FR = ["Collectif", "Association", "Comité", "Réseau", "Fraternité", "Coordination", "Groupe",
                "Plateforme", "Amicale", "Maison", "Cercle", "Union", "Accueil", "Entraide"]
ORG_THEMES_FR = ["de soutien aux exilés", "Solidarité Migrants", "d'aide aux réfugiés", "Accueil et Partage",
                 "des Amis des migrants", "Terre d'Accueil", "Citoyens solidaires", "pour l'hospitalité",
                 "des Voisins solidaires", "Paroles d'exilés", "Droits et Dignité", "Humanité sans frontières",
                 "de défense des mineurs isolés", "Toit pour tous", "Repas solidaires", "Entraide Exilés",
                 "Passerelles", "Main tendue", "Chemins d'exil", "Solidarité Réfugiés", "d'hébergement citoyen",
                 "Écoute et Accueil", "des Jardins partagés", "Fraternité Littoral", "Bénévoles du Calaisis",
                 "Horizon Solidaire", "Femmes en exil", "Santé Exilés", "Dignité Migrants", "Vestiaire solidaire",
                 "Accès aux droits", "Un toit, un repas", "Sans-papiers unis", "de la Soupe populaire",
                 "Ouvrons nos portes", "Migrations et Partages", "Pont d'exil", "Cuisine solidaire"]
ORG_PLACES_FR = ["de {t}", "du Calaisis", "du Dunkerquois", "du Boulonnais", "de la Côte d'Opale", "des Flandres",
                 "du Littoral", "du Pas-de-Calais", "du Nord", "{t}", "({t})", "Hauts-de-France", "62", "59",
                 "du Ternois", "de l'Audomarois", "du Montreuillois"]
ORG_THEMES_EN = ["Refugee Action", "Refugee Aid", "Calais Solidarity", "Aid for Calais", "Refugee Support",
                 "Welcomes Refugees", "Convoy for Calais", "Kitchen for Calais", "Refugee Network",
                 "Friends of Refugees", "Stand Up for Refugees", "Refugee Legal Support", "Books for Calais",
                 "People to People", "Sanctuary Group", "Hope for Refugees", "Calais Link", "Open Borders Choir"]


def weighted_year(rng):
    total = sum(w for _, w in YEAR_WEIGHTS)
    x = rng.random() * total
    for y, w in YEAR_WEIGHTS:
        x -= w
        if x < 0:
            return y
    return YEAR_WEIGHTS[-1][0]


def zipf_cdf(n, s=1.05):
    acc, out = 0.0, []
    for r in range(n):
        acc += 1.0 / (r + 1) ** s
        out.append(acc)
    return out


def zipf_pick(rng, items, cdf):
    return items[bisect.bisect_left(cdf, rng.random() * cdf[-1])]


# --------------------------------------------------------------------------------------------
# World: people, offices, organisations
# --------------------------------------------------------------------------------------------
class World:
    def __init__(self, rng, n_docs):
        self.rng = rng
        self.used_names = set()
        self.offices = office_table()
        for o in self.offices:
            self._fill_holders(o)
        self.office_cdf = zipf_cdf(len(self.offices), 1.1)
        n_orgs = max(60, min(40000, n_docs // 4))
        n_indep = max(20, min(20000, n_docs // 10))
        self.orgs = []
        for name, acr, town in REAL_ORGS:
            british = town == "London"
            street = rng.choice(UK_STREETS if british else STREETS)
            self.orgs.append(Org(name, acr, town, UK_POSTCODES.get(town, self._postcode(town)),
                                 street, british, "ngo"))
        seen = {o.name for o in self.orgs}
        while len(self.orgs) < n_orgs:
            org = self._invent_org(seen)
            if org:
                self.orgs.append(org)
        for o in self.orgs:
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                p = self.new_person(o.british)
                o.members.append((p,) + self._assoc_role(rng, o.british))
            slug = strip_accents(o.name.lower())
            slug = "".join(c for c in slug if c.isalnum())[:18] or "contact"
            o.email = f"contact@{slug}.{'org.uk' if o.british else 'fr'}"
        self.org_cdf = zipf_cdf(len(self.orgs), 1.0)
        # Persons who write letters: association members (ordered by their organisation's rank)
        # interleaved with independents (lawyers, doctors, elected members, residents).
        self.actors = []
        indep = [self._independent() for _ in range(n_indep)]
        k = 0
        for i, o in enumerate(self.orgs):
            for m in o.members:
                self.actors.append((m[0], o, m[1], m[2]))
            if i % 3 == 2 and k < len(indep):
                self.actors.append(indep[k])
                k += 1
        self.actors.extend(indep[k:])
        self.actor_cdf = zipf_cdf(len(self.actors), 1.0)

    def _postcode(self, town):
        for t, pc in TOWNS:
            if t == town:
                return pc
        return {"Paris": "75010", "Montreuil": "93100", "Nantes": "44000", "Ouistreham": "14150"}.get(town, "62100")

    def new_person(self, british, female=None):
        rng = self.rng
        while True:
            fem = rng.random() < 0.5 if female is None else female
            if british:
                first = rng.choice(FIRST_EN_F if fem else FIRST_EN_M)
                last = rng.choice(SURNAMES_EN)
            else:
                first = rng.choice(FIRST_FR_F if fem else FIRST_FR_M)
                last = rng.choice(SURNAMES_FR)
                if rng.random() < 0.04:
                    last = f"{last}-{rng.choice(SURNAMES_FR)}"
            if first == last:
                continue
            name = f"{first} {last}"
            if name not in self.used_names or len(self.used_names) > 400000:
                self.used_names.add(name)
                return Person(first, last, fem, british)

    def _fill_holders(self, office):
        rng = self.rng
        d = datetime.date(2012, 1, 1)
        mayor = office.key.startswith("maire_")
        while d <= END:
            if mayor:
                # Municipal elections: March 2014 and June 2020.
                if d < datetime.date(2014, 3, 30):
                    end = datetime.date(2014, 3, 30)
                elif d < datetime.date(2020, 6, 28):
                    end = datetime.date(2020, 6, 28)
                else:
                    end = datetime.date(2026, 3, 22)
            else:
                end = d + datetime.timedelta(days=rng.randint(400, 1500))
            p = self.new_person(office.british)
            office.holders.append((d, end, p))
            d = end

    def _invent_org(self, seen):
        rng = self.rng
        if rng.random() < 0.14:
            town = rng.choice(UK_TOWNS)
            name = f"{town} {rng.choice(ORG_THEMES_EN)}"
            org = Org(name, None, town, UK_POSTCODES[town], rng.choice(UK_STREETS), True, "assoc")
        else:
            town, pc = rng.choice(TOWNS)
            head = rng.choice(ORG_HEADS_FR)
            theme = rng.choice(ORG_THEMES_FR)
            place = rng.choice(ORG_PLACES_FR).format(t=town)
            if theme.startswith(("de ", "d'", "des ", "du ", "pour ")):
                name = f"{head} {theme} {place}"
            else:
                name = f"{head} {theme} {place}" if rng.random() < 0.5 else f"{theme} {place}"
            name = name.replace(" de A", " d'A").replace(" de É", " d'É").replace(" de Au", " d'Au")
            acr = None
            if rng.random() < 0.15:
                acr = "".join(w[0] for w in strip_accents(name).replace("'", " ").split()
                              if w[0].isalpha() and w.lower() not in ("de", "du", "des", "la", "le", "d", "l", "et", "aux", "pour"))
                acr = acr.upper()[:6]
                if len(acr) < 3:
                    acr = None
            org = Org(name, acr, town, pc, rng.choice(STREETS), False, "assoc")
        if org.name in seen:
            return None
        seen.add(org.name)
        return org

    @staticmethod
    def _assoc_role(rng, british):
        roles = [(("Président", "Présidente"), "Chair"), (("Président", "Présidente"), "Chair"),
                 (("Coordinateur", "Coordinatrice"), "Coordinator"),
                 (("Secrétaire", "Secrétaire"), "Secretary"), (("Trésorier", "Trésorière"), "Treasurer"),
                 (("Chargé de mission", "Chargée de mission"), "Project officer"),
                 (("Porte-parole", "Porte-parole"), "Spokesperson"),
                 (("Directeur", "Directrice"), "Director"), (("Juriste", "Juriste"), "Legal officer"),
                 (("Coordinateur des bénévoles", "Coordinatrice des bénévoles"), "Volunteer coordinator")]
        if british:
            roles += [(("Fondateur", "Fondatrice"), "Founder"), (("Administrateur", "Administratrice"), "Trustee")]
        return rng.choice(roles)

    def _independent(self):
        rng = self.rng
        kind = rng.randrange(6)
        p = self.new_person(kind == 5 and rng.random() < 0.6)
        if kind == 0:
            town = rng.choice(["Boulogne-sur-Mer", "Lille", "Dunkerque", "Saint-Omer", "Paris"])
            org = Org(f"Barreau de {town}", None, town, self._postcode(town), rng.choice(STREETS), False, "bar")
            return (p, org, ("Avocat au barreau de " + town, "Avocate au barreau de " + town), "Lawyer")
        if kind == 1:
            return (p, None, ("Médecin généraliste", "Médecin généraliste"), "General practitioner")
        if kind == 2:
            dept = rng.choice(["du Pas-de-Calais", "du Nord"])
            org = Org("Assemblée nationale", None, "Paris", "75007", "126, rue de l'Université", False, "parl")
            return (p, org, ("Député " + dept, "Députée " + dept), "Member of the National Assembly")
        if kind == 3:
            town = rng.choice(COAST_TOWNS[:12])
            org = Org(f"Conseil municipal de {town}", None, town, self._postcode(town), "Hôtel de Ville", False, "council")
            return (p, org, (f"Conseiller municipal de {town}", f"Conseillère municipale de {town}"), "Town councillor")
        if kind == 4:
            return (p, None, ("Riverain", "Riveraine"), "Local resident")
        org = Org("Parlement européen", None, "Bruxelles", "1047", "Rue Wiertz 60", False, "parl")
        return (p, org, ("Député européen", "Députée européenne"), "Member of the European Parliament")

    def pick_actor(self):
        return zipf_pick(self.rng, self.actors, self.actor_cdf)

    def pick_office(self, keys=None):
        if keys:
            return self.office_by_key(self.rng.choice(keys))
        return zipf_pick(self.rng, self.offices, self.office_cdf)

    def office_by_key(self, key):
        for o in self.offices:
            if o.key == key:
                return o
        raise KeyError(key)

    def pick_orgs(self, k, prefer_british=False):
        rng, out, names = self.rng, [], set()
        tries = 0
        while len(out) < k and tries < k * 20:
            tries += 1
            o = zipf_pick(rng, self.orgs, self.org_cdf)
            if o.name in names or (prefer_british and not o.british and rng.random() < 0.5):
                continue
            names.add(o.name)
            out.append(o)
        return out


# --------------------------------------------------------------------------------------------
# Written forms of names (variants) -- the truth keeps "First Last"
# --------------------------------------------------------------------------------------------
def civ(p, lang, long=False):
    if lang == "fr":
        if long:
            return "Madame" if p.female else "Monsieur"
        return "Mme" if p.female else "M."
    return ("Ms" if p.female else "Mr")


def written_name(rng, p, lang, style=None):
    r = rng.random() if style is None else style
    first, last = p.first, p.last
    if rng.random() < 0.08:
        first, last = strip_accents(first), strip_accents(last)
    if r < 0.35:
        return f"{first} {last}"
    if r < 0.65:
        return f"{first} {last.upper()}"
    if r < 0.80:
        return f"{civ(p, lang)} {first} {last}"
    if r < 0.90:
        return f"{civ(p, lang)} {first} {last.upper()}"
    if r < 0.95:
        return f"{civ(p, lang, True) if lang == 'fr' else civ(p, lang)} {first} {last.upper()}"
    if lang == "fr" and not p.british:
        return f"{last.upper()} {first}"
    return f"Dr {first} {last}"


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------
def fr_date(d, weekday=False):
    s = f"{day_fr(d.day)} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{WEEKDAYS_FR[d.weekday()]} {s}" if weekday else s


def en_date(d, style=0):
    if style == 0:
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == 1:
        return f"{ordinal_en(d.day)} of {MONTHS_EN[d.month - 1]} {d.year}"
    if style == 2:
        return f"{MONTHS_EN[d.month - 1]} {ordinal_en(d.day)}, {d.year}"
    if style == 3:
        return f"{MONTHS_EN_ABBR[d.month - 1]} {d.day}, {d.year}"
    if style == 4:
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    return f"{WEEKDAYS_EN[d.weekday()]} {d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def doc_date_line(rng, d, lang, place, precision):
    """Returns (line, evidence, edtf, place_in_line)."""
    if precision == "year":
        place = place or ("Calais" if lang == "fr" else rng.choice(("Calais", "London")))
        s = f"{place}, {d.year}"
        return s, s, str(d.year), place
    if precision == "month":
        m = MONTHS_FR[d.month - 1] if lang == "fr" else MONTHS_EN[d.month - 1]
        edtf = f"{d.year}-{d.month:02d}"
        if place and rng.random() < 0.6:
            s = f"{place}, {m} {d.year}"
            return s, s, edtf, place
        s = f"{cap(m)} {d.year}"
        return s, s, edtf, None
    edtf = d.isoformat()
    r = rng.random()
    if lang == "fr":
        if place and r < 0.40:
            s = f"{place}, le {fr_date(d)}" if rng.random() < 0.8 else f"{place}, le {d.day:02d}/{d.month:02d}/{d.year}"
            return s, s, edtf, place
        if r < 0.55:
            s = f"Le {fr_date(d)}"
        elif r < 0.65:
            s = cap(fr_date(d, weekday=True))
        elif r < 0.75:
            s = f"{d.day:02d}/{d.month:02d}/{d.year}"
        elif r < 0.82:
            s = f"{d.day:02d}.{d.month:02d}.{d.year}"
        elif r < 0.88:
            s = d.isoformat()
        else:
            s = fr_date(d)
        return s, s, edtf, None
    style = rng.choice((0, 0, 1, 2, 3, 4, 5))
    if place and r < 0.35:
        s = f"{place}, {en_date(d, style)}"
        return s, s, edtf, place
    if r < 0.45:
        s = f"{d.day:02d}/{d.month:02d}/{d.year}"
    elif r < 0.52:
        s = d.isoformat()
    else:
        s = en_date(d, style)
    return s, s, edtf, None


def random_date(rng):
    y = weighted_year(rng)
    start = datetime.date(y, 1, 1)
    return start + datetime.timedelta(days=rng.randrange(365))


def season_of(month):
    # meteorological seasons: winter spans two years, so it is never used for year truth
    return {3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer", 8: "summer",
            9: "autumn", 10: "autumn", 11: "autumn"}.get(month)


SEASON_FR = {"spring": ("au printemps", "le printemps"), "summer": ("à l'été", "l'été"),
             "autumn": ("à l'automne", "l'automne")}


def event_date_phrase(rng, ev, prec, doc, lang, ongoing):
    """A date expression for an earlier event and the truth EDTF it supports.

    ev: datetime.date of the event; prec: finest precision the event is known to ("day", "month",
    "year"); doc: document date. Returns (phrase, edtf)."""
    forms = []
    same_year = ev.year == doc.year
    season = season_of(ev.month)
    if ongoing:
        if prec == "day":
            forms += ["since_day"]
        if prec in ("day", "month"):
            forms += ["since_month_year"]
            if same_year and ev.month < doc.month:
                forms += ["since_month", "since_month"]
        if season and prec in ("day", "month", "year-season"):
            forms += ["since_season_year"]
        forms += ["since_year"] if prec == "year" else []
    else:
        if prec == "day":
            forms += ["day", "day", "day_slash", "day_weekday"]
            if same_year and ev < doc:
                forms += ["day_noyear", "day_noyear"]
        if prec in ("day", "month"):
            forms += ["month_year", "month_year"]
            if (doc.year * 12 + doc.month) - (ev.year * 12 + ev.month) in range(1, 11):
                forms += ["month_dernier"]
            if (doc.year * 12 + doc.month) - (ev.year * 12 + ev.month) == 1:
                forms += ["last_month"]
        if season and prec in ("day", "month", "year-season"):
            forms += ["season_year"]
            # "l'automne dernier" = the latest full season before the document
            if ev.year == doc.year - 1 and season == "autumn" and doc.month <= 8:
                forms += ["season_dernier"]
            if same_year and season == "summer" and doc.month >= 10:
                forms += ["season_dernier"]
            if same_year and season == "spring" and doc.month >= 7:
                forms += ["season_dernier"]
        if prec == "year" or ev.year <= doc.year - 2:
            forms += ["year"]
        if ev.year == doc.year - 1:
            forms += ["last_year"]
    if not forms:
        forms = ["year"]
    f = rng.choice(forms)
    y, m, dd = ev.year, ev.month, ev.day
    if lang == "fr":
        mo = MONTHS_FR[m - 1]
        table = {
            "day": (f"le {day_fr(dd)} {mo} {y}", ev.isoformat()),
            "day_slash": (f"le {dd:02d}/{m:02d}/{y}", ev.isoformat()),
            "day_weekday": (f"le {WEEKDAYS_FR[ev.weekday()]} {day_fr(dd)} {mo} {y}", ev.isoformat()),
            "day_noyear": (f"le {day_fr(dd)} {mo}", ev.isoformat()),
            "month_year": (f"en {mo} {y}", f"{y}-{m:02d}"),
            "month_dernier": (f"en {mo} dernier", f"{y}-{m:02d}"),
            "last_month": ("le mois dernier", f"{y}-{m:02d}"),
            "season_year": (f"{SEASON_FR[season][0]} {y}" if season else str(y), str(y)),
            "season_dernier": (f"{SEASON_FR[season][1]} dernier" if season else str(y), str(y)),
            "year": (f"en {y}", str(y)),
            "last_year": ("l'année dernière", str(y)),
            "since_day": (f"depuis le {day_fr(dd)} {mo} {y}", ev.isoformat()),
            "since_month_year": (f"depuis {mo} {y}", f"{y}-{m:02d}"),
            "since_month": (f"depuis le mois de {mo}", f"{y}-{m:02d}"),
            "since_season_year": (f"depuis {SEASON_FR[season][1]} {y}" if season else f"depuis {y}", str(y)),
            "since_year": (f"depuis {y}", str(y)),
        }
    else:
        mo = MONTHS_EN[m - 1]
        table = {
            "day": (f"on {dd} {mo} {y}", ev.isoformat()),
            "day_slash": (f"on the {ordinal_en(dd)} of {mo} {y}", ev.isoformat()),
            "day_weekday": (f"on {mo} {dd}, {y}", ev.isoformat()),
            "day_noyear": (f"on {dd} {mo}", ev.isoformat()),
            "month_year": (f"in {mo} {y}", f"{y}-{m:02d}"),
            "month_dernier": (f"last {mo}", f"{y}-{m:02d}"),
            "last_month": ("last month", f"{y}-{m:02d}"),
            "season_year": (f"in the {season} of {y}" if season else f"in {y}", str(y)),
            "season_dernier": (f"last {season}" if season else f"in {y}", str(y)),
            "year": (f"in {y}", str(y)),
            "last_year": ("last year", str(y)),
            "since_day": (f"since {dd} {mo} {y}", ev.isoformat()),
            "since_month_year": (f"since {mo} {y}", f"{y}-{m:02d}"),
            "since_month": (f"since {mo}", f"{y}-{m:02d}"),
            "since_season_year": (f"since the {season} of {y}" if season else f"since {y}", str(y)),
            "since_year": (f"since {y}", str(y)),
        }
    return table[f]


# --------------------------------------------------------------------------------------------
# Events mentioned in bodies
# --------------------------------------------------------------------------------------------
# (date, precision, ongoing, label_fr, label_en, clause_fr, clause_en)
REAL_EVENTS = [
    (datetime.date(2002, 12, 14), "month", False, "Fermeture du centre de Sangatte", "Closure of the Sangatte centre",
     "le centre de la Croix-Rouge de Sangatte a été fermé", "the Red Cross centre at Sangatte was closed"),
    (datetime.date(2003, 2, 4), "day", False, "Signature du traité du Touquet", "Signing of the Le Touquet treaty",
     "la France et le Royaume-Uni ont signé le traité du Touquet", "France and the United Kingdom signed the Le Touquet treaty"),
    (datetime.date(2009, 9, 22), "day", False, "Évacuation de la « jungle » des Pachtounes",
     "Clearance of the Pashtun 'jungle'", "la « jungle » des Pachtounes a été évacuée",
     "the Pashtun 'jungle' was cleared by the police"),
    (datetime.date(2012, 5, 6), "month", False, "Élection présidentielle", "Presidential election",
     "l'élection présidentielle a promis un changement de politique", "the presidential election promised a change of policy"),
    (datetime.date(2013, 6, 26), "month", False, "Adoption du règlement Dublin III", "Adoption of the Dublin III regulation",
     "le règlement Dublin III a été adopté", "the Dublin III regulation was adopted"),
    (datetime.date(2015, 6, 15), "year", False, "Ouverture du centre Jules Ferry", "Opening of the Jules Ferry centre",
     "le centre d'accueil de jour Jules Ferry a ouvert ses portes", "the Jules Ferry day centre opened"),
    (datetime.date(2015, 10, 6), "month", False, "Rapport du Défenseur des droits sur Calais",
     "Report of the Defender of Rights on Calais", "le Défenseur des droits a publié son rapport sur les exilés de Calais",
     "the Defender of Rights published its report on the exiles in Calais"),
    (datetime.date(2016, 1, 11), "month", False, "Ouverture du centre d'accueil provisoire (CAP)",
     "Opening of the temporary reception centre (CAP)", "le centre d'accueil provisoire en conteneurs a ouvert",
     "the container camp (CAP) opened"),
    (datetime.date(2016, 2, 29), "day", False, "Évacuation de la zone sud de la Jungle",
     "Eviction of the southern part of the Jungle", "l'évacuation de la zone sud de la Jungle a commencé",
     "the eviction of the southern part of the Jungle began"),
    (datetime.date(2016, 6, 23), "day", False, "Référendum sur le Brexit", "Brexit referendum",
     "les Britanniques ont voté pour la sortie de l'Union européenne", "the British voted to leave the European Union"),
    (datetime.date(2016, 10, 24), "day", False, "Démantèlement de la Jungle de Calais", "Dismantling of the Calais Jungle",
     "le démantèlement de la Jungle a commencé", "the dismantling of the Jungle began"),
    (datetime.date(2017, 4, 10), "month", False, "Incendie du camp de la Linière", "Fire at the Linière camp",
     "le camp de la Linière à Grande-Synthe a été détruit par un incendie",
     "the Linière camp at Grande-Synthe was destroyed by fire"),
    (datetime.date(2017, 7, 31), "day", False, "Décision du Conseil d'État sur les points d'eau",
     "Council of State ruling on water points", "le Conseil d'État a enjoint à l'État d'installer des points d'eau",
     "the Council of State ordered the authorities to provide water points"),
    (datetime.date(2018, 1, 18), "day", False, "Signature du traité de Sandhurst", "Signing of the Sandhurst treaty",
     "le traité de Sandhurst a été signé", "the Sandhurst treaty was signed"),
    (datetime.date(2020, 3, 17), "day", False, "Début du confinement", "Start of the lockdown",
     "le confinement a été décrété", "the lockdown began"),
    (datetime.date(2018, 11, 15), "year", True, "Multiplication des traversées en small boats",
     "Rise of small-boat crossings", "les traversées de la Manche en small boats se multiplient",
     "small-boat crossings of the Channel have multiplied"),
    (datetime.date(2021, 11, 24), "day", False, "Naufrage meurtrier dans la Manche", "Deadly shipwreck in the Channel",
     "vingt-sept personnes sont mortes dans le naufrage de leur embarcation au large de Calais",
     "twenty-seven people drowned when their dinghy sank off Calais"),
]

# (ongoing, label_fr, label_en, clause_fr, clause_en, max_age_days)
SYNTH_EVENTS = [
    (False, "Évacuation du campement de {site}", "Eviction of the camp at {site_en}",
     "les forces de l'ordre ont procédé à l'évacuation du campement de {site}",
     "the police evicted the camp at {site_en}", 700),
    (False, "Réunion en sous-préfecture de {town}", "Meeting at the sub-prefecture of {town}",
     "une réunion s'est tenue en sous-préfecture de {town} avec les associations",
     "a meeting was held at the sub-prefecture of {town} with the associations", 400),
    (False, "Arrêté municipal interdisant les distributions de repas", "Municipal order banning food distributions",
     "un arrêté municipal a interdit les distributions de repas dans le centre-ville",
     "a municipal order banned food distributions in the town centre", 500),
    (False, "Décès d'un jeune exilé sur la rocade portuaire", "Death of a young exile on the port ring road",
     "un jeune exilé est mort, percuté par un poids lourd sur la rocade portuaire",
     "a young exile was killed by a lorry on the port ring road", 300),
    (False, "Ouverture du centre d'accueil de {town}", "Opening of the reception centre at {town}",
     "le centre d'accueil de {town} a ouvert ses portes", "the reception centre at {town} opened", 900),
    (False, "Transfert Dublin d'une famille vers l'Italie", "Dublin transfer of a family to Italy",
     "une famille hébergée à {town} a été transférée vers l'Italie en application du règlement Dublin",
     "a family sheltered in {town} was transferred to Italy under the Dublin regulation", 300),
    (False, "Visite du ministre de l'Intérieur à Calais", "Visit of the Minister of the Interior to Calais",
     "le ministre de l'Intérieur s'est rendu à Calais", "the Minister of the Interior visited Calais", 600),
    (False, "Déclenchement du plan Grand Froid", "Activation of the cold-weather plan",
     "le plan Grand Froid a été déclenché", "the cold-weather emergency plan was activated", 400),
    (False, "Ordonnance du tribunal administratif de Lille", "Order of the Lille administrative court",
     "le tribunal administratif de Lille a ordonné la mise en place de douches et de points d'eau",
     "the Lille administrative court ordered showers and water points to be provided", 700),
    (False, "Manifestation de soutien aux exilés à {town}", "Demonstration in support of exiles in {town}",
     "plusieurs centaines de personnes ont manifesté à {town} en soutien aux exilés",
     "several hundred people marched in {town} in support of the exiles", 500),
    (False, "Notre précédent courrier", "Our previous letter",
     "nous vous avions adressé un premier courrier resté sans réponse",
     "we wrote to you a first time without receiving any reply", 300),
    (False, "Opération de mise à l'abri à {town}", "Shelter operation in {town}",
     "une opération de mise à l'abri a conduit {n} personnes vers des centres d'accueil et d'orientation",
     "a shelter operation took {n} people to reception and orientation centres (CAOs)", 400),
    (True, "Déploiement de compagnies de CRS supplémentaires", "Deployment of additional riot police units",
     "{n} policiers et gendarmes supplémentaires sont déployés sur le littoral",
     "{n} additional police officers and gendarmes have been deployed on the coast", 400),
    (True, "Interdiction des distributions de repas", "Ban on food distributions",
     "les distributions de repas sont interdites dans le centre de {town}",
     "food distributions have been banned in the centre of {town}", 400),
    (True, "Fermeture du point d'eau de {site}", "Closure of the water point at {site_en}",
     "le point d'eau de {site} est fermé", "the water point at {site_en} has been closed", 300),
    (True, "Accueil de mineurs isolés au centre de {town}", "Reception of unaccompanied minors at {town}",
     "le centre de {town} accueille des mineurs non accompagnés",
     "the centre in {town} has been taking in unaccompanied minors", 500),
]


def choose_events(rng, doc, lang, k):
    """k (label, clause_with_date, edtf) tuples for events before the document date."""
    out = []
    for _ in range(k):
        if rng.random() < 0.35:
            cands = [e for e in REAL_EVENTS if e[0] < doc - datetime.timedelta(days=20)]
            if not cands:
                continue
            ev, prec, ongoing, lfr, len_, cfr, cen = rng.choice(cands)
            if ongoing and prec == "year" and ev.year >= doc.year:
                continue
        else:
            ongoing, lfr, len_, cfr, cen, age = rng.choice(SYNTH_EVENTS)
            ev = doc - datetime.timedelta(days=rng.randint(5, age))
            if ev < datetime.date(2012, 6, 1):
                continue
            prec = "day"
            site_i = rng.randrange(len(SITES_EN))
            slots = {"site": SITES_FR[site_i], "site_en": SITES_EN[site_i], "town": rng.choice(COAST_TOWNS),
                     "n": rng.choice((40, 80, 120, 150, 200, 250, 300, 450, 600, 1200))}
            lfr, len_, cfr, cen = (x.format(**slots) for x in (lfr, len_, cfr, cen))
            lfr = lfr.replace("de la ", "de la ").replace("du campement de le ", "du campement du ")
            lfr = lfr.replace(" de le ", " du ").replace(" de l'", " de l'")
            cfr = cfr.replace(" de le ", " du ")
        if any(o[0] == (lfr if lang == "fr" else len_) for o in out):
            continue
        phrase, edtf = event_date_phrase(rng, ev, prec, doc, lang, ongoing)
        clause = cfr if lang == "fr" else cen
        if ongoing and lang == "en":
            clause = clause.replace(" are ", " have been ").replace(" is ", " has been ")
        if rng.random() < 0.6:
            sent = f"{cap(phrase)}, {clause}."
        else:
            sent = f"{cap(clause)} {phrase}."
        out.append((lfr if lang == "fr" else len_, sent, edtf))
    return out


# --------------------------------------------------------------------------------------------
# Body text
# --------------------------------------------------------------------------------------------
BODY_FR = [
    "La situation des personnes exilées présentes sur le littoral ne cesse de se dégrader, faute de solution d'hébergement digne.",
    "Plusieurs centaines de personnes, dont de nombreux mineurs non accompagnés, dorment chaque nuit sans abri aux abords de {town}.",
    "Les évacuations répétées des lieux de vie, souvent au petit matin, privent les personnes de leurs tentes, de leurs sacs de couchage et de leurs effets personnels.",
    "A|Nos bénévoles constatent quotidiennement l'épuisement physique et psychique des personnes que nous rencontrons lors des distributions.",
    "Les distributions de repas assurées par les associations restent la seule source d'alimentation pour près de {n} personnes.",
    "L'accès à l'eau potable, aux douches et aux sanitaires demeure très insuffisant au regard des besoins constatés sur le terrain.",
    "Les mineurs isolés étrangers relèvent de la protection de l'enfance et doivent se voir proposer une mise à l'abri immédiate.",
    "Les traversées de la Manche à bord d'embarcations de fortune mettent en danger la vie de familles entières.",
    "A|Nous avons recensé {n} interventions des forces de l'ordre sur les lieux de vie au cours des dernières semaines.",
    "Les centres d'accueil et d'orientation (CAO) ont permis à de nombreuses personnes de quitter le Calaisis et d'entamer une demande d'asile.",
    "La procédure Dublin conduit à renvoyer vers l'Italie ou l'Allemagne des personnes qui n'y ont aucune attache.",
    "Les services de l'État poursuivent les opérations de mise à l'abri vers des structures adaptées dans toute la région.",
    "La fermeture du centre de Sangatte n'a pas mis fin à la présence des exilés sur le littoral, bien au contraire.",
    "Le démantèlement de la Jungle n'a pas réglé durablement la question de l'accueil des personnes en transit.",
    "Les riverains de {site} nous font part de leur inquiétude et de leur lassitude face à la situation.",
    "O|La préfecture rappelle que toute installation illicite sur le domaine public fera l'objet d'une évacuation.",
    "A|Les associations humanitaires demandent l'ouverture d'un lieu d'accueil de jour à {town}, accessible à toutes et à tous.",
    "Les équipes médicales relèvent de nombreuses pathologies liées aux conditions de vie : gale, infections respiratoires, blessures aux pieds.",
    "Il est indispensable que les personnes puissent être informées de leurs droits, notamment en matière d'asile, dans une langue qu'elles comprennent.",
    "Les gendarmes mobiles et les compagnies républicaines de sécurité sont présents en nombre autour de la zone portuaire.",
    "Le recours systématique aux gaz lacrymogènes lors des opérations de police a été documenté par plusieurs observateurs.",
    "A|Nous sollicitons un rendez-vous afin d'évoquer ces difficultés et de rechercher ensemble des réponses concrètes.",
    "A|Les effectifs de bénévoles s'essoufflent et les dons ne suffisent plus à couvrir les besoins en couvertures et en vêtements chauds.",
    "O|La ville a consenti des efforts considérables pour accompagner les associations, mais elle ne peut porter seule cette charge.",
    "O|Les commerçants du centre-ville déplorent une baisse de fréquentation qu'ils attribuent à la situation migratoire.",
    "Un dispositif d'hébergement d'urgence de {n} places a été ouvert pour la période hivernale.",
    "Les demandes d'asile enregistrées au guichet unique de Lille ont fortement augmenté.",
    "A|Nous rappelons que la protection des mineurs est une obligation qui s'impose à toutes les autorités, sans condition.",
    "Les passeurs profitent de la détresse des personnes et exigent des sommes considérables pour chaque tentative de passage.",
    "La coopération franco-britannique s'est traduite par le financement de nouvelles clôtures autour du port et du tunnel.",
    "De nombreuses familles avec de jeunes enfants ont trouvé refuge dans le bois, dans des conditions sanitaires déplorables.",
    "Le Défenseur des droits a rappelé à plusieurs reprises que les droits fondamentaux des exilés devaient être respectés.",
    "Les maraudes de nuit permettent de repérer les personnes les plus vulnérables et de les orienter vers les dispositifs existants.",
    "Le centre de rétention administrative de Coquelles est régulièrement saturé.",
    "A|Nous ne pouvons accepter que des personnes soient privées de sommeil par des passages répétés des forces de l'ordre.",
    "Le tribunal administratif a déjà eu l'occasion de rappeler l'État à ses obligations en matière de conditions d'accueil.",
    "La coordination entre les services de l'État, les collectivités et les associations doit être renforcée.",
    "Les bénévoles de {org} interviennent chaque jour à {town} pour distribuer des repas chauds et du thé.",
    "O|Il convient de distinguer les personnes en transit de celles qui souhaitent déposer une demande d'asile en France.",
    "O|Nous tenons à souligner l'engagement des agents de terrain, dont le travail mérite d'être salué.",
    "Les personnes évacuées se réinstallent quelques jours plus tard, à quelques centaines de mètres, dans des conditions encore plus précaires.",
    "L'ouverture de places supplémentaires en centre d'accueil et d'examen des situations (CAES) constitue une première réponse.",
    "Les arrêtés successifs pris par la municipalité ont rendu plus difficile l'action des associations.",
    "A|Les exilés que nous accompagnons viennent principalement d'Érythrée, du Soudan, d'Afghanistan et d'Irak.",
    "La présence de {n} personnes sur le site de {site} appelle une réponse rapide et coordonnée.",
    "O|Les services de l'État demeurent pleinement mobilisés pour apporter une réponse humaine et ferme à cette situation.",
    "O|Je ne puis donner une suite favorable à votre demande, qui relève de la compétence de l'État.",
    "O|Mes services étudieront avec attention chacune des situations individuelles que vous voudrez bien leur signaler.",
    "O|Un arrêté préfectoral encadre désormais les conditions d'occupation des terrains concernés.",
    "O|J'ai demandé au directeur départemental de la sécurité publique de veiller au strict respect des règles déontologiques.",
    "O|Les maraudes de l'État, assurées par l'association gestionnaire, proposent chaque jour des solutions d'hébergement.",
    "O|Je vous confirme que l'État financera l'ouverture de {n} places supplémentaires dans le département.",
    "O|La sécurité des habitants comme la dignité des personnes migrantes demeurent mes priorités.",
    "O|Je sais pouvoir compter sur votre engagement et celui des bénévoles de votre association.",
]
BODY_EN = [
    "The situation of the exiles living on the coast keeps deteriorating, for lack of any decent shelter.",
    "Several hundred people, many of them unaccompanied minors, sleep rough every night around {town}.",
    "Repeated evictions, often at dawn, deprive people of their tents, sleeping bags and personal belongings.",
    "A|Our volunteers witness every day the physical and mental exhaustion of the people we meet at distributions.",
    "Food distributions run by volunteers remain the only source of meals for around {n} people.",
    "Access to drinking water, showers and toilets remains far below what is needed on the ground.",
    "Unaccompanied children are entitled to child protection and must be offered immediate shelter.",
    "Channel crossings in unseaworthy dinghies put the lives of whole families at risk.",
    "A|We recorded {n} police interventions at living sites over the past few weeks.",
    "The reception and orientation centres (CAOs) allowed many people to leave the Calais area and claim asylum.",
    "The Dublin procedure sends people back to Italy or Germany although they have no ties there.",
    "Closing the Sangatte centre did not end the presence of exiles on the coast; quite the opposite.",
    "The dismantling of the Jungle did not provide a lasting answer to the reception of people in transit.",
    "Residents near {site_en} have told us of their concern and fatigue.",
    "A|Humanitarian organisations are calling for a day centre to be opened in {town}, open to everyone.",
    "Medical teams report many conditions linked to living conditions: scabies, respiratory infections, foot injuries.",
    "People must be informed of their rights, particularly regarding asylum, in a language they understand.",
    "The systematic use of tear gas during police operations has been documented by several observers.",
    "A|We request a meeting to discuss these difficulties and look together for practical answers.",
    "A|Volunteers are exhausted and donations no longer cover the need for blankets and warm clothes.",
    "An emergency shelter scheme of {n} places was opened for the winter.",
    "Smugglers take advantage of people's distress and demand considerable sums for each attempt.",
    "Franco-British cooperation has mostly funded new fences around the port and the tunnel.",
    "Many families with young children have taken refuge in the woods, in deplorable sanitary conditions.",
    "Night outreach teams identify the most vulnerable people and refer them to existing services.",
    "A|We cannot accept that people are deprived of sleep by repeated police patrols.",
    "Volunteers from {org} are in {town} every day to serve hot meals and tea.",
    "The British government has a responsibility towards children with family ties in the United Kingdom.",
    "Safe and legal routes would save lives and undercut the smuggling networks.",
    "The Home Office has committed further funding to border security at Calais and Coquelles.",
    "A|Most of the people we support come from Eritrea, Sudan, Afghanistan and Iraq.",
    "The presence of {n} people at {site_en} calls for a rapid and coordinated response.",
    "The family reunion provisions of the Dublin regulation remain painfully slow to apply.",
    "A|We would welcome the opportunity to brief you on what our teams have documented.",
]
OBJETS_FR = ["Situation des exilés à {town}", "Demande de rendez-vous", "Distribution de repas", "Évacuation du campement de {site}",
             "Mise à l'abri des mineurs non accompagnés", "Accès à l'eau et aux sanitaires", "Hébergement d'urgence – période hivernale",
             "Opérations de police sur les lieux de vie", "Demande de local pour l'accueil de jour", "Transferts Dublin",
             "Ouverture d'un centre d'accueil à {town}", "Votre courrier relatif à la situation migratoire", "Subvention 2016 – demande de soutien",
             "Réponse à votre sollicitation", "Sécurité aux abords du port"]
SUBJECTS_EN = ["Situation of exiles in {town}", "Request for a meeting", "Unaccompanied minors in Calais",
               "Evictions at {site_en}", "Access to water and sanitation", "Winter shelter provision",
               "Family reunion under Dublin III", "Police operations at living sites", "Channel crossings"]


def fill(rng, s, world, lang):
    if "{" not in s:
        return s
    slots = {}
    if "{town}" in s:
        slots["town"] = rng.choice(COAST_TOWNS)
    if "{site" in s:
        i = rng.randrange(len(SITES_EN))
        slots["site"], slots["site_en"] = SITES_FR[i % len(SITES_FR)], SITES_EN[i]
    if "{n}" in s:
        n = rng.choice(("80", "120", "150", "200", "350", "450", "600", "800", "1 200", "1 450", "2 000"))
        slots["n"] = n.replace(" ", ",") if lang == "en" else n
    if "{org}" in s:
        slots["org"] = zipf_pick(rng, world.orgs, world.org_cdf).name
    out = s.format(**slots)
    return out.replace(" de le ", " du ").replace(" à le ", " au ").replace(" de les ", " des ")


def voice_pool(pool, voice):
    """Sentences for an official ("O") or an association ("A") voice; untagged ones fit both."""
    out = []
    for s in pool:
        if s[1:2] == "|":
            if s[0] != voice:
                continue
            s = s[2:]
        out.append(s)
    return out


BODY_POOLS = {(lang, v): voice_pool(BODY_FR if lang == "fr" else BODY_EN, v) for lang in ("fr", "en") for v in "AO"}


def body_paragraphs(rng, world, lang, target_chars, events, mention=None, voice="A"):
    pool = BODY_POOLS[(lang, voice)]
    sents = []
    length = 0
    order = list(range(len(pool)))
    rng.shuffle(order)
    k = 0
    while length < target_chars:
        s = fill(rng, pool[order[k % len(order)]], world, lang)
        k += 1
        sents.append(s)
        length += len(s) + 1
    for _, sent, _ in events:
        sents.insert(rng.randrange(len(sents) + 1), sent)
    if mention:
        sents.insert(rng.randrange(len(sents) + 1), mention)
    paras = []
    i = 0
    while i < len(sents):
        n = rng.randint(2, 5)
        paras.append(" ".join(sents[i:i + n]))
        i += n
    return paras


def mention_sentence(rng, world, lang, date):
    """A person named in the body: neither sender nor recipient."""
    p, org, role_fr, role_en = world.pick_actor()
    if lang == "fr":
        role = role_fr[1] if p.female else role_fr[0]
        where = f" de {org.name}" if org and rng.random() < 0.6 else ""
        return f"Comme l'a rappelé {written_name(rng, p, lang, 0.7)}, {role[0].lower() + role[1:]}{where}, la situation exige une réponse rapide."
    where = f" at {org.name}" if org else ""
    return f"As {written_name(rng, p, lang, 0.1)}, {role_en.lower()}{where}, has pointed out, the situation calls for an urgent response."


# --------------------------------------------------------------------------------------------
# Document builders. Each returns (text, truth) where text uses "\n" line ends.
# --------------------------------------------------------------------------------------------
def new_truth(doc_type, lang):
    return {"file": None, "type": doc_type, "language": lang, "date": None, "date_precision": None,
            "date_evidence": None, "place": None, "senders": [], "sender_titles": [], "sender_orgs": [],
            "recipients": [], "recipient_titles": [], "recipient_orgs": [], "cc": [], "mentioned_events": [],
            "expect": "ok"}


def add_unique(lst, v):
    if v and v not in lst:
        lst.append(v)


def fr_letter_closing(rng, sal, plural):
    je, vous_prie = ("Nous", "nous vous prions") if plural else ("Je", "je vous prie")
    return rng.choice([
        f"{cap(vous_prie)} d'agréer, {sal}, l'expression de {'notre' if plural else 'ma'} considération distinguée.",
        f"Veuillez agréer, {sal}, l'assurance de {'notre' if plural else 'ma'} haute considération.",
        f"{cap(vous_prie)} de croire, {sal}, en l'expression de {'nos' if plural else 'mes'} salutations respectueuses.",
        f"Dans l'attente de votre réponse, {vous_prie} de recevoir, {sal}, l'expression de {'nos' if plural else 'mes'} sentiments les meilleurs.",
        f"{je} vous remercie par avance de l'attention que vous porterez à ce courrier.\n\nBien cordialement,",
    ])


def pick_precision(rng):
    r = rng.random()
    return "month" if r < 0.05 else ("year" if r < 0.07 else "day")


class Ctx:
    """Per-document choices that the encoder and noise passes need."""
    __slots__ = ("header_line",)

    def __init__(self):
        self.header_line = None


def person_role(p, role, lang):
    fr, en = role
    return (fr[1] if p.female else fr[0]) if lang == "fr" else en


def build_letter(rng, world, lang, date, ctx):
    t = new_truth("letter", lang)
    lines = []
    british_sender = False
    # ---- sender
    r = rng.random()
    signer_office = None
    deleg = None
    if r < 0.35:
        office = world.pick_office()
        if lang == "fr" and office.british:
            office = world.office_by_key("pref62")
        elif lang == "en" and not office.british and rng.random() < 0.8:
            office = world.pick_office(["homesec", "immin", "mp_dover", "ukpm"])
        signer_office = office
        sp = office.holder(date)
        s_title = office.title(lang, sp.female)
        s_org = office.org(lang)
        british_sender = office.british
        if lang == "fr" and office.key == "pref62" and rng.random() < 0.3:
            sub = world.office_by_key("spcalais")
            sp = sub.holder(date)
            deleg = sub
            s_title = sub.title("fr", sp.female)
        s_addr = office.address
        s_town = office.town
    else:
        sp, org, role_fr, role_en = world.pick_actor()
        s_title = person_role(sp, (role_fr, role_en), lang)
        s_org = org.name if org else None
        if org and org.kind in ("ngo", "assoc") and rng.random() < 0.5 and lang == "fr":
            s_title = f"{s_title} de {org.name}" if not s_title.startswith(("Avocat", "Député", "Conseill")) else s_title
        british_sender = sp.british
        s_addr = [f"{rng.randint(1, 120)}, {org.street}" if not org.british else f"{rng.randint(1, 120)} {org.street}",
                  f"{org.postcode} {org.town.upper()}" if not org.british else f"{org.town} {org.postcode}"] if org else None
        s_town = org.town if org else None
    co_signers = []
    if signer_office is None and s_org and rng.random() < 0.12:
        for _ in range(rng.randint(1, 3)):
            cp, corg, crf, cre = world.pick_actor()
            if cp is sp or any(cp is c[0] for c in co_signers):
                continue
            co_signers.append((cp, corg, person_role(cp, (crf, cre), lang)))
    # ---- recipient
    if signer_office is not None and rng.random() < 0.65:
        rp, rorg, rrf, rre = world.pick_actor()
        r_title = person_role(rp, (rrf, rre), lang)
        r_org = rorg.name if rorg else None
        r_office = None
        r_addr = ([f"{rng.randint(1, 120)}, {rorg.street}", f"{rorg.postcode} {rorg.town.upper()}"]
                  if rorg and not rorg.british else None)
    else:
        keys = None
        if lang == "en" and rng.random() < 0.6:
            keys = ["homesec", "immin", "mp_dover", "ukpm", "pref62", "mininterieur"]
        r_office = world.pick_office(keys)
        if r_office is signer_office or (deleg and r_office.key == "spcalais"):
            r_office = world.office_by_key("mininterieur" if signer_office and signer_office.key != "mininterieur" else "pref62")
        rp = r_office.holder(date)
        r_title = r_office.title(lang, rp.female)
        r_org = r_office.org(lang)
        r_addr = r_office.address
    named_recipient = r_office is None or rng.random() < 0.6
    # ---- date & place
    precision = pick_precision(rng)
    place_town = s_town if s_town and s_town not in ("Bruxelles",) else None
    dl, ev_text, edtf, line_place = doc_date_line(rng, date, lang, place_town if rng.random() < 0.7 else None, precision)
    t["date"], t["date_precision"], t["date_evidence"] = edtf, precision, ev_text
    # ---- letterhead
    head = []
    letterhead_address = False
    # An association's name is recorded only when the text shows it (letterhead, title or signature).
    org_written = signer_office is not None or bool(s_org and s_org in s_title)
    if signer_office is not None:
        if signer_office.letterhead and lang == "fr":
            head.append(signer_office.letterhead)
            if date >= datetime.date(2020, 1, 1) or rng.random() < 0.3:
                head += ["Liberté", "Égalité", "Fraternité"]
        else:
            head.append(s_org.upper() if rng.random() < 0.5 else s_org)
        if lang == "fr":
            head.append("")
            head.append(rng.choice(["Cabinet", "Cabinet du préfet", "Direction des sécurités", "Secrétariat général",
                                    "Direction de la citoyenneté et de la légalité", "Bureau des étrangers", "Le Directeur de cabinet"])
                        if signer_office.key in ("pref62", "pref59", "spcalais", "spdunk") else
                        rng.choice(["Cabinet", "Cabinet du Maire", "Secrétariat", "Service des relations publiques"]))
            if rng.random() < 0.4:
                helper = world.new_person(False)
                head.append(f"Affaire suivie par : {civ(helper, 'fr')} {helper.last.upper()}")
            head.append(f"Tél. : 03 21 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}")
            if rng.random() < 0.5:
                head.append(f"Nos réf. : {sp.first[0]}{sp.last[0]}/{rng.randint(100, 999)}-{date.year}")
        if rng.random() < 0.4:
            head += s_addr
            letterhead_address = True
    elif s_org and rng.random() < 0.75:
        org_written = True
        o_name = s_org
        head.append(o_name if rng.random() < 0.7 else o_name.upper())
        if s_addr:
            head += s_addr
            letterhead_address = True
        if rng.random() < 0.6:
            head.append(f"Tél. : 06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
                        if lang == "fr" else f"Tel: 07{rng.randint(100, 999)} {rng.randint(100000, 999999)}")
    ctx.header_line = head[0] if head else None
    reply_ev = None
    if lang == "fr" and rng.random() < 0.15:
        rd = date - datetime.timedelta(days=rng.randint(7, 90))
        if rd.year >= 2012:
            head.append(f"Vos réf. : votre courrier du {fr_date(rd)}" if rng.random() < 0.5 else
                        f"V/Réf. : votre courrier du {rd.day:02d}/{rd.month:02d}/{rd.year}")
            reply_ev = ("Courrier de " + rp.name, rd.isoformat())
    # ---- recipient block
    rb = []
    if lang == "fr":
        if named_recipient:
            style = rng.random()
            if style < 0.25:
                rb.append(f"À l'attention de {written_name(rng, rp, 'fr', 0.7)}, {r_title[0].lower() + r_title[1:]}")
                if r_org and r_office is None:
                    rb.append(r_org)
            else:
                if style < 0.45:
                    rb.append("A")
                    rb.append("")
                rb.append(f"{civ(rp, 'fr', rng.random() < 0.6)} {rp.first} {rp.last.upper() if rng.random() < 0.7 else rp.last}")
                rb.append(r_title)
                if r_org and r_office is None:
                    rb.append(r_org)
            if r_addr and rng.random() < 0.7:
                rb += r_addr
        else:
            rb.append(f"{'Mme la' if rp.female else 'M. le'} {r_title}")
            rb += r_addr
    else:
        if named_recipient:
            if r_office is not None and r_office.british and rng.random() < 0.6:
                rb.append(f"The Rt Hon {rp.first} {rp.last} MP")
            elif rng.random() < 0.3:
                rb.append(f"To: {written_name(rng, rp, 'en', 0.1)}, {r_title}")
            else:
                rb.append(written_name(rng, rp, "en", rng.choice((0.1, 0.7, 0.85))))
            if not rb[-1].startswith("To:"):
                rb.append(r_title)
            if r_org and r_office is None:
                rb.append(r_org)
            elif r_office is not None:
                rb.append(r_org)
            if r_addr and rng.random() < 0.6:
                rb += r_addr
        else:
            rb.append(f"The {r_title}" if not r_title.startswith("The") else r_title)
            rb.append(r_org)
            rb += r_addr
    # truth for recipient
    if named_recipient:
        t["recipients"].append(rp.name)
        t["recipient_titles"].append(r_title)
    add_unique(t["recipient_orgs"], r_org)
    # truth for senders
    t["senders"].append(sp.name)
    t["sender_titles"].append(s_title)
    for cp, corg, ctitle in co_signers:
        t["senders"].append(cp.name)
        t["sender_titles"].append(ctitle)
        add_unique(t["sender_orgs"], corg.name if corg else None)
    # ---- assemble top
    fax = None
    if rng.random() < 0.06 and lang == "fr":
        fd = date + datetime.timedelta(days=rng.randint(0, 3))
        fax = (f"{fd.day:02d}/{fd.month:02d}/{fd.year % 100:02d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d} "
               f"FAX 03 21 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}    "
               f"{strip_accents(s_org or sp.name).upper()[:28]}    P.00{rng.randint(1, 3)}/00{rng.randint(3, 4)}")
        ctx.header_line = None
    if fax:
        lines.append(fax)
        lines.append("")
    lines += head
    lines.append("")
    date_first = rng.random() < 0.5
    if date_first:
        lines.append(dl)
        lines.append("")
        lines += rb
    else:
        lines += rb
        lines.append("")
        lines.append(dl)
    lines.append("")
    if lang == "fr" and rng.random() < 0.7:
        lines.append(f"Objet : {fill(rng, rng.choice(OBJETS_FR), world, 'fr')}")
        if rng.random() < 0.2:
            lines.append(f"P.J. : {rng.choice(['1 annexe', 'copie de l arrêté', 'liste des signataires', '2 photographies'])}".replace("l arr", "l'arr"))
        lines.append("")
    elif lang == "en" and rng.random() < 0.5:
        lines.append(f"Re: {fill(rng, rng.choice(SUBJECTS_EN), world, 'en')}")
        lines.append("")
    # salutation
    if lang == "fr":
        if r_office is not None:
            sal = r_office.sal_fr[1 if rp.female else 0]
        else:
            sal = rng.choice(["Madame", "Chère Madame"] if rp.female else ["Monsieur", "Cher Monsieur"])
            if rng.random() < 0.15:
                sal = f"{'Chère' if rp.female else 'Cher'} {rp.first}"
        if rng.random() < 0.05:
            sal = "Madame, Monsieur"
    else:
        if r_office is not None:
            sal = r_office.sal_en[0]
        else:
            sal = rng.choice([f"Dear {civ(rp, 'en')} {rp.last}", f"Dear {rp.first}", "Dear Sir or Madam" if rng.random() < 0.2 else f"Dear {civ(rp, 'en')} {rp.last}"])
    lines.append(sal + ",")
    lines.append("")
    # body
    target = int(rng.lognormvariate(7.75, 0.45))
    target = max(500, min(5200, target))
    events = choose_events(rng, date, lang, rng.choice((0, 1, 1, 2, 2, 3)))
    mention = mention_sentence(rng, world, lang, date) if rng.random() < 0.25 else None
    paras = body_paragraphs(rng, world, lang, target, events, mention, "O" if signer_office is not None else "A")
    if reply_ev and rng.random() < 0.5:
        rd = datetime.date.fromisoformat(reply_ev[1])
        paras.insert(0, f"Par courrier du {fr_date(rd)}, vous avez appelé mon attention sur la situation des personnes exilées présentes à {rng.choice(COAST_TOWNS)}.")
    for p in paras:
        lines.append(p)
        lines.append("")
    plural = bool(co_signers)
    if lang == "fr":
        closing = fr_letter_closing(rng, sal, plural)
    else:
        closing = rng.choice(["Yours sincerely,", "Yours faithfully,", "Kind regards,", "With best wishes,", "Yours sincerely,"])
    lines.append(closing)
    lines.append("")
    # signature
    sigs = []
    if deleg is not None:
        sigs.append(["Pour le Préfet et par délégation,", f"{'la' if sp.female else 'le'} {s_title},", "", written_name(rng, sp, 'fr', 0.5)])
    elif signer_office is not None and rng.random() < 0.5 and lang == "fr":
        sigs.append([f"{'La' if sp.female else 'Le'} {s_title.split(' ')[0] if signer_office.key.startswith('maire') else s_title},", "", written_name(rng, sp, lang, 0.5)])
    else:
        block = [written_name(rng, sp, lang, rng.choice((0.1, 0.5, 0.5, 0.7)))]
        block.append(s_title)
        if s_org and s_org not in s_title and rng.random() < 0.7:
            block.append(s_org)
            org_written = True
        if rng.random() < 0.25:
            block = [s_title + ",", ""] + [block[0]] + block[2:]
        sigs.append(block)
    for cp, corg, ctitle in co_signers:
        block = [written_name(rng, cp, lang, 0.5), ctitle]
        if corg:
            block.append(corg.name)
        sigs.append(block)
    for b in sigs:
        lines += b
        lines.append("")
    # cc
    if rng.random() < 0.3:
        ccs = []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.5:
                o = world.pick_office()
                if o is r_office or o is signer_office:
                    continue
                if rng.random() < 0.5:
                    h = o.holder(date)
                    ccs.append((f"{civ(h, lang)} {h.first} {h.last.upper() if lang == 'fr' else h.last}, {o.title(lang, h.female)}", h.name))
                else:
                    org_name = o.org(lang)
                    written = f"the {org_name}" if lang == "en" and org_name.startswith(("Prefecture", "Sub-", "Ministry", "Office", "Presidency", "Defender", "European")) else org_name
                    ccs.append((written, org_name))
            else:
                o = zipf_pick(rng, world.orgs, world.org_cdf)
                ccs.append((o.name, o.name))
        seen = []
        ccs = [c for c in ccs if not (c[1] in seen or seen.append(c[1]))]
        if ccs:
            for _, v in ccs:
                t["cc"].append(v)
            style = rng.random()
            if lang == "fr":
                if style < 0.6:
                    lines.append("Copie à :")
                    lines += [f"- {w}" for w, _ in ccs]
                else:
                    lines.append("Copie : " + " ; ".join(w for w, _ in ccs))
            else:
                if style < 0.5:
                    lines.append("cc: " + "; ".join(w for w, _ in ccs))
                else:
                    names = [w for w, _ in ccs]
                    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
                    lines.append(f"A copy of this letter has been sent to {joined}.")
            lines.append("")
    # footer
    if signer_office is not None and lang == "fr" and rng.random() < 0.5:
        lines.append(" – ".join([s_org] + signer_office.address))
        letterhead_address = True
    if org_written:
        t["sender_orgs"].insert(0, s_org)
        t["sender_orgs"] = list(dict.fromkeys(t["sender_orgs"]))
    # events truth
    if reply_ev:
        t["mentioned_events"].append({"label": reply_ev[0], "date": reply_ev[1]})
    for label, _, e in events:
        t["mentioned_events"].append({"label": label, "date": e})
    t["place"] = line_place or (s_town if letterhead_address and s_town else None)
    return lines, t


def signatory_lines(rng, world, lang, orgs, t):
    """Signature list of an open letter or joint press release; fills truth."""
    out = []
    heading = rng.choice(["Signataires :", "Liste des signataires", "Premiers signataires :", "Les organisations signataires :"]
                         if lang == "fr" else ["Signatories:", "Signatories :", "Signed by:", "List of signatories"])
    out.append(heading)
    out.append("")
    bullet = rng.choice(["- ", "• ", "* ", "– ", ""])
    with_people = rng.random() < 0.25
    cats_fr = [("Associations nationales", "ngo"), ("Associations locales", "assoc"), ("Organisations britanniques", "uk"),
               ("Partis politiques", "party"), ("Syndicats", "union")]
    cats_en = [("National organisations", "ngo"), ("Local associations", "assoc"), ("UK organisations", "uk"),
               ("Political parties", "party"), ("Trade unions", "union")]
    groups = {"ngo": [], "assoc": [], "uk": [], "party": [], "union": []}
    for o in orgs:
        groups["uk" if o.british else ("ngo" if o.kind == "ngo" else "assoc")].append(o.name + (f" ({o.acronym})" if o.acronym and rng.random() < 0.5 else ""))
    if rng.random() < 0.3:
        groups["party"] = rng.sample(PARTIES, rng.randint(1, 3))
    if rng.random() < 0.25:
        groups["union"] = rng.sample(UNIONS, rng.randint(1, 3))
    use_cats = rng.random() < 0.6
    comma_list = not use_cats and not with_people and rng.random() < 0.25
    flat = []
    for (label_fr, key), (label_en, _) in zip(cats_fr, cats_en):
        items = groups[key]
        if not items:
            continue
        if use_cats:
            out.append(label_fr if lang == "fr" else label_en)
        for name in items:
            t["sender_orgs"].append(name)
            if with_people and key in ("ngo", "assoc", "uk") and rng.random() < 0.5:
                o = next((x for x in orgs if name.startswith(x.name)), None)
                if o and o.members:
                    p, rf, re_ = o.members[0]
                    role = (rf[1] if p.female else rf[0]) if lang == "fr" else re_
                    t["senders"].append(p.name)
                    t["sender_titles"].append(role)
                    out.append(f"{bullet}{name}, {written_name(rng, p, lang, 0.5)} ({role.lower()})")
                    continue
            if comma_list:
                flat.append(name)
            else:
                out.append(f"{bullet}{name}")
        if use_cats:
            out.append("")
    if comma_list:
        out.append(", ".join(flat) + ".")
    out.append("")
    return out


def build_open_letter(rng, world, lang, date, ctx):
    t = new_truth("open_letter", lang)
    lines = []
    keys = ["mininterieur", "president", "pm", "pref62", "ddd", "maire_calais"]
    if lang == "en":
        keys = ["homesec", "ukpm", "mininterieur", "pm", "president", "immin"]
    recips = []
    for _ in range(rng.choice((1, 1, 2))):
        o = world.pick_office(keys)
        if o not in recips:
            recips.append(o)
    precision = pick_precision(rng)
    place = rng.choice(["Calais", "Calais", "Paris", "Lille", "Dunkerque", None]) if lang == "fr" else rng.choice(["Calais", "London", None])
    dl, ev_text, edtf, line_place = doc_date_line(rng, date, lang, place, precision)
    t["date"], t["date_precision"], t["date_evidence"] = edtf, precision, ev_text
    t["place"] = line_place
    people = [(o, o.holder(date)) for o in recips]
    in_title = [lang == "en" or rng.random() < 0.6 for _ in people]
    if lang == "fr":
        title = "Lettre ouverte à " + ", et à ".join(
            f"{'Mme la' if p.female else 'M. le'} {o.title('fr', p.female)}"
            + (f", {p.first} {p.last}" if shown else "") for (o, p), shown in zip(people, in_title))
        if rng.random() < 0.3:
            lines.append("LETTRE OUVERTE")
            lines.append("")
    else:
        title = "Open letter to " + " and ".join(f"the {o.title_en[1 if p.female else 0]}, {p.first} {p.last}" for o, p in people)
    lines.append(title)
    lines.append(rng.choice(["sur la situation des exilés à Calais et sur le littoral", "sur les expulsions à répétition",
                             "pour un accueil digne des personnes exilées", "sur la protection des mineurs isolés"]) if lang == "fr"
                 else rng.choice(["on the situation of exiles in Calais", "on the protection of unaccompanied children",
                                  "on safe and legal routes to the United Kingdom"]))
    ctx.header_line = None
    lines.append("")
    lines.append(dl)
    lines.append("")
    named = rng.random() < 0.7
    for (o, p), shown in zip(people, in_title):
        if named:
            lines.append(f"{civ(p, lang, lang == 'fr')} {p.first} {p.last.upper() if lang == 'fr' else p.last}")
        lines.append(o.title(lang, p.female))
        lines += o.address
        lines.append("")
        if named or shown:  # an office named only by its function has no person to record
            t["recipients"].append(p.name)
            t["recipient_titles"].append(o.title(lang, p.female))
        add_unique(t["recipient_orgs"], o.org(lang))
    if lang == "fr":
        sal = ", ".join(o.sal_fr[1 if p.female else 0] for o, p in people) + ","
    else:
        sal = ", ".join(o.sal_en[0] for o, _ in people) + ","
    lines.append(sal)
    lines.append("")
    target = max(600, min(4200, int(rng.lognormvariate(7.6, 0.5))))
    events = choose_events(rng, date, lang, rng.choice((1, 1, 2, 2, 3, 4)))
    paras = body_paragraphs(rng, world, lang, target, events)
    if lang == "fr":
        paras.insert(0, rng.choice(["Nous, associations et collectifs signataires, engagés depuis des années auprès des personnes exilées du littoral, tenons à vous faire part de notre très vive préoccupation.",
                                    "Les organisations signataires de cette lettre ouverte souhaitent attirer votre attention sur la situation humanitaire dramatique que connaît le Calaisis."]))
    else:
        paras.insert(0, rng.choice(["We, the undersigned organisations, working with exiles on the Channel coast for many years, wish to express our deep concern.",
                                    "The organisations signing this open letter want to draw your attention to the humanitarian situation on the northern French coast."]))
    for p in paras:
        lines.append(p)
        lines.append("")
    lines.append(rng.choice(["Nous vous prions d'agréer, {s} l'expression de notre haute considération.".format(s=sal),
                             "Dans l'attente de votre réponse, nous vous prions de recevoir, {s} nos salutations respectueuses.".format(s=sal)])
                 if lang == "fr" else rng.choice(["Yours sincerely,", "Yours faithfully,"]))
    lines.append("")
    orgs = world.pick_orgs(max(3, min(40, int(rng.paretovariate(1.2) * 3))), prefer_british=(lang == "en"))
    lines += signatory_lines(rng, world, lang, orgs, t)
    if rng.random() < 0.35:
        o = world.pick_office()
        if o not in recips:
            if lang == "fr":
                lines.append(f"Copie à : {o.org('fr')}")
            else:
                lines.append(f"A copy of this letter has been sent to the {o.org('en')}.")
            t["cc"].append(o.org(lang))
            lines.append("")
    for label, _, e in events:
        t["mentioned_events"].append({"label": label, "date": e})
    return lines, t


def build_press_release(rng, world, lang, date, ctx):
    t = new_truth("press_release", lang)
    lines = []
    kind = rng.random()
    precision = pick_precision(rng)
    events = choose_events(rng, date, lang, rng.choice((0, 1, 1, 2, 3)))
    target = max(500, min(4800, int(rng.lognormvariate(7.65, 0.45))))
    trap = None
    if kind < 0.45:
        # ministry or prefecture communiqué
        office = world.office_by_key(rng.choice(["mininterieur", "mininterieur", "pref62", "pref62", "spcalais", "minlogement", "pref59"]))
        if lang == "en":
            office = world.office_by_key(rng.choice(["mininterieur", "mininterieur", "homesec", "immin", "pref62"]))
        p = office.holder(date)
        title = office.title(lang, p.female)
        place = office.town if rng.random() < 0.6 else None
        dl, ev_text, edtf, line_place = doc_date_line(rng, date, lang, place, precision)
        named = rng.random() < 0.8
        if lang == "fr":
            if office.letterhead and (rng.random() < 0.6 or not named):
                lines.append(office.letterhead)
                lines.append("")
            word = rng.random()
            if word < 0.45:
                lines.append("Communiqué de presse")
            elif word < 0.6:
                lines.append("COMMUNIQUÉ DE PRESSE")
            headline = rng.choice([
                "Calais : {who} annonce de nouvelles mesures", "Situation migratoire dans le Calaisis",
                "Mise à l'abri des personnes migrantes à {town}", "Lutte contre les filières de passeurs",
                "Opération d'évacuation du campement de {site}", "Point de situation sur le littoral",
                "Renforcement des effectifs de police à {town}"])
            who = f"{p.first} {p.last}"
            lines.append(fill(rng, headline.replace("{who}", who), world, "fr"))
            lines.append("")
            lines.append(dl)
            lines.append("")
            if named:
                lead = (f"{p.first} {p.last}, {title[0].lower() + title[1:] if office.key.startswith('min') else title.lower()}, "
                        + rng.choice(["a présidé ce jour une réunion consacrée à la situation migratoire sur le littoral.",
                                      "s'est rendu à Calais pour faire le point avec les services de l'État." if not p.female else
                                      "s'est rendue à Calais pour faire le point avec les services de l'État.",
                                      "annonce le renforcement des moyens consacrés à la mise à l'abri des personnes vulnérables."]))
                t["senders"].append(p.name)
                t["sender_titles"].append(title)
            else:
                lead = rng.choice(["Les services de l'État ont procédé ce jour à une opération de mise à l'abri.",
                                   "Le dispositif de sécurisation du port et du tunnel sous la Manche est renforcé."])
            add_unique(t["sender_orgs"], office.org("fr"))
        else:
            if office.british:
                head = rng.choice(["Press release", "News story"])
                lines.append(head)
                lines.append("")
                lines.append(fill(rng, rng.choice(["New measures to tackle Channel crossings", "Home Secretary statement on Calais",
                                                   "UK and France agree new plan for the Channel"]), world, "en"))
                lines.append("")
                if named:
                    lines.append(f"From: Home Office and The Rt Hon {p.first} {p.last} MP")
                else:
                    lines.append("From: Home Office")
                if precision == "day":
                    ev_text = f"Published {en_date(date, 0)}"
                    dl = ev_text
                    line_place = None
                lines.append(dl)
                lines.append("")
                lead = (f"The {title}, {p.first} {p.last}, " if named else "The government ") + rng.choice(
                    ["has announced further funding for security at the port of Calais.",
                     "today set out new steps to stop dangerous small-boat crossings."])
                if named:
                    t["senders"].append(p.name)
                    t["sender_titles"].append(title)
                add_unique(t["sender_orgs"], office.org("en"))
            else:
                lines.append(rng.choice(["Meeting on the situation in Calais", "Calais: update on the shelter operation"]))
                lines.append("")
                lines.append(f"Statement on the situation in Calais – Communiqué issued by the {office.org('en')}")
                lines.append("")
                lines.append(dl)
                lines.append("")
                lead = (f"M. {p.first} {p.last}, {title}, " if not p.female else f"Mme {p.first} {p.last}, {title}, ") + \
                    "today met the voluntary organisations working in Calais." if named else \
                    "The state services today carried out a shelter operation in Calais."
                if named:
                    t["senders"].append(p.name)
                    t["sender_titles"].append(title)
                add_unique(t["sender_orgs"], office.org("en"))
                pub = date + datetime.timedelta(days=rng.randint(30, 1400))
                trap = f"Published on {pub.day:02d}/{pub.month:02d}/{pub.year}"
        if lang == "fr" and rng.random() < 0.4:
            upd = date + datetime.timedelta(days=rng.randint(0, 900))
            trap = f"Mis à jour le {upd.day:02d}/{upd.month:02d}/{upd.year}"
        t["date"], t["date_precision"], t["date_evidence"], t["place"] = edtf, precision, ev_text, line_place
        body = body_paragraphs(rng, world, lang, target, events, voice="O")
        lines.append(lead)
        lines.append("")
        if rng.random() < 0.4:
            bl = "  • " if rng.random() < 0.5 else "- "
            items = [fill(rng, s, world, lang) for s in rng.sample(BODY_POOLS[(lang, "O")], rng.randint(2, 4))]
            lines.append("Les principales mesures :" if lang == "fr" else "The main measures:")
            lines += [bl + (i[0].lower() + i[1:] if lang == "fr" else i).rstrip(".") + (" ;" if lang == "fr" else ";")
                      for i in items]
            lines.append("")
        for b in body:
            lines.append(b)
            lines.append("")
        if lang == "fr" and rng.random() < 0.5:
            lines.append(f"Contact presse : service de communication – 03 21 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}")
            lines.append("")
        if trap:
            lines.append(trap)
            if lang == "en":
                lines.append("")
                lines.append("top of the page")
    else:
        # association press release, possibly joint
        n_orgs = 1 if rng.random() < 0.6 else rng.randint(2, 12)
        orgs = world.pick_orgs(n_orgs, prefer_british=(lang == "en"))
        main = orgs[0]
        place = main.town if rng.random() < 0.5 else None
        dl, ev_text, edtf, line_place = doc_date_line(rng, date, lang, place, precision)
        t["date"], t["date_precision"], t["date_evidence"], t["place"] = edtf, precision, ev_text, line_place
        if n_orgs == 1:
            lines.append(main.name if rng.random() < 0.6 else main.name.upper())
            ctx.header_line = lines[0]
            lines.append("")
            add_unique(t["sender_orgs"], main.name)
        lines.append(rng.choice(["COMMUNIQUÉ DE PRESSE", "Communiqué de presse", "Communiqué"]) if lang == "fr"
                     else rng.choice(["PRESS RELEASE", "Press release", "Press Release – for immediate release"]))
        lines.append(dl)
        lines.append("")
        lines.append(fill(rng, rng.choice(["Expulsions à {town} : les associations dénoncent un harcèlement quotidien",
                                           "Mineurs isolés : l'urgence d'une mise à l'abri",
                                           "Distributions de repas : nous ne nous tairons pas",
                                           "Hiver sur le littoral : des centaines de personnes à la rue"])
                          if lang == "fr" else rng.choice(["Evictions in {town}: charities condemn daily harassment",
                                                          "Unaccompanied children left without shelter in Calais",
                                                          "Winter on the coast: hundreds sleeping rough"]), world, lang))
        lines.append("")
        for b in body_paragraphs(rng, world, lang, target, events):
            lines.append(b)
            lines.append("")
        if rng.random() < 0.4 and main.members:
            qp, rf, re_ = main.members[0]
            role = (rf[1] if qp.female else rf[0]) if lang == "fr" else re_
            if lang == "fr":
                lines.append(f"« Nous ne pouvons pas rester silencieux », déclare {written_name(rng, qp, 'fr', 0.1)}, {role.lower()} de {main.name}.")
            else:
                lines.append(f"\"We cannot stay silent,\" said {written_name(rng, qp, 'en', 0.1)}, {role.lower()} of {main.name}.")
            lines.append("")
        if n_orgs > 1:
            lines += signatory_lines(rng, world, lang, orgs, t)
        lines.append(f"Contact presse : {main.email}" if lang == "fr" else f"Press contact: {main.email}")
    for label, _, e in events:
        t["mentioned_events"].append({"label": label, "date": e})
    return lines, t


# --------------------------------------------------------------------------------------------
# Layout, noise and encoding
# --------------------------------------------------------------------------------------------
COMPOUND_PREFIXES = {"sans", "sous", "porte", "grand", "grande", "demi", "mi", "semi", "ex", "non", "vice", "quasi",
                     "arrière", "avant", "après", "contre", "self", "nord", "sud", "ouest", "belle", "beau"}
HYPHEN_SUFFIXES = {"ci", "là", "même", "mêmes", "être", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous",
                   "moi", "toi", "lui", "leur", "eux", "y", "en", "ce", "t"}


def wrap(text, width):
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    return out


def hyphenate_breaks(rng, wrapped, count):
    """Moves the start of a long lowercase word to the end of the previous line, with a hyphen."""
    done = 0
    idx = list(range(1, len(wrapped)))
    rng.shuffle(idx)
    for i in idx:
        if done >= count:
            break
        first, _, rest = wrapped[i].partition(" ")
        word = first
        if not (len(word) >= 8 and word.isalpha() and word.islower()):
            continue
        k = rng.randint(3, len(word) - 3)
        frag, cont = word[:k], word[k:]
        if frag in COMPOUND_PREFIXES or cont in HYPHEN_SUFFIXES:
            continue
        wrapped[i - 1] = f"{wrapped[i - 1]} {frag}-"
        wrapped[i] = f"{cont} {rest}" if rest else cont
        done += 1
    return done


def ligatures(rng, text):
    """Replaces a few fi/fl inside lowercase words of body text with the ligature characters."""
    out = []
    pos = 0
    n = 0
    limit = rng.randint(1, 4)
    while n < limit:
        i = text.find("fi", pos)
        j = text.find("fl", pos)
        cands = [x for x in (i, j) if x > 0]
        if not cands:
            break
        k = min(cands)
        if text[k - 1].isalpha() or text[k - 1] == " ":
            out.append(text[pos:k])
            out.append("\ufb01" if text[k + 1] == "i" else "\ufb02")
            n += 1
        else:
            out.append(text[pos:k + 2])
        pos = k + 2
    out.append(text[pos:])
    return "".join(out)


LATIN1_MAP = {"’": "'", "‘": "'", "–": "-", "—": "-", "…": "...", "“": '"', "”": '"', "•": "-", "œ": "oe", "Œ": "OE", "€": "EUR"}


def layout(rng, lines, noise, ctx, wrap_width):
    """Joins lines; hard-wraps body paragraphs (optional) and applies OCR noise. Returns text."""
    body_idx = [i for i, l in enumerate(lines) if len(l) > 160]
    if noise:
        for i in body_idx[:3]:
            if rng.random() < 0.6:
                lines[i] = ligatures(rng, lines[i])
    if wrap_width:
        new = []
        hyph_left = rng.randint(1, 3) if noise else 0
        for l in lines:
            if len(l) > wrap_width and not l.startswith(("- ", "• ", "* ")):
                w = wrap(l, wrap_width)
                if hyph_left:
                    hyph_left -= hyphenate_breaks(rng, w, 1)
                new += w
            else:
                new.append(l)
        lines = new
    if noise and ctx.header_line and len(lines) > 30:
        # Running header on >= 3 pages, page numbers at the bottom of each page.
        blanks = [i for i, l in enumerate(lines) if l == "" and 8 < i < len(lines) - 4]
        if len(blanks) >= 4:
            pages = rng.choice((3, 3, 4))
            cuts = sorted(rng.sample(blanks, min(pages - 1, len(blanks))))
            pages = len(cuts) + 1
            numfmt = rng.choice(("Page {k}/{n}", "- {k} -", "{k}", "Page {k} sur {n}", "p. {k}"))
            out, prev = [], 0
            for k, c in enumerate(cuts + [len(lines)], start=1):
                chunk = lines[prev:c]
                if k > 1:
                    out.append("\f" + ctx.header_line)
                    out.append("")
                out += chunk
                out.append("")
                out.append(numfmt.format(k=k, n=pages))
                prev = c + 1 if c < len(lines) else c
            lines = out
    text = "\n".join(lines).strip("\n") + "\n"
    return text


def encode(rng, text):
    r = rng.random()
    if r < 0.85:
        return "utf-8", text.encode("utf-8")
    if r < 0.90:
        return "utf-8-bom", b"\xef\xbb\xbf" + text.encode("utf-8")
    if r < 0.95:
        return "cp1252", text.translate({0xFB01: "fi", 0xFB02: "fl"}).encode("cp1252", errors="replace")
    if r < 0.98:
        return "utf-16le-bom", b"\xff\xfe" + text.encode("utf-16-le")
    s = text.translate({ord(k): v for k, v in LATIN1_MAP.items()}).translate({0xFB01: "fi", 0xFB02: "fl"})
    return "iso-8859-1", s.encode("latin-1", errors="replace")


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------
def write_file(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def generate(n, out_dir, seed):
    rng = Random(seed)
    world = World(rng, n)
    os.makedirs(out_dir, exist_ok=True)
    width = max(6, len(str(n - 1)))
    sub = n > 5000
    made_dirs = set()
    hashes = set()
    # File creation is mostly waiting on the file system: a few writer threads overlap it with
    # generation. Contents and names do not depend on the order the writes complete in.
    writers = ThreadPoolExecutor(max_workers=4)
    pending = []
    truth_file = open(os.path.join(out_dir, "truth.json"), "w", encoding="utf-8", newline="\n")
    truth_file.write("[\n")
    for i in range(n):
        lang = "fr" if rng.random() < 0.65 else "en"
        r = rng.random()
        doc_type = "letter" if r < 0.55 else ("open_letter" if r < 0.75 else "press_release")
        date = random_date(rng)
        ctx = Ctx()
        builder = {"letter": build_letter, "open_letter": build_open_letter, "press_release": build_press_release}[doc_type]
        lines, truth = builder(rng, world, lang, date, ctx)
        noise = rng.random() < 0.05
        wrap_width = rng.choice((72, 80, 90, 100)) if (noise or rng.random() < 0.2) else 0
        text = layout(rng, lines, noise, ctx, wrap_width)
        if rng.random() < 0.15:
            text = text.replace("\n", "\r\n")
        enc, data = encode(rng, text)
        digest = hashlib.sha256(data).digest()
        while digest in hashes:  # never two identical files (the importer would report a duplicate)
            data += b"\n" if not enc.startswith("utf-16") else b"\n\x00"
            digest = hashlib.sha256(data).digest()
        hashes.add(digest)
        name = f"{i:0{width}d}_{rng.getrandbits(32):08x}.txt"
        rel = name
        if sub:
            folder = f"{i // 1000:03d}"
            if folder not in made_dirs:
                os.makedirs(os.path.join(out_dir, folder), exist_ok=True)
                made_dirs.add(folder)
            rel = f"{folder}/{name}"
        pending.append(writers.submit(write_file, os.path.join(out_dir, rel), data))
        if len(pending) >= 512:
            for fut in pending:
                fut.result()
            pending.clear()
        truth["file"] = name
        out = {"file": name, "path": rel, "encoding": enc, "crlf": "\r\n" in text, "ocr_noise": noise}
        out.update((k, v) for k, v in truth.items() if k != "file")
        truth_file.write((",\n" if i else "") + json.dumps(out, ensure_ascii=False))
    for fut in pending:
        fut.result()
    writers.shutdown()
    truth_file.write("\n]\n")
    truth_file.close()
    return world


def main(argv):
    ap = argparse.ArgumentParser(description="Generate a realistic Littoral test corpus with its truth.json.")
    ap.add_argument("n", type=int, help="number of documents")
    ap.add_argument("dir", help="output folder (created if missing)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.n < 1:
        ap.error("N must be at least 1")
    t0 = time.monotonic()
    generate(a.n, a.dir, a.seed)
    if not a.quiet:
        print(f"gencorpus: {a.n} documents and truth.json written to {a.dir} (seed {a.seed}) in {time.monotonic() - t0:.1f} s",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
