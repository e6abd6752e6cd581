#!/usr/bin/env bash
# Starts Pitstop on OpenShift in the namespace pitstop-dev, infrastructure included (overlay dev), as the
# original's k8s/scripts/start-all.sh did:
#
#   openshift/start-all.sh [--nomesh | --mesh [--mirror | --faults]]
#
#   --nomesh  without a service mesh (the default): overlay dev
#   --mesh    with OpenShift Service Mesh: overlay dev-mesh (sidecars, customer API v2 beside v1, 75/25 canary)
#   --mirror  with the mesh, every customer API call to v1 and its GETs mirrored to v2: overlay dev-mesh-mirror
#   --faults  with the mesh, 25 % of the customer API calls failed by the sidecar (503): overlay dev-mesh-faults
#
# Needs: oc (or kubectl) logged in to the cluster, the Open Liberty Operator installed, and for --mesh OpenShift
# Service Mesh. The images come from the internal registry: openshift/build-images.sh --push --registry
# <registry route>/pitstop-dev first. The script creates the namespace and, when missing, the Secrets
# sqlserver-admin (the dev SQL Server's sa), pitstop-database-ddl-credentials (the login that migrates the schemas),
# pitstop-database-credentials (the servers' data-only login), pitstop-broker-credentials and
# pitstop-smtp-credentials with random passwords
# (never printed), applies the overlay and waits until every server is ready.
# KUBECTL=... chooses the client; WAIT_TIMEOUT (default 15m) how long to wait.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
namespace=pitstop-dev
mesh=false
overlay=dev

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --nomesh) mesh=false; overlay=dev; shift ;;
    --mesh) mesh=true; [[ $overlay == dev ]] && overlay=dev-mesh; shift ;;
    --mirror) mesh=true; overlay=dev-mesh-mirror; shift ;;
    --faults) mesh=true; overlay=dev-mesh-faults; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "start-all.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

k="${KUBECTL:-}"
if [[ -z "$k" ]]; then
  if command -v oc >/dev/null 2>&1; then k=oc; elif command -v kubectl >/dev/null 2>&1; then k=kubectl; else
    echo "start-all.sh: neither oc nor kubectl is installed" >&2; exit 1
  fi
fi

require_crd() { # crd, what to install
  if ! "$k" get crd "$1" >/dev/null 2>&1; then
    echo "start-all.sh: the cluster has no $1; install $2 first" >&2
    exit 1
  fi
}

require_crd openlibertyapplications.apps.openliberty.io "the Open Liberty Operator (OperatorHub)"
if $mesh; then
  require_crd virtualservices.networking.istio.io "OpenShift Service Mesh (OperatorHub) and its control plane"
fi

"$k" create namespace "$namespace" --dry-run=client -o yaml | "$k" apply -f -

# A random password that SQL Server's policy accepts (upper and lower case, digits and a symbol).
password() {
  local random
  random="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  printf '%s' "${random:0:20}aA1!"
}

secret() { # name, then KEY=VALUE lines
  local name="$1"; shift
  if "$k" -n "$namespace" get secret "$name" >/dev/null 2>&1; then
    echo "secret/$name exists, kept"
    return
  fi
  local file
  file="$(mktemp)"
  chmod 600 "$file"
  printf '%s\n' "$@" >"$file"
  "$k" -n "$namespace" create secret generic "$name" --from-env-file="$file"
  rm -f "$file"
}
# The dev SQL Server's administrator, and the two logins its init Job creates in every database (docs/adr/0018): one
# that may change the schema (the init containers migrate with it), one that may only read and write data (the
# servers run with it).
secret sqlserver-admin "MSSQL_SA_PASSWORD=$(password)"
secret pitstop-database-ddl-credentials "DB_USER=pitstop_migrate" "DB_PASSWORD=$(password)"
secret pitstop-database-credentials "DB_USER=pitstop_app" "DB_PASSWORD=$(password)"
secret pitstop-broker-credentials "BROKER_USER=pitstop" "BROKER_PASSWORD=$(password)"
secret pitstop-smtp-credentials "SMTP_USER=pitstop" "SMTP_PASSWORD=$(password)"

# The secrets the local run makes too (GenerateSecrets.java: the token signing key, the local users and their
# passwords), made once, at the first Secret below that needs them, in a folder only this user can read, and removed
# once the Secrets hold them (or when the script ends early).
made=""
trap '[[ -z $made ]] || rm -rf "$made"' EXIT
make_secrets() {
  [[ -z $made ]] || return 0
  made="$(mktemp -d)"
  chmod 700 "$made"
  "${JAVA:-java}" "$here/../tools/local/GenerateSecrets.java" "$made/made"
}

# The staff tokens' keys in two Secrets (docs/adr/0021): the signing key, which only the web app mounts, and the
# verification key set, which the APIs mount (during a rotation it holds the old key and the new one).
token_secrets() {
  if "$k" -n "$namespace" get secret pitstop-token-signing-key >/dev/null 2>&1; then
    echo "secret/pitstop-token-signing-key exists, kept"
    return
  fi
  make_secrets
  mkdir "$made/signing" "$made/verification"
  cp "$made/made/jwt-private.pem" "$made/signing/"
  (umask 077 && "${JAVA:-java}" "$here/../platform/tokens/src/main/java/nl/pitstop/tokens/StaffTokens.java" \
    --key-set "$made/made/jwt-private.pem" >"$made/verification/jwt-public.jwks")
  "$k" -n "$namespace" create secret generic pitstop-token-signing-key --from-file="$made/signing"
  "$k" -n "$namespace" create secret generic pitstop-token-verification-keys --from-file="$made/verification"
}
token_secrets
# The web app's local users (docs/adr/0011), made by the same program as ./pitstop's, in a folder only this user can
# read: their registry, which holds the passwords' hashes only and which the web app mounts, and the passwords
# themselves, which no pod mounts; read one with
#   kubectl -n pitstop-dev get secret pitstop-local-passwords -o jsonpath='{.data.office\.password}' | base64 -d
local_users() {
  if "$k" -n "$namespace" get secret pitstop-local-users >/dev/null 2>&1; then
    echo "secret/pitstop-local-users exists, kept"
    return
  fi
  local user
  make_secrets
  mkdir "$made/users" "$made/passwords"
  cp "$made/made/users.xml" "$made/users/"
  for user in office mechanic admin garage; do cp "$made/made/$user.password" "$made/passwords/"; done
  "$k" -n "$namespace" create secret generic pitstop-local-users --from-file="$made/users"
  "$k" -n "$namespace" create secret generic pitstop-local-passwords --from-file="$made/passwords"
}
local_users
if [[ -n $made ]]; then rm -rf "$made"; made=""; fi

if $mesh; then
  # Service Mesh 3 and upstream Istio inject by this label; with Service Mesh 2, also add the namespace to the
  # ServiceMeshMemberRoll of your control plane.
  "$k" label namespace "$namespace" istio-injection=enabled --overwrite
  "$k" apply -k "$here/overlays/$overlay"
else
  "$k" label namespace "$namespace" istio-injection- >/dev/null 2>&1 || true
  # What only the mesh overlay has, left from an earlier start-all.sh --mesh.
  "$k" -n "$namespace" delete openlibertyapplication customer-api-v2 --ignore-not-found
  if "$k" get crd virtualservices.networking.istio.io >/dev/null 2>&1; then
    "$k" -n "$namespace" delete virtualservice,destinationrule customer-api --ignore-not-found
  fi
  "$k" apply -k "$here/overlays/dev"
fi

echo "Waiting until every server is ready (the first start pulls images and creates the databases)..."
"$k" -n "$namespace" wait --for=condition=Ready openlibertyapplication --all --timeout="${WAIT_TIMEOUT:-15m}"
host="$("$k" -n "$namespace" get route webapp -o jsonpath='{.spec.host}')"
echo "Pitstop is running: https://$host/"
