export {CorpusError} from './lib/corpus-error.js'
export {CorpusIndex} from './lib/corpus-index.js'
export type {AddOptions, AddResult, CorroborationCounts, IndexDocument, IndexOptions} from './lib/corpus-index.js'
