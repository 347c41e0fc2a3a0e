export {run} from './lib/run.js'
export type {Io} from './lib/io.js'
