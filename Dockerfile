# Production images. `docker compose up` builds both targets from this file.
FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
COPY libs/contracts/package.json libs/contracts/package.json
COPY libs/domain/package.json libs/domain/package.json
# npm ci's postinstall gives mediasoup its worker (with internet: mediasoup's prebuilt binary).
COPY scripts/mediasoup-worker scripts/mediasoup-worker
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim AS api
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/contracts/package.json /app/libs/contracts/package.json
COPY --from=build /app/libs/contracts/dist /app/libs/contracts/dist
COPY --from=build /app/libs/domain/package.json /app/libs/domain/package.json
COPY --from=build /app/libs/domain/dist /app/libs/domain/dist
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
USER node
EXPOSE 3000 40000-40001/udp 40000-40001/tcp
CMD ["node", "apps/api/dist/main.js"]

# Debian's nginx: it has the stream (TURN on 443) and brotli modules that the alpine image lacks.
FROM debian:bookworm-slim AS web
RUN apt-get update && apt-get install -y --no-install-recommends nginx libnginx-mod-stream \
      libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static gettext-base openssl curl \
    && rm -rf /var/lib/apt/lists/*
COPY deploy/nginx /etc/hadir/nginx
COPY --from=build /app/apps/web/dist /usr/share/hadir/web
EXPOSE 80 443
ENTRYPOINT ["/etc/hadir/nginx/entrypoint.sh"]
