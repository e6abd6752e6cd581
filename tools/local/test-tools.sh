#!/usr/bin/env bash
# The tools the tests need besides a JDK, which Maven cannot fetch: curl (the run tool's health probes), kubectl
# (the OpenShift tests render the overlays with kubectl kustomize) and, unless the integration tests are skipped,
# Debian's chromium and chromium-driver (the web app's browser tests).
#   test-tools.sh missing [SKIP_ITS]   prints the Debian packages that are missing, one per line (.ci/run installs them)
#   test-tools.sh check [SKIP_ITS]     fails at once, naming the command that installs them (./mvnw verify runs it first)
set -euo pipefail

missing() {
  local skip_its=${1:-false}
  command -v curl >/dev/null 2>&1 || echo curl
  command -v kubectl >/dev/null 2>&1 || echo kubectl
  if [[ $skip_its != true ]]; then
    command -v chromium >/dev/null 2>&1 || echo chromium
    command -v chromedriver >/dev/null 2>&1 || echo chromium-driver
  fi
}

case ${1:-} in
  missing) missing "${2:-false}" ;;
  check)
    packages=$(missing "${2:-false}" | tr '\n' ' ')
    if [[ -n $packages ]]; then
      echo "The tests need tools Maven cannot fetch: ${packages% }." >&2
      echo "Install them with: sudo apt-get install ${packages% }   (or run .ci/run, which does)" >&2
      exit 1
    fi
    ;;
  *) echo "usage: test-tools.sh missing|check [SKIP_ITS]" >&2; exit 2 ;;
esac
