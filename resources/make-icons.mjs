// Generates Témoin's icon set with no image tooling: a navy rounded square with a white speech
// bubble and a green check mark, rasterised with 4×4 supersampling, written as PNG (zlib), plus
// icon.ico (Windows, PNG entries) and icon.icns (macOS, PNG entries) for electron-builder.
// Run: node resources/make-icons.mjs
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {deflateSync} from 'node:zlib'

const here = dirname(fileURLToPath(import.meta.url))

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size)
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0 // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, {level: 9})),
    chunk('IEND', Buffer.alloc(0))
  ])
}

// Shapes in a 512-unit design space (signed distances: negative inside).
function roundedRect(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r
  const qy = Math.abs(y - cy) - hh + r
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}
function segment(x, y, ax, ay, bx, by) {
  const px = x - ax
  const py = y - ay
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - t * dx, py - t * dy)
}
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (p1x, p1y, p2x, p2y, p3x, p3y) => (p1x - p3x) * (p2y - p3y) - (p2x - p3x) * (p1y - p3y)
  const d1 = s(x, y, ax, ay, bx, by)
  const d2 = s(x, y, bx, by, cx, cy)
  const d3 = s(x, y, cx, cy, ax, ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}

const NAVY = [31, 58, 95]
const WHITE = [255, 255, 255]
const GREEN = [46, 125, 50]

/** Colour and coverage of one design-space point (top layer wins). */
function sample(x, y) {
  if (segment(x, y, 178, 232, 232, 286) <= 18 || segment(x, y, 232, 286, 336, 170) <= 18) return GREEN
  if (roundedRect(x, y, 256, 228, 150, 112, 44) <= 0 || inTriangle(x, y, [176, 318], [262, 318], [158, 404])) return WHITE
  if (roundedRect(x, y, 256, 256, 232, 232, 100) <= 0) return NAVY
  return null
}

export function renderIcon(size) {
  const ss = 4
  const rgba = Buffer.alloc(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) / size) * 512
          const y = ((py + (sy + 0.5) / ss) / size) * 512
          const c = sample(x, y)
          if (c) {
            r += c[0]
            g += c[1]
            b += c[2]
            a += 1
          }
        }
      }
      const i = (py * size + px) * 4
      if (a > 0) {
        rgba[i] = Math.round(r / a)
        rgba[i + 1] = Math.round(g / a)
        rgba[i + 2] = Math.round(b / a)
      }
      rgba[i + 3] = Math.round((255 * a) / (ss * ss))
    }
  }
  return encodePng(size, rgba)
}

function encodeIco(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // icon
  header.writeUInt16LE(images.length, 4)
  const entries = []
  let offset = 6 + 16 * images.length
  for (const {size, png} of images) {
    const e = Buffer.alloc(16)
    e[0] = size >= 256 ? 0 : size
    e[1] = size >= 256 ? 0 : size
    e.writeUInt16LE(1, 4) // planes
    e.writeUInt16LE(32, 6) // bits per pixel
    e.writeUInt32LE(png.length, 8)
    e.writeUInt32LE(offset, 12)
    offset += png.length
    entries.push(e)
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)])
}

function encodeIcns(entries) {
  const parts = entries.map(({type, png}) => {
    const h = Buffer.alloc(8)
    h.write(type, 0, 'ascii')
    h.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([h, png])
  })
  const body = Buffer.concat(parts)
  const h = Buffer.alloc(8)
  h.write('icns', 0, 'ascii')
  h.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([h, body])
}

export function main(outDir = here) {
  const sizes = [16, 32, 48, 64, 128, 256, 512, 1024]
  const png = Object.fromEntries(sizes.map((s) => [s, renderIcon(s)]))
  mkdirSync(join(outDir, 'icons'), {recursive: true})
  for (const s of sizes.filter((s) => s <= 512)) writeFileSync(join(outDir, 'icons', `${s}x${s}.png`), png[s])
  writeFileSync(join(outDir, 'icon.png'), png[512])
  writeFileSync(join(outDir, 'icon.ico'), encodeIco([16, 32, 48, 64, 128, 256].map((size) => ({size, png: png[size]}))))
  writeFileSync(
    join(outDir, 'icon.icns'),
    encodeIcns([
      {type: 'ic11', png: png[32]}, // 16@2x
      {type: 'ic12', png: png[64]}, // 32@2x
      {type: 'ic07', png: png[128]},
      {type: 'ic13', png: png[256]}, // 128@2x
      {type: 'ic08', png: png[256]},
      {type: 'ic14', png: png[512]}, // 256@2x
      {type: 'ic09', png: png[512]},
      {type: 'ic10', png: png[1024]} // 512@2x
    ])
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
