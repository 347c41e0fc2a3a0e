import {parentPort} from 'node:worker_threads'
import {fingerprints, type FingerprintReply, type FingerprintRequest} from './fingerprints.js'

// Shingles and band keys of the texts sent, their buffers handed back without a copy; an error goes back as its message.
parentPort!.on('message', ({sequence, texts, dates}: FingerprintRequest) => {
  let found: ReturnType<typeof fingerprints>
  try {
    found = fingerprints({texts, dates})
  } catch (error) {
    const reply: FingerprintReply = {sequence, error: (error as Error).message}
    parentPort!.postMessage(reply)
    return
  }
  const reply: FingerprintReply = {sequence, ...found}
  parentPort!.postMessage(reply, [...found.shingles, ...found.lines, ...found.shingleLines, ...found.keys].map((array) => array.buffer as ArrayBuffer))
})
