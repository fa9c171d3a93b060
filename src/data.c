/* data.c - lookup in the compiled-in data files (see data.h). */
#include "data.h"

#include <stdio.h>
#include <string.h>

#include "text.h"

const char *data_find(const char *name, size_t *len)
{
    for (const data_file *f = data_files; f->name; f++) {
        if (strcmp(f->name, name) == 0) {
            if (len) *len = f->len;
            return f->bytes;
        }
    }
    return NULL;
}

const char *data_find_lang(const char *dir, const char *language, size_t *len)
{
    char name[128];
    int n = snprintf(name, sizeof name, "data/%s/%s.txt", dir,
                     strcmp(language, "porter") == 0 ? "english" : language);
    if (n < 0 || (size_t)n >= sizeof name) return NULL;
    return data_find(name, len);
}

void data_lines_init(data_lines *it, const char *bytes, size_t len)
{
    it->p = bytes;
    it->end = bytes ? bytes + len : bytes;
}

int data_lines_next(data_lines *it, const char **line, size_t *len)
{
    while (it->p && it->p < it->end) {
        const char *s = it->p;
        const char *nl = memchr(s, '\n', (size_t)(it->end - s));
        const char *e = nl ? nl : it->end;
        it->p = nl ? nl + 1 : it->end;
        while (s < e && text_is_space_byte((unsigned char)*s)) s++;
        while (e > s && text_is_space_byte((unsigned char)e[-1])) e--;
        if (s == e || *s == '#') continue;
        *line = s;
        *len = (size_t)(e - s);
        return 1;
    }
    return 0;
}
