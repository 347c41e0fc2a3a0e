/**
 * The corpus of `bench:report`, also read by the slow tests: news-like
 * articles as JSONL lines (`{id, text, date}`). Every paragraph states a
 * figure ("Lowell reported 4,213 detainer requests in 2016, according to the
 * agency.") with subject, place, year and source drawn at random — the true
 * figure for that subject, place and year in 85% of statements — between
 * sentences of seed vocabulary; one article in twenty also quotes a sentence
 * of the seed articles, its figure changed half of the time, so some claims
 * meet the fact records (and agree or conflict) and some figures recur
 * across independent articles. A fifth of the articles are planted copies of
 * an earlier one, edited one way. The same lines on every run of a process
 * that asks first.
 */
import {copyEdits, pick, random, seedTexts, vocabulary} from './_corpus.js'

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

/** `articles` JSONL lines, ids `a0`, `a1`, …. */
export function reportCorpus(articles: number): string[] {
  const texts: string[] = []
  const lines: string[] = []
  for (let index = 0; index < articles; index++) {
    const text = index > 0 && random() < 0.2 ? pick(copyEdits)(texts[Math.floor(random() * index)]!) : story()
    texts.push(text)
    lines.push(JSON.stringify({id: `a${index}`, text, date: pick(['2017-01', '2017-03', '2025-01'])}))
  }
  return lines
}
