// `temoin lint` in-process, in real temporary folders with their own configuration files.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/lint.js'

let dir: string

function io(cwd = dir, stdin?: string) {
  const out = {stdout: '', stderr: ''}
  return {
    out,
    io: {stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s), cwd, stdin: stdin === undefined ? undefined : async () => stdin}
  }
}

function write(file: string, content: string | Uint8Array) {
  const target = path.join(dir, file)
  fs.mkdirSync(path.dirname(target), {recursive: true})
  fs.writeFileSync(target, content)
  return target
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temoin-cli-'))
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('temoin lint: input problems exit 2 with one line naming the file', () => {
  it('missing file', async () => {
    const {io: cli, out} = io()
    expect(await run(['absent.md'], cli)).toBe(2)
    expect(out.stderr).toMatch(/absent\.md : fichier ou dossier introuvable/)
  })

  it('binary file', async () => {
    write('bin/image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]))
    const {io: cli, out} = io()
    expect(await run(['bin/image.md'], cli)).toBe(2)
    expect(out.stderr).toMatch(/image\.md : fichier binaire/)
  })

  it('non-UTF-8 file', async () => {
    write('latin1/lettre.md', new Uint8Array([0x43, 0x27, 0x65, 0x73, 0x74, 0x20, 0xe9, 0x74, 0xe9, 0x2e]))
    const {io: cli, out} = io()
    expect(await run(['latin1/lettre.md'], cli)).toBe(2)
    expect(out.stderr).toMatch(/lettre\.md : le fichier n’est pas en UTF-8/)
  })

  it('unknown option and bad format', async () => {
    expect(await run(['--frobnicate'], io().io)).toBe(2)
    expect(await run(['--format', 'xml', 'a.md'], io().io)).toBe(2)
    expect(await run(['--lang', 'de', 'a.md'], io().io)).toBe(2)
  })

  it('invalid configuration names the problem', async () => {
    write('badconf/.temoinrc', '[1, 2')
    write('badconf/draft.md', 'Bonjour.\n')
    const {io: cli, out} = io(path.join(dir, 'badconf'))
    expect(await run(['draft.md'], cli)).toBe(2)
    expect(out.stderr).toMatch(/draft\.md/)
    expect(out.stderr).toMatch(/configuration|\.temoinrc/i)
  })
})

describe('temoin lint: configuration', () => {
  it('reports unknown rule ids from .temoinrc.yml instead of accepting them', async () => {
    write('conf/.temoinrc.yml', 'rules:\n  criminel-term: off\n')
    write('conf/draft.md', 'Bonjour, voici mon témoignage daté du 3 mars 2024.\n')
    const {io: cli, out} = io(path.join(dir, 'conf'))
    expect(await run(['draft.md', '--format', 'json'], cli)).toBe(0)
    const [file] = JSON.parse(out.stdout)
    expect(file.path).toBe('draft.md')
    expect(file.messages.map((m: {ruleId: string}) => m.ruleId)).toContain('config')
    expect(JSON.stringify(file.messages)).toContain('criminel-term')
  })

  it('reads package.json#temoin and honours .temoinignore', async () => {
    write('pkg/package.json', JSON.stringify({name: 'x', temoin: {rules: {nope: 'off'}}}))
    write('pkg/a.md', 'Bonjour.\n')
    write('pkg/brouillons/b.md', 'Bonjour.\n')
    write('pkg/.temoinignore', 'brouillons/\n')
    const {io: cli, out} = io(path.join(dir, 'pkg'))
    expect(await run(['--format', 'json'], cli)).toBe(0)
    const files = JSON.parse(out.stdout)
    expect(files.map((f: {path: string}) => f.path)).toEqual(['a.md'])
    expect(JSON.stringify(files[0].messages)).toContain('nope')
  })

  it('lints standard input', async () => {
    const {io: cli, out} = io(dir, 'Bonjour.\n')
    expect(await run(['--stdin', '--format', 'json'], cli)).toBe(0)
    expect(JSON.parse(out.stdout)[0].messages).toEqual([])
  })
})

describe('temoin lint: findings and exit codes', () => {
  it('exits 1 on errors and reports rule, place and reason', async () => {
    write('real/draft.md', '# Mon histoire\n\nCe sont des escrocs.\n')
    const {io: cli, out} = io(path.join(dir, 'real'))
    expect(await run(['draft.md'], cli)).toBe(1)
    expect(out.stderr).toMatch(/3:13-3:20\s+error\s+.*escrocs.*criminal-term\s+temoin/)
  })

  it('exits 0 with warnings only, and prints notes with --why', async () => {
    write('warn/draft.md', 'Mon site est merdique.\n')
    const {io: cli, out} = io(path.join(dir, 'warn'))
    expect(await run(['--why', 'draft.md'], cli)).toBe(0)
    expect(out.stderr).toMatch(/warning.*fact-as-opinion/)
    expect(out.stderr).toMatch(/\[note\]/)
    expect(out.stderr).toMatch(/29 juillet 1881/)
  })

  it('lists ignores with their justification in JSON, and keeps unignored findings', async () => {
    write('ign/draft.md', '<!--temoin ignore criminal-term "pièce 4 : jugement du 3 mai 2022"-->\nIl parle d’escroquerie.\n\nCe sont des escrocs.\n')
    const {io: cli, out} = io(path.join(dir, 'ign'))
    expect(await run(['--format', 'json', 'draft.md'], cli)).toBe(1)
    const [file] = JSON.parse(out.stdout)
    expect(file.ignored).toEqual([expect.objectContaining({ruleId: 'criminal-term', line: 2, by: 'comment', justification: 'pièce 4 : jugement du 3 mai 2022'})])
    expect(file.messages.map((m: {line: number; ruleId: string}) => [m.line, m.ruleId])).toEqual([[4, 'criminal-term']])
    expect(file.messages[0]).toMatchObject({source: 'temoin', fatal: true, severity: 'error', actual: 'escrocs'})
    expect(file.messages[0].url).toMatch(/^file:.*lint-rules\/criminal-term\/readme\.md$/)
  })

  it('lets the configuration lower a severity, and --lang force the language', async () => {
    write('sev/.temoinrc', JSON.stringify({rules: {'criminal-term': 'warn'}}))
    write('sev/draft.md', 'Ce sont des escrocs.\n')
    expect(await run(['draft.md'], io(path.join(dir, 'sev')).io)).toBe(0)
    write('en/draft.md', 'It was a scam.\n')
    const {io: cli, out} = io(path.join(dir, 'en'))
    expect(await run(['--lang', 'en', '--format', 'json', 'draft.md'], cli)).toBe(1)
    expect(JSON.parse(out.stdout)[0]).toMatchObject({language: 'en'})
  })
})
