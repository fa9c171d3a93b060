/*
 * pages.h - what brief reads of one file (brief_pages in brief.h), shared
 * with brief_story_add_file (io.c): a web page's article, as text with
 * front matter, so that a page goes through the same ingest -> clean ->
 * split pipeline as a text file, its title, source, URL and date carried
 * by the front matter.
 */
#ifndef BRIEF_PAGES_H
#define BRIEF_PAGES_H

#include <stddef.h>

#include "arena.h"
#include "brief.h"
#include "extract.h"

/* The message of a page without an article. */
#define PAGES_NO_ARTICLE "no article found in the page (an index, a login wall?); skipped"

/*
 * When bytes are HTML (html_sniff), their article as text with front
 * matter into *text (in ar) and *is_html = 1; else *is_html = 0.  Errors:
 * extract_html's (BRIEF_EEMPTY: no article).
 */
brief_status pages_as_text(arena *ar, const char *name, const char *bytes, size_t len,
                           int *is_html, char **text, size_t *text_len);

#endif
