/*
 * mail.h - a mail message (.eml, RFC 5322 with MIME, RFC 2045-2047) to
 * one article (article.h): the newsletter as the reader received it.
 *
 *   title   Subject, RFC 2047 encoded words decoded (=?UTF-8?Q?...?=,
 *           =?ISO-8859-1?B?...?=; white space between two encoded words
 *           dropped), white space folded;
 *   source  From: the display name (quoted or not, encoded words decoded),
 *           else the comment of "addr (Name)", else the address;
 *   date    the Date header, normalised by datenorm();
 *   id      Message-ID without its angle brackets;
 *   url, author: NULL (a message names no page of its own);
 *   body    the first text/html part that is not an attachment
 *           (newsletters send their article as HTML), else the first
 *           text/plain one, searched depth first through the multipart types
 *           (alternative, mixed, related, nested); quoted-printable (soft
 *           line breaks too) and base64 decoded, converted from its
 *           charset to UTF-8 with iconv (charset.h; an unknown charset
 *           leaves the bytes for ingest to repair).  Attachments
 *           (Content-Disposition: attachment, or a filename) and attached
 *           messages (message/rfc822) are not read.
 *
 * Line ends may be CRLF or LF.  Every read is bounded by the input's
 * length (it may hold NULs); MIME nesting deeper than MAIL_MAX_DEPTH is
 * not followed.
 */
#ifndef BRIEF_MAIL_H
#define BRIEF_MAIL_H

#include <stddef.h>

#include "arena.h"
#include "article.h"
#include "brief.h"

#define MAIL_MAX_DEPTH 16

/*
 * Whether bytes[0..len) reads as a mail message: after an optional mbox
 * "From " line, a header block (fields "Name: value", folded lines) that
 * holds a From field and a Date, Subject, Message-ID or MIME-Version
 * field, ended by an empty line.  (brief's own front matter has neither
 * From nor an empty line after it.)  Cost: linear in the header block.
 */
int mail_detect(const char *bytes, size_t len);

/*
 * Parses the message bytes[0..len) into *out; everything is allocated
 * from `ar`.  A message without a readable text part gives BRIEF_OK with
 * out->body NULL (its subject and sender are still there).  Errors:
 * BRIEF_EFORMAT when the first line is not a header field (nor an mbox
 * "From " line followed by one); BRIEF_ELIMIT when len >
 * BRIEF_MAX_INPUT_BYTES; BRIEF_ENOMEM.  Cost: linear in len times the
 * MIME nesting depth (each level's boundary search reads its own part).
 */
brief_status mail_parse(arena *ar, const char *bytes, size_t len, article *out);

#endif
