#!/usr/bin/env bash
# Runs the whole Pitstop system on this machine with its embedded defaults: an ActiveMQ Artemis broker, H2 in
# server mode (one database per service, SQL Server compatibility mode), a GreenMail SMTP sink, a Zipkin trace
# collector and the five Liberty servers. Needs only a JDK 17+ (Maven comes through ./mvnw).
#
#   ./pitstop start [--no-build]   build, start everything, wait until every server is ready, print the URLs
#   ./pitstop stop                 stop what `start` started (and nothing else)
#   ./pitstop status               what runs and whether it is ready
#   ./pitstop infra start [broker|database|mail|traces ...] | stop [PART]   only the infrastructure, or parts of it
#   ./pitstop infra start --for-build PARTS   for a Maven build's integration tests: shared by the build's modules,
#                                  started from empty data once, stopped when the build ends
#   ./pitstop server start|stop|kill|restart NAME [--instance N]   one Liberty server (kill = SIGKILL, for fault
#                                  tests); instance N >= 2 is a replica on the server's port + N - 1, started in a
#                                  fresh folder each time (as a new pod is), sharing the database and the broker
#   ./pitstop logs NAME            follow a server's console log
#   ./pitstop token [USER]         print a staff token for a local user (default office; office, mechanic, admin or
#                                  garage, who holds all three roles), valid for PITSTOP_TOKEN_MINUTES (60), e.g.
#                                  curl -H "Authorization: Bearer $(./pitstop token)" localhost:5100/api/customers
#
# Environment: PITSTOP_HOME (state: data, pids, tools; default .pitstop in the repository), BROKER_PORT (61616),
# DB_PORT (9092), SMTP_PORT (3025), MAIL_API_PORT (4000), TRACES_PORT (9411), PITSTOP_HEAP (max heap per server, 320m),
# PITSTOP_JVM_OPTS (JVM options of the servers), PITSTOP_CDS (false: no class data sharing archives),
# PITSTOP_H2_OPTS (H2's JVM options and settings), PITSTOP_READY_TIMEOUT (seconds, 300), BROKER_SSL (true: the local
# broker takes TLS connections only, with a certificate made for this checkout, and the servers trust it), SERVICE_TLS
# (true: the APIs serve HTTPS only, with a certificate a CA made for this checkout signs, and the web app calls them
# over it, trusting that CA alone; the web app's own pages stay plain HTTP on this machine).
set -euo pipefail

# What this tool starts runs on after it: it must not inherit the caller's open files (a lock taken with flock, a
# pipe a build waits on). Closes all but stdin, stdout, stderr and the script itself (bash reads it on fd 255).
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  if ((fd > 2 && fd < 255)); then eval "exec $fd>&-"; fi
done
unset fd

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PITSTOP_HOME=${PITSTOP_HOME:-$ROOT/.pitstop}
mkdir -p "$PITSTOP_HOME"
PITSTOP_HOME=$(cd "$PITSTOP_HOME" && pwd)
RUN=$PITSTOP_HOME/run
DATA=$PITSTOP_HOME/data
TOOLS=$PITSTOP_HOME/tools
FETCHED=$ROOT/tools/local-runtime/target/tools
# This checkout's secrets, whatever PITSTOP_HOME is: the servers the build creates look for them here (their
# bootstrap.properties), and so do the tests. Never committed (.gitignore) and never logged.
SECRETS=$ROOT/.pitstop/secrets

BROKER_PORT=${BROKER_PORT:-61616}
DB_PORT=${DB_PORT:-9092}
SMTP_PORT=${SMTP_PORT:-3025}
MAIL_API_PORT=${MAIL_API_PORT:-4000}
TRACES_PORT=${TRACES_PORT:-9411}
ARTEMIS_CONSOLE_PORT=${ARTEMIS_CONSOLE_PORT:-8161}
READY_TIMEOUT=${PITSTOP_READY_TIMEOUT:-300}
BROKER_USER=${BROKER_USER:-pitstop}
BROKER_PASSWORD=${BROKER_PASSWORD:-pitstop}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Five servers start at once on a small machine: the C1 compiler alone and the serial collector roughly halve
# the time to all-ready (102 s -> 46 s on 2 cores). Set PITSTOP_JVM_OPTS="" for full JIT, e.g. for benchmarks.
FAST_START_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

# Class data sharing (docs/adr/0017): a server's first start records the classes it loads and its JVM writes them to
# an archive when the server stops; later starts map them from the archive instead of reading, parsing and verifying
# them again (about 15 % less CPU to start). One archive per server, JDK and Liberty version: a new JDK or Liberty
# makes a new one at its first stop. A changed class of an application is loaded from its jar as before, so a
# rebuilt application still starts with the rest from the archive. PITSTOP_CDS=false turns it off.
CDS_DIR=$PITSTOP_HOME/cds
CDS_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+AllowArchivingWithJavaAgent -Xlog:cds=off -Xlog:cds+dynamic=off"

# H2's JVM and settings for this system's load (docs/benchmarks.md, "H2's settings"): each session keeps 64 parsed
# statements instead of 8, so that a pooled connection's statements are not parsed again and again, and a database
# file is compacted when it is less than half full instead of 90 % (its chunks were rewritten all the time). The
# servers ask for a page cache of 64 MB per database instead of 16 (db.url.suffix, pitstop-database-h2.xml).
H2_OPTS=${PITSTOP_H2_OPTS:--Xmx768m -Dh2.queryCacheSize=64 -Dh2.autoCompactFillRate=50}

# name:module directory:port, in start order
SERVERS=(
  "customer:customer-war:5100"
  "vehicle:vehicle-war:5000"
  "workshop:workshop-war:5200"
  "handlers:handlers-ear/ear:5300"
  "webapp:webapp-faces:7005"
)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'pitstop: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() { # port seconds what
  local deadline=$((SECONDS + $2))
  until port_open "$1"; do
    ((SECONDS < deadline)) || die "$3 did not open port $1 within $2 s (see $RUN/*.log)"
    sleep 0.3
  done
}

# The recorded pid is the process itself (setsid, nohup and the launch scripts exec into it) and the leader of its
# own process group, which stop and kill signal as a whole.
pid_alive() { [[ -f $RUN/$1.pid ]] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

# Whether a process of the group still runs. A SIGKILLed JVM takes a moment to exit: its main thread is a zombie
# first, while its other threads still end and its ports are still open (measured: about 0.1 s for a 1 GB heap). So a
# stop or a kill waits for its group to be gone, or the next start finds the port in use. A zombie whose threads have
# all ended does not count: it holds no port, and this machine's init may not reap it.
group_alive() { # pgid
  local stat line fields tasks
  for stat in /proc/[0-9]*/stat; do
    { read -r line <"$stat"; } 2>/dev/null || continue
    read -r -a fields <<<"${line##*) }" # after the command's name, which may hold spaces: state, ppid, pgrp, ...
    [[ ${fields[2]} == "$1" ]] || continue
    [[ ${fields[0]} != Z ]] && return 0
    tasks=("${stat%/stat}"/task/*)
    ((${#tasks[@]} > 1)) && return 0
  done
  return 1
}

await_group_gone() { # pgid seconds
  local deadline=$((SECONDS + $2))
  while group_alive "$1"; do
    ((SECONDS < deadline)) || die "process group $1 still runs $2 s after SIGKILL"
    sleep 0.05
  done
}

require_free() { # port what
  port_open "$1" && die "port $1 ($2) is in use by a process this tool did not start; stop it or choose another port"
  return 0
}

# ---------------------------------------------------------------- infrastructure

install_tools() {
  mkdir -p "$TOOLS" "$RUN" "$DATA"
  if [[ ! -f $FETCHED/h2.jar || ! -f $FETCHED/zipkin-server.jar ]]; then
    log "fetching broker, database, mail sink and trace collector from Maven Central"
    "$ROOT/mvnw" -B -q -f "$ROOT/tools/local-runtime/pom.xml" package
  fi
  cp -u "$FETCHED/h2.jar" "$FETCHED/greenmail-standalone.jar" "$FETCHED/zipkin-server.jar" "$TOOLS/"
  if [[ ! -x $TOOLS/artemis/bin/artemis ]]; then
    rm -rf "$TOOLS/artemis" "$TOOLS"/apache-artemis-*
    tar -xzf "$FETCHED/apache-artemis-bin.tar.gz" -C "$TOOLS"
    mv "$TOOLS"/apache-artemis-* "$TOOLS/artemis"
  fi
}

# The services' databases and those of the modules' integration tests (DATABASES), created by this tool with this
# checkout's database password before the server starts: the server itself creates none (no -ifNotExists), so no one
# who reaches its port can make a database of their own and run code in it (CREATE ALIAS). Databases made with the
# password of older checkouts get the new one.
DATABASES=(customer vehicle workshop workshopeventstore auditlog notification invoicing timeservice
  eventstore-it outbox-it invoicing-it notification-it database-stop-it)

create_databases() {
  local name missing=false
  for name in "${DATABASES[@]}"; do [[ -f $DATA/h2/$name.mv.db ]] || missing=true; done
  if [[ $missing == false && $DATA/h2/.password -nt $SECRETS/db.password ]]; then return; fi
  "$JAVA" -cp "$TOOLS/h2.jar" "$ROOT/tools/local/CreateDatabases.java" "$DATA/h2" "$SECRETS/db.password" \
    "${DATABASES[@]}"
  touch "$DATA/h2/.password"
}

start_database() {
  if pid_alive h2; then log "database already running"; return; fi
  require_free "$DB_PORT" "database"
  mkdir -p "$DATA/h2"
  chmod 700 "$DATA/h2"
  create_databases
  (umask 077 && head -c 18 /dev/urandom | base64 >"$RUN/h2.shutdown")
  # Listens on 127.0.0.1 only (h2.bindAddress); without -tcpAllowOthers it would refuse other machines anyway.
  # shellcheck disable=SC2086 # H2_OPTS is a list of options
  setsid nohup "$JAVA" $H2_OPTS -Dh2.bindAddress=127.0.0.1 -cp "$TOOLS/h2.jar" org.h2.tools.Server \
    -tcp -tcpPort "$DB_PORT" -baseDir "$DATA/h2" -tcpPassword "$(cat "$RUN/h2.shutdown")" >>"$RUN/h2.log" 2>&1 &
  echo $! >"$RUN/h2.pid"
  wait_for_port "$DB_PORT" 30 "H2"
  log "database (H2, SQL Server mode) on $DB_PORT, data in $DATA/h2"
}

start_mail() {
  if pid_alive greenmail; then log "mail sink already running"; return; fi
  require_free "$SMTP_PORT" "SMTP sink"
  setsid nohup "$JAVA" -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -Dgreenmail.auth.disabled \
    -jar "$TOOLS/greenmail-standalone.jar" >"$RUN/greenmail.log" 2>&1 &
  echo $! >"$RUN/greenmail.pid"
  wait_for_port "$SMTP_PORT" 30 "GreenMail"
  wait_for_port "$MAIL_API_PORT" 30 "GreenMail API"
  log "mail sink (GreenMail) SMTP on $SMTP_PORT, API on http://localhost:$MAIL_API_PORT"
}

# Zipkin keeps the servers' spans in memory (the newest 100,000) and shows them at http://localhost:9411/zipkin;
# one user action is one trace across web app, APIs, broker and handlers (docs/adr/0013). It takes the longest of
# the infrastructure to start, so it is launched first and waited for last.
launch_traces() {
  if pid_alive zipkin; then return; fi
  require_free "$TRACES_PORT" "trace collector"
  setsid nohup "$JAVA" -Xmx384m -XX:TieredStopAtLevel=1 -jar "$TOOLS/zipkin-server.jar" \
    --armeria.ports[0].ip=127.0.0.1 --armeria.ports[0].port="$TRACES_PORT" --armeria.ports[0].protocols=http \
    --zipkin.storage.mem.max-spans=100000 --logging.level.root=WARN >"$RUN/zipkin.log" 2>&1 &
  echo $! >"$RUN/zipkin.pid"
}

await_traces() {
  wait_for_port "$TRACES_PORT" 120 "Zipkin"
  log "trace collector (Zipkin) on http://localhost:$TRACES_PORT/zipkin"
}

create_broker() {
  if [[ ! -f $DATA/artemis/etc/broker.xml ]]; then
    log "creating the broker instance (autotuned journal)"
    "$TOOLS/artemis/bin/artemis" create "$DATA/artemis" --silent --require-login \
      --user "$BROKER_USER" --password "$BROKER_PASSWORD" --host 127.0.0.1 --name pitstop \
      --default-port "$BROKER_PORT" --http-host 127.0.0.1 --http-port "$ARTEMIS_CONSOLE_PORT" \
      --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
      --java-memory 512M >"$RUN/artemis-create.log" 2>&1
  fi
  # The broker settings (redelivery back-off, dead-letter and expiry addresses, duplicate detection), the same file
  # as the OpenShift dev broker's: `artemis run` applies the instance's etc/broker.properties after broker.xml. Copied
  # at every start, so that an instance an older pitstop made gets them, and a changed file takes effect.
  cp "$ROOT/openshift/components/dev/broker.properties" "$DATA/artemis/etc/broker.properties"
}

# The broker over TLS (BROKER_SSL=true; docs/adr/0021), as the company's broker is reached in production: a key pair
# and a certificate for localhost and 127.0.0.1 made once for this checkout (keytool; passwords from a file, never
# on a command line), the broker's only core acceptor switched to TLS, and the servers given the certificate as the
# one they trust. A plain connection is then refused. The choice sticks to the broker's data folder: servers started
# later (./pitstop server start) connect as the running broker expects.
BROKER_TLS_MARK=$DATA/artemis/.tls

ensure_broker_certificate() {
  [[ -f $SECRETS/broker-keystore.p12 && -f $SECRETS/broker-truststore.p12 ]] && return
  local dir
  dir=$(mktemp -d)
  (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$SECRETS/broker-tls.password")
  keytool -genkeypair -alias broker -keyalg RSA -keysize 2048 -validity 3650 -dname CN=localhost \
    -ext SAN=dns:localhost,ip:127.0.0.1 -storetype PKCS12 -keystore "$dir/keystore.p12" \
    -storepass:file "$SECRETS/broker-tls.password" >/dev/null 2>&1
  keytool -exportcert -rfc -alias broker -keystore "$dir/keystore.p12" -storetype PKCS12 \
    -storepass:file "$SECRETS/broker-tls.password" -file "$dir/broker.pem" >/dev/null 2>&1
  keytool -importcert -noprompt -alias broker -file "$dir/broker.pem" -storetype PKCS12 \
    -keystore "$dir/truststore.p12" -storepass:file "$SECRETS/broker-tls.password" >/dev/null 2>&1
  chmod 600 "$dir"/*.p12
  mv "$dir/keystore.p12" "$SECRETS/broker-keystore.p12"
  mv "$dir/truststore.p12" "$SECRETS/broker-truststore.p12"
  rm -rf "$dir"
  log "broker certificate made in $SECRETS (broker-keystore.p12, broker-truststore.p12)"
}

# The environment the servers connect to the local broker with: over TLS if it runs so, trusting its certificate.
broker_environment() {
  if [[ ${BROKER_SSL:-true} == true && -z ${BROKER_TRUSTSTORE:-} && -f $BROKER_TLS_MARK ]]; then
    echo BROKER_SSL=true BROKER_TRUSTSTORE="$SECRETS/broker-truststore.p12" \
      BROKER_TRUSTSTORE_PASSWORD="$(cat "$SECRETS/broker-tls.password")"
  fi
}

# HTTPS between the servers (SERVICE_TLS=true; docs/adr/0024), as OpenShift's service certificates give it in
# production: a CA made once for this checkout signs one certificate for localhost and 127.0.0.1; every server gets
# the key and a trust store that holds the CA alone (passwords from a file, never on a command line). The CA's key is
# thrown away once it has signed. The APIs then serve HTTPS only on their ports, and the web app calls them so. The
# choice sticks to the data folder, as the broker's does: servers started later serve as the others expect.
SERVICE_TLS_MARK=$DATA/.service-tls

ensure_service_certificate() {
  [[ -f $SECRETS/service-keystore.p12 && -f $SECRETS/service-truststore.p12 && -f $SECRETS/service-ca.pem ]] && return
  local dir password
  dir=$(mktemp -d)
  (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$SECRETS/service-tls.password")
  password=(-storetype PKCS12 -storepass:file "$SECRETS/service-tls.password")
  keytool -genkeypair -alias ca -keyalg RSA -keysize 2048 -validity 3650 -dname "CN=Pitstop local service CA" \
    -ext bc:c -keystore "$dir/ca.p12" "${password[@]}" >/dev/null 2>&1
  keytool -exportcert -rfc -alias ca -keystore "$dir/ca.p12" "${password[@]}" -file "$dir/ca.pem" >/dev/null 2>&1
  keytool -genkeypair -alias service -keyalg RSA -keysize 2048 -validity 825 -dname CN=localhost \
    -keystore "$dir/keystore.p12" "${password[@]}" >/dev/null 2>&1
  keytool -certreq -alias service -keystore "$dir/keystore.p12" "${password[@]}" -file "$dir/service.csr" >/dev/null 2>&1
  keytool -gencert -rfc -alias ca -keystore "$dir/ca.p12" "${password[@]}" -infile "$dir/service.csr" \
    -outfile "$dir/service.pem" -validity 825 -ext SAN=dns:localhost,ip:127.0.0.1 -ext EKU=serverAuth \
    -ext KU=digitalSignature,keyEncipherment >/dev/null 2>&1
  # the signed certificate replaces the self-signed one, with the CA in its chain
  keytool -importcert -noprompt -alias ca -file "$dir/ca.pem" -keystore "$dir/keystore.p12" "${password[@]}" \
    >/dev/null 2>&1
  keytool -importcert -noprompt -alias service -file "$dir/service.pem" -keystore "$dir/keystore.p12" \
    "${password[@]}" >/dev/null 2>&1
  keytool -delete -alias ca -keystore "$dir/keystore.p12" "${password[@]}" >/dev/null 2>&1
  keytool -importcert -noprompt -alias service-ca -file "$dir/ca.pem" -keystore "$dir/truststore.p12" \
    "${password[@]}" >/dev/null 2>&1
  [[ -s $dir/keystore.p12 && -s $dir/truststore.p12 ]] || die "could not make the service certificate (keytool)"
  chmod 600 "$dir"/*.p12
  mv "$dir/keystore.p12" "$SECRETS/service-keystore.p12"
  mv "$dir/truststore.p12" "$SECRETS/service-truststore.p12"
  mv "$dir/ca.pem" "$SECRETS/service-ca.pem"
  rm -rf "$dir"
  log "service certificate made in $SECRETS (service-keystore.p12, service-truststore.p12, service-ca.pem)"
}

# SERVICE_TLS set: as it says (and remembered); unset: as the servers ran before.
service_tls() {
  case ${SERVICE_TLS:-} in
    true) return 0 ;;
    "") [[ -f $SERVICE_TLS_MARK ]] ;;
    *) return 1 ;;
  esac
}

choose_service_tls() {
  mkdir -p "$DATA"
  if service_tls; then
    ensure_service_certificate
    touch "$SERVICE_TLS_MARK"
  else
    rm -f "$SERVICE_TLS_MARK"
  fi
}

# --clean for a server whose last start had the other SERVICE_TLS: Liberty keeps the TLS configuration it resolved in
# its work area, and a server that last ran without SERVICE_TLS would go on trusting its own generated key store. The
# choice of the last start is kept beside the server's work area, which every PITSTOP_HOME shares (the module's
# target/liberty); a replica starts in a fresh folder anyway.
clean_if_tls_changed() { # name instance
  ((${2:-1} == 1)) || return 0
  local state=false marker
  service_tls && state=true
  marker=$(wlp_of "$1")/usr/servers/$1/.service-tls
  if [[ $(cat "$marker" 2>/dev/null) != "$state" ]]; then
    echo "$state" >"$marker"
    echo --clean
  fi
}

scheme_of() { # name -> https where the server serves HTTPS (the APIs, with SERVICE_TLS), else http
  if [[ $1 != webapp ]] && service_tls; then echo https; else echo http; fi
}

# The environment of a server with HTTPS between the servers: its key and trust; an API serves HTTPS only on its
# port, and the web app calls the APIs over HTTPS.
service_tls_environment() { # name port
  service_tls || return 0
  local password
  password=$(cat "$SECRETS/service-tls.password")
  echo SERVICE_TLS=true SERVICE_TLS_KEYSTORE="$SECRETS/service-keystore.p12" \
    SERVICE_TLS_KEYSTORE_PASSWORD="$password" SERVICE_TLS_TRUSTSTORE="$SECRETS/service-truststore.p12" \
    SERVICE_TLS_TRUSTSTORE_PASSWORD="$password"
  if [[ $1 == webapp ]]; then
    local api
    for api in customer vehicle workshop handlers; do
      echo "${api^^}_API_URL=https://localhost:$(port_of "$api")/api"
    done
  else
    echo HTTP_PORT=-1 HTTPS_PORT="$2"
  fi
}

start_broker() {
  if pid_alive artemis; then log "broker already running"; return; fi
  require_free "$BROKER_PORT" "broker"
  create_broker
  # BROKER_SSL unset: as the broker ran before (a restart keeps its TLS).
  local tls=${BROKER_SSL:-}
  [[ -n $tls ]] || { [[ -f $BROKER_TLS_MARK ]] && tls=true || tls=false; }
  if [[ $tls == true ]]; then
    ensure_broker_certificate
    cat >>"$DATA/artemis/etc/broker.properties" <<TLS
# TLS only (BROKER_SSL=true, written by ./pitstop): the core acceptor takes no plain connection.
acceptorConfigurations.artemis.params.sslEnabled=true
acceptorConfigurations.artemis.params.keyStorePath=$SECRETS/broker-keystore.p12
acceptorConfigurations.artemis.params.keyStoreType=PKCS12
acceptorConfigurations.artemis.params.keyStorePassword=$(cat "$SECRETS/broker-tls.password")
TLS
    touch "$BROKER_TLS_MARK"
  else
    rm -f "$BROKER_TLS_MARK"
  fi
  setsid nohup "$DATA/artemis/bin/artemis" run >"$RUN/artemis.log" 2>&1 &
  echo $! >"$RUN/artemis.pid"
  wait_for_port "$BROKER_PORT" 60 "Artemis"
  log "broker (ActiveMQ Artemis) on $BROKER_PORT$([[ -f $BROKER_TLS_MARK ]] && echo ' (TLS only)')," \
    "console http://localhost:$ARTEMIS_CONSOLE_PORT/console"
}

stop_pid() { # name [grace seconds, default 30]
  KILLED=false # whether it had to be killed (SIGKILL) after the grace period
  pid_alive "$1" || { rm -f "$RUN/$1.pid"; return 0; }
  local pid deadline=$((SECONDS + ${2:-30}))
  pid=$(cat "$RUN/$1.pid")
  kill -- "-$pid" 2>/dev/null || true
  while group_alive "$pid"; do
    if ((SECONDS >= deadline)); then
      kill -9 -- "-$pid" 2>/dev/null || true
      KILLED=true
      await_group_gone "$pid" 30
      break
    fi
    sleep 0.2
  done
  rm -f "$RUN/$1.pid"
  log "stopped $1"
}

# The staff tokens' key pair, a password for each local user (office, mechanic, admin, and garage with all three
# roles) and one for the local database server, made once (GenerateSecrets.java; docs/adr/0011, 0021). The web app
# signs tokens with the private key, the APIs verify them. The web app's registry (users.xml) holds the passwords'
# hashes only; an older checkout's registry with clear passwords is hashed at the next start. A checkout made before
# a user was added gets that user (the others keep their passwords).
ensure_secrets() {
  [[ -f $SECRETS/jwt-public.jwks && -f $SECRETS/garage.password && -f $SECRETS/users.xml \
    && -f $SECRETS/database.xml ]] && ! grep -q 'password="[^{]' "$SECRETS/users.xml" && return
  "$JAVA" "$ROOT/tools/local/GenerateSecrets.java" "$SECRETS"
  # The APIs' verification keys: the signing key's and the next one's, by key id (docs/adr/0021).
  (umask 077 && "$JAVA" "$ROOT/platform/tokens/src/main/java/nl/pitstop/tokens/StaffTokens.java" --key-set \
    "$SECRETS/jwt-private.pem" "$SECRETS/jwt-next-private.pem" >"$SECRETS/jwt-public.jwks.new")
  mv "$SECRETS/jwt-public.jwks.new" "$SECRETS/jwt-public.jwks"
  log "secrets made in $SECRETS (token keys; the users' passwords are in <user>.password)"
}

# A staff token for a local user with the roles the local registry gives them, signed as the web app signs its
# users' tokens (same key, same issuer), for PITSTOP_TOKEN_MINUTES (default 60). Only the token goes to stdout.
cmd_token() {
  local user=${1:-office} minutes=${PITSTOP_TOKEN_MINUTES:-60} roles
  [[ $user =~ ^[a-z]+$ ]] || die "usage: pitstop token [USER]"
  [[ $minutes =~ ^[1-9][0-9]{0,3}$ ]] || die "PITSTOP_TOKEN_MINUTES: 1 to 9999, not '$minutes'"
  ensure_secrets >&2
  grep -q "<user name=\"$user\"" "$SECRETS/users.xml" \
    || die "no local user '$user'; the users are: $(sed -n 's/.*<user name="\([a-z]*\)".*/\1/p' "$SECRETS/users.xml" | tr '\n' ' ')"
  roles=$(sed -n "s/.*<group name=\"\([a-z]*\)\">.*<member name=\"$user\"\/>.*/\1/p" "$SECRETS/users.xml")
  "$JAVA" "$ROOT/platform/tokens/src/main/java/nl/pitstop/tokens/StaffTokens.java" \
    "$SECRETS/jwt-private.pem" pitstop-webapp "$minutes" "$user" $roles
}

infra_start() { # [broker|database|mail|traces ...]: what to start, all of it by default
  install_tools
  ensure_secrets
  local parts=("$@") part
  [[ ${#parts[@]} -eq 0 || ${parts[0]} == all ]] && parts=(traces database mail broker)
  [[ " ${parts[*]} " == *" traces "* ]] && launch_traces
  for part in "${parts[@]}"; do
    case $part in
      database) start_database ;;
      mail) start_mail ;;
      broker) start_broker ;;
      traces) ;;
      *) die "usage: pitstop infra start [broker|database|mail|traces ...] | stop [PART]" ;;
    esac
  done
  [[ " ${parts[*]} " == *" traces "* ]] && await_traces
  return 0
}

# H2 is stopped without losing a commit it acknowledged (StopDatabases.java, docs/adr/0027): each database is first
# taken in exclusive mode, which closes the other sessions between their statements and refuses new ones; then the
# server is shut down and writes the databases as it exits. H2's own shutdown alone closes sessions while they commit,
# and a SIGTERM races its exit hook against running commits: both were seen to lose acknowledged commits. The shutdown
# password is made anew at each start (h2.shutdown, readable by this user only).
stop_database() {
  if pid_alive h2 && [[ -f $RUN/h2.shutdown ]]; then
    # at most a minute: a server that does not answer (frozen) is then stopped by its signals below
    timeout 60 "$JAVA" -cp "$TOOLS/h2.jar" "$ROOT/tools/local/StopDatabases.java" "$DB_PORT" "$SECRETS/db.password" \
      "$RUN/h2.shutdown" "${DATABASES[@]}" >>"$RUN/h2.log" 2>&1 || true
  fi
  stop_pid h2
  rm -f "$RUN/h2.shutdown"
}

infra_stop() { # [broker|database|mail|traces]
  case ${1:-all} in
    database) stop_database ;;
    mail) stop_pid greenmail ;;
    broker) stop_pid artemis ;;
    traces) stop_pid zipkin ;;
    all) stop_pid artemis & stop_pid greenmail & stop_pid zipkin & stop_database & wait ;;
    *) die "usage: pitstop infra start [broker|database|mail|traces ...] | stop [PART]" ;;
  esac
}

# The infrastructure of one Maven build's integration tests (`infra start --for-build PARTS`, docs/testing.md): the
# modules of a build share one broker, database and mail sink instead of starting their own. The first module that
# asks starts them from empty data; the next find them running. They run until the build's Maven process ends, however
# it ends (passed, failed, interrupted): a watcher started with them, in a session of its own, stops them then. A build
# that finds an earlier build's infrastructure (its watcher not done yet) stops it and starts afresh.
maven_of_caller() { # -> the pid of the Maven JVM this command runs under; fails when there is none
  local pid=$$ cmd stat
  while ((pid > 1)); do
    cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    if [[ $cmd == *plexus.classworlds.launcher.Launcher* ]]; then echo "$pid"; return 0; fi
    stat=$(<"/proc/$pid/stat") || return 1
    stat=${stat##*) } # the fields after the command's name, which may hold spaces: state, ppid, ...
    read -r _ pid _ <<<"$stat"
  done
  return 1
}

infra_start_for_build() { # parts...
  local build
  build=$(maven_of_caller) || die "infra start --for-build: run it from a Maven build (the build's end stops it)"
  (
    flock 8
    if [[ $(cat "$RUN/build.pid" 2>/dev/null) != "$build" ]]; then
      infra_stop all >/dev/null
      rm -rf "$DATA"
      mkdir -p "$DATA"
      echo "$build" >"$RUN/build.pid"
      PITSTOP_HOME=$PITSTOP_HOME setsid nohup "$ROOT/tools/local/pitstop.sh" infra stop-after-build "$build" \
        </dev/null >>"$RUN/build-watch.log" 2>&1 8>&- &
      log "the build's infrastructure, from empty data in $DATA, runs until this build (pid $build) ends"
    fi
    # Under the lock too: in a parallel build (-T) two modules may ask at once, and the second must find the parts
    # the first started, not start them a second time. The daemons it starts do not inherit the lock (8>&-).
    infra_start "$@" 8>&-
  ) 8>"$RUN/build.lock"
}

infra_stop_after_build() { # pid of the build's Maven
  while kill -0 "$1" 2>/dev/null; do sleep 2; done
  (
    flock 8
    [[ $(cat "$RUN/build.pid" 2>/dev/null) == "$1" ]] || exit 0 # a later build has taken over
    log "build $1 ended: stopping its infrastructure"
    infra_stop all
    rm -f "$RUN/build.pid"
  ) 8>"$RUN/build.lock"
}

# ---------------------------------------------------------------- Liberty servers

server_entry() { # name -> "name:module:port"
  local entry
  for entry in "${SERVERS[@]}"; do
    [[ ${entry%%:*} == "$1" ]] && { echo "$entry"; return; }
  done
  die "unknown server '$1' (one of: customer vehicle workshop handlers webapp)"
}

wlp_of() { local e; e=$(server_entry "$1"); e=${e#*:}; echo "$ROOT/${e%%:*}/target/liberty/wlp"; }
port_of() { local e; e=$(server_entry "$1"); echo "$((${e##*:} + ${2:-1} - 1))"; } # name [instance]
# Where a server answers /health: its port, but the web app's health and metrics have a port of their own, 80 above
# its pages' (docs/adr/0021).
health_port_of() { # name [instance]
  if [[ $1 == webapp ]]; then echo "$(($(port_of "$1" "${2:-1}") + 80))"; else port_of "$1" "${2:-1}"; fi
}

# A server's instance 1 is the server the build made (its folder in target/liberty); instance N >= 2 runs the same
# server (configuration, applications) with its output (logs, work area, transaction log) in a folder of its own,
# made anew at each start: a replica, started as a new pod would be.
instance_id() { if ((${2:-1} == 1)); then echo "$1"; else echo "$1-$2"; fi; } # name [instance]
output_dir() { echo "$PITSTOP_HOME/instances/$(instance_id "$1" "$2")"; } # name instance (>= 2)

# The archive of a server's classes for this JDK (its path and date) and this version of Liberty (the JVM accepts an
# archive only for the same JDK and runtime it was made from).
cds_archive() { # name
  local java
  java=$(readlink -f "$(command -v "$JAVA")")
  echo "$CDS_DIR/$1-$({ echo "$java $(stat -c %Y "$java")"; cat "$(wlp_of "$1")"/lib/versions/*.properties; } |
    cksum | cut -d' ' -f1).jsa"
}

cds_options() { # name instance
  [[ ${PITSTOP_CDS:-true} == true ]] || return 0
  local archive; archive=$(cds_archive "$1")
  if [[ -s $archive ]]; then
    echo "$CDS_OPTS -XX:SharedArchiveFile=$archive"
  elif (($2 == 1)); then # only the server's first instance records; its replicas use the archive once it exists
    mkdir -p "$CDS_DIR"
    rm -f "$CDS_DIR/$1"-*.jsa "$CDS_DIR/$1"-*.jsa.new # those of an older JDK or runtime
    echo "$CDS_OPTS -XX:ArchiveClassesAtExit=$archive.new"
  fi
}

server_start() { # name [instance]
  local wlp id port instance=${2:-1} output=()
  wlp=$(wlp_of "$1") id=$(instance_id "$1" "$instance") port=$(port_of "$1" "$instance")
  [[ -x $wlp/bin/server ]] || die "server $1 is not built; run ./pitstop start (or ./mvnw install -DskipTests)"
  if pid_alive "server-$id"; then log "server $id already running"; return; fi
  require_free "$port" "server $id"
  if ((instance > 1)); then
    rm -rf "$(output_dir "$1" "$instance")"
    mkdir -p "$(output_dir "$1" "$instance")"
    output=(WLP_OUTPUT_DIR="$(output_dir "$1" "$instance")" HTTP_PORT="$port"
      MANAGEMENT_PORT="$(health_port_of "$1" "$instance")")
  fi
  if service_tls; then ensure_service_certificate; fi
  # `server run` in a process group of its own: stop and kill act on exactly this server's processes.
  # Liberty names the server in its JSON log records after CONTAINER_NAME when that is set: the instance's name.
  # shellcheck disable=SC2046 # broker_environment, service_tls_environment, clean_if_tls_changed: lists of words
  env "${output[@]}" $(broker_environment) $(service_tls_environment "$1" "$port") CONTAINER_NAME="$id" \
    OTEL_EXPORTER_ZIPKIN_ENDPOINT="${OTEL_EXPORTER_ZIPKIN_ENDPOINT:-http://localhost:$TRACES_PORT/api/v2/spans}" \
    JVM_ARGS="-Xmx${PITSTOP_HEAP:-320m} ${PITSTOP_JVM_OPTS-$FAST_START_OPTS} $(cds_options "$1" "$instance") ${JVM_ARGS:-}" \
    setsid nohup "$wlp/bin/server" run "$1" $(clean_if_tls_changed "$1" "$instance") >"$RUN/server-$id.log" 2>&1 &
  echo $! >"$RUN/server-$id.pid"
}

server_stop() { # name [instance]
  local wlp id instance=${2:-1} output=()
  wlp=$(wlp_of "$1") id=$(instance_id "$1" "$instance")
  ((instance > 1)) && output=(WLP_OUTPUT_DIR="$(output_dir "$1" "$instance")")
  if pid_alive "server-$id"; then
    # Liberty's own stop waits for requests in progress; a hung one must not hold ./pitstop stop forever: after a
    # minute the server's process group gets SIGTERM, then SIGKILL (stop_pid).
    env "${output[@]}" timeout 60 "$wlp/bin/server" stop "$1" >/dev/null 2>&1 || true
    # A JVM that recorded its classes writes the archive as it exits: complete only if it exited by itself. Writing
    # it takes a while (about 100 MB; four servers writing theirs at once took over 30 s on two cores), so a server
    # without its archive yet gets three minutes before it is killed, else the archive would never be made.
    local archive='' grace=30
    if ((instance == 1)); then
      archive=$(cds_archive "$1")
      [[ -s $archive ]] || grace=180
    fi
    stop_pid "server-$id" "$grace"
    if [[ $KILLED == false && -n $archive && -s $archive.new ]]; then mv "$archive.new" "$archive"; fi
  fi
}

server_kill() { # name [instance]: SIGKILL, as a crash would
  local id; id=$(instance_id "$1" "${2:-1}")
  pid_alive "server-$id" || die "server $id is not running"
  local pid; pid=$(cat "$RUN/server-$id.pid")
  kill -9 -- "-$pid"
  await_group_gone "$pid" 30
  rm -f "$RUN/server-$id.pid"
  log "killed server $id (SIGKILL)"
}

# The instances N >= 2 of a server that were started (their pid files), whether they still run or not.
replicas_of() { # name
  local pidfile
  for pidfile in "$RUN/server-$1"-*.pid; do
    [[ -e $pidfile ]] || continue
    pidfile=${pidfile##*/server-"$1"-}
    echo "${pidfile%.pid}"
  done
}

ready() { # name [instance] -> 0 when /health/ready answers 200
  local scheme trust=()
  scheme=$(scheme_of "$1")
  [[ $scheme == https ]] && trust=(--cacert "$SECRETS/service-ca.pem")
  [[ $(curl -sS -o /dev/null -w '%{http_code}' --max-time 5 "${trust[@]}" \
    "$scheme://localhost:$(health_port_of "$1" "${2:-1}")/health/ready" 2>/dev/null) == 200 ]]
}

# An application that failed to start (CWWKZ0002E, e.g. a database whose migration failed) never becomes ready: say
# why at once instead of waiting for the timeout.
app_failed() { # name (NAME or NAME-INSTANCE)
  local failure
  failure=$(grep -m1 -o 'CWWKZ0002E: .*' "$RUN/server-$1.log" 2>/dev/null | cut -c1-600) || return 0
  die "server $1 could not start its application: $failure (see $RUN/server-$1.log)"
}

wait_ready() { # names..., each NAME or NAME-INSTANCE
  local deadline=$((SECONDS + READY_TIMEOUT)) name pending
  while :; do
    pending=()
    for name in "$@"; do
      pid_alive "server-$name" || die "server $name stopped while starting; see $RUN/server-$name.log"
      app_failed "$name"
      if [[ $name =~ ^(.*)-([0-9]+)$ ]]; then
        ready "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" || pending+=("$name")
      else
        ready "$name" || pending+=("$name")
      fi
    done
    ((${#pending[@]} == 0)) && return 0
    ((SECONDS < deadline)) || die "not ready within ${READY_TIMEOUT} s: ${pending[*]} (see $RUN/server-*.log)"
    sleep 1
  done
}

all_names() { local e; for e in "${SERVERS[@]}"; do echo "${e%%:*}"; done; }

# ---------------------------------------------------------------- commands

cmd_start() {
  local build=1 started=$SECONDS name
  [[ ${1:-} == --no-build ]] && build=0
  if ((build)); then
    log "building (./mvnw install -DskipTests)"
    "$ROOT/mvnw" -B -q install -DskipTests -Dspotless.check.skip=true
  fi
  infra_start
  choose_service_tls
  for name in $(all_names); do server_start "$name"; done
  log "waiting until every server is ready"
  wait_ready $(all_names)
  log "all ready in $((SECONDS - started)) s$(service_tls && echo ', the APIs over HTTPS only (CA: .pitstop/secrets/service-ca.pem)')"
  local api; api=$(scheme_of customer)
  cat <<URLS

  Web app            http://localhost:7005/
  Customer API       $api://localhost:5100/api/customers      (OpenAPI UI: /openapi/ui)
  Vehicle API        $api://localhost:5000/api/vehicles       (OpenAPI UI: /openapi/ui)
  Workshop API       $api://localhost:5200/api/workshopplanning/{yyyy-MM-dd} (OpenAPI UI: /openapi/ui)
  Handlers API       $api://localhost:5300/api/auditlog
  Mail sent (API)    http://localhost:$MAIL_API_PORT/api/user  (GreenMail REST API)
  Broker console     http://localhost:$ARTEMIS_CONSOLE_PORT/console (user $BROKER_USER)
  Traces             http://localhost:$TRACES_PORT/zipkin          (one user action = one trace)
  Health             $api://localhost:<port>/health/{started,live,ready} (the web app's: http, port 7085, with /metrics)
  Broker status      $api://localhost:<port>/status/broker      (not part of the APIs' readiness)

  Stop with: ./pitstop stop
URLS
}

cmd_stop() {
  local name instance
  for name in $(all_names); do
    server_stop "$name" &
    for instance in $(replicas_of "$name"); do server_stop "$name" "$instance" & done
  done
  wait
  infra_stop
}

cmd_status() {
  local name state instance
  for name in h2 greenmail artemis zipkin; do
    pid_alive "$name" && state="running (pid $(cat "$RUN/$name.pid"))" || state="stopped"
    printf '  %-10s %s\n' "$name" "$state"
  done
  for name in $(all_names); do
    if pid_alive "server-$name"; then
      ready "$name" && state="ready" || state="running, not ready"
      state="$state on $(port_of "$name") (pid $(cat "$RUN/server-$name.pid"))"
    else
      state="stopped"
    fi
    printf '  %-10s %s\n' "$name" "$state"
    for instance in $(replicas_of "$name"); do
      if pid_alive "server-$name-$instance"; then
        ready "$name" "$instance" && state="ready" || state="running, not ready"
        printf '  %-10s %s on %s (pid %s)\n' "$name-$instance" "$state" "$(port_of "$name" "$instance")" \
          "$(cat "$RUN/server-$name-$instance.pid")"
      fi
    done
  done
}

mkdir -p "$RUN"
case ${1:-} in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  infra)
    case ${2:-} in
      start)
        shift 2
        if [[ ${1:-} == --for-build ]]; then shift; infra_start_for_build "$@"; else infra_start "$@"; fi ;;
      stop) infra_stop "${3:-all}" ;;
      stop-after-build) [[ ${3:-} =~ ^[0-9]+$ ]] || die "usage: pitstop infra stop-after-build PID"
        infra_stop_after_build "$3" ;;
      *) die "usage: pitstop infra start [broker|database|mail|traces ...] | stop [PART]" ;;
    esac ;;
  server)
    usage="usage: pitstop server start|stop|kill|restart NAME [--instance N]"
    [[ -n ${3:-} ]] || die "$usage"
    server_entry "$3" >/dev/null
    instance=1
    if [[ -n ${4:-} ]]; then
      [[ $4 == --instance && ${5:-} =~ ^[1-9]$ ]] || die "$usage (N: 1 to 9)"
      instance=$5
    fi
    id=$(instance_id "$3" "$instance")
    case $2 in
      start) server_start "$3" "$instance"; wait_ready "$id"; log "server $id ready" ;;
      stop) server_stop "$3" "$instance" ;;
      kill) server_kill "$3" "$instance" ;;
      restart) server_stop "$3" "$instance"; server_start "$3" "$instance"; wait_ready "$id"; log "server $id ready" ;;
      *) die "$usage" ;;
    esac ;;
  logs) [[ -n ${2:-} ]] || die "usage: pitstop logs NAME"; tail -F "$RUN/server-$2.log" ;;
  token) cmd_token "${2:-}" ;;
  *) sed -n '2,/^[^#]/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
