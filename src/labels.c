/* labels.c - the renderers' fixed words, by language; see labels.h. */
#include "labels.h"

#include <string.h>

#include "data.h"

static const char *const keys[LABEL_COUNT] = {"key-points", "quotes", "sources",
                                                  "speaker-unknown"};

const char *label_key(label_id id)
{
    return (unsigned)id < LABEL_COUNT ? keys[id] : "";
}

/* The text of key in one labels file, or NULL. */
static const char *find_in(const char *bytes, size_t blen, const char *key, size_t *len)
{
    size_t kl = strlen(key);
    data_lines it;
    data_lines_init(&it, bytes, blen);
    const char *line;
    size_t n;
    while (data_lines_next(&it, &line, &n)) {
        if (n <= kl || memcmp(line, key, kl) != 0 || (line[kl] != ' ' && line[kl] != '\t'))
            continue;
        size_t i = kl;
        while (i < n && (line[i] == ' ' || line[i] == '\t')) i++;
        *len = n - i;
        return line + i;
    }
    return NULL;
}

const char *label_lookup(const char *language, const char *key, size_t *len)
{
    size_t blen = 0;
    const char *bytes = language ? data_find_lang("labels", language, &blen) : NULL;
    const char *s = bytes ? find_in(bytes, blen, key, len) : NULL;
    if (s) return s;
    bytes = data_find_lang("labels", "english", &blen);
    return bytes ? find_in(bytes, blen, key, len) : NULL;
}

/* Copies s[0..n) into dst (LABEL_MAX bytes), cut before a code point
 * that would not fit whole. */
static void copy_label(char *dst, const char *s, size_t n)
{
    if (n >= LABEL_MAX) {
        n = LABEL_MAX - 1;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    }
    memcpy(dst, s, n);
    dst[n] = '\0';
}

void labels_load(labels *out, const char *language)
{
    for (int i = 0; i < LABEL_COUNT; i++) {
        size_t n = 0;
        const char *s = label_lookup(language, keys[i], &n);
        if (!s) {
            s = keys[i];
            n = strlen(s);
        }
        copy_label(out->text[i], s, n);
    }
}
