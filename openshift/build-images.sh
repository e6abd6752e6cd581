#!/usr/bin/env bash
# Builds the five Pitstop images, one per Liberty deployable, from each module's Containerfile, with podman or
# docker. Runs the Maven package build first (the images take the WAR/EAR and the staged shared resources from
# target/), unless --skip-build.
#
#   openshift/build-images.sh [--registry REGISTRY] [--tag TAG] [--push] [--skip-build] [--dry-run]
#
#   --registry  image name prefix (default: pitstop), e.g. the OpenShift registry's route plus the namespace:
#               default-route-openshift-image-registry.apps.example.com/pitstop-dev
#   --tag       image tag (default: the project version from pom.xml)
#   --push      push every image after building it (log in first: podman login ...)
#   --dry-run   print the commands instead of running them
# CONTAINER_ENGINE=podman|docker chooses the engine; by default podman when installed, else docker.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"

# image name -> module folder (the build context, holding the Containerfile)
images=(
  "customer-api:customer-war"
  "vehicle-api:vehicle-war"
  "workshop-api:workshop-war"
  "handlers:handlers-ear/ear"
  "webapp:webapp-faces"
)

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

registry="pitstop"
tag=""
push=false
build=true
dry_run=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --registry) registry="${2:?--registry needs a value}"; shift 2 ;;
    --tag) tag="${2:?--tag needs a value}"; shift 2 ;;
    --push) push=true; shift ;;
    --skip-build) build=false; shift ;;
    --dry-run) dry_run=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "build-images.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if [[ -z "$tag" ]]; then
  tag="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"
fi
revision="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"

engine="${CONTAINER_ENGINE:-}"
if [[ -z "$engine" ]]; then
  if command -v podman >/dev/null 2>&1; then engine=podman; else engine=docker; fi
fi

run() {
  if $dry_run; then
    echo "$*"
  else
    "$@"
  fi
}

if ! $dry_run && ! command -v "$engine" >/dev/null 2>&1; then
  echo "build-images.sh: neither podman nor docker is installed (set CONTAINER_ENGINE)" >&2
  exit 1
fi

if $build; then
  run "$root/mvnw" -B -q -f "$root/pom.xml" package -DskipTests
fi

for entry in "${images[@]}"; do
  name="${entry%%:*}"
  module="${entry#*:}"
  image="$registry/$name:$tag"
  run "$engine" build -f "$root/$module/Containerfile" -t "$image" \
    --build-arg "VERSION=$tag" --build-arg "REVISION=$revision" "$root/$module"
  if $push; then
    run "$engine" push "$image"
  fi
done
