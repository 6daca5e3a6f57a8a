import path from 'node:path';
import { defineConfig } from 'vite';

// The renderer: plain Vite (its built-in transform handles TSX with React's automatic runtime).
export default defineConfig(({ mode }) => ({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: './',
  publicDir: false,
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    // Source maps would hand the whole renderer source to anything that can load the app's pages;
    // only a development build (`vite build --mode development`) carries them.
    sourcemap: mode === 'development',
    target: 'chrome120',
  },
  server: { host: '127.0.0.1', strictPort: false },
}));
