/*
 * groupeval - measures stage 9 (story grouping) with the library's internal
 * modules, as `brief daily` builds its document vectors:
 *   ingest_bytes -> clean_blocks -> tok_text on the title and on the story
 *   blocks -> IDF over the collection itself -> cluster_doc_vector (title
 *   weighted) -> cluster_documents.
 *
 * Usage: groupeval [options] PATH...
 *   PATH is a file, a directory of files, or a directory of subdirectories
 *   (one per true story, e.g. DUC 2003's d30001t/...).  The truth of a file
 *   is the name of its parent directory.  A file name met again (DUC 2003
 *   has a few articles in two clusters; same name and size) is counted
 *   once, with the first
 *   cluster it appears in (paths are read in sorted order).  Directories
 *   named "refs" (DUC's reference summaries) are skipped.
 *   -t X   threshold (default: the library's)
 *   -w X   title weight in the text part (default CLUSTER_TITLE_WEIGHT)
 *   -T X   headline share (default CLUSTER_TITLE_SHARE)
 *   -b X   IDF prior in background documents (default CLUSTER_IDF_PRIOR)
 *   -L N   body limited to its first N content words (default
 *          CLUSTER_LEAD_WORDS, 0: all); -M N the same for dated documents
 *          (CLUSTER_LEAD_WORDS_DATED);  -F X  far threshold (dated, more
 *          than the near days apart);  -1  stems in one
 *          document only left out;  -p X  IDF raised to the power X
 *   -n X   near threshold (dated, close in time);  -S X  straggler
 *          threshold;  -J N  its window in days;  -G N  the largest group
 *          it lets join;  -U X  the share of a straggler join's product
 *          specific terms must carry (0: no check; terms in at most
 *          the story's documents plus -j X per straggler document);  -Q X
 *          the most one term may add to it, as a share (0: no cap);  -N X  name weight;  -0  ignore dates (by default
 *          days come from front matter or the file name, as in daily)
 *   -D DIR write each document's title and kept blocks to DIR/<label>__<name>
 *          (for analysis with other tools)
 *   -a     analysis: cosine matrix (up to 12 documents), and per true
 *          story its mean inner cosine and its nearest other story
 *   -k N   neighbours per document;  -m N  indexed terms per document
 *   -r N   repeat the vectors N times (timing at scale); with -s the copies
 *          get disjoint term ids (N independent collections), without it
 *          they are exact duplicates
 *   -g N   list groups of at least N documents (title or file name)
 *   -q     no per-group listing at all
 *   -2     the first stage alone (no topic vectors; the grouping before the
 *          second stage was added)
 *   -C X   topic threshold of the second stage;  -E X  its lead floor;
 *          -K N  its size limit (0: none);  -R X, -P X  its cohesion
 *          ratios on topic and on lead vectors;  -V plain|names|brief  its
 *          topic vectors (plain: as brief daily, cluster_topic_vectors;
 *          names: the same with names counted -N times; brief: the lead
 *          recipe on the whole text)
 *   -A N   anchors a second-stage join needs (0: no anchor check);  -Y X
 *          the share of each group's members that must write each one;
 *          -X X  the most one term may add to a join's topic average, as
 *          a share of the topic threshold (0: no cap);  -W X  the share of
 *          a join's topic product that terms in at most -Z X times as many
 *          documents as the two groups have must carry (0: no check)
 *   -c 0   no datelines (by default each text's dateline place is read,
 *          cluster_dateline_place, for the second stage);  -e X  the
 *          topic threshold and -f X the lead floor of a join of two groups
 *          filed from one place;  -l X  how many of the day's other
 *          documents may be filed from it;  -i X  the most of the day's
 *          documents that may be (a share)
 *   -B X   the plain baseline instead of the library: log TF-IDF of the
 *          whole text (IDF from the collection alone), cosine, exact
 *          average linkage (UPGMA, all pairs), merging while the best
 *          pair's mean cosine is at least X; no dates, names, headline part
 *   -H tuning|held-out  only the clusters of that half (CRC-32 of the
 *          cluster directory's name even: tuning, odd: held-out; the cut of
 *          scripts/duc-halves.sh).  An article filed in two clusters is
 *          counted with the first of them that is in the half.
 * Prints B-cubed precision, recall and F1 against the truth, the number of
 * groups, and the time spent building vectors and grouping.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "arena.h"
#include "clean.h"
#include "data.h"
#include "cluster.h"
#include "cluster_vectors.h"
#include "ingest.h"
#include "text.h"
#include "tokens.h"
#include "vectors.h"

typedef struct item {
    char *path;
    char *name;   /* base name */
    char *label;  /* parent directory name */
    size_t size;  /* bytes */
} item;

static item *items;
static size_t nitems, capitems;

/* -H: keep only the clusters of one half (-1: all).  The cut is the one
 * every eval set of brief uses (scripts/duc-halves.sh, split-eval.py):
 * CRC-32 (zlib's, reflected 0xEDB88320) of the cluster directory's name,
 * even in the tuning half (0), odd in the held-out half (1). */
static int half = -1;

static uint32_t crc32_of(const char *s)
{
    uint32_t c = 0xffffffffu;
    for (; *s; s++) {
        c ^= (unsigned char)*s;
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0xedb88320u : c >> 1;
    }
    return c ^ 0xffffffffu;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void die(const char *what)
{
    fprintf(stderr, "groupeval: %s\n", what);
    exit(2);
}

static char *xstrdup(const char *s)
{
    char *d = strdup(s);
    if (!d) die("out of memory");
    return d;
}

static void add_file(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    if (strcmp(name, "README.TXT") == 0 || name[0] == '.') return;
    struct stat sb;
    if (stat(path, &sb) != 0) die(path);
    for (size_t i = 0; i < nitems; i++)
        if (strcmp(items[i].name, name) == 0 && items[i].size == (size_t)sb.st_size)
            return; /* the same article again: counted once */
    if (nitems == capitems) {
        capitems = capitems ? capitems * 2 : 256;
        items = realloc(items, capitems * sizeof *items);
        if (!items) die("out of memory");
    }
    char *label;
    char *dir = xstrdup(path);
    char *s = strrchr(dir, '/');
    if (s) {
        *s = '\0';
        char *p = strrchr(dir, '/');
        label = xstrdup(p ? p + 1 : dir);
    } else {
        label = xstrdup(".");
    }
    free(dir);
    if (half >= 0 && (int)(crc32_of(label) & 1) != half) {
        free(label);
        return;
    }
    item *it = &items[nitems++];
    it->path = xstrdup(path);
    it->name = xstrdup(name);
    it->size = (size_t)sb.st_size;
    it->label = label;
}

static void add_path(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0) die(path);
    if (!S_ISDIR(sb.st_mode)) { add_file(path); return; }
    DIR *d = opendir(path);
    if (!d) die(path);
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        /* DUC keeps reference summaries in <cluster>/refs/: not articles. */
        if (de->d_name[0] == '.' || strcmp(de->d_name, "refs") == 0) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            names = realloc(names, cap * sizeof *names);
            if (!names) die("out of memory");
        }
        size_t len = strlen(path) + strlen(de->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) die("out of memory");
        snprintf(names[n++], len, "%s/%s", path, de->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        add_path(names[i]);
        free(names[i]);
    }
    free(names);
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) die(path);
    size_t cap = 65536, n = 0;
    char *b = malloc(cap);
    if (!b) die("out of memory");
    size_t got;
    while ((got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            b = realloc(b, cap);
            if (!b) die("out of memory");
        }
    }
    fclose(f);
    *len = n;
    return b;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct pairlc {
    uint32_t c, l;
} pairlc;

static int cmp_pair(const void *a, const void *b)
{
    const pairlc *x = a, *y = b;
    if (x->c != y->c) return x->c < y->c ? -1 : 1;
    return x->l < y->l ? -1 : x->l > y->l;
}

/* B-cubed (Bagga and Baldwin 1998): per document, the share of its group
 * that shares its true label (precision) and the share of its label that
 * shares its group (recall), averaged over documents. */
static void bcubed(const uint32_t *group, const uint32_t *label, size_t n, size_t ngroups,
                   size_t nlabels, double *P, double *R)
{
    size_t *gsize = calloc(ngroups ? ngroups : 1, sizeof *gsize);
    size_t *lsize = calloc(nlabels ? nlabels : 1, sizeof *lsize);
    pairlc *pr = malloc((n ? n : 1) * sizeof *pr);
    if (!gsize || !lsize || !pr) die("out of memory");
    for (size_t i = 0; i < n; i++) {
        gsize[group[i]]++;
        lsize[label[i]]++;
        pr[i].c = group[i];
        pr[i].l = label[i];
    }
    qsort(pr, n, sizeof *pr, cmp_pair);
    double p = 0, r = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && pr[j].c == pr[i].c && pr[j].l == pr[i].l) j++;
        double both = (double)(j - i);
        /* each of the `both` documents scores both/|group|, both/|label| */
        p += both * both / (double)gsize[pr[i].c];
        r += both * both / (double)lsize[pr[i].l];
        i = j;
    }
    *P = n ? p / (double)n : 1;
    *R = n ? r / (double)n : 1;
    free(gsize);
    free(lsize);
    free(pr);
}

/* The plain baseline (-B X): exact group-average agglomerative clustering
 * (UPGMA) of the given unit vectors, merging the most similar pair of
 * groups while their mean cross cosine is at least threshold.  All pairs:
 * a yardstick for small collections, not a method for a day's folder.
 * Each row caches its best partner, so a merge re-scans only the rows
 * whose best partner it touched. */
static size_t upgma(const svec *v, size_t n, double threshold, uint32_t *story)
{
    double *sim = malloc((n ? n * n : 1) * sizeof *sim);
    size_t *size = malloc((n ? n : 1) * sizeof *size), *best = malloc((n ? n : 1) * sizeof *best);
    uint32_t *root = malloc((n ? n : 1) * sizeof *root);
    if (!sim || !size || !best || !root) die("out of memory");
    for (size_t i = 0; i < n; i++)
        for (size_t j = i; j < n; j++) sim[i * n + j] = sim[j * n + i] = vec_cosine(&v[i], &v[j]);
    for (size_t i = 0; i < n; i++) { size[i] = 1; root[i] = (uint32_t)i; }
#define ALIVE(i) (size[i] > 0)
    for (size_t i = 0; i < n; i++) {
        best[i] = SIZE_MAX;
        for (size_t j = 0; j < n; j++)
            if (j != i && (best[i] == SIZE_MAX || sim[i * n + j] > sim[i * n + best[i]])) best[i] = j;
    }
    for (;;) {
        size_t a = SIZE_MAX;
        for (size_t i = 0; i < n; i++)
            if (ALIVE(i) && best[i] != SIZE_MAX &&
                (a == SIZE_MAX || sim[i * n + best[i]] > sim[a * n + best[a]]))
                a = i;
        if (a == SIZE_MAX || sim[a * n + best[a]] < threshold) break;
        size_t b = best[a];
        for (size_t k = 0; k < n; k++) {
            if (!ALIVE(k) || k == a || k == b) continue;
            double x = ((double)size[a] * sim[a * n + k] + (double)size[b] * sim[b * n + k]) /
                       (double)(size[a] + size[b]);
            sim[a * n + k] = sim[k * n + a] = x;
        }
        size[a] += size[b];
        size[b] = 0;
        for (size_t k = 0; k < n; k++)
            if (root[k] == b) root[k] = (uint32_t)a;
        for (size_t i = 0; i < n; i++) {
            if (!ALIVE(i)) continue;
            if (i != a && best[i] != a && best[i] != b && best[i] != SIZE_MAX &&
                sim[i * n + a] <= sim[i * n + best[i]])
                continue;
            if (i != a && best[i] != a && best[i] != b) { best[i] = a; continue; }
            best[i] = SIZE_MAX;
            for (size_t j = 0; j < n; j++)
                if (j != i && ALIVE(j) &&
                    (best[i] == SIZE_MAX || sim[i * n + j] > sim[i * n + best[i]]))
                    best[i] = j;
        }
    }
#undef ALIVE
    uint32_t *num = malloc((n ? n : 1) * sizeof *num);
    if (!num) die("out of memory");
    memset(num, 0xff, (n ? n : 1) * sizeof *num);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (num[root[i]] == UINT32_MAX) num[root[i]] = (uint32_t)k++;
        story[i] = num[root[i]];
    }
    free(num); free(sim); free(size); free(best); free(root);
    return k;
}

int main(int argc, char **argv)
{
    cluster_params cp;
    cluster_params_default(&cp);
    double title_weight = CLUSTER_TITLE_WEIGHT;
    size_t repeat = 1, min_list = 2;
    int shift = 0, quiet = 0, analyse = 0, drop_once = 0, undated = 0;
    double name_weight = CLUSTER_NAME_WEIGHT;
    size_t lead = CLUSTER_LEAD_WORDS, lead_dated = CLUSTER_LEAD_WORDS_DATED;
    double idf_pow = 1, bg = CLUSTER_IDF_PRIOR, tshare = CLUSTER_TITLE_SHARE;
    double baseline = -1;
    int one_stage = 0, use_place = 1;
    const char *topic_kind = "plain";
    int a = 1;
    const char *dump = NULL;
    for (; a < argc && argv[a][0] == '-' && argv[a][1]; a++) {
        const char *o = argv[a];
        if (strcmp(o, "-s") == 0) { shift = 1; continue; }
        if (strcmp(o, "-q") == 0) { quiet = 1; continue; }
        if (strcmp(o, "-a") == 0) { analyse = 1; continue; }
        if (strcmp(o, "-1") == 0) { drop_once = 1; continue; }
        if (strcmp(o, "-0") == 0) { undated = 1; continue; }
        if (strcmp(o, "-2") == 0) { one_stage = 1; continue; }
        if (a + 1 >= argc) die("option needs a value");
        const char *v = argv[++a];
        if (strcmp(o, "-D") == 0) dump = v;
        else if (strcmp(o, "-H") == 0) {
            if (strcmp(v, "tuning") == 0) half = 0;
            else if (strcmp(v, "held-out") == 0) half = 1;
            else die("-H takes tuning or held-out");
        }
        else if (strcmp(o, "-t") == 0) cp.threshold = atof(v);
        else if (strcmp(o, "-w") == 0) title_weight = atof(v);
        else if (strcmp(o, "-n") == 0) cp.near_threshold = atof(v);
        else if (strcmp(o, "-S") == 0) cp.straggler_threshold = atof(v);
        else if (strcmp(o, "-J") == 0) cp.straggler_days = atoi(v);
        else if (strcmp(o, "-G") == 0) cp.straggler_size = (unsigned)atoi(v);
        else if (strcmp(o, "-U") == 0) cp.dated_specific = atof(v);
        else if (strcmp(o, "-Q") == 0) cp.straggler_term_cap = atof(v);
        else if (strcmp(o, "-j") == 0) cp.straggler_spread = atof(v);
        else if (strcmp(o, "-N") == 0) name_weight = atof(v);
        else if (strcmp(o, "-k") == 0) cp.neighbours = (unsigned)atoi(v);
        else if (strcmp(o, "-m") == 0) cp.index_terms = (unsigned)atoi(v);
        else if (strcmp(o, "-r") == 0) repeat = (size_t)atoi(v);
        else if (strcmp(o, "-g") == 0) min_list = (size_t)atoi(v);
        else if (strcmp(o, "-L") == 0) lead = (size_t)atoi(v);
        else if (strcmp(o, "-M") == 0) lead_dated = (size_t)atoi(v);
        else if (strcmp(o, "-F") == 0) cp.far_threshold = atof(v);
        else if (strcmp(o, "-p") == 0) idf_pow = atof(v);
        else if (strcmp(o, "-b") == 0) bg = atof(v);
        else if (strcmp(o, "-T") == 0) tshare = atof(v);
        else if (strcmp(o, "-B") == 0) baseline = atof(v);
        else if (strcmp(o, "-C") == 0) cp.topic_threshold = atof(v);
        else if (strcmp(o, "-R") == 0) cp.topic_cohesion = atof(v);
        else if (strcmp(o, "-E") == 0) cp.topic_lead_floor = atof(v);
        else if (strcmp(o, "-P") == 0) cp.topic_lead_cohesion = atof(v);
        else if (strcmp(o, "-K") == 0) cp.topic_small = (unsigned)atoi(v);
        else if (strcmp(o, "-V") == 0) topic_kind = v;
        else if (strcmp(o, "-A") == 0) cp.topic_anchors = (unsigned)atoi(v);
        else if (strcmp(o, "-Y") == 0) cp.topic_anchor_share = atof(v);
        else if (strcmp(o, "-X") == 0) cp.topic_term_cap = atof(v);
        else if (strcmp(o, "-W") == 0) cp.topic_specific = atof(v);
        else if (strcmp(o, "-Z") == 0) cp.topic_spread = atof(v);
        else if (strcmp(o, "-c") == 0) use_place = atoi(v);
        else if (strcmp(o, "-e") == 0) cp.place_threshold = atof(v);
        else if (strcmp(o, "-f") == 0) cp.place_lead_floor = atof(v);
        else if (strcmp(o, "-l") == 0) cp.place_slack = atof(v);
        else if (strcmp(o, "-i") == 0) cp.place_share = atof(v);
        else die("unknown option");
    }
    if (a >= argc) {
        fprintf(stderr, "usage: groupeval [-t X] [-w X] [-k N] [-m N] [-r N [-s]] [-g N] [-q] PATH...\n");
        return 2;
    }
    for (; a < argc; a++) add_path(argv[a]);
    if (repeat < 1) repeat = 1;
    size_t n = nitems;

    arena *ar = arena_new(NULL);
    vocab *voc = vocab_new(NULL);
    tok_lang *tl = NULL;
    if (!ar || !voc || tok_lang_new(NULL, "english", &tl) != BRIEF_OK) die("setup failed");

    double t0 = now();
    uint32_t **tid = malloc((n ? n : 1) * sizeof *tid), **bid = malloc((n ? n : 1) * sizeof *bid);
    uint8_t **bname = calloc(n ? n : 1, sizeof *bname);
    int32_t *day = malloc((n ? n : 1) * sizeof *day);
    uint64_t *place = calloc((n ? n : 1) * (repeat ? repeat : 1), sizeof *place);
    if (!place) die("out of memory");
    int dated = 0;
    size_t *nt = calloc(n ? n : 1, sizeof *nt), *nb = calloc(n ? n : 1, sizeof *nb);
    const char **titles = calloc(n ? n : 1, sizeof *titles);
    if (!tid || !bid || !nt || !nb || !titles || !bname || !day) die("out of memory");
    for (size_t i = 0; i < n; i++) {
        size_t len;
        char *bytes = read_all(items[i].path, &len);
        ingest_doc d;
        if (ingest_bytes(ar, bytes, len, &d) != BRIEF_OK) {
            fprintf(stderr, "groupeval: %s: not read\n", items[i].path);
            memset(&d, 0, sizeof d);
            d.text = (char *)"";
        }
        free(bytes);
        place[i] = d.len > d.body_start ? cluster_dateline_place(d.text + d.body_start, d.len - d.body_start) : 0;
        titles[i] = d.title;
        day[i] = cluster_day_in(d.date);
        if (day[i] == CLUSTER_NO_DAY) day[i] = cluster_day_in(items[i].name);
        dated |= day[i] != CLUSTER_NO_DAY;
        tid[i] = NULL;
        bid[i] = NULL;
        size_t cap = 0;
        if (d.title &&
            tok_text(tl, voc, ar, d.title, strlen(d.title), &tid[i], &nt[i], &cap) != BRIEF_OK)
            die("out of memory");
        block *bl = NULL;
        size_t nbl = 0;
        if (d.len && clean_blocks(ar, d.text, d.len, d.body_start, d.title, &bl, &nbl) != BRIEF_OK)
            die("out of memory");
        FILE *df_ = NULL;
        if (dump) {
            char pth[4096];
            snprintf(pth, sizeof pth, "%s/%s__%s", dump, items[i].label, items[i].name);
            df_ = fopen(pth, "w");
            if (!df_) die("dump");
            fprintf(df_, "%s\n", d.title ? d.title : "");
            for (size_t k = 0; k < nbl; k++)
                if (bl[k].kind == BLOCK_BODY || bl[k].kind == BLOCK_BULLET)
                    fprintf(df_, "\n%.*s\n", (int)(bl[k].end - bl[k].start), d.text + bl[k].start);
            fclose(df_);
        }
        cap = 0;
        for (size_t k = 0; k < nbl; k++) {
            if (bl[k].kind != BLOCK_BODY && bl[k].kind != BLOCK_BULLET) continue;
            size_t flen;
            char *txt = text_fold(ar, d.text + bl[k].start, bl[k].end - bl[k].start, &flen);
            if (!txt) die("out of memory");
            if (tok_text_names(tl, voc, ar, txt, flen, &bid[i], &bname[i], &nb[i], &cap) !=
                BRIEF_OK)
                die("out of memory");
        }
    }
    double t1 = now();
    /* IDF over the collection, one count per document. */
    size_t nv = vocab_size(voc);
    uint32_t *df = calloc(nv ? nv : 1, sizeof *df), *stamp = malloc((nv ? nv : 1) * sizeof *stamp);
    if (!df || !stamp) die("out of memory");
    memset(stamp, 0xff, (nv ? nv : 1) * sizeof *stamp);
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < nt[i]; k++)
            if (stamp[tid[i][k]] != i) { stamp[tid[i][k]] = (uint32_t)i; df[tid[i][k]]++; }
        for (size_t k = 0; k < nb[i]; k++)
            if (stamp[bid[i][k]] != i) { stamp[bid[i][k]] = (uint32_t)i; df[bid[i][k]]++; }
    }
    /* IDF as brief daily computes it: the documents plus a prior of
     * background documents from the shipped table. */
    size_t blen;
    const char *bytes = data_find("data/idf/english.tsv", &blen);
    idf_table *tab = NULL;
    if (!bytes || idf_parse(NULL, bytes, blen, &tab) != BRIEF_OK) die("no idf table");
    float *idf = baseline >= 0 ? vec_idf_weights(ar, voc, NULL, df, n)
                               : vec_idf_weights_prior(ar, voc, tab, df, n, bg);
    idf_free(tab);
    svec *vecs = malloc((n ? n : 1) * repeat * sizeof *vecs);
    if (!idf || !vecs) die("out of memory");
    for (size_t k = 0; k < nv; k++) {
        if (drop_once && df[k] < 2) idf[k] = 0;
        if (idf_pow != 1 && idf[k] > 0) idf[k] = (float)pow(idf[k], idf_pow);
    }

    size_t entries = 0;
    for (size_t i = 0; i < n; i++) {
        int use_day = !undated && day[i] != CLUSTER_NO_DAY;
        /* The baseline: log TF-IDF of the whole text, title words once,
         * no name weight, no headline part. */
        if (baseline >= 0 &&
            cluster_doc_vector(ar, tid[i], nt[i], bid[i], NULL, nb[i], idf, nv, 1, 0, 0, 1,
                               &vecs[i]) != BRIEF_OK)
            die("out of memory");
        if (baseline < 0 && cluster_doc_vector(ar, tid[i], nt[i], bid[i], bname[i], nb[i], idf, nv, title_weight,
                               tshare, use_day ? lead_dated : lead, name_weight,
                               &vecs[i]) != BRIEF_OK)
            die("out of memory");
        entries += vecs[i].n;
    }
    svec *topic = NULL, *anchor = NULL;
    if (!one_stage && baseline < 0) {
        int plain = strcmp(topic_kind, "brief") != 0;
        int named = strcmp(topic_kind, "names") == 0;
        float *tidf = plain ? vec_idf_weights(ar, voc, NULL, df, n) : idf;
        topic = malloc((n ? n : 1) * repeat * sizeof *topic);
        if (!topic || !tidf) die("out of memory");
        for (size_t i = 0; i < n; i++)
            if (cluster_doc_vector(ar, tid[i], nt[i], bid[i], plain && !named ? NULL : bname[i],
                                   nb[i], tidf, nv, plain ? 1 : title_weight, plain ? 0 : tshare,
                                   0, plain && !named ? 1 : name_weight, &topic[i]) != BRIEF_OK)
                die("out of memory");
        cp.topic = topic;
        cp.topic_terms = 2 * nv;
        if (cp.topic_anchors) {
            anchor = malloc((n ? n : 1) * repeat * sizeof *anchor);
            if (!anchor) die("out of memory");
            for (size_t i = 0; i < n; i++)
                if (cluster_anchor_vector(ar, voc, bid[i], bname[i], nb[i], &anchor[i]) != BRIEF_OK)
                    die("out of memory");
            cp.anchor = anchor;
        }
        if (use_place) cp.place = place;
    }
    double t2 = now();
    size_t nterms = 2 * nv;
    for (size_t r = 1; r < repeat; r++)
        for (size_t i = 0; i < n; i++)
            for (int two = 0; two < (anchor ? 3 : topic ? 2 : 1); two++) {
                svec *from = two == 2 ? anchor : two ? topic : vecs, *v = &from[r * n + i];
                *v = from[i];
                if (shift) {
                    v->term = arena_alloc(ar, (from[i].n ? from[i].n : 1) * sizeof *v->term);
                    if (!v->term) die("out of memory");
                    for (uint32_t k = 0; k < from[i].n; k++)
                        v->term[k] = from[i].term[k] + (uint32_t)(r * 2 * nv);
                }
            }
    if (shift) nterms = 2 * nv * repeat;
    if (topic) cp.topic_terms = nterms;
    size_t N = n * repeat;
    uint32_t *story = malloc((N ? N : 1) * sizeof *story);
    if (!story) die("out of memory");
    arena *car = arena_new(NULL);
    if (!car) die("out of memory");
    size_t nstories = 0;
    if (dated && !undated && repeat == 1) cp.day = day;
    double t3 = now();
    if (baseline >= 0) nstories = upgma(vecs, N, baseline, story);
    else if (cluster_documents(car, vecs, N, nterms, &cp, story, &nstories) != BRIEF_OK)
        die("cluster_documents failed");
    double t4 = now();
    size_t cbytes = arena_used(car);

    /* Truth labels, numbered by first appearance; copies are separate. */
    char **lab = malloc((n ? n : 1) * sizeof *lab);
    uint32_t *label = malloc((N ? N : 1) * sizeof *label);
    if (!lab || !label) die("out of memory");
    size_t nl = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < nl && strcmp(lab[k], items[i].label) != 0) k++;
        if (k == nl) lab[nl++] = items[i].label;
        for (size_t r = 0; r < repeat; r++) label[r * n + i] = (uint32_t)(k + r * nl);
    }
    /* Labels of later copies must stay below nl * repeat: k < nl holds. */
    double P, R;
    bcubed(story, label, N, nstories, nl * repeat, &P, &R);
    if (analyse && repeat == 1 && n <= 12)
        for (size_t i = 0; i < n; i++) {
            printf("cos %-28.28s", items[i].name);
            for (size_t j = 0; j < n; j++) printf(" %.3f", vec_cosine(&vecs[i], &vecs[j]));
            printf("\n");
        }
    if (analyse && repeat == 1) {
        /* Per true story: mean cosine inside it, and the story outside it
         * with the highest mean cross cosine. */
        for (size_t l = 0; l < nl; l++) {
            double in = 0, best = 0;
            size_t nin = 0, bestl = 0;
            for (size_t i = 0; i < n; i++)
                for (size_t j = i + 1; j < n; j++)
                    if (label[i] == l && label[j] == l) { in += vec_cosine(&vecs[i], &vecs[j]); nin++; }
            for (size_t m = 0; m < nl; m++) {
                if (m == l) continue;
                double x = 0;
                size_t nx = 0;
                for (size_t i = 0; i < n; i++)
                    for (size_t j = 0; j < n; j++)
                        if (label[i] == l && label[j] == m) { x += vec_cosine(&vecs[i], &vecs[j]); nx++; }
                if (nx && x / (double)nx > best) { best = x / (double)nx; bestl = m; }
            }
            printf("story %-10s inside %.3f  nearest %-10s %.3f\n", lab[l], nin ? in / (double)nin : 0,
                   lab[bestl], best);
        }
    }
    size_t *size = calloc(nstories ? nstories : 1, sizeof *size);
    if (!size) die("out of memory");
    for (size_t i = 0; i < N; i++) size[story[i]]++;
    size_t single = 0, largest = 0;
    for (size_t g = 0; g < nstories; g++) {
        if (size[g] == 1) single++;
        if (size[g] > largest) largest = size[g];
    }
    printf("documents %zu (vector entries %zu, %.1f per document), true stories %zu\n", N,
           entries * repeat, n ? (double)entries / (double)n : 0.0, nl * repeat);
    printf("dated %s  near threshold %.3f  far threshold %.3f  straggler threshold %.3f  "
           "name weight %.1f  lead %zu, dated %zu\n",
           cp.day ? "yes" : "no", cp.near_threshold, cp.far_threshold, cp.straggler_threshold,
           name_weight, lead, lead_dated);
    printf("threshold %.3f  title weight %.1f  headline share %.2f  idf prior %.0f  neighbours %u  indexed terms %u\n",
           cp.threshold, title_weight, tshare, bg, cp.neighbours, cp.index_terms);
    printf("groups %zu (singletons %zu, largest %zu)\n", nstories, single, largest);
    printf("B-cubed precision %.4f recall %.4f F1 %.4f\n", P, R, P + R > 0 ? 2 * P * R / (P + R) : 0);
    printf("time: read+tokenize %.3f s, vectors %.3f s, grouping %.3f s (%zu bytes scratch, %.0f per document)\n",
           t1 - t0, t2 - t1, t4 - t3, cbytes, N ? (double)cbytes / (double)N : 0.0);
    if (!quiet && repeat == 1) {
        for (size_t g = 0; g < nstories; g++) {
            if (size[g] < min_list) continue;
            printf("group %zu (%zu):", g, size[g]);
            for (size_t i = 0; i < n; i++)
                if (story[i] == g) printf(" %s/%s", items[i].label, items[i].name);
            printf("\n");
            size_t shown = 0;
            for (size_t i = 0; i < n && shown < 6; i++)
                if (story[i] == g && titles[i]) { printf("    | %s\n", titles[i]); shown++; }
        }
    }
    free(tid); free(bid); free(bname); free(day); free(nt); free(nb); free(titles); free(df); free(stamp);
    free(vecs); free(topic); free(anchor); free(story); free(lab); free(label); free(size);
    for (size_t i = 0; i < nitems; i++) {
        free(items[i].path);
        free(items[i].name);
        free(items[i].label);
    }
    free(items);
    tok_lang_free(tl);
    vocab_free(voc);
    arena_free(car);
    arena_free(ar);
    return 0;
}
