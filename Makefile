# sitegen: build the site and the open data from Content/, and test.
#
#   make site    install system libraries if missing, build, write Output/
#   make test    install system libraries if missing, run every test
#   make install install a release sitegen (self-contained: the Swift runtime linked in) and
#                its shell completions under PREFIX (default /usr/local)
#   make theme   write the built-in theme (Sources/BuiltInTheme/BuiltInThemeFiles.swift)
#                from Templates/; build, site and golden run it
#   make browser-test  read the example site and a generated 300-report site in headless
#                Chromium (Tests/Browser/browser_test.py); make test runs it too
#   make fuzz    build the fuzzer (libFuzzer, in .build-fuzz) and run it for FUZZ_SECONDS
#                (default 600) from Tests/Fuzz/corpus and the content; what it finds new
#                is merged into Tests/Fuzz/corpus (README: Fuzzing)
#   make lint    check the style of every Swift file (swift format, .swift-format); make
#                format rewrites them in that style
#   make tsan    the tests of concurrent code (TSAN_FILTER) under ThreadSanitizer, in .build-tsan
#   make bench   install cmark-gfm and Hugo if missing, build in release (the sitegen measured
#                as make install builds it, in .build-static), run the benchmark
#                (docs/PERFORMANCE.md); BENCH_FLAGS passes options, e.g.
#                make bench BENCH_FLAGS="--documents 200 --scale 0"
#
# SWIFTPM_FLAGS passes extra flags to swift build/run/test, e.g.
#   make test SWIFTPM_FLAGS="--scratch-path .build-mine"

SWIFT ?= swift
CONFIGURATION ?= debug
SWIFTPM_FLAGS ?=
PREFIX ?= /usr/local
DESTDIR ?=

# Debian packages: cmark-gfm (Markdown to HTML, linked in), HTML Tidy (the tests
# validate every page with it), and Chromium with its WebDriver and Python's Selenium
# (the browser test).
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev tidy chromium chromium-driver python3-selenium
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

# The benchmark's comparisons: the cmark-gfm command-line tool and Hugo.
BENCH_PACKAGES := cmark-gfm hugo
BENCH_FLAGS ?=

# The browser test: the example site and a generated corpus of BROWSER_DOCUMENTS texts,
# built into BROWSER_WORK and read in headless Chromium from file://.
BROWSER_DOCUMENTS ?= 300
BROWSER_WORK ?= .build/browser-test

.PHONY: graph all deps theme build site test check check-output golden install uninstall clean bench bench-deps browser-test fuzz fuzz-build lint format tsan

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

# The built-in theme is Templates/ compiled in; BuiltInThemeTests fails when it is stale.
theme:
	sh Sources/BuiltInTheme/embed-theme.sh Templates Sources/BuiltInTheme/BuiltInThemeFiles.swift

# Only the sitegen product (not the benchmark).
build: deps theme
	$(SWIFT) build -c $(CONFIGURATION) --product sitegen $(SWIFTPM_FLAGS)

site: build
	$(SWIFT) run -c $(CONFIGURATION) --skip-build $(SWIFTPM_FLAGS) sitegen build

test: deps
	$(SWIFT) test $(SWIFTPM_FLAGS)
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory browser-test; \
	else \
	  echo "test: no chromium or chromedriver; the browser test was skipped"; \
	fi

# The style: swift format (in the toolchain) with the checked-in .swift-format, over every
# Swift file but the generated theme. lint fails on any difference; format rewrites in place.
FORMAT_FILES = Package.swift $(shell find Sources Tests -name '*.swift' ! -path Sources/BuiltInTheme/BuiltInThemeFiles.swift | LC_ALL=C sort)

lint:
	@echo "swift format lint: $(words $(FORMAT_FILES)) files (.swift-format)"
	@$(SWIFT) format lint --strict --parallel --configuration .swift-format $(FORMAT_FILES)

# Fails when a target of Sources/ declares a dependency its files do not import, or imports
# one it does not declare (docs/ARCHITECTURE.md, "The graph"); prints the graph.
graph: deps
	python3 .ci/module-graph .

format:
	@echo "swift format: $(words $(FORMAT_FILES)) files in place (.swift-format)"
	@$(SWIFT) format format --in-place --parallel --configuration .swift-format $(FORMAT_FILES)

# ThreadSanitizer over the tests of concurrent code: the suites and tests whose names match
# TSAN_FILTER (a regular expression). Its own scratch folder, as every module is instrumented.
TSAN_FILTER ?= Concurrency|Parallel|Cache|Serial
TSAN_SCRATCH := .build-tsan

tsan: deps
	$(SWIFT) test --sanitize=thread --scratch-path $(TSAN_SCRATCH) --filter '$(TSAN_FILTER)'

# Builds the example site and a generated one, then reads them in headless Chromium.
browser-test: deps
	$(SWIFT) build $(SWIFTPM_FLAGS) --product sitegen
	$(SWIFT) build $(SWIFTPM_FLAGS) --product sitegen-bench
	rm -rf $(BROWSER_WORK) && mkdir -p $(BROWSER_WORK)/generated
	bin=$$($(SWIFT) build $(SWIFTPM_FLAGS) --show-bin-path) && \
	  $$bin/sitegen build --quiet --no-cache --output $(BROWSER_WORK)/example 2>$(BROWSER_WORK)/diagnostics.txt && \
	  $$bin/sitegen-bench --generate-only $(BROWSER_WORK)/generated/Content --documents $(BROWSER_DOCUMENTS) && \
	  $$bin/sitegen build --quiet --no-cache --content $(BROWSER_WORK)/generated/Content \
	    --output $(BROWSER_WORK)/generated/site 2>$(BROWSER_WORK)/generated/diagnostics.txt
	/usr/bin/python3 Tests/Browser/browser_test.py --site example=$(BROWSER_WORK)/example \
	  --site generated=$(BROWSER_WORK)/generated/site

check: build
	$(SWIFT) run -c $(CONFIGURATION) --skip-build $(SWIFTPM_FLAGS) sitegen check

# Fails, listing the files, when the committed Output/ is not what a build gives now.
check-output: build
	$(SWIFT) run -c $(CONFIGURATION) --skip-build $(SWIFTPM_FLAGS) sitegen build --check

# Re-record the golden files after an intended change: the model dumps
# (Tests/ReportParserTests/Golden/) and the example site (Output/, the golden pages of
# every page kind). Review `git diff` before committing.
golden: deps theme
	SITEGEN_RECORD_GOLDEN=1 $(SWIFT) test $(SWIFTPM_FLAGS) --filter GoldenDumpTests
	$(SWIFT) run -c $(CONFIGURATION) $(SWIFTPM_FLAGS) sitegen build

# A release sitegen in $(PREFIX)/bin, stripped, with the Swift runtime linked in (it needs only the
# system's libcmark-gfm and libjemalloc2), and its bash, zsh and fish completions.
RELEASE_FLAGS := -c release --product sitegen --static-swift-stdlib $(SWIFTPM_FLAGS)
install: deps theme
	$(SWIFT) build $(RELEASE_FLAGS)
	bin="$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/sitegen" && \
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d" && \
	install -s -m 755 "$$bin" "$(DESTDIR)$(PREFIX)/bin/sitegen" && \
	"$$bin" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/sitegen" && \
	"$$bin" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_sitegen" && \
	"$$bin" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sitegen.fish"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/sitegen"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/sitegen" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/sitegen" \
	  "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_sitegen" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sitegen.fish"

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
# docs/PERFORMANCE.md). Always release: debug timings mean nothing. The sitegen measured is
# the one `make install` installs, the Swift runtime and Foundation linked in
# (--static-swift-stdlib: no dynamic linking of a dozen Swift libraries at each start, 10-20 ms
# of a rebuild), built in a scratch folder of its own (BENCH_SCRATCH), as the flag compiles
# every module against the static SDK; a later --sitegen in BENCH_FLAGS overrides it.
BENCH_SCRATCH ?= .build-static
BENCH_SITEGEN := -c release --product sitegen --static-swift-stdlib --scratch-path $(BENCH_SCRATCH) $(SWIFTPM_FLAGS)
bench: deps bench-deps
	$(SWIFT) build -c release $(SWIFTPM_FLAGS)
	$(SWIFT) build $(BENCH_SITEGEN)
	$(SWIFT) run -c release --skip-build $(SWIFTPM_FLAGS) sitegen-bench \
	  --sitegen "$$($(SWIFT) build $(BENCH_SITEGEN) --show-bin-path)/sitegen" $(BENCH_FLAGS)

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
	rm -rf .build .build-fuzz $(TSAN_SCRATCH) $(BENCH_SCRATCH) .Output.tmp-* .Output.old-* .sitegen-cache
