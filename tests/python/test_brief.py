"""Tests of the Python binding (python/brief.py) on texts invented here."""

import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), os.pardir, os.pardir, "python"))
import brief  # noqa: E402

HARBOUR = """title: Harbour bridge to close for repairs
source: Coastal Herald
url: https://herald.example/bridge
---
The harbour bridge in Porthaven will close for six weeks from Monday while engineers replace its cables.
City engineer Maria Olsen said the cables had worn faster than expected in the salt air.
"We cannot wait another winter," Olsen said.
Ferries will run every twenty minutes during the closure, the transport office said.
Shops on the north shore fear a loss of trade while the bridge is shut.
"""

HARBOUR2 = """title: Porthaven bridge shuts for cable work
source: Valley Times
url: https://times.example/porthaven
---
Porthaven's harbour bridge shuts on Monday for six weeks of cable replacement, the city said.
Engineers found the bridge cables worn by salt air, according to city engineer Maria Olsen.
Extra ferries will cross the harbour every twenty minutes until the bridge reopens.
"""

ORCHESTRA = """title: Youth orchestra wins national prize
source: Arts Weekly
---
The Lindmark youth orchestra won the national ensemble prize on Saturday with a programme of folk suites.
Its conductor, Tomas Berg, said the players had rehearsed every evening for three months.
The orchestra will tour four cities in the spring with the prize money.
"""


class BindingTest(unittest.TestCase):
    def setUp(self):
        self.ctx = brief.Context("english")
        self.story = self.ctx.story()

    def tearDown(self):
        self.story.close()
        self.ctx.close()

    def test_summary_sentences_are_verbatim_and_within_budget(self):
        self.story.add_text(HARBOUR, name="harbour.txt")
        got = self.story.summarize(words=30)
        self.assertTrue(got)
        self.assertLessEqual(sum(len(s["text"].split()) for s in got), 30)
        for s in got:
            self.assertIn(s["text"], HARBOUR)
            self.assertEqual(s["file"], "harbour.txt")
        self.assertEqual(len(self.story.summarize(sentences=2)), 2)

    def test_one_length_only(self):
        self.story.add_text(HARBOUR)
        with self.assertRaises(ValueError):
            self.story.summarize(sentences=2, words=10)

    def test_front_matter_reaches_documents_and_brief(self):
        self.story.add_text(HARBOUR, name="a.txt").add_text(HARBOUR2, name="b.txt")
        docs = self.story.documents
        self.assertEqual([d["source"] for d in docs], ["Coastal Herald", "Valley Times"])
        self.assertEqual(docs[0]["url"], "https://herald.example/bridge")
        digest = self.story.compose()
        self.assertIn(digest["headline"], (docs[0]["title"], docs[1]["title"]))
        self.assertEqual({s["url"] for s in digest["sources"]},
                         {"https://herald.example/bridge", "https://times.example/porthaven"})
        for p in digest["key_points"]:
            self.assertTrue(p["text"] in HARBOUR or p["text"] in HARBOUR2)
        md = self.story.render("markdown")
        self.assertIn("](https://herald.example/bridge)", md)
        self.assertIn('href="https://times.example/porthaven"', self.story.render("html"))

    def test_quotes_have_their_speaker(self):
        self.story.add_text(HARBOUR)
        quotes = self.story.quotes()
        self.assertEqual([q["text"] for q in quotes], ["We cannot wait another winter,"])
        self.assertEqual(quotes[0]["speaker"], "Maria Olsen")

    def test_group_keeps_two_stories_apart(self):
        for i, t in enumerate((HARBOUR, ORCHESTRA, HARBOUR2)):
            self.story.add_text(t, name="%d.txt" % i)
        groups = self.story.group()
        self.assertEqual(sorted(sorted(g["docs"]) for g in groups), [[0, 2], [1]])
        self.assertEqual(groups[0]["docs"], [0, 2])
        self.assertEqual(groups[0]["sources"], 2)
        one = self.story.compose(docs=groups[1]["docs"])
        self.assertEqual(one["headline"], "Youth orchestra wins national prize")

    def test_sentences_cover_the_body(self):
        self.story.add_text(ORCHESTRA)
        texts = [s["text"] for s in self.story.sentences()]
        self.assertEqual(len(texts), 3)
        self.assertTrue(texts[0].startswith("The Lindmark youth orchestra"))

    def test_errors_carry_status_and_message(self):
        with self.assertRaises(brief.BriefError) as e:
            self.story.add_text(b"\x00\x01\x02binary\x00" * 100, name="blob.bin")
        self.assertEqual(e.exception.status, "EBINARY")
        self.assertIn("blob.bin", str(e.exception))
        with self.assertRaises(brief.BriefError) as e:
            self.story.summarize()
        self.assertEqual(e.exception.status, "EEMPTY")
        with self.assertRaises(brief.BriefError) as e:
            self.story.add_file("/nonexistent/brief/article.txt")
        self.assertEqual(e.exception.status, "EIO")
        with self.assertRaises(brief.BriefError) as e:
            brief.Context("no-such-language")
        self.assertEqual(e.exception.status, "ELANG")

    def test_invalid_utf8_is_repaired_and_counted(self):
        self.story.add_text("The café council met on Tuesday".encode() + b" \xff and voted to open the park.\n")
        self.assertEqual(self.story.documents[0]["repaired"], 1)
        self.assertIn("\ufffd", self.story.sentences()[0]["text"])

    def test_closed_objects_refuse_calls(self):
        self.ctx.close()
        with self.assertRaises(ValueError):
            self.story.add_text(HARBOUR)
        with self.assertRaises(ValueError):
            self.ctx.story()


class ExtractTest(unittest.TestCase):
    PAGE = """<!doctype html><html><head><title>Bridge closes | Coastal Herald</title>
<meta property="og:site_name" content="Coastal Herald">
<link rel="canonical" href="https://herald.example/bridge"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Bridge closes</h1>
<p>The harbour bridge in Porthaven will close for six weeks from Monday while engineers replace its cables.</p>
<p>Ferries will run every twenty minutes during the closure, the transport office said on Friday.</p>
</article><footer>Copyright Coastal Herald. All rights reserved.</footer></body></html>"""

    def test_page_gives_article_and_metadata(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "bridge.html")
            with open(path, "w") as f:
                f.write(self.PAGE)
            pages = brief.extract(path)
        self.assertEqual(len(pages), 1)
        p = pages[0]
        self.assertEqual(p["title"], "Bridge closes")
        self.assertEqual(p["url"], "https://herald.example/bridge")
        self.assertEqual(p["source"], "Coastal Herald")
        self.assertIn("Ferries will run", p["text"])
        self.assertNotIn("Sport", p["text"])
        self.assertNotIn("rights reserved", p["text"])

    def test_page_from_bytes(self):
        with brief.Context() as ctx:
            pages = ctx.extract(self.PAGE.encode(), name="page.html")
        self.assertEqual(pages[0]["file"], "page.html")
        self.assertIn("harbour bridge", pages[0]["text"])


class ModuleTest(unittest.TestCase):
    def test_summarize_one_text(self):
        got = brief.summarize(HARBOUR, sentences=1, language="english")
        self.assertEqual(len(got), 1)
        self.assertIn(got[0], HARBOUR)

    def test_version_and_languages(self):
        self.assertRegex(brief.version(), r"^\d+\.\d+\.\d+$")
        self.assertIn("english", brief.languages())
        self.assertIn("german", brief.languages())


if __name__ == "__main__":
    unittest.main()
