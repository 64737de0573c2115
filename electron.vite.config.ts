// electron-vite: main (ESM, out/main/index.js), preload (one CommonJS file, out/preload/index.cjs —
// sandboxed preloads cannot be ES modules or load chunks), renderer (src/renderer, same build options
// as vite.web.config.ts). `electron-vite dev` serves the renderer on 127.0.0.1; packaged builds load
// it through the app:// protocol (src/main/security.ts).
import {resolve} from 'node:path'
import {defineConfig} from 'electron-vite'
// @ts-expect-error plain ESM helper without types
import {viteYaml} from './scripts/yaml-plugin.mjs'
import {workerSafeResolve} from './vite.web.config'

const root = import.meta.dirname

export default defineConfig({
  main: {
    plugins: [viteYaml()],
    build: {
      outDir: resolve(root, 'out/main'),
      // Runtime dependencies are bundled: the packaged app needs no node_modules for the main process.
      externalizeDeps: false,
      lib: {entry: resolve(root, 'src/main/index.ts'), formats: ['es']},
      rollupOptions: {output: {entryFileNames: '[name].js'}}
    }
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      lib: {entry: resolve(root, 'src/preload/index.ts'), formats: ['cjs']},
      rollupOptions: {output: {entryFileNames: '[name].cjs', inlineDynamicImports: true}}
    }
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [viteYaml()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      target: 'es2022',
      // No inline data: modules for scripts: the CSP only allows 'self'.
      assetsInlineLimit: 0,
      modulePreload: {polyfill: false},
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1500,
      rollupOptions: {input: resolve(root, 'src/renderer/index.html')}
    },
    // The lint worker has no DOM: same resolution as the web build (decode-named-character-reference).
    worker: {format: 'es', plugins: () => [workerSafeResolve(), viteYaml()]},
    server: {host: '127.0.0.1'}
  }
})
