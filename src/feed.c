/*
 * feed.c - RSS 2.0, RSS 1.0 / RDF and Atom to articles (feed.h), with
 * expat's namespace processing: element names arrive as
 * "namespace-URI\x01local-name", so prefixes do not matter and an element
 * counts only in its own namespace.
 *
 * The handlers keep a depth and the depths of the channel (or feed), of
 * the item (or entry) and of an Atom <author>; a field is a direct child
 * of one of them, so <source><title> inside an Atom entry is not the
 * entry's title.  While a field is open its character data (and, in an
 * xhtml Atom content, its markup, written out again) collects in a
 * scratch buffer, copied into the arena when the field closes; the first
 * occurrence of a field wins.
 *
 * References: RSS 2.0 (rssboard.org), RSS 1.0 (web.resource.org/rss/1.0),
 * RFC 4287 (Atom), the content and Dublin Core modules.
 */
#include "feed.h"

#include <stdio.h>
#include <string.h>

/* expat >= 2.4 is built with DTD support unless it is turned off (as
 * Debian's is: its expat_config.h, which expat.h does not include, says
 * so); that declares the billion-laughs limits. */
#ifndef XML_DTD
#define XML_DTD 1
#endif
#include <expat.h>

#include "charset.h"
#include "datenorm.h"

#define NS_SEP '\x01'
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_RSS090 "http://my.netscape.com/rdf/simple/0.9/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_ATOM03 "http://purl.org/atom/ns#"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_XHTML "http://www.w3.org/1999/xhtml"

/* Entity expansion: expat refuses output more than this many times the
 * input once it exceeds the threshold.  Its defaults are 100 and 8 MiB;
 * a feed's entities (&nbsp; declared in an internal subset) expand a few
 * bytes into a few, so 20 from 1 MiB leaves room for any real feed. */
#define FEED_MAX_AMPLIFICATION 20.0f
#define FEED_AMPLIFICATION_FROM ((unsigned long long)1 << 20)
/* Elements nested deeper than this are a hostile feed, not a real one. */
#define FEED_MAX_DEPTH 256

typedef enum field {
    F_NONE,
    F_TITLE,
    F_LINK,
    F_PUBDATE,
    F_DCDATE,
    F_PUBLISHED,
    F_UPDATED,
    F_CREATOR,
    F_AUTHOR,      /* RSS 2.0 <author>, an e-mail address */
    F_AUTHOR_NAME, /* Atom <author><name> */
    F_ENCODED,     /* content:encoded */
    F_CONTENT,     /* Atom content */
    F_DESCRIPTION, /* RSS description, Atom summary */
    F_ID,
    F_NFIELDS
} field;

/* What a captured field keeps: its text, or (xhtml) its markup too. */
enum { CAP_TEXT, CAP_XHTML };

typedef struct slot {
    const char *text;
    int html;
} slot;

typedef struct entry {
    slot f[F_NFIELDS];
    const char *alt_link;   /* Atom rel=alternate, text/html first */
    int alt_is_html;
    const char *any_link;   /* the first href of any rel */
    const char *about;      /* rdf:about */
    int guid_not_permalink;
} entry;

typedef struct parse {
    arena *ar;
    XML_Parser xp;
    brief_status st;       /* BRIEF_ENOMEM or BRIEF_EFORMAT once stopped */
    feed_kind kind;
    int stop_at_root;      /* feed_detect: stop at the root element */
    int depth, chan_depth, item_depth, author_depth;
    /* The capture: the field, its depth, mode and html flag. */
    field cap;
    int cap_depth, cap_mode, cap_html, cap_skip_div;
    char *buf;             /* scratch, drawn from the arena's allocator */
    size_t len, capacity;
    entry cur, chan;       /* the open item; the channel's own fields */
    article *items;
    size_t n, items_cap;
    char unknown_enc[48];  /* an encoding expat does not know, or "" */
    char declared_enc[48]; /* the XML declaration's encoding, or "" */
} parse;

/* ---- small helpers --------------------------------------------------- */

static void fail(parse *p, brief_status st)
{
    if (p->st == BRIEF_OK) p->st = st;
    XML_StopParser(p->xp, XML_FALSE);
}

/* The namespace and local name of an expat name. */
static const char *local_name(const char *name, const char **ns, size_t *ns_len)
{
    const char *sep = strrchr(name, NS_SEP);
    if (!sep) {
        *ns = "";
        *ns_len = 0;
        return name;
    }
    *ns = name;
    *ns_len = (size_t)(sep - name);
    return sep + 1;
}

static int ns_is(const char *ns, size_t len, const char *uri)
{
    return strlen(uri) == len && memcmp(ns, uri, len) == 0;
}

/* The feed's own namespace: where title, link, item... are. */
static int own_ns(const parse *p, const char *ns, size_t len)
{
    switch (p->kind) {
    case FEED_RSS: return len == 0;
    case FEED_RDF: return ns_is(ns, len, NS_RSS1) || ns_is(ns, len, NS_RSS090);
    case FEED_ATOM: return ns_is(ns, len, NS_ATOM) || ns_is(ns, len, NS_ATOM03);
    default: return 0;
    }
}

/* The value of the attribute without a namespace called `name`. */
static const char *attr(const XML_Char **atts, const char *name)
{
    for (size_t i = 0; atts[i]; i += 2)
        if (strcmp(atts[i], name) == 0) return atts[i + 1];
    return NULL;
}

static int same_ascii_case(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        int x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y) return 0;
    }
    return *a == *b;
}

static int starts_ascii_case(const char *s, const char *prefix)
{
    for (; *prefix; s++, prefix++) {
        int x = (unsigned char)*s, y = (unsigned char)*prefix;
        if (x >= 'A' && x <= 'Z') x += 32;
        if (x != y) return 0;
    }
    return 1;
}

static void append(parse *p, const char *s, size_t n)
{
    if (p->st != BRIEF_OK) return;
    if (n > p->capacity - p->len) {
        size_t want = p->capacity ? p->capacity : 256;
        while (want - p->len < n) {
            if (want > BRIEF_MAX_INPUT_BYTES) {
                fail(p, BRIEF_ELIMIT);
                return;
            }
            want *= 2;
        }
        char *nb = mem_realloc(arena_allocator(p->ar), p->buf, want);
        if (!nb) {
            fail(p, BRIEF_ENOMEM);
            return;
        }
        p->buf = nb;
        p->capacity = want;
    }
    memcpy(p->buf + p->len, s, n);
    p->len += n;
}

static void append_str(parse *p, const char *s) { append(p, s, strlen(s)); }

/* s with &, <, > (and " in attributes) written as references. */
static void append_escaped(parse *p, const char *s, size_t n, int in_attr)
{
    size_t from = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = in_attr ? "&quot;" : NULL; break;
        default: break;
        }
        if (!rep) continue;
        append(p, s + from, i - from);
        append_str(p, rep);
        from = i + 1;
    }
    append(p, s + from, n - from);
}

static int is_space(unsigned char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* s[0..n) with runs of white space made one space, none at either end;
 * NULL when nothing is left. */
static const char *folded(parse *p, const char *s, size_t n)
{
    char *out = arena_alloc(p->ar, n + 1);
    if (!out) {
        fail(p, BRIEF_ENOMEM);
        return NULL;
    }
    size_t k = 0;
    int gap = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_space((unsigned char)s[i])) {
            gap = k > 0;
            continue;
        }
        if (gap) out[k++] = ' ';
        gap = 0;
        out[k++] = s[i];
    }
    out[k] = '\0';
    return k ? out : NULL;
}

/* s[0..n) without white space at either end; NULL when nothing is left. */
static const char *trimmed(parse *p, const char *s, size_t n)
{
    while (n && is_space((unsigned char)s[0])) s++, n--;
    while (n && is_space((unsigned char)s[n - 1])) n--;
    if (!n) return NULL;
    char *out = arena_strndup(p->ar, s, n);
    if (!out) fail(p, BRIEF_ENOMEM);
    return out;
}

static const char *copy(parse *p, const char *s)
{
    return s ? trimmed(p, s, strlen(s)) : NULL;
}

/* ---- the fields ------------------------------------------------------ */

static int in_item(const parse *p) { return p->item_depth > 0; }
static entry *target(parse *p) { return in_item(p) ? &p->cur : &p->chan; }

/* Atom's type attribute: whether to keep the field, and as HTML. */
static int atom_type(const char *type, int *html, int *mode)
{
    *html = 0;
    *mode = CAP_TEXT;
    if (!type || same_ascii_case(type, "text") || same_ascii_case(type, "text/plain"))
        return 1;
    if (same_ascii_case(type, "html") || same_ascii_case(type, "text/html")) {
        *html = 1;
        return 1;
    }
    if (same_ascii_case(type, "xhtml") || same_ascii_case(type, "application/xhtml+xml")) {
        *html = 1;
        *mode = CAP_XHTML;
        return 1;
    }
    return starts_ascii_case(type, "text/"); /* other media types: skip */
}

static void open_field(parse *p, field f, int html, int mode)
{
    if (target(p)->f[f].text) return; /* the first occurrence wins */
    p->cap = f;
    p->cap_depth = p->depth;
    p->cap_html = html;
    p->cap_mode = mode;
    p->cap_skip_div = 0;
    p->len = 0;
}

/* An Atom <link>: rel="alternate" (or none) is the article; of those, one
 * of type text/html (or none) first. */
static void atom_link(parse *p, const XML_Char **atts)
{
    const char *href = attr(atts, "href");
    if (!href || !*href) return;
    entry *e = target(p);
    const char *rel = attr(atts, "rel");
    const char *type = attr(atts, "type");
    int html = !type || same_ascii_case(type, "text/html") ||
               same_ascii_case(type, "application/xhtml+xml");
    if (!e->any_link) e->any_link = copy(p, href);
    if (rel && !same_ascii_case(rel, "alternate")) return;
    if (!e->alt_link || (html && !e->alt_is_html)) {
        e->alt_link = copy(p, href);
        e->alt_is_html = html;
    }
}

/* A direct child of an item, of the channel, or of an Atom author. */
static void child(parse *p, const char *ns, size_t ns_len, const char *name,
                  const XML_Char **atts)
{
    int own = own_ns(p, ns, ns_len);
    int html, mode;
    if (p->author_depth && p->depth == p->author_depth + 1) {
        if (own && strcmp(name, "name") == 0) open_field(p, F_AUTHOR_NAME, 0, CAP_TEXT);
        return;
    }
    if (ns_is(ns, ns_len, NS_CONTENT) && strcmp(name, "encoded") == 0) {
        open_field(p, F_ENCODED, 1, CAP_TEXT);
    } else if (ns_is(ns, ns_len, NS_DC)) {
        if (strcmp(name, "creator") == 0) open_field(p, F_CREATOR, 0, CAP_TEXT);
        else if (strcmp(name, "date") == 0) open_field(p, F_DCDATE, 0, CAP_TEXT);
    } else if (!own) {
        return;
    } else if (strcmp(name, "title") == 0) {
        open_field(p, F_TITLE, 0, CAP_TEXT); /* xhtml titles: text only */
    } else if (p->kind == FEED_ATOM) {
        if (strcmp(name, "link") == 0) {
            atom_link(p, atts);
        } else if (strcmp(name, "author") == 0) {
            p->author_depth = p->depth;
        } else if (strcmp(name, "id") == 0) {
            open_field(p, F_ID, 0, CAP_TEXT);
        } else if (strcmp(name, "published") == 0 || strcmp(name, "issued") == 0) {
            open_field(p, F_PUBLISHED, 0, CAP_TEXT);
        } else if (strcmp(name, "updated") == 0 || strcmp(name, "modified") == 0) {
            open_field(p, F_UPDATED, 0, CAP_TEXT);
        } else if (strcmp(name, "content") == 0 || strcmp(name, "summary") == 0) {
            /* Atom 0.3 says mode="escaped" for HTML in content. */
            const char *type = attr(atts, "type");
            const char *m03 = attr(atts, "mode");
            if (attr(atts, "src") || !atom_type(type, &html, &mode)) return;
            if (m03 && same_ascii_case(m03, "escaped") && type &&
                same_ascii_case(type, "text/html"))
                html = 1;
            open_field(p, name[0] == 'c' ? F_CONTENT : F_DESCRIPTION, html, mode);
        }
    } else if (strcmp(name, "link") == 0) {
        open_field(p, F_LINK, 0, CAP_TEXT);
    } else if (strcmp(name, "description") == 0) {
        open_field(p, F_DESCRIPTION, 1, CAP_TEXT);
    } else if (p->kind == FEED_RSS && strcmp(name, "pubDate") == 0) {
        open_field(p, F_PUBDATE, 0, CAP_TEXT);
    } else if (p->kind == FEED_RSS && strcmp(name, "author") == 0) {
        open_field(p, F_AUTHOR, 0, CAP_TEXT);
    } else if (p->kind == FEED_RSS && strcmp(name, "guid") == 0) {
        const char *perma = attr(atts, "isPermaLink");
        if (in_item(p)) p->cur.guid_not_permalink = perma && same_ascii_case(perma, "false");
        open_field(p, F_ID, 0, CAP_TEXT);
    }
}

/* Void HTML elements: written without an end tag. */
static int is_void(const char *name)
{
    static const char *const v[] = {"area", "base", "br", "col", "embed", "hr", "img",
                                     "input", "link", "meta", "param", "source", "track",
                                     "wbr"};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        if (strcmp(name, v[i]) == 0) return 1;
    return 0;
}

static void xhtml_start(parse *p, const char *ns, size_t ns_len, const char *name,
                        const XML_Char **atts)
{
    /* RFC 4287 4.1.3.3: the div around xhtml content is not part of it. */
    if (p->depth == p->cap_depth + 1 && ns_is(ns, ns_len, NS_XHTML) &&
        strcmp(name, "div") == 0) {
        p->cap_skip_div = 1;
        return;
    }
    append_str(p, "<");
    append_str(p, name);
    for (size_t i = 0; atts[i]; i += 2) {
        if (strchr(atts[i], NS_SEP)) continue; /* xml:lang and the like */
        append_str(p, " ");
        append_str(p, atts[i]);
        append_str(p, "=\"");
        append_escaped(p, atts[i + 1], strlen(atts[i + 1]), 1);
        append_str(p, "\"");
    }
    append_str(p, ">");
}

static void XMLCALL on_start(void *ud, const XML_Char *qname, const XML_Char **atts)
{
    parse *p = ud;
    if (++p->depth > FEED_MAX_DEPTH) {
        fail(p, BRIEF_EFORMAT);
        return;
    }
    const char *ns;
    size_t ns_len;
    const char *name = local_name(qname, &ns, &ns_len);
    if (p->cap != F_NONE) {
        if (p->cap_mode == CAP_XHTML) xhtml_start(p, ns, ns_len, name, atts);
        return;
    }
    if (p->depth == 1) {
        if (ns_len == 0 && strcmp(name, "rss") == 0) p->kind = FEED_RSS;
        else if (ns_is(ns, ns_len, NS_RDF) && strcmp(name, "RDF") == 0) p->kind = FEED_RDF;
        else if ((ns_is(ns, ns_len, NS_ATOM) || ns_is(ns, ns_len, NS_ATOM03)) &&
                 strcmp(name, "feed") == 0)
            p->kind = FEED_ATOM;
        if (p->kind == FEED_ATOM) p->chan_depth = 1;
        if (p->kind == FEED_NONE) fail(p, BRIEF_EFORMAT);
        else if (p->stop_at_root) XML_StopParser(p->xp, XML_FALSE);
        return;
    }
    int own = own_ns(p, ns, ns_len);
    if (!in_item(p) && own && p->depth == 2 && p->kind != FEED_ATOM &&
        strcmp(name, "channel") == 0) {
        p->chan_depth = 2;
        return;
    }
    /* RSS 2.0: channel/item; RSS 1.0: items beside the channel; Atom:
     * feed/entry. */
    int item_at = p->kind == FEED_RSS ? 3 : 2;
    const char *item_name = p->kind == FEED_ATOM ? "entry" : "item";
    if (!in_item(p) && own && p->depth == item_at && strcmp(name, item_name) == 0 &&
        (p->kind != FEED_RSS || p->chan_depth == 2)) {
        memset(&p->cur, 0, sizeof p->cur);
        p->item_depth = p->depth;
        p->author_depth = 0;
        if (p->kind == FEED_RDF) {
            for (size_t i = 0; atts[i]; i += 2) {
                const char *ans;
                size_t ans_len;
                const char *an = local_name(atts[i], &ans, &ans_len);
                if (ns_is(ans, ans_len, NS_RDF) && strcmp(an, "about") == 0)
                    p->cur.about = copy(p, atts[i + 1]);
            }
        }
        return;
    }
    int parent = in_item(p) ? p->item_depth : p->chan_depth;
    if (parent && (p->depth == parent + 1 ||
                   (p->author_depth && p->depth == p->author_depth + 1)))
        child(p, ns, ns_len, name, atts);
}

static void close_field(parse *p)
{
    entry *e = target(p);
    const char *text;
    if (p->cap == F_TITLE || p->cap == F_AUTHOR_NAME || p->cap == F_CREATOR ||
        p->cap == F_AUTHOR)
        text = folded(p, p->buf, p->len);
    else
        text = trimmed(p, p->buf, p->len);
    e->f[p->cap].text = text;
    e->f[p->cap].html = p->cap_html;
    p->cap = F_NONE;
}

static int is_http(const char *s)
{
    return s && (starts_ascii_case(s, "http://") || starts_ascii_case(s, "https://"));
}

/* "jo@example.com (Jo Bloggs)" -> "Jo Bloggs", as RSS 2.0 writes it. */
static const char *rss_author(parse *p, const char *s)
{
    if (!s) return NULL;
    const char *open = strchr(s, '(');
    size_t n = strlen(s);
    if (open && n > 0 && s[n - 1] == ')' && open < s + n - 2)
        return folded(p, open + 1, (size_t)(s + n - 1 - (open + 1)));
    return s;
}

static const char *first_date(parse *p, const entry *e)
{
    static const field order[] = {F_PUBDATE, F_DCDATE, F_PUBLISHED, F_UPDATED};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        const char *d = e->f[order[i]].text;
        char iso[DATENORM_MAX];
        if (d && datenorm(d, strlen(d), iso)) {
            char *out = arena_strdup(p->ar, iso);
            if (!out) fail(p, BRIEF_ENOMEM);
            return out;
        }
    }
    return NULL;
}

static void close_item(parse *p)
{
    entry *e = &p->cur;
    p->item_depth = 0;
    p->author_depth = 0;
    article a;
    memset(&a, 0, sizeof a);
    a.title = e->f[F_TITLE].text;
    if (p->kind == FEED_ATOM) a.url = e->alt_link ? e->alt_link : e->any_link;
    else a.url = e->f[F_LINK].text;
    if (!a.url && p->kind == FEED_RSS && !e->guid_not_permalink && is_http(e->f[F_ID].text))
        a.url = e->f[F_ID].text;
    if (!a.url) a.url = e->about;
    a.date = first_date(p, e);
    a.author = e->f[F_CREATOR].text;
    if (!a.author) a.author = rss_author(p, e->f[F_AUTHOR].text);
    if (!a.author) a.author = e->f[F_AUTHOR_NAME].text;
    a.id = e->f[F_ID].text ? e->f[F_ID].text : e->about;
    static const field bodies[] = {F_ENCODED, F_CONTENT, F_DESCRIPTION};
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0] && !a.body; i++) {
        const slot *s = &e->f[bodies[i]];
        if (!s->text) continue;
        a.body = s->text;
        a.body_len = strlen(s->text);
        a.body_is_html = s->html;
    }
    if (!a.title && !a.body) return;
    if (!ARENA_PUSH(p->ar, p->items, p->n, p->items_cap)) {
        fail(p, BRIEF_ENOMEM);
        return;
    }
    p->items[p->n - 1] = a;
}

static void XMLCALL on_end(void *ud, const XML_Char *qname)
{
    parse *p = ud;
    if (p->cap != F_NONE) {
        if (p->depth == p->cap_depth) {
            close_field(p);
        } else if (p->cap_mode == CAP_XHTML) {
            const char *ns;
            size_t ns_len;
            const char *name = local_name(qname, &ns, &ns_len);
            if (p->cap_skip_div && p->depth == p->cap_depth + 1) p->cap_skip_div = 0;
            else if (!is_void(name)) {
                append_str(p, "</");
                append_str(p, name);
                append_str(p, ">");
            }
        }
    } else if (p->author_depth && p->depth == p->author_depth) {
        p->author_depth = 0;
    } else if (in_item(p) && p->depth == p->item_depth) {
        close_item(p);
    } else if (p->kind != FEED_ATOM && p->depth == p->chan_depth) {
        /* RSS 1.0's <image> and <textinput> beside the channel have
         * titles too: only the channel's own count. */
        p->chan_depth = 0;
    }
    p->depth--;
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
    parse *p = ud;
    if (p->cap == F_NONE || len <= 0) return;
    if (p->cap_mode == CAP_XHTML) append_escaped(p, s, (size_t)len, 0);
    else append(p, s, (size_t)len);
}

/* Any encoding expat does not know: remember its name and refuse it, so
 * feed_parse converts the bytes with iconv and parses them again. */
static int XMLCALL on_unknown_encoding(void *ud, const XML_Char *name, XML_Encoding *info)
{
    (void)info;
    parse *p = ud;
    snprintf(p->unknown_enc, sizeof p->unknown_enc, "%s", name);
    return XML_STATUS_ERROR;
}

static void XMLCALL on_xml_decl(void *ud, const XML_Char *version, const XML_Char *encoding,
                                int standalone)
{
    (void)version;
    (void)standalone;
    parse *p = ud;
    if (encoding) snprintf(p->declared_enc, sizeof p->declared_enc, "%s", encoding);
}

/* Whether bytes hold one in 0x80-0x9F: in text declared ISO-8859-1 these
 * are windows-1252 punctuation, which expat (reading ISO-8859-1 itself)
 * would turn into control codes. */
static int has_c1_byte(const char *bytes, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)bytes[i];
        if (c >= 0x80 && c <= 0x9F) return 1;
    }
    return 0;
}

/* ---- driving expat --------------------------------------------------- */

/* One pass of expat over bytes[0..len) (len <= BRIEF_MAX_INPUT_BYTES), in
 * `encoding` or as declared.  Leaves p->st and the error in *error. */
static void run(parse *p, const char *encoding, const char *bytes, size_t len,
                const char **error)
{
    arena *ar = p->ar;
    int stop = p->stop_at_root;
    memset(p, 0, sizeof *p);
    p->ar = ar;
    p->stop_at_root = stop;
    *error = NULL;
    p->xp = XML_ParserCreateNS(encoding, NS_SEP);
    if (!p->xp) {
        p->st = BRIEF_ENOMEM;
        return;
    }
    XML_SetUserData(p->xp, p);
    XML_SetElementHandler(p->xp, on_start, on_end);
    XML_SetCharacterDataHandler(p->xp, on_text);
    XML_SetUnknownEncodingHandler(p->xp, on_unknown_encoding, p);
    XML_SetXmlDeclHandler(p->xp, on_xml_decl);
    /* No external entity handler and no parameter entities: nothing
     * outside the bytes is ever read. */
    XML_SetParamEntityParsing(p->xp, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(p->xp, FEED_MAX_AMPLIFICATION);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(p->xp, FEED_AMPLIFICATION_FROM);

    enum XML_Status xs = XML_Parse(p->xp, bytes, (int)len, XML_TRUE);
    enum XML_Error code = XML_GetErrorCode(p->xp);
    if (xs == XML_STATUS_ERROR && code != XML_ERROR_ABORTED && p->st == BRIEF_OK) {
        if (code == XML_ERROR_NO_MEMORY) {
            p->st = BRIEF_ENOMEM;
        } else {
            char msg[160];
            snprintf(msg, sizeof msg, "line %lu: %s",
                     (unsigned long)XML_GetCurrentLineNumber(p->xp), XML_ErrorString(code));
            *error = arena_strdup(p->ar, msg);
            if (!*error) p->st = BRIEF_ENOMEM;
        }
    } else if (p->st == BRIEF_EFORMAT) {
        *error = p->kind == FEED_NONE ? "the root element is not a feed's"
                                      : "elements nested too deep";
    }
    XML_ParserFree(p->xp);
    p->xp = NULL;
    mem_free(arena_allocator(p->ar), p->buf);
    p->buf = NULL;
}

/* run(), and once more in UTF-8 after iconv when the declared encoding
 * is not expat's own. */
static void run_any(parse *p, const char *bytes, size_t len, const char **error)
{
    run(p, NULL, bytes, len, error);
    char name[sizeof p->unknown_enc];
    if (p->st == BRIEF_OK && p->unknown_enc[0] && p->kind == FEED_NONE) {
        memcpy(name, p->unknown_enc, sizeof name);
    } else if (p->st == BRIEF_OK && p->declared_enc[0] &&
               strcmp(charset_superset(p->declared_enc), p->declared_enc) != 0 &&
               has_c1_byte(bytes, len)) {
        /* Declared in a label expat reads as such, written in its
         * superset: read again through iconv. */
        memcpy(name, p->declared_enc, sizeof name);
    } else {
        return;
    }
    char *utf8;
    size_t n;
    brief_status st = charset_to_utf8(p->ar, name, bytes, len, &utf8, &n);
    if (st == BRIEF_EINVAL) return; /* iconv does not know it either */
    if (st != BRIEF_OK) {
        p->st = st;
        return;
    }
    run(p, "UTF-8", utf8, n, error);
}

feed_kind feed_detect(arena *ar, const char *bytes, size_t len)
{
    if (!bytes || len > BRIEF_MAX_INPUT_BYTES) return FEED_NONE;
    parse p;
    memset(&p, 0, sizeof p);
    p.ar = ar;
    p.stop_at_root = 1;
    const char *error;
    run_any(&p, bytes, len, &error);
    return p.st == BRIEF_OK ? p.kind : FEED_NONE;
}

brief_status feed_parse(arena *ar, const char *bytes, size_t len, feed *out)
{
    memset(out, 0, sizeof *out);
    if (len > BRIEF_MAX_INPUT_BYTES) return BRIEF_ELIMIT;
    if (!bytes) bytes = "";
    parse p;
    memset(&p, 0, sizeof p);
    p.ar = ar;
    const char *error;
    run_any(&p, bytes, len, &error);
    out->kind = p.kind;
    out->error = error;
    if (p.st == BRIEF_ENOMEM || p.st == BRIEF_ELIMIT) return p.st;
    if (p.kind == FEED_NONE || p.st != BRIEF_OK || (error && p.n == 0)) {
        if (!out->error) out->error = "not a feed";
        return BRIEF_EFORMAT;
    }
    out->title = p.chan.f[F_TITLE].text;
    out->url = p.kind == FEED_ATOM ? (p.chan.alt_link ? p.chan.alt_link : p.chan.any_link)
                                   : p.chan.f[F_LINK].text;
    out->items = p.items;
    out->n = p.n;
    const char *feed_author = p.chan.f[F_AUTHOR_NAME].text;
    if (!feed_author) feed_author = p.chan.f[F_CREATOR].text;
    for (size_t i = 0; i < p.n; i++) {
        p.items[i].source = out->title;
        if (!p.items[i].author) p.items[i].author = feed_author;
    }
    return BRIEF_OK;
}
