/*
 * text.h - small UTF-8 helpers shared by the stages: the UTF-8 decoder,
 * the white-space set, whitespace folding and the counts that length
 * budgets use.
 */
#ifndef BRIEF_TEXT_H
#define BRIEF_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/*
 * The UTF-8 decoder, the only one in the library.  It accepts exactly the
 * well-formed sequences of Unicode (Table 3-7): no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequence.
 *
 * text_utf8_next decodes the sequence at s[0..len), len > 0: it returns
 * its length and the code point in *cp, or, when the bytes are not well
 * formed, the length of the "maximal subpart" (the longest prefix that
 * could still have begun a valid sequence; at least 1) and *cp = -1.  One
 * U+FFFD per maximal subpart is how Unicode, WHATWG and Python repair text,
 * and what ingest does.
 */
size_t text_utf8_next(const char *s, size_t len, int32_t *cp);

/* Where the code point that ends just before s[i] starts, for reading
 * backwards: i - 1 moved back over at most three continuation bytes, never
 * below lo (lo < i). */
size_t text_prev(const char *s, size_t lo, size_t i);

/* As text_utf8_next, but an invalid byte is a step of its own: returns 1
 * and *cp = 0xFFFD for it (a U+FFFD in the text is 3 bytes long, so
 * "1 and 0xFFFD" means an invalid byte).  len 0: returns 0, *cp = 0. */
size_t text_decode(const char *s, size_t len, int32_t *cp);

/*
 * White space, the only definition in the library: Unicode's White_Space
 * property, i.e. TAB, LF, VT, FF, CR, space, U+0085, U+00A0, U+1680,
 * U+2000-U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
 * Ingested text holds none of VT, FF, CR, U+0085, U+2028 and U+2029: they
 * became LF.
 */

/* The ASCII members of the set, for code that reads bytes: 1 for TAB, LF,
 * VT, FF, CR and space; 0 for every byte >= 0x80, which is part of a
 * multibyte sequence.  Inline: scanners call it on every byte. */
inline int text_is_space_byte(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* text_is_space for code points above ASCII (the slow path). */
int text_is_space_wide(int32_t cp);
/* 1 for a member of the set above.  Inline with an ASCII fast path: the
 * splitter and the folder ask it of every code point of every sentence. */
inline int text_is_space(int32_t cp)
{
    return cp < 0x80 ? cp >= 0 && text_is_space_byte((unsigned char)cp) : text_is_space_wide(cp);
}

/* The bidi embedding, override and isolate controls, U+202A-U+202E and
 * U+2066-U+2069: invisible, they reorder the text that follows them on a
 * terminal or a page (so that what is read is not what is there), and no
 * output of brief carries them. */
int text_is_bidi_control(int32_t cp);

/* Letter case by Unicode category: upper is Lu or Lt, lower is Ll. */
int text_is_upper(int32_t cp);
int text_is_lower(int32_t cp);

/* The length of the white-space code point s[0..len) starts with, or 0. */
size_t text_space_len(const char *s, size_t len);
/* The length of the white-space code point s[0..len) ends with, or 0. */
size_t text_space_len_before(const char *s, size_t len);

/* A copy of s[0..len) with every run of white space turned into one
 * space and none at either end; NUL-terminated, arena-allocated. */
char *text_fold(arena *ar, const char *s, size_t len, size_t *out_len);

/* The length in bytes of the double quotation mark that s[0..len) starts
 * with: " (1), the newswire `` and '' (2), “ or ” (3); 0 for anything
 * else, a lone apostrophe included. */
size_t text_quote_mark(const char *s, size_t len);

/* 1 if a and b are equal but for the case of ASCII letters (source names,
 * speaker names). */
int text_equal_nocase(const char *a, const char *b);

/* Words separated by ASCII white space (text_is_space_byte), as ROUGE and
 * `wc -w` count them; callers count folded text, whose only white space
 * is the single space. */
size_t text_count_words(const char *s, size_t len);
/* Code points. */
size_t text_count_chars(const char *s, size_t len);

#endif
