import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', bin: 'src/bin.ts', 'analyze-worker': 'src/lib/report/analyze-worker.ts'},
  format: ['esm'],
  dts: {entry: 'src/index.ts'},
  clean: true,
  target: 'node20',
  platform: 'node'
})
