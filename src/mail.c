/*
 * mail.c - RFC 5322 / MIME messages to an article (mail.h).
 *
 * Headers and MIME structure are line-based text, read here directly:
 * every position is a pointer checked against the end of its range, never
 * a NUL.  The walk is depth first: a multipart body is cut at its
 * boundary lines ("--b", closed by "--b--"; RFC 2046 5.1.1) and each part
 * walked in turn; a text leaf is only remembered (its range, encoding and
 * charset), and the chosen one is decoded at the end.
 *
 * References: RFC 5322 (fields, folding), RFC 2045 (Content-Type,
 * quoted-printable, base64), RFC 2046 (multipart), RFC 2047 (encoded
 * words), RFC 2183 (Content-Disposition).
 */
#include "mail.h"

#include <stdint.h>
#include <string.h>

#include "charset.h"
#include "datenorm.h"

typedef struct span {
    const char *p;
    size_t n;
} span;

/* The header fields a part is read by; each the first occurrence,
 * unfolded (arena copies), or {NULL, 0}. */
typedef struct fields {
    span type, cte, disposition;
    span subject, from, date, message_id;
} fields;

/* A text part found by the walk. */
typedef struct leaf {
    int found;
    span body;
    span cte;
    char charset[48];
} leaf;

typedef struct walk {
    arena *ar;
    brief_status st;
    leaf html, plain;
} walk;

/* A growable byte string in the arena. */
typedef struct sbuf {
    arena *ar;
    char *p;
    size_t n, cap;
    int failed;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->failed) return;
    if (n + 1 > b->cap - b->n) {
        size_t want = b->cap ? b->cap : 64;
        while (want - b->n < n + 1) {
            if (want > BRIEF_MAX_INPUT_BYTES * 4) {
                b->failed = 1;
                return;
            }
            want *= 2;
        }
        char *np = b->p ? arena_grow(b->ar, b->p, b->cap, want) : arena_alloc(b->ar, want);
        if (!np) {
            b->failed = 1;
            return;
        }
        b->p = np;
        b->cap = want;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void sb_byte(sbuf *b, char c) { sb_put(b, &c, 1); }

/* ---- characters ------------------------------------------------------ */

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int is_wsp(int c) { return c == ' ' || c == '\t'; }
static int is_space(int c) { return is_wsp(c) || c == '\r' || c == '\n'; }

static int hex(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = lower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static int span_is(span s, const char *lit)
{
    size_t n = strlen(lit);
    if (s.n != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s.p[i]) != lit[i]) return 0;
    return 1;
}

static int span_starts(span s, const char *lit)
{
    size_t n = strlen(lit);
    if (s.n < n) return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s.p[i]) != lit[i]) return 0;
    return 1;
}

static span trim(span s)
{
    while (s.n && is_space((unsigned char)s.p[0])) s.p++, s.n--;
    while (s.n && is_space((unsigned char)s.p[s.n - 1])) s.n--;
    return s;
}

/* ---- lines and header fields ----------------------------------------- */

/* The line at *pos in [*pos, end): *line without its LF and CR; *pos
 * moves past the LF.  0 at the end. */
static int next_line(const char **pos, const char *end, span *line)
{
    if (*pos >= end) return 0;
    const char *s = *pos;
    const char *lf = memchr(s, '\n', (size_t)(end - s));
    const char *stop = lf ? lf : end;
    *pos = lf ? lf + 1 : end;
    size_t n = (size_t)(stop - s);
    if (n && s[n - 1] == '\r') n--;
    line->p = s;
    line->n = n;
    return 1;
}

/* The length of the field name that starts line, when it is "name:";
 * else 0.  RFC 5322 2.2: printable ASCII but the colon. */
static size_t field_name(span line)
{
    size_t i = 0;
    while (i < line.n && (unsigned char)line.p[i] > 32 && (unsigned char)line.p[i] < 127 &&
           line.p[i] != ':')
        i++;
    return i > 0 && i < line.n && line.p[i] == ':' ? i : 0;
}

static int is_mbox_from(span line)
{
    return line.n >= 5 && memcmp(line.p, "From ", 5) == 0;
}

/* The unfolded value of the field whose first line is `first` (name of
 * nlen bytes) and whose continuation lines follow up to `cont_end`. */
static span unfold(walk *w, span first, size_t nlen, const char *cont_start,
                   const char *cont_end)
{
    span out = {NULL, 0};
    size_t cap = (first.n - nlen - 1) + (size_t)(cont_end - cont_start) + 1;
    char *v = arena_alloc(w->ar, cap);
    if (!v) {
        w->st = BRIEF_ENOMEM;
        return out;
    }
    size_t k = first.n - nlen - 1;
    memcpy(v, first.p + nlen + 1, k);
    const char *pos = cont_start;
    span line;
    while (next_line(&pos, cont_end, &line)) { /* CRLF removed, WSP kept */
        memcpy(v + k, line.p, line.n);
        k += line.n;
    }
    v[k] = '\0';
    out.p = v;
    out.n = k;
    return trim(out);
}

/* Reads the header block at [start, end) into f; *body receives where the
 * body starts (after the empty line, or at the first line that is neither
 * a field nor a continuation).  Returns the number of fields read. */
static size_t read_fields(walk *w, const char *start, const char *end, fields *f,
                          const char **body)
{
    memset(f, 0, sizeof *f);
    const char *pos = start;
    size_t count = 0;
    span line;
    for (;;) {
        const char *line_start = pos;
        if (!next_line(&pos, end, &line)) {
            *body = end;
            return count;
        }
        if (line.n == 0) {
            *body = pos;
            return count;
        }
        size_t nlen = field_name(line);
        if (!nlen) {
            *body = line_start;
            return count;
        }
        count++;
        const char *cont_start = pos, *cont_end = pos;
        span next;
        const char *look = pos;
        while (next_line(&look, end, &next) && next.n > 0 && is_wsp((unsigned char)next.p[0])) {
            cont_end = look;
            pos = look;
        }
        span name = {line.p, nlen};
        span *slot = NULL;
        if (span_is(name, "content-type")) slot = &f->type;
        else if (span_is(name, "content-transfer-encoding")) slot = &f->cte;
        else if (span_is(name, "content-disposition")) slot = &f->disposition;
        else if (span_is(name, "subject")) slot = &f->subject;
        else if (span_is(name, "from")) slot = &f->from;
        else if (span_is(name, "date")) slot = &f->date;
        else if (span_is(name, "message-id")) slot = &f->message_id;
        if (slot && !slot->p) {
            *slot = unfold(w, line, nlen, cont_start, cont_end);
            if (w->st != BRIEF_OK) {
                *body = end;
                return count;
            }
            if (!slot->p) slot->p = ""; /* present but empty */
        }
    }
}

/* ---- Content-Type and its parameters (RFC 2045 5.1) ------------------- */

/* The media type ("text/html"), lower case, into out (size cap). */
static void media_type(span v, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < v.n && v.p[i] != ';' && !is_space((unsigned char)v.p[i]); i++)
        if (k + 1 < cap) out[k++] = (char)lower((unsigned char)v.p[i]);
    out[k] = '\0';
}

/* The parameter `name` (lower case) of a Content-Type or -Disposition
 * value, unquoted, into out (size cap, cut to fit); 0 when absent. */
static int param(span v, const char *name, char *out, size_t cap)
{
    size_t i = 0, nlen = strlen(name);
    out[0] = '\0';
    while (i < v.n) {
        /* To the next ';' outside a quoted string. */
        int quoted = 0;
        for (; i < v.n; i++) {
            if (v.p[i] == '"') quoted = !quoted;
            else if (v.p[i] == '\\' && quoted) i++;
            else if (v.p[i] == ';' && !quoted) break;
        }
        if (i >= v.n) return 0;
        i++;
        while (i < v.n && is_space((unsigned char)v.p[i])) i++;
        size_t ns = i;
        while (i < v.n && v.p[i] != '=' && v.p[i] != ';' && !is_space((unsigned char)v.p[i]))
            i++;
        span pn = {v.p + ns, i - ns};
        while (i < v.n && is_space((unsigned char)v.p[i])) i++;
        if (i >= v.n || v.p[i] != '=') continue;
        i++;
        while (i < v.n && is_space((unsigned char)v.p[i])) i++;
        if (pn.n != nlen || !span_starts(pn, name)) continue;
        size_t k = 0;
        if (i < v.n && v.p[i] == '"') {
            for (i++; i < v.n && v.p[i] != '"'; i++) {
                if (v.p[i] == '\\' && i + 1 < v.n) i++;
                if (k + 1 < cap) out[k++] = v.p[i];
            }
        } else {
            /* A token; mailers also leave "=" and "?" unquoted in
             * boundaries, so only white space and ";" end it. */
            for (; i < v.n && !is_space((unsigned char)v.p[i]) && v.p[i] != ';'; i++)
                if (k + 1 < cap) out[k++] = v.p[i];
        }
        out[k] = '\0';
        return 1;
    }
    return 0;
}

/* ---- transfer encodings (RFC 2045 6.7, 6.8) -------------------------- */

static void decode_qp(sbuf *b, span s, int header)
{
    size_t i = 0;
    while (i < s.n) {
        char c = s.p[i];
        if (header && c == '_') { /* RFC 2047 4.2 */
            sb_byte(b, ' ');
            i++;
        } else if (c != '=') {
            sb_byte(b, c);
            i++;
        } else if (i + 2 < s.n && hex((unsigned char)s.p[i + 1]) >= 0 &&
                   hex((unsigned char)s.p[i + 2]) >= 0) {
            sb_byte(b, (char)(hex((unsigned char)s.p[i + 1]) * 16 +
                              hex((unsigned char)s.p[i + 2])));
            i += 3;
        } else {
            /* A soft line break: "=", maybe blanks, then the line end. */
            size_t j = i + 1;
            while (j < s.n && is_wsp((unsigned char)s.p[j])) j++;
            if (j < s.n && s.p[j] == '\r') j++;
            if (j >= s.n || s.p[j] == '\n') {
                i = j < s.n ? j + 1 : j;
            } else { /* not an escape: kept as it stands */
                sb_byte(b, '=');
                i++;
            }
        }
    }
}

static int b64(int c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* Characters outside the alphabet are ignored (RFC 2045 6.8); "=" ends
 * a group, so two encoded pieces run together still decode. */
static void decode_b64(sbuf *b, span s)
{
    unsigned acc = 0;
    int bits = 0;
    for (size_t i = 0; i < s.n; i++) {
        int c = (unsigned char)s.p[i];
        if (c == '=') {
            acc = 0;
            bits = 0;
            continue;
        }
        int v = b64(c);
        if (v < 0) continue;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            sb_byte(b, (char)((acc >> bits) & 0xFF));
            acc &= (1u << bits) - 1;
        }
    }
}

/* The bytes of b from `from` on, converted from charset to UTF-8 in
 * place of them.  An unknown charset leaves them as they are. */
static void to_utf8(walk *w, sbuf *b, size_t from, const char *charset)
{
    if (b->failed || !charset[0] || charset_is_utf8(charset) || b->n == from) return;
    char *out;
    size_t n;
    brief_status st = charset_to_utf8(w->ar, charset, b->p + from, b->n - from, &out, &n);
    if (st == BRIEF_EINVAL) return;
    if (st != BRIEF_OK) {
        w->st = st;
        return;
    }
    b->n = from;
    sb_put(b, out, n);
}

/* ---- RFC 2047 encoded words ------------------------------------------ */

/* An encoded word "=?charset?Q|B?text?=" at s[i..): its parts and end. */
static int encoded_word(span s, size_t i, span *charset, int *enc, span *text, size_t *end)
{
    if (i + 1 >= s.n || s.p[i] != '=' || s.p[i + 1] != '?') return 0;
    size_t j = i + 2, cs = j;
    while (j < s.n && s.p[j] != '?' && !is_space((unsigned char)s.p[j])) j++;
    if (j + 2 >= s.n || s.p[j] != '?' || j == cs) return 0;
    charset->p = s.p + cs;
    charset->n = j - cs;
    int e = lower((unsigned char)s.p[j + 1]);
    if ((e != 'q' && e != 'b') || s.p[j + 2] != '?') return 0;
    *enc = e;
    size_t ts = j + 3, k = ts;
    /* The text holds no white space (RFC 2047 5) and ends at "?=". */
    while (k + 1 < s.n && !(s.p[k] == '?' && s.p[k + 1] == '=') &&
           !is_space((unsigned char)s.p[k]))
        k++;
    if (k + 1 >= s.n || s.p[k] != '?' || s.p[k + 1] != '=') return 0;
    text->p = s.p + ts;
    text->n = k - ts;
    *end = k + 2;
    return 1;
}

/* v with its encoded words decoded to UTF-8; NUL-terminated, arena. */
static span decode_words(walk *w, span v)
{
    sbuf b = {w->ar, NULL, 0, 0, 0};
    sb_put(&b, "", 0);
    size_t i = 0;
    int after_word = 0;
    while (i < v.n) {
        span cs, text;
        int enc;
        size_t end;
        if (encoded_word(v, i, &cs, &enc, &text, &end)) {
            char charset[48];
            size_t k = 0;
            for (; k < cs.n && k + 1 < sizeof charset && cs.p[k] != '*'; k++)
                charset[k] = cs.p[k]; /* "UTF-8*en": RFC 2231 language */
            charset[k] = '\0';
            size_t from = b.n;
            if (enc == 'q') decode_qp(&b, text, 1);
            else decode_b64(&b, text);
            to_utf8(w, &b, from, charset);
            i = end;
            after_word = 1;
            continue;
        }
        if (after_word && is_space((unsigned char)v.p[i])) {
            /* Blanks between two encoded words are not text (6.2). */
            size_t j = i;
            while (j < v.n && is_space((unsigned char)v.p[j])) j++;
            if (encoded_word(v, j, &cs, &enc, &text, &end)) {
                i = j;
                continue;
            }
        }
        after_word = 0;
        sb_byte(&b, v.p[i]);
        i++;
    }
    span out = {b.p, b.n};
    if (b.failed) {
        w->st = BRIEF_ENOMEM;
        out.p = NULL;
        out.n = 0;
    }
    return out;
}

/* s with each run of white space one space, none at the ends; NULL when
 * empty.  A NUL counts as white space: the result is a C string that
 * must not end where the header does not. */
static const char *folded(walk *w, span s)
{
    if (!s.p) return NULL;
    char *out = arena_alloc(w->ar, s.n + 1);
    if (!out) {
        w->st = BRIEF_ENOMEM;
        return NULL;
    }
    size_t k = 0;
    int gap = 0;
    for (size_t i = 0; i < s.n; i++) {
        if (is_space((unsigned char)s.p[i]) || s.p[i] == '\0') {
            gap = k > 0;
            continue;
        }
        if (gap) out[k++] = ' ';
        gap = 0;
        out[k++] = s.p[i];
    }
    out[k] = '\0';
    return k ? out : NULL;
}

/* ---- From ------------------------------------------------------------ */

/* The sender's name: the display name before "<addr>" (unquoted, encoded
 * words decoded), else the comment of "addr (Name)", else the address. */
static const char *sender(walk *w, span v)
{
    size_t lt = v.n;
    int quoted = 0;
    for (size_t i = 0; i < v.n; i++) {
        if (v.p[i] == '"') quoted = !quoted;
        else if (v.p[i] == '\\' && quoted) i++;
        else if (v.p[i] == '<' && !quoted) {
            lt = i;
            break;
        }
    }
    span name = {v.p, 0};
    span addr = v;
    if (lt < v.n) {
        name.n = lt;
        addr.p = v.p + lt + 1;
        addr.n = v.n - lt - 1;
        const char *gt = memchr(addr.p, '>', addr.n);
        if (gt) addr.n = (size_t)(gt - addr.p);
    } else {
        const char *open = memchr(v.p, '(', v.n);
        if (open && v.n && v.p[v.n - 1] == ')') {
            name.p = open + 1;
            name.n = (size_t)(v.p + v.n - 1 - name.p);
            addr.n = (size_t)(open - v.p);
        }
    }
    name = trim(name);
    /* Unquote: drop the quotes and the backslashes of quoted pairs. */
    char *plain = arena_alloc(w->ar, name.n + 1);
    if (!plain) {
        w->st = BRIEF_ENOMEM;
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < name.n; i++) {
        if (name.p[i] == '"') continue;
        if (name.p[i] == '\\' && i + 1 < name.n) i++;
        plain[k++] = name.p[i];
    }
    plain[k] = '\0';
    span unq = {plain, k};
    const char *who = folded(w, decode_words(w, unq));
    if (who || w->st != BRIEF_OK) return who;
    return folded(w, trim(addr));
}

/* ---- the MIME walk --------------------------------------------------- */

/* Whether line is the boundary line "--b" (closing: "--b--"), blanks
 * after it allowed (RFC 2046 5.1.1). */
static int boundary_line(span line, const char *b, size_t blen, int *closing)
{
    if (line.n < blen + 2 || line.p[0] != '-' || line.p[1] != '-' ||
        memcmp(line.p + 2, b, blen) != 0)
        return 0;
    size_t i = blen + 2;
    *closing = i + 1 < line.n && line.p[i] == '-' && line.p[i + 1] == '-';
    if (*closing) i += 2;
    while (i < line.n && is_wsp((unsigned char)line.p[i])) i++;
    return i == line.n;
}

static void walk_entity(walk *w, const char *start, const char *end, int depth);

static void walk_multipart(walk *w, span type_value, const char *body, const char *end,
                           int depth)
{
    char b[80]; /* RFC 2046: at most 70 characters */
    if (!param(type_value, "boundary", b, sizeof b) || !b[0]) return;
    size_t blen = strlen(b);
    const char *pos = body, *part = NULL;
    span line;
    for (;;) {
        const char *line_start = pos;
        if (!next_line(&pos, end, &line)) break;
        int closing;
        if (!boundary_line(line, b, blen, &closing)) continue;
        if (part) {
            /* The line break before the boundary line belongs to it. */
            const char *pe = line_start;
            if (pe > part && pe[-1] == '\n') pe--;
            if (pe > part && pe[-1] == '\r') pe--;
            walk_entity(w, part, pe, depth + 1);
            if (w->st != BRIEF_OK) return;
        }
        if (closing) return;
        part = pos;
    }
    if (part) walk_entity(w, part, end, depth + 1); /* cut off: the rest */
}

static void walk_entity(walk *w, const char *start, const char *end, int depth)
{
    /* Once both are found nothing later can be chosen. */
    if (depth > MAIL_MAX_DEPTH || (w->html.found && w->plain.found)) return;
    fields f;
    const char *body;
    read_fields(w, start, end, &f, &body);
    if (w->st != BRIEF_OK) return;
    char type[64];
    if (f.type.p) media_type(f.type, type, sizeof type);
    else memcpy(type, "text/plain", sizeof "text/plain");
    if (strncmp(type, "multipart/", 10) == 0) {
        walk_multipart(w, f.type, body, end, depth);
        return;
    }
    int html = strcmp(type, "text/html") == 0;
    if (!html && strcmp(type, "text/plain") != 0 && type[0]) return;
    if (f.disposition.p) {
        char disp[32], name[8];
        media_type(f.disposition, disp, sizeof disp);
        if (strcmp(disp, "attachment") == 0 || param(f.disposition, "filename", name, sizeof name))
            return;
    }
    char name[8];
    if (f.type.p && param(f.type, "name", name, sizeof name)) return; /* a file */
    leaf *l = html ? &w->html : &w->plain;
    if (l->found) return;
    l->found = 1;
    l->body.p = body;
    l->body.n = (size_t)(end - body);
    l->cte = f.cte;
    if (!f.type.p || !param(f.type, "charset", l->charset, sizeof l->charset))
        l->charset[0] = '\0';
}

static void decode_leaf(walk *w, const leaf *l, article *out)
{
    sbuf b = {w->ar, NULL, 0, 0, 0};
    sb_put(&b, "", 0);
    span cte = trim(l->cte);
    if (cte.p && span_is(cte, "quoted-printable")) decode_qp(&b, l->body, 0);
    else if (cte.p && span_is(cte, "base64")) decode_b64(&b, l->body);
    else sb_put(&b, l->body.p, l->body.n);
    to_utf8(w, &b, 0, l->charset);
    if (b.failed) {
        w->st = BRIEF_ENOMEM;
        return;
    }
    span body = trim((span){b.p, b.n});
    if (!body.n) return;
    char *s = (char *)(uintptr_t)body.p;
    s[body.n] = '\0'; /* inside b: trimming only shortened it */
    out->body = s;
    out->body_len = body.n;
}

/* ---- entry points ---------------------------------------------------- */

int mail_detect(const char *bytes, size_t len)
{
    if (!bytes) return 0;
    const char *pos = bytes, *end = bytes + len;
    span line;
    int first = 1, nfields = 0, from = 0, other = 0;
    while (next_line(&pos, end, &line)) {
        if (line.n == 0) return from && other;
        if (first && is_mbox_from(line)) {
            first = 0;
            continue;
        }
        first = 0;
        /* A folded line continues a field; before any it is no header. */
        if (is_wsp((unsigned char)line.p[0]) && nfields) continue;
        size_t n = field_name(line);
        if (!n) return 0;
        nfields++;
        span name = {line.p, n};
        if (span_is(name, "from")) from = 1;
        else if (span_is(name, "date") || span_is(name, "subject") ||
                 span_is(name, "message-id") || span_is(name, "mime-version"))
            other = 1;
    }
    return 0;
}

brief_status mail_parse(arena *ar, const char *bytes, size_t len, article *out)
{
    memset(out, 0, sizeof *out);
    if (len > BRIEF_MAX_INPUT_BYTES) return BRIEF_ELIMIT;
    if (!bytes) bytes = "";
    const char *start = bytes, *end = bytes + len;
    span line;
    const char *pos = start;
    if (next_line(&pos, end, &line) && is_mbox_from(line)) start = pos;
    pos = start;
    if (!next_line(&pos, end, &line) || !field_name(line)) return BRIEF_EFORMAT;

    walk w;
    memset(&w, 0, sizeof w);
    w.ar = ar;
    fields f;
    const char *body;
    read_fields(&w, start, end, &f, &body);
    if (w.st != BRIEF_OK) return w.st;
    walk_entity(&w, start, end, 0);
    if (w.st != BRIEF_OK) return w.st;

    if (f.subject.p) out->title = folded(&w, decode_words(&w, f.subject));
    if (f.from.p && f.from.n) out->source = sender(&w, f.from);
    char iso[DATENORM_MAX];
    if (f.date.p && datenorm(f.date.p, f.date.n, iso)) {
        out->date = arena_strdup(ar, iso);
        if (!out->date) return BRIEF_ENOMEM;
    }
    if (f.message_id.p) {
        span id = trim(f.message_id);
        if (id.n && id.p[0] == '<') id.p++, id.n--;
        if (id.n && id.p[id.n - 1] == '>') id.n--;
        if (id.n) {
            out->id = arena_strndup(ar, id.p, id.n);
            if (!out->id) return BRIEF_ENOMEM;
        }
    }
    /* HTML first; the plain text when the HTML part holds nothing. */
    if (w.html.found) {
        decode_leaf(&w, &w.html, out);
        out->body_is_html = out->body != NULL;
    }
    if (!out->body && w.plain.found && w.st == BRIEF_OK) decode_leaf(&w, &w.plain, out);
    return w.st;
}
