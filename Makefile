# inspector: thin wrappers over SwiftPM. `make demo` runs the main job, `make test` the tests.
#
# The system dependencies are libyaml (Debian: libyaml-dev) and SQLite (libsqlite3-dev, for the
# run history through GRDB), both found with pkg-config. Every target checks for them first: as
# root with apt-get they are installed, otherwise the exact command to run is printed and make
# stops.

SWIFT ?= swift
.DEFAULT_GOAL := test
.PHONY: lint format deps build test example demo bench bench-yaml bench-csv bench-national bench-hostile fuzz fuzz-deps fuzz-csv clean golden

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

# The main job on the data in the repository: Northamptonshire Police's 2025 inspection on the
# terminal, and its report in every format under out/ (the comparison of all forces too). Both
# runs are saved in the run history (.inspector/history.sqlite, git-ignored), which is then shown:
# each `make demo` adds a run, so the history grows.
demo: build
	.build/debug/inspector inspect northamptonshire --save \
		--report text:out/northamptonshire.txt --report markdown:out/northamptonshire.md \
		--report html:out/northamptonshire.html --report json:out/northamptonshire.json
	.build/debug/inspector compare --all --save \
		--report text:out/comparison.txt --report markdown:out/comparison.md --report csv:out/comparison.csv \
		--report html:out/comparison.html --report json:out/comparison.json
	.build/debug/inspector history northamptonshire --report html:out/history.html

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

clean:
	rm -rf .build .build-bench .build-bench-csv .build-fuzz $(EXAMPLE)/.build

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
