// Files handed to the app by the system (command line, « Ouvrir avec », macOS open-file).
import * as path from 'node:path'
import {describe, expect, it} from 'vitest'
import {draftFilesFromArgv, isDraftName, LaunchQueue} from '../../src/main/launch'

describe('draft files from a command line', () => {
  const cwd = path.resolve('/tmp/exemple')

  it('keeps .md, .markdown and .txt names, resolved against the working directory, once each', () => {
    const argv = ['/opt/Témoin/temoin', 'brouillon.md', '--no-sandbox', '-v', '../autre/Lettre.MARKDOWN', path.resolve('/srv/notes.txt'), 'brouillon.md']
    expect(draftFilesFromArgv(argv, cwd)).toEqual([path.join(cwd, 'brouillon.md'), path.resolve(cwd, '../autre/Lettre.MARKDOWN'), path.resolve('/srv/notes.txt')])
  })

  it('skips the executable, the development app folder, options and other files', () => {
    expect(draftFilesFromArgv(['/usr/bin/electron', '.', '--inspect=0', 'photo.png', 'archive.md.zip', 'sans-extension'], cwd)).toEqual([])
    expect(draftFilesFromArgv(['/Applications/Témoin.app/Contents/MacOS/Témoin.md'], cwd)).toEqual([])
  })

  it('recognises draft names whatever their case', () => {
    expect(['a.md', 'b.MD', 'c.Markdown', 'd.txt'].every(isDraftName)).toBe(true)
    expect(['a.mdx', 'b.doc', 'md', '.md.bak'].some(isDraftName)).toBe(false)
  })
})

describe('launch queue', () => {
  it('holds files until the app is ready, then opens them in order, and later ones at once', () => {
    const queue = new LaunchQueue()
    const opened: string[] = []
    queue.add(['/a.md', '/b.md'])
    queue.add(['/a.md'])
    expect(opened).toEqual([])
    queue.start((file) => opened.push(file))
    expect(opened).toEqual(['/a.md', '/b.md'])
    queue.add(['/c.md'])
    expect(opened).toEqual(['/a.md', '/b.md', '/c.md'])
  })
})
