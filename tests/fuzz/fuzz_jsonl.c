/*
 * fuzz_jsonl.c - libFuzzer target for the lines of --jsonl mode
 * (brief_jsonl_summarize, brief_jsonl_compose; include/brief.h).
 *
 * Byte 0 chooses: compose (a story, bit 0) or summarize; the budget unit
 * (bits 1-3, mod 5) and value (bits 4-7); max_points (the same bits).
 * The rest is cut into lines as src/cli/jsonl.c reads them (getline: each
 * line keeps its '\n'; lines of one byte or none are passed over), and
 * every line is answered into one buffer that is never cleared, so each
 * result is appended after the earlier ones.  Checked, with abort():
 *   - each call returns BRIEF_OK and appends exactly one line: one '\n',
 *     at its end, and nothing else appended when it fails;
 *   - that line is a JSON object (jansson reads it) whose first member is
 *     "id": the input's "id" echoed exactly (json_equal), or null; it has
 *     an "error" string exactly when *failed is 1, and "sentences" or
 *     "headline" otherwise;
 *   - the bytes before it are not changed.
 * See docs/fuzzing.md.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "brief.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)
#define MAX_LINES 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static brief_ctx *ctx;

/* The input's "id" when it is a JSON object, as the library reads it. */
static json_t *input_id(const char *line, size_t len)
{
    json_t *obj = json_loadb(line, len, 0, NULL);
    json_t *id = json_is_object(obj) ? json_object_get(obj, "id") : NULL;
    if (id) json_incref(id);
    json_decref(obj);
    return id;
}

/* Checks the result line out[0..len) of the input line. */
static void check_line(const char *out, size_t len, const char *line, size_t n, int story,
                       int failed)
{
    if (len == 0 || out[len - 1] != '\n' || memchr(out, '\n', len - 1)) abort();
    json_error_t err;
    json_t *res = json_loadb(out, len, 0, &err);
    if (!json_is_object(res)) abort();
    void *first = json_object_iter(res);
    if (!first || strcmp(json_object_iter_key(first), "id") != 0) abort();
    json_t *want = input_id(line, n), *got = json_object_get(res, "id");
    if (want ? !json_equal(want, got) : !json_is_null(got)) abort();
    json_t *error = json_object_get(res, "error");
    if (failed != (error != NULL) || (error && !json_is_string(error))) abort();
    if (!failed && !json_object_get(res, story ? "headline" : "sentences")) abort();
    json_decref(want);
    json_decref(res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ctx) {
        brief_config cfg;
        brief_config_init(&cfg);
        if (brief_ctx_new(&cfg, &ctx) != BRIEF_OK) abort();
    }
    if (size < 1) return 0;
    uint8_t o = data[0];
    data++, size--;
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    int story = o & 1;
    brief_budget b;
    b.unit = (brief_budget_unit)(((o >> 1) & 7u) % 5u);
    b.value = b.unit == BRIEF_BUDGET_RATIO ? ((o >> 4) + 1) / 16.0 : (double)((o >> 4) + 1);
    brief_compose_options co;
    brief_compose_options_init(&co);
    co.max_points = (size_t)(o >> 4) % 8u;
    if (co.min_points > co.max_points) co.min_points = co.max_points;

    brief_buffer *out = NULL;
    if (brief_buffer_new(NULL, &out) != BRIEF_OK) return 0;
    /* A private copy of the result so far, to see that it is kept. */
    char *before = NULL;
    size_t off = 0, lines = 0;
    while (off < size && lines < MAX_LINES) {
        const uint8_t *nl = memchr(data + off, '\n', size - off);
        size_t n = nl ? (size_t)(nl - (data + off)) + 1 : size - off;
        const char *line = (const char *)data + off;
        off += n;
        if (n <= 1) continue;
        lines++;
        size_t had = brief_buffer_len(out);
        free(before);
        before = malloc(had + 1);
        if (!before) break;
        memcpy(before, brief_buffer_data(out), had);
        int failed = -1;
        brief_status s = story ? brief_jsonl_compose(out, ctx, line, n, "line", &co, &failed)
                               : brief_jsonl_summarize(out, ctx, line, n, "line", &b, &failed);
        size_t len = brief_buffer_len(out);
        if (s == BRIEF_ENOMEM) {
            if (len != had) abort();
            continue;
        }
        if (s != BRIEF_OK || len <= had || (failed != 0 && failed != 1)) abort();
        if (memcmp(before, brief_buffer_data(out), had) != 0) abort();
        if (brief_buffer_data(out)[len] != '\0') abort();
        check_line(brief_buffer_data(out) + had, len - had, line, n, story, failed);
    }
    free(before);
    brief_buffer_free(out);
    return 0;
}
