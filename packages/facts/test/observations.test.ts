import {readdirSync, readFileSync} from 'node:fs'
import {FactsError, loadFacts, toObservationsCsv} from '@claimtrace/facts'
import {describe, expect, it} from 'vitest'

const root = new URL('../../../fixtures/', import.meta.url)
const fixtureFacts = ['facts/', 'verdicts/facts/'].flatMap((folder) =>
  readdirSync(new URL(folder, root)).filter((name) => /\.(json|jsonl|csv)$/.test(name)).sort().map((name) => ({file: `${folder}${name}`, text: readFileSync(new URL(`${folder}${name}`, root), 'utf8')}))
)

describe('Data Commons observations tables', () => {
  it('writes every fixture record as an observation and reads the table back as the same records', () => {
    const records = loadFacts(fixtureFacts)
    const table = toObservationsCsv(records)
    const [header, first] = table.split('\n')
    expect(header!.split(',').slice(0, 6)).toEqual(['variableMeasured', 'observationAbout', 'observationDate', 'value', 'unit', 'measurementMethod'])
    expect(first!.startsWith('detainer requests received,Boston,2024,15,,,bpd-detainers-received-2024,')).toBe(true)
    expect(loadFacts([{file: 'observations.csv', text: table}])).toEqual(records)
  })

  it('reads a table in Data Commons\' own terms: its units, dates as periods, ids made from the observation', () => {
    const table = [
      'variableMeasured,observationAbout,observationDate,value,unit,measurementMethod,source.publisher,source.title,source.kind',
      'Median_Income_Household,geoId/25025,2022,89212,USDollar,CensusACS5yrSurvey,US Census Bureau,ACS 5-year estimates,primary',
      'UnemploymentRate_Person,geoId/25,2024-02,2.9,Percent,BLSSeasonallyAdjusted,BLS,LAUS,primary',
      'Count_Person,"Springfield, Mass.",2020-04-01,155929,,,US Census Bureau,2020 Census,primary'
    ].join('\n')
    const [income, unemployment, people] = loadFacts([{file: 'dc.csv', text: table}])
    expect(income).toMatchObject({
      id: 'Median_Income_Household:geoId_25025:2022', metric: {name: 'Median_Income_Household'}, scope: {place: 'geoId/25025'},
      period: {start: '2022-01-01', end: '2022-12-31', label: '2022'}, value: 89212, unit: 'USD', method: 'CensusACS5yrSurvey'
    })
    expect(unemployment).toMatchObject({period: {start: '2024-02-01', end: '2024-02-29', label: '2024-02'}, value: 2.9, unit: 'percent', method: 'BLSSeasonallyAdjusted'})
    expect(people).toMatchObject({scope: {place: 'Springfield, Mass.'}, period: {start: '2020-04-01', end: '2020-04-01'}, unit: 'count'})
  })

  it('names the file, row and field of an observation it cannot read', () => {
    const table = 'variableMeasured,observationAbout,observationDate,value,unit\nCount_Person,geoId/06,2020,39538223,Furlongs'
    expect(() => loadFacts([{file: 'dc.csv', text: table}])).toThrow(FactsError)
    try {
      loadFacts([{file: 'dc.csv', text: table}])
    } catch (error) {
      const messages = (error as FactsError).problems.map((problem) => `${problem.file}:${problem.line}:${problem.path ?? ''} ${problem.message}`)
      expect(messages).toContain('dc.csv:2:unit unknown unit `Furlongs`')
      expect(messages.some((message) => message.startsWith('dc.csv:2:source'))).toBe(true)
    }
  })
})
