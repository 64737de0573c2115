// `npm run bench:editor`: the web build in Debian's Chromium, a 10 000-word French document.
// - input latency: keydown → the frame that shows it is painted, p50 / p95 over 200 keystrokes
//   typed at a human pace (lint results keep arriving in between, as in real use);
// - diagnostics: time from the last keystroke of a burst to the updated diagnostics being applied
//   (debounce + worker + rendering), over 20 bursts that each add a new finding.
// - CPU time per keystroke (thread time from a Chromium trace of 100 more keystrokes): the cost of
//   a keystroke, which, unlike the latencies, does not grow when other jobs share the cores.
// Targets (issue 3): keystroke-to-paint p95 ≤ 16 ms; diagnostics ≤ 150 ms after typing stops.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {buildWeb, launch, outDir, ROOT, serve} from '../test/e2e/harness.mjs'

const WORDS = 10_000
const KEYSTROKES = 200
const BURSTS = 20
/** The editor's lint debounce, read from its source so the report says what it includes. */
const LINT_DELAY_MS = Number(
  /export const LINT_DELAY_MS = (\d+)/.exec(fs.readFileSync(path.join(ROOT, 'src/renderer/editor/diagnostics.ts'), 'utf8'))?.[1] ?? NaN
)

/** An invented testimony, repeated and numbered until it reaches `words` words. */
function makeDocument(words) {
  const paragraphs = [
    'Le 3 mars 2023, un commercial de la société Agence Exemple est venu dans ma boutique de Villeneuve. Il m’a présenté un site internet « clé en main » avec un contrat de location financière sur quarante-huit mois.',
    'J’ai signé le bon de commande le jour même. Le site livré en juin ne correspondait pas à la maquette : pas de boutique en ligne, des photos floues et un référencement absent (pièce n° 4).',
    'J’ai écrit à l’agence par lettre recommandée le 12 juillet 2023, puis à la société de financement le 2 août 2023. Je n’ai reçu aucune réponse écrite à ce jour.',
    'À mon avis, le service après-vente ne répond pas aux demandes des clients. Je trouve que les mensualités sont très élevées pour ce qui a été livré.',
    'Ce sont des escrocs !!! Mon site est merdique. Il paraît que la société aurait trompé d’autres commerçants du quartier.',
    'Je demande la résiliation du contrat et le remboursement des sommes versées, et je tiens les pièces à la disposition de toute personne concernée.'
  ]
  const out = ['---', 'title: Mon témoignage sur un contrat de site internet', 'lang: fr', '---', '', '# Mon témoignage', '']
  let count = 0
  let i = 0
  while (count < words * 1.02) {
    if (i % paragraphs.length === 0) out.push(`## Partie ${i / paragraphs.length + 1}`, '')
    const p = paragraphs[i % paragraphs.length]
    out.push(p, '')
    count += p.split(/\s+/).length
    i++
  }
  return out.join('\n')
}

function pct(values, p) {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]
}
const f1 = (n) => n.toFixed(1)

/** The same keydown → painted-frame measure on a bare <textarea>: the floor of this machine. */
async function textareaFloor(context) {
  const page = await context.newPage()
  await page.setContent('<textarea style="width:600px;height:400px"></textarea>')
  await page.evaluate(() => {
    window.__floor = []
    window.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp
        requestAnimationFrame(() => {
          const ch = new MessageChannel()
          ch.port1.onmessage = () => window.__floor.push(performance.now() - start)
          ch.port2.postMessage(0)
        })
      },
      true
    )
  })
  await page.locator('textarea').click()
  const sentence = ' Je trouve que la livraison a pris du retard.'
  for (let k = 0; k < KEYSTROKES; k++) {
    await page.keyboard.type(sentence[k % sentence.length])
    await page.waitForTimeout(40 + ((k * 37) % 80))
  }
  await page.waitForTimeout(300)
  const values = await page.evaluate(() => window.__floor.slice())
  await page.close()
  return values
}

/** Thread CPU time per keystroke in the page's renderer process, from a trace of `n` keystrokes. */
async function cpuPerKeystroke(page, sentence, n) {
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
  const complete = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', {traceConfig: {includedCategories: ['toplevel', 'devtools.timeline']}, transferMode: 'ReportEvents'})
  for (let k = 0; k < n; k++) {
    await page.keyboard.type(sentence[k % sentence.length])
    await page.waitForTimeout(40 + ((k * 37) % 80))
  }
  await page.waitForTimeout(300)
  await cdp.send('Tracing.end')
  await complete
  await cdp.detach()
  const thread = (e) => `${e.pid}:${e.tid}`
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [thread(e), e.args.name]))
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
  const counts = new Map()
  for (const e of keydowns) counts.set(thread(e), (counts.get(thread(e)) ?? 0) + 1)
  const main = [...counts].sort((a, b) => b[1] - a[1])[0][0]
  const pid = main.split(':')[0]
  const onMain = events.filter((e) => thread(e) === main && e.ph === 'X').sort((a, b) => a.ts - b.ts)
  const tasks = onMain.filter((e) => /RunTask$/.test(e.name))
  const cpuMs = (e) => (e.tdur ?? e.dur) / 1000
  let keydown = 0
  let frames = 0
  let other = 0
  let j = 0
  for (const task of tasks) {
    while (j < onMain.length && onMain[j].ts < task.ts) j++
    let isKey = false
    let isFrame = false
    for (let k = j; k < onMain.length && onMain[k].ts < task.ts + task.dur; k++) {
      const e = onMain[k]
      if (e.name === 'EventDispatch' && e.args?.data?.type === 'keydown') isKey = true
      else if (e.name === 'Paint' || e.name === 'PrePaint') isFrame = true
    }
    if (isKey) keydown += cpuMs(task)
    else if (isFrame) frames += cpuMs(task)
    else other += cpuMs(task)
  }
  let workers = 0
  let compositor = 0
  for (const e of events) {
    if (e.ph !== 'X' || !/RunTask$/.test(e.name) || String(e.pid) !== pid || thread(e) === main) continue
    const name = names.get(thread(e)) ?? ''
    if (/DedicatedWorker/.test(name)) workers += cpuMs(e)
    else if (/Compositor|ThreadPool|Raster/.test(name)) compositor += cpuMs(e)
  }
  const keys = counts.get(main)
  return {keys, main: (keydown + frames + other) / keys, keydown: keydown / keys, frames: frames / keys, other: other / keys, workers: workers / keys, compositor: compositor / keys}
}

async function main() {
  const t0 = Date.now()
  const dir = outDir('web-bench')
  buildWeb(dir)
  const server = await serve(dir)
  const browser = await launch()
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage())
    await page.goto(server.url)
    await page.locator('body[data-ready=true]').waitFor({timeout: 20_000})

    // Open the document the way a user does: File ▸ Open… through the file picker.
    const text = makeDocument(WORDS)
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('file-menu').locator('summary').click()
    await page.getByTestId('menu-open').click()
    await (await chooser).setFiles({name: 'bench.md', mimeType: 'text/markdown', buffer: Buffer.from(text)})
    const status = page.getByTestId('status-bar')
    const tOpen = Date.now()
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=status-bar]')?.getAttribute('data-errors')) > 20, null, {timeout: 60_000})
    const firstLint = Date.now() - tOpen
    const words = await status.locator('.st-words').innerText()

    await page.evaluate(() => {
      const w = window
      w.__bench = {latency: [], handled: [], lintTimes: [], lastKey: 0, longTasks: [], events: []}
      // Chromium's own input-to-next-paint figure (Event Timing API, as INP). Entries under 16 ms are
      // not reported at all (the API's minimum threshold).
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.interactionId && /^key/.test(e.name)) w.__bench.events.push({
              id: e.interactionId,
              duration: e.duration,
              delay: e.processingStart - e.startTime,
              processing: e.processingEnd - e.processingStart,
              presentation: e.startTime + e.duration - e.processingEnd
            })
        }
      }).observe({type: 'event', durationThreshold: 16, buffered: false})
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__bench.longTasks.push(e.duration)
      }).observe({type: 'longtask', buffered: false})
      window.addEventListener(
        'keydown',
        (e) => {
          const start = e.timeStamp
          w.__bench.lastKey = start
          // rAF runs just before the frame that includes the edit; a message posted from it is
          // handled right after that frame is painted.
          requestAnimationFrame(() => {
            const ch = new MessageChannel()
            ch.port1.onmessage = () => w.__bench.latency.push(performance.now() - start)
            ch.port2.postMessage(0)
          })
        },
        true
      )
      const bar = document.querySelector('[data-testid=status-bar]')
      let last = bar.getAttribute('data-lint-version')
      new MutationObserver(() => {
        const v = bar.getAttribute('data-lint-version')
        if (v !== last) {
          last = v
          w.__bench.lintTimes.push(performance.now())
        }
      }).observe(bar, {attributes: true, attributeFilter: ['data-lint-version']})
    })

    // Put the cursor in the middle of the document.
    await page.locator('.cm-content').click()
    await page.evaluate(() => {
      const view = document.querySelector('[data-testid=editor-host]').shadowRoot.querySelector('.cm-content').cmTile.root.view
      const mid = view.state.doc.line(Math.floor(view.state.doc.lines / 2)).to
      view.dispatch({selection: {anchor: mid}, scrollIntoView: true})
      view.focus()
    })

    // 1. Input latency over 200 keystrokes at 40–120 ms intervals (a fast typist).
    const sentence = ' Je trouve que la livraison a pris du retard et que le contrat reste flou pour moi.'
    for (let k = 0; k < KEYSTROKES; k++) {
      await page.keyboard.type(sentence[k % sentence.length])
      await page.waitForTimeout(40 + ((k * 37) % 80))
    }
    await page.waitForTimeout(500)
    const latency = await page.evaluate(() => window.__bench.latency.slice())
    const longTasks = await page.evaluate(() => window.__bench.longTasks.splice(0))
    const events = await page.evaluate(() => window.__bench.events.splice(0))
    // Where the time goes, per interaction (keydown + keypress + keyup), for the reported ones.
    const split = new Map()
    for (const e of events) {
      const t = split.get(e.id) ?? {delay: 0, processing: 0, presentation: 0}
      t.delay = Math.max(t.delay, e.delay)
      t.processing += e.processing
      t.presentation = Math.max(t.presentation, e.presentation)
      split.set(e.id, t)
    }
    const parts = [...split.values()]
    const perInteraction = new Map()
    for (const e of events) perInteraction.set(e.id, Math.max(perInteraction.get(e.id) ?? 0, e.duration))
    const slow = [...perInteraction.values()]
    const inp = [...slow, ...Array(Math.max(0, KEYSTROKES - slow.length)).fill(0)]
    const fmtInp = (v) => (v === 0 ? '< 16 ms' : `${f1(v)} ms`)

    // 2. Diagnostics after typing stops: type a burst that adds a finding, then wait.
    const after = []
    for (let b = 0; b < BURSTS; b++) {
      const before = Number(await status.getAttribute('data-errors'))
      await page.keyboard.type(' des escrocs', {delay: 30})
      await page.waitForFunction(
        (e) =>
          window.__bench.lintTimes.some((t) => t > window.__bench.lastKey) &&
          Number(document.querySelector('[data-testid=status-bar]').getAttribute('data-errors')) > e,
        before,
        {timeout: 10_000}
      )
      // From the last keydown (its event timestamp) to the first diagnostics update after it.
      const delta = await page.evaluate(() => {
        const b = window.__bench
        return b.lintTimes.find((t) => t > b.lastKey) - b.lastKey
      })
      after.push(delta)
      await page.waitForTimeout(200)
    }

    // 3. CPU time per keystroke, from a Chromium trace of 100 more keystrokes typed the same way
    //    (thread time, not wall time: it does not grow when other jobs take the cores, unlike the
    //    latencies above). Traced separately so the latency figures are not traced.
    const cpu = await cpuPerKeystroke(page, sentence, 100)

    const floor = await textareaFloor(browser.context)
    const p50 = pct(latency, 50)
    const p95 = pct(latency, 95)
    const d50 = pct(after, 50)
    const d95 = pct(after, 95)
    const dmax = Math.max(...after)
    console.log(`Témoin editor bench — Chromium (${browser.context.browser()?.version() ?? 'persistent'}), ${words}`)
    console.log(`  first full lint after opening:             ${firstLint} ms`)
    console.log(`  keydown → frame painted, rAF+message (n=${latency.length}):          p50 ${f1(p50)} ms   p95 ${f1(p95)} ms   target p95 ≤ 16 ms   ${p95 <= 16 ? 'OK' : 'MISSED'}`)
    console.log(`    same measure on a bare <textarea> (this machine's floor):  p50 ${f1(pct(floor, 50))} ms   p95 ${f1(pct(floor, 95))} ms`)
    console.log(`  input → next paint, Event Timing (n=${KEYSTROKES}):  p50 ${fmtInp(pct(inp, 50))}   p95 ${fmtInp(pct(inp, 95))}   (${slow.length} keystrokes over 16 ms)   target p95 ≤ 16 ms   ${pct(inp, 95) <= 16 ? 'OK' : 'MISSED'}`)
    if (parts.length) {
      const q = (k) => `p50 ${f1(pct(parts.map((p) => p[k]), 50))} / p95 ${f1(pct(parts.map((p) => p[k]), 95))} ms`
      console.log(`    of which (slow keystrokes, n=${parts.length}): input delay ${q('delay')}; our handlers + CodeMirror ${q('processing')}; rendering/presentation ${q('presentation')}`)
    }
    console.log(`  typing stops → diagnostics (n=${after.length}):    p50 ${f1(d50)} ms   p95 ${f1(d95)} ms   max ${f1(dmax)} ms   target ≤ 150 ms   ${d95 <= 150 ? 'OK' : 'MISSED'}`)
    console.log(`  CPU per keystroke (trace, n=${cpu.keys}): page main thread ${f1(cpu.main)} ms (key handling ${f1(cpu.keydown)}, frames ${f1(cpu.frames)}, other tasks: lint cycle, timers, selection ${f1(cpu.other)}); lint and spelling workers ${f1(cpu.workers)} ms; compositor and raster ${f1(cpu.compositor)} ms`)
    console.log(`  main-thread long tasks (>50 ms) while typing: ${longTasks.length}${longTasks.length ? `, longest ${f1(Math.max(...longTasks))} ms` : ''}`)
    console.log(`  machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) — latency figures are noisy under load`)
    console.log(`  (lint debounce of ${LINT_DELAY_MS} ms included in the diagnostics delay; total bench time ${((Date.now() - t0) / 1000).toFixed(1)} s)`)
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
