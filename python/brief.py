"""Python binding of libbrief, the library behind the brief command.

    import brief

    with brief.Context() as ctx:
        story = ctx.story()
        story.add_file("reuters.html")
        story.add_text(open("ap.txt").read(), name="ap.txt")
        for s in story.summarize(words=100):
            print(s["text"])
        digest = story.compose()          # headline, lead, points, quotes
        html = story.render("html")       # the same brief as an e-mail fragment

    brief.summarize(text, sentences=3)    # one text in, its sentences out

Every result is what the library's JSON output gives (docs/DESIGN.md), as
Python dicts and lists; a failure raises BriefError with the library's
status and message.  The library is found through the BRIEF_LIBRARY
environment variable (a path to libbrief.so), else the build/ folder of
the source tree this file sits in, else the system's library path.
"""

import ctypes
import ctypes.util
import json
import os
import weakref

__all__ = ["BriefError", "Context", "Story", "languages", "summarize",
           "extract", "version"]

_STATUS = ["OK", "ENOMEM", "EINVAL", "EIO", "EBINARY", "EEMPTY", "ELIMIT",
           "ELANG", "EFORMAT"]
_FORMATS = {"text": 0, "markdown": 1, "md": 1, "html": 2, "json": 3, "tsv": 4}
_UNITS = {"sentences": 0, "words": 1, "chars": 2, "bytes": 3, "ratio": 4}


class BriefError(Exception):
    """A call into libbrief failed.

    status is the library's status name ("EEMPTY", "EIO", ...), code its
    number (brief_status), and the message says why, naming the input.
    """

    def __init__(self, code, message):
        self.code = code
        self.status = _STATUS[code] if 0 <= code < len(_STATUS) else str(code)
        super().__init__(message)


class _Config(ctypes.Structure):
    _fields_ = [("size", ctypes.c_size_t), ("language", ctypes.c_char_p),
                ("idf_path", ctypes.c_char_p), ("allocator", ctypes.c_void_p)]


class _Budget(ctypes.Structure):
    _fields_ = [("unit", ctypes.c_int), ("value", ctypes.c_double)]


class _ComposeOptions(ctypes.Structure):
    _fields_ = [("size", ctypes.c_size_t), ("min_points", ctypes.c_size_t),
                ("max_points", ctypes.c_size_t), ("max_quotes", ctypes.c_size_t),
                ("seen", ctypes.POINTER(ctypes.c_char_p)), ("nseen", ctypes.c_size_t),
                ("seen_sorted", ctypes.c_int)]


class _DocInfo(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("title", ctypes.c_char_p),
                ("source", ctypes.c_char_p), ("url", ctypes.c_char_p),
                ("date", ctypes.c_char_p), ("bytes", ctypes.c_size_t),
                ("repaired", ctypes.c_size_t), ("transcoded", ctypes.c_int),
                ("encoding", ctypes.c_char_p), ("controls", ctypes.c_size_t),
                ("author", ctypes.c_char_p), ("warning", ctypes.c_char_p)]


def _find_library():
    path = os.environ.get("BRIEF_LIBRARY")
    if path:
        return path
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, os.pardir, "build", "libbrief.so")
    if os.path.exists(built):
        return built
    return ctypes.util.find_library("brief") or "libbrief.so.0"


def _load():
    lib = ctypes.CDLL(_find_library())
    P, S, I = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int
    PP = ctypes.POINTER(ctypes.c_void_p)
    signatures = {
        "brief_version_string": (ctypes.c_char_p, []),
        "brief_strerror": (ctypes.c_char_p, [I]),
        "brief_languages": (ctypes.POINTER(ctypes.c_char_p), []),
        "brief_config_init": (None, [ctypes.POINTER(_Config)]),
        "brief_ctx_new": (I, [ctypes.POINTER(_Config), PP]),
        "brief_ctx_free": (None, [P]),
        "brief_story_new": (I, [P, PP]),
        "brief_story_free": (None, [P]),
        "brief_story_add_text": (I, [P, ctypes.c_char_p, ctypes.c_char_p, S]),
        "brief_story_add_file": (I, [P, ctypes.c_char_p]),
        "brief_story_errmsg": (ctypes.c_char_p, [P]),
        "brief_story_doc_count": (S, [P]),
        "brief_story_doc": (ctypes.POINTER(_DocInfo), [P, S]),
        "brief_story_language": (ctypes.c_char_p, [P]),
        "brief_story_summarize": (I, [P, ctypes.POINTER(_Budget), PP]),
        "brief_summary_free": (None, [P]),
        "brief_compose_options_init": (None, [ctypes.POINTER(_ComposeOptions)]),
        "brief_story_compose_docs": (I, [P, ctypes.POINTER(S), S,
                                         ctypes.POINTER(_ComposeOptions), PP]),
        "brief_digest_render": (I, [P, I, ctypes.POINTER(ctypes.c_char_p),
                                    ctypes.POINTER(S)]),
        "brief_digest_free": (None, [P]),
        "brief_story_group": (I, [P, PP]),
        "brief_grouping_count": (S, [P]),
        "brief_grouping_docs": (I, [P, S, ctypes.POINTER(ctypes.POINTER(S)),
                                    ctypes.POINTER(S), ctypes.POINTER(S)]),
        "brief_grouping_free": (None, [P]),
        "brief_buffer_new": (I, [P, PP]),
        "brief_buffer_data": (ctypes.POINTER(ctypes.c_char), [P]),
        "brief_buffer_len": (S, [P]),
        "brief_buffer_free": (None, [P]),
        "brief_render_summary": (I, [P, P, P, ctypes.POINTER(_Budget), I]),
        "brief_render_sentences": (I, [P, P, I]),
        "brief_render_quotes": (I, [P, P, I]),
        "brief_pages_new": (I, [P, PP]),
        "brief_pages_free": (None, [P]),
        "brief_pages_add_file": (I, [P, ctypes.c_char_p]),
        "brief_pages_add_text": (I, [P, ctypes.c_char_p, ctypes.c_char_p, S]),
        "brief_pages_errmsg": (ctypes.c_char_p, [P]),
        "brief_render_pages": (I, [P, P, I]),
    }
    for name, (res, args) in signatures.items():
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = res, args
    return lib


_lib = _load()


def _bytes(s):
    if isinstance(s, bytes):
        return s
    return os.fsencode(s) if isinstance(s, os.PathLike) else s.encode("utf-8")


def _text(b):
    return None if b is None else b.decode("utf-8", "replace")


def _raise(code, message=None):
    if not message:
        message = _lib.brief_strerror(code).decode()
    raise BriefError(code, message)


def version():
    """The version of the library loaded ("0.1.0")."""
    return _lib.brief_version_string().decode()


def languages():
    """The language names the library knows (Snowball's: "english", ...)."""
    out, arr, i = [], _lib.brief_languages(), 0
    while arr[i] is not None:
        out.append(arr[i].decode())
        i += 1
    return out


class _Buffer:
    """A brief_buffer for one render, freed when the block ends."""

    def __enter__(self):
        self.ptr = ctypes.c_void_p()
        st = _lib.brief_buffer_new(None, ctypes.byref(self.ptr))
        if st:
            _raise(st)
        return self

    def __exit__(self, *exc):
        _lib.brief_buffer_free(self.ptr)

    def text(self):
        n = _lib.brief_buffer_len(self.ptr)
        return ctypes.string_at(_lib.brief_buffer_data(self.ptr), n).decode("utf-8")


def _budget(sentences, words, chars, bytes, ratio):
    given = [(u, v) for u, v in (("sentences", sentences), ("words", words),
                                 ("chars", chars), ("bytes", bytes), ("ratio", ratio))
             if v is not None]
    if len(given) > 1:
        raise ValueError("give one length: sentences, words, chars, bytes or ratio")
    unit, value = given[0] if given else ("sentences", 5)
    return _Budget(_UNITS[unit], float(value))


def _format(name):
    try:
        return _FORMATS[name]
    except KeyError:
        raise ValueError("unknown format %r (text, markdown, html, json)" % name) from None


class _Handle:
    """An object owning a library handle: close() frees it, as leaving a
    with block or being collected does."""

    _ptr = None

    def close(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


class Context(_Handle):
    """Language resources and settings shared by the stories made from it.

    language is a name of languages(), or "auto" to choose one per story;
    idf_path a background IDF table written by `brief idf` (None: the one
    shipped with brief).  Close it (or use it in a with block) to free it;
    its open stories are closed first.
    """

    def __init__(self, language="auto", idf_path=None):
        self._ptr = None
        cfg = _Config()
        _lib.brief_config_init(ctypes.byref(cfg))
        cfg.language = _bytes(language)
        cfg.idf_path = _bytes(idf_path) if idf_path is not None else None
        self._ptr = ctypes.c_void_p()
        st = _lib.brief_ctx_new(ctypes.byref(cfg), ctypes.byref(self._ptr))
        if st:
            self._ptr = None
            what = "language %r" % language if st == 7 else "idf table %r" % idf_path
            _raise(st, "%s: %s" % (what, _lib.brief_strerror(st).decode()))
        self._stories = weakref.WeakSet()

    def story(self):
        """A new, empty story."""
        return Story(self)

    def extract(self, source, name=None):
        """What brief reads of a page, feed, mail or text file: a list of
        {"file", "title", "text", "source", "url", "date", "author", "lang"}
        (a feed gives one per item).  source is a path, or the bytes or
        text of a document (then name labels it and its type is told by
        its content, or by name's extension)."""
        self._check()
        pages = ctypes.c_void_p()
        st = _lib.brief_pages_new(self._ptr, ctypes.byref(pages))
        if st:
            _raise(st)
        try:
            if isinstance(source, (bytes, str)) and name is not None:
                data = _bytes(source)
                st = _lib.brief_pages_add_text(pages, _bytes(name), data, len(data))
            else:
                st = _lib.brief_pages_add_file(pages, _bytes(source))
            if st:
                _raise(st, _text(_lib.brief_pages_errmsg(pages)))
            with _Buffer() as buf:
                st = _lib.brief_render_pages(buf.ptr, pages, _FORMATS["json"])
                if st:
                    _raise(st)
                return json.loads(buf.text())
        finally:
            _lib.brief_pages_free(pages)

    def close(self):
        if self._ptr:
            for s in list(self._stories):
                s.close()
            _lib.brief_ctx_free(self._ptr)
            self._ptr = None

    def _check(self):
        if not self._ptr:
            raise ValueError("the context is closed")


class Story(_Handle):
    """Documents summarized together; ranking spans all of them."""

    def __init__(self, ctx):
        self._ptr = None
        ctx._check()
        self._ctx = ctx  # the context must outlive the story
        self._ptr = ctypes.c_void_p()
        st = _lib.brief_story_new(ctx._ptr, ctypes.byref(self._ptr))
        if st:
            self._ptr = None
            _raise(st)
        ctx._stories.add(self)

    def _check(self):
        if not self._ptr:
            raise ValueError("the story is closed")

    def _fail(self, st):
        _raise(st, _text(_lib.brief_story_errmsg(self._ptr)))

    def add_text(self, text, name="-"):
        """Adds one document from a str or bytes; name labels it in output.
        A text may begin with front matter (title:, source:, url:, date:)."""
        self._check()
        data = _bytes(text)
        st = _lib.brief_story_add_text(self._ptr, _bytes(name), data, len(data))
        if st:
            self._fail(st)
        return self

    def add_file(self, path):
        """Adds a file: text, a web page (its article), a feed (one document
        per item) or a mail message."""
        self._check()
        st = _lib.brief_story_add_file(self._ptr, _bytes(path))
        if st:
            self._fail(st)
        return self

    @property
    def documents(self):
        """What was read of each document: name, title, source, url, date,
        author, bytes, encoding, repaired (invalid sequences replaced),
        controls (control characters removed), warning."""
        self._check()
        out = []
        for i in range(_lib.brief_story_doc_count(self._ptr)):
            d = _lib.brief_story_doc(self._ptr, i).contents
            out.append({"name": _text(d.name), "title": _text(d.title),
                        "source": _text(d.source), "url": _text(d.url),
                        "date": _text(d.date), "author": _text(d.author),
                        "bytes": d.bytes, "encoding": _text(d.encoding),
                        "repaired": d.repaired, "controls": d.controls,
                        "warning": _text(d.warning)})
        return out

    @property
    def language(self):
        self._check()
        return _lib.brief_story_language(self._ptr).decode()

    def summarize(self, sentences=None, words=None, chars=None, bytes=None, ratio=None):
        """The sentences that best use one length budget (default: 5
        sentences), in reading order: a list of {"text", "file", "doc",
        "index", "start", "end", "rank", "score"}."""
        self._check()
        budget = _budget(sentences, words, chars, bytes, ratio)
        summary = ctypes.c_void_p()
        st = _lib.brief_story_summarize(self._ptr, ctypes.byref(budget), ctypes.byref(summary))
        if st:
            self._fail(st)
        try:
            with _Buffer() as buf:
                st = _lib.brief_render_summary(buf.ptr, self._ptr, summary,
                                               ctypes.byref(budget), _FORMATS["json"])
                if st:
                    self._fail(st)
                return json.loads(buf.text())["sentences"]
        finally:
            _lib.brief_summary_free(summary)

    def _digest(self, docs, min_points, max_points, max_quotes, seen):
        opts = _ComposeOptions()
        _lib.brief_compose_options_init(ctypes.byref(opts))
        if min_points is not None:
            opts.min_points = min_points
        if max_points is not None:
            opts.max_points = max_points
        if max_quotes is not None:
            opts.max_quotes = max_quotes
        keep = None
        if seen:
            keep = (ctypes.c_char_p * len(seen))(*[_bytes(t) for t in seen])
            opts.seen, opts.nseen = keep, len(seen)
        if docs is None:
            docs = range(_lib.brief_story_doc_count(self._ptr))
        docs = list(docs)
        arr = (ctypes.c_size_t * max(len(docs), 1))(*docs)
        digest = ctypes.c_void_p()
        st = _lib.brief_story_compose_docs(self._ptr, arr, len(docs), ctypes.byref(opts),
                                           ctypes.byref(digest))
        if st:
            self._fail(st)
        return digest

    def render(self, format="text", docs=None, min_points=None, max_points=None,
               max_quotes=None, seen=None):
        """The brief of the story (or of its documents docs, 0-based) as
        text, markdown, html or json, the way `brief story` writes it.
        seen: texts already reported (key points, leads, quotes of an
        earlier brief) that are not shown again."""
        self._check()
        fmt = _format(format)
        digest = self._digest(docs, min_points, max_points, max_quotes, seen)
        try:
            out, n = ctypes.c_char_p(), ctypes.c_size_t()
            st = _lib.brief_digest_render(digest, fmt, ctypes.byref(out), ctypes.byref(n))
            if st:
                _raise(st)
            return ctypes.string_at(out, n.value).decode("utf-8")
        finally:
            _lib.brief_digest_free(digest)

    def compose(self, docs=None, min_points=None, max_points=None, max_quotes=None,
                seen=None):
        """The brief as a dict: headline, lead, points (each with the ids
        of the sources carrying it), quotes with their speakers, sources
        (with their urls), language."""
        return json.loads(self.render("json", docs, min_points, max_points,
                                      max_quotes, seen))

    def _render_list(self, fn):
        self._check()
        with _Buffer() as buf:
            st = fn(buf.ptr, self._ptr, _FORMATS["json"])
            if st:
                self._fail(st)
            return json.loads(buf.text())

    def quotes(self):
        """Every direct quote: a list of {"text", "speaker" (None when not
        found), "file", "role", "partial", "start", "end"}."""
        return self._render_list(_lib.brief_render_quotes)

    def sentences(self):
        """The body sentences of every document: a list of {"text", "file",
        "doc", "index", "start", "end"}."""
        return self._render_list(_lib.brief_render_sentences)

    def group(self):
        """The documents grouped into stories, as `brief daily` does, most
        widely carried first: a list of {"docs": [0-based indices],
        "sources": distinct sources}."""
        self._check()
        g = ctypes.c_void_p()
        st = _lib.brief_story_group(self._ptr, ctypes.byref(g))
        if st:
            self._fail(st)
        try:
            out = []
            for k in range(_lib.brief_grouping_count(g)):
                docs, n, nsrc = ctypes.POINTER(ctypes.c_size_t)(), ctypes.c_size_t(), \
                    ctypes.c_size_t()
                st = _lib.brief_grouping_docs(g, k, ctypes.byref(docs), ctypes.byref(n),
                                              ctypes.byref(nsrc))
                if st:
                    _raise(st)
                out.append({"docs": [docs[i] for i in range(n.value)],
                            "sources": nsrc.value})
            return out
        finally:
            _lib.brief_grouping_free(g)

    def close(self):
        if self._ptr:
            _lib.brief_story_free(self._ptr)
            self._ptr = None


def summarize(text, sentences=None, words=None, chars=None, bytes=None, ratio=None,
              language="auto"):
    """The summary of one text (str or bytes) as a list of its sentences'
    texts, in reading order (default: 5 sentences)."""
    with Context(language) as ctx, ctx.story() as story:
        story.add_text(text)
        return [s["text"] for s in story.summarize(sentences, words, chars, bytes, ratio)]


def extract(path):
    """What brief reads of a page, feed, mail or text file (Context.extract)."""
    with Context() as ctx:
        return ctx.extract(path)
