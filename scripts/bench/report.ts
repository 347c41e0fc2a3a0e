/**
 * End-to-end report throughput. Run: `npx -y pnpm@10 bench:report`
 * (ARTICLES=10000 to pick the corpus size, JOBS=1,2 the worker counts).
 *
 * Generates a JSONL corpus of news-like articles: every paragraph states a
 * figure ("Lowell reported 4,213 detainer requests in 2016, according to the
 * agency.") with subject, place, year and source drawn at random — the true
 * figure for that subject, place and year in 85% of statements — between
 * sentences of seed vocabulary; one article in twenty also quotes a sentence
 * of the seed articles, its figure changed half of the time, so some claims
 * meet the fact records (and agree or conflict) and some figures recur
 * across independent articles. A fifth of the articles are planted copies
 * of an earlier one, edited one way. Then runs
 * the built CLI, `claimtrace report corpus.jsonl --facts fixtures/facts
 * --out report.html`, once per worker count and round (ROUNDS=3), each in
 * its own process so its peak memory (all threads) is its own, and prints
 * articles/s, peak memory, and the ratio to one worker.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'
import {copyEdits, pick, random, seedTexts, vocabulary} from './_corpus.js'

const root = new URL('../../', import.meta.url).pathname
const articles = Number(process.env['ARTICLES'] ?? 10_000)
const jobs = (process.env['JOBS'] ?? '1,2').split(',').map(Number)

const figures = seedTexts.flatMap((text) => text.split(/(?<=[.!?”])\s+/)).filter((sentence) => /\d/.test(sentence) && sentence.length < 400)

const filler = () => `${Array.from({length: 8 + Math.floor(random() * 14)}, () => pick(vocabulary)).join(' ')}.`

const places = ['Boston', 'Lowell', 'Worcester', 'Springfield', 'Providence', 'Hartford', 'Albany', 'Newark', 'Baltimore', 'Denver', 'Austin', 'Tulare', 'Ithaca', 'Iowa City', 'Boulder', 'Chicago', 'Seattle', 'Miami', 'Atlanta', 'Phoenix', 'Dallas', 'Houston', 'Portland', 'Detroit', 'Cleveland', 'Memphis', 'Nashville', 'Omaha', 'Tucson', 'Fresno', 'Sacramento', 'Oakland', 'Tampa', 'Orlando', 'Richmond', 'Buffalo', 'Rochester', 'Syracuse', 'Toledo', 'Akron']
const subjects = ['detainer requests', 'arrests', 'deportations', 'asylum applications', 'court hearings', 'officers', 'complaints', 'inspections', 'permits', 'overdoses', 'evictions', 'shelter beds', 'traffic stops', 'school closures', 'housing units', 'jobs', 'layoffs', 'fires', 'burglaries', 'vaccinations', 'bridges', 'potholes', 'teachers', 'nurses', 'ambulance calls', 'water main breaks', 'library visits', 'bus routes', 'parking tickets', 'building permits']
const sources = ['the agency', 'the city', 'state officials', 'a spokesperson', 'the department', 'the Herald', 'the report']

// The world the articles write about: each subject, place and year has one
// true figure, which most articles state and some get wrong.
const truth = new Map<string, number>()

function figureSentence(): string {
  const [place, subject, year, source] = [pick(places), pick(subjects), 2010 + Math.floor(random() * 16), pick(sources)]
  const shape = Math.floor(random() * 3)
  const fact = `${shape}|${place}|${subject}|${year}`
  if (!truth.has(fact)) truth.set(fact, 1 + Math.floor(random() * (shape === 2 ? 99 : 20_000)))
  const value = random() < 0.85 ? truth.get(fact)! : 1 + Math.floor(random() * (shape === 2 ? 99 : 20_000))
  const figure = String(value).replace(/(\d)(\d{3})$/, '$1,$2')
  if (shape === 0) return `${place} reported ${figure} ${subject} in ${year}, according to ${source}.`
  if (shape === 1) return `In ${year}, the number of ${subject} in ${place} rose to ${figure}, ${source} said.`
  return `Nearly ${figure} percent of ${subject} in ${place} were delayed in ${year}.`
}

function story(): string {
  const paragraphs: string[] = []
  for (let paragraph = 0; paragraph < 6; paragraph++) paragraphs.push(`${filler()} ${figureSentence()} ${filler()}`)
  if (random() < 0.05) {
    let sentence = pick(figures)
    if (random() < 0.5) sentence = sentence.replace(/\d+/, (figure) => String(Number(figure) + 1 + Math.floor(random() * 9)))
    paragraphs.splice(2, 0, sentence)
  }
  return paragraphs.join('\n\n')
}


const work = mkdtempSync(join(tmpdir(), 'claimtrace-bench-report-'))
const corpus = join(work, 'corpus.jsonl')
const texts: string[] = []
const lines: string[] = []
for (let index = 0; index < articles; index++) {
  const text = index > 0 && random() < 0.2 ? pick(copyEdits)(texts[Math.floor(random() * index)]!) : story()
  texts.push(text)
  lines.push(JSON.stringify({id: `a${index}`, text, date: pick(['2017-01', '2017-03', '2025-01'])}))
}
writeFileSync(corpus, `${lines.join('\n')}\n`)
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
console.log(`corpus: ${articles.toLocaleString('en-US')} articles, ${megabytes(statSync(corpus).size)} JSONL; ${availableParallelism()} cores`)

// This machine's timings vary by ±15% from run to run: worker counts take
// turns, round after round, and each reports its best and median round.
const rounds = Number(process.env['ROUNDS'] ?? 3)
const runs = new Map<number, Array<{seconds: number; peak: number}>>(jobs.map((count) => [count, []]))
for (let round = 0; round < rounds; round++) {
  for (const count of jobs) {
    const out = join(work, `report-${count}.html`)
    const peakFile = join(work, `peak-${count}`)
    const started = performance.now()
    execFileSync(process.execPath, ['--import', join(root, 'scripts/bench/_peak-memory.mjs'), join(root, 'packages/cli/dist/bin.js'), 'report', corpus, '--facts', join(root, 'fixtures/facts'), '--out', out, '--jobs', String(count)], {
      env: {...process.env, PEAK_MEMORY_FILE: peakFile},
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    runs.get(count)!.push({seconds: (performance.now() - started) / 1000, peak: Number(readFileSync(peakFile, 'utf8'))})
  }
}
const results = jobs.map((count) => {
  const times = runs.get(count)!.map((run) => run.seconds).sort((a, b) => a - b)
  return {jobs: count, best: times[0]!, median: times[Math.floor(times.length / 2)]!, peak: Math.max(...runs.get(count)!.map((run) => run.peak))}
})
const rate = (seconds: number) => Math.round(articles / seconds).toLocaleString('en-US')
for (const result of results) {
  console.log(`${result.jobs} worker${result.jobs === 1 ? ' ' : 's'}: best ${result.best.toFixed(1)} s (${rate(result.best)} articles/s), median ${result.median.toFixed(1)} s (${rate(result.median)} articles/s), peak memory ${megabytes(result.peak)}, report ${megabytes(statSync(join(work, `report-${result.jobs}.html`)).size)}`)
}
const [baseline] = results
for (const result of results.slice(1)) {
  console.log(`${result.jobs} workers vs 1: ${(baseline!.best / result.best).toFixed(2)}× the throughput (best), ${(baseline!.median / result.median).toFixed(2)}× (median), ${(result.peak / baseline!.peak).toFixed(2)}× the peak memory`)
}
const outputs = results.map((result) => readFileSync(join(work, `report-${result.jobs}.html`)))
console.log(`reports byte-identical across worker counts: ${outputs.every((output) => output.equals(outputs[0]!))}`)
if (process.env["KEEP"]) console.log(`kept ${work}`)
else rmSync(work, {recursive: true, force: true})
