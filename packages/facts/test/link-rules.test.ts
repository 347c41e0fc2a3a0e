import {articleDate, type Claim, extractClaims} from '@claimtrace/extract'
import {FactRecord, type FactRecordInput, type Link, linkClaims, MemoryStore} from '@claimtrace/facts'
import {describe, expect, it} from 'vitest'

const source = {publisher: 'Ashford School District', title: 'Annual statistics', kind: 'primary' as const}
const scope = {place: 'Ashford', organization: 'Ashford School District', aliases: ['the district', 'Ashford']}
const year = (value: number) => ({start: `${value}-01-01`, end: `${value}-12-31`, label: String(value)})
const record = (fields: Partial<FactRecordInput> & Pick<FactRecordInput, 'id' | 'metric'>): FactRecord =>
  FactRecord.parse({scope, period: year(2023), unit: 'count', source, ...fields})

const enrolled = {name: 'students enrolled', aliases: ['enrollment', 'students']}
const teachers = {name: 'teachers employed', aliases: ['teachers']}

/** Link every claim of `text` against `records`, with the article's date given (or none). */
function link(text: string, records: FactRecord[], date?: string, claims?: (all: Claim[]) => Claim[]): Array<{text: string; link: Link}> {
  const when = date ? articleDate(text, {date}) : null
  const all = extractClaims(text, {date: when?.value})
  const chosen = claims ? claims(all) : all
  return linkClaims(chosen, new MemoryStore(records), {text, date: when}).map((item, index) => ({text: chosen[index]!.text, link: item}))
}

const only = (results: Array<{text: string; link: Link}>, text: string) => results.find((item) => item.text === text)!.link

describe('verdict safety', () => {
  const enrollment = [record({id: 'e2022', metric: enrolled, period: year(2022), value: 25_400}), record({id: 'e2023', metric: enrolled, value: 24_510})]

  it('calls a claim with a stated but unresolved period unresolved, never comparing it with another period', () => {
    const result = only(link('Enrollment in the Ashford School District fell to 24,150 last year.', enrollment), '24,150')
    expect(result).toMatchObject({verdict: 'unresolved', recordId: null, missing: ['period']})
    expect(result.reasons[0]).toBe("period `last year` is unresolved (the article's date is unknown)")
    expect(result.candidates.map((candidate) => candidate.recordId).sort()).toEqual(['e2022', 'e2023'])
  })

  it('gives a claim with no period the period of the article\'s date, as an inherited rule', () => {
    const records = [record({id: 't2024', metric: teachers, period: year(2024), value: 1750})]
    const result = only(link('The Ashford School District employs more than 1,800 teachers.', records, '2024-05-06'), 'more than 1,800')
    expect(result).toMatchObject({verdict: 'conflicting', recordId: 't2024', conflict: {kind: 'hedge-violated'}})
    expect(result.reasons).toContain("the claim states no period: it takes the article's date, 2024-05-06 (given) (inherited) overlaps 2024")
  })

  it('never calls a figure conflicting on a date the text only suggests', () => {
    const records = [record({id: 't2024', metric: teachers, period: year(2024), value: 1750})]
    const text = 'The Ashford School District employs more than 1,800 teachers. Its budget was approved in 2024.'
    const when = articleDate(text)
    expect(when).toMatchObject({value: '2024', source: 'latest-year', exact: false})
    const claims = extractClaims(text, {date: when!.value})
    const links = linkClaims(claims, new MemoryStore(records), {text, date: when})
    expect(links.find((item) => item.recordId === 't2024' || item.verdict !== 'no-record')).toMatchObject({verdict: 'unresolved', missing: ['period']})
  })

  it('names the near miss: a record for another period, place or unit', () => {
    const result = only(link('Enrollment in the Ashford School District was 24,510 in 2021.', enrollment), '24,510')
    expect(result).toMatchObject({verdict: 'no-record', nearMiss: {dimension: 'period', recordId: 'e2022', fits: false}})
    expect(result.nearMiss!.explanation).toBe("a record for 2022 exists (`e2022`); none for the claim's 2021")
    const elsewhere = only(link('Enrollment in Brookfield was 24,510 in 2023.', enrollment), '24,510')
    expect(elsewhere.verdict).not.toBe('conflicting')
  })

  it('takes a place that speaks for itself as the scope of its figure (public health)', () => {
    const cases = [record({id: 'm', metric: {name: 'measles cases', aliases: ['cases']}, scope: {place: 'Harlow County', aliases: ['Harlow County']}, period: {start: '2026-03-01', end: '2026-05-01', label: 'March 1 to May 1, 2026'}, value: 21})]
    const text = 'Harlow County confirmed 20 measles cases between March 1 and May 1. Harlow County confirmed 21 measles cases between March 1 and May 1.'
    const results = link(text, cases, '2026-05-02')
    expect(only(results, '20')).toMatchObject({verdict: 'conflicting', recordId: 'm'})
    expect(only(results, '21')).toMatchObject({verdict: 'consistent', recordId: 'm'})
    // An outlet that reports is no scope: nothing here says where.
    const herald = link('The Harlow Herald reported 20 measles cases between March 1 and May 1.', cases, '2026-05-02')
    expect(only(herald, '20').verdict).not.toBe('conflicting')
  })

  it('checks a total only against the period it adds up, and a level against any time in it', () => {
    // A county's measles cases over a season, a police department's arrests over a year: totals.
    const cases = record({id: 'm', metric: {name: 'measles cases', aliases: ['cases']}, scope: {place: 'Harlow County', aliases: []}, period: {start: '2026-03-01', end: '2026-05-01', label: 'March 1 to May 1, 2026'}, value: 21, aggregation: 'total'})
    const arrests = record({id: 'a', metric: {name: 'arrests', aliases: ['arrests made']}, scope: {place: 'Dunmore', organization: 'Dunmore Police Department', aliases: ['Dunmore police']}, period: year(2025), value: 512, aggregation: 'total'})
    const text = [
      'Harlow County confirmed 9 measles cases in March.',
      'Harlow County has confirmed 21 measles cases between March 1 and May 1.',
      'Police in Dunmore made 40 arrests in January 2025.',
      'Police in Dunmore made 512 arrests in 2025.',
      'Police in Dunmore made 498 arrests in 2025.'
    ].join(' ')
    const results = link(text, [cases, arrests], '2026-05-04')
    expect(only(results, '9')).toMatchObject({verdict: 'no-record', nearMiss: {dimension: 'period', recordId: 'm', fits: false}})
    expect(only(results, '9').nearMiss!.explanation).toBe("a total for March 1 to May 1, 2026 exists (`m`); the claim's `March` (2026-03) is only part of that period, a total of its own")
    expect(only(results, '21')).toMatchObject({verdict: 'consistent', recordId: 'm'})
    expect(only(results, '40')).toMatchObject({verdict: 'no-record', nearMiss: {dimension: 'period', recordId: 'a'}})
    expect(only(results, '512')).toMatchObject({verdict: 'consistent', recordId: 'a'})
    expect(only(results, '498')).toMatchObject({verdict: 'conflicting', recordId: 'a'})
    // A longer span is a total of its own too.
    const season = only(link('Harlow County confirmed 30 measles cases in 2026.', [cases], '2026-12-01'), '30')
    expect(season.nearMiss?.explanation).toBe("a total for March 1 to May 1, 2026 exists (`m`); the claim's 2026 is more than that period, a total of its own")
    // The same figures with no `aggregation` are levels, as records were before it: any overlapping period is compared.
    const level = {...cases, aggregation: undefined}
    expect(only(link('Harlow County confirmed 9 measles cases in March.', [level], '2026-05-04'), '9')).toMatchObject({verdict: 'conflicting', recordId: 'm'})
    // A level is checked at any time in its year: "1,900 teachers in March 2024" against the 2024 count.
    const staff = [record({id: 't', metric: teachers, period: year(2024), value: 1900, aggregation: 'level'})]
    expect(only(link('The Ashford School District employed 1,900 teachers in March 2024.', staff), '1,900')).toMatchObject({verdict: 'consistent', recordId: 't'})
  })

  it('compares ages only with age metrics, and changes only with changes', () => {
    const records = [record({id: 'c', metric: {name: 'board members', aliases: ['members']}, value: 52}), record({id: 'p', metric: {name: 'enrollment', aliases: ['enrollment']}, value: 4, unit: 'percent'})]
    const age = only(link('Ashford board member Ruth Ames, 52, voted no in 2023.', records), '52')
    expect(age.verdict).toBe('no-record')
    const change = only(link('Enrollment in the Ashford School District rose 4% in 2023.', records), '4%')
    expect(change).toMatchObject({verdict: 'no-record', nearMiss: {dimension: 'kind'}})
  })

  it('names rounding only when the record is finer than the claim, and prints the rounded figure exactly', () => {
    const rates = (value: number) => [record({id: 'r', metric: {name: 'unemployment rate', aliases: []}, value, unit: 'percent'})]
    const sameStep = only(link('The unemployment rate in the Ashford School District was 3.8% in 2023.', rates(3.9)), '3.8%')
    expect(sameStep.verdict).toBe('conflicting')
    expect(sameStep.conflict).toBeUndefined()
    const finer = only(link('The unemployment rate in the Ashford School District was 3.8% in 2023.', rates(3.86)), '3.8%')
    expect(finer.conflict).toEqual({kind: 'rounding', explanation: "the record's 3.86 rounds to 3.9 at the claim's precision (0.1), not 3.8"})
  })

  it('matches what a period added or took away, stated as a level or as a change that way', () => {
    const hired = [record({id: 'h', metric: {name: 'teachers hired', aliases: ['teachers added']}, value: 45})]
    expect(only(link('The Ashford School District added 45 teachers in 2023.', hired), '45')).toMatchObject({verdict: 'consistent', recordId: 'h'})
    expect(only(link('The Ashford School District had 45 new teachers in 2023.', hired), '45')).toMatchObject({verdict: 'consistent', recordId: 'h'})
    const cut = [record({id: 'l', metric: {name: 'teaching posts lost', aliases: ['teachers lost']}, value: 30})]
    expect(only(link('The Ashford School District lost 30 teachers in 2023.', cut), '30')).toMatchObject({verdict: 'consistent', recordId: 'l'})
    // What was lost is never what was added.
    expect(only(link('The Ashford School District lost 45 teachers in 2023.', hired), '45').verdict).toBe('no-record')
    // The stock left is no flow: never a conflict with what was added.
    const jobs = [record({id: 'j', metric: {name: 'jobs added', aliases: ['jobs']}, value: 4200})]
    const stock = only(link('Ashford employers added 4,200 jobs in 2023. Construction in Ashford shed 600 jobs, leaving the sector with 18,900.', jobs), '18,900')
    expect(stock).toMatchObject({verdict: 'no-record', nearMiss: {dimension: 'kind', recordId: 'j'}})
    expect(stock.nearMiss!.explanation).toBe('a record of what a period added exists (`j`); the claim states a level, not what was added or taken away')
  })

  it('keeps a rule\'s threshold and the other figures of a sentence off the sentence\'s record', () => {
    const threshold = only(link('State law requires districts with more than 500 students to employ a nurse, and the Ashford School District enrolled 24,510 in 2023.', enrollment), 'more than 500')
    expect(threshold.verdict).toBe('no-record')
    const ferries = [record({id: 'riders', metric: {name: 'ferry passengers', aliases: ['passengers']}, scope: {place: 'Ashford', aliases: []}, value: 1_200_000, precision: 100_000})]
    const links = link('Ashford ferries carried 1.2 million passengers in 2023 on nine ferry routes.', ferries)
    expect(only(links, '1.2 million').verdict).toBe('consistent')
    expect(only(links, 'nine').verdict).toBe('no-record')
  })
})

describe('changes checked at both ends', () => {
  it('links the earlier figure of a change to its own record', () => {
    const records = [record({id: 'e2022', metric: enrolled, period: year(2022), value: 24_900}), record({id: 'e2023', metric: enrolled, value: 24_150})]
    const text = 'Enrollment in the Ashford School District fell from 25,400 students in 2022 to 24,150 in 2023.'
    // As an extractor that keeps the earlier figure inside the change gives it: one claim, with `from` and `fromPeriod`.
    const results = link(text, records, '2024-03-01', (claims) => claims.filter((claim) => claim.from !== undefined))
    const result = only(results, '24,150')
    expect(result).toMatchObject({verdict: 'conflicting', recordId: 'e2023', arithmetic: {fits: true}, from: {verdict: 'conflicting', recordId: 'e2022', arithmetic: {claimed: 25_400, recorded: 24_900}}})
  })

  it('catches "dropped" where the records show a rise', () => {
    const records = [record({id: 'e2022', metric: enrolled, period: year(2022), value: 24_150}), record({id: 'e2023', metric: enrolled, value: 25_400})]
    const results = link('Enrollment in the Ashford School District dropped to 25,400 students in 2023.', records, '2024-03-01')
    expect(only(results, '25,400')).toMatchObject({verdict: 'conflicting', recordId: 'e2023', arithmetic: {fits: true}, conflict: {kind: 'direction-reversed', recordId: 'e2022'}})
  })
})

describe('record versions', () => {
  const unemployment = {name: 'unemployment rate', aliases: ['jobless rate']}
  const versions = (revised: string) => [
    record({id: 'u1', metric: unemployment, unit: 'percent', value: 5.8, precision: 0.1, period: {start: '2023-12-01', end: '2023-12-31'}, source: {...source, date: '2024-01-26'}}),
    record({id: 'u2', metric: unemployment, unit: 'percent', value: 5.5, precision: 0.1, period: {start: '2023-12-01', end: '2023-12-31'}, source: {...source, date: revised}, version: 2, supersedes: 'u1'})
  ]
  const text = 'The unemployment rate in Ashford was 5.8 percent in December 2023.'

  it('checks a claim against the version in force on the article\'s date, noting the revision since', () => {
    const result = only(link(text, versions('2024-06-01'), '2024-02-10'), '5.8 percent')
    expect(result).toMatchObject({verdict: 'consistent', recordId: 'u1', revision: {recordId: 'u1', currentId: 'u2'}})
    expect(result.revision!.explanation).toBe("checked against version 1 (2024-01-26), in force on the article's date; revised since: version 2 (2024-06-01) says 5.5")
  })

  it('calls the earlier figure superseded when the revision came before the article', () => {
    expect(only(link(text, versions('2024-02-01'), '2024-02-10'), '5.8 percent')).toMatchObject({verdict: 'conflicting', recordId: 'u2', conflict: {kind: 'superseded', recordId: 'u1'}})
    expect(only(link(text, versions('2024-02-01')), '5.8 percent')).toMatchObject({verdict: 'consistent', recordId: 'u1', revision: {currentId: 'u2'}})
  })
})

describe('kinds of conflict', () => {
  const rate = {name: 'uninsured rate', aliases: ['uninsured']}
  it.each([
    ['Schools in Ashford enrolled 24,150 students in 2023.', 24_510, 'transposed-digits'],
    ['Schools in Ashford enrolled 2,451 students in 2023.', 24_510, 'dropped-digit'],
    ['Schools in Ashford enrolled 24,510,000 students in 2023.', 24_510, 'scale-slip'],
    ['Schools in Ashford enrolled nearly 24,000 students in 2023.', 24_510, 'hedge-violated'],
    ['Schools in Ashford enrolled 24,500 students in 2023.', 24_512, 'rounding']
  ])('%s (record %d): %s', (text, value, kind) => {
    const results = link(text, [record({id: 'e', metric: enrolled, value})])
    expect(results[0]!.link).toMatchObject({verdict: 'conflicting', conflict: {kind}})
  })

  it('catches percent said for percentage points', () => {
    const records = [record({id: 'pp', metric: {name: 'change in uninsured rate', aliases: ['uninsured rate']}, unit: 'percentage-point', value: -1.4, precision: 0.1}), record({id: 'level', metric: rate, unit: 'percent', value: 6.2, precision: 0.1})]
    const results = link('The uninsured rate in Ashford fell 1.4 percent to 6.2 percent in 2023.', records, '2024-05-01')
    expect(only(results, '1.4 percent')).toMatchObject({verdict: 'conflicting', recordId: 'pp', conflict: {kind: 'percent-vs-points'}})
    expect(only(results, '6.2 percent').verdict).toBe('consistent')
  })

  it('catches a figure of another period or place', () => {
    const records = [record({id: 'e2022', metric: enrolled, period: year(2022), value: 25_400}), record({id: 'e2023', metric: enrolled, value: 24_510}), record({id: 'b2023', metric: enrolled, scope: {place: 'Brookfield', aliases: []}, value: 19_870})]
    expect(link('Schools in Ashford enrolled 25,400 students in 2023.', records)[0]!.link).toMatchObject({verdict: 'conflicting', conflict: {kind: 'wrong-period', recordId: 'e2022'}})
    expect(link('Schools in Ashford enrolled 19,870 students in 2023.', records)[0]!.link).toMatchObject({verdict: 'conflicting', conflict: {kind: 'wrong-scope', recordId: 'b2023'}})
  })
})
