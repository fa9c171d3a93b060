/* cmd_idf.c - brief idf: a background IDF table from a collection. */
#include "commands.h"

int cmd_idf(int argc, char **argv)
{
    session s;
    int rc = session_open(&s, "idf", argc, argv, "idf: give the files or folders to count");
    if (rc >= 0) return rc;
    brief_idf_builder *b = NULL;
    const char *out = s.o.output ? s.o.output : "-";
    rc = brief_idf_builder_new(s.ctx, &b) ? fail(EXIT_NOINPUT, "out of memory") : gather(&s);
    for (size_t i = 0; i < brief_paths_count(s.paths) && rc == 0; i++) {
        /* A line that is not text ends its file unremarked (--lines). */
        const char *path = brief_paths_get(s.paths, i);
        brief_status st = brief_idf_builder_add_file(b, path, s.o.lines);
        if (st == BRIEF_EIO) msg("%s: %s", shown(path), strerror(errno));
        else if (st != BRIEF_OK && !s.o.lines) warn("%s: not text; skipped", shown(path));
        s.skipped += st == BRIEF_EIO || (st != BRIEF_OK && !s.o.lines);
    }
    if (rc == 0 && brief_idf_builder_documents(b) == 0) {
        rc = fail(EXIT_NOINPUT, "no usable input");
    } else if (rc == 0 && brief_idf_builder_write(b, out, (unsigned)s.o.min_docs) != BRIEF_OK) {
        rc = fail(EXIT_OUTPUT, "%s: cannot write: %s", s.o.output ? shown(out) : "standard output",
                  strerror(errno ? errno : EIO));
    } else if (rc == 0) {
        warn("idf: %zu documents counted", brief_idf_builder_documents(b));
    }
    brief_idf_builder_free(b);
    return session_close(&s, rc);
}
