/*
 * brief.h - extractive summaries and multi-source news briefs.
 *
 * The library reads news articles (raw bytes in any state: broken UTF-8,
 * CRLF, a BOM, web boilerplate), ranks their sentences with a TextRank
 * graph over all sources at once, and returns whole sentences that stand
 * verbatim in the input.
 *
 * Usage, in short:
 *
 *     brief_config cfg;
 *     brief_config_init(&cfg);
 *     brief_ctx *ctx = NULL;
 *     if (brief_ctx_new(&cfg, &ctx) != BRIEF_OK) ...;
 *     brief_story *st = NULL;
 *     brief_story_new(ctx, &st);
 *     brief_story_add_file(st, "a.txt");          // or brief_story_add_text
 *     brief_budget b = { BRIEF_BUDGET_WORDS, 100 };
 *     brief_summary *sum = NULL;
 *     if (brief_story_summarize(st, &b, &sum) == BRIEF_OK)
 *         for (size_t i = 0; i < brief_summary_count(sum); i++)
 *             puts(brief_summary_sentence(sum, i)->text);
 *     brief_summary_free(sum);
 *     brief_story_free(st);
 *     brief_ctx_free(ctx);
 *
 * Ownership uses three phrases throughout:
 *   "borrowed"  - the pointer stays valid until the named owner is freed;
 *   "caller frees with X" - the caller owns the result and must call X;
 *   "consumed"  - the function takes over the argument.
 *
 * Errors: every fallible function returns a brief_status; BRIEF_OK is 0.
 * brief_strerror() gives a static description, brief_story_errmsg() the
 * detailed message of the last failure on that story (file name and cause).
 *
 * Threads: a brief_ctx and everything made from it belong to one thread at a
 * time (the Snowball stemmers it holds are not thread-safe).  Use one
 * context per thread.
 *
 * ABI: the library exports only names that start with "brief".  Structs the
 * caller allocates (brief_config, brief_compose_options) start with a size
 * field that their init function sets; later versions only append fields and
 * read no field beyond that size.  Structs the library hands out
 * (brief_doc_info, brief_sentence, brief_quote, brief_point, brief_source,
 * brief_digest, brief_path_note) are reached only through the pointers it
 * gives, arrays of them as arrays of pointers, so they may gain fields at
 * their end: never copy one by value or allocate one yourself.
 */
#ifndef BRIEF_H
#define BRIEF_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && defined(BRIEF_BUILDING)
#define BRIEF_API __attribute__((visibility("default")))
#else
#define BRIEF_API
#endif

#define BRIEF_VERSION_MAJOR 0
#define BRIEF_VERSION_MINOR 1
#define BRIEF_VERSION_PATCH 0
#define BRIEF_VERSION                                                          \
    ((BRIEF_VERSION_MAJOR << 16) | (BRIEF_VERSION_MINOR << 8) |               \
     BRIEF_VERSION_PATCH)
#define BRIEF_VERSION_STRING "0.1.0"

/* The packed version of the library actually linked (compare with
 * BRIEF_VERSION to catch a header/library mismatch). */
BRIEF_API int brief_version(void);
/* The version as a string; borrowed, static. */
BRIEF_API const char *brief_version_string(void);

typedef enum brief_status {
    BRIEF_OK = 0,
    BRIEF_ENOMEM,   /* an allocation failed; nothing leaked */
    BRIEF_EINVAL,   /* an argument or option value is invalid */
    BRIEF_EIO,      /* a file could not be read or written (errno kept) */
    BRIEF_EBINARY,  /* the input is not text (binary data) */
    BRIEF_EEMPTY,   /* no usable text: empty, whitespace or no sentences */
    BRIEF_ELIMIT,   /* the input exceeds a documented limit */
    BRIEF_ELANG,    /* no stemmer or stopword list for the language */
    BRIEF_EFORMAT   /* a data file (IDF table), feed or message is malformed */
} brief_status;

/* A static description of a status; never NULL. */
BRIEF_API const char *brief_strerror(brief_status st);

/* Limits, enforced with BRIEF_ELIMIT and documented in brief(1). */
#define BRIEF_MAX_INPUT_BYTES ((size_t)512 << 20) /* one document */
#define BRIEF_MAX_TOTAL_BYTES ((size_t)2 << 30)   /* all documents of a story */
#define BRIEF_MAX_DOCUMENTS 1000000u

/*
 * Memory.  All allocations of a context and of the stories made from it go
 * through these functions.  `ud` is passed back unchanged.  malloc may
 * return NULL; the library then unwinds and returns BRIEF_ENOMEM.
 */
typedef struct brief_allocator {
    void *(*malloc)(void *ud, size_t size);
    void *(*realloc)(void *ud, void *ptr, size_t size);
    void (*free)(void *ud, void *ptr);
    void *ud;
} brief_allocator;

/* Configuration of a context; fill with brief_config_init() first, then set
 * fields.  Fields are only ever appended in later versions. */
typedef struct brief_config {
    size_t size;  /* sizeof(brief_config), set by brief_config_init */
    /* Snowball language name ("english", "german", ...), or "auto" to pick
     * the language of each story by stopword overlap.  Borrowed for the
     * duration of brief_ctx_new only. */
    const char *language;
    /* Path of an IDF table written by brief_idf_write(), or NULL for the
     * table shipped with brief (English; other languages fall back to
     * uniform weights).  Read by brief_ctx_new. */
    const char *idf_path;
    /* Allocator, or NULL for the C library's. Borrowed: must outlive ctx. */
    const brief_allocator *allocator;
} brief_config;

BRIEF_API void brief_config_init(brief_config *cfg);

/* Long-lived state: allocator, language resources, IDF table. */
typedef struct brief_ctx brief_ctx;

/* Creates a context.  On success *out is set; caller frees with
 * brief_ctx_free.  Errors: BRIEF_EINVAL (NULL argument), BRIEF_ELANG
 * (unknown language), BRIEF_EIO/BRIEF_EFORMAT (idf_path unreadable or
 * malformed), BRIEF_ENOMEM. */
BRIEF_API brief_status brief_ctx_new(const brief_config *cfg, brief_ctx **out);
/* Frees a context; NULL is a no-op.  Stories made from it must be freed
 * first. */
BRIEF_API void brief_ctx_free(brief_ctx *ctx);

/* The language names brief knows (Snowball's), NULL-terminated; borrowed,
 * static. */
BRIEF_API const char *const *brief_languages(void);

/*
 * A story: one or more documents summarized together.  Every document keeps
 * its own text; ranking spans all of them.
 */
typedef struct brief_story brief_story;

BRIEF_API brief_status brief_story_new(brief_ctx *ctx, brief_story **out);
/* Frees the story and everything borrowed from it; NULL is a no-op. */
BRIEF_API void brief_story_free(brief_story *story);

/*
 * Adds one document from raw bytes (copied; the caller keeps `bytes`).
 * `name` labels it in output (a file name, "-" for stdin); copied.
 * Invalid UTF-8 is repaired (U+FFFD) and counted; control characters
 * (C0 but TAB and line ends, DEL, C1, bidi overrides) are removed and
 * counted apart, see brief_doc_info.
 * Errors: BRIEF_EBINARY (not text), BRIEF_ELIMIT (too large), BRIEF_ENOMEM.
 * An empty or whitespace-only document is accepted (it has no sentences);
 * BRIEF_EEMPTY is reported by the functions that need sentences.
 * On error the story is unchanged and brief_story_errmsg() says why.
 */
BRIEF_API brief_status brief_story_add_text(brief_story *story,
                                            const char *name,
                                            const char *bytes, size_t len);
/* Reads a file and adds it as brief_story_add_text does; a web page as
 * its article, a feed as one document per item ("NAME#k"), a mail as its
 * message, each with its title, source, URL and date (see "Pages" below).
 * Errors also BRIEF_EIO (errno is kept), and brief_pages_add_file's. */
BRIEF_API brief_status brief_story_add_file(brief_story *story,
                                            const char *path);
/* Flags of brief_story_add_path and brief_pages_add_path.
 * BRIEF_ADD_FOUND: the file was found in a folder, not named by the user
 * (brief_paths_found): a text that is no article by its content (a list
 * of links, lines without a sentence of prose) is then passed over with
 * BRIEF_EEMPTY, as a page without an article always is. */
#define BRIEF_ADD_FOUND 1u
/* As brief_story_add_file, with BRIEF_ADD_* flags (0: add_file). */
BRIEF_API brief_status brief_story_add_path(brief_story *story, const char *path,
                                            unsigned flags);

/* The detailed message of the story's last failure ("a.txt: binary file"),
 * or "" when none; borrowed until the next call on the story. */
BRIEF_API const char *brief_story_errmsg(const brief_story *story);

/* What ingest found in one document. */
typedef struct brief_doc_info {
    const char *name;       /* as given to add_text/add_file */
    const char *title;      /* title line or front matter, or NULL */
    const char *source;     /* front-matter source, or the file name stem */
    const char *url;        /* front matter, or NULL */
    const char *date;       /* front matter, or NULL */
    size_t bytes;           /* length of the decoded text */
    size_t repaired;        /* invalid byte sequences replaced by U+FFFD */
    int transcoded;         /* 1 if decoded from UTF-16 or Latin-1 */
    const char *encoding;   /* "utf-8", "utf-16le", "utf-16be", "latin-1" */
    size_t controls;        /* control characters removed: C0/C1 controls,
                               DEL, bidi overrides */
    const char *author;     /* front matter (a page's or feed item's byline),
                               or NULL */
    const char *warning;    /* what the user should know of the file it
                               came from ("feed broken off (line 40: ...);
                               the 3 items before it were read"), on the file's
                               first document; or NULL */
} brief_doc_info;

BRIEF_API size_t brief_story_doc_count(const brief_story *story);
/* What ingest found in document i (0-based), borrowed from the story (with
 * its strings) until it is freed; NULL for a bad index. */
BRIEF_API const brief_doc_info *brief_story_doc(const brief_story *story,
                                                size_t i);

/* The language chosen for the story ("english"); borrowed, static.  With
 * "auto" the choice is made from all documents added so far. */
BRIEF_API const char *brief_story_language(brief_story *story);

/* A length budget. */
typedef enum brief_budget_unit {
    BRIEF_BUDGET_SENTENCES = 0,
    BRIEF_BUDGET_WORDS,   /* whitespace-separated words */
    BRIEF_BUDGET_CHARS,   /* Unicode code points, sentences joined by one space */
    BRIEF_BUDGET_BYTES,   /* UTF-8 bytes, sentences joined by one space */
    BRIEF_BUDGET_RATIO    /* a fraction of the input's words, 0 < value <= 1 */
} brief_budget_unit;

typedef struct brief_budget {
    brief_budget_unit unit;
    double value; /* count, or fraction for BRIEF_BUDGET_RATIO */
} brief_budget;

/* One sentence of the input, as chosen by a summary or listed by split. */
typedef struct brief_sentence {
    const char *text;   /* verbatim, whitespace folded to single spaces */
    size_t doc;         /* index of its document */
    size_t index;       /* position among the document's body sentences */
    size_t start, end;  /* byte offsets into the document's decoded text */
    size_t rank;        /* 1 = most important (summaries only) */
    double score;       /* TextRank score (summaries only) */
} brief_sentence;

typedef struct brief_summary brief_summary;

/*
 * Chooses the sentences that best use the budget: ranked by TextRank over
 * all documents, chosen for coverage without redundancy, and returned in
 * reading order (document order, then position).  Never exceeds the
 * budget.  *out is set on BRIEF_OK; caller frees with brief_summary_free
 * (the summary borrows nothing: it may outlive the story).
 * Errors: BRIEF_EINVAL (bad budget), BRIEF_EEMPTY (no sentences in any
 * document), BRIEF_ENOMEM.
 * Cost: linear in the input's size (the similarity graph is applied
 * through the inverted index, never built pair by pair).
 */
BRIEF_API brief_status brief_story_summarize(brief_story *story,
                                             const brief_budget *budget,
                                             brief_summary **out);
BRIEF_API size_t brief_summary_count(const brief_summary *sum);
/* Sentence i in reading order; borrowed from the summary. NULL if out of
 * range. */
BRIEF_API const brief_sentence *brief_summary_sentence(const brief_summary *sum,
                                                       size_t i);
BRIEF_API void brief_summary_free(brief_summary *sum);

/*
 * The body sentences of document `doc` (no title, headings or boilerplate),
 * in order: (*sentences)[i] is sentence i.  The array and what it points to
 * are borrowed from the story (valid until it is freed); *count may be 0.
 * Errors: BRIEF_EINVAL (bad index), BRIEF_ENOMEM.
 */
BRIEF_API brief_status brief_story_sentences(brief_story *story, size_t doc,
                                             const brief_sentence *const **sentences,
                                             size_t *count);

/*
 * Background IDF tables.  An IDF builder counts, for every stem, the number
 * of documents that contain it; brief_idf_write saves the table as text
 * ("# brief-idf 1 <language> <documents>" then "stem<TAB>count" lines).
 */
typedef struct brief_idf_builder brief_idf_builder;

BRIEF_API brief_status brief_idf_builder_new(brief_ctx *ctx,
                                             brief_idf_builder **out);
/* Adds one document (raw bytes, as brief_story_add_text). */
BRIEF_API brief_status brief_idf_builder_add(brief_idf_builder *b,
                                             const char *bytes, size_t len);
/* Reads the file at `path` ("-": standard input) and adds it as one
 * document (BRIEF_ELIMIT beyond BRIEF_MAX_INPUT_BYTES), or with per_line each of its
 * lines (of more than a line break) as one, up to the first that cannot
 * be added.  Errors: BRIEF_EIO (cannot be opened; errno kept), BRIEF_ENOMEM,
 * and those of brief_idf_builder_add (for per_line, of the line that
 * ended the file). */
BRIEF_API brief_status brief_idf_builder_add_file(brief_idf_builder *b,
                                                  const char *path, int per_line);
BRIEF_API size_t brief_idf_builder_documents(const brief_idf_builder *b);
/* Writes the table to `path` atomically (temporary file, then rename).
 * Stems seen in fewer than `min_docs` documents are left out. */
BRIEF_API brief_status brief_idf_builder_write(brief_idf_builder *b,
                                               const char *path,
                                               unsigned min_docs);
BRIEF_API void brief_idf_builder_free(brief_idf_builder *b);


/*
 * Composed briefs.  brief_story_compose writes what an editor would from
 * all the documents of one story: a neutral headline (one of the sources'
 * titles), a lead sentence, key points that name the sources carrying them,
 * direct quotes with their speakers, and the list of sources.  Every text
 * in it stands verbatim in an input.
 */
typedef struct brief_compose_options {
    size_t size;        /* sizeof(brief_compose_options), set by init */
    size_t min_points;  /* fewer only when the story has fewer (default 4) */
    size_t max_points;  /* default 6 */
    size_t max_quotes;  /* default 4 */
    /* Texts already reported (key points, leads and quotes of an earlier
     * brief): a sentence or quote equal to one of them is not shown again.
     * Borrowed for the duration of the compose call; may be NULL. */
    const char *const *seen;
    size_t nseen;
    /* 1: `seen` is sorted by strcmp (as brief_previous_seen gives it) and
     * is searched as given; 0 (the default): in any order, so each compose
     * call sorts a copy of it, a cost of nseen log nseen per story.  When
     * set for an array that is not sorted, texts may be shown again. */
    int seen_sorted;
} brief_compose_options;

BRIEF_API void brief_compose_options_init(brief_compose_options *o);

/* A key point: one fact, told by one or more sources. */
typedef struct brief_point {
    const char *text;       /* the sentence shown (from sources[0]) */
    const size_t *sources;  /* 1-based source ids carrying the fact, ascending */
    size_t nsources;
    size_t doc;             /* 0-based document of the sentence shown */
    size_t start, end;      /* its byte offsets in that document */
    double score;
} brief_point;

/* A direct quote with its speaker. */
typedef struct brief_quote {
    const char *text;       /* the quoted words, without the marks */
    const char *speaker;    /* canonical name; never NULL in a digest */
    const char *role;       /* "UK Prime Minister", or NULL */
    int partial;            /* 1: a few words quoted inside reported speech */
    const size_t *sources;  /* 1-based source ids carrying it, ascending */
    size_t nsources;
    size_t doc;             /* 0-based document of the text shown */
    size_t start, end;      /* byte offsets of the quoted words there */
} brief_quote;

typedef struct brief_source {
    size_t id;              /* 1-based, in the order documents were added */
    const char *title;      /* or NULL */
    const char *name;       /* front-matter source, else the file name stem */
    const char *file;       /* as given when the document was added */
    const char *url;        /* the article's address (front matter, a page's
                               canonical or og:url, a feed item's link), or
                               NULL */
    const char *date;       /* as the document gives it, or NULL */
    const char *author;     /* the article's byline, or NULL */
} brief_source;

typedef struct brief_digest {
    const char *headline;        /* a source title, or the lead when no
                                    document has a title */
    size_t headline_source;      /* 1-based id, 0 when taken from the lead */
    const char *lead;
    size_t lead_source;          /* 1-based */
    const brief_point *const *points;   /* points[i], i < npoints */
    size_t npoints;
    const brief_quote *const *quotes;   /* quotes[i], i < nquotes */
    size_t nquotes;
    const brief_source *const *sources; /* sources[i], i < nsources */
    size_t nsources;
    const char *language;
} brief_digest;

/*
 * Composes the brief of a story.  opts may be NULL for the defaults.  On
 * BRIEF_OK *out is set; caller frees with brief_digest_free (the digest
 * borrows nothing from the story).  Errors: BRIEF_EINVAL, BRIEF_EEMPTY (no
 * sentences), BRIEF_ENOMEM.
 */
BRIEF_API brief_status brief_story_compose(brief_story *story,
                                           const brief_compose_options *opts,
                                           brief_digest **out);
BRIEF_API void brief_digest_free(brief_digest *d);

/*
 * As brief_story_compose, for some of the story's documents only (0-based
 * indices, in any order; duplicates count once): the brief of one story of
 * a day grouped by brief_story_group.  Source ids in the digest number the
 * given documents 1..n in ascending index order.  Speakers stay canonical
 * across all documents of the story object.  Errors: as
 * brief_story_compose, and BRIEF_EINVAL for an index out of range.
 */
BRIEF_API brief_status brief_story_compose_docs(brief_story *story,
                                                const size_t *docs, size_t ndocs,
                                                const brief_compose_options *opts,
                                                brief_digest **out);

/*
 * Every direct quote found in the story's documents, in document order,
 * with its speaker (canonical across documents) or NULL when none was
 * found; each has nsources 1 (its own document).  (*quotes)[i] is quote i;
 * the array is borrowed from the story (valid until it is freed or a
 * document is added).  Errors: BRIEF_ENOMEM.
 */
BRIEF_API brief_status brief_story_quotes(brief_story *story,
                                          const brief_quote *const **quotes,
                                          size_t *count);

/*
 * Daily mode: groups the documents of a story object (a whole day's folder)
 * into stories, ranked by how many distinct sources carry them (sources
 * are told apart by their name: front matter, else the file name), then by
 * size, then by first appearance.  On BRIEF_OK *out is set; caller frees
 * with brief_grouping_free (it borrows nothing from the story, and the
 * story is unchanged but for the analysis it caches).
 * Errors: BRIEF_EINVAL, BRIEF_ENOMEM, BRIEF_EEMPTY (no documents).
 * Cost: near-linear in the input (no all-pairs comparison).
 */
typedef struct brief_grouping brief_grouping;

BRIEF_API brief_status brief_story_group(brief_story *story,
                                         brief_grouping **out);
/* The number of stories found. */
BRIEF_API size_t brief_grouping_count(const brief_grouping *g);
/* The documents of story `group` (0-based, in rank order): *docs (0-based
 * document indices, ascending; borrowed from g) and *nsources distinct
 * sources.  Either output may be NULL.  Errors: BRIEF_EINVAL. */
BRIEF_API brief_status brief_grouping_docs(const brief_grouping *g, size_t group,
                                           const size_t **docs, size_t *ndocs,
                                           size_t *nsources);
BRIEF_API void brief_grouping_free(brief_grouping *g);

/*
 * A MinHash signature of document `doc`: sig[k], k < nhash, over the set of
 * its content stems (title and body), with fixed hash functions, so the
 * share of equal entries of two signatures estimates the Jaccard similarity
 * of the two documents' vocabularies on any machine.  Lets an engine
 * outside brief bring each story's articles together (docs/scale.md).
 * Errors: BRIEF_EINVAL (bad index), BRIEF_ENOMEM.
 */
BRIEF_API brief_status brief_story_sketch(brief_story *story, size_t doc,
                                          uint32_t *sig, size_t nhash);

typedef enum brief_format {
    BRIEF_FORMAT_TEXT = 0, /* plain text wrapped at 72 columns */
    BRIEF_FORMAT_MARKDOWN,
    BRIEF_FORMAT_HTML,     /* a self-contained fragment for email */
    BRIEF_FORMAT_JSON,     /* the documented schema (docs/DESIGN.md) */
    BRIEF_FORMAT_TSV       /* quote lists only (brief_render_quotes) */
} brief_format;

/*
 * Renders a digest.  *out (NUL-terminated, *len bytes) is borrowed from the
 * digest: valid until brief_digest_free or the next render of it.
 * Errors: BRIEF_EINVAL, BRIEF_ENOMEM.
 */
BRIEF_API brief_status brief_digest_render(brief_digest *d, brief_format fmt,
                                           const char **out, size_t *len);

/*
 * Output folders published all or nothing.  Files are written into a
 * private stage folder; brief_outdir_commit publishes them all in one
 * atomic step and then removes the files named PREFIX<digits>.EXT that an
 * earlier commit published and this one did not (and nothing else).
 *
 * What a reader of the folder can rely on: each name published is a
 * symbolic link NAME -> brief-edition/NAME, and brief-edition is a link
 * to the current edition, a folder brief-edition-XXXXXX whose
 * files never change.  The commit's last step renames a new
 * brief-edition over the old one, so a file opened before it is wholly
 * of the old set and one opened after it wholly of the new; a reader that
 * resolves brief-edition once and reads from that folder sees one
 * consistent set even across a commit.  Until that step, and whenever
 * anything fails or the process is killed, the folder reads as before.
 * The previous edition stays until the next commit.  Names starting
 * with brief-edition, brief-stage- or brief-link- are the folder's own
 * (brief_outdir_add refuses them).  A name to write
 * that is a folder or a device (or a folder at brief-edition) refuses
 * the commit before any change (brief_outdir_failed names it); one that is a plain file (of an older
 * brief) is taken into the current edition first, so it reads the same.
 * Commits into one folder take turns (flock(2) on the folder).
 * brief_outdir_free removes an uncommitted stage.
 */
typedef struct brief_outdir brief_outdir;

/* Opens (creating it and its parents when missing) the folder `dir` and
 * makes the stage in it.  Errors: BRIEF_EIO (errno kept: not a folder,
 * not writable), BRIEF_ENOMEM. */
BRIEF_API brief_status brief_outdir_open(const char *dir, brief_outdir **out);
/* Writes one file (a name without '/', not starting with '.') into the
 * stage; a second file of one name replaces the first.  Errors:
 * BRIEF_EINVAL (bad name, or committed), BRIEF_EIO (errno kept),
 * BRIEF_ENOMEM. */
BRIEF_API brief_status brief_outdir_add(brief_outdir *o, const char *name,
                                        const char *bytes, size_t len);
/* Publishes every file; then removes stale PREFIX<digits>.EXT names
 * (prefix and ext may be NULL to remove none).  Once only.  Errors:
 * BRIEF_EINVAL, BRIEF_EIO (errno kept; EISDIR when a name to write is a
 * folder). */
BRIEF_API brief_status brief_outdir_commit(brief_outdir *o, const char *prefix,
                                           const char *ext);
/* The name a failed commit refused (a folder or device in its way), or
 * NULL; borrowed from o. */
BRIEF_API const char *brief_outdir_failed(const brief_outdir *o);
BRIEF_API void brief_outdir_free(brief_outdir *o);

/*
 * Removes the temporary files that brief's writers (brief_outdir, the IDF
 * table's writer) have created in this process and not yet renamed into
 * place or removed.  Async-signal-safe (it only calls unlink), for a
 * SIGTERM or SIGINT handler that then ends the process; the files already
 * in place are untouched.  Temporaries a killed run could not remove
 * ("NAME.tmpXXXXXX", older than an hour) are removed by the next write
 * into the same folder.
 */
BRIEF_API void brief_remove_temporaries(void);

/*
 * Input paths: what a run reads, as the brief command gathers it from its
 * arguments.  "-" (standard input) and every path that is not a folder are
 * taken as given, to be read (and refused, when they cannot be) by
 * whatever reads them.  A folder is walked, recursively, into its regular
 * files: the entries of each folder in the byte order of their names
 * (strcmp, whatever the locale), links followed.  On the way, entries
 * whose name starts with '.' are passed over silently, and so is an entry
 * removed since its folder was read, and a link back to a folder on the
 * walk's path (its files are being walked already); everything else that
 * is not taken gets a note: a special file (FIFO, device, socket), a
 * broken or looping link, a path the system cannot take (too long), a
 * folder that cannot be read, or one nested more than 64 deep.  A folder
 * with no file taken gets a note that is no skip.
 */
typedef struct brief_paths brief_paths;

/* A note the walk made on a path it did not take. */
typedef struct brief_path_note {
    const char *path;  /* the entry, as the walk made it (FOLDER/NAME) */
    /* What to say after "PATH: ": "not a regular file; skipped", "broken
     * or looping link; skipped", "path too long; skipped" (or another
     * errno text), "cannot open folder: <errno text>", "folders nested too
     * deeply; skipped", "no files in this folder", "not an article (by
     * its name); passed over" (a README, LICENSE, COPYING, CHANGELOG ...
     * in a folder, any case and extension, unless an include pattern was
     * given). */
    const char *text;
    int skipped;       /* 1 when an input was passed over, 0 for a remark */
} brief_path_note;

/* An empty list; memory from `a` as for brief_buffer_new (but for the
 * folder streams of opendir, the C library's, each closed before the next
 * is opened).  Caller frees with brief_paths_free.  Errors: BRIEF_EINVAL,
 * BRIEF_ENOMEM. */
BRIEF_API brief_status brief_paths_new(const brief_allocator *a,
                                       brief_paths **out);
/* Appends `path` (copied), or the files of the folder it names, and the
 * notes of its walk, in walk order (a folder's "no files" note after the
 * notes on its entries).  Errors: BRIEF_EINVAL (NULL argument),
 * BRIEF_ENOMEM; p then holds what was gathered before the failure, every
 * path and note whole. */
BRIEF_API brief_status brief_paths_add(brief_paths *p, const char *path);
/* Narrows what later brief_paths_add calls take from folders (a path
 * given itself is always taken): with exclude 0, a file found in a folder
 * is taken only if it matches one of the include patterns given (when
 * any is); with exclude 1, a file or folder matching the pattern is
 * passed over, silently, whatever the includes say.  Patterns are
 * fnmatch(3) globs ("*.html", "[0-9]*.txt"): one without a '/' is matched
 * against the entry's name, one with a '/' against its path below the
 * folder given ("mail/2026-*.eml": a star then stops at a slash).  The
 * pattern is copied.  Errors: BRIEF_EINVAL (NULL or empty pattern),
 * BRIEF_ENOMEM. */
BRIEF_API brief_status brief_paths_filter(brief_paths *p, const char *pattern,
                                          int exclude);
/* The paths taken, in order: path i (0-based) borrowed from p until it is
 * freed; NULL for a bad index. */
BRIEF_API size_t brief_paths_count(const brief_paths *p);
BRIEF_API const char *brief_paths_get(const brief_paths *p, size_t i);
/* 1 when path i was found by walking a folder (read it with
 * BRIEF_ADD_FOUND), 0 when it was given itself or for a bad index. */
BRIEF_API int brief_paths_found(const brief_paths *p, size_t i);
/* The notes, in order: note i borrowed from p (with its strings) until it
 * is freed; NULL for a bad index. */
BRIEF_API size_t brief_paths_note_count(const brief_paths *p);
BRIEF_API const brief_path_note *brief_paths_note(const brief_paths *p,
                                                  size_t i);
/* NULL is a no-op. */
BRIEF_API void brief_paths_free(brief_paths *p);

/*
 * Reading ahead: the files of a path list read and parsed on worker
 * threads while the caller adds them, in path order, to a story or a page
 * list; results and messages are those of brief_story_add_path /
 * brief_pages_add_path with BRIEF_ADD_FOUND for the files found in a
 * folder.  Parsing web pages is most of what reading a folder of them
 * costs, so a folder of pages is read about as many times faster as there
 * are cores.
 *
 *     brief_prefetch *pf;
 *     brief_prefetch_new(ctx, paths, 0, &pf);      // 0: one thread per core
 *     for (size_t i = 0; i < brief_paths_count(paths); i++)
 *         if (brief_story_add_prefetched(st, pf, i) != BRIEF_OK) ...;
 *     brief_prefetch_free(pf);
 *
 * The workers use ctx's allocator, which must then be thread-safe (the C
 * library's is); with threads 1 no thread is started.  Files are asked
 * for in increasing order, each once; one passed over is freed with the
 * prefetch.  paths must outlive it.
 */
typedef struct brief_prefetch brief_prefetch;
typedef struct brief_pages brief_pages; /* see "Pages" below */
/* The number of cores (at most 16): what threads 0 means. */
BRIEF_API unsigned brief_prefetch_threads_default(void);
/* Starts reading paths on `threads` threads (0: one per core, at most
 * 16).  Errors: BRIEF_EINVAL, BRIEF_ENOMEM (a thread that cannot be
 * started is no error: the others, or the caller, read its files). */
BRIEF_API brief_status brief_prefetch_new(brief_ctx *ctx, const brief_paths *paths,
                                          unsigned threads, brief_prefetch **out);
/* Stops the workers (waiting for the files they are reading) and frees
 * what was read and not taken; NULL is a no-op. */
BRIEF_API void brief_prefetch_free(brief_prefetch *pf);
/* Adds file i of the paths (waiting for it when a worker has it): as
 * brief_story_add_path / brief_pages_add_path.  BRIEF_EINVAL for a bad
 * index, or one below an index already asked for. */
BRIEF_API brief_status brief_story_add_prefetched(brief_story *story, brief_prefetch *pf,
                                                  size_t i);
BRIEF_API brief_status brief_pages_add_prefetched(brief_pages *pages, brief_prefetch *pf,
                                                  size_t i);

/*
 * ---- Output: rendering into buffers -------------------------------------
 *
 * Everything the brief command prints is rendered by these functions (and
 * brief_digest_render): summaries, sentence and quote lists, sketches, a
 * day's edition with its index, the result lines of --jsonl.  Each render
 * appends to a brief_buffer.  All JSON comes from one writer: strings as
 * they are but for escaped controls, and invalid UTF-8 (file names may hold
 * any bytes) repaired byte by byte to U+FFFD, so output is always valid.
 * On an error a render leaves the buffer as it was before the call.
 */

/* A growable byte string, always NUL-terminated. */
typedef struct brief_buffer brief_buffer;

/* A new empty buffer whose memory comes from `a`: pass the allocator given
 * to the context (brief_config.allocator), or NULL for the C library's.
 * `a` is borrowed and must outlive the buffer.  Caller frees with
 * brief_buffer_free.  Errors: BRIEF_EINVAL, BRIEF_ENOMEM. */
BRIEF_API brief_status brief_buffer_new(const brief_allocator *a,
                                        brief_buffer **out);
/* The bytes rendered so far ("" when none); borrowed until the next
 * render into the buffer, brief_buffer_clear or brief_buffer_free. */
BRIEF_API const char *brief_buffer_data(const brief_buffer *b);
BRIEF_API size_t brief_buffer_len(const brief_buffer *b);
/* Appends len bytes (copied).  Errors: BRIEF_EINVAL, BRIEF_ENOMEM. */
BRIEF_API brief_status brief_buffer_append(brief_buffer *b, const char *bytes,
                                           size_t len);
/* Empties the buffer, keeping its memory for the next render. */
BRIEF_API void brief_buffer_clear(brief_buffer *b);
BRIEF_API void brief_buffer_free(brief_buffer *b);

/*
 * A summary of `story` made with `budget`.  BRIEF_FORMAT_TEXT: one sentence
 * per line.  BRIEF_FORMAT_JSON: {"language", "budget": {"unit", "value"},
 * "documents": [{"id", "file", "title", "source"}], "sentences": [{"text",
 * "file", "doc", "index", "start", "end", "rank", "score"}]}, two-space
 * indent, one trailing newline ("doc" and "id" are 1-based).
 * Errors: BRIEF_EINVAL (NULL argument, another format), BRIEF_ENOMEM.
 */
BRIEF_API brief_status brief_render_summary(brief_buffer *out, brief_story *story,
                                            const brief_summary *sum,
                                            const brief_budget *budget,
                                            brief_format fmt);
/* The body sentences of every document (brief_story_sentences), one per
 * line, or as JSON an array of {"text", "file", "doc", "index", "start",
 * "end"}.  Errors: BRIEF_EINVAL (NULL argument, another format), and those
 * of brief_story_sentences (brief_story_errmsg says why). */
BRIEF_API brief_status brief_render_sentences(brief_buffer *out, brief_story *story,
                                              brief_format fmt);
/* Every quote of the story (brief_story_quotes).  BRIEF_FORMAT_TEXT:
 * the text in curly double quotes, an em dash and the speaker (or
 * "(speaker unknown)"), one quote per line.
 * BRIEF_FORMAT_TSV: text, speaker (or nothing), file (as
 * brief_printable_name shows it, at most 1023 bytes), "partial" or "full",
 * tab-separated.  BRIEF_FORMAT_JSON: an array of
 * {"text", "speaker", "file", "role", "partial", "start", "end"}.
 * Errors: BRIEF_EINVAL, and those of brief_story_quotes. */
BRIEF_API brief_status brief_render_quotes(brief_buffer *out, brief_story *story,
                                           brief_format fmt);
/* One compact JSON line for document `doc`: {"file", "title", "minhash":
 * [nhash values of brief_story_sketch], "bands": ["b:key", ...]}, where
 * band b's key is a 64-bit hash (16 hex digits) of its nhash / nbands rows:
 * documents that share a band key are candidates for one story.
 * Errors: BRIEF_EINVAL (bad index, nhash 0, nbands not dividing nhash),
 * BRIEF_ENOMEM, and those of brief_story_sketch. */
BRIEF_API brief_status brief_render_sketch(brief_buffer *out, brief_story *story,
                                           size_t doc, size_t nhash, size_t nbands);

/* The file name extension of a format: "txt", "md", "html", "json",
 * "tsv"; NULL for an unknown format.  Static. */
BRIEF_API const char *brief_format_extension(brief_format fmt);

/* A name (a file name, an argument) as a line of text may show it: C0
 * controls and DEL as '?', C1 controls (U+0080-U+009F) and the bidi
 * controls (U+202A-U+202E, U+2066-U+2069) as \uXXXX, each byte that is
 * not UTF-8 as \xHH, so that it can neither break the line, nor reorder
 * it, nor command a terminal (U+009B and the byte 0x9B are CSI there).
 * Written to buf (cap bytes, NUL-terminated when cap > 0); a name that
 * does not fit is cut after a whole character or escape and ends in
 * "...".  NULL is "".  Returns buf.
 * The TSV of brief_render_quotes and the brief command's messages show
 * names this way. */
BRIEF_API const char *brief_printable_name(char *buf, size_t cap, const char *name);

/*
 * An earlier edition (the --format json output of a day, brief_edition
 * below): the texts it reported, to leave out of today's briefs
 * (brief_compose_options.seen), and the files of its stories, to tell
 * today's stories new, updated or unchanged.
 */
typedef struct brief_previous brief_previous;

/* An empty one (nothing seen, every story new); memory from `a` as for
 * brief_buffer_new (but for the parse tree of the file, which is
 * jansson's).  Caller frees with brief_previous_free.  Errors:
 * BRIEF_EINVAL, BRIEF_ENOMEM. */
BRIEF_API brief_status brief_previous_new(const brief_allocator *a,
                                          brief_previous **out);
/* Reads the earlier output at `path`, replacing what p held.  Only a
 * regular file is read: anything else (a FIFO, a device, a folder) is
 * refused without reading, so the call never blocks.  A file name given
 * in "files_bytes" (brief_edition) is taken in its exact form.  Errors:
 * BRIEF_EIO (cannot be opened, or not a regular file), BRIEF_ELIMIT
 * (larger than BRIEF_MAX_INPUT_BYTES), BRIEF_EFORMAT (not JSON, cut
 * short, or no "stories" array), BRIEF_ENOMEM;
 * brief_previous_errmsg then says why, naming the file, and p is left
 * empty: usable as an edition in which every story is new. */
BRIEF_API brief_status brief_previous_load(brief_previous *p, const char *path);
/* The message of the last failed load, or ""; borrowed from p. */
BRIEF_API const char *brief_previous_errmsg(const brief_previous *p);
/* The texts reported (key points, quotes and leads): (*seen)[i], i <
 * *count, sorted by strcmp and each once, borrowed from p, for
 * brief_compose_options.seen with seen_sorted set: the sorting is done
 * once, when the file is loaded. */
BRIEF_API void brief_previous_seen(const brief_previous *p,
                                   const char *const **seen, size_t *count);
/* "new" when none of the documents docs[0..ndocs) of `story` was in an
 * earlier story (by file name), else "updated" when the digest composed
 * from them shows any key point or quote (new ones, by construction), else
 * "unchanged".  Static; NULL for a NULL argument. */
BRIEF_API const char *brief_previous_status(const brief_previous *p,
                                            const brief_story *story,
                                            const size_t *docs, size_t ndocs,
                                            const brief_digest *d);
BRIEF_API void brief_previous_free(brief_previous *p);

/*
 * A day's edition: the briefs of the stories of brief_story_group, each
 * rendered as a file of its own and gathered into one index, in a format
 * other than TSV.  The index joins the stories with a separator (a blank
 * line, "---" in Markdown, <hr> in HTML, the whole inside <div
 * class="brief-daily"> in HTML), each preceded by its status ([new],
 * *new*, <p><strong>new</strong></p>) when there is a previous edition.
 * In JSON the index is {"stories": [...]} and each story is the digest's
 * object followed by "id" (1-based, in the order added), "source_count",
 * "files" (its documents' names), "files_bytes" when a name is not valid
 * UTF-8 and, with a previous edition, "status".  JSON strings are UTF-8:
 * wherever a file is named ("file" in every JSON output, "files"), bytes
 * that are not valid UTF-8 become U+FFFD, and then an exact form follows
 * ("file_bytes", or "files_bytes" for all files of the story): each such
 * byte as \xHH, each backslash doubled (docs/DESIGN.md).
 */
typedef struct brief_edition brief_edition;

/* `story` (the day's documents) and `prev` (or NULL) are borrowed and must
 * outlive the edition; memory comes from `a` as for brief_buffer_new.
 * Caller frees with brief_edition_free.  Errors: BRIEF_EINVAL (NULL
 * argument, a format not allowed), BRIEF_ENOMEM. */
BRIEF_API brief_status brief_edition_new(const brief_allocator *a,
                                         const brief_story *story,
                                         brief_format fmt,
                                         const brief_previous *prev,
                                         brief_edition **out);
/* Adds the next story: its digest d (from brief_story_compose_docs over
 * docs[0..ndocs), carried by nsources sources).  *text (*len bytes, may be
 * NULL) is the story's own file, borrowed from the edition until the next
 * add or its free.  Errors: BRIEF_EINVAL (NULL argument, after
 * brief_edition_index), those of brief_digest_render, BRIEF_ENOMEM; after
 * an error the edition can only be freed. */
BRIEF_API brief_status brief_edition_add(brief_edition *ed, brief_digest *d,
                                         const size_t *docs, size_t ndocs,
                                         size_t nsources, const char **text,
                                         size_t *len);
/* The number of stories added. */
BRIEF_API size_t brief_edition_count(const brief_edition *ed);
/* Closes the index and gives it: *text (*len bytes), borrowed from the
 * edition until it is freed; no story can be added after.  Errors:
 * BRIEF_EINVAL, BRIEF_ENOMEM. */
BRIEF_API brief_status brief_edition_index(brief_edition *ed, const char **text,
                                           size_t *len);
BRIEF_API void brief_edition_free(brief_edition *ed);

/*
 * One line of --jsonl mode: an article {"id", "title", "text", "source"}
 * ("text" required; title and source become the document's front matter)
 * is made a story of its own, the document named `name`, and one compact
 * JSON line ending in a newline is appended to `out`: {"id": the line's id
 * as given (null when none), then the result}, or {"id", "error": why}
 * when the line is not a JSON object, has no "text" string, or gives no
 * result.  *failed (may be NULL) is set to 1 for an "error" line, else 0.
 * Returns BRIEF_OK when the line was written (with or without "error"),
 * BRIEF_EINVAL for a NULL argument, BRIEF_ENOMEM when it could not be.
 */
/* The result is "sentences": [{"text", "start", "end", "rank"}], the
 * summary made with `budget`. */
BRIEF_API brief_status brief_jsonl_summarize(brief_buffer *out, brief_ctx *ctx,
                                             const char *line, size_t len,
                                             const char *name,
                                             const brief_budget *budget,
                                             int *failed);
/* The result is the members of the digest's JSON object (opts may be NULL
 * for the defaults).  A line may also be a whole story, {"id", "articles":
 * [article, ...]}. */
BRIEF_API brief_status brief_jsonl_compose(brief_buffer *out, brief_ctx *ctx,
                                           const char *line, size_t len,
                                           const char *name,
                                           const brief_compose_options *opts,
                                           int *failed);

/*
 * ---- Pages: what brief reads of a file -----------------------------------
 *
 * A web page (a name ending in .html, .htm or .xhtml, or bytes that read
 * as HTML whatever the name) is parsed with an HTML5 parser and its
 * article taken out: the main text as paragraphs, with its title, date,
 * author, source (site name or publisher, else the URL's host), URL and
 * language as the page declares them.  A feed (RSS 2.0, RSS 1.0/RDF,
 * Atom; by its root element) gives one page per item that has text, named
 * "NAME#k" (k: the item's place in the feed, from 1), with the item's
 * title, link, date and author and the feed's title as source; a mail
 * message (by its header block) one page: Subject, sender, Date and its
 * text part.  Every other text file gives its title and body as
 * brief_story_add_text reads them.  brief_story_add_file reads pages,
 * feeds (one document per item) and mail the same way.
 */
typedef struct brief_page {
    const char *name;    /* as given */
    const char *title;   /* or NULL */
    const char *text;    /* the body, paragraphs separated by a blank line */
    const char *source;  /* or NULL */
    const char *url;     /* or NULL */
    const char *date;    /* YYYY-MM-DD (with a time when the page gives one), or NULL */
    const char *author;  /* or NULL */
    const char *lang;    /* as declared (lower case), or NULL */
    const char *warning; /* on a file's first page: what the user should
                            know of the file (a feed broken off after some
                            items), or NULL */
} brief_page;

typedef struct brief_pages brief_pages;

/* An empty list; caller frees with brief_pages_free.  Errors:
 * BRIEF_EINVAL, BRIEF_ENOMEM. */
BRIEF_API brief_status brief_pages_new(brief_ctx *ctx, brief_pages **out);
BRIEF_API void brief_pages_free(brief_pages *pages);
/* Reads path ("-": stdin) and adds what brief reads of it.  Errors:
 * BRIEF_EEMPTY (a page with no article: an index, a login wall, nothing
 * left after extraction; a feed without an item with text; a message
 * without a text part; not added), BRIEF_EFORMAT (a feed broken before
 * its first item, a message without a header), BRIEF_EIO (errno kept),
 * BRIEF_EBINARY, BRIEF_ELIMIT, BRIEF_ENOMEM; brief_pages_errmsg says
 * why. */
BRIEF_API brief_status brief_pages_add_file(brief_pages *pages, const char *path);
/* As add_file, with BRIEF_ADD_* flags (0: add_file). */
BRIEF_API brief_status brief_pages_add_path(brief_pages *pages, const char *path,
                                            unsigned flags);
/* As add_file, from bytes (copied). */
BRIEF_API brief_status brief_pages_add_text(brief_pages *pages, const char *name,
                                            const char *bytes, size_t len);
/* "name: why" of the last failure, or ""; borrowed until the next call. */
BRIEF_API const char *brief_pages_errmsg(const brief_pages *pages);
BRIEF_API size_t brief_pages_count(const brief_pages *pages);
/* Page i, or NULL; borrowed until the list is freed. */
BRIEF_API const brief_page *brief_pages_get(const brief_pages *pages, size_t i);
/* BRIEF_FORMAT_TEXT: per page its title, a blank line, then the body
 * paragraph by paragraph with a blank line between (pages apart by a
 * blank line).  BRIEF_FORMAT_JSON: [{"file", "title", "text", "source",
 * "url", "date", "author", "lang"}], null where unknown.  Errors:
 * BRIEF_EINVAL (NULL argument, another format), BRIEF_ENOMEM. */
BRIEF_API brief_status brief_render_pages(brief_buffer *out, const brief_pages *pages,
                                          brief_format fmt);

#ifdef __cplusplus
}
#endif
#endif /* BRIEF_H */
