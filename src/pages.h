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

/* One document of a file, as brief reads it. */
typedef struct pages_doc {
    brief_page page; /* name: the file's, or "NAME#k" for a feed's k-th item */
    char *text;      /* the document as text with front matter, for ingest;
                        NULL for a text file: its bytes are read as they
                        are (page then holds only the name) */
    size_t text_len;
} pages_doc;

/*
 * What the file `name` holds, in ar, by its content: a feed (feed.h) is
 * one document per item that has text, named "NAME#k" (k counts the
 * feed's items from 1); a mail message (mail.h) one document, its
 * Subject as title, From as source; a web page (html_sniff) its article
 * (extract.h); anything else one text document.  Feed items and mail
 * bodies in HTML go through the same extraction as pages.  Errors, with a
 * message for the user in *why ("...; skipped"): BRIEF_EEMPTY (a page
 * without an article, with BRIEF_ADD_FOUND in flags a text that is no
 * article (textkind.h), a feed no item of which has text, a message
 * without a text part), BRIEF_EFORMAT (a feed broken before its first
 * item, a message that does not start with a header), BRIEF_ELIMIT
 * (nesting too deep), BRIEF_ENOMEM.  A feed that breaks off after some
 * items gives those items, BRIEF_OK and a warning in *why (else NULL).
 */
brief_status pages_read(arena *ar, const char *name, const char *bytes, size_t len,
                        unsigned flags, pages_doc **docs, size_t *n, const char **why);

/* One file read and parsed, as brief_story_add_path and
 * brief_pages_add_path need it, and as prefetch.c does it ahead of them on
 * worker threads (it touches nothing but its own arena and the
 * allocator). */
typedef struct pages_file {
    brief_status read;   /* read_path's status; the rest is set when OK */
    int err;             /* errno of a BRIEF_EIO */
    char *bytes;         /* the file, from the allocator */
    size_t len;
    arena *ar;           /* docs and their strings; NULL when not parsed */
    brief_status parsed; /* pages_read's status */
    pages_doc *docs;
    size_t n;
    const char *why;     /* pages_read's message */
} pages_file;

/* Reads path ("-": stdin) with BRIEF_MAX_INPUT_BYTES as its bound and,
 * when that worked, what it holds (pages_read with flags).  Never fails:
 * f says what happened. */
void pages_file_read(const brief_allocator *a, const char *path, unsigned flags, pages_file *f);
/* Frees what f holds. */
void pages_file_release(const brief_allocator *a, pages_file *f);
/* The documents of a file read by pages_file_read added to a page list
 * (copied), with the same results and messages as brief_pages_add_path.
 * (story_add_read in story.h does it for a story.) */
brief_status pages_list_add(brief_pages *p, const char *path, pages_file *f);

#endif
