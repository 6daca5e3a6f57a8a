import path from 'node:path';
import { defineConfig } from 'vite';

// The renderer: plain Vite (its built-in transform handles TSX with React's automatic runtime).
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: './',
  publicDir: false,
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
  },
  server: { host: '127.0.0.1', strictPort: false },
});
