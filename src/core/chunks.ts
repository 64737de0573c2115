// Splits a document into chunks at blank lines, outside fenced code and multi-line HTML comments.
// Every lint (full or incremental) goes through the same split, so caching chunk results gives
// exactly the full lint's answer: the cache only memoises a pure function of the chunk's text.

export interface Chunk {
  text: string
  /** Offset of the chunk's first character in the document. */
  start: number
  /** 1-based line of the chunk's first character. */
  line: number
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/

export function splitChunks(text: string, from = 0, firstLine = 1): Chunk[] {
  const chunks: Chunk[] = []
  let chunkStart = -1
  let chunkLine = 0
  let fence: string | undefined
  let inComment = false
  let line = firstLine
  let position = from
  const length = text.length

  while (position < length) {
    let lineEnd = text.indexOf('\n', position)
    if (lineEnd === -1) lineEnd = length
    const content = text.slice(position, lineEnd)
    const blank = !fence && !inComment && /^[ \t\r]*$/.test(content)

    if (blank) {
      if (chunkStart !== -1) {
        chunks.push({text: text.slice(chunkStart, position), start: chunkStart, line: chunkLine})
        chunkStart = -1
      }
    } else {
      if (chunkStart === -1) {
        chunkStart = position
        chunkLine = line
      }
      if (fence) {
        const closing = /^ {0,3}(`{3,}|~{3,})[ \t\r]*$/.exec(content)
        if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length) fence = undefined
      } else if (inComment) {
        if (content.includes('-->')) inComment = false
      } else {
        const opening = fenceOpen.exec(content)
        if (opening) fence = opening[1]
        else {
          const commentAt = content.lastIndexOf('<!--')
          if (commentAt !== -1 && content.indexOf('-->', commentAt + 4) === -1) inComment = true
        }
      }
    }
    position = lineEnd + 1
    line++
  }
  if (chunkStart !== -1) chunks.push({text: text.slice(chunkStart, length), start: chunkStart, line: chunkLine})
  return chunks
}
