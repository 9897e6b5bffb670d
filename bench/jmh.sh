#!/usr/bin/env bash
# JMH micro-benchmarks of the extraction stages (src/bench/java, Maven profile `bench`).
#   bench/jmh.sh                                  every stage, short settings (about 3 minutes on 2 cores)
#   bench/jmh.sh 'ExtractionStagesBenchmark.figure' -p corpus=sample   one stage, the sample articles
#   bench/jmh.sh -h                               JMH's own options
# Arguments go to JMH; without any, it runs with -f 1 -wi 2 -w 2s -i 3 -r 2s. Results: target/jmh-result.txt.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
{ mvn -q -B -o -P bench -Dmaven.test.skip.exec=true -DskipTests test-compile >/dev/null 2>&1 \
  || mvn -q -B -P bench -DskipTests test-compile; }
mvn -q -B -o -P bench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt \
  >/dev/null 2>&1 || mvn -q -B -P bench dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
cp="target/bench-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ $# -eq 0 ]; then
  set -- -f 1 -wi 2 -w 2s -i 3 -r 2s
fi
java -Xmx2g -cp "$cp" org.openjdk.jmh.Main -rf text -rff target/jmh-result.txt "$@"
