/*
 * extract.c - the main content of a web page (see extract.h for the
 * method and its references); what the page declares of itself, and its
 * title and date, are pagemeta.c's.
 *
 * The gumbo tree is flattened once into an array in document order
 * (xtree.h), each element knowing where its subtree ends, so every later
 * pass is a loop over that array: the metadata, the text and link-text
 * lengths of every subtree (one backward pass), the scores, and the
 * output walk.  No pass recurses, so no page can exhaust the stack.
 */
#include "extract.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html_doc.h"
#include "pagemeta.h"
#include "render.h"
#include "text.h"
#include "xtree.h"

/* ---- the flat tree ----------------------------------------------------- */


static GumboTag tag_of(const GumboNode *g)
{
    return g->type == GUMBO_NODE_ELEMENT ? g->v.element.tag : GUMBO_TAG_UNKNOWN;
}



/* Lower-case ASCII copy of the class and id of g into buf. */
static void names_of(const GumboNode *g, char *buf, size_t cap)
{
    const char *c = html_attr(g, "class"), *id = html_attr(g, "id");
    snprintf(buf, cap, " %s %s ", c ? c : "", id ? id : "");
    for (char *p = buf; *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
}

/* Words in class and id names that mean boilerplate whatever else the
 * name says, those that do unless the name also says content, and those
 * that say content: general conventions of web templates. */
static const char *const strong_bad[] = {
    "comment", "cookie", "consent", "gdpr", "share", "sharing", "social", "related",
    "newsletter", "subscribe", "signup", "sign-up", "promo", "advert", "sponsor", "outbrain",
    "taboola", "disqus", "most-read", "mostread", "most-popular", "mostpopular", "trending",
    "recommend", "recommended", "breadcrumb", "byline", "caption", "author-bio", "authorbio",
    "author-info", "popup", "modal", "paywall", "read-more", "readmore", "more-stories",
    "also-read", "jump-link", "table-of-contents", "toc", "sr-only", "visually-hidden",
    "screen-reader", "screen-reader-text", "skip-link", "login", "tags", "tag-list", "taglist",
    "post-meta", "entry-meta", "article-meta", "dateline", "timestamp", "print", "rating",
    "next-article", "prev-next", "pagination", "author-box", "about-author", "bio", "donate",
};
static const char *const weak_bad[] = {
    "sidebar", "footer", "masthead", "banner", "menu", "navbar", "nav", "toolbar", "pager",
    "header", "combx", "community", "shoutbox", "skyscraper", "ad", "ads", "ad-slot",
    "ad-container", "ad-wrapper", "adsense", "supplemental", "agegate", "legends", "remark",
    "replies", "rss",
};
/* Of those, the words naming what is never the article, whatever it
 * wraps: other pages' teasers, readers' comments, forms and notices. */
static const char *const elsewhere[] = {
    "comment", "cookie", "consent", "gdpr", "related", "newsletter", "subscribe", "signup",
    "sign-up", "promo", "advert", "outbrain", "taboola", "disqus", "most-read", "mostread",
    "most-popular", "mostpopular", "trending", "recommend", "recommended", "popup", "modal",
    "login", "more-stories", "also-read", "next-article", "prev-next", "pagination",
    "read-more", "readmore", "donate",
};
/* Words that lower a container's score without leaving it out. */
static const char *const minus[] = {
    "meta", "hidden", "extra", "sticky", "hero", "teaser", "card", "listing",
    "author", "tag", "date", "shop", "tweet", "foot",
};
static const char *const good[] = {
    "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
    "column",
};

static int boundary(char c) { return c == ' ' || c == '-' || c == '_' || c == '\0'; }

/* 1 when names holds the word w as whole parts of a name (split at
 * spaces, '-' and '_'; a plural 's' allowed): "comments" and
 * "comment-list" hold "comment", "shared-content" does not hold
 * "share", nor "commentary" "comment". */
static int word_at(const char *p, const char *w)
{
    size_t n = strlen(w);
    if (strncmp(p, w, n) != 0) return 0;
    const char *e = p + n;
    return boundary(*e) || (*e == 's' && boundary(e[1]));
}

/* One pass over the starts of the name's parts, where a strstr per word
 * read each name once for every word of the list: class lists of
 * utility-class templates run to hundreds of bytes on every element. */
static int has_any(const char *names, const char *const *w, size_t n)
{
    for (const char *p = names; *p; p++) {
        if (p > names && !boundary(p[-1])) continue;
        for (size_t i = 0; i < n; i++)
            if (w[i][0] == *p && word_at(p, w[i])) return 1;
    }
    return 0;
}

static int has_part(const char *names, const char *const *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(names, w[i])) return 1;
    return 0;
}

#define HAS(names, list) has_any(names, list, sizeof list / sizeof list[0])

/* 1 for a hidden <div id="S:n"> (n in hex): a part of the page that a
 * streaming server render (React's) sent after the layout, which its
 * script moves into the placeholder <template id="B:n"> at once.  It is
 * what the reader sees, often the article itself. */
static int streamed_part(const GumboNode *g)
{
    const char *id = html_attr(g, "id");
    if (!id || id[0] != 'S' || id[1] != ':' || !id[2]) return 0;
    for (const char *p = id + 2; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))) return 0;
    return 1;
}

/* Whether an element is hidden from a reader, or marked as other than
 * content by its role. */
static int hidden_or_role(const GumboNode *g)
{
    if (gumbo_get_attribute(&g->v.element.attributes, "hidden") && !streamed_part(g)) return 1;
    if (html_styled_hidden(g)) return 1;
    const char *role = html_attr(g, "role");
    if (role) {
        static const char *const roles[] = {"navigation", "contentinfo", "complementary",
                                            "dialog", "alertdialog", "menu", "menubar",
                                            "search", "banner", "alert", "toolbar", "tablist"};
        for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
            if (strcmp(role, roles[i]) == 0) return 1;
    }
    return 0;
}

/* Class weight and skip decision of element i.  protect: the element
 * holds the article's marks (its h1, <article>, <main>) or most of the
 * page's text, so its class names describe a layout ("main-with-sidebar"),
 * not boilerplate. */
static void judge(xnode *x, GumboTag t, int protect)
{
    char names[512];
    names_of(x->g, names, sizeof names);
    int keep_always = t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_ARTICLE ||
                      t == GUMBO_TAG_MAIN;
    const char *ip = html_attr(x->g, "itemprop");
    int body_prop = ip && strstr(ip, "articleBody");
    int bad_s = HAS(names, strong_bad), bad_w = HAS(names, weak_bad);
    int ok = has_part(names, good, sizeof good / sizeof good[0]);
    if (body_prop || protect) ok = body_prop || ok, bad_s = bad_w = 0;
    /* A <header>, <footer> or <aside> holding half the page's text is a
     * layout box around the article (or one left open by broken markup),
     * not a page header; a hidden one is the page's content waiting for
     * a script to show it (streamed server rendering). */
    int box = (t == GUMBO_TAG_HEADER || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_ASIDE) &&
              protect == 2;
    if ((xtree_never_text(t) && !box) || (hidden_or_role(x->g) && protect != 2))
        x->flags |= X_SKIP | X_HARD;
    else if (!keep_always && (bad_s || (bad_w && !ok)))
        x->flags |= X_SKIP | (HAS(names, elsewhere) ? X_HARD : 0);
    x->base = ok && !bad_s ? 25.0f : 0.0f;
    if (bad_s || bad_w || HAS(names, minus)) x->base -= 25.0f;
    if (body_prop) x->base += 50.0f;
    switch (t) {
    case GUMBO_TAG_ARTICLE: x->base += 30.0f; break;
    case GUMBO_TAG_MAIN: x->base += 15.0f; break;
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: x->base += 5.0f; break;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: x->base += 3.0f; break;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        x->base -= 3.0f;
        break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        x->base -= 5.0f;
        break;
    default: break;
    }
}

/* Bytes of text of a text node once white space is folded. */
static uint32_t folded_len(const char *s, uint32_t *commas)
{
    uint32_t n = 0;
    int sp = 1;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (text_is_space_byte(c)) {
            if (!sp) n++;
            sp = 1;
            continue;
        }
        sp = 0;
        n++;
        if (c == ',') (*commas)++;
    }
    return n;
}

static brief_status flatten(arena *ar, const GumboNode *root, xtree *t)
{
    /* An explicit stack of (node, next child). */
    typedef struct { const GumboNode *g; unsigned next; uint32_t idx; } frame;
    size_t cap = 64, top = 0;
    frame *st = arena_alloc(ar, cap * sizeof *st);
    if (!st) return BRIEF_ENOMEM;
    t->cap = 1024;
    t->n = arena_alloc(ar, t->cap * sizeof *t->n);
    if (!t->n) return BRIEF_ENOMEM;
    t->count = 0;
    const GumboNode *g = root;
    uint32_t parent = UINT32_MAX;
    for (;;) {
        if (g) {
            if (t->count == t->cap) {
                xnode *nn = arena_grow(ar, t->n, t->cap * sizeof *nn, t->cap * 2 * sizeof *nn);
                if (!nn) return BRIEF_ENOMEM;
                t->n = nn;
                t->cap *= 2;
            }
            uint32_t i = (uint32_t)t->count++;
            xnode *x = &t->n[i];
            memset(x, 0, sizeof *x);
            x->g = g;
            x->parent = parent;
            x->end = i + 1;
            if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_DOCUMENT) {
                if (top == cap) {
                    frame *ns = arena_grow(ar, st, cap * sizeof *st, cap * 2 * sizeof *st);
                    if (!ns) return BRIEF_ENOMEM;
                    st = ns;
                    cap *= 2;
                }
                st[top++] = (frame){g, 0, i};
                parent = i;
            }
        }
        if (top == 0) break;
        frame *f = &st[top - 1];
        const GumboVector *kids = f->g->type == GUMBO_NODE_DOCUMENT ? &f->g->v.document.children
                                                                     : &f->g->v.element.children;
        if (f->next < kids->length) {
            g = kids->data[f->next++];
            continue;
        }
        t->n[f->idx].end = (uint32_t)t->count;
        top--;
        parent = top ? st[top - 1].idx : UINT32_MAX;
        g = NULL;
        if (top == 0) break;
    }
    return BRIEF_OK;
}

/* Flags, weights, and the text and link lengths of every subtree. */
static void measure(xtree *t)
{
    uint32_t body_raw = 0;
    for (size_t i = t->count; i-- > 0;) {
        xnode *x = &t->n[i];
        if (x->g->type == GUMBO_NODE_TEXT || x->g->type == GUMBO_NODE_CDATA) {
            uint32_t c = 0;
            x->raw = folded_len(x->g->v.text.text, &c);
        }
        GumboTag tg = tag_of(x->g);
        if (x->g->type == GUMBO_NODE_ELEMENT) {
            const char *ip = html_attr(x->g, "itemprop");
            if (tg == GUMBO_TAG_H1 || tg == GUMBO_TAG_ARTICLE || tg == GUMBO_TAG_MAIN ||
                (ip && strstr(ip, "articleBody")))
                x->key = 1;
            if (tg == GUMBO_TAG_SCRIPT || tg == GUMBO_TAG_STYLE || tg == GUMBO_TAG_HEAD ||
                tg == GUMBO_TAG_NOSCRIPT || tg == GUMBO_TAG_TEMPLATE)
                x->raw = 0, x->key = 0;
            if (tg == GUMBO_TAG_BODY) body_raw = x->raw;
        }
        if (x->parent != UINT32_MAX) {
            t->n[x->parent].raw += x->raw;
            t->n[x->parent].key |= x->key;
        }
    }
    for (size_t i = 0; i < t->count; i++) {
        xnode *x = &t->n[i];
        if (x->parent != UINT32_MAX) {
            const xnode *p = &t->n[x->parent];
            x->flags |= p->flags & (X_SKIP | X_LINK | X_HARD);
        }
        GumboTag tg = tag_of(x->g);
        if (x->g->type == GUMBO_NODE_ELEMENT) {
            uint32_t inherited = x->flags & (X_SKIP | X_HARD);
            judge(x, tg, body_raw > 0 && x->raw * 2 >= body_raw ? 2 : x->key ? 1 : 0);
            x->flags |= inherited;
            if (tg == GUMBO_TAG_A) x->flags |= X_LINK;
            if (xtree_is_block(tg)) x->flags |= X_BLOCK;
        }
    }
    /* Children come after their parent: a backward pass adds each node
     * into its parent. */
    for (size_t i = t->count; i-- > 0;) {
        xnode *x = &t->n[i];
        if ((x->g->type == GUMBO_NODE_TEXT || x->g->type == GUMBO_NODE_CDATA) &&
            !(x->flags & X_SKIP)) {
            x->text = folded_len(x->g->v.text.text, &x->commas);
            if (x->flags & X_LINK) x->link = x->text;
        }
        if (x->parent != UINT32_MAX && !(x->flags & X_SKIP)) {
            xnode *p = &t->n[x->parent];
            p->text += x->text;
            p->link += x->link;
            p->commas += x->commas;
        }
    }
}

static float link_density(const xnode *x) { return x->text ? (float)x->link / (float)x->text : 0.0f; }

/* 1 for an element that holds text of its own outside blocks: a <div>
 * used as a paragraph. */
static int has_own_text(const xtree *t, size_t i)
{
    uint32_t own = 0;
    for (size_t k = i + 1; k < t->n[i].end; k = t->n[k].end) {
        const xnode *c = &t->n[k];
        if (c->flags & X_BLOCK) continue;
        own += c->text;
    }
    return own >= 25;
}

/* Paragraphs give their score to five generations of ancestors. */
static void score(xtree *t)
{
    for (size_t i = 0; i < t->count; i++) {
        xnode *x = &t->n[i];
        if (x->flags & X_SKIP || x->g->type != GUMBO_NODE_ELEMENT) continue;
        GumboTag tg = tag_of(x->g);
        int para = tg == GUMBO_TAG_P || tg == GUMBO_TAG_PRE || tg == GUMBO_TAG_TD ||
                   ((tg == GUMBO_TAG_DIV || tg == GUMBO_TAG_SECTION) && has_own_text(t, i));
        if (!para || x->text < 25) continue;
        if (link_density(x) > 0.5f) continue;
        x->flags |= X_PARA;
        for (uint32_t a = (uint32_t)i; a != UINT32_MAX; a = t->n[a].parent) t->n[a].ptext += x->text;
        float s = 1.0f + (float)x->commas + (float)(x->text / 100 > 3 ? 3 : x->text / 100);
        uint32_t a = x->parent;
        for (int level = 0; level < 5 && a != UINT32_MAX; level++, a = t->n[a].parent) {
            float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
            t->n[a].score += s / div;
        }
    }
}

/* The best container: its index, or UINT32_MAX. */
static uint32_t best_root(const xtree *t, float *best_out)
{
    uint32_t best = UINT32_MAX;
    float bs = 0.0f;
    for (size_t i = 0; i < t->count; i++) {
        const xnode *x = &t->n[i];
        if (x->flags & X_SKIP || x->score <= 0.0f) continue;
        float s = (x->score + x->base) * (1.0f - link_density(x));
        if (best == UINT32_MAX || s > bs) {
            best = (uint32_t)i;
            bs = s;
        }
    }
    /* An article cut into many boxes (a page builder's columns and
     * widgets): climb while the container holds less than 60% of the
     * page's paragraph text, or the parent holds much more of it, and the
     * parent is not a box of links. */
    uint32_t all_ptext = 0;
    for (size_t i = 0; i < t->count; i++)
        if (tag_of(t->n[i].g) == GUMBO_TAG_BODY) all_ptext = t->n[i].ptext;
    while (best != UINT32_MAX) {
        uint32_t p = t->n[best].parent;
        if (p == UINT32_MAX) break;
        const xnode *px = &t->n[p];
        GumboTag tg = tag_of(px->g);
        if (tg == GUMBO_TAG_BODY || tg == GUMBO_TAG_HTML || px->g->type != GUMBO_NODE_ELEMENT) break;
        int little = (float)t->n[best].ptext < 0.6f * (float)all_ptext;
        if (!little && (float)px->ptext < 1.25f * (float)t->n[best].ptext) break;
        if (link_density(px) > 0.4f) break;
        best = p;
    }
    *best_out = bs;
    return best;
}

/* ---- text out ---------------------------------------------------------- */

typedef struct para_out {
    rbuf all;      /* the paragraphs so far */
    rbuf cur;      /* the paragraph being read */
    size_t count;
    const char *skip_text; /* a paragraph equal to this (the title) is left out */
    const char *skip_heading; /* and one equal to the headline's heading as the page sets it */
    int kind;      /* of cur: 0 paragraph, 1 heading, 2 item, 3 quote */
} para_out;


static void flush(para_out *o)
{
    rbuf *c = &o->cur;
    while (c->len && (c->p[c->len - 1] == ' ' || c->p[c->len - 1] == '\n')) c->len--;
    size_t s = 0;
    while (s < c->len && (c->p[s] == ' ' || c->p[s] == '\n')) s++;
    if (s < c->len && !c->failed) {
        c->p[c->len] = '\0';
        const char *p = c->p + s;
        int same = (o->skip_text && text_equal_nocase(p, o->skip_text)) ||
                   (o->skip_heading && text_equal_nocase(p, o->skip_heading));
        if (!same) {
            if (o->count) rbuf_add(&o->all, "\n\n", 2);
            rbuf_add(&o->all, p, c->len - s);
            o->count++;
        }
    }
    c->len = 0;
    if (c->p) c->p[0] = '\0';
}

/* 1 when a list or box inside the article is a list of links (related
 * stories, tags, a menu the scoring did not catch). */
static int link_list(const xnode *x, GumboTag tg)
{
    switch (tg) {
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_FORM: case GUMBO_TAG_P:
    case GUMBO_TAG_LI:
        return x->text > 0 && link_density(x) > 0.5f;
    default:
        return 0;
    }
}

/* The text of nodes [from, to), blocks as paragraphs. */
static void emit(const xtree *t, size_t from, size_t to, para_out *o)
{
    /* Ends of the blocks open, innermost last: a paragraph ends there. */
    uint32_t ends[256];
    size_t nends = 0;
    for (size_t i = from; i < to;) {
        while (nends && ends[nends - 1] <= i) {
            nends--;
            flush(o);
        }
        const xnode *x = &t->n[i];
        if (x->flags & X_SKIP) {
            i = x->end;
            continue;
        }
        if (x->g->type == GUMBO_NODE_TEXT || x->g->type == GUMBO_NODE_CDATA ||
            x->g->type == GUMBO_NODE_WHITESPACE) {
            xtree_put_text(&o->cur, x->g->v.text.text);
            i++;
            continue;
        }
        if (x->g->type != GUMBO_NODE_ELEMENT) {
            i = x->end;
            continue;
        }
        GumboTag tg = tag_of(x->g);
        if (i != from && link_list(x, tg)) {
            i = x->end;
            continue;
        }
        if (tg == GUMBO_TAG_BR) {
            rbuf_add(&o->cur, "\n", 1);
            i++;
            continue;
        }
        if (x->flags & X_BLOCK) {
            flush(o);
            if (nends < sizeof ends / sizeof ends[0]) ends[nends++] = x->end;
        } else if (tg == GUMBO_TAG_IMG) {
            i++;
            continue;
        } else if (o->cur.len && o->cur.p[o->cur.len - 1] != ' ' && tg != GUMBO_TAG_A &&
                   tg != GUMBO_TAG_SPAN && tg != GUMBO_TAG_B && tg != GUMBO_TAG_I &&
                   tg != GUMBO_TAG_EM && tg != GUMBO_TAG_STRONG && tg != GUMBO_TAG_SUP &&
                   tg != GUMBO_TAG_SUB) {
            /* other inline elements: nothing to add */
        }
        i++;
    }
    flush(o);
}

/* 1 when s[0..n) holds the end of a sentence: '.', '!' or '?' before a
 * space or the end. */
static int has_sentence_end(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && (i + 1 == n || s[i + 1] == ' '))
            return 1;
    return 0;
}

/* The last look before a page is refused: the paragraphs of prose
 * (<p> of 80 bytes or more, a sentence's end, under a quarter of it in
 * links) anywhere in the body, leaving out only what is never the
 * article (X_HARD): a page that wrapped its article in a box whose class
 * names a layout or a page part ("paywall", "print-area", "sidebar-
 * layout", "share-wrapper") is read, an index of links or a login form
 * is not.  Into o from empty; the count of paragraphs. */
static size_t prose_anywhere(const xtree *t, uint32_t body, para_out *o)
{
    o->all.len = 0;
    o->count = 0;
    for (size_t i = body; i < t->n[body].end;) {
        const xnode *x = &t->n[i];
        if (x->flags & X_HARD) {
            i = x->end;
            continue;
        }
        if (x->g->type != GUMBO_NODE_ELEMENT || tag_of(x->g) != GUMBO_TAG_P) {
            i++;
            continue;
        }
        /* the paragraph's text goes into o->cur as it is measured, and
         * stays only when it reads as prose */
        uint32_t len = 0, link = 0;
        for (size_t k = i + 1; k < x->end; k++) {
            const xnode *c = &t->n[k];
            if (c->flags & X_HARD) {
                k = c->end - 1;
                continue;
            }
            GumboNodeType ty = c->g->type;
            if (ty == GUMBO_NODE_TEXT || ty == GUMBO_NODE_CDATA) {
                len += c->raw;
                if (c->flags & X_LINK) link += c->raw;
            }
            if (ty == GUMBO_NODE_TEXT || ty == GUMBO_NODE_CDATA || ty == GUMBO_NODE_WHITESPACE)
                xtree_put_text(&o->cur, c->g->v.text.text);
        }
        if (len >= 80 && link * 4 < len && o->cur.len && has_sentence_end(o->cur.p, o->cur.len))
            flush(o);
        else
            o->cur.len = 0;
        i = x->end;
    }
    return o->count;
}

/* ---- the page ---------------------------------------------------------- */

static size_t text_bytes(const char *s) { return s ? strlen(s) : 0; }

/* The declared articleBody as paragraphs (its lines). */
static void body_paragraphs(const char *body, para_out *o)
{
    const char *p = body;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char *line = strndup(p, n);
        if (line) {
            xtree_put_text(&o->cur, line);
            free(line);
        }
        flush(o);
        p += n;
        if (*p) p++;
    }
}

brief_status extract_html(arena *ar, const char *bytes, size_t len, extract_page *out)
{
    memset(out, 0, sizeof *out);
    out->text = "";
    const brief_allocator *a = arena_allocator(ar);
    html_doc doc;
    brief_status s = html_doc_parse(a, bytes, len, &doc);
    snprintf(out->encoding, sizeof out->encoding, "%s", doc.encoding);
    out->transcoded = doc.transcoded;
    out->guessed = doc.guessed;
    out->repaired = doc.repaired;
    if (s != BRIEF_OK) {
        html_doc_free(a, &doc);
        return s;
    }
    xtree t;
    s = flatten(ar, doc.tree->document, &t);
    if (s != BRIEF_OK) goto done;
    measure(&t);
    meta m;
    memset(&m, 0, sizeof m);
    pagemeta_read(ar, &t, &m);
    score(&t);
    float bs;
    uint32_t root = best_root(&t, &bs);

    const char *site = m.site ? m.site : m.publisher;
    out->url = m.canonical && strstr(m.canonical, "://") ? m.canonical : m.url ? m.url : m.ld_url;
    uint32_t h1 = UINT32_MAX;
    const char *host = pagemeta_host(ar, out->url);
    /* Without a declared site name, the one the page gives its home
     * link or its application name cuts the site's part of a title. */
    const char *site_cut = site ? site : pagemeta_site_name(&m, host);
    uint32_t heading = UINT32_MAX;
    out->title = pagemeta_title(ar, &t, &m, root, site_cut, host, &h1, &heading);
    out->source = site ? site : pagemeta_host(ar, out->url);
    out->author = m.ld_author ? m.ld_author : m.author;
    out->lang = m.lang;
    out->date = pagemeta_date(ar, &t, &m, out->url, h1);

    para_out o;
    memset(&o, 0, sizeof o);
    rbuf_init(&o.all, ar);
    rbuf_init(&o.cur, ar);
    o.skip_text = out->title;
    /* The title may be the declared wording or one line of the heading;
     * the heading it stands for is the headline all the same. */
    o.skip_heading = heading != UINT32_MAX ? pagemeta_node_text(ar, &t, heading) : NULL;
    if (root != UINT32_MAX) {
        const xnode *r = &t.n[root];
        uint32_t parent = r->parent;
        float limit = bs * 0.2f > 10.0f ? bs * 0.2f : 10.0f;
        if (parent == UINT32_MAX) {
            emit(&t, root, r->end, &o);
        } else {
            /* The siblings that score near the best, and paragraphs beside it. */
            for (size_t k = parent + 1; k < t.n[parent].end; k = t.n[k].end) {
                const xnode *x = &t.n[k];
                int take = k == root;
                if (!take && !(x->flags & X_SKIP) && x->g->type == GUMBO_NODE_ELEMENT) {
                    float sc = (x->score + x->base) * (1.0f - link_density(x));
                    if (sc >= limit) take = 1;
                    else if (tag_of(x->g) == GUMBO_TAG_P && x->text > 80 && link_density(x) < 0.25f)
                        take = 1;
                }
                if (take) emit(&t, k, x->end, &o);
            }
        }
    }
    /* Little text in the best container (a page of short blocks, none
     * scoring): every block of the page that is not boilerplate; and
     * when that is little too, the prose of the page's layout boxes
     * (prose_anywhere) before the page is refused. */
    if (o.all.len < EXTRACT_MIN_TEXT) {
        uint32_t body = UINT32_MAX;
        for (size_t i = 0; i < t.count && body == UINT32_MAX; i++)
            if (tag_of(t.n[i].g) == GUMBO_TAG_BODY) body = (uint32_t)i;
        if (body != UINT32_MAX) {
            o.all.len = 0;
            o.count = 0;
            emit(&t, body, t.n[body].end, &o);
        }
        if (body != UINT32_MAX && o.all.len < EXTRACT_MIN_TEXT) {
            para_out last;
            memset(&last, 0, sizeof last);
            rbuf_init(&last.all, ar);
            rbuf_init(&last.cur, ar);
            last.skip_text = out->title;
            last.skip_heading = o.skip_heading;
            if (prose_anywhere(&t, body, &last) >= 2 && last.all.len >= EXTRACT_MIN_TEXT) o = last;
        }
    }
    if (m.body && o.all.len * 2 < text_bytes(m.body)) {
        o.all.len = 0;
        o.count = 0;
        body_paragraphs(m.body, &o);
    }
    if (o.all.failed || o.cur.failed) {
        s = BRIEF_ENOMEM;
        goto done;
    }
    o.all.p = o.all.p ? o.all.p : arena_strdup(ar, "");
    if (!o.all.p) {
        s = BRIEF_ENOMEM;
        goto done;
    }
    o.all.p[o.all.len] = '\0';
    out->text = o.all.p;
    out->text_len = o.all.len;
    out->paragraphs = o.count;
    if (out->lang) {
        char *l = arena_strdup(ar, out->lang);
        if (l)
            for (char *p = l; *p; p++) {
                if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
                if (*p == '_') *p = '-';
            }
        out->lang = l;
    }
    if (out->text_len < EXTRACT_MIN_TEXT) s = BRIEF_EEMPTY;
done:
    html_doc_free(a, &doc);
    return s;
}
