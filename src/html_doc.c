/*
 * html_doc.c - bytes of a web page to a gumbo tree over UTF-8 text (see
 * html_doc.h).  References: WHATWG HTML, "Determining the character
 * encoding" (BOM, prescan of 1024 bytes, the label table) and WHATWG MIME
 * Sniffing, "rules for identifying an unknown MIME type" (the patterns
 * that make bytes HTML).  The markup itself is only ever read by gumbo.
 */
#include "html_doc.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "charset.h"
#include "text.h"

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* 1 when s[0..n) starts with the lower-case ASCII word w, in any case. */
static int starts_nocase(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++)
        if (lower(s[i]) != w[i]) return 0;
    return 1;
}

static int ends_nocase(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && starts_nocase(s + n - k, k, suffix);
}

/* The MIME sniffing patterns for HTML: each is followed by a space or '>'
 * (a tag-terminating byte) to count. */
static const char *const html_tags[] = {
    "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font",
    "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--",
};

static size_t skip_space(const char *s, size_t n, size_t i)
{
    while (i < n && text_is_space_byte((unsigned char)s[i])) i++;
    return i;
}

static int tag_at(const char *s, size_t n, size_t i)
{
    for (size_t k = 0; k < sizeof html_tags / sizeof html_tags[0]; k++) {
        size_t w = strlen(html_tags[k]);
        if (!starts_nocase(s + i, n - i, html_tags[k])) continue;
        if (k + 1 == sizeof html_tags / sizeof html_tags[0]) return 1; /* <!-- */
        if (i + w < n && (s[i + w] == ' ' || s[i + w] == '>' || text_is_space_byte((unsigned char)s[i + w])))
            return 1;
    }
    return 0;
}

int html_sniff(const char *name, const char *bytes, size_t len)
{
    if (name && (ends_nocase(name, ".html") || ends_nocase(name, ".htm") ||
                 ends_nocase(name, ".xhtml")))
        return 1;
    if (!bytes) return 0;
    size_t i = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    i = skip_space(bytes, len, i);
    if (tag_at(bytes, len, i)) return 1;
    if (!starts_nocase(bytes + i, len - i, "<?xml")) return 0;
    size_t end = len < 1024 ? len : 1024;
    for (size_t k = i; k + 5 <= end; k++)
        if (bytes[k] == '<' && starts_nocase(bytes + k, end - k, "<html")) return 1;
    return 0;
}

/* ---- the encoding ------------------------------------------------------ */

/* The encoding named in a Content-Type value ("text/html; charset=X"), as
 * the standard extracts it from a meta element, into out. */
static void charset_of_content(const char *v, char *out, size_t cap)
{
    for (const char *p = v; *p; p++) {
        if (!starts_nocase(p, strlen(p), "charset")) continue;
        const char *q = p + 7;
        while (*q && text_is_space_byte((unsigned char)*q)) q++;
        if (*q != '=') continue;
        q++;
        while (*q && text_is_space_byte((unsigned char)*q)) q++;
        char quote = *q == '"' || *q == '\'' ? *q++ : 0;
        size_t k = 0;
        while (*q && k + 1 < cap && (quote ? *q != quote : !text_is_space_byte((unsigned char)*q) && *q != ';'))
            out[k++] = lower(*q++);
        out[k] = '\0';
        return;
    }
}

static void copy_label(const char *v, char *out, size_t cap)
{
    while (*v && text_is_space_byte((unsigned char)*v)) v++;
    size_t k = 0;
    while (*v && k + 1 < cap && !text_is_space_byte((unsigned char)*v)) out[k++] = lower(*v++);
    out[k] = '\0';
}

/* The first declaration in the tree under n, depth-first (the prescan
 * stops at the first one too); 1 when found. */
static int find_declared(const GumboNode *n, char *out, size_t cap, int depth)
{
    if (depth > 64) return 0;
    if (n->type == GUMBO_NODE_COMMENT && n->v.text.text) {
        /* An XML declaration is a bogus comment "?xml ... encoding=..." to
         * an HTML parser. */
        const char *t = n->v.text.text;
        if (starts_nocase(t, strlen(t), "?xml")) {
            const char *e = strstr(t, "encoding");
            if (e) {
                char tmp[64];
                snprintf(tmp, sizeof tmp, "charset%s", e + 8);
                charset_of_content(tmp, out, cap);
                if (*out) return 1;
            }
        }
        return 0;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return 0;
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_META) {
        const char *cs = html_attr(n, "charset");
        if (cs && *cs) {
            copy_label(cs, out, cap);
            return *out != '\0';
        }
        const char *he = html_attr(n, "http-equiv"), *content = html_attr(n, "content");
        if (he && content && starts_nocase(he, strlen(he), "content-type")) {
            charset_of_content(content, out, cap);
            if (*out) return 1;
        }
    }
    const GumboVector *kids = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children
                                                              : &n->v.element.children;
    for (unsigned i = 0; i < kids->length; i++)
        if (find_declared(kids->data[i], out, cap, depth + 1)) return 1;
    return 0;
}

void html_declared_encoding(const char *bytes, size_t len, char *out, size_t cap)
{
    out[0] = '\0';
    size_t n = len < 1024 ? len : 1024;
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *t = gumbo_parse_with_options(&opt, bytes, n);
    if (!t) return;
    find_declared(t->document, out, cap, 0);
    gumbo_destroy_output(&opt, t);
}

const char *html_attr(const GumboNode *n, const char *name)
{
    if (!n || n->type != GUMBO_NODE_ELEMENT) return NULL;
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

int html_styled_hidden(const GumboNode *n)
{
    const char *ah = html_attr(n, "aria-hidden");
    if (ah && strcmp(ah, "true") == 0) return 1;
    const char *st = html_attr(n, "style");
    if (!st) return 0;
    char s[128];
    size_t k = 0;
    for (const char *p = st; *p && k + 1 < sizeof s; p++)
        if (*p != ' ') s[k++] = (*p >= 'A' && *p <= 'Z') ? (char)(*p + 32) : *p;
    s[k] = '\0';
    return strstr(s, "display:none") || strstr(s, "visibility:hidden");
}

/* The invalid sequences in s[0..n), each as one U+FFFD would replace. */
static size_t invalid_utf8(const char *s, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        i += text_utf8_next(s + i, n - i, &cp);
        bad += cp < 0;
    }
    return bad;
}

static int valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t k = text_utf8_next(s + i, n - i, &cp);
        if (cp < 0) return 0;
        i += k;
    }
    return 1;
}

/* The encoding to read the bytes as (a name iconv knows); *skip: BOM bytes. */
static const char *choose_encoding(const char *b, size_t n, size_t *skip, char *label, size_t cap,
                                   int *guessed)
{
    *skip = 0;
    *guessed = 0;
    if (n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0) {
        *skip = 3;
        return "utf-8";
    }
    if (n >= 2 && memcmp(b, "\xFE\xFF", 2) == 0) {
        *skip = 2;
        return "utf-16be";
    }
    if (n >= 2 && memcmp(b, "\xFF\xFE", 2) == 0) {
        *skip = 2;
        return "utf-16le";
    }
    html_declared_encoding(b, n, label, cap);
    /* ISO-2022 encodings are 7-bit: their bytes are always valid UTF-8. */
    if (strncmp(label, "iso-2022", 8) == 0 || strncmp(label, "csiso2022", 9) == 0) return label;
    if (valid_utf8(b, n)) return "utf-8";
    if (!*label) {
        *guessed = 1;
        return "windows-1252";
    }
    /* A page declaring UTF-16 without a BOM is ASCII-compatible, says the
     * standard: it is read as UTF-8 (here: invalid bytes repaired). */
    if (strncmp(label, "utf-", 4) == 0 || strcmp(label, "utf8") == 0 ||
        strcmp(label, "unicode-1-1-utf-8") == 0)
        return "utf-8";
    static const char *const w1252[] = {"us-ascii", "ascii", "iso-8859-1", "iso8859-1",
                                        "latin1", "l1", "cp1252", "iso_8859-1", "cp819",
                                        "ibm819", "iso-ir-100", "x-cp1252", "windows-1252",
                                        "csisolatin1", "iso88591", "iso_8859-1:1987"};
    for (size_t i = 0; i < sizeof w1252 / sizeof w1252[0]; i++)
        if (strcmp(label, w1252[i]) == 0) return "windows-1252";
    return label;
}

/* void elements and those whose end tag may be left out: an unclosed one
 * nests nothing. */
static int never_nests(const char *s, size_t n)
{
    static const char *const names[] = {"br", "img", "meta", "link", "input", "hr", "wbr",
                                        "source", "area", "base", "col", "embed", "param",
                                        "track", "p", "li", "td", "tr", "th", "option",
                                        "dt", "dd", "keygen", "colgroup", "tbody"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t k = strlen(names[i]);
        if (starts_nocase(s, n, names[i]) &&
            (n == k || !((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
                         (s[k] >= '0' && s[k] <= '9'))))
            return 1;
    }
    return 0;
}

/* An upper bound on how deep the page's elements nest, counted over the
 * bytes: each "<name" opens a level unless the element never nests or
 * the tag ends "/>", each "</" closes one.  Only a guard against a page
 * that would make the tree construction square in time; the tree itself
 * comes from gumbo. */
/* gumbo allocates every node, attribute and string buffer one by one and
 * frees many of them again while it parses; drawing them from the
 * document's store and never freeing one alone saves the allocator's
 * bookkeeping (about 5% of the parse) and the walk that frees the tree,
 * which goes with the store. */
static void *tree_alloc(void *store, size_t size) { return arena_alloc(store, size); }
static void tree_release(void *store, void *p) { (void)store; (void)p; }

static size_t nesting_bound(const char *s, size_t n)
{
    size_t depth = 0, most = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] != '<') continue;
        char c = s[i + 1];
        if (c == '/') {
            if (depth) depth--;
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
        if (never_nests(s + i + 1, n - i - 1)) continue;
        /* A tag is closed within 4 KiB or counts as nesting: the search
         * stays linear on a page of '<' without '>'. */
        size_t room = n - i < 4096 ? n - i : 4096;
        const char *gt = memchr(s + i, '>', room);
        if (gt && gt[-1] == '/') continue;
        if (++depth > most) most = depth;
    }
    return most;
}

brief_status html_doc_parse(const brief_allocator *a, const char *bytes, size_t len,
                            html_doc *d)
{
    memset(d, 0, sizeof *d);
    if (!bytes) bytes = "";
    char label[32];
    size_t skip;
    const char *enc = choose_encoding(bytes, len, &skip, label, sizeof label, &d->guessed);
    d->store = arena_new(a);
    if (!d->store) return BRIEF_ENOMEM;
    brief_status st = BRIEF_EINVAL;
    if (strcmp(enc, "utf-8") != 0) {
        st = charset_to_utf8(d->store, enc, bytes + skip, len - skip, &d->utf8, &d->len);
        /* A label iconv does not know: the bytes as UTF-8 when they are,
         * else as the web's default. */
        if (st == BRIEF_EINVAL) {
            enc = valid_utf8(bytes, len) ? "utf-8" : "windows-1252";
            if (strcmp(enc, "utf-8") != 0)
                st = charset_to_utf8(d->store, enc, bytes + skip, len - skip, &d->utf8, &d->len);
        }
        if (st != BRIEF_OK && st != BRIEF_EINVAL) return st;
    }
    if (st != BRIEF_OK) {
        d->len = len - skip;
        d->utf8 = arena_alloc(d->store, d->len + 1);
        if (!d->utf8) return BRIEF_ENOMEM;
        memcpy(d->utf8, bytes + skip, d->len);
        d->utf8[d->len] = '\0';
        enc = "utf-8";
    }
    snprintf(d->encoding, sizeof d->encoding, "%s", enc);
    d->transcoded = strcmp(d->encoding, "utf-8") != 0;
    if (!d->transcoded) d->repaired = invalid_utf8(d->utf8, d->len);
    if (nesting_bound(d->utf8, d->len) > HTML_MAX_DEPTH) return BRIEF_ELIMIT;
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    opt.allocator = tree_alloc;
    opt.deallocator = tree_release;
    opt.userdata = d->store;
    d->tree = gumbo_parse_with_options(&opt, d->utf8, d->len);
    return d->tree ? BRIEF_OK : BRIEF_ENOMEM;
}

void html_doc_free(const brief_allocator *a, html_doc *d)
{
    (void)a; /* the store remembers its allocator; the tree lives in it */
    if (!d) return;
    arena_free(d->store);
    memset(d, 0, sizeof *d);
}
