# The front door. `make run` and `make test` are the README's two commands.
BUILD ?= build
ASAN_BUILD ?= build-asan
BENCH_BUILD ?= build-bench
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = profile_json assessment_request kb_toml http_request
DB ?= stackwise.db
HOST ?= 127.0.0.1
PORT ?= 8080
JOBS ?= $(shell nproc)

.PHONY: all deps test-deps build run test unit-test asan browser-test bench fuzz load-test format check-format clean

all: build

deps:
	tools/install-deps

test-deps:
	tools/install-deps --test

# A user's build: no test tools needed, warnings are not errors. The flags
# are CMake's own for RelWithDebInfo, given because `make test` changes them
# in the same build directory.
build: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG" \
	  -DBUILD_TESTING=OFF -DSTACKWISE_WERROR=OFF
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/src/cli/stackwise serve --host $(HOST) --port $(PORT) --db $(DB)

# Everything: unit, case, CLI, HTTP and interop (Redocly, ajv, log4brains)
# tests on the release build, the same under ASan+UBSan, then the browser
# tests against the release binary, and a few seconds of each fuzzer.
# Warnings are errors here, every C++ file must match .clang-format, and
# clang-tidy (.clang-tidy) must find nothing in the program's sources.
# Line tables (-g1) are all a failing test's backtrace needs, and compile a
# third faster than full debug information.
test: test-deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
	  -DBUILD_TESTING=ON -DSTACKWISE_WERROR=ON
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	tools/check-format --tidy $(BUILD)
	$(MAKE) asan
	$(MAKE) browser-test
	$(MAKE) fuzz FUZZ_SECONDS=5

# Line tables (-g1) are all a sanitizer's or fuzzer's report needs, and cost
# less to compile than full debug information.
asan: test-deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTACKWISE_SANITIZE=ON \
	  -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DBUILD_TESTING=ON -DSTACKWISE_WERROR=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -LE browser

# Playwright (playwright-core, pinned in package-lock.json) drives Debian's
# Chromium against the release binary; screenshots land in test-results/.
# npm ci when node_modules is missing or older than package-lock.json.
browser-test:
	test -f node_modules/.package-lock.json -a ! package-lock.json -nt node_modules/.package-lock.json \
	  || npm ci --no-audit --no-fund
	STACKWISE_BIN=$(abspath $(BUILD))/src/cli/stackwise node --test tests/browser/

bench: test-deps
	cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKWISE_BENCH=ON \
	  -DBUILD_TESTING=OFF
	cmake --build $(BENCH_BUILD) -j $(JOBS)
	$(BENCH_BUILD)/bench/engine_bench
	$(BENCH_BUILD)/bench/result_json_bench
	$(BENCH_BUILD)/bench/json_parse_bench

# libFuzzer (clang-14) on each target for FUZZ_SECONDS, starting from the
# seeds in fuzz/corpus/<target>; what it learns stays in $(FUZZ_BUILD)/corpus,
# and a crash leaves its input in $(FUZZ_BUILD)/ and fails the target.
fuzz: test-deps
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
	  -DCMAKE_CXX_COMPILER=clang++-14 -DSTACKWISE_FUZZ=ON -DBUILD_TESTING=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(FUZZ_TARGETS:%=%_fuzz)
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t && \
	  $(FUZZ_BUILD)/fuzz/$${t}_fuzz -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/$$t- $(FUZZ_BUILD)/corpus/$$t fuzz/corpus/$$t \
	    || exit 1; \
	done

# 60 s of mixed traffic against the real server with a kill -9 and a
# restart in the middle; checks every acknowledged write (bench/load/).
load-test: build
	node bench/load/mixed_load.mjs --bin $(BUILD)/src/cli/stackwise

format:
	clang-format-14 -i $$(git ls-files '*.h' '*.cc')

# What `make format` would change, changing nothing; clang-tidy too.
check-format:
	tools/check-format --tidy $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(BENCH_BUILD) $(FUZZ_BUILD)
