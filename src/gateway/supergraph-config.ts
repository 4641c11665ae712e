import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface SubgraphEntry {
  readonly name: string;
  readonly routingUrl: string;
  /** The SDL, read from the entry's schema file. */
  readonly sdl: string;
  /** The entry's schema file, resolved (none for an entry built in code). */
  readonly schemaFile?: string;
}

/**
 * Reads a Rover-style supergraph.yaml: each subgraph's name, routing URL and schema file.
 * Every problem is reported at once, naming the entry and what to write instead.
 */
export function readSupergraphConfig(file: string): SubgraphEntry[] {
  const config = parseYaml(readFileSync(file, 'utf8')) as { subgraphs?: Record<string, unknown> } | null;
  const subgraphs = config?.subgraphs;
  if (!subgraphs || typeof subgraphs !== 'object' || Object.keys(subgraphs).length === 0) {
    throw new Error(`${file}: no subgraphs; list them under \`subgraphs:\` with a routing_url and schema.file each`);
  }
  const problems: string[] = [];
  const entries: SubgraphEntry[] = [];
  for (const [name, value] of Object.entries(subgraphs)) {
    const entry = (value ?? {}) as { routing_url?: unknown; schema?: { file?: unknown } };
    if (typeof entry.routing_url !== 'string' || !/^https?:\/\//.test(entry.routing_url)) {
      problems.push(`subgraphs.${name}.routing_url must be the URL the gateway calls, e.g. http://localhost:4001/graphql`);
    }
    if (typeof entry.schema?.file !== 'string') {
      problems.push(`subgraphs.${name}.schema.file must be the path of the subgraph's SDL (only schema files are supported)`);
      continue;
    }
    const schemaFile = resolve(dirname(file), entry.schema.file);
    try {
      entries.push({ name, routingUrl: String(entry.routing_url), sdl: readFileSync(schemaFile, 'utf8'), schemaFile });
    } catch {
      problems.push(`subgraphs.${name}.schema.file: cannot read ${schemaFile}`);
    }
  }
  if (problems.length > 0) throw new Error(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return entries;
}
