# syntax=docker/dockerfile:1
# meshbot container image. Build: docker build -t meshbot .
# Run:   docker run --env-file .env -p 3000:3000 --stop-timeout 15 meshbot
# Node.js 26 is the Active LTS line (LTS since October 2026); override with --build-arg NODE_VERSION=24.
ARG NODE_VERSION=26

# Build stage: install every dependency (TypeScript and esbuild included), compile src/ to dist/
# and bundle it into dist/bundle/ (scripts/bundle.mjs: start-up reads a few files, not a thousand);
# the bundle then parses the knowledge base and fits the matcher once into dist/model-cache.
FROM node:${NODE_VERSION}-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/bundle.mjs ./scripts/
COPY src ./src
RUN npm run build

# Runtime stage: production dependencies only, the compiled app and the knowledge base (read at
# startup from src/knowledge), owned by root and run as the unprivileged "node" user, so the app
# cannot modify itself and works on a read-only root filesystem.
FROM node:${NODE_VERSION}-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY src/knowledge ./src/knowledge
# The learning loop's embedded store (SQLite) when DATABASE_URL is not set: the one writable
# directory, owned by "node". Mount a volume here to keep it across containers.
ENV DATA_DIR=/app/data
# The parsed knowledge base and fitted matcher are cached by content hash (at most 512 MB) on the
# volume; the first start reads the ones the build made (dist/model-cache), so no start fits.
ENV MESHBOT_MODEL_CACHE=/app/data/models
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
# On SIGTERM the app stops accepting connections, finishes replies in flight and exits within 10 s
# (docker stop waits 10 s by default before SIGKILL: give it --stop-timeout 15).
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/bundle/meshbot.js"]
