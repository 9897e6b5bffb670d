#!/usr/bin/env bash
# Runs the Spark extraction job on this machine, on all cores (local[*]), without a Spark distribution:
# the job jar first, then the Spark jars from the local Maven repository.
#   spark/run-local.sh corpus/sample out                     (same as --input corpus/sample --output out)
#   spark/run-local.sh --input articles.jsonl --output out --master 'local[2]'
#   ./kg load --bulk --store data/store out/quads            then ./kg serve --store data/store
# Builds vnkg (mvn install) and the job jar when they are missing or older than the sources.
# SPARK_JAVA_OPTS sets the JVM options (default -Xmx4g); the driver is also the executor here.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/vnkg-spark.jar"
classpath="$here/target/spark-classpath.txt"

stale() {
  [ ! -f "$jar" ] || [ ! -f "$classpath" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root/src/main" "$root/ontology" "$root/queries" "$here/pom.xml" "$here/src/main" \
            -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

mvn_quiet() {
  # Offline first (fast when ~/.m2 is filled); online when a dependency is missing on a new machine.
  mvn -q -B -o -Dmaven.test.skip=true "$@" >/dev/null 2>&1 || mvn -q -B -Dmaven.test.skip=true "$@" >&2
}

if stale; then
  echo "run-local: building vnkg and $jar ..." >&2
  (cd "$root" && mvn_quiet install)
  (cd "$here" && mvn_quiet package)
fi

if [ $# -eq 2 ] && [[ "$1" != -* ]] && [[ "$2" != -* ]]; then
  set -- --input "$1" --output "$2"
fi

exec java ${SPARK_JAVA_OPTS:--Xmx4g} -Dfile.encoding=UTF-8 @"$here/java17.args" \
  -cp "$jar:$(cat "$classpath")" org.w3id.vnkg.spark.ExtractJob "$@"
