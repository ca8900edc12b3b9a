#!/usr/bin/env bash
# Fuzzes each Jazzer @FuzzTest target for a while, one Maven call (one JVM) per target, since
# Jazzer fuzzes one test per JVM. See docs/fuzzing.md.
#
#   ./fuzz.sh [DURATION] [TARGET...]
#
# DURATION is a Jazzer duration such as 30s, 5m or 1h (default 5m); it overrides the
# @FuzzTest(maxDuration) of each target through JAZZER_MAX_DURATION. TARGET is
# Class#method as listed below (default: all; the list holds every @FuzzTest of the project).
# Findings are written by Jazzer into the test's
# Inputs folder (src/test/resources/<package>/<Class>Inputs/<method>/crash-*); the script stops at
# the first target with a finding and exits 1. Logs go to target/fuzz/<Class>-<method>.log.
set -euo pipefail

cd "$(dirname "$0")"
duration="${1:-5m}"
shift || true

# module Class#method
targets=(
  "catalog-core CatalogParserFuzzTest#parserNeverThrowsOnArbitraryText"
  "catalog-core CatalogParserFuzzTest#parserNeverThrowsOnArbitraryBytes"
  "catalog-core CatalogParserFuzzTest#parserNeverThrowsOnMutatedFixturesReadFromDisk"
  "catalog-core ListLayoutFuzzTest#listAndTableInputNeverThrowsAndNumbersTalksInOrder"
  "catalog-core MarkdownReaderDifferentialFuzzTest#theFastPathReadsAsFlexmarkDoes"
  "catalog-core HeadingReaderFuzzTest#partsComeFromTheHeadingInOrder"
  "catalog-core SpeakerReaderFuzzTest#speakersComeFromTheInputAndAreNeverRepeated"
  "catalog-core VideoUrlFuzzTest#youtubeNeverThrowsAndReturnsWellFormedIds"
  "catalog-core CatalogFilterFuzzTest#filterReturnsTheAcceptedTalksInOrderWithTheirPositions"
  "catalog-core CatalogWriterFuzzTest#catalogsInTheSubsetReadBackUnchanged"
  "catalog-jackson CatalogJsonFuzzTest#readThrowsOnlyCatalogJsonException"
  "catalog-jackson3 JsonRoundTripFuzzTest#generatedCatalogsSurviveJsonRoundTrips"
)

wanted=("$@")
mkdir -p target/fuzz
status=0
for entry in "${targets[@]}"; do
  module="${entry%% *}"
  test="${entry#* }"
  if [ "${#wanted[@]}" -gt 0 ] && [[ ! " ${wanted[*]} " == *" ${test} "* ]]; then
    continue
  fi
  log="target/fuzz/${test/\#/-}.log"
  echo "fuzzing ${test} (${module}) for ${duration}; log: ${log}"
  # -am builds the modules the target's module depends on from this checkout; they have no
  # matching test, hence -Dsurefire.failIfNoSpecifiedTests=false.
  # Each target's @Timeout is the per-input limit (Jazzer passes it to libFuzzer as -timeout);
  # JUnit would apply it to the whole fuzzing run too, unless timeouts are disabled for JUnit.
  if JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${duration}" mvn -B -o test -pl "${module}" -am \
      -Dtest="${test}" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djunit.jupiter.execution.timeout.mode=disabled >"${log}" 2>&1; then
    grep -a -h "^Done " "${log}" | tail -1 || true
  else
    echo "finding or failure in ${test}; see ${log}" >&2
    grep -a -h -E "^Done |Test unit written to" "${log}" >&2 || true
    status=1
    break
  fi
done
exit "${status}"
