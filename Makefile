# Two commands for a fresh machine: `make demo` and `make test` (`make lint`: ruff and mypy).
# Each creates .venv, installs the package and, on Debian/Ubuntu as root, Qt's system libraries.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test test-all lint bench sysdeps clean package package-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,lint]'
	touch $@

sysdeps:
	@./scripts/sysdeps.sh

# The window needs Qt's xcb libraries as well (a real screen, or Xvfb's).
demo:
	@WITH_XCB=1 ./scripts/sysdeps.sh
	@$(MAKE) --no-print-directory $(STAMP)
	$(VENV)/bin/agent-desk --demo

test: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q


# The gates CI runs before the tests (configured in pyproject.toml); no Qt libraries needed.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test-all: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m ''

bench: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

# Installers (packaging/README.md): the PyInstaller bundle, then what this OS builds from it.
$(VENV)/.package-stamp: $(STAMP)
	$(PY) -m pip install -q -e '.[package]'
	touch $@

package: sysdeps $(VENV)/.package-stamp
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/agent-desk.spec
	case "$$(uname -s)" in Linux) packaging/linux/build-deb.sh ;; Darwin) packaging/macos/build-dmg.sh ;; esac

# Linux, as root: build the .deb (fast zstd), dpkg -i it, smoke-test the installed program, dpkg -r.
package-test: export DEB_COMPRESSION = zstd
# The same bundle is packaged a second time as <version>+upgrade: apt replaces every file under the
# running window, which must restart itself and pop the next call.
package-test: package
	deb=$$(packaging/linux/build-deb.sh) && upgrade=$$(VERSION_SUFFIX=+upgrade packaging/linux/build-deb.sh) \
	  && packaging/linux/smoke-test.sh "$$deb" "$$upgrade"

clean:
	rm -rf $(VENV) build dist *.egg-info
