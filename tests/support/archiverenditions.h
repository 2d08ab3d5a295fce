// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace littoral::test {

// A plain-text letter as the archive holds it in other shapes: the text itself (kept word for word in
// every rendition) and what its envelope says, for the e-mail's headers.
struct ArchiveLetter {
    QString text;
    QString title; // the e-mail's Subject
    QDate date; // the e-mail's Date (09:00, Paris time)
    QStringList senders, recipients, copies; // names: From, To, Cc
};

// Lays out `text` as a typed letter: A4, DejaVu Serif 11 pt, 2 cm margins, each paragraph wrapped at the
// margin, a new page when one is full, "Page N sur M" centred in the footer. Returns each page's lines.
QList<QStringList> letterPages(const QString& text);

// (a) A PDF with a text layer (QPdfWriter). Returns the page count, 0 when it could not be written.
int writeTextPdf(const QString& text, const QString& path);
// (b) The same pages as a scanner gives them: 300 dpi, 8-bit grey, paper a little off-white, turned by
// ~0.4°, slightly blurred, with seeded salt-and-pepper specks (the same seed, the same pixels).
QList<QImage> scanPages(const QString& text, quint32 seed = 1);
// The scanned pages wrapped in a PDF as images only: no font, no text layer. False when not written.
bool writeScanPdf(const QList<QImage>& pages, const QString& path);
// One PNG per page, "<base>.png" for a one-page letter, else "<base>-p1.png", "<base>-p2.png"… (Qt
// writes no multi-page TIFF). Returns the paths written.
QStringList writeScanPngs(const QList<QImage>& pages, const QString& base);

// "Nathanaël Caillaux" → "nathanael.caillaux@example.org": lower case, accents dropped, words joined by dots.
QString madeUpAddress(const QString& name);
// (c) An .eml: From/To/Cc with made-up addresses, Date, Subject (RFC 2047 where not ASCII), and the
// letter's text as a quoted-printable UTF-8 text/plain body.
QByteArray letterEmail(const ArchiveLetter& letter);
// (d) A short message (its body the Subject line only) carrying the letter as a PDF attachment
// (base64, application/pdf, named `fileName`).
QByteArray letterWithPdfAttachment(const ArchiveLetter& letter, const QByteArray& pdf, const QString& fileName);

} // namespace littoral::test
