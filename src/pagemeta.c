/*
 * pagemeta.c - what a web page says of itself, and its title and date
 * (see pagemeta.h).
 */
#include "pagemeta.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "datenorm.h"
#include "extract.h"
#include "html_doc.h"
#include "render.h"
#include "text.h"



static size_t words(const char *s, size_t n);

static void gather_text(const GumboNode *g, rbuf *b, int depth)
{
    if (depth > 32) return;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE) {
        rbuf_puts(b, g->v.text.text);
        return;
    }
    if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_DOCUMENT) return;
    const GumboVector *k = g->type == GUMBO_NODE_DOCUMENT ? &g->v.document.children
                                                           : &g->v.element.children;
    for (unsigned i = 0; i < k->length; i++) gather_text(k->data[i], b, depth + 1);
}

/* A declared string that holds character references ("&#8211;", "&amp;",
 * escaped twice by the page's software) decoded by the HTML parser, as a
 * <title> would be. */
static const char *decode_refs(arena *ar, const char *s)
{
    if (!strchr(s, '&') && !strchr(s, '<')) return s;
    size_t n = strlen(s);
    char *doc = arena_alloc(ar, n + 16);
    if (!doc) return s;
    memcpy(doc, "<title>", 7);
    memcpy(doc + 7, s, n);
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *o = gumbo_parse_with_options(&opt, doc, n + 7);
    if (!o) return s;
    rbuf b;
    rbuf_init(&b, ar);
    gather_text(o->document, &b, 0);
    gumbo_destroy_output(&opt, o);
    if (b.failed || !b.p) return s;
    b.p[b.len] = '\0';
    return b.p;
}

/* 1 when s holds a character reference at its first '&' ("&#8230;",
 * "&amp;"). */
static int holds_reference(const char *s)
{
    const char *amp = strchr(s, '&');
    if (!amp || !(amp[1] == '#' || (amp[1] >= 'a' && amp[1] <= 'z'))) return 0;
    size_t n = strspn(amp + 1, "#0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    return n <= 10 && amp[1 + n] == ';';
}

static char *dup_trim(arena *ar, const char *s)
{
    if (!s) return NULL;
    s = decode_refs(ar, s);
    /* Escaped twice ("&amp;#8230;" in a JSON-LD headline): a reference
     * is left after one decoding, which no title means to show. */
    if (holds_reference(s)) s = decode_refs(ar, s);
    rbuf b;
    rbuf_init(&b, ar);
    xtree_put_text(&b, s);
    while (b.len && b.p[b.len - 1] == ' ') b.len--;
    if (b.failed || b.len == 0) return NULL;
    b.p[b.len] = '\0';
    return b.p;
}

/* 1 when element g is hidden from the eye: the hidden attribute,
 * aria-hidden, an inline display:none or visibility:hidden, or a class that hides it visually
 * for screen readers ("sr-only", "visually-hidden", "screen-reader-text"):
 * a heading's words a reader does not see. */
static int unseen(const GumboNode *g)
{
    if (g->type != GUMBO_NODE_ELEMENT) return 0;
    if (gumbo_get_attribute(&g->v.element.attributes, "hidden")) return 1;
    if (html_styled_hidden(g)) return 1;
    const char *cl = html_attr(g, "class");
    if (cl) {
        static const char *const hiding[] = {"sr-only", "visually-hidden", "visuallyhidden",
                                             "screen-reader-text", "screen-reader-only",
                                             "screenreader", "a11y-hidden", "assistive-text"};
        for (size_t i = 0; i < sizeof hiding / sizeof hiding[0]; i++) {
            size_t n = strlen(hiding[i]);
            for (const char *p = strstr(cl, hiding[i]); p; p = strstr(p + 1, hiding[i]))
                if ((p == cl || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ')) return 1;
        }
    }
    return 0;
}

/* The text of element i of t, folded. */
static char *text_of(arena *ar, const xtree *t, size_t i)
{
    rbuf b;
    rbuf_init(&b, ar);
    int tag_between = 0;  /* an element since the last text */
    for (size_t k = i + 1; k < t->n[i].end; k++) {
        const GumboNode *g = t->n[k].g;
        if (g->type == GUMBO_NODE_ELEMENT && (xtree_never_text(g->v.element.tag) || unseen(g))) {
            k = t->n[k].end - 1;
            continue;
        }
        /* Words meet across inline elements ("C<span>ycle</span>"), not
         * across blocks and line breaks. */
        if (g->type == GUMBO_NODE_ELEMENT) {
            tag_between = 1;
            if (xtree_is_block(g->v.element.tag) || g->v.element.tag == GUMBO_TAG_BR)
                rbuf_add(&b, " ", 1);
        }
        if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
            g->type == GUMBO_NODE_CDATA) {
            /* A capital right after a small letter across a tag starts
             * a line of its own that style sets apart (a subtitle in a
             * span shown as a block: "Headline<span>Subtitle</span>"),
             * not the rest of a word. */
            const char *x = g->v.text.text;
            if (tag_between && b.len && b.p[b.len - 1] >= 'a' && b.p[b.len - 1] <= 'z' &&
                x[0] >= 'A' && x[0] <= 'Z')
                rbuf_add(&b, " ", 1);
            tag_between = 0;
            xtree_put_text(&b, x);
        }
    }
    if (b.failed) return NULL;
    b.p[b.len] = '\0';
    return dup_trim(ar, b.p);
}

char *pagemeta_node_text(arena *ar, const xtree *t, uint32_t i) { return text_of(ar, t, i); }

static int type_rank(json_t *type)
{
    if (json_is_array(type)) {
        int best = 0;
        size_t i;
        json_t *v;
        json_array_foreach(type, i, v) {
            int r = type_rank(v);
            if (r > best) best = r;
        }
        return best;
    }
    const char *s = json_string_value(type);
    if (!s) return 0;
    if (strstr(s, "Article") || strstr(s, "BlogPosting") || strcmp(s, "Report") == 0) return 3;
    if (strstr(s, "WebPage") || strcmp(s, "CreativeWork") == 0) return 1;
    return 0;
}

static const char *jstr(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_array(v) && json_array_size(v) > 0 && json_is_string(json_array_get(v, 0)))
        return json_string_value(json_array_get(v, 0));
    return NULL;
}

/* A person or organisation as a name: a string, {"name"}, or a list. */
static char *ld_name(arena *ar, json_t *v)
{
    if (json_is_string(v)) return dup_trim(ar, json_string_value(v));
    if (json_is_object(v)) return dup_trim(ar, jstr(v, "name"));
    if (json_is_array(v)) {
        rbuf b;
        rbuf_init(&b, ar);
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) {
            char *n = ld_name(ar, e);
            if (!n) continue;
            if (b.len) rbuf_puts(&b, ", ");
            rbuf_puts(&b, n);
            if (i >= 8) break;
        }
        if (b.failed || !b.len) return NULL;
        return b.p;
    }
    return NULL;
}

static void ld_object(arena *ar, json_t *o, meta *m, int depth)
{
    if (depth > 8) return;
    if (json_is_array(o)) {
        size_t i;
        json_t *v;
        json_array_foreach(o, i, v) ld_object(ar, v, m, depth + 1);
        return;
    }
    if (!json_is_object(o)) return;
    json_t *graph = json_object_get(o, "@graph");
    if (graph) ld_object(ar, graph, m, depth + 1);
    /* A page that describes itself as a WebPage whose main entity is the
     * article ({"@type":"WebPage","mainEntity":{"@type":"NewsArticle"}}). */
    json_t *main_entity = json_object_get(o, "mainEntity");
    if (json_is_object(main_entity) || json_is_array(main_entity))
        ld_object(ar, main_entity, m, depth + 1);
    int r = type_rank(json_object_get(o, "@type"));
    /* The WebSite object names the site (Yoast's and others' @graph). */
    json_t *ty = json_object_get(o, "@type");
    if (!m->ld_site && json_is_string(ty) && strcmp(json_string_value(ty), "WebSite") == 0)
        m->ld_site = dup_trim(ar, jstr(o, "name"));
    /* Every object's datePublished is a candidate the page may confirm: a
     * page can describe itself in several objects that disagree. */
    const char *dp = jstr(o, "datePublished");
    if (dp && m->nld_other < sizeof m->ld_other / sizeof m->ld_other[0])
        m->ld_other[m->nld_other++] = dup_trim(ar, dp);
    if (r > 1 && !m->site) {
        json_t *pub = json_object_get(o, "publisher");
        if (pub) m->publisher = ld_name(ar, pub);
    }
    if (r == 0 || r < m->ld_rank) return;
    if (r == m->ld_rank && m->headline) return; /* the first article wins */
    m->ld_rank = r;
    m->headline = dup_trim(ar, jstr(o, "headline") ? jstr(o, "headline") : r > 1 ? jstr(o, "name") : NULL);
    m->ld_date = dup_trim(ar, jstr(o, "datePublished") ? jstr(o, "datePublished") : jstr(o, "dateCreated"));
    m->ld_modified = dup_trim(ar, jstr(o, "dateModified"));
    json_t *au = json_object_get(o, "author");
    if (au) m->ld_author = ld_name(ar, au);
    json_t *pub = json_object_get(o, "publisher");
    if (pub) m->publisher = ld_name(ar, pub);
    const char *body = jstr(o, "articleBody");
    if (body && r > 1) m->body = arena_strdup(ar, body);
    const char *u = jstr(o, "url");
    if (u && r > 1) m->ld_url = dup_trim(ar, u);
}

static void ld_script(arena *ar, const char *text, meta *m)
{
    json_error_t err;
    json_t *j = json_loads(text, JSON_DECODE_ANY, &err);
    if (!j) return;
    ld_object(ar, j, m, 0);
    json_decref(j);
}

static void read_meta_tag(arena *ar, const GumboNode *g, meta *m)
{
    const char *key = html_attr(g, "property");
    if (!key) key = html_attr(g, "name");
    if (!key) key = html_attr(g, "itemprop");
    const char *v = html_attr(g, "content");
    if (!key || !v || !*v) return;
    char k[64];
    snprintf(k, sizeof k, "%s", key);
    for (char *p = k; *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
#define SET(field) do { if (!m->field) m->field = dup_trim(ar, v); } while (0)
    /* JSON-LD a framework wrote as a meta tag named for its script
     * ("script:ld+json"), the attribute's entities already decoded. */
    if (strstr(k, "ld+json")) ld_script(ar, v, m);
    else if (strcmp(k, "og:title") == 0) SET(og_title);
    else if (strcmp(k, "twitter:title") == 0) SET(tw_title);
    else if (strcmp(k, "title") == 0 || strcmp(k, "dc.title") == 0 ||
             strcmp(k, "dcterms.title") == 0 || strcmp(k, "citation_title") == 0 ||
             strcmp(k, "parsely-title") == 0 || strcmp(k, "sailthru.title") == 0)
        SET(meta_title);
    else if (strcmp(k, "og:site_name") == 0) SET(site);
    else if (strcmp(k, "application-name") == 0) SET(app_name);
    else if (strcmp(k, "og:url") == 0) SET(url);
    else if (strcmp(k, "article:published_time") == 0 || strcmp(k, "og:published_time") == 0 ||
             strcmp(k, "datepublished") == 0 || strcmp(k, "article:published") == 0)
        SET(date);
    else if (strcmp(k, "article:modified_time") == 0 || strcmp(k, "og:updated_time") == 0 ||
             strcmp(k, "datemodified") == 0)
        SET(meta_modified);
    else if (strcmp(k, "date") == 0 || strcmp(k, "pubdate") == 0 ||
             strcmp(k, "publishdate") == 0 || strcmp(k, "publish-date") == 0 ||
             strcmp(k, "publish_date") == 0 || strcmp(k, "dc.date") == 0 ||
             strcmp(k, "dc.date.issued") == 0 || strcmp(k, "dcterms.date") == 0 ||
             strcmp(k, "dcterms.created") == 0 || strcmp(k, "dc.date.created") == 0 ||
             strcmp(k, "sailthru.date") == 0 || strcmp(k, "parsely-pub-date") == 0 ||
             strcmp(k, "article.published") == 0 || strcmp(k, "citation_publication_date") == 0 ||
             strcmp(k, "citation_date") == 0 || strcmp(k, "release_date") == 0 ||
             strcmp(k, "originalpublicationdate") == 0 || strcmp(k, "published_time") == 0)
        SET(meta_date);
    else if (strstr(k, "publish") && !strstr(k, "publisher") &&
             (strstr(k, "date") || strstr(k, "time")))
        SET(meta_date); /* a site's own name for it: "x-published-date", "publish-time" */
    else if (strcmp(k, "author") == 0 || strcmp(k, "article:author") == 0 ||
             strcmp(k, "sailthru.author") == 0 || strcmp(k, "parsely-author") == 0 ||
             strcmp(k, "dc.creator") == 0 || strcmp(k, "citation_author") == 0) {
        if (!strstr(v, "://")) SET(author);
    } else if (strcmp(k, "og:locale") == 0 || strcmp(k, "content-language") == 0 ||
               strcmp(k, "language") == 0)
        SET(lang);
#undef SET
}

/* 1 when heading i stands in a box of the page's frame (a <nav>, an
 * <aside>, a <footer>, a <menu>: a mega menu's section names, a sidebar
 * widget's title), not the article's.  A box holding half the page's
 * text is a layout box around the article (as extract.c reads it). */
static int in_frame(const xtree *t, size_t i, uint32_t all)
{
    for (uint32_t a = t->n[i].parent; a != UINT32_MAX; a = t->n[a].parent) {
        const GumboNode *g = t->n[a].g;
        if (g->type != GUMBO_NODE_ELEMENT) continue;
        GumboTag tg = g->v.element.tag;
        if ((tg == GUMBO_TAG_NAV || tg == GUMBO_TAG_ASIDE || tg == GUMBO_TAG_FOOTER ||
             tg == GUMBO_TAG_MENU) &&
            t->n[a].raw * 2 < all)
            return 1;
    }
    return 0;
}

/* 1 when element i is inside an <article> or <main>, or an item that
 * microdata types as an article (itemtype ".../NewsArticle",
 * ".../BlogPosting"). */
static int in_article(const xtree *t, size_t i)
{
    for (uint32_t a = t->n[i].parent; a != UINT32_MAX; a = t->n[a].parent) {
        const GumboNode *g = t->n[a].g;
        if (g->type != GUMBO_NODE_ELEMENT) continue;
        if (g->v.element.tag == GUMBO_TAG_ARTICLE || g->v.element.tag == GUMBO_TAG_MAIN) return 1;
        const char *it = html_attr(g, "itemtype");
        if (it && (strstr(it, "Article") || strstr(it, "BlogPosting"))) return 1;
    }
    return 0;
}

/* The host an href names when it is the address of a home page: "/",
 * "./", "https://host/" or "//host"; "" for a path, NULL when it is not
 * a home page's. */
/* 1 when the path p (from its "/", or "" for none) is a home page's:
 * "/", an index file ("/index.html", "/index.php"), or a language's home
 * ("/en/", "/de", "/pt-br/"); never with a query ("/?p=12" is a post). */
static int home_path(const char *p)
{
    size_t n = strlen(p);
    if (strpbrk(p, "?#")) return 0;
    if (n == 0 || (n == 1 && p[0] == '/')) return 1;
    if (p[0] != '/') return 0;
    const char *x = p + 1;
    size_t m = n - 1;
    if (m && x[m - 1] == '/') m--;
    if (m > 6 && strncasecmp(x, "index.", 6) == 0) {
        static const char *const ext[] = {"html", "htm", "php", "asp", "aspx", "jsp", "shtml"};
        for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
            if (m - 6 == strlen(ext[i]) && strncasecmp(x + 6, ext[i], m - 6) == 0) return 1;
        return 0;
    }
    /* A language tag: two letters, maybe a region ("pt-br", "en_GB"). */
    int lang = m == 2 || (m == 5 && (x[2] == '-' || x[2] == '_'));
    for (size_t i = 0; lang && i < m; i++)
        if (i != 2 && !((x[i] >= 'a' && x[i] <= 'z') || (x[i] >= 'A' && x[i] <= 'Z'))) lang = 0;
    return lang;
}

static const char *home_href(arena *ar, const char *href)
{
    while (*href == ' ') href++;
    if (strcmp(href, "./") == 0 || (href[0] == '/' && href[1] != '/' && home_path(href))) return "";
    const char *p = strncasecmp(href, "https://", 8) == 0  ? href + 8
                    : strncasecmp(href, "http://", 7) == 0 ? href + 7
                    : strncmp(href, "//", 2) == 0          ? href + 2
                                                           : NULL;
    if (!p) return NULL;
    if (strncasecmp(p, "www.", 4) == 0) p += 4;
    size_t n = strcspn(p, "/?#");
    if (!n || !home_path(p + n)) return NULL;
    return arena_strndup(ar, p, n);
}

/* The name a link shows: its text, else the alt of an image in it (a
 * logo); NULL when none or longer than a name. */
static const char *link_name(arena *ar, const xtree *t, size_t i)
{
    const char *s = text_of(ar, t, i);
    for (size_t k = i + 1; !s && k < t->n[i].end; k++) {
        const GumboNode *g = t->n[k].g;
        if (g->type == GUMBO_NODE_ELEMENT && g->v.element.tag == GUMBO_TAG_IMG)
            s = dup_trim(ar, html_attr(g, "alt"));
    }
    return s && strlen(s) <= 80 && words(s, strlen(s)) <= 8 ? s : NULL;
}

/* 1 when heading i is all a link to a home page: the site's name or
 * logo set as a heading ("<h1><a href=/ rel=home>Site</a></h1>"), which
 * themes do on every page, not an article's headline. */
static int home_logo(arena *ar, const xtree *t, size_t i)
{
    int home = 0;
    for (size_t k = i + 1; k < t->n[i].end; k++) {
        const GumboNode *g = t->n[k].g;
        if (g->type == GUMBO_NODE_TEXT && strspn(g->v.text.text, " \t\r\n") < strlen(g->v.text.text))
            return 0;  /* text outside the link */
        if (g->type != GUMBO_NODE_ELEMENT || g->v.element.tag != GUMBO_TAG_A) continue;
        const char *href = html_attr(g, "href");
        if (home || !href || !home_href(ar, href)) return 0;
        home = 1;
        k = t->n[k].end - 1;  /* the link's own text */
    }
    return home;
}

void pagemeta_read(arena *ar, const xtree *t, meta *m)
{
    m->item_headline = UINT32_MAX;
    uint32_t all = t->count ? t->n[0].raw : 0;
    for (size_t i = 0; i < t->count; i++) {
        const GumboNode *g = t->n[i].g;
        if (g->type != GUMBO_NODE_ELEMENT) continue;
        if (g->v.element.tag == GUMBO_TAG_A && m->nhome < sizeof m->home / sizeof m->home[0]) {
            const char *href = html_attr(g, "href");
            const char *host = href ? home_href(ar, href) : NULL;
            const char *name = host ? link_name(ar, t, i) : NULL;
            if (name) {
                m->home_host[m->nhome] = *host ? host : NULL;
                m->home[m->nhome++] = name;
            }
        }
        switch (g->v.element.tag) {
        case GUMBO_TAG_HTML: {
            const char *l = html_attr(g, "lang");
            if (!l) l = html_attr(g, "xml:lang");
            if (l && *l) m->lang = dup_trim(ar, l);
            break;
        }
        case GUMBO_TAG_TITLE:
            /* The document's title, as a browser shows it: the first
             * <title> of HTML's own, not an SVG icon's tooltip. */
            if (!m->html_title && g->v.element.tag_namespace == GUMBO_NAMESPACE_HTML)
                m->html_title = text_of(ar, t, i);
            break;
        case GUMBO_TAG_META: {
            const char *he = html_attr(g, "http-equiv");
            if (he && !m->lang && strcasecmp(he, "content-language") == 0)
                m->lang = dup_trim(ar, html_attr(g, "content"));
            read_meta_tag(ar, g, m);
            break;
        }
        case GUMBO_TAG_LINK: {
            const char *rel = html_attr(g, "rel"), *href = html_attr(g, "href");
            if (rel && href && strcasecmp(rel, "canonical") == 0 && !m->canonical)
                m->canonical = dup_trim(ar, href);
            break;
        }
        case GUMBO_TAG_SCRIPT: {
            const char *ty = html_attr(g, "type");
            if (ty && strcasecmp(ty, "application/ld+json") == 0 && g->v.element.children.length) {
                const GumboNode *c = g->v.element.children.data[0];
                if (c->type == GUMBO_NODE_TEXT) ld_script(ar, c->v.text.text, m);
            }
            break;
        }
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: {
            GumboTag tg = g->v.element.tag;
            if (in_frame(t, i, all) || home_logo(ar, t, i) || unseen(g)) break;
            /* A heading marked as the article's headline in schema.org
             * microdata, inside the article (a site's header may mark its
             * name so too). */
            const char *ip = html_attr(g, "itemprop");
            if (ip && strcmp(ip, "headline") == 0 && m->item_headline == UINT32_MAX &&
                in_article(t, i))
                m->item_headline = (uint32_t)i;
            if (tg == GUMBO_TAG_H1 && m->nh1 < sizeof m->h1s / sizeof m->h1s[0])
                m->h1s[m->nh1++] = (uint32_t)i;
            if (tg == GUMBO_TAG_H2 && m->nh2 < sizeof m->h2s / sizeof m->h2s[0])
                m->h2s[m->nh2++] = (uint32_t)i;
            break;
        }
        case GUMBO_TAG_TIME: {
            const char *d = html_attr(g, "datetime");
            if (d && !m->time_date) m->time_date = dup_trim(ar, d);
            break;
        }
        default: {
            const char *ip = html_attr(g, "itemprop");
            if (ip && strcmp(ip, "datePublished") == 0 && !m->item_date) {
                const char *d = html_attr(g, "datetime");
                if (!d) d = html_attr(g, "content");
                if (d) m->item_date = dup_trim(ar, d);
            }
            break;
        }
        }
    }
}

/* ---- dates, titles, hosts ---------------------------------------------- */

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

static int month_of(const char *s)
{
    static const char *const m[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                    "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; i++)
        if (strncasecmp(s, m[i], 3) == 0) return i + 1;
    return 0;
}

char *extract_date(arena *ar, const char *s, int keep_time)
{
    if (!s) return NULL;
    while (*s == ' ') s++;
    char out[64];
    size_t n = strlen(s);
    int y = 0, mo = 0, d = 0;
    if (n >= 10 && digits(s, 4) && (s[4] == '-' || s[4] == '/' || s[4] == '.') && digits(s + 5, 2) &&
        s[7] == s[4] && digits(s + 8, 2)) {
        y = atoi(s), mo = atoi(s + 5), d = atoi(s + 8);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) return NULL;
        if (keep_time && n > 10 && (s[10] == 'T' || s[10] == ' ') && n >= 16 && digits(s + 11, 2)) {
            size_t k = 0;
            k += (size_t)snprintf(out, sizeof out, "%04d-%02d-%02dT", y, mo, d);
            for (size_t i = 11; i < n && k + 1 < sizeof out; i++) {
                char c = s[i];
                if (!((c >= '0' && c <= '9') || c == ':' || c == '.' || c == '+' || c == '-' || c == 'Z'))
                    break;
                out[k++] = c;
            }
            out[k] = '\0';
            return arena_strdup(ar, out);
        }
        snprintf(out, sizeof out, "%04d-%02d-%02d", y, mo, d);
        return arena_strdup(ar, out);
    }
    /* Words: "Tue, 5 Mar 2024", "March 5, 2024", "5 March 2024". */
    const char *p = s;
    int num[3], nn = 0;
    for (; *p && nn < 3; p++) {
        if (*p >= '0' && *p <= '9') {
            num[nn++] = atoi(p);
            while (p[1] >= '0' && p[1] <= '9') p++;
        } else if (!mo && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
            mo = month_of(p);
            while ((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z')) p++;
        }
    }
    if (!mo || nn < 2) {
        /* Day-first numbers ("13.11.2030", "13/11/2030 09:21") and the
         * other forms datenorm_find reads. */
        char day[DATENORM_MAX];
        return datenorm_find(s, n, day, NULL) ? arena_strdup(ar, day) : NULL;
    }
    if (num[0] >= 1 && num[0] <= 31 && num[1] >= 1000) d = num[0], y = num[1];
    else if (num[0] >= 1000 && num[1] >= 1 && num[1] <= 31) y = num[0], d = num[1];
    else return NULL;
    snprintf(out, sizeof out, "%04d-%02d-%02d", y, mo, d);
    return arena_strdup(ar, out);
}

/* What sites set between a headline and their name: bars, dashes, dots,
 * guillemets and single ones (" \xE2\x80\xBA "), a slash, a tilde, the
 * full-width bar of CJK titles. */
static const char *const separators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                         " \xC2\xB7 ", " :: ", " // ", " \xC2\xBB ",
                                         " \xC2\xAB ", " \xE2\x80\xA2 ", " : ", " / ", " ~ ",
                                         " \xE2\x80\xBA ", " \xE2\x80\xB9 ", " \xEF\xBD\x9C "};
#define FULLWIDTH_BAR "\xEF\xBD\x9C"

static size_t words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ';
        if (!sp && !in) w++;
        in = !sp;
    }
    return w;
}

/* 1 when a and b read the same: equal ignoring case and white space, or
 * one the other with "www." or the top-level domain around it. */
static int same_name(const char *a, size_t an, const char *b)
{
    char x[256], y[256];
    size_t k = 0;
    for (size_t i = 0; i < an && k + 1 < sizeof x; i++)
        if (a[i] != ' ' && a[i] != '.' && a[i] != '-') x[k++] = (char)(a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i]);
    x[k] = '\0';
    k = 0;
    for (size_t i = 0; b[i] && k + 1 < sizeof y; i++)
        if (b[i] != ' ' && b[i] != '.' && b[i] != '-') y[k++] = (char)(b[i] >= 'A' && b[i] <= 'Z' ? b[i] + 32 : b[i]);
    y[k] = '\0';
    if (!*x || !*y) return 0;
    return strcmp(x, y) == 0 || (strlen(x) >= 4 && strstr(y, x)) || (strlen(y) >= 4 && strstr(x, y));
}

/* The words of a[0..an), each folded to its lower-case ASCII letters
 * and digits (other bytes of 0x80 and over kept): "O'Malley" -> "omalley".
 * At most cap words; returns their count. */
static size_t folded_words(const char *a, size_t an, char (*w)[48], size_t cap)
{
    size_t n = 0, k = 0;
    for (size_t i = 0; i <= an && n < cap; i++) {
        unsigned char c = i < an ? (unsigned char)a[i] : ' ';
        if (c == ' ') {
            if (k) w[n][k] = '\0', n++, k = 0;
            continue;
        }
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        if (((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) && k + 1 < 48)
            w[n][k++] = (char)c;
    }
    return n;
}

/* 1 when the title part a[0..an) is named after the host: one of the
 * host's labels (not "www" nor the last) is the part squeezed of spaces
 * and case, or starts it ("UC Davis Health" on health.ucdavis.edu), or is
 * made of some of its words in order ("The Partnership for Student
 * Success" on partnershipstudentsuccess.org), or of their initials
 * ("Economic Research Service" on ers.usda.gov), or the part is the
 * host ("Example.org").  For the title's first part (first), which may
 * be a headline that names the site, the label must be the part or most
 * of its words. */
static int host_names(const char *a, size_t an, const char *host, int first)
{
    if (!host) return 0;
    if (same_name(a, an, host)) return 1;
    char w[16][48], x[256], ini[17];
    size_t nw = folded_words(a, an, w, 16), k = 0, ni = 0;
    for (size_t i = 0; i < nw; i++) {
        for (const char *c = w[i]; *c && k + 1 < sizeof x; c++) x[k++] = *c;
        if (w[i][0] >= 'a' && w[i][0] <= 'z') ini[ni++] = w[i][0];
    }
    x[k] = '\0';
    ini[ni] = '\0';
    if (!k) return 0;
    const char *last = strrchr(host, '.');
    for (const char *l = host; l && l < last;) {
        const char *e = strchr(l, '.');
        size_t n = (size_t)(e - l);
        char lab[64];
        size_t ln = 0;
        for (size_t i = 0; i < n && ln + 1 < sizeof lab; i++)
            if (l[i] != '-') lab[ln++] = (char)(l[i] >= 'A' && l[i] <= 'Z' ? l[i] + 32 : l[i]);
        lab[ln] = '\0';
        l = e + 1;
        if (ln < 2 || strcmp(lab, "www") == 0) continue;
        if (strcmp(x, lab) == 0) return 1;
        if (ni >= 3 && strcmp(ini, lab) == 0) return 1;
        /* The label spelt by some of the part's words, in order, at
         * least half of them. */
        size_t pos = 0, used = 0;
        for (size_t i = 0; i < nw && pos < ln; i++) {
            size_t wl = strlen(w[i]);
            if (wl && strncmp(lab + pos, w[i], wl) == 0) pos += wl, used++;
        }
        if (ln >= 4 && pos == ln && 2 * used >= nw) return 1;
        if (first) continue;
        if (ln >= 4 && k >= ln && strncmp(x, lab, ln) == 0) return 1;
        /* Initials: "wsetglobal" from "Wine & Spirit Education Trust". */
        if (ni >= 3 && ln >= 3 &&
            (strncmp(lab, ini, ni) == 0 || (ni > ln && strcmp(ini + ni - ln, lab) == 0)))
            return 1;
    }
    return 0;
}

/* 1 when the part a[0..an) is a byline ("by Ada Quist"), which titles of
 * some publishing platforms carry between the headline and the site. */
static int byline_part(const char *a, size_t an)
{
    return an > 3 && strncasecmp(a, "by ", 3) == 0 && words(a, an) <= 4;
}

/* 1 when the title part a[0..an) names the site: its name (site), a
 * label of its host, or (not the first part) a byline. */
static int site_part(const char *a, size_t an, const char *site, const char *host, int first)
{
    return (site && same_name(a, an, site)) || host_names(a, an, host, first) ||
           (!first && byline_part(a, an));
}

/* A separator in a title: where, how long. */
typedef struct {
    size_t at, len;
} sepmark;

/* The separators of t (any of separators[]) in order, at most cap. */
static size_t title_seps(const char *t, sepmark *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; t[i] && n < cap; i++) {
        /* The full-width bar needs no spaces: CJK sets none; nor does a
         * bar, which no headline's words hold ("Headline|Site"). */
        if (i > 0 && strncmp(t + i, FULLWIDTH_BAR, 3) == 0) {
            out[n++] = (sepmark){i, 3};
            i += 2;
            continue;
        }
        if (i > 0 && t[i] == '|' && t[i + 1] && t[i + 1] != '|') {
            size_t at = t[i - 1] == ' ' ? i - 1 : i, len = i + 1 - at + (t[i + 1] == ' ');
            out[n++] = (sepmark){at, len};
            i = at + len - 1;
            continue;
        }
        if (t[i] != ' ') continue;
        for (size_t s = 0; s < sizeof separators / sizeof separators[0]; s++) {
            size_t sl = strlen(separators[s]);
            if (strncmp(t + i, separators[s], sl) == 0) {
                out[n++] = (sepmark){i, sl};
                i += sl - 2;  /* the separator's closing space may open no other */
                break;
            }
        }
    }
    return n;
}

/* One cut of the site's part: the whole site name at an end (a name
 * that holds a separator itself: "Ada Quist - Field Notes"); else the
 * first part after the headline that names the site, with what follows
 * it (a tagline, the site's owner: "Headline | Site | Slogan"); else a
 * first part naming it.  NULL when there is none. */
static char *site_cut(arena *ar, const char *title, const char *site, const char *host)
{
    size_t tl = strlen(title);
    /* The site's name in brackets: "Headline (Site)", "[Site] Headline". */
    const char *open = tl > 3 && title[tl - 1] == ')' ? strrchr(title, '(') : NULL;
    if (open && open > title + 1 && open[-1] == ' ' &&
        site_part(open + 1, (size_t)(title + tl - 1 - (open + 1)), site, host, 0))
        return arena_strndup(ar, title, (size_t)(open - 1 - title));
    const char *close = title[0] == '[' ? strchr(title, ']') : NULL;
    if (close && close[1] == ' ' && close[2] &&
        site_part(title + 1, (size_t)(close - title - 1), site, host, 1))
        return arena_strdup(ar, close + 2);
    sepmark sm[16];
    size_t ns = title_seps(title, sm, 16);
    if (!ns) return NULL;
    if (site) {
        size_t sl = strlen(site);
        for (size_t i = 0; i < ns; i++) {
            size_t after = sm[i].at + sm[i].len;
            if (tl - after == sl && strcasecmp(title + after, site) == 0 && sm[i].at > 0)
                return arena_strndup(ar, title, sm[i].at);
            if (sm[i].at == sl && strncasecmp(title, site, sl) == 0 && after < tl)
                return arena_strdup(ar, title + after);
        }
    }
    for (size_t i = 0; i < ns; i++) {
        size_t from = sm[i].at + sm[i].len, to = i + 1 < ns ? sm[i + 1].at : tl;
        if (sm[i].at > 0 && site_part(title + from, to - from, site, host, 0))
            return arena_strndup(ar, title, sm[i].at);
    }
    if (sm[0].at > 0 && sm[0].at + sm[0].len < tl && site_part(title, sm[0].at, site, host, 1))
        return arena_strdup(ar, title + sm[0].at + sm[0].len);
    return NULL;
}

/* One cut: the site's part (site_cut); without a site's name, a short
 * last part after a longer headline (" | " and " - " only). */
static char *title_cut_once(arena *ar, const char *title, const char *site, const char *host)
{
    char *cut = site_cut(ar, title, site, host);
    if (cut || site) return cut;
    for (size_t s = 0; s < 2; s++) {
        const char *sep = separators[s];
        size_t sl = strlen(sep);
        const char *last = NULL;
        for (const char *p = strstr(title, sep); p; p = strstr(p + 1, sep)) last = p;
        if (!last) continue;
        size_t head = (size_t)(last - title);
        if (words(last + sl, strlen(last + sl)) <= 3 && words(title, head) >= 4)
            return arena_strndup(ar, title, head);
    }
    return NULL;
}

char *extract_title_cut(arena *ar, const char *title, const char *site, const char *host)
{
    if (!title) return NULL;
    /* The site's part may come off both ends ("Site: Headline | Site"),
     * or in steps ("Headline - Section - Site"). */
    char *cut = NULL;
    for (int k = 0; k < 3; k++) {
        char *c = title_cut_once(ar, cut ? cut : title, site, host);
        if (!c) break;
        cut = c;
    }
    /* "Headline | Section | Site": the first of three or more parts, when
     * it is a headline's length; once the site is off, a short part left
     * after " | " is a section's name. */
    const char *whole = cut ? cut : title;
    const char *bar = strstr(whole, " | ");
    if (bar && strstr(bar + 3, " | ") && words(whole, (size_t)(bar - whole)) >= 4)
        return arena_strndup(ar, whole, (size_t)(bar - whole));
    if (!cut) return arena_strdup(ar, title);
    /* "Headline - Section - Site": one template sets one separator; a
     * short part after the separator the site's part was cut at, before
     * a headline's length, is the section's name; so is one before it
     * in "Site » Section » Headline". */
    size_t cl = strlen(cut), tl = strlen(title);
    if (cl < tl && strcmp(title + tl - cl, cut) == 0 && title[tl - cl - 1] == ' ') {
        for (size_t s = 1; s < sizeof separators / sizeof separators[0]; s++) {
            const char *sep = separators[s];
            size_t sl = strlen(sep);
            if (strcmp(sep, " : ") == 0 || tl - cl < sl ||
                strncmp(title + tl - cl - sl, sep, sl) != 0)
                continue;
            const char *first = strstr(cut, sep);
            if (first && words(cut, (size_t)(first - cut)) <= 3 &&
                words(first + sl, strlen(first + sl)) >= 4 && !strstr(first + sl, sep))
                return arena_strdup(ar, first + sl);
            break;
        }
    }
    if (strncmp(title, cut, cl) == 0 && title[cl] == ' ') {
        for (size_t s = 1; s < sizeof separators / sizeof separators[0]; s++) {
            const char *sep = separators[s];
            size_t sl = strlen(sep);
            if (strcmp(sep, " : ") == 0 || strncmp(title + cl, sep, sl) != 0) continue;
            const char *last = NULL;
            for (const char *p = strstr(cut, sep); p; p = strstr(p + 1, sep)) last = p;
            if (last && words(last + sl, strlen(last + sl)) <= 3 &&
                words(cut, (size_t)(last - cut)) >= 4)
                return arena_strndup(ar, cut, (size_t)(last - cut));
            break;
        }
    }
    if (bar) {
        const char *lastbar = bar;
        for (const char *p = bar; p; p = strstr(p + 1, " | ")) lastbar = p;
        if (words(lastbar + 3, strlen(lastbar + 3)) <= 3 &&
            words(cut, (size_t)(lastbar - cut)) >= 4)
            return arena_strndup(ar, cut, (size_t)(lastbar - cut));
    }
    return cut;
}

/* 1 when a[0..an) is b but for case and spaces: a whole name, not one
 * inside another (same_name allows that). */
static int name_is(const char *a, size_t an, const char *b)
{
    size_t i = 0, j = 0, bn = strlen(b);
    for (;;) {
        while (i < an && a[i] == ' ') i++;
        while (j < bn && b[j] == ' ') j++;
        if (i == an || j == bn) return i == an && j == bn;
        char x = a[i++], y = b[j++];
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y) return 0;
    }
}

/* 1 when name is one whole part of title beside a separator. */
static int title_part(const char *title, const char *name)
{
    sepmark sm[16];
    size_t ns = title ? title_seps(title, sm, 16) : 0, from = 0, tl = title ? strlen(title) : 0;
    for (size_t i = 0; i <= ns && ns; i++) {
        size_t to = i < ns ? sm[i].at : tl;
        if (name_is(title + from, to - from, name)) return 1;
        if (i < ns) from = sm[i].at + sm[i].len;
    }
    return 0;
}

const char *pagemeta_site_name(const meta *m, const char *host)
{
    const char *titles[3] = {m->html_title, m->og_title, m->tw_title};
    const char *names[2 + sizeof m->home / sizeof m->home[0]];
    size_t n = 0;
    if (m->app_name) names[n++] = m->app_name;
    if (m->ld_site) names[n++] = m->ld_site;
    for (size_t i = 0; i < m->nhome; i++)
        if (!m->home_host[i] || (host && strcasecmp(m->home_host[i], host) == 0))
            names[n++] = m->home[i];
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < 3; k++)
            if (title_part(titles[k], names[i])) return names[i];
    return NULL;
}

/* "https://www.example.org/a" -> "example.org". */
char *pagemeta_host(arena *ar, const char *url)
{
    if (!url) return NULL;
    const char *p = strstr(url, "://");
    if (!p) return NULL;
    p += 3;
    if (strncasecmp(p, "www.", 4) == 0) p += 4;
    size_t n = strcspn(p, "/:?#");
    return n ? arena_strndup(ar, p, n) : NULL;
}

/* 1 when a and b share most of their words (case ignored): a headline on
 * the page and a declared title are one. */
static int similar(const char *a, const char *b)
{
    if (!a || !b) return 0;
    size_t na = strlen(a), nb = strlen(b);
    if (na == 0 || nb == 0) return 0;
    char *x = strndup(a, na), *y = strndup(b, nb);
    if (!x || !y) {
        free(x);
        free(y);
        return 0;
    }
    for (char *p = x; *p; p++) if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
    for (char *p = y; *p; p++) if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
    int r = strstr(y, x) != NULL || strstr(x, y) != NULL;
    free(x);
    free(y);
    return r;
}

static double overlap(const char *a, const char *b);

/* 1 when the heading h ends in a colon: it leads into what follows it
 * ("A message from our editor:", "In this issue:"), as a box's title
 * does, and names no article. */
static int lead_in(const char *h)
{
    size_t n = h ? strlen(h) : 0;
    return n && h[n - 1] == ':';
}

/* The headline on the page: the last h1 before the article's text or
 * the first inside it (a site's logo is an h1 on some pages, before the
 * article's own), h1s that lead into a box left out. */

static const char *page_h1(arena *ar, const xtree *t, const meta *m, uint32_t root,
                           uint32_t *at)
{
    char *text[sizeof m->h1s / sizeof m->h1s[0]];
    for (size_t i = 0; i < m->nh1; i++) text[i] = text_of(ar, t, m->h1s[i]);
    uint32_t pick = UINT32_MAX, first = UINT32_MAX;
    for (size_t i = 0; i < m->nh1; i++) {
        uint32_t h = m->h1s[i];
        if (lead_in(text[i])) continue;
        if (first == UINT32_MAX) first = h;
        if (root != UINT32_MAX && h > t->n[root].end) break;
        pick = h;
        if (root != UINT32_MAX && h >= root) break;
    }
    if (pick == UINT32_MAX) pick = first;
    /* The h1 that most words of the declared title share, when one does:
     * a page may hold several (a logo, a section name, a pull quote). */
    const char *declared = m->headline ? m->headline : m->og_title ? m->og_title : m->html_title;
    /* Most of the h1's words in the declared title, and then the most of
     * the title's in the h1: a short h1 that is all in the title (the
     * site's name in "Headline | Site") does not tie with the headline. */
    double best = 0.0;
    for (size_t i = 0; declared && i < m->nh1; i++) {
        char *h = text[i];
        if (!h || lead_in(h)) continue;
        double o = overlap(h, declared);
        if (o <= 0.5) continue;
        o += overlap(declared, h);
        if (o > best) {
            best = o;
            pick = m->h1s[i];
        }
    }
    *at = pick;
    for (size_t i = 0; i < m->nh1; i++)
        if (m->h1s[i] == pick) return text[i];
    return NULL;
}

/* The share of a's words (ASCII letters and digits folded, other bytes
 * as they are) that b also has. */
static double overlap(const char *a, const char *b)
{
    if (!a || !b) return 0.0;
    char wa[64][32], wb[64][32];
    size_t na = 0, nb = 0;
    for (int pass = 0; pass < 2; pass++) {
        const char *s = pass ? b : a;
        char (*w)[32] = pass ? wb : wa;
        size_t *n = pass ? &nb : &na;
        size_t k = 0;
        for (;; s++) {
            unsigned char c = (unsigned char)*s;
            int word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
            if (word && k + 1 < 32) {
                w[*n][k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            } else if (!word && k) {
                w[*n][k] = '\0';
                k = 0;
                if (++*n == 64) break;
            }
            if (!c) break;
        }
    }
    if (!na) return 0.0;
    size_t hit = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (strcmp(wa[i], wb[j]) == 0) {
                hit++;
                break;
            }
    return (double)hit / (double)na;
}

/* 1 when a and b are one title: most words of each are in the other. */
static int agree(const char *a, const char *b)
{
    return a && b && overlap(a, b) >= 0.8 && overlap(b, a) >= 0.8;
}

/* 1 when c is a separator byte sequence at p: "|", ":", "-", "/", "»",
 * "•", "·", "–", "—"; *len receives its length. */
static int sep_at(const char *p, size_t *len)
{
    static const char *const seps[] = {"|", ":", "-", "/", "\xC2\xBB", "\xE2\x80\xA2",
                                       "\xC2\xB7", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        size_t n = strlen(seps[i]);
        if (strncmp(p, seps[i], n) == 0) {
            *len = n;
            return 1;
        }
    }
    return 0;
}

/* 1 when the rest of the <title> beside the part h, from rest on, is the
 * headline another declaration gives. */
static int rest_declared(const meta *m, const char *rest, size_t n)
{
    const char *other[3] = {m->headline, m->og_title, m->tw_title};
    char buf[512];
    snprintf(buf, sizeof buf, "%.*s", (int)n, rest);
    for (int k = 0; k < 3; k++)
        if (other[k] && agree(buf, other[k])) return 1;
    return 0;
}

static int title_part(const char *title, const char *name);

/* 1 when the heading h names the site, not the article: it is the site's
 * name or the host's, the part a declared title's cut takes off, or, in
 * a few words, the part of the page's <title> before or after a
 * separator whose other part is the headline declared elsewhere ("Site:
 * Headline" with og:title "Headline"). */
static int names_site(arena *ar, const char *h, const meta *m, const char *site, const char *host)
{
    if (!h) return 0;
    size_t hl = strlen(h);
    /* The part a declared title's cut took off as the site's, whole
     * ("Headline | River Daily" and the h1 "River Daily"): the heading
     * names what the title names beside the headline. */
    const char *titles[3] = {m->html_title, m->og_title, m->tw_title};
    for (int k = 0; k < 3 && words(h, hl) <= 6; k++) {
        if (!titles[k] || !title_part(titles[k], h)) continue;
        const char *c = extract_title_cut(ar, titles[k], site, host);
        if (c && strcmp(c, titles[k]) != 0 && !title_part(c, h) && overlap(h, c) < 1.0) return 1;
    }
    /* The host's name in a few words ("River Daily" on riverdaily.example):
     * the site's logo set as a heading. */
    if (words(h, hl) <= 4 && host_names(h, hl, host, 1)) return 1;
    /* The site's name, not a headline that mentions it ("Corti opens a
     * lab" on Corti's site): same_name also matches one name inside the
     * other. */
    if (site && words(h, hl) <= words(site, strlen(site)) + 2 && same_name(h, hl, site)) return 1;
    const char *t = m->html_title;
    if (!t || words(h, hl) > 5) return 0;
    size_t tl = strlen(t), sl;
    if (tl < hl + 4) return 0;
    if (strncasecmp(t, h, hl) == 0) {
        const char *p = t + hl;
        if (*p == ' ') p++;
        if (sep_at(p, &sl) && p[sl] == ' ' && rest_declared(m, p + sl + 1, strlen(p + sl + 1)))
            return 1;
    }
    if (strcasecmp(t + tl - hl, h) == 0 && t[tl - hl - 1] == ' ') {
        for (size_t back = 1; back <= 3 && back + 1 < tl - hl; back++) {
            const char *p = t + tl - hl - 1 - back;
            if (sep_at(p, &sl) && sl == back && p[-1] == ' ' &&
                rest_declared(m, t, (size_t)(p - 1 - t)))
                return 1;
        }
    }
    return 0;
}

/* The heading h without a label set before the headline ("Opinion: ",
 * "Review | ", "Exclusive - "), when the rest is a declared title
 * (cut[0..nc), the site's part off) that has none of the label's words:
 * the label is the page's rubric, not part of the headline.  Else h. */
static const char *label_off(arena *ar, const char *h, const char *const *cut, size_t nc)
{
    size_t hl = strlen(h), at = 0, sl = 0;
    for (size_t i = 1; i + 1 < hl && !sl; i++) {
        if (h[i] == ':' && h[i + 1] == ' ') at = i, sl = 2;
        else if (h[i] == ' ' && sep_at(h + i + 1, &sl) && h[i + 1 + sl] == ' ') at = i, sl += 2;
        else sl = 0;
    }
    if (!sl || words(h, at) > 3 || at + sl >= hl) return h;
    const char *rest = h + at + sl;
    char *label = arena_strndup(ar, h, at);
    if (!label) return h;
    for (size_t k = 0; k < nc; k++)
        if (agree(rest, cut[k]) && overlap(label, cut[k]) == 0.0) return rest;
    return h;
}

/* The line of heading i (its text up to or from a block or a line
 * break inside it) that is a declared title (cut[0..nc)) when the whole
 * heading is none: a heading set on two lines, a kicker or a tagline
 * over or under the headline ("<div>Get the app</div><span>Headline
 * </span>").  Else h, the heading's text. */
static const char *heading_line(arena *ar, const xtree *t, uint32_t i, const char *h,
                                const char *const *cut, size_t nc)
{
    for (size_t k = 0; k < nc; k++)
        if (agree(h, cut[k])) return h;
    const char *line[4];
    size_t nl = 0;
    rbuf b;
    rbuf_init(&b, ar);
    uint32_t block_end[8];  /* where the blocks open around node k end */
    size_t nb = 0;
    int tag_between = 0;    /* an element since the last text */
    for (size_t k = i + 1; k <= t->n[i].end && nl < 4; k++) {
        const GumboNode *g = k < t->n[i].end ? t->n[k].g : NULL;
        if (g && g->type == GUMBO_NODE_ELEMENT &&
            (xtree_never_text(g->v.element.tag) || unseen(g))) {
            k = t->n[k].end - 1;
            continue;
        }
        int closes = 0;
        while (nb && block_end[nb - 1] <= k) nb--, closes = 1;
        int opens = g && g->type == GUMBO_NODE_ELEMENT &&
                    (xtree_is_block(g->v.element.tag) || g->v.element.tag == GUMBO_TAG_BR);
        if (opens && g->v.element.tag != GUMBO_TAG_BR && nb < 8) block_end[nb++] = t->n[k].end;
        if (g && g->type == GUMBO_NODE_ELEMENT) tag_between = 1;
        /* A capital right after a small letter across a tag starts a line
         * that style sets apart, as text_of reads it. */
        int styled = g && g->type == GUMBO_NODE_TEXT && tag_between && b.len &&
                     b.p[b.len - 1] >= 'a' && b.p[b.len - 1] <= 'z' &&
                     g->v.text.text[0] >= 'A' && g->v.text.text[0] <= 'Z';
        if (g && g->type == GUMBO_NODE_TEXT) tag_between = 0;
        if (!g || opens || closes || styled) {
            if (b.failed) return h;
            if (b.len) {
                b.p[b.len] = '\0';
                const char *l = dup_trim(ar, b.p);
                if (l) line[nl++] = l;
            }
            rbuf_init(&b, ar);
            if (!g || opens) continue;
        }
        if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
            g->type == GUMBO_NODE_CDATA)
            xtree_put_text(&b, g->v.text.text);
    }
    for (size_t l = 0; nl > 1 && l < nl; l++)
        for (size_t k = 0; k < nc; k++)
            if (agree(line[l], cut[k])) return line[l];
    return h;
}

/* A declared title cut short with an ellipsis ("Council backs the
 * river park plan after a long..."), as software that caps a field's
 * length writes it, gives way to a declared title that it begins. */
static void whole_titles(const char **cut, size_t nc)
{
    for (size_t k = 0; k < nc; k++) {
        size_t n = strlen(cut[k]);
        size_t dots = n >= 3 && strcmp(cut[k] + n - 3, "\xE2\x80\xA6") == 0 ? 3
                      : n >= 3 && strcmp(cut[k] + n - 3, "...") == 0 ? 3 : 0;
        if (!dots) continue;
        size_t head = n - dots;
        while (head && cut[k][head - 1] == ' ') head--;
        if (words(cut[k], head) < 3) continue;
        for (size_t j = 0; j < nc; j++)
            if (j != k && strlen(cut[j]) > head && strncasecmp(cut[j], cut[k], head) == 0 &&
                !strstr(cut[j] + head, "...") && !strstr(cut[j] + head, "\xE2\x80\xA6")) {
                cut[k] = cut[j];
                break;
            }
    }
}

/* The headline: the page's h1 (page_h1) when it is the article's, its
 * rubric or its kicker line off (label_off, heading_line); when there is
 * none, it names the site, or it says something else than every title
 * the page declares, the heading the article marks as its headline
 * (itemprop=headline), else the declared title a heading (h1 or h2)
 * agrees with, else the declared title when the page has no h1 of its
 * own or uses several (as section headings); *at receives the headline's
 * place and *heading the heading the title stands for (pagemeta.h). */
const char *pagemeta_title(arena *ar, const xtree *t, const meta *m, uint32_t root,
                           const char *site, const char *host, uint32_t *at, uint32_t *heading)
{
    *heading = UINT32_MAX;
    const char *h1 = page_h1(ar, t, m, root, at);
    /* An h1 that repeats a <title>'s parts (" | ", a short " - " tagline,
     * the site's name) is cut like one. */
    sepmark sm[1];
    if (h1 && title_seps(h1, sm, 1)) {
        const char *c = extract_title_cut(ar, h1, site, host);
        h1 = strcmp(c, h1) != 0 ? c : extract_title_cut(ar, h1, NULL, host);
    }
    const char *declared = m->headline ? m->headline : m->og_title ? m->og_title
                         : m->tw_title ? m->tw_title : m->html_title ? m->html_title : m->meta_title;
    const char *raw[5] = {m->headline, m->og_title, m->tw_title, m->html_title, m->meta_title};
    const char *cut[5];
    size_t nc = 0;
    for (int k = 0; k < 5; k++)
        if (raw[k]) cut[nc++] = extract_title_cut(ar, raw[k], site, host);
    whole_titles(cut, nc);
    /* A declared title that is only the site's name (an og:title a site
     * sets on every page) comes after those that say a headline. */
    for (size_t k = 0, moved = 0; k + moved < nc;) {
        size_t n = strlen(cut[k]);
        int named = (site && name_is(cut[k], n, site)) ||
                    (words(cut[k], n) <= 4 && host_names(cut[k], n, host, 1));
        if (!named) {
            k++;
            continue;
        }
        const char *c = cut[k];
        memmove(&cut[k], &cut[k + 1], (nc - k - 1) * sizeof cut[0]);
        cut[nc - 1] = c;
        moved++;
    }
    if (h1 && names_site(ar, h1, m, site, host)) h1 = NULL, *at = UINT32_MAX;
    if (h1) h1 = label_off(ar, h1, cut, nc);
    if (h1) h1 = heading_line(ar, t, *at, h1, cut, nc);
    /* The h1 fits a declared title when half the words of one are the
     * other's, two of them at least: one word in common ("Skarvholm
     * Today" beside "Lamp lit again on Skarvholm") is no agreement. */
    int fits = 0;
    for (size_t k = 0; h1 && k < nc && !fits; k++)
        fits = (overlap(h1, cut[k]) >= 0.5 || overlap(cut[k], h1) >= 0.5) &&
               overlap(h1, cut[k]) * (double)words(h1, strlen(h1)) >= 1.5;
    /* No h1 of the article's own, or one saying something else than the
     * declared titles: a heading the page marks as the headline. */
    if ((!h1 || (nc && !fits)) && m->item_headline != UINT32_MAX) {
        char *h = text_of(ar, t, m->item_headline);
        if (h && !names_site(ar, h, m, site, host)) {
            *at = *heading = m->item_headline;
            return h;
        }
    }
    /* A heading that agrees with a declared title vouches for it: that
     * title is the article's, in the words its publisher declared (the
     * heading may be a shortened or a running form of it). */
    if (nc && !fits) {
        for (int level = 0; level < 2; level++) {
            const uint32_t *hs = level ? m->h2s : m->h1s;
            size_t nh = level ? m->nh2 : m->nh1;
            for (size_t i = 0; i < nh; i++) {
                char *h = text_of(ar, t, hs[i]);
                if (!h || lead_in(h) || names_site(ar, h, m, site, host)) continue;
                for (size_t k = 0; k < nc; k++)
                    if (agree(h, cut[k])) {
                        *at = *heading = hs[i];
                        return cut[k];
                    }
            }
        }
        size_t own = 0;
        for (size_t i = 0; i < m->nh1; i++) {
            char *h = text_of(ar, t, m->h1s[i]);
            own += h && !lead_in(h) && !names_site(ar, h, m, site, host);
        }
        /* An h1 below the article (a box after it: "Subscribe to our
         * newsletter") is not its headline: the headline heads it. */
        int below = h1 && root != UINT32_MAX && *at != UINT32_MAX && *at >= t->n[root].end;
        if (!h1 || own > 1 || below) {
            if (below) *at = UINT32_MAX;
            return cut[0];
        }
    }
    if (h1 && (words(h1, strlen(h1)) >= 2 || similar(h1, declared) ||
               similar(h1, m->html_title))) {
        *heading = *at;
        return h1;
    }
    if (declared) return cut[0];
    if (h1) *heading = *at;
    return h1;
}

/* A date the page shows its reader, where, and what its label says. */
enum { SHOWN_PLAIN, SHOWN_PUBLISHED, SHOWN_UPDATED };
typedef struct shown {
    char *day;       /* YYYY-MM-DD, with the time a <time datetime> gives */
    uint32_t node;
    int label;
    int in_link;     /* inside a link: a teaser of another page */
    int from_time;   /* a <time datetime> */
    int numeric;     /* written day first or month first in numbers ("09.10.2031") */
} shown;

/* What the words before a date say of it: "Published", "Posted on",
 * "Veröffentlicht am", "Publié le" ... or "Updated", "Last modified",
 * "Aktualisiert", "Mis à jour", "Actualizado" ... (lower case ASCII of
 * the text is searched; accented letters are matched as written). */
static int date_label(const char *s, size_t n)
{
    char low[160];
    if (n >= sizeof low) s += n - (sizeof low - 1), n = sizeof low - 1;
    for (size_t i = 0; i < n; i++) low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[n] = '\0';
    static const char *const upd[] = {"updat", "modif", "revised", "reviewed", "aktualisiert",
                                      "mis \xC3\xA0 jour", "actualiz", "aggiornat", "atualiz",
                                      "bijgewerkt", "edited"};
    static const char *const pub[] = {"publish", "publi\xC3\xA9", "publicad", "publicat",
                                      "gepubliceerd", "pubblicat", "posted", "ffentlicht",
                                      "erschienen", "written on"};
    for (size_t i = 0; i < sizeof upd / sizeof upd[0]; i++)
        if (strstr(low, upd[i])) return SHOWN_UPDATED;
    for (size_t i = 0; i < sizeof pub / sizeof pub[0]; i++)
        if (strstr(low, pub[i])) return SHOWN_PUBLISHED;
    return SHOWN_PLAIN;
}

/* The text of the nearest text node before node i (white space apart)
 * when it is short (a label in its own element: "<b>Posted</b> <span>5
 * May 2031</span>"), else "". */
static const char *label_before(const xtree *t, size_t i)
{
    for (size_t k = i, steps = 0; k-- > 0 && steps < 8; steps++) {
        const GumboNode *g = t->n[k].g;
        if (g->type != GUMBO_NODE_TEXT) continue;
        const char *s = g->v.text.text;
        size_t n = strlen(s);
        return n <= 60 ? s : "";
    }
    return "";
}

/* The dates the page shows its reader: short text nodes outside scripts
 * that hold a date, and <time datetime>, at most cap of them. */
static size_t visible_dates(arena *ar, const xtree *t, shown *out, size_t cap)
{
    size_t n = 0;
    uint32_t link_end = 0;
    for (size_t i = 0; i < t->count && n < cap; i++) {
        const GumboNode *g = t->n[i].g;
        if (g->type == GUMBO_NODE_ELEMENT) {
            GumboTag tg = g->v.element.tag;
            if (tg == GUMBO_TAG_HEAD || tg == GUMBO_TAG_SCRIPT || tg == GUMBO_TAG_STYLE ||
                tg == GUMBO_TAG_NOSCRIPT || tg == GUMBO_TAG_TEMPLATE) {
                i = t->n[i].end - 1;
                continue;
            }
            if (tg == GUMBO_TAG_A && t->n[i].end > link_end) link_end = t->n[i].end;
            const char *dt = tg == GUMBO_TAG_TIME ? html_attr(g, "datetime") : NULL;
            char *d = dt ? extract_date(ar, dt, 1) : NULL;
            if (d) {
                const char *ip = html_attr(g, "itemprop"), *cl = html_attr(g, "class");
                /* The label before the element, or inside it before the
                 * date ("<time>Last updated: ...</time>"). */
                int label = date_label(label_before(t, i), strlen(label_before(t, i)));
                const GumboNode *in = i + 1 < t->count ? t->n[i + 1].g : NULL;
                if (label == SHOWN_PLAIN && in && in->type == GUMBO_NODE_TEXT &&
                    t->n[i + 1].parent == i) {
                    char tmp[DATENORM_MAX];
                    size_t at2 = 0, il = strlen(in->v.text.text);
                    if (datenorm_find(in->v.text.text, il, tmp, &at2) && at2 <= 32)
                        label = date_label(in->v.text.text, at2);
                }
                if ((ip && strstr(ip, "dateModified")) ||
                    (cl && strstr(cl, "updated") && !strstr(cl, "published")))
                    label = SHOWN_UPDATED;
                out[n++] = (shown){d, (uint32_t)i, label, i < link_end, 1, 0};
            }
            continue;
        }
        if (g->type != GUMBO_NODE_TEXT) continue;
        const char *s = g->v.text.text;
        size_t len = strlen(s);
        if (len < 6 || len > 120) continue;
        int digit = 0;
        for (const char *c = s; *c && !digit; c++) digit = *c >= '0' && *c <= '9';
        if (!digit) continue;
        char day[DATENORM_MAX];
        size_t at;
        if (!datenorm_find(s, len, day, &at)) continue;
        char *d = arena_strdup(ar, day);
        if (!d) continue;
        /* The label: a few words just before the date in its node, else
         * the short text before the node; a date inside a sentence has
         * none ("first published on 5 May 2019 and updated ..."). */
        int label = SHOWN_PLAIN;
        int letters = 0;
        for (size_t k = 0; k < at && !letters; k++)
            letters = (s[k] | 32) >= 'a' && (s[k] | 32) <= 'z';
        if (letters) label = at <= 32 && len <= 80 ? date_label(s, at) : SHOWN_PLAIN;
        else {
            const char *b = label_before(t, i);
            label = date_label(b, strlen(b));
        }
        /* One or two digits, then a period, slash or dash: a day or a
         * month, which the page's readers, not the digits, tell apart. */
        size_t dl = 0;
        while (at + dl < len && s[at + dl] >= '0' && s[at + dl] <= '9') dl++;
        int numeric = dl >= 1 && dl <= 2 && at + dl < len &&
                      (s[at + dl] == '.' || s[at + dl] == '/' || s[at + dl] == '-');
        /* A <time> without datetime still marks its text as the date
         * (the element, for the headline's distance and labels). */
        uint32_t at_node = (uint32_t)i;
        int in_time = 0;
        uint32_t pe = t->n[i].parent;
        if (pe != UINT32_MAX && t->n[pe].g->type == GUMBO_NODE_ELEMENT &&
            t->n[pe].g->v.element.tag == GUMBO_TAG_TIME) {
            in_time = 1, at_node = pe;
            const char *cl = html_attr(t->n[pe].g, "class");
            if (cl && (strstr(cl, "updated") || strstr(cl, "modified")) && !strstr(cl, "published"))
                label = SHOWN_UPDATED;
        }
        out[n++] = (shown){d, at_node, label, i < link_end, in_time, numeric};
    }
    return n;
}

static int same_day(const char *a, const char *b) { return a && b && strncmp(a, b, 10) == 0; }

/* Minutes since 1970 of an ISO date with a time and a zone; 0 when it
 * has no zone. */
static int instant_of(const char *s, long long *minutes)
{
    if (!s || strlen(s) < 16 || s[10] != 'T') return 0;
    int y = atoi(s), mo = atoi(s + 5), d = atoi(s + 8), h = atoi(s + 11), mi = atoi(s + 14);
    const char *z = s + 16;
    while (*z && ((*z >= '0' && *z <= '9') || *z == ':' || *z == '.')) z++;
    int off;
    if (*z == 'Z') off = 0;
    else if ((*z == '+' || *z == '-') && digits(z + 1, 2)) {
        int oh = (z[1] - '0') * 10 + (z[2] - '0');
        const char *om = z[3] == ':' ? z + 4 : z + 3;
        int omin = digits(om, 2) ? (om[0] - '0') * 10 + (om[1] - '0') : 0;
        off = (*z == '-' ? -1 : 1) * (oh * 60 + omin);
    } else {
        return 0;
    }
    /* Days from civil (H. Hinnant's algorithm). */
    y -= mo <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long long days = era * 146097 + doe - 719468;
    *minutes = days * 1440 + h * 60 + mi - off;
    return 1;
}

/* 1 when the day a (YYYY-MM-DD...) is b with its day and month swapped:
 * a date written in numbers both of which could be the month
 * ("09.10.2031"), read in the order other than the page's. */
static int swapped_day(const char *a, const char *b)
{
    return a && b && strlen(a) >= 10 && strlen(b) >= 10 && strncmp(a, b, 5) == 0 &&
           strncmp(a + 5, b + 8, 2) == 0 && strncmp(a + 8, b + 5, 2) == 0;
}

/* 1 when the page shows the day d: the same day, or the same moment
 * written in another time zone, or the day written in numbers in the
 * other order (month first where day first was read). */
static int is_shown(const char *d, const shown *seen, size_t ns)
{
    long long a, b;
    int ia = instant_of(d, &a);
    for (size_t i = 0; i < ns; i++) {
        if (same_day(d, seen[i].day)) return 1;
        if (ia && instant_of(seen[i].day, &b) && a == b) return 1;
        if (!seen[i].from_time && seen[i].numeric && swapped_day(d, seen[i].day)) return 1;
    }
    return 0;
}

/* 1 when the page shows the day d only as a <time> element labelled an
 * update: markup that tells the update from the publication, which the
 * page then declares apart. */
static int time_update(const char *d, const shown *seen, size_t ns)
{
    int any = 0;
    for (size_t i = 0; i < ns; i++) {
        if (!same_day(d, seen[i].day)) continue;
        if (!seen[i].from_time || seen[i].label != SHOWN_UPDATED) return 0;
        any = 1;
    }
    return any;
}

/* The day a page's URL path names ("/2031/05/14/", "/2031-05-14-slug",
 * "/2031/may/14/"), as YYYY-MM-DD into out; 0 when none. */
static int url_day(const char *url, char out[DATENORM_MAX])
{
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p) return 0;
    p = strchr(p + 3, '/');
    for (; p && *p && *p != '?' && *p != '#'; p++) {
        if (*p != '/' || !digits(p + 1, 4) || (p[1] != '1' && p[1] != '2')) continue;
        const char *q = p + 5;
        char sep = *q;
        if (sep != '/' && sep != '-') continue;
        q++;
        const char *e = q;
        while ((*e >= '0' && *e <= '9') || ((*e | 32) >= 'a' && (*e | 32) <= 'z')) e++;
        if (*e != sep || e == q || e - q > 9) continue;
        /* The day: one or two digits, then the path goes on or ends. */
        size_t dl = digits(e + 1, 2) ? 2 : digits(e + 1, 1) ? 1 : 0;
        if (!dl || (e[1 + dl] >= '0' && e[1 + dl] <= '9')) continue;
        int y = atoi(p + 1), d = atoi(e + 1);
        char piece[32];
        if (e - q <= 2 && digits(q, (int)(e - q)))  /* "/2031/05/14" */
            snprintf(piece, sizeof piece, "%04d-%02d-%02d", y, atoi(q), d);
        else                                          /* "/2031/may/14" */
            snprintf(piece, sizeof piece, "%d %.*s %d", d, (int)(e - q), q, y);
        if (datenorm(piece, strlen(piece), out) && strlen(out) == 10) return 1;
        if (datenorm_find(piece, strlen(piece), out, NULL)) return 1;
    }
    out[0] = '\0';
    return 0;
}

static uint32_t node_gap(uint32_t a, uint32_t b) { return a > b ? a - b : b - a; }

/* How far (nodes of the flattened tree, elements and texts) a byline's
 * date may stand from the headline: a byline box of author, photo,
 * reading time and date spans 5-20 nodes on the tuning pages. */
#define BYLINE_NODES 30

/* The declared date of the same day as day, or day itself (in ar). */
static const char *declared_of(arena *ar, const char *const *declared, size_t n, const char *day)
{
    for (size_t k = 0; k < n; k++)
        if (same_day(declared[k], day)) return declared[k];
    return arena_strdup(ar, day);
}

/* 1 when the date d falls in month ("YYYY-MM"), or month is "". */
static int in_month(const char *d, const char *month)
{
    return d && (!*month || strncmp(d, month, 7) == 0);
}

/* The year and month a page's URL path names without a day ("/2031/05/slug"),
 * as YYYY-MM into out; "" when none. */
static void url_month(const char *url, char out[8])
{
    out[0] = '\0';
    const char *p = url ? strstr(url, "://") : NULL;
    for (p = p ? strchr(p + 3, '/') : NULL; p && *p && *p != '?' && *p != '#'; p++) {
        if (*p != '/' || !digits(p + 1, 4) || (p[1] != '1' && p[1] != '2') || p[5] != '/' ||
            !digits(p + 6, 2) || p[8] != '/')
            continue;
        int mo = atoi(p + 6);
        if (mo >= 1 && mo <= 12) snprintf(out, 8, "%.4s-%02d", p + 1, mo);
        return;
    }
}

/* The publication date among the candidates in month (see pick_date). */
static const char *pick_date_in(arena *ar, const meta *m, const char *url, uint32_t headline,
                                const char *const *declared, const char *const *full, size_t nd,
                                const char *const *raw, const shown *seen, size_t ns,
                                const char *month)
{
    char day[DATENORM_MAX];
    if (url_day(url, day)) return declared_of(ar, declared, nd, day);
    for (size_t i = 0; i < ns; i++)
        if (seen[i].label == SHOWN_PUBLISHED && !seen[i].in_link && in_month(seen[i].day, month))
            return declared_of(ar, declared, nd, seen[i].day);
    /* The main object's and the meta tags' dates first, the others' only
     * when the page shows them. */
    for (size_t k = 0; k < nd; k++)
        if (in_month(declared[k], month) && is_shown(full[k], seen, ns)) return declared[k];
    /* The <time datetime> nearest the headline (else the first), outside
     * teaser links, unless labelled an update. */
    size_t tm = ns;
    for (size_t i = 0; i < ns; i++) {
        if (!seen[i].from_time || seen[i].in_link || !in_month(seen[i].day, month)) continue;
        if (tm == ns || (headline != UINT32_MAX &&
                         node_gap(seen[i].node, headline) < node_gap(seen[tm].node, headline)))
            tm = i;
        if (headline == UINT32_MAX) break;
    }
    if (tm < ns && seen[tm].label != SHOWN_UPDATED) return seen[tm].day;
    /* A date printed just by the headline, without a label: the byline's,
     * the date the reader is shown, over a declared one the page does not
     * show (a template's or an import's). */
    size_t by = ns;
    for (size_t i = 0; headline != UINT32_MAX && i < ns; i++) {
        if (seen[i].label != SHOWN_PLAIN || seen[i].in_link || !in_month(seen[i].day, month) ||
            node_gap(seen[i].node, headline) > BYLINE_NODES)
            continue;
        if (by == ns || node_gap(seen[i].node, headline) < node_gap(seen[by].node, headline)) by = i;
    }
    if (by < ns) return declared_of(ar, declared, nd, seen[by].day);
    const char *mod[2] = {m->ld_modified, m->meta_modified};
    for (int k = 0; k < 2; k++) {
        char *d = extract_date(ar, mod[k], k == 0);
        if (in_month(d, month) && is_shown(d, seen, ns) && !(nd && time_update(d, seen, ns))) return d;
    }
    /* The main declarations (not the other JSON-LD objects'). */
    for (size_t k = 0; k < 4; k++) {
        char *d = extract_date(ar, raw[k], 0);
        if (!d || !in_month(d, month)) continue;
        for (size_t j = 0; j < nd; j++)
            if (same_day(declared[j], d)) return declared[j];
    }
    char *td = extract_date(ar, m->time_date, 0);
    if (in_month(td, month)) return td;
    /* The date line nearest the headline, outside links (teasers of other
     * pages) when there is one. */
    size_t best = ns;
    for (size_t i = 0; i < ns; i++) {
        if (!in_month(seen[i].day, month)) continue;
        if (best == ns || (seen[i].in_link != seen[best].in_link
                               ? !seen[i].in_link
                               : headline != UINT32_MAX && node_gap(seen[i].node, headline) <
                                                               node_gap(seen[best].node, headline)))
            best = i;
    }
    if (best < ns) return seen[best].day;
    for (size_t k = 0; k < nd; k++)
        if (in_month(declared[k], month)) return declared[k];
    return NULL;
}

/* The publication date: a day in the URL's path (a permalink made when
 * the article was published); else a date the page labels "published";
 * else a declared one the page also shows (the same day, or the same
 * moment in another zone); else the <time datetime> nearest the
 * headline, unless labelled an update; else the last-modified date the
 * page shows (a page updated says so where a reader looks for its date),
 * unless it shows it only in a <time> marked as an update beside a
 * declared publication date;
 * else the declared one; else the first <time datetime>; else the date
 * shown nearest the headline.  When the URL's path names a year and a
 * month, only dates in that month are taken, if there are any. */
const char *pagemeta_date(arena *ar, const xtree *t, const meta *m, const char *url,
                          uint32_t headline)
{
    const char *raw[4 + sizeof m->ld_other / sizeof m->ld_other[0]];
    int with_time[sizeof raw / sizeof raw[0]];
    size_t nraw = 0;
    raw[nraw] = m->ld_date, with_time[nraw++] = 1;
    raw[nraw] = m->date, with_time[nraw++] = 0;
    raw[nraw] = m->meta_date, with_time[nraw++] = 0;
    raw[nraw] = m->item_date, with_time[nraw++] = 0;
    for (size_t k = 0; k < m->nld_other; k++) raw[nraw] = m->ld_other[k], with_time[nraw++] = 1;
    /* As written out (the time only from JSON-LD), and with the time,
     * to compare moments. */
    const char *declared[sizeof raw / sizeof raw[0]], *full[sizeof raw / sizeof raw[0]];
    size_t nd = 0;
    for (size_t k = 0; k < nraw; k++) {
        char *d = extract_date(ar, raw[k], with_time[k]);
        if (d) full[nd] = extract_date(ar, raw[k], 1), declared[nd++] = d;
    }
    shown seen[128];
    size_t ns = visible_dates(ar, t, seen, sizeof seen / sizeof seen[0]);
    char month[8];
    url_month(url, month);
    const char *d = NULL;
    if (*month) d = pick_date_in(ar, m, url, headline, declared, full, nd, raw, seen, ns, month);
    if (!d) d = pick_date_in(ar, m, url, headline, declared, full, nd, raw, seen, ns, "");
    return d;
}
