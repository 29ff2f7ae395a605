# dvbot: one instance. Build: docker build -t dvbot .   Run: see compose.yaml and docs/deploy.md.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 and sharp are native; their prebuilt binaries need no compiler, but keep one for a source build.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# npm ci runs the prepare script, which finds no sources here and does nothing; the sources are compiled below.
COPY scripts/precompile.mjs ./scripts/precompile.mjs
RUN npm ci --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=1048576 HOST=0.0.0.0 PORT=3978 DVBOT_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY src ./src
COPY adapters ./adapters
COPY dialogs ./dialogs
COPY scripts/precompile.mjs ./scripts/precompile.mjs
RUN mkdir -p /data && chown node:node /data
USER node
# tsx's cache of the compiled sources, in the image for the user that runs them: a container starts without compiling.
RUN node scripts/precompile.mjs
VOLUME ["/data"]
EXPOSE 3978
# Liveness only; a load balancer should use /readyz (503 while the store does not answer).
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM from `docker stop` lets turns in flight finish before the store closes.
CMD ["node", "bin/dvbot.js", "serve"]
