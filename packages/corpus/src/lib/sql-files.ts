import {readFileSync} from 'node:fs'

/** The SQL of the corpus-wide stage lives in `sql/*.sql`, the single source (docs/scale-out.md ports it). */
const folder = new URL('../../sql/', import.meta.url)
const cache = new Map<string, string>()

/** The text of `sql/NAME.sql`. */
export function sqlFile(name: 'schema' | 'admit' | 'candidates' | 'boilerplate' | 'components' | 'clusters' | 'corroborate' | 'export' | 'report-tables'): string {
  let text = cache.get(name)
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.sql`, folder), 'utf8')
    cache.set(name, text)
  }
  return text
}

/** The statements of a file, comments left out, split at the semicolons that end its lines (none of ours has one inside a string). */
export function statementsOf(text: string): string[] {
  return text
    .replaceAll(/^\s*--.*$/gm, '')
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0)
}

/** A string as a SQL literal, for the statements that take no parameter there (`ATTACH`, `COPY … TO`): quotes doubled. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/** A `COPY … TO {directory}/NAME.parquet` statement writing into `folder`: `COPY … TO` takes no parameter for its file, so the path is spliced in as a string literal. */
export function intoFolder(statement: string, folder: string): string {
  return statement.replaceAll(/\{directory\}\/([\w.-]+)/g, (_, file: string) => sqlString(`${folder}/${file}`))
}
