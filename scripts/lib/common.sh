# Shared by stancemap's launcher scripts: where things are, and how to start a JVM that runs Spark.
# Sourced, not executed.

STANCEMAP_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JOBS_JAR="$STANCEMAP_HOME/jobs/target/stancemap-jobs.jar"
JOBS_LIB="$STANCEMAP_HOME/jobs/target/lib"
CLUSTER_JAR="$STANCEMAP_HOME/jobs/target/stancemap-jobs-0.1.0-cluster.jar"
# Spark alone, like $SPARK_HOME/jars (built by jobs/spark-home/pom.xml): for scripts/submit without a Spark install.
SPARK_JARS="$STANCEMAP_HOME/jobs/spark-home/target/spark-home/jars"

# Spark on Java 17 needs these (see STACK-NOTES); kept in step with java17.opens in pom.xml.
JAVA17_OPENS=(
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
)

# The JVM's default options (override with STANCEMAP_JAVA_OPTS, or STANCEMAP_SUBMIT_JAVA_OPTS for
# scripts/submit). Tasks stream one article at a time, so the live heap stays small whatever the
# corpus (a full-GC histogram mid-way through 100,000 articles: about 250 MB). The heap is capped at
# 2 GB, which bounds a run's memory at any corpus size, and starts small, so a run of a few articles
# neither waits for nor holds 2 GB it does not use (pre-touching a fixed 2 GB cost about 3.7 s of
# start-up on this machine; docs/benchmark.md, "About the memory figure").
STANCEMAP_DEFAULT_JAVA_OPTS="-Xms256m -Xmx2g"

# The JIT and Spark's code generation for a run of this size. The optimising compiler (C2) pays for
# itself only on large inputs: on 2 cores its compiler thread competes with the run for a core, and a
# run of a few thousand articles ends before the code it compiles has paid back. Measured
# (docs/operations.md, "Fixed cost"), C1 alone against the default: the samples 0.80x the time,
# 1,000 articles 0.74x, 10,000 0.87x, but 30,000 articles 1.36x. Likewise Spark compiles every query
# plan to Java (Janino) before it runs it; a small run's rows are too few to pay for that, so it runs
# the plans interpreted (whole-stage code generation off, expressions interpreted): with C1, the
# samples 0.86x the time, 1,000 articles 0.95x, 4,000 articles 0.88x, the same tables. So `run` and
# `bench-floor` over local inputs smaller than STANCEMAP_SMALL_INPUT_BYTES (default 20 MB, about
# 4,000 articles) take both; anything else (larger, remote or glob inputs, inputs from --config,
# other commands, STANCEMAP_JAVA_OPTS set) keeps the defaults. The choice changes speed only, never
# a result (StagesRunTest compares the tables).
STANCEMAP_SMALL_INPUT_BYTES="${STANCEMAP_SMALL_INPUT_BYTES:-20000000}"

# Prints those options when "$@" (a command line of scripts/stancemap) is such a small run.
stancemap_small_run_opts() {
  local command="${1:-}" inputs=() reading=0 arg
  [ "$command" = run ] || [ "$command" = bench-floor ] || return 0
  shift
  for arg in "$@"; do
    if [ "$reading" = 1 ] && [ "${arg#-}" = "$arg" ]; then inputs+=("$arg"); continue; fi
    reading=0
    case "$arg" in
      -i|--input) reading=1 ;;
      --input=*) inputs+=("${arg#--input=}") ;;
      --config|--config=*) [ ${#inputs[@]} -gt 0 ] || return 0 ;;  # its inputs are not read here
    esac
  done
  # no input named: the bundled samples
  [ ${#inputs[@]} -gt 0 ] || inputs=("$STANCEMAP_HOME/data/samples")
  local path total=0 size
  for path in "${inputs[@]}"; do
    case "$path" in
      file:*) path="${path#file:}" ;;
      *://*|*[\*?[]*) return 0 ;;  # remote, or a glob: not measured here
    esac
    [ -e "$path" ] || return 0
    # stops reading the listing as soon as the sum passes the limit: cheap on a large folder
    size="$(find -L "$path" -type f -printf '%s\n' 2>/dev/null \
      | awk -v limit="$STANCEMAP_SMALL_INPUT_BYTES" '{ s += $1; if (s >= limit) { print s; exit } } END { print s + 0 }' | head -n 1 || true)"
    total=$((total + size))
    [ "$total" -lt "$STANCEMAP_SMALL_INPUT_BYTES" ] || return 0
  done
  echo "-XX:TieredStopAtLevel=1 -Dspark.sql.codegen.wholeStage=false -Dspark.sql.codegen.factoryMode=NO_CODEGEN"
}

# Class-data sharing (AppCDS). A cold JVM spends about a third of a small run loading, parsing and
# verifying Spark's 22,000 classes. The first `run` after a build records the classes it loaded into
# an archive beside the jar (about 150 MB; it costs that run about 12 s as it exits); every later
# command of this build maps them ready-made (the samples: about 4 s less). The archive's name
# carries the jars' sizes and times and the JVM's, so a rebuild or another JVM makes a new one (the
# old one is removed), and the JVM itself checks the jars again before it uses one, falling back to
# loading the classes as usual. The archive changes speed only, never a result.
# STANCEMAP_CDS=0 turns it off; STANCEMAP_CDS_DIR puts it elsewhere (default: jobs/target/cds).
STANCEMAP_CDS="${STANCEMAP_CDS:-1}"
STANCEMAP_CDS_DIR="${STANCEMAP_CDS_DIR:-$STANCEMAP_HOME/jobs/target/cds}"

# The archive of this build and JVM: $STANCEMAP_CDS_DIR/stancemap-<checksum>.jsa.
stancemap_cds_archive() {
  local java key
  java="$(command -v "$(stancemap_java)" || true)"
  key="$({ readlink -f "$java" 2>/dev/null || echo "$java"
           stat -L -c '%n %s %Y' "$(readlink -f "$java" 2>/dev/null || echo "$java")" "$JOBS_JAR" "$JOBS_LIB"/* 2>/dev/null
         } | cksum | cut -d' ' -f1)"
  echo "$STANCEMAP_CDS_DIR/stancemap-$key.jsa"
}

# Starts the JVM ("$@": its options, class and arguments) with the archive when there is one. Without
# one, a `run` ($1 of the command line, passed as STANCEMAP_COMMAND) records it: the JVM writes it as
# it exits, to a temporary name renamed into place after a successful run (two first runs at once
# each write their own); signals reach the JVM as they would with exec.
stancemap_exec_java() {
  local java archive tmp
  java="$(stancemap_java)"
  if [ "$STANCEMAP_CDS" = 0 ]; then exec "$java" "$@"; fi
  # Java Flight Recorder and the archive do not mix on JDK 17: a JVM dumping one records nothing, and
  # one mapping it crashes in the class-file load hook. A recorded run (scripts/bench --jfr) uses neither.
  case " $* " in *" -XX:StartFlightRecording"*) exec "$java" "$@" ;; esac
  archive="$(stancemap_cds_archive)"
  if [ -f "$archive" ]; then
    exec "$java" -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off "$@"
  fi
  if [ "${STANCEMAP_COMMAND:-}" != run ] || ! mkdir -p "$STANCEMAP_CDS_DIR" 2>/dev/null || [ ! -w "$STANCEMAP_CDS_DIR" ]; then
    exec "$java" "$@"
  fi
  tmp="$archive.tmp.$$"
  local child rc
  "$java" -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds=off -Xlog:cds+dynamic=off "$@" &
  child=$!
  trap 'kill -TERM "$child" 2>/dev/null' TERM
  trap 'kill -INT "$child" 2>/dev/null' INT
  trap 'kill -HUP "$child" 2>/dev/null' HUP
  # wait returns early when a trapped signal arrives: wait again until the JVM has exited
  while :; do
    rc=0
    wait "$child" || rc=$?
    kill -0 "$child" 2>/dev/null || break
  done
  trap - TERM INT HUP
  if [ "$rc" = 0 ] && [ -s "$tmp" ]; then
    # this build's archive only: those of earlier builds or JVMs are no longer used
    find "$STANCEMAP_CDS_DIR" -maxdepth 1 -name 'stancemap-*.jsa' ! -name "$(basename "$archive")" -delete 2>/dev/null || true
    mv -f "$tmp" "$archive" 2>/dev/null || true
  fi
  rm -f "$tmp"
  exit "$rc"
}

# Spark's reverse-DNS lookup of the machine's address is slow or fails on closed networks.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

# A Java 17 runtime: JAVA_HOME if it is one, else the java on PATH (Java 25 breaks Hadoop).
stancemap_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; else echo java; fi
}

# The first code file (sources, resources, poms) newer than $1, or nothing. data/ is not code: it is
# read at run time (STANCEMAP_DATA_DIR, data.dir in --config, or this checkout's data/ named by
# scripts/stancemap), so editing data/outlets.tsv must never cost a Maven build.
code_newer_than() {
  find "$STANCEMAP_HOME/udfs/src/main" "$STANCEMAP_HOME/jobs/src/main" \
       "$STANCEMAP_HOME/pom.xml" "$STANCEMAP_HOME/udfs/pom.xml" "$STANCEMAP_HOME/jobs/pom.xml" \
       -newer "$1" -type f -print -quit 2>/dev/null
}

# Builds the jars when they are missing or older than the code, so a fresh clone just works.
ensure_built() {
  local stale="" changed
  if [ ! -f "$JOBS_JAR" ] || [ ! -d "$JOBS_LIB" ]; then
    stale="missing"
  else
    changed="$(code_newer_than "$JOBS_JAR")"
    if [ -n "$changed" ]; then stale="${changed#"$STANCEMAP_HOME"/} is newer"; fi
  fi
  if [ -n "$stale" ]; then
    echo "stancemap: building the jars ($stale; takes about a minute the first time)..." >&2
    (cd "$STANCEMAP_HOME" && mvn -B -q -ntp -DskipTests package) >&2 || {
      echo "stancemap: the build failed; run 'mvn -DskipTests package' to see why" >&2; exit 70; }
    # Maven leaves an up-to-date jar untouched: mark it current so the next call does not rebuild
    touch "$JOBS_JAR"
  fi
}

# A data file edited after the jar $1 was built (samples aside), or nothing: the jar's copy of data/
# is what a cluster's executors read unless STANCEMAP_DATA_DIR reaches them.
data_newer_than() {
  find "$STANCEMAP_HOME/data" -path "$STANCEMAP_HOME/data/samples" -prune -o -type f -newer "$1" -print -quit 2>/dev/null
}
