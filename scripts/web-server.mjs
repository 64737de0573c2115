// Static server for the web build (out/web): 127.0.0.1 only, port from PORT (default 5173).
// `npm run web` builds with vite.web.config.ts, then runs this. No network access is needed.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const WEB_ROOT = path.resolve(here, '..', 'out', 'web')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8'
}

/** The CSP of index.html's meta tag, sent as a header as well (frame-ancestors only works there). */
function cspFrom(root) {
  try {
    const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    // The meta tag cannot carry frame-ancestors (Chromium ignores it there and logs an error).
    return meta && !/frame-ancestors/.test(meta) ? `${meta.replace(/;\s*$/, '')}; frame-ancestors 'none'` : meta
  } catch {
    return undefined
  }
}

export function startServer({root = WEB_ROOT, port = 5173, host = '127.0.0.1'} = {}) {
  const csp = cspFrom(root)
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, {Allow: 'GET, HEAD'}).end()
      return
    }
    let pathname
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      res.writeHead(400).end()
      return
    }
    if (pathname.endsWith('/')) pathname += 'index.html'
    const file = path.resolve(root, '.' + pathname)
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end()
      return
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end('Not found')
        return
      }
      const headers = {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin'
      }
      if (file.endsWith('.html') && csp) headers['Content-Security-Policy'] = csp
      res.writeHead(200, headers)
      if (req.method === 'HEAD') res.end()
      else fs.createReadStream(file).pipe(res)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolve({server, port: typeof address === 'object' && address ? address.port : port, url: `http://${host}:${typeof address === 'object' && address ? address.port : port}/`})
    })
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(path.join(WEB_ROOT, 'index.html'))) {
    console.error(`No web build in ${WEB_ROOT}: run \`npx vite build -c vite.web.config.ts\` first (npm run web does).`)
    process.exit(2)
  }
  const port = Number(process.env.PORT ?? 5173)
  const {url} = await startServer({port})
  console.log(`Témoin (web) : ${url}`)
}
