/*
 * example.c - the smallest program that uses libbrief: prints the brief of
 * the articles named on the command line as Markdown.
 *
 *   cc example.c $(pkg-config --cflags --libs brief) -o example
 *   ./example a.txt b.txt c.txt
 */
#include <stdio.h>

#include <brief.h>

int main(int argc, char **argv)
{
    brief_config cfg;
    brief_config_init(&cfg);
    brief_ctx *ctx = NULL;
    brief_status st = brief_ctx_new(&cfg, &ctx);
    if (st != BRIEF_OK) {
        fprintf(stderr, "example: %s\n", brief_strerror(st));
        return 1;
    }
    brief_story *story = NULL;
    if (brief_story_new(ctx, &story) != BRIEF_OK) return 1;
    for (int i = 1; i < argc; i++)
        if (brief_story_add_file(story, argv[i]) != BRIEF_OK)
            fprintf(stderr, "example: %s (skipped)\n", brief_story_errmsg(story));

    brief_digest *digest = NULL;
    st = brief_story_compose(story, NULL, &digest);
    if (st == BRIEF_OK) {
        const char *md;
        size_t len;
        if (brief_digest_render(digest, BRIEF_FORMAT_MARKDOWN, &md, &len) == BRIEF_OK)
            fwrite(md, 1, len, stdout);
        printf("\n(%zu key points, %zu quotes, %zu sources)\n", digest->npoints,
               digest->nquotes, digest->nsources);
    } else {
        fprintf(stderr, "example: %s\n", brief_story_errmsg(story));
    }
    brief_digest_free(digest);      /* each free accepts NULL */
    brief_story_free(story);
    brief_ctx_free(ctx);
    return st == BRIEF_OK ? 0 : 2;
}
