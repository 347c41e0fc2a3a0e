import {type Claim, extractClaims} from '@claimtrace/extract'
import {describe, expect, it} from 'vitest'

function claimsOf(text: string, date?: string): Claim[] {
  const claims = extractClaims(text, {date})
  for (const claim of claims) {
    for (const span of [claim.period, claim.fromPeriod, claim.attribution]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
  }
  return claims
}

/** Each claim's figure, subject, scope and source. */
function read(text: string, date?: string) {
  return claimsOf(text, date).map((claim) => ({
    text: claim.text,
    subject: claim.subject,
    places: claim.scope.places,
    organizations: claim.scope.organizations,
    source: claim.attribution && [claim.attribution.source, claim.attribution.cue]
  }))
}

describe('attribution is not scope', () => {
  it('reads "added" as speech only before a pause or "that", never before what was added', () => {
    expect(read('Employers in Harbour City added 4,200 jobs in March, the state labor department said.').map((claim) => claim.source)).toEqual([['state labor department', 'said']])
    expect(read('Sales rose to 4,200, the chief executive added.').map((claim) => claim.source)).toEqual([['chief executive', 'added']])
  })

  it('keeps “according to the state Department of Education” out of the scope, and the district in it (education)', () => {
    expect(read('Enrollment in the Pinecrest Unified School District fell to 24,150, according to the state Department of Education.')).toEqual([{
      text: '24,150',
      subject: 'enrollment',
      places: ['Pinecrest'],
      organizations: ['Pinecrest Unified School District'],
      source: ['state Department of Education', 'according to']
    }])
  })

  it('keeps a place that speaks for itself, or whose officials speak, in the scope (public health, local government)', () => {
    expect(read('Harlow County confirmed 9 measles cases in March, the health department said.').map((claim) => [claim.text, claim.places, claim.source])).toEqual([['9', ['Harlow County'], ['Harlow County', 'confirmed']]])
    expect(read('Officials in Dane Parish said 40 homes flooded overnight.').map((claim) => [claim.text, claim.places, claim.organizations, claim.source])).toEqual([['40', ['Dane Parish'], [], ['Officials in Dane Parish', 'said']]])
    expect(read('Boston said it issued 4,100 building permits last year.', '2026-03-01').map((claim) => [claim.places, claim.source])).toEqual([[['Boston'], ['Boston', 'said']]])
    // An outlet is a source only.
    expect(read('The Boston Herald reported 59 declined detainers in 2016.').map((claim) => [claim.places, claim.organizations])).toEqual([[[], []]])
  })

  it('keeps a ministry that said it out of the scope (courts)', () => {
    expect(read('The Ministry of the Attorney General said 1,240 cases in Ontario were stayed last year.')).toEqual([
      {text: '1,240', subject: 'cases', places: ['Ontario'], organizations: [], source: ['Ministry of the Attorney General', 'said']}
    ])
  })

  it('names the agency behind “data from …” as the source (labour)', () => {
    expect(read('Data from the Bureau of Labor Statistics showed 272,000 jobs were added in May.')).toEqual([
      {text: '272,000', subject: 'jobs', places: [], organizations: [], source: ['Bureau of Labor Statistics', 'showed']}
    ])
  })

  it('keeps the outlet told out of the scope, and names it when the speaker is unnamed (business, police)', () => {
    const [claim] = claimsOf('Acme Corp had 3,200 employees at the end of June, the company told Reuters.')
    expect([claim!.scope.organizations, claim!.attribution?.source, claim!.attribution?.text]).toEqual([['Acme Corp'], 'company', 'the company told Reuters'])
    expect(read('He told Reuters that 40 officers quit.')).toEqual([{text: '40', subject: 'officers', places: [], organizations: [], source: ['Reuters', 'told']}])
  })

  it('keeps a newspaper out of the scope, and a place before a common-noun source in it (media, crime)', () => {
    expect(read('As The Boston Herald noted, officers may hold suspects for up to 48 hours.')[0]).toMatchObject({places: [], organizations: [], source: ['Boston Herald', 'noted']})
    expect(read('Boston authorities confirmed they rejected all 15 requests.')[0]).toMatchObject({places: ['Boston'], source: ['Boston authorities', 'confirmed']})
    expect(read('Reuters reported that Acme Corp cut 700 jobs in Ohio.')[0]).toMatchObject({places: ['Ohio'], organizations: ['Acme Corp'], source: ['Reuters', 'reported']})
  })
})

describe('what “the district”, “the city” and “the company” refer to', () => {
  it('resolves “the district’s 42 schools” to the district named before (education)', () => {
    expect(read('The Pinecrest Unified School District closed two campuses in June. The district’s 42 schools enrolled 24,150 students.').slice(1)).toEqual([
      {text: '42', subject: 'schools', places: [], organizations: ['Pinecrest Unified School District'], source: null},
      {text: '24,150', subject: 'students', places: [], organizations: ['Pinecrest Unified School District'], source: null}
    ])
  })

  it('resolves “the city” to the nearest city named before (local government, police)', () => {
    expect(read('Denver opened two shelters last winter. The city spent $4.1 million on them.')[1]).toMatchObject({text: '$4.1 million', places: ['Denver']})
    expect(read('Boston hired 40 officers. Chicago hired 120. The city also bought 300 body cameras.')[2]).toMatchObject({text: '300', subject: 'body cameras', places: ['Chicago']})
  })

  it('resolves “the county”, “the state” and “the company” (corrections, labour, aviation)', () => {
    expect(read('Bristol County Sheriff Thomas Hodgson runs the jail. The county holds 1,100 inmates.')).toEqual([
      {text: '1,100', subject: 'inmates', places: ['Bristol County'], organizations: [], source: null}
    ])
    expect(read('Massachusetts lawmakers met on Monday. The state’s unemployment rate was 2.9% in March.')).toEqual([
      {text: '2.9%', subject: 'unemployment rate', places: ['Massachusetts'], organizations: [], source: null}
    ])
    expect(read('Boeing delivered 44 jets in May. The company’s backlog stood at 5,600 planes.')[1]).toMatchObject({text: '5,600', organizations: ['Boeing']})
  })

  it('resolves nothing when nothing of the kind was named', () => {
    expect(read('Statewide, 40% of schools missed the target.')[0]).toMatchObject({places: [], organizations: []})
  })
})

describe('names kept whole', () => {
  it('keeps abbreviations inside names: St. Louis, Ft. Worth, Mt. Vernon, U.S. (crime, housing, labour)', () => {
    expect(read('St. Louis recorded 200 homicides last year.')[0]).toMatchObject({places: ['St. Louis']})
    expect(read('Homicides in Ft. Worth rose to 95.')[0]).toMatchObject({places: ['Ft. Worth'], subject: 'homicides'})
    expect(read('Mt. Vernon approved 40 permits.')[0]).toMatchObject({places: ['Mt. Vernon']})
    expect(read('The U.S. added 272,000 jobs.')[0]).toMatchObject({places: ['U.S.']})
  })

  it('keeps regions of several words whole (weather, police, energy, health)', () => {
    expect(read('Rainfall in the Pacific Northwest reached 40 inches.')[0]).toMatchObject({places: ['Pacific Northwest'], subject: 'rainfall'})
    expect(read('Greater Manchester Police recorded 1,200 burglaries.')[0]).toMatchObject({places: ['Greater Manchester'], organizations: ['Greater Manchester Police']})
    expect(read('Oil output in the Middle East fell 2%.')[0]).toMatchObject({places: ['Middle East'], subject: 'oil output'})
    expect(read('Northern Ireland had 1,900 cases.')[0]).toMatchObject({places: ['Northern Ireland']})
  })

  it('reads an unknown name after “in” as a place, and names joined by “and” as two (crime)', () => {
    expect(read('Burglaries in Harlow and Epping dropped to 412 last year.')[0]).toMatchObject({places: ['Harlow', 'Epping'], subject: 'burglaries'})
    expect(read('Sales of Acme Corp rose 4% on Friday.')[0]).toMatchObject({organizations: ['Acme Corp']})
  })
})

describe('installations are not the scope by themselves', () => {
  it('gives observatories, stadiums, airports and school buildings no scope (science, sport, transport, education)', () => {
    expect(read('The Mauna Loa Observatory recorded 424 parts per million of carbon dioxide in May.')[0]).toMatchObject({places: [], organizations: []})
    expect(read('Wembley Stadium drew 90,000 fans.')[0]).toMatchObject({places: [], organizations: []})
    expect(read('Heathrow Airport handled 6.7 million passengers in May.')[0]).toMatchObject({places: [], organizations: []})
    expect(read('The Lincoln Elementary School building holds 600 pupils.')[0]).toMatchObject({places: [], organizations: []})
  })

  it('keeps the place an installation stands in (energy)', () => {
    expect(read('The Vogtle nuclear plant in Georgia produced 2,200 megawatts.')[0]).toMatchObject({places: ['Georgia'], organizations: []})
  })
})

describe('subjects', () => {
  it('takes the measure the sentence opens with when nothing follows the figure (crime, education, politics, markets)', () => {
    expect(read('Burglaries in Harlow dropped to 412 last year.')[0]).toMatchObject({subject: 'burglaries', places: ['Harlow']})
    expect(read('Enrollment fell to 24,150.')[0]).toMatchObject({subject: 'enrollment'})
    expect(read('Turnout was 61%.')[0]).toMatchObject({subject: 'turnout'})
    expect(read('Heating bills averaged $180 in winter 2022.')[0]).toMatchObject({subject: 'heating bills'})
    expect(read('Boston police said burglaries fell to 412.')[0]).toMatchObject({subject: 'burglaries', places: ['Boston']})
  })

  it('takes the measure of its own clause after a contrast, or after "and" that follows a figure (utilities, markets, trade)', () => {
    const subjects = (text: string) => read(text).map((claim) => [claim.text, claim.subject])
    expect(subjects('Household bills fell 4.2% last year, while commercial bills rose by a fifth.')).toEqual([['4.2%', 'household bills'], ['a fifth', 'commercial bills']])
    expect(subjects('Sales rose 4% but profits fell 2%.')).toEqual([['4%', 'sales'], ['2%', 'profits']])
    expect(subjects('Exports fell 3% and imports rose by a third.')).toEqual([['3%', 'exports'], ['a third', 'imports']])
    // "and" between two nouns opens no clause: the subject is not cut to the second noun.
    expect(subjects('Exports and imports rose 5%.')[0]![1]).not.toBe('imports')
  })

  it('keeps the clause that narrows what a measure noun counts, not the scope or period after it (health, welfare, housing)', () => {
    const subjects = (text: string) => read(text).map((claim) => [claim.text, claim.subject])
    expect(subjects('The number of patients waiting for planned treatment in Wessex fell to 412,380 in March.')).toEqual([['412,380', 'patients waiting for planned treatment']])
    expect(subjects('The number of people living in poverty rose to 14.2 million last year.')).toEqual([['14.2 million', 'people living in poverty']])
    expect(subjects('The share of children sleeping in temporary accommodation reached 4.1%.')).toEqual([['4.1%', 'children sleeping in temporary accommodation']])
    // A place or month after the preposition is scope or period; a level verb is the sentence's own.
    expect(subjects('The number of families arriving in Dover rose to 1,200.')).toEqual([['1,200', 'families']])
    expect(subjects('The number of patients rose to 5,000.')).toEqual([['5,000', 'patients']])
  })

  it('never takes a span or an agent for the subject (local government)', () => {
    expect(read('The city will spend $40 million over five years.')[0]).toMatchObject({text: '$40 million', subject: null})
    expect(read('The council raised $3 million.')[0]).toMatchObject({subject: null})
  })
})

describe('front matter dates', () => {
  it('reads only the front matter’s own keys, whatever Object.prototype holds', () => {
    const prototype = Object.prototype as Record<string, unknown>
    prototype['published'] = '1999-06-01'
    try {
      expect(extractClaims('Boston denied 59 requests last year.')[0]!.period?.first).toBeNull()
      expect(extractClaims('---\ntitle: x\n---\nBoston denied 59 requests last year.')[0]!.period?.first).toBeNull()
    } finally {
      delete prototype['published']
    }
    expect(extractClaims('---\npublished: 2024-03-02\n---\nBoston denied 59 requests last year.')[0]!.period?.first).toBe('2023-01-01')
  })
})

describe('a public body names its place', () => {
  it('reads an unknown name before "police", "voters", "schools" as a place, and before "officials" as the body', () => {
    const scope = (text: string) => read(text, '2026-05-04').map(({text: figure, places, organizations}) => [figure, places, organizations])
    // Crime, elections, education, business: the name is known to no gazetteer.
    expect(scope('Last year Dunmore police made 498 arrests.')).toEqual([['498', ['Dunmore'], []]])
    expect(scope('On Friday Cedar Falls police said 5 people were hurt.')).toEqual([['5', ['Cedar Falls'], []]])
    expect(scope('In the special election, Harlow voters rejected 3 of the 4 measures.')).toEqual([['3', ['Harlow'], []], ['4', ['Harlow'], []]])
    expect(scope('This fall Mayfield schools enrolled 24,150 students.')).toEqual([['24,150', ['Mayfield'], []]])
    expect(scope('The report said Tesla officials recalled 1,200 cars.')).toEqual([['1,200', [], ['Tesla']]])
    // At a sentence's start every word has a capital: "Transit police" names no place, nor does an unknown one there.
    expect(scope('Transit police made 40 arrests in 2025.')).toEqual([['40', [], []]])
    expect(scope('Dunmore police made 498 arrests in 2025.')).toEqual([['498', [], []]])
    // A known place, or the body's own name, as before.
    expect(scope('Last year Boston police made 498 arrests.')).toEqual([['498', ['Boston'], []]])
    expect(scope('Last year the Dunmore Police Department made 498 arrests.')).toEqual([['498', [], ['Dunmore Police Department']]])
  })
})
