// Web build of the renderer (`npm run web`): the same src/renderer as the desktop app, served with
// the browser implementation of the bridge. Output: out/web (electron-vite owns out/main, out/preload,
// out/renderer).
import {resolve} from 'node:path'
import {defineConfig} from 'vite'
// @ts-expect-error plain ESM helper without types
import {viteYaml} from './scripts/yaml-plugin.mjs'

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [viteYaml()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // No inline data: modules for scripts: the CSP only allows 'self'.
    assetsInlineLimit: 0,
    modulePreload: {polyfill: false},
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500
  },
  worker: {format: 'es', plugins: () => [viteYaml()]},
  server: {host: '127.0.0.1'},
  preview: {host: '127.0.0.1'}
})
