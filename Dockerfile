# syntax=docker/dockerfile:1
# The Fleet dashboard's image: Next.js standalone output (server.js and only the runtime dependencies it traces) on
# Node.js 24, run as an unprivileged user from a read-only root filesystem.
#   docker build -t <registry>/fleet-dashboard:0.1.0 .
# The Helm chart (deploy/chart/fleet-dashboard) mounts emptyDirs at /tmp and /app/.next/cache, the only places the
# server writes. Pin the base by digest in your own build (NODE_IMAGE=node:24.21.0-bookworm-slim@sha256:…).
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# Install scripts stay off: the `node` devDependency (the runtime pinned for local scripts) would download a second
# Node.js, and nothing the build needs has a required install step. The base image's Node is the same version.
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
COPY . .
# Served under a path behind an ingress: --build-arg FLEETDASH_BASE_PATH=/fleet (and the chart's basePath to match).
ARG FLEETDASH_BASE_PATH=""
# Next's CLI run with the image's node directly (node_modules/.bin/node is the skipped devDependency's shim).
RUN FLEETDASH_STANDALONE=1 node node_modules/next/dist/bin/next build

FROM ${NODE_IMAGE} AS runtime
# NEXT_MANUAL_SIG_HANDLE: the dashboard handles SIGTERM (closes live streams, stops its informers, exits 0).
# A heap limit set on purpose (the chart's heapMB overrides it), and 2 malloc arenas (glibc keeps freed memory per
# arena, up to 8 per core): see README, Benchmark.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 NEXT_MANUAL_SIG_HANDLE=true PORT=3000 HOSTNAME=0.0.0.0 NODE_OPTIONS="--max-old-space-size=384 --max-semi-space-size=8" MALLOC_ARENA_MAX=2
WORKDIR /app
# Owned by root, read-only for the server's user: no dev dependencies, no sources, nothing writable but the mounts.
COPY --from=build /src/.next/standalone ./
COPY --from=build /src/.next/static ./.next/static
RUN mkdir -p .next/cache && chown 1000:1000 .next/cache
# Numeric, so Kubernetes can verify runAsNonRoot (the base image's `node` user).
USER 1000:1000
EXPOSE 3000
CMD ["node", "server.js"]
