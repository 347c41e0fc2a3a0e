// Preloaded into a benchmarked process (`node --import`): on exit, write its
// peak resident memory (all threads) to the file named by PEAK_MEMORY_FILE.
import {writeFileSync} from 'node:fs'
import process from 'node:process'

process.on('exit', () => {
  if (process.env.PEAK_MEMORY_FILE) writeFileSync(process.env.PEAK_MEMORY_FILE, String(process.resourceUsage().maxRSS * 1024))
})
