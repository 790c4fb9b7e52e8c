# The app image for docker-compose: PostgreSQL and Meilisearch come from their own images.
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY web/package.json web/svelte.config.js web/vite.config.ts web/tsconfig.json ./web/
RUN npm ci --no-audit --no-fund --ignore-scripts --omit=optional && npx tsx prisma/generate.ts
COPY . .
RUN npm run sync:web && npm run build:web
# The commit the System page names (docker-compose passes it); empty means unknown.
ARG GIT_COMMIT=
ENV HOST=0.0.0.0 PORT=3000 NODE_ENV=production GIT_COMMIT=${GIT_COMMIT}
EXPOSE 3000
# As npm start runs it (package.json): one Node process, not npx and tsx's own process in front of it.
CMD ["node", "--heap-growing-percent=100", "--import", "tsx", "server/main.ts"]
