// The e2e global setup builds the web renderer once per vitest run, only when the run holds an e2e
// file (unit-only runs stay fast), and hands the folder to the tests through provide().
import {describe, expect, it} from 'vitest'
import setup, {E2E_FILE} from './global-setup'

function fakeProject(files: string[], filters?: string[]) {
  const provided: Record<string, unknown> = {}
  const globbed: string[][] = []
  const project = {
    provide: (key: string, value: unknown) => {
      provided[key] = value
    },
    vitest: {
      filenamePattern: filters,
      globTestSpecifications: async (f: string[]) => {
        globbed.push(f)
        return files.map((moduleId) => ({moduleId}))
      }
    }
  }
  return {project: project as unknown as Parameters<typeof setup>[0], provided, globbed}
}

describe('e2e global setup', () => {
  it('recognises e2e files only', () => {
    expect(E2E_FILE.test('/r/test/e2e/editor.e2e.test.ts')).toBe(true)
    expect(E2E_FILE.test('/r/test/e2e/spell.e2e.test.ts')).toBe(true)
    expect(E2E_FILE.test('/r/test/e2e/global-setup.test.ts')).toBe(false)
    expect(E2E_FILE.test('/r/test/main/files.test.ts')).toBe(false)
  })

  it('does not build when the run has no e2e file, and passes the command-line filters on', async () => {
    const before = process.env.TEMOIN_WEB_OUT
    delete process.env.TEMOIN_WEB_OUT
    try {
      const {project, provided, globbed} = fakeProject(['/r/test/main/files.test.ts', '/r/test/e2e/global-setup.test.ts'], ['test/main'])
      const started = Date.now()
      await setup(project)
      expect(provided).toEqual({})
      expect(globbed).toEqual([['test/main']])
      expect(Date.now() - started).toBeLessThan(2000) // no vite build happened
    } finally {
      if (before !== undefined) process.env.TEMOIN_WEB_OUT = before
    }
  })

  it('uses a prebuilt folder named by TEMOIN_WEB_OUT without building', async () => {
    const before = process.env.TEMOIN_WEB_OUT
    process.env.TEMOIN_WEB_OUT = '/tmp/prebuilt-web'
    try {
      const {project, provided, globbed} = fakeProject(['/r/test/e2e/editor.e2e.test.ts'])
      await setup(project)
      expect(provided).toEqual({temoinWebOut: '/tmp/prebuilt-web'})
      expect(globbed).toEqual([])
    } finally {
      if (before === undefined) delete process.env.TEMOIN_WEB_OUT
      else process.env.TEMOIN_WEB_OUT = before
    }
  })
})
