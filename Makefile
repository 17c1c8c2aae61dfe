# The front door. `make run` and `make test` are the README's two commands.
BUILD ?= build
ASAN_BUILD ?= build-asan
BENCH_BUILD ?= build-bench
DB ?= stackwise.db
HOST ?= 127.0.0.1
PORT ?= 8080
JOBS ?= $(shell nproc)

.PHONY: all deps test-deps build run test unit-test asan browser-test bench format clean

all: build

deps:
	tools/install-deps

test-deps:
	tools/install-deps --test

build: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/src/cli/stackwise serve --host $(HOST) --port $(PORT) --db $(DB)

# Everything: unit, case, CLI and HTTP tests on the release build, the same
# under ASan+UBSan, then the browser tests against the release binary.
test: test-deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	$(MAKE) asan
	$(MAKE) browser-test

asan: test-deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTACKWISE_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -LE browser

# Playwright (playwright-core, pinned in package-lock.json) drives Debian's
# Chromium against the release binary; screenshots land in test-results/.
browser-test:
	test -d node_modules/playwright-core || npm ci --no-audit --no-fund
	STACKWISE_BIN=$(abspath $(BUILD))/src/cli/stackwise node --test tests/browser/

bench: test-deps
	cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKWISE_BENCH=ON
	cmake --build $(BENCH_BUILD) -j $(JOBS)
	$(BENCH_BUILD)/bench/engine_bench
	$(BENCH_BUILD)/bench/result_json_bench

format:
	clang-format -i $$(git ls-files 'src/*.h' 'src/*.cc' 'bench/*.cc' 'tests/*.cc')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(BENCH_BUILD)
