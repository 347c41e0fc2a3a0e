import {parentPort} from 'node:worker_threads'
import {fingerprints, type FingerprintReply, type FingerprintRequest} from './fingerprints.js'

// Shingles and band keys of the texts sent, their buffers handed back without a copy.
parentPort!.on('message', ({sequence, texts, dates}: FingerprintRequest) => {
  const found = fingerprints({texts, dates})
  const reply: FingerprintReply = {sequence, ...found}
  parentPort!.postMessage(reply, [...found.shingles, ...found.keys].map((array) => array.buffer as ArrayBuffer))
})
