import {MemoryStore} from '@claimtrace/facts'
import {SqliteStore} from '@claimtrace/facts/sqlite'
import Database from 'better-sqlite3'
import {describeStore} from './_store-suite.js'

describeStore('MemoryStore', (records) => new MemoryStore(records))
describeStore('SqliteStore', (records) => SqliteStore.build(new Database(':memory:'), records))
