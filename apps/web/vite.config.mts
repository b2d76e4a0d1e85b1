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
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app, so as separate files they stay cached
        // across releases: phones on the hall's Wi-Fi download only what changed.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 2,
            },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
