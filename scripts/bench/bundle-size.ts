/**
 * What a browser bundle of each package's entry costs: bundled by esbuild
 * for the browser from the built dist, minified, then gzipped, with the
 * largest inputs and the budgets beside. Run:
 * `npx -y pnpm@10 bench:bundle`.
 */
import process from 'node:process'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'

const entries = [
  {name: '@claimtrace/extract: extractClaims', contents: "export {extractClaims} from '@claimtrace/extract'", budget: 120},
  {name: '@claimtrace/syndication: everything', contents: "export * from '@claimtrace/syndication'", budget: 40}
]

const rows = ['| entry | minified | gzipped (level 6) | gzipped (level 9) | budget (gzipped) | largest inputs |', '| --- | --- | --- | --- | --- | --- |']
for (const {name, contents, budget} of entries) {
  const result = await build({stdin: {contents, resolveDir: new URL('.', import.meta.url).pathname}, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true})
  const code = result.outputFiles[0]!.contents
  const byPackage = new Map<string, number>()
  for (const [path, {bytesInOutput}] of Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)) {
    const key = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.replace(/.*packages\/([^/]+)\/dist\/(lib\/lexicon\/compromise-lexicon)?.*/, (_, pkg: string, lexicon?: string) => `@claimtrace/${pkg}${lexicon ? ' (lexicon)' : ''}`)
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput)
  }
  const largest = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([key, bytes]) => `${key} ${kb(bytes)}`).join(', ')
  const gzip = gzipSync(code).length
  rows.push(`| ${name} | ${kb(code.length)} | ${kb(gzip)} | ${kb(gzipSync(code, {level: 9}).length)} | ${budget} KB${gzip > budget * 1024 ? ' (over)' : ''} | ${largest} |`)
}
process.stdout.write(`${rows.join('\n')}\n`)

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
