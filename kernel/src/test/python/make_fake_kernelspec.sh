#!/usr/bin/env bash
# Writes the "glassbox-fake" kernelspec (the kernel with the FakeEngine test double) into
# $1/kernels/glassbox-fake, for test_kernel_protocol.py. Run after `mvn -pl kernel test-compile`
# (and `mvn dependency:build-classpath` needs network once); from the repository root:
#   kernel/src/test/python/make_fake_kernelspec.sh "$(mktemp -d)"
set -euo pipefail
dest="$1/kernels/glassbox-fake"
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cpfile="$(mktemp)"
mvn -B -q -f "$root/kernel/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
cp="$root/kernel/target/classes:$root/kernel/target/test-classes:$(cat "$cpfile")"
rm -f "$cpfile"
mkdir -p "$dest"
java_bin="$(readlink -f "$(command -v java)")"
python3 - "$dest/kernel.json" "$java_bin" "$cp" <<'PY'
import json, sys
path, java, cp = sys.argv[1:]
json.dump({"argv": [java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", cp,
                    "dev.glassbox.kernel.KernelMain", "-f", "{connection_file}",
                    "--engine", "dev.glassbox.kernel.FakeEngine"],
           "display_name": "Glassbox (fake engine)", "language": "python", "interrupt_mode": "message"},
          open(path, "w"), indent=1)
PY
echo "$dest"
