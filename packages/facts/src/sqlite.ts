export {SqliteStore} from './lib/store/sqlite-store.js'
export {SqliteStoreError} from './lib/store/sqlite-store-error.js'
export type {SqliteStoreErrorCode} from './lib/store/sqlite-store-error.js'
