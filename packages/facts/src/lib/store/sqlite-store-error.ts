/**
 * What went wrong with a SQLite store:
 *
 * * `not-a-store` — the database has no store in it (never built, or not a SQLite file)
 * * `duplicate-id` — a build was given two records with one id; the store keeps what it had
 * * `busy` — another connection holds the write lock (another build) for longer than the busy timeout
 * * `sqlite-failed` — SQLite refused something else; `cause` is its error
 */
export type SqliteStoreErrorCode = 'not-a-store' | 'duplicate-id' | 'busy' | 'sqlite-failed'

/** A `SqliteStore` could not be opened, built or read. The message names the database file. */
export class SqliteStoreError extends Error {
  readonly code: SqliteStoreErrorCode
  /** The database file, as better-sqlite3 names it (`:memory:` for a database in memory). */
  readonly file: string

  constructor(code: SqliteStoreErrorCode, file: string, message: string, options?: {cause?: unknown}) {
    super(`${file}: ${message}`, options)
    this.name = 'SqliteStoreError'
    this.code = code
    this.file = file
  }
}

/** A raw better-sqlite3 error as a `SqliteStoreError`, saying what was being done; anything else is rethrown as is. */
export function sqliteStoreError(error: unknown, file: string, doing: string): unknown {
  if (!(error instanceof Error) || error instanceof SqliteStoreError) return error
  const code = (error as {code?: unknown}).code
  if (error.name !== 'SqliteError' || typeof code !== 'string') {
    // better-sqlite3 throws a TypeError for a closed connection.
    return error instanceof TypeError && /database connection is not open/.test(error.message) ? new SqliteStoreError('sqlite-failed', file, `${doing}: the database is closed`, {cause: error}) : error
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new SqliteStoreError('busy', file, `${doing}: the database is locked by another connection (another build?); try again when it is done`, {cause: error})
  }
  if (code === 'SQLITE_NOTADB' || /^no such table: (records|postings|keys)$/.test(error.message)) {
    return new SqliteStoreError('not-a-store', file, `${doing}: not a fact store (${error.message}); build one with \`SqliteStore.build\``, {cause: error})
  }
  return new SqliteStoreError('sqlite-failed', file, `${doing}: ${error.message} (${code})`, {cause: error})
}
