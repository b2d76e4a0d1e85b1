#!/bin/sh
# Puts a certificate for HADIR_HOST and TURN_HOST in TLS_DIR (fullchain.pem, privkey.pem):
#   - the operator's own, when TLS_DIR already holds one: left as it is;
#   - Let's Encrypt's, when certbot (the compose profile `certbot`) has issued one into LE_DIR:
#     copied, and copied again whenever certbot renews it;
#   - otherwise a self-signed one, valid 90 days, so that the host serves https from its first
#     start (browsers warn until one of the above replaces it).
# Prints "changed" when it wrote a new certificate, so that the caller reloads nginx.
set -eu
: "${HADIR_HOST:?}" "${TURN_HOST:?}"
TLS_DIR="${TLS_DIR:-/etc/hadir/tls}"
LE_DIR="${LE_DIR:-/etc/letsencrypt/live/$HADIR_HOST}"
mkdir -p "$TLS_DIR"

if [ -f "$LE_DIR/fullchain.pem" ] && [ -f "$LE_DIR/privkey.pem" ]; then
  if ! cmp -s "$LE_DIR/fullchain.pem" "$TLS_DIR/fullchain.pem"; then
    cp "$LE_DIR/privkey.pem" "$TLS_DIR/privkey.pem.new"
    cp "$LE_DIR/fullchain.pem" "$TLS_DIR/fullchain.pem.new"
    mv "$TLS_DIR/privkey.pem.new" "$TLS_DIR/privkey.pem"
    mv "$TLS_DIR/fullchain.pem.new" "$TLS_DIR/fullchain.pem"
    rm -f "$TLS_DIR/self-signed"
    echo changed
  fi
  exit 0
fi

if [ -f "$TLS_DIR/fullchain.pem" ] && [ -f "$TLS_DIR/privkey.pem" ]; then
  exit 0
fi

echo "No certificate for $HADIR_HOST: using a self-signed one until there is (docs/operations.md)" >&2
openssl req -x509 -newkey rsa:2048 -nodes -days 90 -subj "/CN=$HADIR_HOST" \
  -addext "subjectAltName=DNS:$HADIR_HOST,DNS:$TURN_HOST" \
  -keyout "$TLS_DIR/privkey.pem" -out "$TLS_DIR/fullchain.pem" 2>/dev/null
touch "$TLS_DIR/self-signed"
echo changed
