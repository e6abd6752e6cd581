#!/usr/bin/env bash
# Stops Pitstop in the namespace pitstop-dev, as the original's k8s/scripts/stop-all.sh did: deletes what
# start-all.sh applied (with or without the mesh). The Secrets and the volumes (databases, broker journal) stay,
# so the next start-all.sh finds the data again; --purge deletes the whole namespace, data included.
#
#   openshift/stop-all.sh [--nomesh | --mesh] [--purge]
#
# --nomesh and --mesh are accepted for symmetry with start-all.sh; either way everything is deleted.
# KUBECTL=... chooses the client.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
namespace=pitstop-dev
purge=false

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --nomesh|--mesh) shift ;;
    --purge) purge=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "stop-all.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

k="${KUBECTL:-}"
if [[ -z "$k" ]]; then
  if command -v oc >/dev/null 2>&1; then k=oc; elif command -v kubectl >/dev/null 2>&1; then k=kubectl; else
    echo "stop-all.sh: neither oc nor kubectl is installed" >&2; exit 1
  fi
fi

if $purge; then
  "$k" delete namespace "$namespace" --ignore-not-found
  exit 0
fi

# The mesh overlay is dev plus the mesh's resources, so deleting it removes everything either start applied.
# Without the mesh's CRDs in the cluster, the dev overlay is what there is to delete.
if "$k" get crd virtualservices.networking.istio.io >/dev/null 2>&1; then
  "$k" delete -k "$here/overlays/dev-mesh" --ignore-not-found
else
  "$k" delete -k "$here/overlays/dev" --ignore-not-found
fi
"$k" label namespace "$namespace" istio-injection- >/dev/null 2>&1 || true
echo "Pitstop is stopped; its Secrets and volumes are kept in $namespace (--purge deletes them)."
