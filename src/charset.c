/*
 * charset.c - charset conversion to UTF-8 through iconv (charset.h).
 * Conversion errors are repaired, not fatal: a message or feed with one
 * bad byte is still read, with U+FFFD in its place, as ingest does.
 */
#include "charset.h"
#include "text.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>

/* Names longer than this are no charset anyone declares. */
#define CHARSET_NAME_MAX 40

int charset_is_utf8(const char *name)
{
    static const char *const same[] = {"utf-8", "utf8", "us-ascii", "ascii", "ansi_x3.4-1968"};
    if (!name) return 0;
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        if (text_equal_nocase(name, same[i])) return 1;
    return 0;
}

/* Only the characters of IANA charset names reach iconv_open: its own
 * suffixes ("//TRANSLIT", "//IGNORE") and paths are not for the input
 * to choose. */
static int plain_name(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > CHARSET_NAME_MAX) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)name[i];
        int ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                 (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.' ||
                 ch == ':' || ch == '+';
        if (!ok) return 0;
    }
    return 1;
}

/* Browsers decode these labels as the superset, as the WHATWG Encoding
 * Standard specifies; mail readers do the same. */
const char *charset_superset(const char *name)
{
    static const struct {
        const char *label, *superset;
    } map[] = {
        {"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"},
        {"iso_8859-1", "WINDOWS-1252"}, {"iso88591", "WINDOWS-1252"},
        {"latin1", "WINDOWS-1252"},     {"l1", "WINDOWS-1252"},
        {"cp819", "WINDOWS-1252"},      {"ibm819", "WINDOWS-1252"},
        {"csisolatin1", "WINDOWS-1252"}, {"iso-ir-100", "WINDOWS-1252"},
        {"iso_8859-1:1987", "WINDOWS-1252"}, {"iso-8859-9", "WINDOWS-1254"},
        {"iso8859-9", "WINDOWS-1254"},  {"latin5", "WINDOWS-1254"},
        {"iso-8859-11", "WINDOWS-874"}, {"tis-620", "WINDOWS-874"},
        {"gb2312", "GBK"},              {"ks_c_5601-1987", "CP949"},
        {"euc-kr", "CP949"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (text_equal_nocase(name, map[i].label)) return map[i].superset;
    return name;
}

brief_status charset_to_utf8(arena *ar, const char *name, const char *in, size_t len,
                             char **out, size_t *out_len)
{
    static const char repl[3] = {'\xEF', '\xBF', '\xBD'};
    if (len > BRIEF_MAX_INPUT_BYTES) return BRIEF_ELIMIT;
    if (!name || !plain_name(name)) return BRIEF_EINVAL;
    iconv_t cd = iconv_open("UTF-8", charset_superset(name));
    if (cd == (iconv_t)-1) return BRIEF_EINVAL;

    size_t cap = len + len / 2 + 16, used = 0;
    char *buf = arena_alloc(ar, cap);
    if (!buf) goto nomem;
    char *ip = (char *)(uintptr_t)in; /* iconv's prototype is not const */
    size_t ileft = len;
    for (;;) {
        /* Room for a replacement and the NUL whatever iconv does. */
        if (cap - used < 8) {
            char *nb = arena_grow(ar, buf, cap, cap * 2);
            if (!nb) goto nomem;
            buf = nb;
            cap *= 2;
        }
        char *op = buf + used;
        size_t oleft = cap - used - 4;
        /* Once the input is used up, one call with no input writes what
         * a stateful charset (ISO-2022-JP) still owes. */
        int flush = ileft == 0;
        size_t r = flush ? iconv(cd, NULL, NULL, &op, &oleft)
                         : iconv(cd, &ip, &ileft, &op, &oleft);
        used = (size_t)(op - buf);
        if (r != (size_t)-1) {
            if (flush) break;
            continue;
        }
        if (errno == E2BIG) {
            char *nb = arena_grow(ar, buf, cap, cap * 2);
            if (!nb) goto nomem;
            buf = nb;
            cap *= 2;
        } else if (!flush && (errno == EILSEQ || errno == EINVAL)) {
            memcpy(buf + used, repl, 3);
            used += 3;
            if (errno == EINVAL) { /* a sequence cut off at the end */
                ip += ileft;
                ileft = 0;
            } else {
                ip++;
                ileft--;
            }
        } else {
            break; /* no other errno is documented; keep what was made */
        }
    }
    iconv_close(cd);
    buf[used] = '\0';
    *out = buf;
    *out_len = used;
    return BRIEF_OK;
nomem:
    iconv_close(cd);
    return BRIEF_ENOMEM;
}
