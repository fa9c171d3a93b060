/*
 * labels.h - the fixed words of the text, Markdown and HTML renderers (the
 * section headings, the mark of an unknown speaker), in the language of
 * what is rendered.
 *
 * They come from data/labels/<language>.txt: one label per line, its key,
 * white space, then the text.  A language with no file, or a label its
 * file lacks, gets the English one (data/labels/english.txt), so a new
 * language needs only its data file, and may translate only some labels.
 */
#ifndef BRIEF_LABELS_H
#define BRIEF_LABELS_H

#include <stddef.h>

typedef enum label_id {
    LABEL_KEY_POINTS, /* "key-points" */
    LABEL_QUOTES,     /* "quotes" */
    LABEL_SOURCES,    /* "sources" */
    LABEL_SPEAKER_UNKNOWN, /* "speaker-unknown": a quote list's missing speaker */
    LABEL_COUNT
} label_id;

/* Room for one label, NUL included: a longer text is cut at the last
 * whole code point that fits. */
#define LABEL_MAX 64

/* The labels of one language, as NUL-terminated strings: a render keeps
 * one on its stack, so no allocation can fail. */
typedef struct labels {
    char text[LABEL_COUNT][LABEL_MAX];
} labels;

/* Fills *out for `language` (a Snowball name such as "english"; NULL is
 * English).  A label that neither the language's file nor English has is
 * its key, so the gap shows. */
void labels_load(labels *out, const char *language);

/* The text of label `key` for `language` (NULL: English), from its file
 * or else from English, in *len bytes (not NUL-terminated: it points into
 * the compiled-in data); NULL when neither has it. */
const char *label_lookup(const char *language, const char *key, size_t *len);

/* The key of a label ("key-points"). */
const char *label_key(label_id id);

#endif
