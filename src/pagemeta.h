/*
 * pagemeta.h - what a web page says of itself, read off its flattened
 * tree (xtree.h): JSON-LD, og:/article:/twitter: and other <meta> tags,
 * canonical links, <time> elements, headings; and from them the page's
 * title, date and host, each checked against what the page shows (see
 * extract.h for the method).  Used by extract.c.
 */
#ifndef BRIEF_PAGEMETA_H
#define BRIEF_PAGEMETA_H

#include <stdint.h>

#include "arena.h"
#include "xtree.h"

typedef struct meta {
    const char *og_title, *tw_title, *html_title, *h1, *headline;
    const char *meta_title;   /* <meta name=title>, Dublin Core's, citation_title, parsely-title... */
    const char *site, *publisher, *url, *canonical, *ld_url;
    const char *date, *ld_date, *meta_date, *time_date, *ld_modified, *meta_modified;
    const char *item_date;    /* the first itemprop=datePublished in the body: maybe a teaser's */
    const char *ld_other[4];  /* datePublished of the page's other JSON-LD objects */
    size_t nld_other;
    const char *author, *ld_author, *lang, *body;
    int ld_rank;       /* how well the JSON-LD object chosen fits an article */
    uint32_t h1s[16];  /* the first h1 elements, in document order */
    size_t nh1;
    uint32_t h2s[16];  /* and h2; headings in the page's frame (nav, aside, footer) left out */
    size_t nh2;
    uint32_t item_headline; /* a heading itemprop=headline in the article; UINT32_MAX: none */
    const char *app_name;   /* <meta name=application-name>: the name a browser shows the site by */
    const char *ld_site;    /* the name of the JSON-LD WebSite object */
    const char *home[8];    /* the text (else an image's alt) of the first links to the home page */
    const char *home_host[8]; /* the host each names, NULL for a path ("/") */
    size_t nhome;
} meta;

/* Reads what the page declares into *m (zeroed by the caller), strings
 * in ar. */
void pagemeta_read(arena *ar, const xtree *t, meta *m);
/* The host of an http(s) URL ("news.example.org"), in ar; NULL when
 * there is none. */
char *pagemeta_host(arena *ar, const char *url);
/* The site's name when the page declares no og:site_name nor publisher:
 * the application-name, the JSON-LD WebSite's name, else the text of a
 * link to the home page (on host, or a path), when it is a whole part
 * of the page's title beside a separator ("Headline | Name"), so a
 * menu's "Home" never is.  NULL when none is. */
const char *pagemeta_site_name(const meta *m, const char *host);
/* The text of element i as a heading reads (inline words joined, blocks
 * apart), in ar; NULL when it has none. */
char *pagemeta_node_text(arena *ar, const xtree *t, uint32_t i);
/* The headline: among the declared titles and the page's h1/h2 (root: the
 * article's container, or UINT32_MAX), the site name (site, else host)
 * cut off; *at receives the headline's place (its heading's node, or the
 * page's h1 when a declared title is taken), UINT32_MAX when none, and
 * *heading the heading the title stands for (UINT32_MAX when it is a
 * declared title alone).  NULL when the page has no title. */
const char *pagemeta_title(arena *ar, const xtree *t, const meta *m, uint32_t root,
                           const char *site, const char *host, uint32_t *at, uint32_t *heading);
/* The publication date, YYYY-MM-DD with the time when known, from the
 * URL's path, a "published" label, a declared date the page shows, the
 * <time> nearest the headline (node `headline`); NULL when none. */
const char *pagemeta_date(arena *ar, const xtree *t, const meta *m, const char *url,
                          uint32_t headline);

#endif
