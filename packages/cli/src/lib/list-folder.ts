import {lstat, readdir, realpath, stat} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import picomatch from 'picomatch'

/** Which files of a folder are read: globs matched against paths relative to the folder. */
export interface Globs {
  include: readonly string[]
  exclude: readonly string[]
}

/** A file found in a folder, or an entry that matched and cannot be read, with why. */
export type Listed = {path: string; size: number} | {path: string; problem: string}

/**
 * The files under `folder` whose paths (relative to it, `/`-separated)
 * match `include` and not `exclude`, in sorted order (a subfolder's files
 * where its name sorts), each regular file once. Entries that match but
 * cannot be read are listed with the reason: a symbolic link to nothing, a
 * FIFO or socket, a file reached a second time through a link, and, when
 * subfolders are not read (`recurse: false`), a directory named like a
 * file. Folders are walked without recursion; a link back to a folder being
 * walked is a loop and is named, not followed. Hidden files and folders
 * are left out, as globs leave them.
 */
export async function* listFolder(folder: string, globs: Readonly<Globs>, {recurse = true} = {}): AsyncGenerator<Listed> {
  const included = picomatch([...globs.include], {nocase: true})
  const excluded = globs.exclude.length > 0 ? picomatch([...globs.exclude], {nocase: true}) : () => false
  const wanted = (path: string) => included(path) && !excluded(path)
  const seenFiles = new Map<string, string>()
  // One frame per folder being read: its sorted names and how far along; the frames are the path from `folder`.
  const frames: Array<{path: string; real: string; names: string[]; next: number}> = []
  const enter = async (path: string, real: string): Promise<Listed | undefined> => {
    try {
      const names = (await readdir(path)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      frames.push({path, real, names, next: 0})
      return undefined
    } catch (error) {
      return {path, problem: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`}
    }
  }
  const problem = await enter(folder, await realpath(folder))
  if (problem) yield problem
  while (frames.length > 0) {
    const frame = frames.at(-1)!
    if (frame.next === frame.names.length) {
      frames.pop()
      continue
    }
    const name = frame.names[frame.next++]!
    if (name.startsWith('.')) continue
    const path = join(frame.path, name)
    const relativePath = relative(folder, path).split(sep).join('/')
    let entry
    try {
      entry = await lstat(path)
    } catch (error) {
      if (wanted(relativePath)) yield {path, problem: `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`}
      continue
    }
    let target = entry
    if (entry.isSymbolicLink()) {
      try {
        target = await stat(path)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (wanted(relativePath)) yield {path, problem: code === 'ELOOP' ? 'a symbolic link that loops' : 'a symbolic link to nothing'}
        continue
      }
    }
    if (target.isDirectory()) {
      if (!recurse) {
        if (wanted(relativePath)) yield {path, problem: 'it is a directory'}
        continue
      }
      const real = await realpath(path)
      if (frames.some((open) => open.real === real)) {
        yield {path, problem: 'a symbolic link back to a folder it is in (a loop); not followed'}
        continue
      }
      const unreadable = await enter(path, real)
      if (unreadable) yield unreadable
      continue
    }
    if (!wanted(relativePath)) continue
    if (!target.isFile()) {
      yield {path, problem: 'not a regular file (a FIFO, socket or device)'}
      continue
    }
    const real = await realpath(path)
    const first = seenFiles.get(real)
    if (first !== undefined) {
      yield {path, problem: `the same file as \`${first}\` (through a symbolic link)`}
      continue
    }
    seenFiles.set(real, path)
    yield {path, size: target.size}
  }
}
