// Two pages: the app (`index.html`, Svelte) and GraphiQL (`graphiql.html`, React + Monaco), each its
// own entry, so the app never loads GraphiQL's code. `npm run dev` proxies the API (HTTP and
// WebSocket) to a running service at AI_USAGE_URL (default http://127.0.0.1:8080); allow the dev
// server's origin there with AI_USAGE_ALLOWED_ORIGINS=http://localhost:5173.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

const api = process.env.AI_USAGE_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Everything is a file of its own: the content security policy allows no `data:` fonts or scripts.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 5000,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        app: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
      // GraphiQL's React dependencies mark themselves "use client"; meaningless in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql/ws': { target: api.replace(/^http/, 'ws'), ws: true },
      '/graphql': { target: api },
      '/healthz': { target: api },
    },
  },
});
