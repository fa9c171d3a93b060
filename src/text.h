/*
 * text.h - small UTF-8 helpers shared by the stages: whitespace folding
 * and the counts that length budgets use.
 */
#ifndef BRIEF_TEXT_H
#define BRIEF_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Decodes one code point at s[0..len); returns its length in bytes (1 for
 * an invalid byte, whose value is then 0xFFFD). */
size_t text_decode(const char *s, size_t len, int32_t *cp);

/* 1 for Unicode white space (Zs, TAB, LF, CR, VT, FF, U+0085, U+2028/9). */
int text_is_space(int32_t cp);

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

/* Whitespace-separated words, as ROUGE and `wc -w` count them. */
size_t text_count_words(const char *s, size_t len);
/* Code points. */
size_t text_count_chars(const char *s, size_t len);

#endif
