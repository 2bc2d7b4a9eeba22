# Entry points for developers, CI and technicians. `make help` lists them.
# Every target installs what is missing first (scripts/setup, Debian 12 packages).

BUILD  ?= build
JOBS   ?= 2
MODE   ?= staff
CTEST_ARGS ?=

.PHONY: help setup configure build test demo demo-self-service bench soak fuzz asan tsan format clean image image-test

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

demo: build ## run the demo kiosk (MODE=staff|self-service); headless: screenshots into build/demo-shots/
	$(BUILD)/bin/checkin-terminal --demo --mode $(MODE) --shots $(BUILD)/demo-shots

demo-self-service: ## the demo kiosk in self-service mode
	$(MAKE) demo MODE=self-service

asan: setup ## run the test suite under AddressSanitizer and UBSan (build-asan/)
	cmake --preset asan && cmake --build build-asan -j $(JOBS) && ctest --preset asan -j $(JOBS)

tsan: setup ## run the test suite under ThreadSanitizer (build-tsan/)
	cmake --preset tsan && cmake --build build-tsan -j $(JOBS) && ctest --preset tsan -j $(JOBS)

format: ## reformat the C++ sources with clang-format
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

image: ## build the kiosk disk image, .bmap, .zst, checksums and manifest into build/image/ (about 5 min)
	kiosk-image/build-image

image-test: ## boot the kiosk image in QEMU and check ready, setup screen, screenshot, watchdog (about 10 min)
	kiosk-image/build-image --if-changed
	kiosk-image/boot-test

clean: ## remove build directories
	rm -rf build build-*
