#!/usr/bin/env bash
# Builds the consumer project against the talk-catalog artifacts installed in the local Maven
# repository (run `mvn -B -DskipTests install` at the repository root first), then runs its checks
# twice: on the class path and on the module path.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

# The version being built: the first <version> of the root pom.xml at two spaces of indentation.
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)"
seed="$root/testdata/seed/vllm-pytorch-conference-2025.md"

mvn -B -q -Dtalkcatalog.version="$version" clean package \
  dependency:build-classpath -Dmdep.outputFile=target/dependencies.txt -Dmdep.includeScope=runtime
deps="$(cat target/dependencies.txt)"

echo "consumer: talk-catalog $version on the class path"
java -cp "target/classes:$deps" consumer.Main "$seed" classpath

# Every jar on the module path: catalog-jackson (explicit module), catalog-core (automatic module
# io.github.talkcatalog.core), flexmark's jars (automatic modules named after their files).
echo "consumer: talk-catalog $version on the module path"
java --module-path "target/classes:$deps" -m consumer/consumer.Main "$seed" modulepath
