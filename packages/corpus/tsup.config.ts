import {defineConfig} from 'tsup'

export default defineConfig({
  // One file per module: `sql/` is read from beside `dist/lib/`, as from beside `src/lib/`.
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  dts: {entry: 'src/index.ts'},
  clean: true,
  target: 'es2022',
  platform: 'node'
})
