export {CorpusError} from './lib/corpus-error.js'
export {CorpusIndex} from './lib/corpus-index.js'
export type {AddOptions, AddResult, IndexDocument, IndexOptions} from './lib/corpus-index.js'
