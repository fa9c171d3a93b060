/*
 * xtree.h - a web page's gumbo tree flattened into an array in document
 * order, as extract.c builds it and pagemeta.c reads it: each element
 * knows where its subtree ends, so every pass over a page is a loop, and
 * no page can exhaust the stack.
 */
#ifndef BRIEF_XTREE_H
#define BRIEF_XTREE_H

#include <gumbo.h>
#include <stddef.h>
#include <stdint.h>

#include "buffer.h"

/* X_HARD: left out for what the element is (its tag, hidden, its role,
 * a class naming other content), not only for a class that may also
 * name a layout around the article. */
enum { X_SKIP = 1, X_LINK = 2, X_BLOCK = 4, X_PARA = 8, X_HARD = 16 };

typedef struct xnode {
    const GumboNode *g;
    uint32_t parent, end;  /* end: one past the last node of the subtree */
    uint32_t flags;
    uint32_t text, link;   /* bytes of folded text in the subtree, and of it in links */
    uint32_t commas;
    uint32_t raw;          /* bytes of text in the subtree, boilerplate or not */
    uint32_t ptext;        /* bytes of text in paragraphs (X_PARA) of the subtree */
    uint32_t key;          /* 1: the subtree holds an h1, <article>, <main> or articleBody */
    float base, score;     /* score: what paragraphs gave it */
} xnode;

typedef struct xtree {
    xnode *n;
    size_t count, cap;
} xtree;

/* Elements that break the text into blocks (paragraphs, headings, list
 * items, table cells...). */
int xtree_is_block(GumboTag t);
/* Elements that are never article text (scripts, navigation, forms...). */
int xtree_never_text(GumboTag t);
/* Appends text to b with white space folded and controls dropped. */
void xtree_put_text(rbuf *b, const char *s);

#endif
