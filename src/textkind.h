/*
 * textkind.h - whether a plain text reads as an article at all: a folder
 * of the day's news also holds lists of links and of headlines (an index
 * saved as text, a bookmarks export), which have no sentences to rank and
 * whose "summary" would be a menu.
 *
 * The test looks at lines, not words, and only at what any article has:
 *   - a list of links: at least 3 lines that are mostly an address
 *     (http://, https://, www.), and they make half the lines or more;
 *   - no prose: at least 5 lines and none of them a sentence of prose (6
 *     words or more with a sentence mark, . ! ? … or a closing quote after
 *     one, or 25 words or more whatever their punctuation: text without
 *     marks, as speech recognition writes it, is still prose).
 * Front matter and blank lines are not counted; UTF-16 is not judged.  A short text is never
 * judged: a one-line article is an article.
 */
#ifndef BRIEF_TEXTKIND_H
#define BRIEF_TEXTKIND_H

#include <stddef.h>

/* NULL when text[0..len) may be an article, else why it is not, as a
 * message for the user ("a list of links, not an article; skipped"). */
const char *textkind_not_article(const char *text, size_t len);

#endif
