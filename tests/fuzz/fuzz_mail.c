/*
 * fuzz_mail.c - libFuzzer target: mail_detect and mail_parse of the raw
 * bytes, and datenorm of its first line.  Checks what mail.h promises and
 * abort()s when it does not hold: BRIEF_OK or BRIEF_EFORMAT only (no
 * limit at 64 KiB); a body of exactly body_len bytes with its NUL after
 * them (a body may hold NULs, so strlen is at most body_len), none that is
 * empty; title and source never empty strings; a date in datenorm's form;
 * a message that mail_detect accepts always parses.  See
 * docs/fuzzing.md.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "datenorm.h"
#include "mail.h"

#define FUZZ_MAX_INPUT ((size_t)64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    const char *bytes = (const char *)data;
    const char *lf = memchr(bytes, '\n', size);
    char iso[DATENORM_MAX];
    if (datenorm(bytes, lf ? (size_t)(lf - bytes) : size, iso)) {
        char again[DATENORM_MAX];
        if (!datenorm(iso, strlen(iso), again) || strcmp(iso, again) != 0) abort();
    }
    arena *ar = arena_new(NULL);
    if (!ar) return 0;
    int detected = mail_detect(bytes, size);
    article a;
    brief_status st = mail_parse(ar, bytes, size, &a);
    if (st == BRIEF_OK) {
        if (a.body) {
            if (a.body_len == 0 || a.body[a.body_len] != '\0') abort();
            if (strlen(a.body) > a.body_len) abort();
            volatile unsigned char sink = 0;
            for (size_t i = 0; i < a.body_len; i++) sink ^= (unsigned char)a.body[i];
            (void)sink;
        } else if (a.body_len || a.body_is_html) {
            abort();
        }
        if ((a.title && !*a.title) || (a.source && !*a.source)) abort();
        if (a.date) {
            char again[DATENORM_MAX];
            if (!datenorm(a.date, strlen(a.date), again) || strcmp(again, a.date) != 0)
                abort();
        }
    } else if (st == BRIEF_EFORMAT) {
        if (detected) abort();
    } else if (st != BRIEF_ENOMEM) {
        abort();
    }
    arena_free(ar);
    return 0;
}
