/*
 * html_doc.h - a web page read as the WHATWG HTML standard reads it: the
 * bytes' encoding found, the text converted to UTF-8 (iconv), then parsed
 * into a tree by gumbo, the standard's tree construction (entities
 * decoded, broken markup repaired as a browser repairs it).
 *
 * Encoding, in the standard's order: a byte-order mark; else the encoding
 * that the first 1024 bytes declare, read by parsing those bytes with
 * gumbo (`<meta charset>`, `<meta http-equiv=Content-Type content=...>`,
 * or an XML declaration's `encoding`); else UTF-8 when the bytes are valid
 * UTF-8, else windows-1252.  Bytes that are valid UTF-8 are read as UTF-8
 * whatever a single-byte label says: a page declared iso-8859-1 that is
 * in fact UTF-8 is far more common than Latin-1 text that happens to be
 * valid UTF-8.  The labels us-ascii, iso-8859-1 and latin1 mean
 * windows-1252, as the standard maps them.  Bytes the encoding cannot
 * read become U+FFFD.
 *
 * Limits: gumbo's tree construction checks the stack of open elements at
 * each start tag, so nesting thousands of levels deep costs time square
 * in the depth; a page whose tags would nest deeper than HTML_MAX_DEPTH
 * (a cheap upper bound counted over the bytes before parsing) is refused
 * with BRIEF_ELIMIT.  gumbo allocates with malloc and does not survive an
 * allocation failure.
 */
#ifndef BRIEF_HTML_DOC_H
#define BRIEF_HTML_DOC_H

#include <stddef.h>

#include <gumbo.h>

#include "arena.h"
#include "brief.h"

#define HTML_MAX_DEPTH 10000

typedef struct html_doc {
    GumboOutput *tree;     /* owned; html_doc_free */
    arena *store;          /* owns utf8; html_doc_free */
    char *utf8;            /* the text parsed (tree points into it) */
    size_t len;
    char encoding[40];     /* the encoding the bytes were read as, lower case */
    int transcoded;        /* 1 when that was not UTF-8 */
    int guessed;           /* 1 when nothing declared it and the bytes were
                              not UTF-8: read as windows-1252 */
    size_t repaired;       /* invalid sequences in bytes read as UTF-8
                              (the parser reads each as U+FFFD) */
} html_doc;

/*
 * 1 when bytes are HTML: the name ends in .html, .htm or .xhtml (any case),
 * or the content starts (after a BOM and white space) as the standard's
 * MIME sniffing recognises HTML: `<!DOCTYPE HTML`, `<html`, `<head`,
 * `<body`, `<title`, `<script`, `<div`, `<p`, ... or `<!--` followed by
 * one of them, or an XML declaration followed by an `<html` element within
 * the first 1024 bytes.  name may be NULL.
 */
int html_sniff(const char *name, const char *bytes, size_t len);

/*
 * Reads bytes into d (memory from a; free with html_doc_free, also after
 * an error).  Errors: BRIEF_ELIMIT (nested too deep), BRIEF_ENOMEM.
 * Cost: linear in len for pages nested less than HTML_MAX_DEPTH deep.
 */
brief_status html_doc_parse(const brief_allocator *a, const char *bytes, size_t len,
                            html_doc *d);
void html_doc_free(const brief_allocator *a, html_doc *d);

/* The value of attribute name of element node n, or NULL. */
const char *html_attr(const GumboNode *n, const char *name);

/* 1 when element n's own attributes hide it from the eye: aria-hidden
 * "true", or an inline style of display:none or visibility:hidden.  The
 * hidden attribute is left to the caller, which may know better (a
 * streamed part of the page waiting for its script). */
int html_styled_hidden(const GumboNode *n);

/* The encoding a page's first 1024 bytes declare, lower case, into out
 * (cap bytes); "" when none.  Exposed for the tests. */
void html_declared_encoding(const char *bytes, size_t len, char *out, size_t cap);

#endif
