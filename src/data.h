/*
 * data.h - language data and patterns compiled into the library: the
 * files under stopwords/ and data/ (see the Makefile), looked up by their
 * path relative to the project ("stopwords/english.txt").
 *
 * Data files are UTF-8 text, one entry per line; blank lines and lines
 * starting with '#' are comments.
 */
#ifndef BRIEF_DATA_H
#define BRIEF_DATA_H

#include <stddef.h>

typedef struct data_file {
    const char *name;
    const char *bytes;
    size_t len;
} data_file;

/* Generated table, ended by a NULL name. */
extern const data_file data_files[];

/* The bytes of a compiled-in file, or NULL; *len receives the length. */
const char *data_find(const char *name, size_t *len);

/* The language file data/<dir>/<language>.txt ("porter" reads English's),
 * or NULL when the language has none. */
const char *data_find_lang(const char *dir, const char *language, size_t *len);

/* Iterates over the entries of a data file: each line trimmed of spaces,
 * skipping blank lines and comments. */
typedef struct data_lines {
    const char *p, *end;
} data_lines;

void data_lines_init(data_lines *it, const char *bytes, size_t len);
/* 1 and the entry in *line and *len, or 0 at the end. */
int data_lines_next(data_lines *it, const char **line, size_t *len);

#endif
