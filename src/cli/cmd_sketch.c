/* cmd_sketch.c - brief sketch: one line of MinHash and band keys per article. */
#include "commands.h"

/* Line by line, as a stream: a failed write stops at once, silently. */
static int sketch(session *s)
{
    int rc = 0;
    for (size_t d = 0; d < brief_story_doc_count(s->st) && rc == 0; d++) {
        brief_buffer_clear(s->out);
        size_t len = 0;
        if (story_failed(s, brief_render_sketch(s->out, s->st, d, (size_t)s->o.hashes,
                                                (size_t)s->o.bands)) == 0)
            len = brief_buffer_len(s->out);
        if (fwrite(brief_buffer_data(s->out), 1, len, stdout) != len) rc = EXIT_OUTPUT;
    }
    brief_buffer_clear(s->out);
    return rc;
}

int cmd_sketch(int argc, char **argv) { return run_on_story("sketch", argc, argv, sketch); }
