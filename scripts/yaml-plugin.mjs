// Compiles `*.yml` imports (rule lexicons) to JSON modules, for Vite/Vitest and esbuild alike.
// Parsing errors fail the build with the file name and line, so a broken lexicon never ships.
import fs from 'node:fs'
import YAML from 'yaml'

export function yamlToModule(source, file) {
  const doc = YAML.parseDocument(source, {prettyErrors: true})
  if (doc.errors.length > 0) {
    throw new Error(`${file}: invalid YAML: ${doc.errors[0].message}`)
  }
  return `export default ${JSON.stringify(doc.toJS())}`
}

export function viteYaml() {
  return {
    name: 'temoin-yaml',
    transform(source, id) {
      if (!id.endsWith('.yml')) return null
      return {code: yamlToModule(source, id), map: null}
    }
  }
}

export function esbuildYaml() {
  return {
    name: 'temoin-yaml',
    setup(build) {
      build.onLoad({filter: /\.yml$/}, async (args) => ({
        contents: yamlToModule(await fs.promises.readFile(args.path, 'utf8'), args.path),
        loader: 'js'
      }))
    }
  }
}
