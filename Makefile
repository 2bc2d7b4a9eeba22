# Entry points for developers, CI and technicians. `make help` lists them.
# Every target installs what is missing first (scripts/setup, Debian 12 packages).

BUILD  ?= build
JOBS   ?= 2
MODE   ?= staff
CTEST_ARGS ?=

.PHONY: help setup configure build test demo demo-self-service bench soak fuzz asan tsan tsan-qt format clean screenshots bench-frames image image-test

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -e 's/:.*## /\t/' | expand -t 20

setup: ## install missing Debian 12 packages (apt-get, as root or through sudo)
	@scripts/setup

$(BUILD)/build.ninja:
	cmake --preset default

configure: setup $(BUILD)/build.ninja ## configure the build in build/

build: configure ## build everything into build/ (programs in build/bin/)
	cmake --build $(BUILD) -j $(JOBS)

test: build ## build and run the whole test suite
	ctest --test-dir $(BUILD) -j $(JOBS) --output-on-failure --timeout 600 $(CTEST_ARGS)

demo: build ## run the demo kiosk (MODE=staff|self-service); headless: both modes, screenshots into build/demo-shots/
	$(BUILD)/bin/checkin-terminal --demo --mode $(MODE) --shots $(BUILD)/demo-shots
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ "$(MODE)" = staff ]; then \
	  $(BUILD)/bin/checkin-terminal --demo --mode self-service --shots $(BUILD)/demo-shots/self-service; fi

demo-self-service: ## the demo kiosk in self-service mode
	$(MAKE) demo MODE=self-service

screenshots: configure ## render the README screenshots into docs/screenshots/
	cmake --build $(BUILD) -j $(JOBS) --target readme-shots
	$(BUILD)/bin/readme-shots docs/screenshots

bench-frames: configure ## scan-screen frame times with the preview and the scanner running (offscreen)
	cmake --build $(BUILD) -j $(JOBS) --target checkin-terminal
	QT_QPA_PLATFORM=offscreen $(BUILD)/bin/checkin-terminal --demo --mode $(MODE) --bench-frames 10

asan: setup ## the test suite under AddressSanitizer, LeakSanitizer and UBSan (build-asan/)
	cmake --preset asan && cmake --build build-asan -j $(JOBS) && ctest --preset asan -j $(JOBS) $(CTEST_ARGS)

tsan: setup ## the Qt-free libraries and their tests under ThreadSanitizer (build-tsan/), no race suppressed
	cmake --preset tsan && cmake --build build-tsan -j $(JOBS) && ctest --preset tsan -j $(JOBS) $(CTEST_ARGS)

tsan-qt: setup ## the tests that run Qt under ThreadSanitizer (build-tsan-qt/), with tests/sanitizers/tsan-qt.supp
	cmake --preset tsan-qt && cmake --build build-tsan-qt -j $(JOBS) && ctest --preset tsan-qt -j $(JOBS) $(CTEST_ARGS)

format: ## reformat the C++ sources with clang-format
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

image: ## build the kiosk disk image, .bmap, .zst, checksums and manifest into build/image/ (about 5 min)
	kiosk-image/build-image

image-test: ## boot the kiosk image in QEMU and check ready, setup screen, screenshot, watchdog (about 10 min)
	kiosk-image/build-image --if-changed
	kiosk-image/boot-test

clean: ## remove build directories
	rm -rf build build-*

FUZZ_SECONDS ?= 600

fuzz: setup ## run every fuzz target (tests/fuzz/targets.cmake) for FUZZ_SECONDS (600) each: fuzz preset, libFuzzer, ASan, UBSan
	JOBS=$(JOBS) sh tests/fuzz/run-fuzz.sh build . build-fuzz
	sh tests/fuzz/run-fuzz.sh all . build-fuzz $(FUZZ_SECONDS)

soak: fuzz

CACHE_SOAK_KILLS ?= 5000

soak-cache: configure ## SIGKILL the offline-cache writer CACHE_SOAK_KILLS (5000) times; every acknowledged check-in must survive
	cmake --build $(BUILD) -j $(JOBS) --target offline_cache_tests cache_crash_writer
	CHECKIN_CRASH_KILLS=$(CACHE_SOAK_KILLS) $(BUILD)/bin/offline_cache_tests --gtest_filter='Durability.*'

soak: soak-cache
