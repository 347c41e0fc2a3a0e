/** Verbs that attribute a statement to someone, lower case: "the Herald says", "officials told Reuters". */
export const speechVerbs: ReadonlySet<string> = new Set([
  'says', 'said', 'say', 'told', 'tells', 'reported', 'reports', 'revealed', 'reveals', 'shows', 'showed', 'show', 'stated',
  'states', 'noted', 'notes', 'wrote', 'writes', 'confirmed', 'confirms', 'announced', 'announces', 'estimated', 'estimates',
  'found', 'finds', 'claimed', 'claims', 'added', 'explained', 'insisted', 'according'
])

/**
 * Verbs of saying, deciding and publishing: the day beside one ("said
 * Monday", "approved Tuesday", "will vote Thursday") is when something was
 * said or done, not the period of the figures said or decided.
 */
export const actVerbs: ReadonlySet<string> = new Set([
  ...speechVerbs,
  'announce', 'approved', 'approve', 'approves', 'voted', 'vote', 'votes', 'passed', 'adopted', 'signed', 'unveiled', 'unveil',
  'released', 'release', 'releases', 'published', 'publish', 'proposed', 'propose', 'proposes', 'issued', 'filed', 'ruled',
  'ordered', 'agreed', 'rejected', 'launched', 'introduced', 'disclosed', 'warned', 'predicted', 'forecast', 'pledged',
  'promised', 'outlined', 'presented', 'submitted', 'endorsed', 'authorized', 'authorised', 'awarded', 'declared', 'decided',
  'decide', 'testified', 'argued', 'acknowledged', 'admitted', 'denied', 'conceded', 'urged', 'recommended', 'projected',
  'posted', 'tweeted', 'met', 'meet', 'meets', 'convened', 'sued', 'charged', 'indicted', 'sentenced', 'settled'
])
