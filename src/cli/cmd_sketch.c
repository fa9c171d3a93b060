/* cmd_sketch.c - brief sketch: a MinHash signature per article, one JSON
 * line each, with LSH band keys. */
#include <stdio.h>

#include "commands.h"
#include "diag.h"

int cmd_sketch(int argc, char **argv)
{
    session s;
    int rc = session_open(&s, "sketch", argc, argv, NULL);
    if (rc >= 0) return rc;
    if ((rc = session_read(&s)) != 0) return session_close(&s, rc);
    for (size_t d = 0; d < brief_story_doc_count(s.st) && rc == 0; d++) {
        brief_buffer_clear(s.out);
        if (brief_render_sketch(s.out, s.st, d, (size_t)s.o.hashes, (size_t)s.o.bands) != BRIEF_OK) {
            msg("%s", shown(brief_story_errmsg(s.st)));
            continue;
        }
        /* Line by line, as a stream: a failed write stops at once. */
        size_t len = brief_buffer_len(s.out);
        if (fwrite(brief_buffer_data(s.out), 1, len, stdout) != len) rc = EXIT_OUTPUT;
    }
    if (rc == 0) rc = finish_output();
    return session_close(&s, rc);
}
