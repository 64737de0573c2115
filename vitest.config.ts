import {defineConfig} from 'vitest/config'
// @ts-expect-error plain ESM helper without types
import {viteYaml} from './scripts/yaml-plugin.mjs'

export default defineConfig({
  plugins: [viteYaml()],
  test: {
    include: ['test/**/*.test.ts', 'lint-rules/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/e2e/global-setup.ts']
  }
})
