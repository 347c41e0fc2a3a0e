import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', bin: 'src/bin.ts', 'report-worker': 'src/lib/report/report-worker.ts'},
  format: ['esm'],
  dts: {entry: 'src/index.ts'},
  clean: true,
  target: 'node20',
  platform: 'node'
})
