#!/bin/sh
# Writes the nginx configuration for one deployment from nginx.conf.template, to stdout.
# Settings (environment): HADIR_HOST, TURN_HOST, API_NODES ("host:port host:port"),
# TURN_UPSTREAM (coturn's host:port), and optionally HTTPS_PORT, HTTP_PORT, TLS_DIR, WEB_ROOT,
# ACME_ROOT, RUN_DIR, CONF_DIR, ACCESS_LOG.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
: "${HADIR_HOST:?set HADIR_HOST to the public name people open, such as hadir.example.org}"
: "${TURN_HOST:?set TURN_HOST to a second name for the relay, such as turn.hadir.example.org}"
: "${API_NODES:?set API_NODES to the API nodes, such as api-1:3000 api-2:3000}"
: "${TURN_UPSTREAM:?set TURN_UPSTREAM to coturn, such as coturn:3478}"
if [ "$HADIR_HOST" = "$TURN_HOST" ]; then
  echo "TURN_HOST must differ from HADIR_HOST: port 443 tells them apart by name" >&2
  exit 1
fi
export HTTPS_PORT="${HTTPS_PORT:-443}" HTTP_PORT="${HTTP_PORT:-80}"
export TLS_DIR="${TLS_DIR:-/etc/hadir/tls}" WEB_ROOT="${WEB_ROOT:-/usr/share/hadir/web}"
export ACME_ROOT="${ACME_ROOT:-/var/www/acme}" RUN_DIR="${RUN_DIR:-/run/hadir-nginx}"
export CONF_DIR="${CONF_DIR:-$here}" ACCESS_LOG="${ACCESS_LOG:-/dev/stdout}"
# A bare port listens on IPv4 and IPv6; an address:port on that address only.
listen() {
  case "$1" in
    *:*) printf '        listen %s%s;' "$1" "$2" ;;
    *) printf '        listen %s%s;\n        listen [::]:%s%s;' "$1" "$2" "$1" "$2" ;;
  esac
}
HTTPS_LISTEN=$(listen "$HTTPS_PORT" '')
HTTP_LISTEN=$(listen "$HTTP_PORT" ' default_server')
export HTTPS_LISTEN HTTP_LISTEN
API_SERVERS=$(for node in $API_NODES; do printf '        server %s;\n' "$node"; done)
export API_SERVERS HADIR_HOST TURN_HOST TURN_UPSTREAM
envsubst '${HADIR_HOST} ${TURN_HOST} ${TURN_UPSTREAM} ${API_SERVERS} ${HTTPS_LISTEN} ${HTTP_LISTEN} ${TLS_DIR} ${WEB_ROOT} ${ACME_ROOT} ${RUN_DIR} ${CONF_DIR} ${ACCESS_LOG}' \
  <"$here/nginx.conf.template"
