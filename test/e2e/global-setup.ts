// vitest globalSetup: one web build per vitest run, before any e2e file starts (vitest runs test
// files in parallel, and a build empties its output folder, so the files must not build themselves).
// Skipped when the run has no e2e file (e.g. `npx vitest run test/main`), and when TEMOIN_WEB_OUT
// names a prebuilt folder. The folder reaches the tests through provide/inject('temoinWebOut').
import type {TestProject} from 'vitest/node'
import {buildWeb, outDir} from './harness.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    temoinWebOut: string
  }
}

export const E2E_FILE = /\.e2e\.test\.[cm]?[jt]s$/

export default async function setup(project: TestProject): Promise<void> {
  const prebuilt = process.env.TEMOIN_WEB_OUT
  if (prebuilt) {
    project.provide('temoinWebOut', prebuilt)
    return
  }
  const vitest = project.vitest
  // The files this run will execute: the command-line filters applied to the include globs.
  const specs = await vitest.globTestSpecifications((vitest as unknown as {filenamePattern?: string[]}).filenamePattern ?? [])
  if (!specs.some((s) => E2E_FILE.test(s.moduleId))) return
  const dir = outDir('web-e2e')
  const started = Date.now()
  buildWeb(dir)
  console.log(`[e2e global setup] web build in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  project.provide('temoinWebOut', dir)
}
