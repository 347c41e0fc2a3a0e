export {SqliteStore} from './lib/store/sqlite-store.js'
