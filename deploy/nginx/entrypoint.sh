#!/bin/sh
# The web image's start: a certificate, the rendered configuration, then nginx, which re-reads
# its certificate when certbot renews it (checked twice a day).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "${RUN_DIR:-/run/hadir-nginx}" "${ACME_ROOT:-/var/www/acme}"
"$here/certificates.sh" >/dev/null
"$here/render.sh" >/etc/nginx/hadir.conf
nginx -t -q -c /etc/nginx/hadir.conf
(
  while sleep 43200; do
    if [ "$("$here/certificates.sh")" = changed ]; then nginx -s reload -c /etc/nginx/hadir.conf; fi
  done
) &
exec nginx -c /etc/nginx/hadir.conf -g 'daemon off;'
