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
# Spark guesses the machine's address from its host name; the local job needs only the loopback.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
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

# jvm.args: the JDK internals Spark needs opened on Java 17, and -XX:-DontCompileHugeMethods (CoreNLP's tokenizer
# is a method over HotSpot's 8,000-byte limit: interpreted without it). The driver (here also the executor) listens on
# the loopback interface only; SPARK_UI=true turns on Spark's web UI (localhost:4040).
exec java ${SPARK_JAVA_OPTS:--Xmx4g} -Dfile.encoding=UTF-8 @"$here/jvm.args" \
  -Dlog4j2.configurationFile="$here/log4j2.properties" \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled="${SPARK_UI:-false}" \
  -cp "$jar:$(cat "$classpath")" org.w3id.vnkg.spark.ExtractJob "$@"
