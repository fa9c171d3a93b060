/* cmd_idf.c - brief idf: a background IDF table from a collection. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "commands.h"
#include "diag.h"

/* The whole of f in *buf (grown as needed, up to the input limit). */
static int read_all(FILE *f, char **buf, size_t *len)
{
    size_t cap = 1 << 16, got;
    char *nb = realloc(*buf, cap);
    if (!nb) return -1;
    *buf = nb;
    *len = 0;
    while ((got = fread(*buf + *len, 1, cap - *len, f)) > 0) {
        *len += got;
        if (*len < cap) continue;
        if (cap >= BRIEF_MAX_INPUT_BYTES || !(nb = realloc(*buf, cap * 2))) break;
        *buf = nb;
        cap *= 2;
    }
    return 0;
}

/* Counts one file: each line a document with --lines, else the whole. */
static int count_file(brief_idf_builder *b, const options *o, const char *path, FILE *f,
                      char **buf, int *skipped)
{
    if (o->lines) {
        size_t cap = 0;
        ssize_t len;
        while ((len = getline(buf, &cap, f)) > 0)
            if (len > 1 && brief_idf_builder_add(b, *buf, (size_t)len) != BRIEF_OK) break;
        return 0;
    }
    size_t len;
    if (read_all(f, buf, &len) != 0) return -1;
    if (brief_idf_builder_add(b, *buf, len) != BRIEF_OK) {
        warn("%s: not text; skipped", shown(path));
        (*skipped)++;
    }
    return 0;
}

static int count_all(session *s, brief_idf_builder *b)
{
    char *buf = NULL;
    int rc = 0;
    for (size_t i = 0; i < s->paths.n && rc == 0; i++) {
        const char *path = s->paths.v[i];
        FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
        if (!f) {
            msg("%s: %s", shown(path), strerror(errno));
            s->skipped++;
            continue;
        }
        if (count_file(b, &s->o, path, f, &buf, &s->skipped) != 0) rc = EXIT_NOINPUT;
        if (f != stdin) fclose(f);
    }
    free(buf);
    return rc;
}

int cmd_idf(int argc, char **argv)
{
    session s;
    int rc = session_open(&s, "idf", argc, argv, "idf: give the files or folders to count");
    if (rc >= 0) return rc;
    brief_idf_builder *b = NULL;
    if (brief_idf_builder_new(s.ctx, &b) != BRIEF_OK || gather(s.argc, s.argv, &s.paths, &s.skipped) != 0) {
        msg("out of memory");
        rc = EXIT_NOINPUT;
    } else if ((rc = count_all(&s, b)) == 0 && brief_idf_builder_documents(b) == 0) {
        msg("no usable input");
        rc = EXIT_NOINPUT;
    } else if (rc == 0 && brief_idf_builder_write(b, s.o.output ? s.o.output : "-",
                                                  (unsigned)s.o.min_docs) != BRIEF_OK) {
        msg("%s: cannot write: %s", s.o.output ? shown(s.o.output) : "standard output",
            strerror(errno ? errno : EIO));
        rc = EXIT_OUTPUT;
    } else if (rc == 0) {
        warn("idf: %zu documents counted", brief_idf_builder_documents(b));
    }
    brief_idf_builder_free(b);
    return session_close(&s, rc);
}
