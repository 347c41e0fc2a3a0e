/**
 * Whether to colour what goes to `stream`: `FORCE_COLOR` (unless `0` or
 * `false`) says yes, a non-empty `NO_COLOR` (no-color.org) says no, and
 * otherwise colour goes only to a terminal.
 */
export function useColor(stream: {isTTY?: boolean | undefined}, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env['NO_COLOR']) return false
  return stream.isTTY === true
}
