/*
 * xtree.c - what extract.c and pagemeta.c share of a page's elements and
 * text (see xtree.h).
 */
#include "xtree.h"

#include <string.h>

#include "render.h"
#include "text.h"

int xtree_is_block(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_BR:
    case GUMBO_TAG_HR: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
        return 1;
    default:
        return 0;
    }
}

/* Elements that are never article text. */
int xtree_never_text(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_LABEL: case GUMBO_TAG_OPTION: case GUMBO_TAG_TITLE:
        return 1;
    default:
        return 0;
    }
}

/* Appends text with white space folded and controls dropped. */
void xtree_put_text(rbuf *b, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = text_decode(s + i, n - i, &cp);
        if (text_is_space(cp)) {
            if (b->len && b->p[b->len - 1] != ' ' && b->p[b->len - 1] != '\n')
                rbuf_add(b, " ", 1);
        } else if (!render_is_control(cp) && cp != 0xFEFF && cp != 0x200B && cp != 0x00AD &&
                   cp != 0x2060) {
            /* Invisible marks dropped: a byte order mark, the zero-width
             * space, the soft hyphen ("Bundes&shy;regierung": a place a
             * line may break, no letter of the word) and the word joiner. */
            if (k == 1 && cp == 0xFFFD) rbuf_add(b, "\xEF\xBF\xBD", 3);
            else rbuf_add(b, s + i, k);
        }
        i += k;
    }
}
