import { createHash } from 'node:crypto';
import type { CorpusRepository } from '../../repository';

/** What one new version changed: the ids of entities added, changed and removed. */
export interface CorpusChange {
  readonly version: string;
  readonly previousVersion: string;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/** Each entity of a repository (drafts included), by id: a digest of everything it says. */
const digestsOf = new WeakMap<CorpusRepository, Map<string, string>>();

function digests(repository: CorpusRepository): Map<string, string> {
  let found = digestsOf.get(repository);
  if (!found) {
    found = new Map();
    const { affiliations: _affiliations, ...collections } = repository.corpus;
    for (const entities of Object.values(collections)) {
      for (const entity of entities) found.set(entity.id, createHash('sha1').update(JSON.stringify(entity)).digest('base64url'));
    }
    digestsOf.set(repository, found);
  }
  return found;
}

/**
 * The ids a new version added, changed (anything it says of them: names, mentions, evidence,
 * review) and removed, each in id order. An affiliation has no id: it changes its person and
 * organisation, whose lists of roles are theirs.
 */
export function changeBetween(
  previous: { repository: CorpusRepository; version: string },
  next: { repository: CorpusRepository; version: string },
): CorpusChange {
  const before = digests(previous.repository);
  const after = digests(next.repository);
  const added: string[] = [];
  const changed = new Set<string>();
  const removed: string[] = [];
  for (const [id, digest] of after) {
    const earlier = before.get(id);
    if (earlier === undefined) added.push(id);
    else if (earlier !== digest) changed.add(id);
  }
  for (const id of before.keys()) if (!after.has(id)) removed.push(id);
  const roles = (repository: CorpusRepository) =>
    new Map(repository.affiliations.map((a) => [`${a.personId} ${a.organisationId} ${a.role ?? ''}`, JSON.stringify(a)]));
  const [rolesBefore, rolesAfter] = [roles(previous.repository), roles(next.repository)];
  for (const [key, affiliation] of [...rolesBefore, ...rolesAfter]) {
    if (rolesBefore.get(key) === rolesAfter.get(key)) continue;
    const { personId, organisationId } = JSON.parse(affiliation) as { personId: string; organisationId: string };
    for (const id of [personId, organisationId]) if (before.has(id) && after.has(id)) changed.add(id);
  }
  return { version: next.version, previousVersion: previous.version, added: added.sort(), changed: [...changed].sort(), removed: removed.sort() };
}
