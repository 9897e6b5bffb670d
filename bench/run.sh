#!/usr/bin/env bash
# The whole benchmark comparison in one run; writes BENCHMARKS.md at the top of the project.
#   bench/run.sh                         default sizes (about 10 minutes on 2 cores)
#   bench/run.sh --articles 100000       the issue's scale (hours on 2 cores; needs ~100 GB of disk)
#   bench/run.sh --help                  every option (kg bench all --help)
# It builds target/vnkg.jar if needed (./kg), fetches jena-cmds (tdb2.tdbloader, the reference loader)
# into target/bench-lib with Maven, then runs `kg bench all`. Scratch data goes to target/bench.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jena_version="$(sed -n 's:.*<jena.version>\(.*\)</jena.version>.*:\1:p' pom.xml)"
corenlp_version="$(sed -n 's:.*<corenlp.version>\(.*\)</corenlp.version>.*:\1:p' pom.xml)"
lib="$root/target/bench-lib"
cmds="$lib/jena-cmds-$jena_version.jar"
if [ ! -f "$cmds" ]; then
  mkdir -p "$lib"
  art="org.apache.jena:jena-cmds:$jena_version"
  mvn -q -B -o dependency:copy -Dartifact="$art" -DoutputDirectory="$lib" >/dev/null 2>&1 \
    || mvn -q -B dependency:copy -Dartifact="$art" -DoutputDirectory="$lib"
fi
# Deep stacks for the JFR profile of the extraction; room for the in-process stores and server; no log line
# per HTTP request (it would cost more than the queries being timed).
export KG_JAVA_OPTS="${KG_JAVA_OPTS:--Xmx3g -XX:FlightRecorderOptions:stackdepth=256} \
  -Dorg.slf4j.simpleLogger.log.org.apache.jena.fuseki=warn -Dvnkg.corenlp.version=$corenlp_version"
exec "$root/kg" bench all --jena-cmds "$cmds" "$@"
