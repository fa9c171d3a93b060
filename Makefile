# brief - build, test, evaluate, benchmark.  See README.md.
#
#   make            build/brief, build/libbrief.a, build/libbrief.so
#   make demo       build, then summarize the articles in samples/
#   make test       every test (unit, golden, CLI, bad input)
#   make check      the tests again under AddressSanitizer + UBSan
#   make eval       ROUGE on the DUC 2003 clusters (needs ../shared)
#   make bench      speed and memory on real news text
#   make install    PREFIX=/usr/local DESTDIR=

PREFIX   ?= /usr/local
DESTDIR  ?=
CC       ?= cc
PKG_CONFIG ?= pkg-config
BUILD    ?= build

WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wvla -Wformat=2 -Wpedantic
OPT      ?= -O2 -g
CFLAGS_ALL = -std=c11 $(OPT) $(WARN) -fPIC -fvisibility=hidden \
             -D_POSIX_C_SOURCE=200809L -DBRIEF_BUILDING \
             -Iinclude -Isrc -I$(BUILD)/gen $(EXTRA_CFLAGS)
LIBS     := -lutf8proc -lstemmer -ljansson -lm
TEST_LIBS := -lcmocka

SRC      := $(wildcard src/*.c)
OBJ      := $(SRC:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/embedded.o
# The command line (src/cli/) sees only the public header.
CLI_OBJ  := $(patsubst src/cli/%.c,$(BUILD)/obj/cli/%.o,$(wildcard src/cli/*.c))
CLI_CFLAGS = -std=c11 $(OPT) $(WARN) -D_POSIX_C_SOURCE=200809L -Iinclude $(EXTRA_CFLAGS)
DATA     := $(sort $(wildcard stopwords/*.txt) $(wildcard data/*.txt) \
              $(wildcard data/*/*.txt) $(wildcard data/*/*.tsv))
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

DEPS_OK  := $(BUILD)/.deps-ok

.PHONY: all demo test unit check eval bench install uninstall clean deps fuzz hostile leakcheck

all: $(BUILD)/brief $(BUILD)/libbrief.a $(BUILD)/libbrief.so $(BUILD)/brief.pc

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
	@mkdir -p $(BUILD)/obj
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(BUILD)/obj/%.o: src/%.c | $(DEPS_OK)
	@mkdir -p $(BUILD)/obj
	$(CC) $(CFLAGS_ALL) -MMD -MP -c -o $@ $<

$(BUILD)/obj/cli/%.o: src/cli/%.c | $(DEPS_OK)
	@mkdir -p $(BUILD)/obj/cli
	$(CC) $(CLI_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/libbrief.a: $(OBJ)
	rm -f $@ && ar rcs $@ $(OBJ)

$(BUILD)/libbrief.so: $(OBJ)
	$(CC) -shared -Wl,-soname,libbrief.so.0 -o $@ $(OBJ) $(LIBS) $(EXTRA_LDFLAGS)

$(BUILD)/brief: $(CLI_OBJ) $(BUILD)/libbrief.a
	$(CC) $(EXTRA_CFLAGS) -o $@ $^ $(LIBS) $(EXTRA_LDFLAGS)

$(BUILD)/brief.pc: Makefile
	@mkdir -p $(BUILD)
	@printf 'prefix=%s\nlibdir=$${prefix}/lib\nincludedir=$${prefix}/include\n\nName: brief\nDescription: extractive summaries and multi-source news briefs\nVersion: %s\nRequires.private: libutf8proc jansson\nLibs: -L$${libdir} -lbrief\nLibs.private: -lstemmer -lm\nCflags: -I$${includedir}\n' \
	  '$(PREFIX)' "$$(sed -n 's/.*BRIEF_VERSION_STRING "\(.*\)"/\1/p' include/brief.h)" > $@

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libbrief.a
	@mkdir -p $(BUILD)/tests
	$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -o $@ $< $(BUILD)/libbrief.a $(LIBS) $(TEST_LIBS) $(EXTRA_LDFLAGS)

$(BUILD)/tests/jsonget: tests/tools/jsonget.c | $(DEPS_OK)
	@mkdir -p $(BUILD)/tests
	$(CC) -std=c11 -O1 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -o $@ $< -ljansson

$(BUILD)/tests/measure: tests/tools/measure.c
	@mkdir -p $(BUILD)/tests
	$(CC) -std=c11 -O1 -Wall -Wextra -o $@ $<

$(BUILD)/tests/groupeval: tests/tools/groupeval.c $(BUILD)/libbrief.a
	@mkdir -p $(BUILD)/tests
	$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -o $@ $< $(BUILD)/libbrief.a $(LIBS) $(EXTRA_LDFLAGS)

# ---- fuzzing (tests/fuzz/, docs/fuzzing.md) --------------------------------
# make fuzz [FUZZ_TIME=60] [-j2]: each libFuzzer target for FUZZ_TIME seconds,
# library and target built with clang and ASan+UBSan into $(BUILD)/fuzz/;
# new inputs go to $(BUILD)/fuzz/corpus-<target>, crashes to
# $(BUILD)/fuzz/artifacts-<target>/.  make fuzz-<target> runs one.
# FUZZ_FLAGS='-fork=1 -ignore_crashes=1' keeps going past a known crash.
# $(FUZZ_BIN): each target + tests/fuzz/driver.c built with the normal
# compiler; tests/fuzz.sh replays tests/fuzz/corpus/<target>/ with them.
FUZZ_TIME  ?= 60
FUZZ_CC    ?= clang
FUZZ_FLAGS ?=
FUZZ_NAMES := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN   := $(FUZZ_NAMES:%=$(BUILD)/tests/fuzz_%)
FUZZ_SAN   ?= -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS = -std=c11 -g -O1 -fno-omit-frame-pointer $(WARN) \
              -D_POSIX_C_SOURCE=200809L -DBRIEF_BUILDING -Iinclude -Isrc -I$(BUILD)/gen
FUZZ_OBJ   := $(SRC:src/%.c=$(BUILD)/fuzz/obj/%.o) $(BUILD)/fuzz/obj/embedded.o

$(BUILD)/fuzz/obj/%.o: src/%.c | $(DEPS_OK)
	@mkdir -p $(BUILD)/fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FUZZ_SAN) -MMD -MP -c -o $@ $<

$(BUILD)/fuzz/obj/embedded.o: $(BUILD)/gen/embedded.c
	@mkdir -p $(BUILD)/fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -c -o $@ $<

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< $(FUZZ_OBJ) $(LIBS)

fuzz: $(FUZZ_NAMES:%=fuzz-%)

.SECONDARY: $(FUZZ_NAMES:%=$(BUILD)/fuzz/fuzz_%) $(FUZZ_OBJ)

fuzz-%: $(BUILD)/fuzz/fuzz_%
	@mkdir -p $(BUILD)/fuzz/corpus-$* $(BUILD)/fuzz/artifacts-$*
	@cp tests/fuzz/corpus/$*/* $(BUILD)/fuzz/corpus-$*/
	@echo "fuzz_$*: $(FUZZ_TIME) s, log in $(BUILD)/fuzz/fuzz_$*.log"
	@UBSAN_OPTIONS=print_stacktrace=1 $(BUILD)/fuzz/fuzz_$* -max_total_time=$(FUZZ_TIME) -max_len=16384 -timeout=30 \
	  -print_final_stats=1 -artifact_prefix=$(BUILD)/fuzz/artifacts-$*/ $(FUZZ_FLAGS) \
	  $(BUILD)/fuzz/corpus-$* >$(BUILD)/fuzz/fuzz_$*.log 2>&1; rc=$$?; \
	  { grep -E '^#[0-9]+:? .*cov:' $(BUILD)/fuzz/fuzz_$*.log | tail -n 1; \
	    grep -E '^Done |^stat::(number_of_executed_units|new_units_added|peak_rss_mb)' \
	    $(BUILD)/fuzz/fuzz_$*.log; } | sed 's/^/fuzz_$*: /'; \
	  if [ $$rc -ne 0 ]; then grep -E -A25 '^==[0-9]+==ERROR|runtime error|SUMMARY' $(BUILD)/fuzz/fuzz_$*.log | head -40; \
	    echo "fuzz_$*: FAILED (exit $$rc); reproducer in $(BUILD)/fuzz/artifacts-$*/"; exit 1; fi

$(BUILD)/tests/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/driver.c $(BUILD)/libbrief.a
	@mkdir -p $(BUILD)/tests
	$(CC) $(CFLAGS_ALL) -o $@ $< tests/fuzz/driver.c $(BUILD)/libbrief.a $(LIBS) $(EXTRA_LDFLAGS)

-include $(wildcard $(BUILD)/fuzz/obj/*.d)
# ---- end of fuzzing ---------------------------------------------------------

demo: all
	$(BUILD)/brief summarize -n 5 samples/

unit: $(UNIT_BIN)

test: all $(UNIT_BIN) $(BUILD)/tests/jsonget $(FUZZ_BIN)
	@BUILD=$(BUILD) OPT='$(OPT)' EXTRA_CFLAGS='$(EXTRA_CFLAGS)' EXTRA_LDFLAGS='$(EXTRA_LDFLAGS)' \
	  sh tests/run.sh

check:
	$(MAKE) BUILD=build/san OPT='-O1 -g -fno-omit-frame-pointer' \
	  EXTRA_CFLAGS='-fsanitize=address,undefined -fno-sanitize-recover=all' \
	  EXTRA_LDFLAGS='-fsanitize=address,undefined' test

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

bench: all $(BUILD)/tests/measure
	sh scripts/bench.sh
	sh scripts/bench-daily.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/brief $(DESTDIR)$(PREFIX)/bin/brief
	install -m 644 $(BUILD)/libbrief.a $(DESTDIR)$(PREFIX)/lib/libbrief.a
	install -m 755 $(BUILD)/libbrief.so $(DESTDIR)$(PREFIX)/lib/libbrief.so.0
	ln -sf libbrief.so.0 $(DESTDIR)$(PREFIX)/lib/libbrief.so
	install -m 644 include/brief.h $(DESTDIR)$(PREFIX)/include/brief.h
	install -m 644 $(BUILD)/brief.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/brief.pc
	install -m 644 docs/brief.1 $(DESTDIR)$(PREFIX)/share/man/man1/brief.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/brief $(DESTDIR)$(PREFIX)/lib/libbrief.a \
	  $(DESTDIR)$(PREFIX)/lib/libbrief.so $(DESTDIR)$(PREFIX)/lib/libbrief.so.0 \
	  $(DESTDIR)$(PREFIX)/include/brief.h $(DESTDIR)$(PREFIX)/lib/pkgconfig/brief.pc \
	  $(DESTDIR)$(PREFIX)/share/man/man1/brief.1

clean:
	rm -rf build

-include $(wildcard $(BUILD)/obj/*.d) $(wildcard $(BUILD)/obj/cli/*.d)
