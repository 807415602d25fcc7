#!/usr/bin/env bash
# Builds Glassbox, installs its launcher and Jupyter kernelspec. Idempotent.
#   ./install.sh            build the jar (tests skipped), install the kernelspec if Jupyter is present
#   ./install.sh --jupyter  also install Jupyter when missing (pip where it works, else apt)
set -euo pipefail
home="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$home"
want_jupyter=0
for a in "$@"; do
  case "$a" in
    --jupyter) want_jupyter=1 ;;
    -h|--help) sed -n 2,4p "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $a" >&2; exit 2 ;;
  esac
done

say() { printf 'install.sh: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# Java 17 or newer, and Maven.
if ! command -v java >/dev/null 2>&1; then say "Java 17 or newer is required (no 'java' on PATH)"; exit 1; fi
jv="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${jv%%.*}" -lt 17 ] 2>/dev/null; then say "Java 17 or newer is required (found $jv)"; exit 1; fi
if ! command -v mvn >/dev/null 2>&1; then
  say "Maven is required; trying the distro's package"
  as_root apt-get update -qq && as_root apt-get install -y -qq maven || { say "install Maven (apt-get install maven) and re-run"; exit 1; }
fi

# CPython 3.11's standard library (DESIGN.md §7): recorded, never copied.
stdlib="$(tools/record-stdlib.sh)"
if [ -n "$stdlib" ]; then
  say "CPython 3.11 standard library: $stdlib"
else
  say "no CPython 3.11 standard library found (apt-get install libpython3.11-stdlib); only Glassbox's own modules will import"
fi

say "building (tests skipped)"
mvn -B -q -DskipTests package
jar="$home/kernel/target/glassbox.jar"
[ -f "$jar" ] || { say "build did not produce $jar"; exit 1; }

# A class-data-sharing archive makes start-up faster; harmless if it cannot be made.
java -XX:ArchiveClassesAtExit="$home/kernel/target/glassbox.jsa" -XX:+UseSerialGC -jar "$jar" -c 'pass' >/dev/null 2>&1 || true

if [ "$want_jupyter" = 1 ] && ! command -v jupyter >/dev/null 2>&1; then
  say "installing Jupyter"
  if ! python3 -m pip install --user jupyter_client jupyter_console notebook >/dev/null 2>&1; then
    as_root apt-get update -qq && as_root apt-get install -y -qq python3-jupyter-client jupyter-console jupyter-notebook python3-ipykernel \
      || { say "could not install Jupyter"; exit 1; }
  fi
fi

# The kernelspec, with an absolute java and jar path.
java_bin="$(command -v java)"
java_bin="$(readlink -f "$java_bin")"
spec="$(mktemp -d)/glassbox"
mkdir -p "$spec"
sed -e "s#@JAVA@#$java_bin#" -e "s#@JAR@#$jar#" -e "s#@HOME@#$home#" kernelspec/kernel.json.in > "$spec/kernel.json"
cp kernelspec/logo-*.png kernelspec/logo-*.svg "$spec/" 2>/dev/null || true
if command -v jupyter >/dev/null 2>&1 && jupyter kernelspec --version >/dev/null 2>&1; then
  jupyter kernelspec install --user --replace --name glassbox "$spec" >/dev/null
  say "kernelspec 'glassbox' installed with jupyter kernelspec"
else
  data="${JUPYTER_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/jupyter}"
  mkdir -p "$data/kernels/glassbox"
  cp "$spec"/* "$data/kernels/glassbox/"
  say "kernelspec 'glassbox' written to $data/kernels/glassbox"
fi
say "done: bin/glassbox -c 'print(\"hello\")'"
