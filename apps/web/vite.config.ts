import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Where `nx serve api` / `node apps/api/dist/main.js` listens during development. */
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: {
      '@hadir/contracts': `${repoRoot}libs/contracts/src/index.ts`,
      '@hadir/domain': `${repoRoot}libs/domain/src/index.ts`,
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/api': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  build: {
    outDir: `${webRoot}dist`,
    emptyOutDir: true,
  },
});
