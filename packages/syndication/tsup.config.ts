import {defineConfig} from 'tsup'

export default defineConfig({
  // One output file per source module: a bundler that takes only `extractClaims`
  // leaves out the modules it never reaches (the zod schemas, the plugin).
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  dts: {entry: 'src/index.ts'},
  clean: true,
  target: 'es2022',
  platform: 'neutral'
})
