import {defineConfig} from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/sqlite.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['better-sqlite3']
})
