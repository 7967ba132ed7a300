import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress.js';

/** Vite build of the back-office SPA, served by the API server under /office/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/office/',
  // Brotli and gzip files beside each built asset: the server sends them as they are (server.ts, serveBuiltSpa).
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('../../../dist/office', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP forbids inline code and styles: never inline assets as data: URLs.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // One chunk per feature's pages (route-tree.tsx loads them lazily), named after the feature.
        chunkFileNames: (chunk) => {
          const feature = /features\/([\w-]+)\/pages\/index\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return `assets/${feature ?? '[name]'}-[hash].js`;
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
