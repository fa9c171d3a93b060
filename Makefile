# brief - build, test, evaluate, benchmark.  See README.md.
#
#   make            build/brief, build/libbrief.a, build/libbrief.so
#   make demo       build, then summarize the articles in samples/
#   make test       every test (unit, golden, CLI, bad input)
#   make check      the tests again under AddressSanitizer + UBSan
#   make eval       ROUGE on the DUC 2003 clusters, grouping, quotes,
#                   sentences, key points, page junk (needs ../shared)
#   make bench      speed and memory on real news text
#   make install    PREFIX=/usr/local DESTDIR=
#
# The usual variables are honoured: CC, CFLAGS (default -O2 -g), CPPFLAGS,
# LDFLAGS, LDLIBS, PKG_CONFIG, PREFIX, DESTDIR, and BINDIR, LIBDIR,
# INCLUDEDIR, MANDIR under PREFIX.  The flags brief needs (C11, its
# warnings, -fPIC, hidden symbols, its defines) come before the user's, so
# CFLAGS='-O0 -g' replaces only the optimisation.
PREFIX     ?= /usr/local
DESTDIR    ?=
BINDIR     ?= $(PREFIX)/bin
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
MANDIR     ?= $(PREFIX)/share/man
CC         ?= cc
CFLAGS     ?= -O2 -g
CPPFLAGS   ?=
LDFLAGS    ?=
LDLIBS     ?=
PKG_CONFIG ?= pkg-config
OBJCOPY    ?= objcopy
BUILD      ?= build

# Each dependency's flags from its .pc; plain -l flags where pkg-config or
# the .pc is missing (a machine with only gcc and make, before
# scripts/deps.sh has installed the Debian packages).  libstemmer has no .pc.
# expat reads feeds (src/feed.c); iconv, for the charsets of feeds and mail
# (src/charset.c), is the C library's, and so are the POSIX threads that
# read files ahead (src/prefetch.c).
pc_cflags = $(shell $(PKG_CONFIG) --cflags $(1) 2>/dev/null)
pc_libs   = $(shell $(PKG_CONFIG) --libs $(1) 2>/dev/null || echo $(2))
DEP_CFLAGS   := $(call pc_cflags,libutf8proc jansson expat gumbo)
JANSSON_LIBS := $(call pc_libs,jansson,-ljansson)
EXPAT_LIBS   := $(call pc_libs,expat,-lexpat)
GUMBO_LIBS   := $(call pc_libs,gumbo,-lgumbo)
LIBS         := $(call pc_libs,libutf8proc,-lutf8proc) -lstemmer $(JANSSON_LIBS) \
                $(EXPAT_LIBS) $(GUMBO_LIBS) -lm -pthread
TEST_CFLAGS  := $(call pc_cflags,cmocka)
TEST_LIBS    := $(call pc_libs,cmocka,-lcmocka)

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
        -Wmissing-prototypes -Wvla -Wformat=2 -Wpedantic -Wsign-conversion
BRIEF_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -DBRIEF_BUILDING \
                 -Iinclude -Isrc -I$(BUILD)/gen $(DEP_CFLAGS)
BRIEF_CFLAGS   = -std=c11 $(WARN) -fPIC -fvisibility=hidden -pthread
COMPILE = $(CC) $(BRIEF_CPPFLAGS) $(CPPFLAGS) $(BRIEF_CFLAGS) $(CFLAGS)
LINK    = $(CC) $(CFLAGS) $(LDFLAGS)

# The library is src/*.c; the CLI is src/cli/*.c and uses only the public
# API, through libbrief.a.
CLI_SRC  := $(wildcard src/cli/*.c)
LIB_SRC  := $(wildcard src/*.c)
LIB_OBJ  := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/embedded.o
CLI_OBJ  := $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
# The CLI is compiled without -Isrc: it can include nothing but brief.h.
CLI_COMPILE = $(CC) -D_POSIX_C_SOURCE=200809L -Iinclude $(CPPFLAGS) -std=c11 $(WARN) $(CFLAGS)
DATA     := $(sort $(wildcard stopwords/*.txt) $(wildcard data/*.txt) \
              $(wildcard data/*/*.txt) $(wildcard data/*/*.tsv))
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
HARNESS  := $(BUILD)/tests/harness.o
# Unit tests, fuzz replays and tools reach internal functions: they link
# the plain objects, never the exported libbrief.a.
INTERNAL := $(BUILD)/libbrief-internal.a

DEPS_OK  := $(BUILD)/.deps-ok

.PHONY: all demo test unit check eval bench install uninstall clean deps fuzz hostile leakcheck

all: $(BUILD)/brief $(BUILD)/libbrief.a $(BUILD)/libbrief.so

# The Debian packages brief needs; scripts/deps.sh installs them when it
# can and otherwise names them and the command that installs them.
$(DEPS_OK): scripts/deps.sh
	@sh scripts/deps.sh
	@mkdir -p $(BUILD) && touch $@

deps: $(DEPS_OK)

$(BUILD)/embed: scripts/embed.c | $(DEPS_OK)
	@mkdir -p $(BUILD)
	$(CC) -O1 -o $@ $<

$(BUILD)/gen/embedded.c: $(BUILD)/embed $(DATA) Makefile
	@mkdir -p $(BUILD)/gen
	$(BUILD)/embed $@ $(foreach f,$(DATA),$(f)=$(f))

$(BUILD)/obj/embedded.o: $(BUILD)/gen/embedded.c
	@mkdir -p $(@D)
	$(COMPILE) -c -o $@ $<

$(BUILD)/obj/%.o: src/%.c | $(DEPS_OK)
	@mkdir -p $(@D)
	$(COMPILE) -MMD -MP -c -o $@ $<

$(BUILD)/obj/cli/%.o: src/cli/%.c | $(DEPS_OK)
	@mkdir -p $(@D)
	$(CLI_COMPILE) -MMD -MP -c -o $@ $<

# libbrief.a holds one object: every library object linked together, with
# each symbol not marked BRIEF_API (hidden) made local, so a program linked
# statically sees only the brief_* names that libbrief.so exports.
$(BUILD)/libbrief.o: $(LIB_OBJ)
	$(CC) -r -nostdlib -o $@.tmp $(LIB_OBJ)
	$(OBJCOPY) --localize-hidden $@.tmp $@
	@rm -f $@.tmp

$(BUILD)/libbrief.a: $(BUILD)/libbrief.o
	rm -f $@ && $(AR) rcs $@ $<

$(INTERNAL): $(LIB_OBJ)
	rm -f $@ && $(AR) rcs $@ $(LIB_OBJ)

$(BUILD)/libbrief.so: $(LIB_OBJ)
	$(LINK) -shared -Wl,-soname,libbrief.so.0 -o $@ $(LIB_OBJ) $(LIBS) $(LDLIBS)

$(BUILD)/brief: $(CLI_OBJ) $(BUILD)/libbrief.a
	$(LINK) -o $@ $(CLI_OBJ) $(BUILD)/libbrief.a $(LIBS) $(LDLIBS)

# brief.pc names the directories installed to, so it is written by make
# install for its PREFIX (a make then make install PREFIX=P gives P).
BRIEF_VERSION := $(shell sed -n 's/.*BRIEF_VERSION_STRING "\(.*\)"/\1/p' include/brief.h)
pc_dir = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
define BRIEF_PC
prefix=$(PREFIX)
libdir=$(call pc_dir,$(LIBDIR))
includedir=$(call pc_dir,$(INCLUDEDIR))

Name: brief
Description: extractive summaries and multi-source news briefs
Version: $(BRIEF_VERSION)
Requires.private: libutf8proc jansson expat gumbo
Libs: -L$${libdir} -lbrief
Libs.private: -lstemmer -lm
Cflags: -I$${includedir}
endef
export BRIEF_PC

$(HARNESS): tests/unit/harness.c tests/unit/harness.h | $(DEPS_OK)
	@mkdir -p $(@D)
	$(COMPILE) $(TEST_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(HARNESS) $(INTERNAL)
	@mkdir -p $(@D)
	$(COMPILE) $(TEST_CFLAGS) -Wno-missing-prototypes -MMD -MP $(LDFLAGS) -o $@ $< $(HARNESS) \
	  $(INTERNAL) $(LIBS) $(TEST_LIBS) $(LDLIBS)

$(BUILD)/tests/jsonget: tests/tools/jsonget.c | $(DEPS_OK)
	@mkdir -p $(BUILD)/tests
	$(CC) -std=c11 -O1 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L $(DEP_CFLAGS) \
	  -o $@ $< $(JANSSON_LIBS)

$(BUILD)/tests/syncwatch.so: tests/tools/syncwatch.c
	@mkdir -p $(BUILD)/tests
	$(CC) -std=c11 -O1 -Wall -Wextra -Werror -shared -fPIC -o $@ $< -ldl

$(BUILD)/tests/measure: tests/tools/measure.c
	@mkdir -p $(BUILD)/tests
	$(CC) -std=c11 -O1 -Wall -Wextra -o $@ $<

$(BUILD)/tests/groupeval: tests/tools/groupeval.c $(INTERNAL)
	@mkdir -p $(BUILD)/tests
	$(COMPILE) -Wno-missing-prototypes $(LDFLAGS) -o $@ $< $(INTERNAL) $(LIBS) $(LDLIBS)

# ---- fuzzing (tests/fuzz/, docs/fuzzing.md) --------------------------------
# make fuzz [FUZZ_TIME=60] [-j2]: each libFuzzer target for FUZZ_TIME seconds,
# library and target built with clang and ASan+UBSan into $(BUILD)/fuzz/;
# new inputs go to $(BUILD)/fuzz/corpus-<target>, crashes to
# $(BUILD)/fuzz/artifacts-<target>/.  make fuzz-<target> runs one.
# FUZZ_JOBS=2 runs one target in two processes (-jobs=2 -workers=2, which
# share the corpus; the time is then each job's).
# FUZZ_FLAGS='-fork=1 -ignore_crashes=1' keeps going past a known crash.
# $(FUZZ_BIN): each target + tests/fuzz/driver.c built with the normal
# compiler; tests/fuzz.sh replays tests/fuzz/corpus/<target>/ with them.
# A target that tests the CLI's own code links the CLI sources named in
# FUZZ_CLI_<target> (never main.c); FUZZ_FLAGS_<target> are its own flags.
FUZZ_TIME  ?= 60
FUZZ_JOBS  ?= 1
FUZZ_CC    ?= clang
FUZZ_FLAGS ?=
FUZZ_NAMES := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN   := $(FUZZ_NAMES:%=$(BUILD)/tests/fuzz_%)
FUZZ_SAN   ?= -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS = -std=c11 -g -O1 -fno-omit-frame-pointer $(WARN) \
              -D_POSIX_C_SOURCE=200809L -DBRIEF_BUILDING -Iinclude -Isrc -I$(BUILD)/gen \
              $(DEP_CFLAGS)
FUZZ_OBJ   := $(LIB_SRC:src/%.c=$(BUILD)/fuzz/obj/%.o) $(BUILD)/fuzz/obj/embedded.o
FUZZ_CLI_opts   := opts diag
FUZZ_FLAGS_opts := -close_fd_mask=3
# The CLI objects of target $(1) under folder $(2).
fuzz_cli = $(FUZZ_CLI_$(1):%=$(2)/%.o)
# -jobs keeps one log per job in fuzz-<n>.log of the current folder: run
# them in $(BUILD)/fuzz/jobs-<target>/.
fuzz_jobs = $(if $(filter-out 1,$(FUZZ_JOBS)),-jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS))

$(BUILD)/fuzz/obj/%.o: src/%.c | $(DEPS_OK)
	@mkdir -p $(BUILD)/fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_SAN) -MMD -MP -c -o $@ $<

# As the CLI is built: brief.h only, no library headers.
$(BUILD)/fuzz/obj/cli/%.o: src/cli/%.c | $(DEPS_OK)
	@mkdir -p $(BUILD)/fuzz/obj/cli
	$(FUZZ_CC) -std=c11 -g -O1 -fno-omit-frame-pointer $(WARN) -D_POSIX_C_SOURCE=200809L \
	  -Iinclude -fsanitize=fuzzer-no-link $(FUZZ_SAN) -MMD -MP -c -o $@ $<

$(BUILD)/fuzz/obj/embedded.o: $(BUILD)/gen/embedded.c
	@mkdir -p $(BUILD)/fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -c -o $@ $<

.SECONDEXPANSION:
$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ) $$(call fuzz_cli,$$*,$(BUILD)/fuzz/obj/cli)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Isrc/cli -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< $(FUZZ_OBJ) \
	  $(call fuzz_cli,$*,$(BUILD)/fuzz/obj/cli) $(LIBS)

fuzz: $(FUZZ_NAMES:%=fuzz-%)

.SECONDARY: $(FUZZ_NAMES:%=$(BUILD)/fuzz/fuzz_%) $(FUZZ_OBJ)

# The run's log is $(BUILD)/fuzz/fuzz_<target>.log (with FUZZ_JOBS, also
# one per job in jobs-<target>/); scripts/fuzz-summary.sh sums them up.
fuzz-%: $(BUILD)/fuzz/fuzz_%
	@mkdir -p $(BUILD)/fuzz/corpus-$* $(BUILD)/fuzz/artifacts-$* $(BUILD)/fuzz/jobs-$*
	@cp tests/fuzz/corpus/$*/* $(BUILD)/fuzz/corpus-$*/
	@rm -f $(BUILD)/fuzz/jobs-$*/fuzz-*.log && touch $(BUILD)/fuzz/jobs-$*/start
	@echo "fuzz_$*: $(FUZZ_TIME) s x $(FUZZ_JOBS) job(s), log in $(BUILD)/fuzz/fuzz_$*.log"
	@cd $(BUILD)/fuzz/jobs-$* && UBSAN_OPTIONS=print_stacktrace=1 ../fuzz_$* \
	  -max_total_time=$(FUZZ_TIME) -max_len=16384 -timeout=30 \
	  -print_final_stats=1 -artifact_prefix=../artifacts-$*/ $(call fuzz_jobs) \
	  $(FUZZ_FLAGS_$*) $(FUZZ_FLAGS) ../corpus-$* >../fuzz_$*.log 2>&1; rc=$$?; \
	  cd $(CURDIR); log=$(BUILD)/fuzz/fuzz_$*.log; \
	  sh scripts/fuzz-summary.sh $* $$log $(BUILD)/fuzz/corpus-$* $(BUILD)/fuzz/artifacts-$* \
	    $(BUILD)/fuzz/jobs-$*/start; \
	  if [ $$rc -ne 0 ]; then grep -h -E -A25 '^==[0-9]+==ERROR|runtime error|SUMMARY|^fuzz_' \
	    $$log $(BUILD)/fuzz/jobs-$*/fuzz-*.log 2>/dev/null | head -40; \
	    echo "fuzz_$*: FAILED (exit $$rc); reproducer in $(BUILD)/fuzz/artifacts-$*/"; exit 1; fi

$(BUILD)/tests/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/driver.c $(INTERNAL) \
                       $$(call fuzz_cli,$$*,$(BUILD)/obj/cli)
	@mkdir -p $(BUILD)/tests
	$(COMPILE) -Isrc/cli $(LDFLAGS) -o $@ $< tests/fuzz/driver.c \
	  $(call fuzz_cli,$*,$(BUILD)/obj/cli) $(INTERNAL) $(LIBS) $(LDLIBS)

-include $(wildcard $(BUILD)/fuzz/obj/*.d $(BUILD)/fuzz/obj/cli/*.d)
# ---- end of fuzzing ---------------------------------------------------------

demo: all
	$(BUILD)/brief summarize -n 5 samples/

unit: $(UNIT_BIN)

# The test scripts build programs against the library (tests/install.sh,
# tests/abi.sh) with the flags it was built with.
test: all $(UNIT_BIN) $(BUILD)/tests/jsonget $(BUILD)/tests/syncwatch.so $(FUZZ_BIN)
	@BUILD='$(BUILD)' CC='$(CC)' CFLAGS='$(CFLAGS)' LDFLAGS='$(LDFLAGS)' sh tests/run.sh

SAN := -fsanitize=address,undefined
check:
	$(MAKE) BUILD=build/san CFLAGS='-O1 -g -fno-omit-frame-pointer $(SAN) -fno-sanitize-recover=all' \
	  LDFLAGS='$(LDFLAGS) $(SAN)' test

# valgrind over every golden command line and a daily run.
leakcheck: all
	BUILD=$(BUILD) sh scripts/leakcheck.sh

# The hostile-input runner kept beside the project (../shared/hostile.sh):
# broken encodings, binary files, huge lines, FIFOs, unwritable folders...
hostile: all
	@if [ -x ../shared/hostile.sh ]; then ../shared/hostile.sh $(BUILD)/brief; \
	else echo "hostile: skipped: ../shared/hostile.sh is not there"; fi

eval: all
	sh scripts/eval.sh
	BUILD=$(BUILD) sh scripts/eval-cluster.sh
	BRIEF=$(BUILD)/brief sh scripts/eval-quotes.sh
	BRIEF=$(BUILD)/brief sh scripts/eval-split.sh
	BRIEF=$(BUILD)/brief python3 scripts/eval-keypoints.py
	BRIEF=$(BUILD)/brief python3 scripts/eval-junk.py
	BRIEF=$(BUILD)/brief sh scripts/eval-extract.sh

bench: all $(BUILD)/tests/measure
	sh scripts/bench.sh
	sh scripts/bench-daily.sh
	sh scripts/bench-previous.sh
	BRIEF=$(BUILD)/brief sh scripts/bench-extract.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCLUDEDIR) \
	  $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BUILD)/brief $(DESTDIR)$(BINDIR)/brief
	install -m 644 $(BUILD)/libbrief.a $(DESTDIR)$(LIBDIR)/libbrief.a
	install -m 755 $(BUILD)/libbrief.so $(DESTDIR)$(LIBDIR)/libbrief.so.0
	ln -sf libbrief.so.0 $(DESTDIR)$(LIBDIR)/libbrief.so
	install -m 644 include/brief.h $(DESTDIR)$(INCLUDEDIR)/brief.h
	printf '%s\n' "$$BRIEF_PC" >$(DESTDIR)$(LIBDIR)/pkgconfig/brief.pc
	chmod 644 $(DESTDIR)$(LIBDIR)/pkgconfig/brief.pc
	install -m 644 docs/brief.1 $(DESTDIR)$(MANDIR)/man1/brief.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/brief $(DESTDIR)$(LIBDIR)/libbrief.a \
	  $(DESTDIR)$(LIBDIR)/libbrief.so $(DESTDIR)$(LIBDIR)/libbrief.so.0 \
	  $(DESTDIR)$(INCLUDEDIR)/brief.h $(DESTDIR)$(LIBDIR)/pkgconfig/brief.pc \
	  $(DESTDIR)$(MANDIR)/man1/brief.1

clean:
	rm -rf build

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/obj/cli/*.d $(BUILD)/tests/*.d)
