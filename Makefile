# sitegen: build the site and the open data from Content/, and test.
#
#   make site    install system libraries if missing, build, write Output/
#   make test    install system libraries if missing, run every test
#   make fuzz    build the fuzzer (libFuzzer, in .build-fuzz) and run it for FUZZ_SECONDS
#                (default 600) from Tests/Fuzz/corpus and the content; what it finds new
#                is merged into Tests/Fuzz/corpus (docs/FUZZING.md)
#   make bench   install cmark-gfm and Hugo if missing, build in release, run the benchmark
#                (docs/PERFORMANCE.md); BENCH_FLAGS passes options, e.g.
#                make bench BENCH_FLAGS="--documents 200 --scale 0"
#
# SWIFTPM_FLAGS passes extra flags to swift build/run/test, e.g.
#   make test SWIFTPM_FLAGS="--scratch-path .build-mine"

SWIFT ?= swift
CONFIGURATION ?= debug
SWIFTPM_FLAGS ?=

# Debian packages: cmark-gfm (Markdown to HTML, linked in), and HTML Tidy (the tests
# validate every page with it).
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev tidy
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

# The benchmark's comparisons: the cmark-gfm command-line tool and Hugo.
BENCH_PACKAGES := cmark-gfm hugo
BENCH_FLAGS ?=

.PHONY: all deps build site test check check-output golden clean bench bench-deps fuzz fuzz-build

all: build

deps:
	@if ! command -v dpkg >/dev/null 2>&1; then \
	  echo "deps: not a Debian system; install cmark-gfm (with its extensions) and tidy by hand"; exit 0; \
	fi; \
	missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg -s $$p 2>/dev/null | grep -q '^Status: install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "deps: installing$$missing"; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIGURATION) $(SWIFTPM_FLAGS)

site: build
	$(SWIFT) run -c $(CONFIGURATION) $(SWIFTPM_FLAGS) sitegen build

test: deps
	$(SWIFT) test $(SWIFTPM_FLAGS)

check: deps
	$(SWIFT) run -c $(CONFIGURATION) $(SWIFTPM_FLAGS) sitegen check

# Fails, listing the files, when the committed Output/ is not what a build gives now.
check-output: build
	$(SWIFT) run -c $(CONFIGURATION) $(SWIFTPM_FLAGS) sitegen build --check

# Re-record the golden files after an intended change: the model dumps
# (Tests/ReportParserTests/Golden/) and the example site (Output/, the golden pages of
# every page kind). Review `git diff` before committing.
golden: deps
	SITEGEN_RECORD_GOLDEN=1 $(SWIFT) test $(SWIFTPM_FLAGS) --filter GoldenDumpTests
	$(SWIFT) run -c $(CONFIGURATION) $(SWIFTPM_FLAGS) sitegen build

bench-deps:
	@if ! command -v dpkg >/dev/null 2>&1; then \
	  echo "bench-deps: not a Debian system; install cmark-gfm (the CLI) and hugo by hand"; exit 0; \
	fi; \
	missing=""; \
	for p in $(BENCH_PACKAGES); do \
	  dpkg -s $$p 2>/dev/null | grep -q '^Status: install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "bench-deps: installing$$missing"; \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

# Generates a synthetic corpus, builds it with the release sitegen and compares (see
# docs/PERFORMANCE.md). Always release: debug timings mean nothing.
bench: deps bench-deps
	$(SWIFT) build -c release $(SWIFTPM_FLAGS)
	$(SWIFT) run -c release --skip-build $(SWIFTPM_FLAGS) sitegen-bench $(BENCH_FLAGS)

# The fuzzer: its own scratch folder, as -sanitize=fuzzer instruments every module.
FUZZ_SECONDS ?= 600
FUZZ_FLAGS ?=
# Inputs merged into the committed corpus are cut to this many bytes (the hand-made seeds
# keep the whole sections), and merged by the edges they reach, to keep it small.
FUZZ_MERGE_MAX_LEN ?= 1024
FUZZ_CORPUS := Tests/Fuzz/corpus
FUZZ_SCRATCH := .build-fuzz
FUZZ_BINARY := $(FUZZ_SCRATCH)/release/sitegen-fuzz

fuzz-build: deps
	$(SWIFT) build -c release --sanitize=fuzzer -Xswiftc -DFUZZING --scratch-path $(FUZZ_SCRATCH) --product sitegen-fuzz

# Grows a working corpus in $(FUZZ_SCRATCH)/corpus, then merges what adds coverage into
# $(FUZZ_CORPUS) (minimal: only inputs that reach new code are added). A broken invariant
# stops the run and leaves the input as $(FUZZ_SCRATCH)/crash-*.
fuzz: fuzz-build
	mkdir -p $(FUZZ_SCRATCH)/corpus $(FUZZ_CORPUS)
	SWIFT_BACKTRACE=enable=no $(FUZZ_BINARY) $(FUZZ_SCRATCH)/corpus $(FUZZ_CORPUS) Content/reports Templates \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 -max_len=32768 \
	  -artifact_prefix=$(FUZZ_SCRATCH)/ -print_final_stats=1 $(FUZZ_FLAGS)
	SWIFT_BACKTRACE=enable=no $(FUZZ_BINARY) -merge=1 -use_counters=0 -max_len=$(FUZZ_MERGE_MAX_LEN) $(FUZZ_CORPUS) $(FUZZ_SCRATCH)/corpus

clean:
	rm -rf .build .Output.tmp-* .Output.old-* .sitegen-cache
