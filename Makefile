# zhkg: two set-up commands on a fresh machine with Python 3.11.
#   make run   installs zhkg in .venv/ and builds the bundled sample into ./kg-store (the
#              store every kg command uses by default), out/graph.ttl and out/graph.html
#   make test  runs ruff, mypy, pytest (the README's examples too) and the notebooks
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE := kg/samples/seed-2023-09-27-zuzhi.txt
# the default store of every kg command: the README's examples work as written after make run
STORE  := kg-store

.PHONY: run test lint typecheck pytest clean venv screenshot fuzz bench native

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q kg  # as a wheel's install does (an editable one does not)
	$(MAKE) --no-print-directory native
	touch $(STAMP)

# kg.relate and kg.text compiled with mypyc (about 1.5 times as fast; used only while they
# match the sources: docs/performance.md). Without a C compiler zhkg runs as pure Python.
native:
	$(BIN)/python -m kg.native build || echo "kg.native: not compiled; zhkg runs as pure Python"

venv: $(STAMP)

run: $(STAMP)
	mkdir -p out
	$(BIN)/kg build --store $(STORE) --replace-store --quiet $(SAMPLE)
	$(BIN)/kg export --store $(STORE) -o out/graph.ttl
	$(BIN)/kg view --store $(STORE) -o out/graph.html --quiet
	$(BIN)/kg stats --store $(STORE)
	@echo
	@echo "Example query: provinces and the programs they implement (first 10)"
	$(BIN)/kg query --store $(STORE) --saved programs-by-province --limit 10
	@echo
	@echo "The sample is in ./$(STORE), the store every kg command uses by default."
	@echo "Next: source $(VENV)/bin/activate, then the tour in README.md (kg query --list)."

LINTED := kg tests $(wildcard bench)

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck pytest

# A long fuzzing run of the readers and the extractor (make test runs a short one).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q tests/test_fuzz.py tests/test_properties.py

# The benchmarks of issue 5 (several minutes; the README's "Performance" shows a run).
bench: $(STAMP) native
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_store.py

# The README's picture: the 31 provincial work reports of the shared corpus, not the sample.
REPORTS ?= ../shared/corpus/prov_gov_reports_2026
screenshot: $(STAMP)
	mkdir -p out docs
	$(BIN)/kg build --store out/reports --replace-store --quiet --jobs 2 $(REPORTS)
	$(BIN)/kg view --store out/reports -o out/reports.html --quiet --title "31 份省级政府工作报告（2026）"
	$(BIN)/python -c 'from kg.web.view import screenshot; screenshot("out/reports.html", "docs/view.png")'

clean:
	rm -rf out kg-store .pytest_cache .mypy_cache .ruff_cache
