/*
 * feed.h - news feeds to articles: RSS 2.0 (and 0.9x), RSS 1.0 / RDF and
 * Atom 1.0 (and 0.3), parsed with expat with namespace processing, one
 * article (article.h) per item or entry.
 *
 * Per item:
 *   title   RSS title / Atom title (text only; markup of an xhtml title
 *           dropped), white space folded;
 *   url     RSS link (else a guid that is a permalink and an http(s) URL),
 *           RSS 1.0 link (else rdf:about), Atom link rel="alternate" (or
 *           without rel; one of type text/html first), else the first
 *           link with an href;
 *   date    the first of pubDate, dc:date, Atom published (0.3 issued),
 *           updated (0.3 modified) that datenorm() reads;
 *   author  dc:creator, else RSS author ("mail@host (Name)" gives Name),
 *           else the entry's Atom author/name, else the feed's;
 *   source  the channel / feed title, the same for every item;
 *   id      guid, Atom id, rdf:about;
 *   body    content:encoded (HTML); else Atom content: type "html" (HTML),
 *           "xhtml" (the XHTML re-serialised as HTML, without its wrapper
 *           div), "text" or absent (plain), other text/ types by their
 *           subtype, none when it has a src or another type; else RSS
 *           description (HTML: RSS allows entity-encoded markup there, and
 *           an HTML reader reads plain text as plain text), else Atom
 *           summary (by its type).
 * Only elements in the feed's own namespace (none for RSS 2.0) and the
 * content and dc modules count: <media:title> is not a title.
 *
 * Encodings: UTF-8, UTF-16 (BOM or declaration), ISO-8859-1 and US-ASCII
 * are expat's own; any other declared encoding (windows-1252, KOI8-R,
 * Shift_JIS...) is converted to UTF-8 with iconv (charset.h) and parsed
 * again as UTF-8.  Safety: no external entity or DTD is ever loaded (no
 * handler for them, parameter entities off); internal entity expansion is
 * bounded by expat's billion-laughs protection, tightened here.
 */
#ifndef BRIEF_FEED_H
#define BRIEF_FEED_H

#include <stddef.h>

#include "arena.h"
#include "article.h"
#include "brief.h"

typedef enum feed_kind {
    FEED_NONE = 0, /* not a feed (another root element, or not XML) */
    FEED_RSS,      /* <rss> without a namespace: RSS 0.9x and 2.0 */
    FEED_RDF,      /* <rdf:RDF>: RSS 1.0 and 0.90 */
    FEED_ATOM      /* <feed> in the Atom 1.0 or 0.3 namespace */
} feed_kind;

typedef struct feed {
    feed_kind kind;
    const char *title; /* channel / feed title, folded; or NULL */
    const char *url;   /* the channel's site link; or NULL */
    article *items;    /* in document order; items with neither a title
                          nor a body are left out */
    size_t n;
    /* NULL for a well-formed feed; else expat's message and where ("line
     * 12: unclosed token"): the items completed before the error are
     * kept. */
    const char *error;
} feed;

/*
 * The kind of feed bytes[0..len) is, by its root element (read with
 * expat, so a BOM, UTF-16, comments and a DOCTYPE before it are fine);
 * FEED_NONE for anything else.  `ar` holds a converted copy when the
 * encoding is not expat's own.  Cost: linear in the bytes up to the root
 * element.
 */
feed_kind feed_detect(arena *ar, const char *bytes, size_t len);

/*
 * Parses the feed bytes[0..len) into *out; everything is allocated from
 * `ar`.  Errors: BRIEF_EFORMAT when the root element is no feed's, or the
 * XML is malformed before any item was complete (out->error says why);
 * BRIEF_ELIMIT when len > BRIEF_MAX_INPUT_BYTES; BRIEF_ENOMEM.  A feed
 * that breaks off after some items gives BRIEF_OK, those items and
 * out->error.  Cost: linear in len.
 */
brief_status feed_parse(arena *ar, const char *bytes, size_t len, feed *out);

#endif
