// `temoin export` and `temoin report` in real temporary folders: exit codes, the gate, no overwrite,
// no escape from the chosen folder, atomic writes, clear errors naming the file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {run as exportRun} from '../../src/cli/export.js'
import {run as reportRun} from '../../src/cli/report.js'
import type {CliIo} from '../../src/cli/io.js'
import {SAMPLE} from './helpers.js'

let dir: string
let outside: string

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temoin-export-'))
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'temoin-outside-'))
  fs.writeFileSync(path.join(dir, 'temoignage.md'), SAMPLE)
})
afterEach(() => {
  fs.rmSync(dir, {recursive: true, force: true})
  fs.rmSync(outside, {recursive: true, force: true})
})

async function cli(command: 'export' | 'report', argv: string[], cwd = dir) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd}
  const code = await (command === 'export' ? exportRun : reportRun)(argv, io)
  return {code, stdout, stderr}
}

const files = (d = dir) => fs.readdirSync(d).sort()

describe('temoin export', () => {
  it('writes each format next to the draft name in the cwd', async () => {
    const expected: Record<string, string> = {
      html: 'temoignage.fragment.html',
      page: 'temoignage.html',
      wxr: 'temoignage.wxr.xml',
      eml: 'temoignage.eml',
      txt: 'temoignage.txt',
      md: 'temoignage.export.md'
    }
    for (const [format, name] of Object.entries(expected)) {
      const r = await cli('export', ['--to', format, 'temoignage.md'])
      expect(r.code, r.stderr).toBe(0)
      expect(r.stderr).toContain(name)
      const content = fs.readFileSync(path.join(dir, name), 'utf8')
      expect(content).toContain('Camille Exemplaire')
    }
    // Atomic writes leave no temporary file behind.
    expect(files().filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('--out - writes to stdout and nothing to disk', async () => {
    const r = await cli('export', ['--to', 'txt', '--out', '-', 'temoignage.md'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('1. Le 4 février 2022')
    expect(files()).toEqual(['temoignage.md'])
  })

  it('options override the front matter (--title, --author, --subject, --to, --from)', async () => {
    const r = await cli('export', ['--to', 'eml', '--to', 'presse@exemple.invalid', '--from', 'moi@exemple.invalid', '--subject', 'Nouvel objet', '--author', 'Dominique Autre', '-o', 'mail.eml', 'temoignage.md'])
    expect(r.code, r.stderr).toBe(0)
    const {simpleParser} = await import('mailparser')
    const mail = await simpleParser(fs.readFileSync(path.join(dir, 'mail.eml')))
    expect(mail.subject).toBe('Nouvel objet')
    expect(mail.from?.value[0]?.address).toBe('moi@exemple.invalid')
    expect(mail.text).toContain('Dominique Autre, le 12 mars 2024')
  })

  it('an English draft without lang: is signed in English (language detected by the engine)', async () => {
    fs.writeFileSync(
      path.join(dir, 'story.md'),
      '---\nauthor: Sam Example\ndate: 2024-06-01\n---\n\nOn 3 February 2022 a salesman from the agency came to my shop without an appointment. I signed a four-year rental contract for a website that same afternoon, and the site went online in June with half of the pages we had agreed on.\n'
    )
    const r = await cli('export', ['--to', 'txt', '-o', '-', 'story.md'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('— Sam Example, 1 June 2024')
  })

  it('does not overwrite without --force (exit 2), replaces with --force', async () => {
    fs.writeFileSync(path.join(dir, 'out.html'), 'ANCIEN')
    const r = await cli('export', ['--to', 'page', '--out', 'out.html', 'temoignage.md'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/out\.html.*existe déjà/)
    expect(fs.readFileSync(path.join(dir, 'out.html'), 'utf8')).toBe('ANCIEN')
    const forced = await cli('export', ['--to', 'page', '--out', 'out.html', '--force', 'temoignage.md'])
    expect(forced.code).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'out.html'), 'utf8')).toContain('<!doctype html>')
  })

  it('never replaces the draft itself, even with --force', async () => {
    const r = await cli('export', ['--to', 'md', '--out', 'temoignage.md', '--force', 'temoignage.md'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('brouillon lui-même')
    expect(fs.readFileSync(path.join(dir, 'temoignage.md'), 'utf8')).toBe(SAMPLE)
  })

  for (const out of ['../evil.html', 'sous/../../evil.html', '..', `..${path.sep}evil.html`]) {
    it(`refuses the escape ${out} (exit 2, nothing written)`, async () => {
      fs.mkdirSync(path.join(dir, 'sous'))
      const before = files(path.dirname(dir))
      const r = await cli('export', ['--to', 'html', '--out', out, 'temoignage.md'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(out)
      expect(files(path.dirname(dir))).toEqual(before)
    })
  }

  it('refuses a symlinked folder that leads outside the cwd', async () => {
    fs.symlinkSync(outside, path.join(dir, 'lien'))
    const r = await cli('export', ['--to', 'html', '--out', 'lien/x.html', 'temoignage.md'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/lien\/x\.html.*lien symbolique/)
    expect(files(outside)).toEqual([])
  })

  it('refuses a target that is a symlink, even with --force', async () => {
    fs.writeFileSync(path.join(outside, 'cible.html'), 'CIBLE')
    fs.symlinkSync(path.join(outside, 'cible.html'), path.join(dir, 'x.html'))
    const r = await cli('export', ['--to', 'html', '--out', 'x.html', '--force', 'temoignage.md'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('lien symbolique')
    expect(fs.readFileSync(path.join(outside, 'cible.html'), 'utf8')).toBe('CIBLE')
  })

  it('accepts an absolute --out (its folder is the chosen one)', async () => {
    const target = path.join(outside, 'article.xml')
    const r = await cli('export', ['--to', 'wxr', '--out', target, 'temoignage.md'])
    expect(r.code, r.stderr).toBe(0)
    expect(fs.readFileSync(target, 'utf8')).toContain('<wp:status><![CDATA[draft]]></wp:status>')
  })

  it('rejects CR/LF in a header value: exit 2, nothing written, file named', async () => {
    const r = await cli('export', ['--to', 'eml', '--subject', 'Objet\r\nBcc: x@exemple.invalid', 'temoignage.md'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/temoignage\.md.*saut de ligne/)
    expect(files()).toEqual(['temoignage.md'])
    fs.writeFileSync(path.join(dir, 'lf.md'), '---\nobjet: "a\\nBcc: x@exemple.invalid"\n---\n\nTexte.\n')
    const fm = await cli('export', ['--to', 'eml', 'lf.md'])
    expect(fm.code).toBe(2)
    expect(fm.stderr).toMatch(/lf\.md.*objet \/ subject/)
    expect(files()).toEqual(['lf.md', 'temoignage.md'])
  })

  it('usage and input errors exit 2 with one clear line', async () => {
    expect((await cli('export', ['temoignage.md'])).code).toBe(2)
    const unknown = await cli('export', ['--to', 'docx', 'temoignage.md'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/format inconnu «\s?docx\s?»/)
    const missing = await cli('export', ['--to', 'html', 'absent.md'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/absent\.md\s: fichier introuvable/)
    fs.writeFileSync(path.join(dir, 'binaire.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
    const binary = await cli('export', ['--to', 'html', 'binaire.md'])
    expect(binary.code).toBe(2)
    expect(binary.stderr).toMatch(/binaire\.md\s: fichier binaire/)
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('caf\xe9\n', 'latin1'))
    const latin1 = await cli('export', ['--to', 'html', 'latin1.md'])
    expect(latin1.code).toBe(2)
    expect(latin1.stderr).toMatch(/latin1\.md\s: le fichier n’est pas en UTF-8/)
    // French typography: no-break space before the colon.
    expect(latin1.stderr).toContain('latin1.md\u00a0:')
    expect((await cli('export', ['--to', 'html', '--bogus', 'temoignage.md'])).code).toBe(2)
    expect((await cli('export', ['--help'])).code).toBe(0)
  })

  describe('the lint gate', () => {
    const risky = '---\nauteur: Camille Exemplaire\ndate: 2024-03-12\nobjet: Essai\n---\n\nCette agence est une bande d’escrocs.\n'

    it('stops with error-level messages: exit 1, nothing written, messages printed', async () => {
      fs.writeFileSync(path.join(dir, 'risque.md'), risky)
      const r = await cli('export', ['--to', 'html', 'risque.md'])
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('criminal-term')
      expect(r.stderr).toContain('rien n’a été écrit')
      expect(files()).toEqual(['risque.md', 'temoignage.md'])
    })

    it('--force writes the export and an acknowledgment next to it', async () => {
      fs.writeFileSync(path.join(dir, 'risque.md'), risky)
      const r = await cli('export', ['--to', 'html', '--force', '--out', 'risque.html', 'risque.md'])
      expect(r.code, r.stderr).toBe(0)
      expect(files()).toEqual(['risque.html', 'risque.html.risques-acceptes.txt', 'risque.md', 'temoignage.md'])
      const ack = fs.readFileSync(path.join(dir, 'risque.html.risques-acceptes.txt'), 'utf8')
      expect(ack).toContain('criminal-term')
      expect(ack).toContain('risque.md')
      expect(ack).toMatch(/Date\u00a0: \d{4}-\d{2}-\d{2}T/)
    })

    it('blackmail: an e-mail is refused without acknowledgment even when the rule is only a warning', async () => {
      fs.writeFileSync(path.join(dir, 'chantage.md'), '---\nauteur: Camille Exemplaire\nobjet: Essai\ndestinataires: [agence@exemple.invalid]\n---\n\nJe retirerai mon avis si vous me remboursez.\n')
      fs.writeFileSync(path.join(dir, '.temoinrc.yml'), 'rules:\n  blackmail: warn\n')
      const page = await cli('export', ['--to', 'page', 'chantage.md'])
      expect(page.code, page.stderr).toBe(0)
      const mail = await cli('export', ['--to', 'eml', 'chantage.md'])
      expect(mail.code).toBe(1)
      expect(mail.stderr).toContain('blackmail')
      expect(mail.stderr).toContain('312-10')
      expect(fs.existsSync(path.join(dir, 'chantage.eml'))).toBe(false)
      const forced = await cli('export', ['--to', 'eml', '--force', 'chantage.md'])
      expect(forced.code).toBe(0)
      expect(fs.readFileSync(path.join(dir, 'chantage.eml.risques-acceptes.txt'), 'utf8')).toContain('312-10')
    })
  })
})

describe('temoin report', () => {
  it('writes the review report with the prescription date from the front matter', async () => {
    const r = await cli('report', ['temoignage.md', '--out', 'rapport.html'])
    expect(r.code, r.stderr).toBe(0)
    const html = fs.readFileSync(path.join(dir, 'rapport.html'), 'utf8')
    expect(html).toContain('12 juin 2024')
    expect(html).toContain('Prêt à publier')
    expect(html.match(/pas un conseil juridique/g)).toHaveLength(1)
  })

  it('--published wins over the front matter; a bad date is exit 2', async () => {
    const r = await cli('report', ['temoignage.md', '--published', '2024-11-30', '-o', '-'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('28 février 2025')
    const bad = await cli('report', ['temoignage.md', '--published', '30/11/2024'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--published')
  })

  it('lists ignores with their justification', async () => {
    fs.writeFileSync(
      path.join(dir, 'ignore.md'),
      '---\nauteur: Camille Exemplaire\ndate: 2024-03-12\n---\n\n<!--temoin ignore criminal-term "citation exacte du jugement, pièce 4"-->\nLe jugement parle d’escroquerie.\n'
    )
    const r = await cli('report', ['ignore.md', '-o', 'r.html'])
    expect(r.code, r.stderr).toBe(0)
    const html = fs.readFileSync(path.join(dir, 'r.html'), 'utf8')
    expect(html).toContain('citation exacte du jugement, pièce 4')
    expect(html).toContain('criminal-term')
  })

  it('follows the same output rules as export', async () => {
    fs.writeFileSync(path.join(dir, 'temoignage.rapport.html'), 'ANCIEN')
    expect((await cli('report', ['temoignage.md'])).code).toBe(2)
    expect((await cli('report', ['temoignage.md', '--out', '../r.html'])).code).toBe(2)
    expect(fs.readFileSync(path.join(dir, 'temoignage.rapport.html'), 'utf8')).toBe('ANCIEN')
  })
})
