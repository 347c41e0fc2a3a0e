import {addClusterMessages, type ArticleReport, type ClusterReport, describeCluster} from '@claimtrace/report'
import type {CopyCluster} from '@claimtrace/syndication'
import {VFile} from 'vfile'
import {type MessageData, messageData} from './message-data.js'

/** A cluster of copies described, with each copy's messages (in the cluster's copy order). */
export interface Described {
  cluster: ClusterReport
  messages: Array<{id: string; messages: MessageData[]}>
}

/**
 * The cluster stage: lineage and comparisons, and the copies' messages, made
 * where the articles are already parsed (a worker) instead of reading their
 * texts back on the main thread.
 */
export function describe(copies: CopyCluster, articleOf: (id: string) => ArticleReport): Described {
  const cluster = describeCluster(copies, articleOf)
  const files = new Map(cluster.copies.map(({id}) => [id, new VFile({path: id})]))
  addClusterMessages(cluster, (id) => files.get(id)!, (id) => articleOf(id).text)
  return {cluster, messages: [...files].map(([id, file]) => ({id, messages: messageData(file)}))}
}
