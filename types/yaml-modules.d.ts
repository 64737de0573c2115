// Lexicon YAML files are compiled to JSON modules at build time (see scripts/yaml-plugin.mjs).
declare module '*.yml' {
  const data: unknown
  export default data
}
