/** Vite client types: lets the renderer import its CSS files (bundled by Vite, linked from index.html). */
/// <reference types="vite/client" />
