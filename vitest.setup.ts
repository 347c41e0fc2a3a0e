import {afterEach, beforeEach, vi} from 'vitest'

// Libraries never log: any write to the console from code under test fails the test.
const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const
let calls: string[] = []

beforeEach(() => {
  calls = []
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`)
    })
  }
})

afterEach(() => {
  vi.restoreAllMocks()
  if (calls.length > 0) {
    throw new Error(`Unexpected console output:\n${calls.join('\n')}`)
  }
})
