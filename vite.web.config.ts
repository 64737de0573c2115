// Web build of the renderer (`npm run web`): the same src/renderer as the desktop app, served with
// the browser implementation of the bridge. Output: out/web (electron-vite owns out/main, out/preload,
// out/renderer).
import {createRequire} from 'node:module'
import {resolve} from 'node:path'
import {defineConfig, type Plugin} from 'vite'
// @ts-expect-error plain ESM helper without types
import {viteYaml} from './scripts/yaml-plugin.mjs'

const require = createRequire(import.meta.url)

/**
 * The lint worker has no `document`: packages whose `browser` export uses the DOM must resolve to
 * their `worker`/default build there (decode-named-character-reference, used by micromark).
 * electron-vite's renderer config needs the same plugin in `worker.plugins`.
 */
export function workerSafeResolve(): Plugin {
  const domFree: Record<string, string> = {
    'decode-named-character-reference': require.resolve('decode-named-character-reference')
  }
  return {
    name: 'temoin-worker-safe-resolve',
    enforce: 'pre',
    resolveId(source) {
      return domFree[source] ?? null
    }
  }
}

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
  worker: {format: 'es', plugins: () => [workerSafeResolve(), viteYaml()]},
  server: {host: '127.0.0.1'},
  preview: {host: '127.0.0.1'}
})
