# inspector: thin wrappers over SwiftPM. `make demo` runs the main job, `make test` the tests.
#
# The system dependencies are libyaml (Debian: libyaml-dev) and SQLite (libsqlite3-dev, for the
# run history through GRDB), both found with pkg-config. Every target checks for them first: as
# root with apt-get they are installed, otherwise the exact command to run is printed and make
# stops.

SWIFT ?= swift
.DEFAULT_GOAL := test
.PHONY: lint format install deps build test example demo site-check bench bench-yaml bench-csv bench-national bench-hostile bench-audits fuzz fuzz-deps fuzz-csv fuzz-store clean golden

# An agency's own inspector, a package of its own that depends on this one by path. `make test`
# builds and tests it too, so that extending the tool without forking cannot silently break.
EXAMPLE := Examples/CustomInspector

deps:
	@if pkg-config --exists yaml-0.1 sqlite3 2>/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "libyaml-dev or libsqlite3-dev is missing: installing them with apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libyaml-dev libsqlite3-dev pkg-config; \
	else \
		echo "libyaml-dev or libsqlite3-dev is missing. Install them, then run make again:"; \
		echo "    sudo apt-get install -y libyaml-dev libsqlite3-dev pkg-config"; \
		exit 1; \
	fi

build: deps
	$(SWIFT) build

test: deps lint
	$(SWIFT) build
	$(SWIFT) test
	cd $(EXAMPLE) && $(SWIFT) build && $(SWIFT) test

# The example's binary, force-inspector (built-in checks plus its own), on its own project root.
example: deps
	cd $(EXAMPLE) && $(SWIFT) build
	cd $(EXAMPLE) && .build/debug/force-inspector inspect example-force --root Project

# The committed .swift-format, strictly (a warning fails): what CI checks before the tests.
# `make format` rewrites the same files in place.
FORMATTED := Sources Plugins Tests Examples/CustomInspector/Sources Examples/CustomInspector/Tests Package.swift Examples/CustomInspector/Package.swift

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMATTED)

format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMATTED)

# The inspector on your PATH: a release build copied to $(PREFIX)/bin/inspector (default
# ~/.local). Without it, run ./inspector from the project root (a script that runs the build).
PREFIX ?= $(HOME)/.local

install: deps
	$(SWIFT) build -c release --product inspector
	mkdir -p "$(PREFIX)/bin"
	install -m 755 .build/release/inspector "$(PREFIX)/bin/inspector"
	@echo "installed $(PREFIX)/bin/inspector"

# The main job on the data in the repository: Northamptonshire Police's 2025 inspection on the
# terminal, and its report in every format under out/ (the comparison of all forces too). Both
# runs are saved in the run history (.inspector/history.sqlite, git-ignored), which is then shown:
# each `make demo` adds a run, so the history grows. Last, the whole site goes to out/site/ and
# the line to open it is printed.
demo: build
	./inspector inspect northamptonshire --save \
		--report text:out/northamptonshire.txt --report markdown:out/northamptonshire.md \
		--report html:out/northamptonshire.html --report json:out/northamptonshire.json
	./inspector compare --all --save \
		--report text:out/comparison.txt --report markdown:out/comparison.md --report csv:out/comparison.csv \
		--report html:out/comparison.html --report json:out/comparison.json
	./inspector history northamptonshire --report html:out/history.html
	./inspector site --out out/site

# Every page of the demo site and of a generated national site (43 synthetic forces, 5,000
# episodes each on average, generated once into .build-site-check/) opened in headless Chromium
# (scripts/site-check.py): fails on a console error, a broken link or anchor, a request leaving
# the site, an axe-core WCAG 2.2 A/AA violation, clipped text, or a page that reads otherwise
# without JavaScript; screenshots at desktop and phone widths go to .build-site-check/screenshots/.
# Not part of `make test`. Needs Debian's chromium (installed here as root with apt-get, else the
# command is printed) and a virtual environment with playwright and axe-playwright-python from
# PyPI, made on first use; the system Chromium is used, so no browser is downloaded.
SITE_CHECK := .build-site-check
SITE_CHECK_PYTHON := $(SITE_CHECK)/venv/bin/python
PLAYWRIGHT_VERSION ?= 1.65.3
AXE_PLAYWRIGHT_VERSION ?= 0.1.8

site-check: demo
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "chromium is missing: installing it with apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "chromium is missing. Install it, then run make site-check again:"; \
		echo "    sudo apt-get install -y chromium"; \
		exit 1; \
	fi
	@if ! $(SITE_CHECK_PYTHON) -c "import playwright, axe_playwright_python" 2>/dev/null; then \
		echo "making $(SITE_CHECK)/venv with playwright and axe-playwright-python"; \
		python3 -m venv $(SITE_CHECK)/venv || { echo "python3 -m venv failed; install it with: sudo apt-get install -y python3-venv"; exit 1; }; \
		$(SITE_CHECK)/venv/bin/pip install -q playwright==$(PLAYWRIGHT_VERSION) axe-playwright-python==$(AXE_PLAYWRIGHT_VERSION) \
			|| { echo "pip could not install playwright==$(PLAYWRIGHT_VERSION) axe-playwright-python==$(AXE_PLAYWRIGHT_VERSION) from PyPI"; exit 1; }; \
	fi
	@if [ ! -f $(SITE_CHECK)/national/synthetic-national.yaml ]; then \
		rm -rf $(SITE_CHECK)/national; \
		.build/debug/inspector generate national --forces 43 --episodes 5000 --seed 7 --out $(SITE_CHECK)/national \
			&& .build/debug/inspector compare --all --root $(SITE_CHECK)/national --save >/dev/null; \
	fi
	.build/debug/inspector site --root $(SITE_CHECK)/national --out $(SITE_CHECK)/national-site
	$(SITE_CHECK_PYTHON) scripts/site-check.py --chromium "$$(command -v chromium)" --screenshots $(SITE_CHECK)/screenshots \
		out/site $(SITE_CHECK)/national-site

# The benchmark is a package of its own (bench/YAMLBench), so the product never depends on Yams;
# its manifest names this package by the checkout's directory, so it builds in any worktree.
# BENCH_FLAGS passes options, e.g. BENCH_FLAGS='--runs 7 --no-baselines'.
BENCH_FLAGS ?=

bench: bench-yaml

bench-yaml: deps
	cd bench/YAMLBench && $(SWIFT) build -c release --scratch-path ../../.build-bench
	.build-bench/release/yaml-bench $(BENCH_FLAGS)

# The CSV reader on a generated ~200 MB export (bench/CSVBench; the file goes to a temporary
# directory and is deleted). Compares with DuckDB when Python has the duckdb package.
bench-csv:
	cd bench/CSVBench && $(SWIFT) build -c release --scratch-path ../../.build-bench-csv
	.build-bench-csv/release/csv-bench

# The inspector against DuckDB and pandas on 43 synthetic forces x 50,000 missing episodes
# (generated once into .build-bench/national/ and reused): wall time, rows per second, peak
# memory and the per-force figures of all three. Not part of `make test`; see bench/national/README.md.
bench-national: deps
	bench/national/run.sh

# Hostile inputs that must stay bounded: a mapping of 12,500 to 100,000 codes, and a
# catastrophic case_reference_pattern on 100 rows (bench/hostile/run.sh; release build).
bench-hostile: deps
	bench/hostile/run.sh

# The case-audit loop at national size, stage by stage: sample -> form -> answers -> inspect for
# 43 synthetic forces x 60 cases (generated once into .build-bench/audits-national/ and reused).
# Not part of `make test`; see bench/audits/README.md.
bench-audits: deps
	bench/audits/run.sh

clean:
	rm -rf .build .build-bench .build-bench-csv .build-fuzz .build-site-check $(EXAMPLE)/.build

# libFuzzer over parse-and-decode (fuzz/YAMLFuzzTarget.swift) and streaming against parsing
# (fuzz/YAMLFuzzStreaming.swift). Plain swiftc rather than SwiftPM, so Package.swift gains no
# fuzz-only target: Sources/YAML and fuzz/*.swift compile into one module named YAML (the entry
# point may then reach internal API), with -I so
# `internal import CLibYAML` finds the modulemap, which links the system libyaml. libyaml itself
# is not instrumented, so coverage (`cov:`/`ft:`) counts Swift code only. The fuzzer and ASan
# runtimes ship with the Swift toolchain (libclang_rt.fuzzer and .asan under
# /opt/swift/usr/lib/clang/*/lib/linux), so no clang or libclang-rt package is needed. -O keeps
# Swift's overflow and bounds traps (-Ounchecked would not); -g gives file:line in crash traces;
# lld (also in the toolchain) because gold prints a warning for every ASan symbol.
#
# Running: the seeds are copied to .build-fuzz/corpus so new inputs never land in the committed
# fuzz/corpus (minimise them with -merge=1 before adding any). Crash, leak, timeout and OOM
# reproducers go to fuzz/crashes/ (git-ignored; `make clean` keeps them). SWIFT_BACKTRACE=enable=no
# because the Swift backtracer races libFuzzer's own crash handler, trips ASan while reading the
# crashed process, and leaves a swift-backtrace process behind. FUZZ_FLAGS passes anything else,
# e.g. FUZZ_FLAGS='-fork=2 -ignore_crashes=1' to keep fuzzing past a known crash.
FUZZ_SECONDS ?= 600
FUZZ_FLAGS ?=
SWIFTC ?= swiftc

# The two small modules the YAML and CSV layers import, built instrumented as static libraries.
fuzz-deps:
	@mkdir -p .build-fuzz
	for module in FileSafety TextSafety; do \
		$(SWIFTC) -sanitize=fuzzer,address -parse-as-library -swift-version 6 -module-name $$module \
			-O -g -emit-module -emit-module-path .build-fuzz/$$module.swiftmodule -emit-library -static \
			-o .build-fuzz/lib$$module.a $$(find Sources/$$module -name '*.swift' | LC_ALL=C sort) || exit 1; \
	done

fuzz: deps fuzz-deps
	@mkdir -p .build-fuzz/corpus fuzz/crashes
	$(SWIFTC) -sanitize=fuzzer,address -parse-as-library -swift-version 6 -module-name YAML \
		-O -g -use-ld=lld -I Sources/CLibYAML -I .build-fuzz -L .build-fuzz -lFileSafety -lTextSafety \
		$$(find Sources/YAML -name '*.swift' | LC_ALL=C sort) fuzz/YAMLFuzzTarget.swift fuzz/YAMLFuzzStreaming.swift \
		-o .build-fuzz/yaml-fuzz
	cp fuzz/corpus/* .build-fuzz/corpus/
	SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 .build-fuzz/yaml-fuzz \
		-max_total_time=$(FUZZ_SECONDS) -timeout=5 -rss_limit_mb=2048 -max_len=4096 \
		-dict=fuzz/yaml.dict -artifact_prefix=fuzz/crashes/ -print_final_stats=1 \
		$(FUZZ_FLAGS) .build-fuzz/corpus

# Regenerates every golden report (core fixtures and the shipped forces) after an intended
# change; review the diff before committing.
golden: deps
	UPDATE_GOLDEN=1 $(SWIFT) test --filter "GoldenTests|HTMLReportTests"

# libFuzzer over the CSV reader and its field parsers (fuzz/CSVFuzzTarget.swift), built the same
# way as `make fuzz`: Sources/CSV and the entry point compile into one module named CSV. The
# first byte of each input picks the delimiter, the chunk size and a row limit (see the target).
# Seeds in fuzz/csv-corpus are copied to .build-fuzz/csv-corpus; reproducers go to fuzz/crashes/
# with the prefix csv- (git-ignored), and those kept are in fuzz/crashes-found/.
fuzz-csv: fuzz-deps
	@mkdir -p .build-fuzz/csv-corpus fuzz/crashes
	$(SWIFTC) -sanitize=fuzzer,address -parse-as-library -swift-version 6 -module-name CSV \
		-O -g -use-ld=lld -I .build-fuzz -L .build-fuzz -lFileSafety -lTextSafety \
		$$(find Sources/CSV -name '*.swift' | LC_ALL=C sort) fuzz/CSVFuzzTarget.swift \
		-o .build-fuzz/csv-fuzz
	cp fuzz/csv-corpus/* .build-fuzz/csv-corpus/
	SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 .build-fuzz/csv-fuzz \
		-max_total_time=$(FUZZ_SECONDS) -timeout=5 -rss_limit_mb=2048 -max_len=4096 \
		-dict=fuzz/csv.dict -artifact_prefix=fuzz/crashes/csv- -print_final_stats=1 \
		$(FUZZ_FLAGS) .build-fuzz/csv-corpus

# libFuzzer over the run history as the reading commands read it (fuzz/StoreFuzz, a package of
# its own that depends on this one by path, like bench/YAMLBench): a store of two saved runs of
# the hostile corpus's force, random values put in every column of its rows (NULL, integers,
# reals, words, raw text and blobs; rows deleted or copied; schema version, application id,
# dropped columns), then history, diff, follow-up, inspect --baseline and history --check run
# in the process through Inspector.run (reached with @testable). A command that traps crashes
# the fuzzer; one that ends with any status but 0 or 3 is made to (see the target's header).
# GRDB and the product are built by SwiftPM with every Swift module instrumented (unlike
# `make fuzz`, which compiles one module with swiftc: the store needs GRDB, the CLI and the
# checks). SwiftPM links an executable's `main` to `<module>_main`, so the target defines
# `store_fuzz_main` and calls libFuzzer's LLVMFuzzerRunDriver (declared in a small C target).
# The system SQLite is not instrumented. Leak detection is off: GRDB and Foundation keep
# caches that live to the end of the process. -close_fd_mask=3 sends the commands' output to
# /dev/null (libFuzzer's own report still reaches stderr); -len_control=0 lets an input hold
# several changes from the start (libFuzzer would keep inputs to a byte or two for minutes,
# one change each). The first build takes several minutes (release, ASan); seeds are in
# fuzz/store-corpus, copied to .build-fuzz/store-corpus, and reproducers go to fuzz/crashes/
# with the prefix store-; run one without -close_fd_mask (.build-fuzz/store/release/store-fuzz
# FILE) to see the commands' output and which one failed.
fuzz-store: deps
	cd fuzz/StoreFuzz && $(SWIFT) build -c release --scratch-path ../../.build-fuzz/store \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
	@mkdir -p .build-fuzz/store-corpus fuzz/crashes
	cp fuzz/store-corpus/* .build-fuzz/store-corpus/
	SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 .build-fuzz/store/release/store-fuzz \
		-max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 -max_len=256 -len_control=0 -close_fd_mask=3 \
		-artifact_prefix=fuzz/crashes/store- -print_final_stats=1 $(FUZZ_FLAGS) .build-fuzz/store-corpus
