#!/usr/bin/env bash
# Runs a command as on a fresh machine that has only Node and the two servers (with their clients psql and
# mariadb): Debian's Python extras (python3-sqlalchemy, python3-alembic, python3-psycopg2, python3-pymysql), Go
# (golang-go, golang-ariga-atlas-dev) and chromium are hidden behind empty read-only tmpfs mounts, and the tmux and
# sqlite3 programs behind /dev/null (not executable), in a private mount namespace (unshare -m: root only; nothing
# outside the command sees the mounts, they go when it ends), CI unset. The servers are reached over TCP as before.
# Before the command runs, the script proves the hiding: /usr/bin/python3 cannot import sqlalchemy, alembic,
# psycopg2 or pymysql, there is no `go`, chromium does not start, neither tmux nor sqlite3 runs.
#
#   bash scripts/fresh-machine.sh npm test                       # the whole suite, as a newcomer runs it
#   bash scripts/fresh-machine.sh npx jest __tests__/orm/sqlalchemy.test.ts
#
# The suites that need the extras skip, each with one line `[extras] SKIPPED "<suite>": needs Debian's …`.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: bash scripts/fresh-machine.sh COMMAND [ARG…]  (runs COMMAND with Debian's extras, tmux and sqlite3 hidden)" >&2
  exit 2
fi
if [ "${DBS_FRESH_INSIDE:-}" != 1 ]; then
  if [ "$(id -u)" != 0 ]; then echo "fresh-machine: needs root for unshare -m (a private mount namespace)" >&2; exit 2; fi
  exec env DBS_FRESH_INSIDE=1 unshare --mount --propagation private bash "$0" "$@"
fi

PY=/usr/bin/python3
MODULES=(sqlalchemy alembic psycopg2 pymysql)

hide() { # an empty read-only tmpfs over one directory
  mount -t tmpfs -o ro,size=64k,mode=0755 fresh-machine "$1"
  echo "[fresh-machine] hidden: $1" >&2
}

# The directories Python finds the extras in: only a dist-packages or site-packages one (never the stdlib).
if [ -x "$PY" ]; then
  found=$("$PY" - "${MODULES[@]}" <<'EOF'
import importlib.util, os, sys
for m in sys.argv[1:]:
    s = importlib.util.find_spec(m)
    if s and s.origin:
        d = os.path.dirname(os.path.dirname(s.origin)) if s.submodule_search_locations else os.path.dirname(s.origin)
        print(d)
EOF
  )
  for d in $(printf '%s\n' $found | sort -u); do
    case "$d" in
      */dist-packages|*/site-packages) hide "$d" ;;
      *) echo "fresh-machine: $d holds a Python extra but is not a dist-packages folder; refusing to hide it" >&2; exit 2 ;;
    esac
  done
fi

# Go: the GOROOT of every `go` on PATH (its bin/go links dangle afterwards) and Debian's Go sources.
roots=()
for g in $(type -ap go || true); do # all resolved first: once one GOROOT is hidden, the other links dangle
  real=$(readlink -e "$g") || continue
  root=$(dirname "$(dirname "$real")")
  case "$root" in
    /*) ;;
    *) echo "fresh-machine: go at $g resolves to no absolute GOROOT ($root)" >&2; exit 2 ;;
  esac
  case "$root" in
    /|/usr|/usr/local|/bin|/usr/bin) echo "fresh-machine: go at $g has no GOROOT of its own ($root); refusing to hide it" >&2; exit 2 ;;
  esac
  roots+=("$root")
done
for root in $(printf '%s\n' "${roots[@]}" | sort -u); do hide "$root"; done
[ -d /usr/share/gocode ] && hide /usr/share/gocode

# Chromium: Debian's /usr/bin/chromium is a script that starts /usr/lib/chromium/chromium; its folder goes.
BROWSER=${CHROMIUM:-/usr/bin/chromium}
[ -d /usr/lib/chromium ] && hide /usr/lib/chromium

# tmux and sqlite3: every copy on PATH (its real file, links resolved) is covered by /dev/null, which cannot be run.
PROGRAMS=(tmux sqlite3)
for p in "${PROGRAMS[@]}"; do
  files=()
  for f in $(type -ap "$p" || true); do files+=("$(readlink -e "$f")"); done # all resolved before any is covered
  for f in $(printf '%s\n' "${files[@]}" | sort -u); do
    mount --bind /dev/null "$f"
    echo "[fresh-machine] hidden: $f" >&2
  done
done

# The proof that the extras are gone, before the command runs.
for m in "${MODULES[@]}"; do
  if [ -x "$PY" ] && "$PY" -c "import $m" 2>/dev/null; then echo "fresh-machine: $PY still imports $m" >&2; exit 1; fi
done
hash -r
if command -v go >/dev/null && go version >/dev/null 2>&1; then echo "fresh-machine: go still runs ($(command -v go))" >&2; exit 1; fi
if [ -x "$BROWSER" ] && "$BROWSER" --version >/dev/null 2>&1; then echo "fresh-machine: $BROWSER still starts" >&2; exit 1; fi
for p in "${PROGRAMS[@]}"; do
  if "$p" -V >/dev/null 2>&1 || "$p" --version >/dev/null 2>&1; then echo "fresh-machine: $p still runs ($(command -v "$p"))" >&2; exit 1; fi
done
echo "[fresh-machine] $PY imports none of ${MODULES[*]}; no go on PATH; $BROWSER does not start; no ${PROGRAMS[*]}; CI unset" >&2

unset CI
exec "$@"
