/*
 * article.h - one article as a feed item or a mail message gives it,
 * before it is read as text: the metadata the source declares and the
 * body in UTF-8, HTML or plain.  Made by feed.c and mail.c; every string
 * is NUL-terminated UTF-8 owned by the arena the parser was given, and
 * NULL when the source gives none.
 */
#ifndef BRIEF_ARTICLE_H
#define BRIEF_ARTICLE_H

#include <stddef.h>

typedef struct article {
    const char *title;  /* white space folded */
    const char *url;    /* the article's own page (feed link), or NULL */
    const char *date;   /* datenorm.h form; NULL when absent or unreadable */
    const char *author; /* a name (feed author), white space folded */
    const char *source; /* the outlet: feed title, mail sender's name */
    const char *id;     /* feed guid / Atom id / mail Message-ID */
    const char *body;   /* UTF-8, NUL-terminated; NULL when there is none */
    size_t body_len;    /* bytes in body */
    int body_is_html;   /* 1: body is HTML (a fragment or a page) for the
                           HTML extractor; 0: plain text */
} article;

#endif
